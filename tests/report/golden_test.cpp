// One golden file per format, from the fixed RunReport of report_fixture.h.
#include <sstream>

#include "golden_support.h"
#include "report/html.h"
#include "report/markup.h"
#include "report/sinks.h"
#include "report_fixture.h"

namespace legalint::test {

TEST_CASE("every format matches its approved golden file", "[report][golden]") {
  const auto [format, ext] = GENERATE(table<std::string, std::string>({{"text", "txt"},
                                                                        {"json", "json"},
                                                                        {"jsonl", "jsonl"},
                                                                        {"sarif", "sarif"},
                                                                        {"junit", "xml"},
                                                                        {"html", "html"}}));
  // The same bytes whether the findings are held or spilled (as the CLI's
  // batch does) and read back by the sink.
  const bool spilled = GENERATE(false, true);
  SECTION(format + (spilled ? " spilled" : "")) {
    const auto fx = make_report_fixture(format_shows_text(format));
    if (spilled) spill_all(fx->run);
    SinkOptions options;
    options.fail_level = Severity::warning;  // so junit shows both a failure and a finding below the level
    std::ostringstream out;
    make_sink(format, options)->write(fx->run, out);
    check_golden("report", ext, out.str(), fx->run.tool_version);
  }
}

TEST_CASE("every format writes the same bytes twice and never the elapsed time", "[report]") {
  const auto fx = make_report_fixture(true);
  for (const auto& format : format_names()) {
    std::ostringstream a, b;
    make_sink(format, {})->write(fx->run, a);
    make_sink(format, {})->write(fx->run, b);
    CHECK(a.str() == b.str());
    CHECK(a.str().find("1234") == std::string::npos);
  }
}

TEST_CASE("a file legalint failed on is named an internal error, not an input one", "[report]") {
  const auto fx = make_report_fixture(true);
  FileOutcome& failed = fx->run.files[2];
  failed.error = internal_error("exception", failed.path, "legalint 内部错误,此文件未能审查(boom)");
  for (const std::string format : {"text", "sarif", "junit", "html"}) {
    INFO(format);
    std::ostringstream out;
    make_sink(format, {})->write(fx->run, out);
    CHECK(out.str().find("internal/exception") != std::string::npos);
    CHECK(out.str().find("input/exception") == std::string::npos);
  }
  std::ostringstream html;
  HtmlSink().write(fx->run, html);
  CHECK(html.str().find("未能审查</span>") != std::string::npos);
}

TEST_CASE("html without the document text still lists the findings with their excerpt", "[report][html]") {
  const auto fx = make_report_fixture(false);
  std::ostringstream out;
  HtmlSink().write(fx->run, out);
  CHECK(out.str().find("原文:租赁期限为二十五年") != std::string::npos);
  CHECK(out.str().find("<mark") == std::string::npos);
}

TEST_CASE("escape_markup makes any text safe in XML and HTML", "[report][markup]") {
  CHECK(escape_markup("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
  CHECK(escape_markup("租赁\t合同\n") == "租赁\t合同\n");
  CHECK(escape_markup(std::string("x\x01y\x1bz\x7f", 6)) == "xyz");  // control characters XML forbids
}

TEST_CASE("path_to_uri percent-encodes a relative path", "[report][sarif]") {
  CHECK(path_to_uri("./corpus/leases/a b.txt") == "corpus/leases/a%20b.txt");
  CHECK(path_to_uri("租.txt") == "%E7%A7%9F.txt");
  CHECK(path_to_uri("a#b?c%d") == "a%23b%3Fc%25d");
}

}  // namespace legalint::test

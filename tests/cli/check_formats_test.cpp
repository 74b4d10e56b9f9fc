// `legalint check` over the bundled corpus in every format: byte-identical
// for --jobs 1 and --jobs 2, exactly the 78 leases (corpus/legalint.toml
// leaves out the folders' INDEX.md notes), SARIF valid against the schema,
// HTML clean in Chromium, unreadable input reported in every format.
#include <nlohmann/json.hpp>

#include "external_tools.h"
#include "golden_support.h"
#include "run_legalint.h"

namespace legalint::test {

TEST_CASE("every format is byte-identical for --jobs 1 and --jobs 2 over corpus/leases", "[cli][formats]") {
  const std::string format = GENERATE(as<std::string>{}, "text", "json", "jsonl", "sarif", "junit", "html");
  SECTION(format) {
    const Run one = legalint("check corpus/leases --format " + format + " --jobs 1 --no-color");
    const Run two = legalint("check corpus/leases --format " + format + " --jobs 2 --no-color");
    INFO(one.err);
    CHECK((one.exit_code == 0 || one.exit_code == 1));
    CHECK(one.exit_code == two.exit_code);
    CHECK(one.out.size() > 1000);
    CHECK(one.out == two.out);  // not CHECK(a == b) on 1 MB strings printed on failure
  }
}

TEST_CASE("corpus/leases reviews exactly the 78 leases (INDEX.md excluded by corpus/legalint.toml)", "[cli][config]") {
  const Run run = legalint("check corpus/leases --format json --jobs 2");
  INFO(run.err);
  const auto doc = nlohmann::json::parse(run.out);
  CHECK(doc["summary"]["files"] == 78);
  CHECK(doc["summary"]["reviewed"] == 78);
  for (const auto& file : doc["files"]) CHECK(file["path"].get<std::string>().find("INDEX.md") == std::string::npos);
  // Named on the command line, an excluded file is still reviewed.
  const Run named = legalint("check corpus/leases/INDEX.md --format json");
  CHECK(nlohmann::json::parse(named.out)["summary"]["files"] == 1);
}

TEST_CASE("SARIF of a real run over corpus/leases validates against the official schema", "[cli][sarif][schema]") {
  const std::string dir = temp_dir("cli-sarif");
  const Run run = legalint("check corpus/leases --format sarif -o " + shell_quote(dir + "/leases.sarif"));
  INFO(run.err);
  CHECK(run.out.empty());  // the report went to the file
  require_valid_sarif(dir + "/leases.sarif");
  const auto doc = nlohmann::json::parse(read_all(dir + "/leases.sarif"));
  CHECK(doc["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("the HTML report of real leases loads in headless Chromium without console errors", "[cli][html][browser]") {
  const std::string dir = temp_dir("cli-html");
  const Run run = legalint("check corpus/leases --format html -o " + shell_quote(dir + "/leases.html"));
  INFO(run.err);
  const std::string html = read_all(dir + "/leases.html");
  require_self_contained(html);
  CHECK(html.find("<mark") != std::string::npos);
  const auto result = open_in_chromium(dir + "/leases.html", dir + "/leases.png");
  INFO(result.log);
  CHECK(result.console.empty());
  CHECK(result.screenshot);
}

TEST_CASE("an unreadable file gives exit code 3 in every format and the others are still reported", "[cli][formats]") {
  const std::string dir = temp_dir("cli-unreadable");
  write_text_file(dir + "/empty.txt", "");
  write_text_file(dir + "/合同.txt", "买卖合同\n甲方:某某公司\n乙方身份证号码:________\n");
  const std::string format = GENERATE(as<std::string>{}, "text", "json", "jsonl", "sarif", "junit", "html");
  SECTION(format) {
    const Run run = legalint("check . --format " + format, dir);
    INFO(run.out << run.err);
    CHECK(run.exit_code == 3);
    CHECK(run.out.find("empty.txt") != std::string::npos);
    CHECK(run.out.find("empty-file") != std::string::npos);
    CHECK(run.out.find("contract/unfilled-placeholder") != std::string::npos);
  }
}

TEST_CASE("check --help teaches formats and examples and exit codes", "[cli]") {
  const Run run = legalint("check --help");
  CHECK(run.exit_code == 0);
  for (const char* text : {"--format", "sarif", "--baseline", "--update-baseline", "--config", "Examples:", "Exit codes:", "legalint.toml"})
    CHECK(run.out.find(text) != std::string::npos);
}

TEST_CASE("an unknown format is a usage error", "[cli]") {
  const Run run = legalint("check corpus/leases --format xml");
  CHECK(run.exit_code == 2);
}

}  // namespace legalint::test

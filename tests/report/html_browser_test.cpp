// The HTML report opened in headless Chromium: it loads without console
// errors and renders (a screenshot is produced). A page with a broken
// script is opened too, to show that the check does catch console errors.
#include <sstream>

#include "external_tools.h"
#include "report/html.h"
#include "report_fixture.h"

namespace legalint::test {

TEST_CASE("the HTML report loads in headless Chromium without console errors", "[report][html][browser]") {
  const auto fx = make_report_fixture(true);
  std::ostringstream out;
  HtmlSink().write(fx->run, out);
  require_self_contained(out.str());
  const std::string dir = temp_dir("html");
  write_text_file(dir + "/report.html", out.str());
  const auto result = open_in_chromium(dir + "/report.html", dir + "/report.png");
  INFO(result.log);
  CHECK(result.console.empty());
  CHECK(result.screenshot);
}

TEST_CASE("the browser check sees a console error when there is one", "[report][html][browser]") {
  const std::string dir = temp_dir("html-broken");
  write_text_file(dir + "/broken.html", "<!DOCTYPE html><html><body><p>测试</p><script>no_such_function();</script></body></html>");
  const auto result = open_in_chromium(dir + "/broken.html", dir + "/broken.png");
  INFO(result.log);
  CHECK(result.console.find("no_such_function") != std::string::npos);
  CHECK(result.screenshot);
}

}  // namespace legalint::test

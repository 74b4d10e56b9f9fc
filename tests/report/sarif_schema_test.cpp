// SARIF output validated against the official SARIF 2.1.0 schema with a
// real JSON-schema validator (python3-jsonschema). The CLI tests validate a
// real run over corpus/leases the same way.
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "external_tools.h"
#include "report/sarif.h"
#include "report_fixture.h"

namespace legalint::test {

TEST_CASE("SARIF of the fixture validates against the official 2.1.0 schema", "[report][sarif][schema]") {
  const auto fx = make_report_fixture(false);
  std::ostringstream out;
  SarifSink().write(fx->run, out);
  const std::string path = temp_dir("sarif") + "/report.sarif";
  write_text_file(path, out.str());
  require_valid_sarif(path);
}

TEST_CASE("the validator is real: a SARIF file with a wrong level is rejected", "[report][sarif][schema]") {
  const auto fx = make_report_fixture(false);
  std::ostringstream out;
  SarifSink().write(fx->run, out);
  auto doc = nlohmann::json::parse(out.str());
  doc["runs"][0]["results"][0]["level"] = "fatal";
  const std::string path = temp_dir("sarif-bad") + "/bad.sarif";
  write_text_file(path, doc.dump());
  const auto r = run_shell("python3 " + shell_quote(LEGALINT_SOURCE_DIR "/tests/report/validate_json_schema.py") + " " +
                           shell_quote(sarif_schema_path()) + " " + shell_quote(path));
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("runs/0/results/0/level") != std::string::npos);
}

TEST_CASE("SARIF carries what GitHub code scanning needs", "[report][sarif]") {
  const auto fx = make_report_fixture(false);
  std::ostringstream out;
  SarifSink().write(fx->run, out);
  const auto doc = nlohmann::json::parse(out.str());
  const auto& run = doc["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(run["tool"]["driver"]["rules"].size() == 3);
  const auto& result = run["results"][0];
  CHECK(result["ruleId"] == "lease/term-over-20y");
  CHECK(run["tool"]["driver"]["rules"][result["ruleIndex"].get<int>()]["id"] == "lease/term-over-20y");
  CHECK(result["level"] == "error");
  CHECK(result["partialFingerprints"]["legalint/v1"] == "a1b2c3d4e5f60718");
  const auto& location = result["locations"][0]["physicalLocation"];
  CHECK(location["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(location["artifactLocation"]["uri"].get<std::string>().rfind("leases/L001-%E4%B8%9C", 0) == 0);
  CHECK(location["region"]["startLine"] == 4);
  CHECK(location["region"]["startColumn"] == 1);
  CHECK(location["region"]["endColumn"] == 10);  // exclusive: 租赁期限为二十五年 is 9 code points
  CHECK(location["region"].contains("byteOffset"));
  CHECK_FALSE(location["region"].contains("charOffset"));
  // The unreadable file is a notification, and the run did not fully succeed.
  const auto& invocation = run["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  CHECK(invocation["toolExecutionNotifications"][0]["descriptor"]["id"] == "input/legacy-format");
}

}  // namespace legalint::test

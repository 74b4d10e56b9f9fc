// `legalint meeting` end to end: the text report of each corpus package
// against its golden file (corpus/meetings/expected/<package>.golden), exit
// codes, JSON, --write-manifest, and manifest errors.
//
// On a mismatch the actual output is written beside the golden file as
// <package>.unapproved: review it, and copy it over to approve.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "meeting_support.h"

using namespace legalint::meeting_test;
namespace fs = std::filesystem;

TEST_CASE("each corpus package gives its golden report and exit code", "[cli][golden]") {
  using Case = std::pair<std::string, int>;
  const auto [package, exit_code] = GENERATE(table<std::string, int>({
      Case{"M1-road-maintenance-ready", 0},
      Case{"M2-sewage-plan-not-ready", 1},
      Case{"M3-village-leases-inferred", 1},
  }));
  const Run run = run_legalint("meeting corpus/meetings/" + package + " --jobs 2");
  CHECK(run.exit_code == exit_code);
  const std::string golden = std::string(LEGALINT_SOURCE_DIR "/corpus/meetings/expected/") + package + ".golden";
  const std::string expected = read_all(golden);
  if (run.out != expected) write_text_file(std::string(LEGALINT_SOURCE_DIR "/corpus/meetings/expected/") + package + ".unapproved", run.out);
  CHECK(run.out == expected);
}

TEST_CASE("a folder without meeting.toml says that its items were inferred", "[cli]") {
  const Run run = run_legalint("meeting corpus/meetings/M3-village-leases-inferred");
  CHECK(run.err.find("未找到 corpus/meetings/M3-village-leases-inferred/meeting.toml,已根据文件夹推断议题") != std::string::npos);
}

TEST_CASE("write-manifest (--write-manifest) saves the inferred manifest, which then drives the check", "[cli]") {
  const std::string dir = temp_dir("write");
  fs::copy(LEGALINT_SOURCE_DIR "/corpus/meetings/M3-village-leases-inferred", dir + "/M3", fs::copy_options::recursive);
  const Run run = run_legalint("meeting M3 --write-manifest", dir);
  CHECK(run.exit_code == 1);
  REQUIRE(fs::exists(dir + "/M3/meeting.toml"));
  const std::string manifest = read_all(dir + "/M3/meeting.toml");
  CHECK(manifest.find("date = 2024-03-14") != std::string::npos);
  CHECK(manifest.find("type = \"village-asset\"") != std::string::npos);
  CHECK(manifest.find("{ file = \"02-西长屯村北大坑坑塘发包/坑塘承包合同.txt\", kind = \"contract\" }") != std::string::npos);
  CHECK(run.err.find("已写入推断的清单 M3/meeting.toml") != std::string::npos);
  // Missing materials now point into the written manifest.
  CHECK(run.out.find("M3/meeting.toml:") != std::string::npos);
  // A second --write-manifest refuses to overwrite it.
  CHECK(run_legalint("meeting M3 --write-manifest", dir).exit_code == 2);
  // Without the flag the written manifest is used, and gives the same verdict.
  const Run again = run_legalint("meeting M3", dir);
  CHECK(again.exit_code == 1);
  CHECK(again.err.empty());
  fs::remove_all(dir);
}

TEST_CASE("json output (--format json) gives every item's verdict, reasons and findings", "[cli]") {
  const Run run = run_legalint("meeting corpus/meetings/M2-sewage-plan-not-ready --format json");
  CHECK(run.exit_code == 1);
  const auto json = nlohmann::json::parse(run.out);
  CHECK(json["ready"] == false);
  CHECK(json["meeting"]["date"] == "2024-10-08");
  REQUIRE(json["items"].size() == 2);
  CHECK(json["items"][0]["ready"] == false);
  CHECK(json["items"][0]["missing"] == nlohmann::json::array({"risk-assessment"}));
  CHECK(json["items"][0]["review_working_days"] == 3);
  CHECK(json["items"][0]["reasons"][1]["rule"] == "meeting/legality-review-late");
  CHECK(json["items"][0]["reasons"][1]["line"] == 5);
  CHECK(json["items"][1]["ready"] == true);
  CHECK(json["summary"]["ready"] == 1);
}

TEST_CASE("an output file (-o) gets the report", "[cli]") {
  const std::string dir = temp_dir("out");
  const Run run = run_legalint("meeting corpus/meetings/M1-road-maintenance-ready -o " + shell_quote(dir + "/gate.txt"));
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK(read_all(dir + "/gate.txt") == read_all(LEGALINT_SOURCE_DIR "/corpus/meetings/expected/M1-road-maintenance-ready.golden"));
  fs::remove_all(dir);
}

TEST_CASE("exit code 2 for a broken manifest, a bad [meeting.requires] or no folder, 3 for an unreadable material", "[cli]") {
  const std::string dir = temp_dir("codes");
  fs::create_directories(dir + "/bad");
  write_text_file(dir + "/bad/meeting.toml", "title = \"t\"\n[[items]]\ntitle = \"a\"\ntype = \"lease\"\nmaterials = []\n");
  Run run = run_legalint("meeting bad", dir);
  CHECK(run.exit_code == 2);
  CHECK(run.err == "legalint: bad/meeting.toml:4:8: 未知的议题类型 'lease'(可用:major-decision、sanzhong-yida、village-asset、contract、report)\n");

  CHECK(run_legalint("meeting nowhere", dir).exit_code == 2);

  fs::create_directories(dir + "/cfg/m");
  write_text_file(dir + "/cfg/legalint.toml", "root = true\n[meeting.requires]\n\"contract\" = [\"legal-review\"]\n");
  write_text_file(dir + "/cfg/m/meeting.toml", "title = \"t\"\n[[items]]\ntitle = \"a\"\ntype = \"report\"\n");
  run = run_legalint("meeting cfg/m", dir);
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("cfg/legalint.toml:3:15: 未知的材料种类 'legal-review'") != std::string::npos);

  fs::create_directories(dir + "/gone");
  write_text_file(dir + "/gone/meeting.toml", "title = \"t\"\ndate = 2024-07-03\n[[items]]\ntitle = \"a\"\ntype = \"contract\"\nmaterials = [\"合同.txt\"]\n");
  run = run_legalint("meeting gone", dir);
  CHECK(run.exit_code == 3);
  CHECK(run.out.find("NOT READY") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("[meeting.requires] in legalint.toml is honoured", "[cli]") {
  const std::string dir = temp_dir("requires");
  fs::copy(LEGALINT_SOURCE_DIR "/corpus/meetings/M1-road-maintenance-ready", dir + "/M1", fs::copy_options::recursive);
  write_text_file(dir + "/legalint.toml", "root = true\n[meeting.requires]\n\"report\" = [\"drafting-notes\"]\n");
  const Run run = run_legalint("meeting M1", dir);
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("“2024年上半年安全生产工作情况汇报”(汇报事项)缺少起草说明") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("sarif output (--format sarif) carries every finding of the meeting, the meeting rules included", "[cli]") {
  const Run run = run_legalint("meeting corpus/meetings/M2-sewage-plan-not-ready --format sarif");
  CHECK(run.exit_code == 1);
  const auto sarif = nlohmann::json::parse(run.out);
  std::vector<std::string> rules;
  for (const auto& result : sarif["runs"][0]["results"]) rules.push_back(result["ruleId"]);
  CHECK(std::count(rules.begin(), rules.end(), "meeting/item-missing-material") == 1);
  CHECK(std::count(rules.begin(), rules.end(), "meeting/legality-review-late") == 1);
}

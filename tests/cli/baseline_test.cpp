// Baselines: record today's findings, then see only new ones, and count
// the recorded ones that went away as fixed.
#include <nlohmann/json.hpp>

#include "run_legalint.h"

namespace legalint::test {

TEST_CASE("baseline round trip: record then hide then count what was fixed and show what is new", "[cli][baseline]") {
  const std::string dir = temp_dir("baseline");
  write_text_file(dir + "/a.txt", "买卖合同\n甲方:某公司\n乙方身份证号码:________\n");
  write_text_file(dir + "/b.txt", "买卖合同\n乙方联系电话:________\n交货日期:____年__月__日\n");

  const Run record = legalint("check . --format json --update-baseline base.json", dir);
  INFO(record.err);
  const auto recorded = nlohmann::json::parse(read_all(dir + "/base.json"));
  REQUIRE(recorded["legalint_baseline"] == 1);
  const std::size_t n = recorded["findings"].size();
  REQUIRE(n >= 2);
  CHECK(recorded["findings"][0].contains("fingerprint"));
  CHECK(recorded["findings"][0]["path"] == "a.txt");
  CHECK(recorded["findings"][0].contains("line"));
  CHECK(recorded["findings"][0].contains("message"));

  // Nothing new: nothing shown, exit 0 even at --fail-level info.
  const Run same = legalint("check . --format json --fail-level info --baseline base.json", dir);
  INFO(same.err);
  CHECK(same.exit_code == 0);
  const auto same_doc = nlohmann::json::parse(same.out);
  CHECK(same_doc["summary"]["findings"] == 0);
  CHECK(same_doc["summary"]["baselined"] == n);
  CHECK(same_doc["summary"]["fixed"] == 0);

  // a.txt filled in, b.txt gets a new blank: one fixed, one new.
  write_text_file(dir + "/a.txt", "买卖合同\n甲方:某公司\n乙方身份证号码:110101199001011234\n");
  write_text_file(dir + "/b.txt", "买卖合同\n乙方联系电话:________\n交货日期:____年__月__日\n开户银行:________\n");
  const Run later = legalint("check . --fail-level info --no-color --baseline base.json", dir);
  INFO(later.out << later.err);
  CHECK(later.exit_code == 1);
  CHECK(later.out.find("b.txt:4:") != std::string::npos);       // the new one
  CHECK(later.out.find("a.txt:3:") == std::string::npos);       // filled in
  CHECK(later.out.find("基线中有 1 个问题已不再出现(已修复)") != std::string::npos);

  // A baseline of another folder does not count this folder's findings as fixed.
  const Run single = legalint("check b.txt --format json --baseline base.json", dir);
  CHECK(nlohmann::json::parse(single.out)["summary"]["fixed"] == 0);
}

TEST_CASE("a baseline that is not one is an error with exit code 2", "[cli][baseline]") {
  const std::string dir = temp_dir("baseline-bad");
  write_text_file(dir + "/a.txt", "买卖合同\n");
  write_text_file(dir + "/base.json", "{\"findings\": 3}");
  const Run bad = legalint("check a.txt --baseline base.json", dir);
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "legalint: base.json: 不是 legalint 的基线文件(应由 --update-baseline 生成)\n");
  const Run missing = legalint("check a.txt --baseline none.json", dir);
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "legalint: none.json: 无法读取基线文件(--baseline);可先用 --update-baseline 生成\n");
}

}  // namespace legalint::test

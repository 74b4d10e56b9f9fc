// legalint.toml: discovery (walking up, root = true, --config), what each
// key does, and the exact message for each kind of mistake.
#include <nlohmann/json.hpp>

#include "run_legalint.h"
#include "config.h"

namespace legalint::test {

using cli::glob_match;

const std::string kPlaceholder = "买卖合同\n甲方:某公司\n乙方身份证号码:________\n";
const std::string kDeposit = "买卖合同\n乙方应于本合同签订之日向甲方支付定金，定金数额为合同总价款的15%。\n";

// Findings of `rule` in `run` (json) as "path rule severity" lines.
std::vector<std::string> findings_of(const Run& run, const std::string& rule) {
  std::vector<std::string> out;
  const auto doc = nlohmann::json::parse(run.out);
  for (const auto& file : doc["files"])
    for (const auto& f : file["findings"])
      if (f["rule"] == rule) out.push_back(f["path"].get<std::string>() + " " + f["rule"].get<std::string>() + " " + f["severity"].get<std::string>());
  return out;
}

TEST_CASE("glob_match: star and question mark stay in a segment and double star spans segments", "[cli][config][glob]") {
  const auto [pattern, path, expected] = GENERATE(table<std::string, std::string, bool>({
      {"**/INDEX.md", "INDEX.md", true},
      {"**/INDEX.md", "leases/INDEX.md", true},
      {"**/INDEX.md", "leases/INDEX.md.bak", false},
      {"INDEX.md", "a/b/INDEX.md", true},
      {"*.md", "a/README.md", true},
      {"drafts/*", "drafts/a.txt", true},
      {"drafts/*", "drafts/x/a.txt", false},
      {"drafts/**", "drafts/x/a.txt", true},
      {"L0?-*.txt", "L01-东滩头.txt", true},
      {"L?.txt", "L租.txt", true},
      {"a/**/b.txt", "a/b.txt", true},
      {"a/**/b.txt", "a/x/y/b.txt", true},
      {"a/**/b.txt", "c/a/b.txt", false},
  }));
  INFO(pattern << " vs " << path);
  CHECK(glob_match(pattern, path) == expected);
}

TEST_CASE("legalint.toml is found walking up from each file - nearer files win - root = true stops the walk", "[cli][config]") {
  const std::string top = temp_dir("config-walk");
  // Above the root: never read (it would be an error if it were).
  write_text_file(top + "/legalint.toml", "this is not toml [\n");
  write_text_file(top + "/project/legalint.toml",
                  "root = true\n[rules]\n\"contract/unfilled-placeholder\" = \"error\"\n[files]\nexclude = [\"notes/**\"]\n");
  write_text_file(top + "/project/sub/legalint.toml",
                  "[rules]\n\"contract/unfilled-placeholder\" = \"info\"\n[[ignore]]\npaths = [\"skip/**\"]\nrules = [\"contract/unfilled-placeholder\"]\n");
  write_text_file(top + "/project/a.txt", kPlaceholder);
  write_text_file(top + "/project/sub/b.txt", kPlaceholder);
  write_text_file(top + "/project/sub/skip/c.txt", kPlaceholder);
  write_text_file(top + "/project/notes/d.txt", kPlaceholder);

  const Run run = legalint("check . --format json", top + "/project");
  INFO(run.err);
  REQUIRE(run.exit_code == 1);
  CHECK(findings_of(run, "contract/unfilled-placeholder") == std::vector<std::string>{"./a.txt contract/unfilled-placeholder error",
                                                     "./sub/b.txt contract/unfilled-placeholder info"});
  CHECK(nlohmann::json::parse(run.out)["summary"]["files"] == 3);  // notes/d.txt excluded

  // --config: that file only, for every input.
  write_text_file(top + "/other.toml", "[rules]\n\"contract/unfilled-placeholder\" = \"off\"\n");
  const Run only = legalint("check . --format json --config " + shell_quote(top + "/other.toml"), top + "/project");
  INFO(only.err);
  CHECK(only.exit_code == 0);  // the other rules only warn
  CHECK(findings_of(only, "contract/unfilled-placeholder").empty());
  CHECK(nlohmann::json::parse(only.out)["summary"]["files"] == 4);
}

TEST_CASE("legalint.toml params set a pack parameter and accepted findings are hidden by fingerprint", "[cli][config]") {
  const std::string dir = temp_dir("config-params");
  write_text_file(dir + "/合同.txt", kDeposit);
  const Run before = legalint("check 合同.txt --format json", dir);
  CHECK(findings_of(before, "contract/deposit-over-20pct").empty());  // 15% is under the default cap of 20%

  write_text_file(dir + "/legalint.toml", "[params]\n\"contract.deposit_cap\" = \"10%\"\n");
  const Run after = legalint("check 合同.txt --format json", dir);
  INFO(after.err);
  REQUIRE(findings_of(after, "contract/deposit-over-20pct") == std::vector<std::string>{"合同.txt contract/deposit-over-20pct error"});
  nlohmann::json finding;
  const auto after_doc = nlohmann::json::parse(after.out);
  for (const auto& f : after_doc["files"][0]["findings"])
    if (f["rule"] == "contract/deposit-over-20pct") finding = f;
  CHECK(finding["message"].get<std::string>().find("10%") != std::string::npos);

  write_text_file(dir + "/legalint.toml", "[params]\n\"contract.deposit_cap\" = \"10%\"\n[[accepted]]\nfingerprint = \"" +
                                              finding["fingerprint"].get<std::string>() +
                                              "\"\nrule = \"contract/deposit-over-20pct\"\npath = \"合同.txt\"\nreason = \"经镇党委会议研究同意\"\n");
  const Run accepted = legalint("check 合同.txt --format json", dir);
  INFO(accepted.err);
  CHECK(accepted.exit_code == 0);
  CHECK(findings_of(accepted, "contract/deposit-over-20pct").empty());
  CHECK(nlohmann::json::parse(accepted.out)["summary"]["accepted"] == 1);
}

TEST_CASE("a mistake in legalint.toml is an exact file:line:col error and exit code 2", "[cli][config][errors]") {
  const auto [toml, expected] = GENERATE(table<std::string, std::string>({
      {"[rulez]\n", "legalint.toml:1:2: 未知的配置项 'rulez'(可用:root、[packs]、[rules]、[params]、[files]、[[ignore]]、[[accepted]]、[limits]、[meeting])"},
      {"[rules\n", "legalint.toml:1:7: TOML 语法错误:"},
      {"root = 1\n", "legalint.toml:1:8: root 应为 true 或 false"},
      {"[packs]\nenable = \"contract\"\n", "legalint.toml:2:10: [packs] enable 应为字符串数组,例如 enable = [\"lease\", \"contract\"]"},
      {"[packs]\nenable = [\"nosuch\"]\n", "legalint.toml:2:10: [packs] enable 中未知的规则包 'nosuch'(见 legalint rules list)"},
      {"[packs]\nenabled = [\"contract\"]\n", "legalint.toml:2:1: [packs] 中未知的键 'enabled'(可用:enable)"},
      {"[rules]\n\"contract/unfilled-placeholder\" = \"fatal\"\n",
       "legalint.toml:2:35: 规则 'contract/unfilled-placeholder' 的取值 'fatal' 无效:应为 \"off\"、\"error\"、\"warning\" 或 \"info\""},
      {"[rules]\n\"contract/no-such-rule\" = \"off\"\n", "legalint.toml:2:1: [rules] 中未知的规则 'contract/no-such-rule'(见 legalint rules list)"},
      {"[params]\n\"contract.deposit_cap\" = \"二十\"\n",
       "legalint.toml:2:26: 参数 'contract.deposit_cap' 的取值 '二十' 不是数量(应如 20年、2%、400万元、5人)"},
      {"[params]\n\"contract.no_such\" = \"20%\"\n",
       "legalint.toml:2:1: [params] 中未知的参数 'contract.no_such'(写作 \"规则包.参数\",见 legalint explain 某条规则)"},
      {"[files]\nexclude = [1]\n", "legalint.toml:2:12: [files] exclude 的每一项都应为字符串,例如 exclude = [\"**/INDEX.md\"]"},
      {"ignore = 3\n", "legalint.toml:1:10: ignore 应写作表数组 [[ignore]]"},
      {"[[ignore]]\npaths = [\"a/**\"]\n", "legalint.toml:1:1: [[ignore]] 缺少 rules(要在这些文件上停用的规则)"},
      {"[[accepted]]\nfingerprint = \"0123456789abcdef\"\n", "legalint.toml:1:1: [[accepted]] 缺少 reason:请写明接受这个问题的理由"},
      {"[[accepted]]\nfingerprint = \"0123456789abcdef\"\nreason = \"已研究\"\nwho = \"张三\"\n",
       "legalint.toml:4:1: [[accepted]] 中未知的键 'who'(可用:fingerprint、rule、path、reason)"},
  }));
  const std::string dir = temp_dir("config-error");
  write_text_file(dir + "/legalint.toml", toml);
  write_text_file(dir + "/合同.txt", kPlaceholder);
  const Run run = legalint("check 合同.txt", dir);
  INFO(toml);
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err.rfind("legalint: " + expected, 0) == 0);
  if (run.err.rfind("legalint: " + expected, 0) != 0) CHECK(run.err == "legalint: " + expected);  // shows the difference
}

TEST_CASE("check --config naming a missing file is an error", "[cli][config][errors]") {
  const Run run = legalint("check corpus/leases --config no/such/legalint.toml");
  CHECK(run.exit_code == 2);
  CHECK(run.err == "legalint: no/such/legalint.toml: 找不到配置文件(--config)\n");
}

TEST_CASE("ConfigFinder: files of one folder share its configuration however their paths spell it", "[cli][config]") {
  const std::string top = temp_dir("config-folders");
  write_text_file(top + "/legalint.toml", "root = true\n[rules]\n\"contract/unfilled-placeholder\" = \"error\"\n");
  write_text_file(top + "/sub/legalint.toml", "[rules]\n\"contract/unfilled-placeholder\" = \"info\"\n");
  cli::ConfigFinder finder;
  const cli::Config* at_top = finder.for_file(top + "/a.txt");
  const cli::Config* in_sub = finder.for_file(top + "/sub/b.txt");
  REQUIRE(at_top);
  REQUIRE(in_sub);
  CHECK(at_top != in_sub);
  CHECK(at_top->rules.at("contract/unfilled-placeholder").severity == Severity::error);
  CHECK(in_sub->rules.at("contract/unfilled-placeholder").severity == Severity::info);
  // Asked again, and by other spellings of the same folders.
  CHECK(finder.for_file(top + "/c.txt") == at_top);
  CHECK(finder.for_file(top + "/./d.txt") == at_top);
  CHECK(finder.for_file(top + "/sub/../e.txt") == at_top);
  CHECK(finder.for_file(top + "/sub/./f.txt") == in_sub);
  CHECK(finder.for_file(top + "/sub//g.txt") == in_sub);
  CHECK(finder.for_file(top + "/sub/b.txt") == in_sub);
  std::filesystem::remove_all(top);
}

}  // namespace legalint::test

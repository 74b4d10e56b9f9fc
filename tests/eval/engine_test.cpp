#include <catch2/catch.hpp>

#include "eval/examples.h"
#include "eval_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {

const std::string kPack =
    "pack lease {\n  kinds lease\n}\n"
    "rule lease/auto-renewal {\n"
    "  severity error\n  title \"自动续期\"\n  basis civil-code/705\n"
    "  check pattern {\n    match /自动续(期|租)/\n    unless /不得/\n  }\n"
    "  message \"约定了{match}({clause})\"\n  fix \"删除“{match}”\"\n"
    "  bad \"期满[[自动续期]]。\"\n  good \"期满不得自动续期。\"\n"
    "}\n"
    "rule lease/missing-repair {\n"
    "  severity warning\n  title \"缺少维修条款\"\n  basis civil-code/704\n"
    "  check require {\n    item \"维修\" /维修/\n  }\n"
    "  message \"缺少{item}条款\"\n"
    "  bad \"租赁合同\"\n  good \"租赁物由乙方维修。\"\n"
    "}\n";

}  // namespace

TEST_CASE("findings carry the rule, the filled message, the clause and the original position") {
  const auto c = compile(kPack);
  REQUIRE(c.diagnostics.empty());
  const Engine engine(c.rules, calendar());
  // Full-width text: the finding must point at the original characters.
  const auto analysis = analyze_text("鱼塘租赁合同\n第三条　期限\n（一）期满自动续租，乙方负责维修。\n");
  const auto findings = engine.review(analysis);
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.rule_id == "lease/auto-renewal");
  CHECK(f.message == "约定了自动续租(第三条(一))");
  CHECK(f.fix == "删除“自动续租”");
  CHECK(f.location.start.line == 3);
  CHECK(f.location.start.column == 6);
  CHECK(f.excerpt == "自动续租");
  CHECK(f.source_line == "（一）期满自动续租，乙方负责维修。");
  CHECK(f.location.byte_begin == std::string("鱼塘租赁合同\n第三条　期限\n（一）期满").size());
}

TEST_CASE("the RE2::Set prefilter runs only checks whose patterns occur, and changes no result") {
  const auto c = compile(kPack);
  const Engine with(c.rules, calendar());
  ReviewOptions off;
  off.prefilter = false;
  const Engine without(c.rules, calendar(), off);
  const auto analysis = analyze_text("租赁合同\n乙方负责维修。\n");
  ReviewStats stats_with, stats_without;
  const auto a = with.review(analysis, &stats_with);
  const auto b = without.review(analysis, &stats_without);
  CHECK(a.size() == b.size());
  CHECK(stats_with.checks_total == 2);
  CHECK(stats_with.checks_run == 1);  // only the require check: no 自动续 anywhere
  CHECK(stats_without.checks_run == 2);
}

TEST_CASE("rules apply by document kind, and --pack and --disable narrow them") {
  const auto c = compile(kPack);
  const auto contract = analyze_text("供货合同\n期满自动续期。\n", DocumentKind::contract);
  CHECK(Engine(c.rules, calendar()).review(contract).empty());
  const auto lease = analyze_text("租赁合同\n期满自动续期。\n");
  ReviewOptions disabled;
  disabled.disabled = {"lease/auto-renewal"};
  const auto findings = Engine(c.rules, calendar(), disabled).review(lease);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "lease/missing-repair");
}

TEST_CASE("fingerprints survive edits elsewhere in the file, and tell repeated findings apart") {
  const auto c = compile(kPack);
  const Engine engine(c.rules, calendar());
  const auto before = engine.review(analyze_text("租赁合同\n期满自动续期。\n维修由乙方负责。\n"));
  const auto after = engine.review(analyze_text("租赁合同\n\n新增一条:租金按年支付。\n期满自动续期。\n维修由乙方负责。\n"));
  REQUIRE(before.size() == 1);
  REQUIRE(after.size() == 1);
  CHECK(before[0].location.start.line != after[0].location.start.line);
  CHECK(before[0].fingerprint == after[0].fingerprint);
  const auto twice = engine.review(analyze_text("租赁合同\n期满自动续期。\n维修。\n期满自动续期。\n"));
  REQUIRE(twice.size() == 2);
  CHECK(twice[0].fingerprint != twice[1].fingerprint);
}

TEST_CASE("the same input gives the same findings, in file-offset-rule order") {
  const auto c = compile(kPack);
  const Engine engine(c.rules, calendar());
  const std::string text = "租赁合同\n期满自动续期,期满自动续租。\n";
  const auto a = engine.review(analyze_text(text));
  const auto b = engine.review(analyze_text(text));
  REQUIRE(a.size() == 3);
  CHECK(a[0].rule_id == "lease/missing-repair");  // line 1
  CHECK(a[1].location.byte_begin < a[2].location.byte_begin);
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].fingerprint == b[i].fingerprint);
    CHECK(a[i].message == b[i].message);
  }
}

TEST_CASE("examples: a bad example must hit its mark, a good one must stay silent") {
  auto c = compile(kPack);
  REQUIRE(c.diagnostics.empty());
  const Engine engine(c.rules, calendar());
  for (const auto& rule : c.rules.rules)
    for (const auto& result : run_examples(engine, rule)) {
      INFO(rule.id << ": " << result.detail);
      CHECK(result.passed);
    }

  // The same rule with a wrong mark and a good example that fires.
  std::string broken = kPack;
  broken.replace(broken.find("期满[[自动续期]]"), std::string("期满[[自动续期]]").size(), "[[期满]]自动续期");
  broken.replace(broken.find("期满不得自动续期"), std::string("期满不得自动续期").size(), "期满可以自动续期");
  const auto b = compile(broken);
  REQUIRE(b.diagnostics.empty());
  const Engine broken_engine(b.rules, calendar());
  const auto results = run_examples(broken_engine, *b.rules.find("lease/auto-renewal"));
  REQUIRE(results.size() == 2);
  CHECK_FALSE(results[0].passed);
  CHECK(results[0].detail == "found \"自动续期\" at 1:3, not the marked \"期满\"");
  CHECK_FALSE(results[1].passed);
  CHECK(results[1].detail == "unexpected finding \"自动续期\" at 1:5");
}

TEST_CASE("a document whose kind cannot be told is reviewed as a contract, with an info note saying so") {
  const auto c = compile(kPack);
  const auto findings = Engine(c.rules, calendar()).review(analyze_text("会议通知\n请准时参加。\n", std::nullopt));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "legalint/kind-unknown");
  CHECK(findings[0].severity == Severity::info);
  CHECK(findings[0].location.start.line == 1);
  CHECK(findings[0].message == "无法从标题和用语判断文书类型(标题和正文都不能表明类型),已按一般合同审查");
}

TEST_CASE("two missing items on the title line are two findings, and a placeholder a check did not fill is empty") {
  const auto c = compile(
      "pack lease {\n  kinds lease\n}\n"
      "rule lease/missing {\n"
      "  severity warning\n  title \"缺少条款\"\n  basis civil-code/704\n"
      "  check require {\n    item \"用途\" /用途/\n    item \"维修\" /维修/\n  }\n"
      "  check pattern {\n    match /转租/\n  }\n"
      "  message \"缺少{item}条款{match}\"\n"
      "  bad \"租赁合同\"\n  good \"租赁合同\\n用途:养殖。维修由乙方负责。\"\n"
      "}\n");
  REQUIRE(c.diagnostics.empty());
  const auto findings = Engine(c.rules, calendar()).review(analyze_text("鱼塘租赁合同\n甲方将鱼塘出租给乙方。\n"));
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message == "缺少用途条款");
  CHECK(findings[1].message == "缺少维修条款");
}

TEST_CASE("two checks of one rule that land on the same span give one finding") {
  const auto c = compile(
      "pack lease {\n  kinds lease\n}\n"
      "rule lease/renewal {\n"
      "  severity error\n  title \"续期\"\n  basis civil-code/705\n"
      "  check pattern {\n    match /自动续期/\n  }\n"
      "  check pattern {\n    match /自动续(期|租)/\n  }\n"
      "  message \"约定了{match}\"\n"
      "  bad \"期满自动续期。\"\n  good \"期满另行协商。\"\n"
      "}\n");
  REQUIRE(c.diagnostics.empty());
  const auto findings = Engine(c.rules, calendar()).review(analyze_text("租赁合同\n期满自动续期。\n"));
  CHECK(findings.size() == 1);
}

TEST_CASE("placeholders are filled from the first source that has the name", "[engine]") {
  const PlaceholderValues hit = {{"term", "二十五年"}, {"clause", "第三条"}};
  const PlaceholderValues own = {{"clause", "全文"}, {"title", "租赁期限超过二十年"}};
  const PlaceholderValues pack = {{"max_term", "20年"}, {"term", "不应出现"}};
  CHECK(fill_placeholders("{clause}约定{term},超过{max_term}", {&hit, &own, &pack}) == "第三条约定二十五年,超过20年");
  CHECK(fill_placeholders("{clause}:{title}", {&own, nullptr, &hit}) == "全文:租赁期限超过二十年");
  CHECK(fill_placeholders("缺{missing}值", {&hit}) == "缺值");         // a name no source has is empty
  CHECK(fill_placeholders("{term", {&hit}) == "{term");              // no closing brace: as written
  CHECK(fill_placeholders("}{term}{", {&hit}) == "}二十五年{");
  CHECK(fill_placeholders("", {&hit}) == "");
  CHECK(fill_placeholders("无占位符", {}) == "无占位符");
}

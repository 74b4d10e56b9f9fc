// check quantity: hits, misses, boundaries, unit conversions, parameters, errors.
#include <catch2/catch.hpp>

#include "check_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {
const std::string term_over_20y = "    fact term\n    near /租赁期限|租期/\n    over 20年";
}

TEST_CASE("quantity: a term over 20 years is a hit on the duration", "[quantity]") {
  auto made = make_check("quantity", term_over_20y);
  REQUIRE(made.check);
  const auto analysis = analyze_text("租赁期限为二十五年,自2024年1月1日起计算。");
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 1);
  CHECK(hit_text(analysis, hits[0]) == "二十五年");
  CHECK(value_of(hits[0], "value") == "二十五年");
  CHECK(value_of(hits[0], "limit") == "20年");
}

TEST_CASE("quantity: exactly 20 years is not over 20 years", "[quantity]") {
  CHECK(hits_of("quantity", term_over_20y, "租赁期限为二十年。").empty());
  CHECK(hits_of("quantity", term_over_20y, "租赁期限为20年。").empty());
  CHECK(hits_of("quantity", term_over_20y, "租赁期限为240个月。").empty());
  CHECK(hits_of("quantity", term_over_20y, "租赁期限为241个月。").size() == 1);
  CHECK(hits_of("quantity", term_over_20y, "租赁期限为二十年零一个月。").size() <= 1);
}

TEST_CASE("quantity: a term by dates counts both end days", "[quantity]") {
  const std::string exact = "租赁期限自2024年1月1日起至2043年12月31日止。";
  CHECK(hits_of("quantity", term_over_20y, exact).empty());
  const auto over = analyze_text("租赁期限自2024年1月1日起至2044年1月1日止。");
  auto made = make_check("quantity", term_over_20y);
  const auto hits = run(*made.check, over);
  REQUIRE(hits.size() == 1);
  CHECK(hit_text(over, hits[0]) == "自2024年1月1日起至2044年1月1日止");
  // at-least 20年: the exact term is a finding, one day less is not.
  const std::string at_least = "    fact term\n    near /租期/\n    at-least 20年";
  CHECK(hits_of("quantity", at_least, "租期自2024年1月1日至2043年12月31日。").size() == 1);
  CHECK(hits_of("quantity", at_least, "租期自2024年1月1日至2043年12月30日。").empty());
}

TEST_CASE("quantity: the fact after the anchor wins, else the one before", "[quantity]") {
  const std::string body = "    fact duration\n    near /租期/\n    over 20年";
  // after the anchor: 10年, not the 30年 before it
  CHECK(hits_of("quantity", body, "土地承包经营期30年,租期10年。").empty());
  // nothing after: the one before
  CHECK(hits_of("quantity", body, "三十年为本合同的租期。").size() == 1);
  // another sentence is out of scope
  CHECK(hits_of("quantity", body, "租期另行约定。土地承包期为三十年。").empty());
  // one hit per fact even when two anchors point at it
  CHECK(hits_of("quantity", body, "租期即租赁期限:二十五年。").size() == 1);
}

TEST_CASE("quantity: unless excuses a match in the scope", "[quantity]") {
  const std::string body = "    fact duration\n    near /租期/\n    over 20年\n    unless /依法.*批准/";
  CHECK(hits_of("quantity", body, "租期为三十年,已依法报经批准。").empty());
  CHECK(hits_of("quantity", body, "租期为三十年。依法批准。").size() == 1);
}

TEST_CASE("quantity: money against a ratio of a base amount", "[quantity]") {
  const std::string body = "    fact money ratio\n    near /投标保证金/\n    over 2%\n    of /估算价/";
  const std::string exact = "投标保证金为8万元。本项目估算价为400万元。";
  CHECK(hits_of("quantity", body, exact).empty());
  const auto hits = hits_of("quantity", body, "投标保证金为10万元。本项目估算价为400万元。");
  REQUIRE(hits.size() == 1);
  CHECK(value_of(hits[0], "value") == "10万元");
  CHECK(value_of(hits[0], "ratio") == "2.5%");
  CHECK(value_of(hits[0], "base") == "400万元");
  CHECK(value_of(hits[0], "limit") == "2%");
  // a ratio written near the anchor is compared directly
  const auto direct = hits_of("quantity", body, "投标保证金为估算价的3%。");
  REQUIRE(direct.size() == 1);
  CHECK(value_of(direct[0], "value") == "3%");
  CHECK(hits_of("quantity", body, "投标保证金为估算价的2%。").empty());
  // no base amount in the document: nothing to judge
  CHECK(hits_of("quantity", body, "投标保证金为10万元。").empty());
}

TEST_CASE("quantity: areas convert between 亩, 公顷 and 平方米", "[quantity]") {
  const std::string body = "    fact area\n    near /面积/\n    over 10000平方米";
  CHECK(hits_of("quantity", body, "租赁土地面积15亩。").empty());  // 15亩 = 10000平方米
  CHECK(hits_of("quantity", body, "租赁土地面积16亩。").size() == 1);
  CHECK(hits_of("quantity", body, "租赁土地面积1公顷。").empty());
  CHECK(hits_of("quantity", body, "租赁土地面积1.5公顷。").size() == 1);
  CHECK(hits_of("quantity", "    fact area\n    near /面积/\n    under 20亩", "面积1.5公顷。").empty());  // 15000 > 13333⅓
  // a count is not an area
  CHECK(hits_of("quantity", body, "面积约为20000人。").empty());
}

TEST_CASE("quantity: counts with measure words compare with each other, and even flags an even count", "[quantity]") {
  const std::string under = "    fact count\n    near /评标委员会/\n    under 5人";
  CHECK(hits_of("quantity", under, "评标委员会由三名专家组成。").size() == 1);
  CHECK(hits_of("quantity", under, "评标委员会由5名专家组成。").empty());
  const std::string even = "    fact count\n    near /评标委员会/\n    even";
  CHECK(hits_of("quantity", even, "评标委员会由4名专家组成。").size() == 1);
  CHECK(hits_of("quantity", even, "评标委员会由5名专家组成。").empty());
  // even and a limit: either is a finding
  const std::string both = "    fact count\n    near /评标委员会/\n    under 5人\n    even";
  CHECK(hits_of("quantity", both, "评标委员会由三名专家组成。").size() == 1);
  CHECK(hits_of("quantity", both, "评标委员会由6名专家组成。").size() == 1);
  CHECK(hits_of("quantity", both, "评标委员会由7名专家组成。").empty());
}

TEST_CASE("quantity: limits from pack parameters", "[quantity]") {
  Parameters parameters{{"max_term", *Measure::parse("20年")}};
  const std::string body = "    fact term\n    near /租期/\n    over {max_term}";
  const auto hits = hits_of("quantity", body, "租期为二十五年。", parameters);
  REQUIRE(hits.size() == 1);
  CHECK(value_of(hits[0], "limit") == "20年");
  parameters["max_term"] = *Measure::parse("30年");
  CHECK(hits_of("quantity", body, "租期为二十五年。", parameters).empty());
  CHECK(check_errors("quantity", "    fact term\n    near /租期/\n    over {nope}") ==
        std::vector<std::string>{"5:10: unknown parameter 'nope' (declare it in the pack: param nope …)"});
}

TEST_CASE("quantity: the anchor is its trigger", "[quantity]") {
  auto made = make_check("quantity", term_over_20y);
  REQUIRE(made.check);
  const auto triggers = made.check->triggers();
  REQUIRE(triggers.size() == 1);
  CHECK(triggers[0]->pattern() == "租赁期限|租期");
}

TEST_CASE("quantity: argument errors name their place", "[quantity][errors]") {
  CHECK(check_errors("quantity", "    fact term\n    near /租期/\n    ovr 20年") ==
        std::vector<std::string>{
            "2:9: check 'quantity' needs one of over, under, at-least, at-most (or even)",
            "5:5: unknown key 'ovr' for check 'quantity' (it takes: at-least, at-most, even, fact, near, of, over, under, unless, within)"});
  CHECK(check_errors("quantity", "    fact term\n    over 20年") ==
        std::vector<std::string>{"2:9: check 'quantity' needs 'near /…/'"});
  CHECK(check_errors("quantity", "    fact term\n    near /租期/\n    over 二十只猫") ==
        std::vector<std::string>{"5:10: expected a quantity such as 20年, 2%, 400万元, 5人 or 7个工作日"});
  CHECK(check_errors("quantity", "    fact years\n    near /租期/\n    over 20年") ==
        std::vector<std::string>{"3:10: 'fact' takes one of: area, count, duration, money, ratio, term",
                                 "2:9: check 'quantity' needs 'fact' with one or more of: area, count, duration, money, ratio, term"});
  CHECK(check_errors("quantity", "    fact term\n    near /租期/\n    over 20年\n    under 5年") ==
        std::vector<std::string>{"2:9: check 'quantity' takes only one of over, under, at-least, at-most"});
  CHECK(check_errors("quantity", "    fact money\n    near /保证金/\n    over 20万元\n    of /估算价/") ==
        std::vector<std::string>{"2:9: check 'quantity': 'of' needs a ratio limit such as 2%"});
  CHECK(check_errors("quantity", "    fact term\n    near /租期(/\n    over 20年").size() == 1);
}

// check consistency: 大写 against 小写 amounts, a term against its dates.
#include <catch2/catch.hpp>

#include "check_support.h"

using namespace legalint;
using namespace legalint::testing;

TEST_CASE("consistency: capital and figures that disagree", "[consistency]") {
  const auto analysis = analyze_text("合同价款为人民币壹拾贰万零伍佰元整(¥125,000.00)。");
  auto made = make_check("consistency", "    compare amount-words");
  REQUIRE(made.check);
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 1);
  CHECK(hit_text(analysis, hits[0]) == "人民币壹拾贰万零伍佰元整");
  CHECK(value_of(hits[0], "first") == "人民币壹拾贰万零伍佰元整");
  CHECK(value_of(hits[0], "second") == "¥125,000.00");
}

TEST_CASE("consistency: capital and figures that agree", "[consistency]") {
  CHECK(hits_of("consistency", "    compare amount-words", "合同价款为人民币壹拾贰万零伍佰元整(¥120,500.00)。").empty());
  // figures first, capitals after: the previous amount is the pair
  CHECK(hits_of("consistency", "    compare amount-words", "租金120500元(大写:壹拾贰万零伍佰元整)。").empty());
  CHECK(hits_of("consistency", "    compare amount-words", "租金120000元(大写:壹拾贰万零伍佰元整)。").size() == 1);
  // no figures in the sentence: nothing to compare
  CHECK(hits_of("consistency", "    compare amount-words", "租金壹拾贰万零伍佰元整。另付120000元。").empty());
}

TEST_CASE("consistency: near limits amount-words to the anchor's scope", "[consistency]") {
  const std::string body = "    compare amount-words\n    near /租金/";
  const std::string text = "押金贰万元(¥30,000)。租金壹万元(¥10,000)。";
  CHECK(hits_of("consistency", body, text).empty());
  CHECK(hits_of("consistency", "    compare amount-words", text).size() == 1);
}

TEST_CASE("consistency: a term and its dates", "[consistency]") {
  const std::string body = "    compare term-dates\n    near /租赁期限|租期/";
  // both end days counted, or the end day being the anniversary: both agree
  CHECK(hits_of("consistency", body, "租赁期限为20年,自2024年1月1日起至2043年12月31日止。").empty());
  CHECK(hits_of("consistency", body, "租赁期限为20年,自2024年1月1日起至2044年1月1日止。").empty());
  CHECK(hits_of("consistency", body, "租期240个月,自2024年1月1日起至2043年12月31日止。").empty());
  const auto analysis = analyze_text("租赁期限为二十年,自2024年1月1日起至2048年12月31日止。");
  auto made = make_check("consistency", body);
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 1);
  CHECK(hit_text(analysis, hits[0]) == "二十年");
  CHECK(value_of(hits[0], "first") == "二十年");
  CHECK(value_of(hits[0], "second") == "自2024年1月1日起至2048年12月31日止");
  // the range in another sentence of the same article
  const std::string article = "第三条 租赁期限\n租赁期限为五年。起止日期为2024年3月1日至2030年2月28日。\n第四条 租金\n";
  CHECK(hits_of("consistency", body, article).size() == 1);
  CHECK(hits_of("consistency", body, "第三条 租赁期限\n租赁期限为五年。起止日期为2024年3月1日至2029年2月28日。\n第四条 租金\n").empty());
}

TEST_CASE("consistency: argument errors", "[consistency][errors]") {
  CHECK(check_errors("consistency", "    near /租期/") ==
        std::vector<std::string>{"2:9: check 'consistency' needs 'compare amount-words' or 'compare term-dates'"});
  CHECK(check_errors("consistency", "    compare term-dates") ==
        std::vector<std::string>{"2:9: check 'consistency' with 'compare term-dates' needs 'near /…/'"});
  CHECK(check_errors("consistency", "    compare words") ==
        std::vector<std::string>{"3:13: 'compare' takes one of: amount-words, term-dates"});
  CHECK(check_errors("consistency", "    compare amount-words\n    over 5年") ==
        std::vector<std::string>{"4:5: unknown key 'over' for check 'consistency' (it takes: compare, near, within)"});
}

TEST_CASE("consistency: the figures nearest the capitals are their pair", "[consistency]") {
  // 2.4万元 is beside the capitals; 7.2万元 is the three-year total
  CHECK(hits_of("consistency", "    compare amount-words", "年租金2.4万元(大写:贰万肆仟元整),三年共计7.2万元。").empty());
  CHECK(hits_of("consistency", "    compare amount-words",
                "年租金为¥41,000.00元(人民币肆万壹仟元整)(按100平方米、每平方米410元计算)。").empty());
  CHECK(hits_of("consistency", "    compare amount-words", "押金5000元,租金人民币壹万元整(¥10,000元)。").empty());
}

TEST_CASE("consistency: a range is judged against the first term that reaches it", "[consistency]") {
  const std::string body = "    compare term-dates\n    near /承包期/";
  const std::string text =
      "第四条 期限\n(一)承包期限为三十年,自二〇二三年一月一日起至二〇五二年十二月三十一日止。\n"
      "(二)承包期满,乙方应在期满之日起十五日内将鱼塘交还甲方。\n第五条 其他\n";
  CHECK(hits_of("consistency", body, text).empty());
}

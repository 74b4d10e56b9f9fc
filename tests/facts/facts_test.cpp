// extract_facts: one table per kind of fact, a table of text that must yield
// nothing, and whole sentences with several facts whose byte spans are
// checked exactly.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "facts/facts.h"

using namespace legalint;

namespace {

using Value = decltype(Fact::value);

std::string describe(const Fact& fact) {
  std::ostringstream out;
  out << to_string(fact.kind) << " [" << fact.span.begin << "," << fact.span.end << ") \"" << fact.text << "\" ";
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, Money>) out << v.fen << " fen";
        if constexpr (std::is_same_v<T, Duration>)
          out << v.years << "y " << v.months << "m " << v.weeks << "w " << v.days << "d " << v.working_days << "wd";
        if constexpr (std::is_same_v<T, Date>) out << v.year << "-" << v.month << "-" << v.day << (v.year_inherited ? " (inherited)" : "");
        if constexpr (std::is_same_v<T, DateRange>)
          out << v.from.year << "-" << v.from.month << "-" << v.from.day << " .. " << v.to.year << "-" << v.to.month
              << "-" << v.to.day << (v.to.year_inherited ? " (inherited)" : "");
        if constexpr (std::is_same_v<T, Ratio>) out << v.numerator << "/" << v.denominator;
        if constexpr (std::is_same_v<T, Quantity>) out << v.value.units << "e-" << v.value.scale << " " << v.unit;
      },
      fact.value);
  return out.str();
}

std::string describe(const std::vector<Fact>& facts) {
  std::string out;
  for (const auto& f : facts) out += describe(f) + "\n";
  return out;
}

// One input that must yield exactly one fact.
struct OneFact {
  const char* input;
  FactKind kind;
  const char* text;  // the fact's text: a substring of the input
  NumeralStyle style;
  Value value;
};

void check_one(const OneFact& c) {
  INFO("input: " << c.input);
  const std::string input = c.input;
  const std::vector<Fact> facts = extract_facts(input);
  INFO("facts:\n" << describe(facts));
  REQUIRE(facts.size() == 1);
  const Fact& fact = facts[0];
  CHECK(fact.kind == c.kind);
  CHECK(fact.text == c.text);
  const std::size_t at = input.find(c.text);
  REQUIRE(at != std::string::npos);
  CHECK(fact.span == Span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + std::string(c.text).size())});
  CHECK(fact.span.in(input) == fact.text);
  CHECK(fact.style == c.style);
  CHECK(fact.value == c.value);
}

constexpr auto arabic = NumeralStyle::arabic;
constexpr auto chinese = NumeralStyle::chinese;
constexpr auto capital = NumeralStyle::capital;

Money fen(std::int64_t f) { return Money{f}; }
Duration years(int y, int m = 0) { return Duration{y, m, 0, 0, 0}; }
Duration months(int m, int d = 0) { return Duration{0, m, 0, d, 0}; }
Duration weeks(int w) { return Duration{0, 0, w, 0, 0}; }
Duration days(int d) { return Duration{0, 0, 0, d, 0}; }
Duration working_days(int d) { return Duration{0, 0, 0, 0, d}; }
Date ymd(int y, int m, int d, bool inherited = false) { return Date{y, m, d, inherited}; }
DateRange range(Date from, Date to) { return DateRange{from, to}; }
Ratio ratio(std::int64_t n, std::int64_t d) { return Ratio{n, d}; }
Quantity qty(std::int64_t units, int scale, const char* unit) { return Quantity{Decimal{units, scale}, unit}; }

}  // namespace

TEST_CASE("money: prefixes, units, 大写, 角分, 整", "[facts][money]") {
  const OneFact cases[] = {
      {"人民币壹拾贰万元整", FactKind::money, "人民币壹拾贰万元整", capital, fen(12000000)},
      {"¥120,500.00元", FactKind::money, "¥120,500.00元", arabic, fen(12050000)},
      {"¥120,500.00", FactKind::money, "¥120,500.00", arabic, fen(12050000)},
      {"¥ 100", FactKind::money, "¥ 100", arabic, fen(10000)},
      {"￥300元", FactKind::money, "￥300元", arabic, fen(30000)},
      {"120500元", FactKind::money, "120500元", arabic, fen(12050000)},
      {"1.5万元", FactKind::money, "1.5万元", arabic, fen(1500000)},
      {"贰拾万元整", FactKind::money, "贰拾万元整", capital, fen(20000000)},
      {"伍万叁仟元", FactKind::money, "伍万叁仟元", capital, fen(5300000)},
      {"十二万元", FactKind::money, "十二万元", chinese, fen(12000000)},
      {"一千万元", FactKind::money, "一千万元", chinese, fen(1000000000)},
      {"100元/亩/年", FactKind::money, "100元", arabic, fen(10000)},
      {"人民币120万元", FactKind::money, "人民币120万元", arabic, fen(120000000)},
      {"人民币(大写):壹拾贰万零伍佰元整", FactKind::money, "人民币(大写):壹拾贰万零伍佰元整", capital, fen(12050000)},
      {"人民币5000", FactKind::money, "人民币5000", arabic, fen(500000)},
      {"壹拾贰元叁角伍分", FactKind::money, "壹拾贰元叁角伍分", capital, fen(1235)},
      {"12元5角", FactKind::money, "12元5角", arabic, fen(1250)},
      {"5元零5分", FactKind::money, "5元零5分", arabic, fen(505)},
      {"3.25元", FactKind::money, "3.25元", arabic, fen(325)},
      {"2.35亿元", FactKind::money, "2.35亿元", arabic, fen(23500000000)},
      {"5万元人民币", FactKind::money, "5万元", arabic, fen(5000000)},
      {"5万人民币", FactKind::money, "5万人民币", arabic, fen(5000000)},
      {"RMB 5000元", FactKind::money, "RMB 5000元", arabic, fen(500000)},
      {"租金为每年人民币50000元。", FactKind::money, "人民币50000元", arabic, fen(5000000)},
      {"保证金两万元", FactKind::money, "两万元", chinese, fen(2000000)},
      {"壹万圆整", FactKind::money, "壹万圆整", capital, fen(1000000)},
      {"120,500.00 元", FactKind::money, "120,500.00 元", arabic, fen(12050000)},
      {"0.5元", FactKind::money, "0.5元", arabic, fen(50)},
  };
  for (const auto& c : cases) check_one(c);
}

TEST_CASE("durations: components kept as written", "[facts][duration]") {
  const OneFact cases[] = {
      {"20年", FactKind::duration, "20年", arabic, years(20)},
      {"租赁期限为二十年", FactKind::duration, "二十年", chinese, years(20)},
      {"租期6个月", FactKind::duration, "6个月", arabic, months(6)},
      {"240个月", FactKind::duration, "240个月", arabic, months(240)},
      {"三个月内", FactKind::duration, "三个月", chinese, months(3)},
      {"三月内", FactKind::duration, "三月", chinese, months(3)},
      {"两周", FactKind::duration, "两周", chinese, weeks(2)},
      {"2个星期", FactKind::duration, "2个星期", arabic, weeks(2)},
      {"30日", FactKind::duration, "30日", arabic, days(30)},
      {"15天", FactKind::duration, "15天", arabic, days(15)},
      {"十个自然日", FactKind::duration, "十个自然日", chinese, days(10)},
      {"7个工作日", FactKind::duration, "7个工作日", arabic, working_days(7)},
      {"5工作日", FactKind::duration, "5工作日", arabic, working_days(5)},
      {"半年", FactKind::duration, "半年", chinese, months(6)},
      {"半个月", FactKind::duration, "半个月", chinese, months(0, 15)},
      {"一年半", FactKind::duration, "一年半", chinese, years(1, 6)},
      {"一个半月", FactKind::duration, "一个半月", chinese, months(1, 15)},
      {"1.5年", FactKind::duration, "1.5年", arabic, years(1, 6)},
      {"1年6个月", FactKind::duration, "1年6个月", arabic, years(1, 6)},
      {"一年零三个月", FactKind::duration, "一年零三个月", chinese, years(1, 3)},
      {"三十日内", FactKind::duration, "三十日", chinese, days(30)},
      {"15日前", FactKind::duration, "15日", arabic, days(15)},
      {"不少于二十日", FactKind::duration, "二十日", chinese, days(20)},
      {"期满前3个月", FactKind::duration, "3个月", arabic, months(3)},
      {"十五个工作日", FactKind::duration, "十五个工作日", chinese, working_days(15)},
      {"3年内", FactKind::duration, "3年", arabic, years(3)},
      {"工期:150日历天", FactKind::duration, "150日历天", arabic, days(150)},
      {"相当于一个季度租金", FactKind::duration, "一个季度", chinese, months(3)},
  };
  for (const auto& c : cases) check_one(c);
}

TEST_CASE("dates: every written form, validated", "[facts][date]") {
  const OneFact cases[] = {
      {"2024年3月1日", FactKind::date, "2024年3月1日", arabic, ymd(2024, 3, 1)},
      {"二〇二四年三月一日", FactKind::date, "二〇二四年三月一日", chinese, ymd(2024, 3, 1)},
      {"二零二四年十二月三十一日", FactKind::date, "二零二四年十二月三十一日", chinese, ymd(2024, 12, 31)},
      {"2024年3月", FactKind::date, "2024年3月", arabic, ymd(2024, 3, 0)},
      {"2024-03-01", FactKind::date, "2024-03-01", arabic, ymd(2024, 3, 1)},
      {"2024/3/1", FactKind::date, "2024/3/1", arabic, ymd(2024, 3, 1)},
      {"2024.3.1", FactKind::date, "2024.3.1", arabic, ymd(2024, 3, 1)},
      {"3月1日", FactKind::date, "3月1日", arabic, ymd(0, 3, 1)},
      {"三月一日", FactKind::date, "三月一日", chinese, ymd(0, 3, 1)},
      {"每年12月31日前", FactKind::date, "12月31日", arabic, ymd(0, 12, 31)},
      {"2024年2月29日", FactKind::date, "2024年2月29日", arabic, ymd(2024, 2, 29)},
      {"2024年3月15号", FactKind::date, "2024年3月15号", arabic, ymd(2024, 3, 15)},
      {"于2024年1月1日至今", FactKind::date, "2024年1月1日", arabic, ymd(2024, 1, 1)},
      {"2024年1月1日起", FactKind::date, "2024年1月1日", arabic, ymd(2024, 1, 1)},
      {"1.2024年11月,村建办", FactKind::date, "2024年11月", arabic, ymd(2024, 11, 0)},
      {"2.2024.3.1召开", FactKind::date, "2024.3.1", arabic, ymd(2024, 3, 1)},
  };
  for (const auto& c : cases) check_one(c);
}

TEST_CASE("date ranges: one fact covering both dates", "[facts][date_range]") {
  const OneFact cases[] = {
      {"自2024年1月1日起至2033年12月31日止", FactKind::date_range, "自2024年1月1日起至2033年12月31日止", arabic,
       range(ymd(2024, 1, 1), ymd(2033, 12, 31))},
      {"2024年1月1日至2033年12月31日", FactKind::date_range, "2024年1月1日至2033年12月31日", arabic,
       range(ymd(2024, 1, 1), ymd(2033, 12, 31))},
      {"2024.1.1—2033.12.31", FactKind::date_range, "2024.1.1—2033.12.31", arabic,
       range(ymd(2024, 1, 1), ymd(2033, 12, 31))},
      {"2024年1月1日-2033年12月31日", FactKind::date_range, "2024年1月1日-2033年12月31日", arabic,
       range(ymd(2024, 1, 1), ymd(2033, 12, 31))},
      {"2024-01-01~2024-12-31", FactKind::date_range, "2024-01-01~2024-12-31", arabic,
       range(ymd(2024, 1, 1), ymd(2024, 12, 31))},
      {"从2024年1月1日到2024年12月31日", FactKind::date_range, "从2024年1月1日到2024年12月31日", arabic,
       range(ymd(2024, 1, 1), ymd(2024, 12, 31))},
      {"租期自2024年3月1日至6月30日", FactKind::date_range, "自2024年3月1日至6月30日", arabic,
       range(ymd(2024, 3, 1), ymd(2024, 6, 30, true))},
      {"2024年12月1日至1月31日", FactKind::date_range, "2024年12月1日至1月31日", arabic,
       range(ymd(2024, 12, 1), ymd(2025, 1, 31, true))},
      {"3月1日至3月31日", FactKind::date_range, "3月1日至3月31日", arabic, range(ymd(0, 3, 1), ymd(0, 3, 31))},
      {"二〇二四年一月一日至二〇二八年十二月三十一日", FactKind::date_range,
       "二〇二四年一月一日至二〇二八年十二月三十一日", chinese, range(ymd(2024, 1, 1), ymd(2028, 12, 31))},
      {"从2024-01-01开始,到2034-02-28结束", FactKind::date_range, "从2024-01-01开始,到2034-02-28结束", arabic,
       range(ymd(2024, 1, 1), ymd(2034, 2, 28))},
      {"自2024年1月1日起,至2024年12月31日为止", FactKind::date_range, "自2024年1月1日起,至2024年12月31日为止", arabic,
       range(ymd(2024, 1, 1), ymd(2024, 12, 31))},
      {"2024年1月1日 至 2024年6月30日", FactKind::date_range, "2024年1月1日 至 2024年6月30日", arabic,
       range(ymd(2024, 1, 1), ymd(2024, 6, 30))},
  };
  for (const auto& c : cases) check_one(c);
}

TEST_CASE("ratios: percent, 百分之, 分之, guarded a/b", "[facts][ratio]") {
  const OneFact cases[] = {
      {"2%", FactKind::ratio, "2%", arabic, ratio(2, 100)},
      {"0.5%", FactKind::ratio, "0.5%", arabic, ratio(5, 1000)},
      {"12.5%", FactKind::ratio, "12.5%", arabic, ratio(125, 1000)},
      {"5‰", FactKind::ratio, "5‰", arabic, ratio(5, 1000)},
      {"百分之二", FactKind::ratio, "百分之二", chinese, ratio(2, 100)},
      {"百分之二十", FactKind::ratio, "百分之二十", chinese, ratio(20, 100)},
      {"百分之零点五", FactKind::ratio, "百分之零点五", chinese, ratio(5, 1000)},
      {"百分之百", FactKind::ratio, "百分之百", chinese, ratio(100, 100)},
      {"千分之五", FactKind::ratio, "千分之五", chinese, ratio(5, 1000)},
      {"万分之三", FactKind::ratio, "万分之三", chinese, ratio(3, 10000)},
      {"三分之二", FactKind::ratio, "三分之二", chinese, ratio(2, 3)},
      {"十分之一", FactKind::ratio, "十分之一", chinese, ratio(1, 10)},
      {"3分之1", FactKind::ratio, "3分之1", arabic, ratio(1, 3)},
      {"2/3以上", FactKind::ratio, "2/3", arabic, ratio(2, 3)},
      {"经2/3多数通过", FactKind::ratio, "2/3", arabic, ratio(2, 3)},
      {"不超过估算价的2%", FactKind::ratio, "2%", arabic, ratio(2, 100)},
  };
  for (const auto& c : cases) check_one(c);
}

TEST_CASE("quantities: counts and areas", "[facts][quantity]") {
  const OneFact cases[] = {
      {"5人", FactKind::quantity, "5人", arabic, qty(5, 0, "人")},
      {"三名", FactKind::quantity, "三名", chinese, qty(3, 0, "名")},
      {"不少于三家", FactKind::quantity, "三家", chinese, qty(3, 0, "家")},
      {"10.5亩", FactKind::quantity, "10.5亩", arabic, qty(105, 1, "亩")},
      {"200平方米", FactKind::quantity, "200平方米", arabic, qty(200, 0, "平方米")},
      {"200m2", FactKind::quantity, "200m2", arabic, qty(200, 0, "m2")},
      {"1.2万平方米", FactKind::quantity, "1.2万平方米", arabic, qty(12000, 0, "平方米")},
      {"2公顷", FactKind::quantity, "2公顷", arabic, qty(2, 0, "公顷")},
      {"3个", FactKind::quantity, "3个", arabic, qty(3, 0, "个")},
      {"一式两份", FactKind::quantity, "两份", chinese, qty(2, 0, "份")},
      {"2次", FactKind::quantity, "2次", arabic, qty(2, 0, "次")},
      {"30户", FactKind::quantity, "30户", arabic, qty(30, 0, "户")},
      {"3位", FactKind::quantity, "3位", arabic, qty(3, 0, "位")},
      {"5票", FactKind::quantity, "5票", arabic, qty(5, 0, "票")},
      {"十二人", FactKind::quantity, "十二人", chinese, qty(12, 0, "人")},
      {"50 亩", FactKind::quantity, "50 亩", arabic, qty(50, 0, "亩")},
      {"道路全长3.5公里", FactKind::quantity, "3.5公里", arabic, qty(35, 1, "公里")},
      {"住户2,860户", FactKind::quantity, "2,860户", arabic, qty(2860, 0, "户")},
  };
  for (const auto& c : cases) check_one(c);
}

// The scanner runs a grammar only when the character after a numeral can
// begin what that grammar reads next (scanner.cpp, grammars_after): every
// unit, sign and separator of grammar_def.h, after Arabic and Chinese
// numerals, glued on or after a space, must still make its fact.
TEST_CASE("every unit and sign of the grammars makes its fact after a numeral", "[facts][followers]") {
  const std::vector<std::pair<FactKind, std::vector<const char*>>> words{
      {FactKind::money, {"元", "圆", "元整", "元5角", "人民币"}},
      {FactKind::ratio, {"%", "‰", "分之一"}},
      {FactKind::duration, {"年", "个月", "个半月", "个季度", "月内", "月以内", "月之内", "周", "星期", "个星期", "工作日",
                            "个工作日", "自然日", "个自然日", "日历日", "个日历日", "日历天", "日", "天", "年半", "年零三个月"}},
      {FactKind::quantity, {"人", "名", "家", "份", "次", "户", "位", "票", "亩", "平方米", "平方公里", "平米", "公顷", "公里"}},
  };
  for (const auto& [kind, list] : words) {
    for (const char* word : list) {
      for (const std::string numeral : {"3", "12", "1,200", "三", "十二", "一千二百", "3万", "3 "}) {
        if (numeral.back() == ' ' && std::string(word) == "分之一") continue;  // 分之 takes no space before it
        const std::string input = "约定" + numeral + word + "。";
        const std::vector<Fact> facts = extract_facts(input);
        INFO("input: " << input << "\nfacts:\n" << describe(facts));
        REQUIRE(facts.size() == 1);
        CHECK(facts[0].kind == kind);
        CHECK(facts[0].span.begin == std::string("约定").size());
      }
    }
  }
  // m2 and the ratio's slash: Arabic digits only.
  CHECK(extract_facts("面积30m2。").size() == 1);
  CHECK(extract_facts("经2/3以上成员同意").size() == 1);
  CHECK(extract_facts("3个").size() == 1);        // 个 after Arabic digits is a count
}

TEST_CASE("text that must yield no fact", "[facts][negative]") {
  const char* const cases[] = {
      // ordinals
      "第一条", "第3款", "第二章", "第十二条", "第1.2项", "按第5人顺序",
      // words and idioms built on numeral characters
      "一些", "一切", "一律", "一致", "一方", "一般", "统一", "唯一", "一旦", "十分重要", "三重一大",
      "一村一法律顾问", "一岗双责", "五公开", "四个", "四个意识", "万一", "千万", "百分百", "二十大", "统一年度计划",
      "一次性收取全部租金", "上半年", "十点",
      // bare numbers, codes and identifiers
      "120500", "十二万", "联系电话:13800138000", "身份证号:350102199001011234",
      "统一社会信用代码:91350100MA2Y3XXX8N", "0591-87654321", "GB50300-2013", "2/3",
      // years that are not dates or durations, ages, grades
      "2024年度", "二〇二四年度", "18周岁", "三周年", "三年级",
      // values out of range
      "1.234元", "2023年2月29日", "2024年13月1日", "2024年3月32日", "2月30日", "二〇二三年二月二十九日",
      // a day of the month is not a duration; a span of table rows is not one
      "乙方于次月10日前支付", "每月5日前", "第1—5年", "(2021—2025年)", "2024年1—11月",
  };
  for (const char* input : cases) {
    INFO("input: " << input);
    const std::vector<Fact> facts = extract_facts(input);
    INFO("facts:\n" << describe(facts));
    CHECK(facts.empty());
  }
}

TEST_CASE("a clause with several facts: kinds, values and exact byte spans", "[facts][spans]") {
  const std::string text =
      "甲方应于2024年3月1日前支付租金人民币5万元,租期20年,逾期超过15日的,按日加收0.5%违约金,不少于三家。";
  const std::vector<Fact> facts = extract_facts(text);
  INFO("facts:\n" << describe(facts));
  REQUIRE(facts.size() == 6);
  CHECK(facts[0].kind == FactKind::date);
  CHECK(facts[0].span == Span{12, 27});
  CHECK(facts[1].kind == FactKind::money);
  CHECK(facts[1].span == Span{42, 58});
  CHECK(facts[1].value == Value{Money{5000000}});
  CHECK(facts[2].kind == FactKind::duration);
  CHECK(facts[2].span == Span{65, 70});
  CHECK(facts[3].kind == FactKind::duration);
  CHECK(facts[3].span == Span{83, 88});
  CHECK(facts[4].kind == FactKind::ratio);
  CHECK(facts[4].span == Span{104, 108});
  CHECK(facts[5].kind == FactKind::quantity);
  CHECK(facts[5].span == Span{127, 133});
  for (const auto& f : facts) CHECK(f.span.in(text) == f.text);
}

TEST_CASE("a lease clause: range, term, 小写 and 大写 amounts", "[facts][spans]") {
  const std::string text =
      "租赁期限自2024年1月1日起至2033年12月31日止,共十年,年租金¥120,500.00元(大写:人民币壹拾贰万零伍佰元整)。";
  const std::vector<Fact> facts = extract_facts(text);
  INFO("facts:\n" << describe(facts));
  REQUIRE(facts.size() == 4);
  CHECK(facts[0].kind == FactKind::date_range);
  CHECK(facts[0].span == Span{12, 56});
  CHECK(facts[0].value == Value{DateRange{Date{2024, 1, 1, false}, Date{2033, 12, 31, false}}});
  CHECK(facts[1].kind == FactKind::duration);
  CHECK(facts[1].span == Span{60, 66});
  CHECK(facts[1].value == Value{Duration{10, 0, 0, 0, 0}});
  CHECK(facts[2].span == Span{76, 91});
  CHECK(facts[2].style == NumeralStyle::arabic);
  CHECK(facts[3].span == Span{99, 135});
  CHECK(facts[3].style == NumeralStyle::capital);
  // The consistency rule compares these two: they must agree exactly.
  CHECK(facts[2].value == facts[3].value);
  CHECK(facts[3].value == Value{Money{12050000}});
}

TEST_CASE("facts are sorted and never overlap", "[facts][spans]") {
  const std::string text =
      "第一条 甲方出租土地10.5亩,租期自2024年3月1日至2034年2月28日,租金每亩每年800元,"
      "于每年3月1日前支付,逾期30日按2%计违约金;第二条 须经三分之二以上村民代表同意,一事一议。";
  const std::vector<Fact> facts = extract_facts(text);
  INFO("facts:\n" << describe(facts));
  REQUIRE(facts.size() == 7);
  for (std::size_t i = 1; i < facts.size(); ++i) CHECK(facts[i - 1].span.end <= facts[i].span.begin);
  CHECK(facts[0].kind == FactKind::quantity);
  CHECK(facts[1].kind == FactKind::date_range);
  CHECK(facts[2].kind == FactKind::money);
  CHECK(facts[3].kind == FactKind::date);
  CHECK(facts[4].kind == FactKind::duration);
  CHECK(facts[5].kind == FactKind::ratio);
  CHECK(facts[6].value == Value{Ratio{2, 3}});
}

TEST_CASE("empty and malformed input yields nothing and does not crash", "[facts]") {
  CHECK(extract_facts("").empty());
  CHECK(extract_facts("\xE4\xB8").empty());              // truncated 三
  CHECK(extract_facts("\xFF\xFE" "5\xFF").empty());
  const std::vector<Fact> facts = extract_facts("\xFF" "5人");
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].span == Span{1, 5});
}

TEST_CASE("random numeral-heavy text keeps the invariants: in bounds, sorted, disjoint, text == span",
          "[facts][robustness]") {
  // Pieces chosen to collide: digits, units, separators, prefixes, half characters.
  const char* const pieces[] = {"0", "1", "2", "9", "2024", ",", ".", "-", "/", "%", " ", "年", "月", "日", "个",
                                "元", "角", "分", "之", "万", "亿", "千", "百", "十", "零", "一", "二", "两", "壹",
                                "拾", "佰", "人民币", "¥", "自", "至", "起", "止", "第", "人", "亩", "平方米", "半",
                                "点", "工作日", "—", "\xE4\xB8", "\xFF"};
  std::uint32_t seed = 12345;
  auto next = [&seed]() { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(next() % 40);
    for (int k = 0; k < length; ++k) text += pieces[next() % (sizeof(pieces) / sizeof(pieces[0]))];
    INFO("text: " << text);
    const std::vector<Fact> facts = extract_facts(text);
    std::uint32_t last_end = 0;
    for (const Fact& f : facts) {
      REQUIRE(f.span.begin < f.span.end);
      REQUIRE(f.span.end <= text.size());
      REQUIRE(f.span.begin >= last_end);
      REQUIRE(f.span.in(text) == f.text);
      last_end = f.span.end;
    }
  }
}

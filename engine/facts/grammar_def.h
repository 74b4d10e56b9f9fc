// Definitions of the facts grammars declared in grammar.h. Included only by
// grammar.cpp, which instantiates them once.
//
// The grammars read UTF-8 bytes directly: every Chinese literal and symbol
// table entry is matched byte for byte, so no decoding happens here. Only
// ASCII ranges are used for character classes (x3::digit would call
// std::isdigit on bytes above 0x7F). Semantic actions do the arithmetic
// through numerals.h and reject a match (_pass = false) when a value is out
// of range, so a rejected alternative leaves the iterator where it was.
#pragma once

#include <boost/fusion/include/at_c.hpp>

#include "facts/grammar.h"
#include "facts/numerals.h"

namespace legalint::facts::grammar {

using boost::fusion::at_c;
using x3::_attr;
using x3::_pass;
using x3::_val;
using x3::lit;

// ---------------------------------------------------------------- tables

// Chinese numeral characters, lower case and financial capitals.
struct cn_token_table : x3::symbols<ast::cn_token> {
  cn_token_table() {
    const auto digit = [this](const char* s, int v, bool capital) {
      add(s, ast::cn_token{ast::cn_kind::digit, v, capital});
    };
    const auto small = [this](const char* s, int v, bool capital) {
      add(s, ast::cn_token{ast::cn_kind::small_unit, v, capital});
    };
    const auto big = [this](const char* s, std::int64_t v) {
      add(s, ast::cn_token{ast::cn_kind::big_unit, v, false});
    };
    digit("〇", 0, false); digit("零", 0, false);
    digit("一", 1, false); digit("二", 2, false); digit("两", 2, false); digit("三", 3, false);
    digit("四", 4, false); digit("五", 5, false); digit("六", 6, false); digit("七", 7, false);
    digit("八", 8, false); digit("九", 9, false);
    digit("壹", 1, true); digit("贰", 2, true); digit("貳", 2, true); digit("叁", 3, true);
    digit("參", 3, true); digit("肆", 4, true); digit("伍", 5, true); digit("陆", 6, true);
    digit("陸", 6, true); digit("柒", 7, true); digit("捌", 8, true); digit("玖", 9, true);
    small("十", 10, false); small("百", 100, false); small("千", 1000, false);
    small("拾", 10, true); small("佰", 100, true); small("仟", 1000, true);
    big("万", 10000); big("萬", 10000); big("亿", 100000000); big("億", 100000000);
  }
} const cn_token;

// Digits as read one by one: years (二〇二四) and decimals (零点五).
struct seq_digit_table : x3::symbols<int> {
  seq_digit_table() {
    add("〇", 0)("零", 0)("一", 1)("二", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9);
  }
} const seq_digit;

// One digit of 角 or 分, in any style.
struct small_digit_table : x3::symbols<int> {
  small_digit_table() {
    add("零", 0)("〇", 0)("一", 1)("二", 2)("两", 2)("三", 3)("四", 4)("五", 5)("六", 6)("七", 7)("八", 8)("九", 9);
    add("壹", 1)("贰", 2)("叁", 3)("肆", 4)("伍", 5)("陆", 6)("柒", 7)("捌", 8)("玖", 9);
    add("0", 0)("1", 1)("2", 2)("3", 3)("4", 4)("5", 5)("6", 6)("7", 7)("8", 8)("9", 9);
  }
} const small_digit;

// Multipliers written after Arabic digits (1.5万, 3千, 2.35亿).
struct arabic_multiplier_table : x3::symbols<std::int64_t> {
  arabic_multiplier_table() {
    add("百", 100)("千", 1000)("万", 10000)("十万", 100000)("百万", 1000000)("千万", 10000000)
       ("亿", 100000000);
  }
} const arabic_multiplier;

// Multipliers after a Chinese decimal (一点五万).
struct cn_multiplier_table : x3::symbols<std::int64_t> {
  cn_multiplier_table() { add("万", 10000)("百万", 1000000)("千万", 10000000)("亿", 100000000); }
} const cn_multiplier;

struct per_prefix_table : x3::symbols<std::int64_t> {
  per_prefix_table() { add("百分之", 100)("千分之", 1000)("万分之", 10000); }
} const per_prefix;

// Measure words of a Quantity, as stored in Quantity::unit.
inline constexpr const char* kQuantityUnits[] = {
    "人", "名", "家", "个", "份", "次", "户", "位", "票", "亩", "平方米", "平方公里", "平米", "m2", "公顷", "公里"};
enum quantity_unit_index { q_ren, q_ming, q_jia, q_ge, q_fen, q_ci, q_hu, q_wei, q_piao, q_mu,
                           q_sqm, q_sqkm, q_pingmi, q_m2, q_hectare, q_km };

enum duration_unit { d_year = 1, d_month, d_month_half, d_quarter, d_week, d_day, d_working_day };

// ---------------------------------------------------------------- actions

// Fails the match when a helper from numerals.h says the value is unusable.
#define LEGALINT_REQUIRE(cond) \
  do {                          \
    if (!(cond)) {              \
      _pass(ctx) = false;       \
      return;                   \
    }                           \
  } while (0)

const auto copy_attr = [](auto& ctx) { _val(ctx) = _attr(ctx); };

const auto set_arabic = [](auto& ctx) {
  const auto& range = _attr(ctx);
  LEGALINT_REQUIRE(arabic_value(std::string_view(range.begin(), range.end() - range.begin()), _val(ctx)));
};
const auto multiply = [](auto& ctx) { LEGALINT_REQUIRE(apply_multiplier(_val(ctx), _attr(ctx))); };
const auto reset_fold = [](auto& ctx) { _val(ctx) = ast::cn_fold{}; };
const auto fold_step = [](auto& ctx) { LEGALINT_REQUIRE(cn_step(_val(ctx), _attr(ctx))); };
const auto fold_finish = [](auto& ctx) { LEGALINT_REQUIRE(cn_finish(_attr(ctx), _val(ctx))); };
const auto fraction_digit = [](auto& ctx) { LEGALINT_REQUIRE(append_fraction_digit(_val(ctx), _attr(ctx))); };
const auto reset_sequence = [](auto& ctx) { _val(ctx) = ast::numeral{}; _val(ctx).chinese = true; };
const auto sequence_digit = [](auto& ctx) {
  auto& n = _val(ctx);
  LEGALINT_REQUIRE(n.units < 100000000000000000LL);
  n.units = n.units * 10 + _attr(ctx);
};

// ---------------------------------------------------------------- numerals

const auto d09 = x3::char_('0', '9');
const auto sp = *lit(' ');  // NFKC folds U+3000 to ' '; drafts often space out amounts

x3::rule<class arabic_plain_class, ast::numeral> const arabic_plain = "arabic numeral";
x3::rule<class arabic_numeral_class, ast::numeral> const arabic_numeral = "arabic numeral";
x3::rule<class cn_fold_class, ast::cn_fold> const cn_fold = "chinese numeral";
x3::rule<class cn_integer_class, ast::numeral> const cn_integer = "chinese numeral";
x3::rule<class cn_numeral_class, ast::numeral> const cn_numeral = "chinese numeral";
x3::rule<class cn_sequence_class, ast::numeral> const cn_sequence = "digit sequence";
numeral_type const numeral = "numeral";
whole_numeral_type const whole_numeral = "numeral";

// 120,500.00 | 120500 | 1.5. Thousands groups must be exactly three digits.
const auto arabic_plain_def =
    x3::raw[((d09 >> x3::repeat(0, 2)[d09] >> +(',' >> x3::repeat(3)[d09]) >> !d09) | +d09) >>
            -('.' >> +d09)][set_arabic];

const auto arabic_numeral_def = arabic_plain[copy_attr] >> -arabic_multiplier[multiply];

const auto cn_fold_def = x3::eps[reset_fold] >> +cn_token[fold_step];
const auto cn_integer_def = cn_fold[fold_finish];
const auto cn_numeral_def =
    cn_integer[copy_attr] >> -(lit("点") >> +seq_digit[fraction_digit] >> -cn_multiplier[multiply]);
const auto cn_sequence_def = x3::eps[reset_sequence] >> seq_digit[sequence_digit] >> +seq_digit[sequence_digit];

const auto numeral_def = arabic_numeral[copy_attr] | cn_numeral[copy_attr];
const auto whole_numeral_def = (numeral[copy_attr] >> x3::eoi) | (cn_sequence[copy_attr] >> x3::eoi);

// ---------------------------------------------------------------- money

const auto set_fen = [](auto& ctx) {
  std::int64_t fen = 0;
  LEGALINT_REQUIRE(to_fen(_attr(ctx), fen));
  _val(ctx).fen = fen;
};
const auto add_fen_amount = [](auto& ctx, std::int64_t amount) {
  std::int64_t sum = 0;
  LEGALINT_REQUIRE(!__builtin_add_overflow(_val(ctx).fen, amount, &sum));
  _val(ctx).fen = sum;
};
const auto add_jiao = [](auto& ctx) { add_fen_amount(ctx, 10 * _attr(ctx)); };
const auto add_fen = [](auto& ctx) { add_fen_amount(ctx, _attr(ctx)); };

const auto yuan = lit("元") | lit("圆");
const auto money_prefix =
    (lit("人民币") >> -('(' >> (lit("大写") | lit("小写")) >> ')') >> -lit(':')) | lit("\u00A5") | lit("\uFFE5") | lit("RMB");
// 分 counts as money only here, after 元 or 角: elsewhere 十分 is an adverb.
const auto yuan_tail = yuan >> -(-lit("零") >> small_digit >> lit("角"))[add_jiao] >>
                       -(-lit("零") >> small_digit >> lit("分"))[add_fen] >> -lit("整");

money_type const money = "money";
const auto money_def = (money_prefix >> sp >> numeral[set_fen] >> sp >> -(yuan_tail | lit("人民币"))) |
                       (numeral[set_fen] >> sp >> yuan_tail) |
                       (numeral[set_fen] >> sp >> lit("人民币"));

// ---------------------------------------------------------------- durations

x3::rule<class duration_unit_class, int> const duration_unit = "duration unit";
// 年度/年代/年级 are not lengths of time; 周岁/周年 are ages and anniversaries;
// a bare 月 is a length only before 内 (三月内), otherwise it names a month.
const auto duration_unit_def =
    (lit("年") >> !(lit("度") | lit("代") | lit("级") | lit("底") | lit("初")) >> x3::attr(int(d_year))) |
    (lit("个半月") >> x3::attr(int(d_month_half))) |
    (lit("个季度") >> x3::attr(int(d_quarter))) |
    (lit("个月") >> x3::attr(int(d_month))) |
    (lit("月") >> &(lit("内") | lit("以内") | lit("之内")) >> x3::attr(int(d_month))) |
    ((lit("个星期") | lit("星期") | lit("周")) >> !(lit("岁") | lit("年")) >> x3::attr(int(d_week))) |
    ((lit("个工作日") | lit("工作日")) >> x3::attr(int(d_working_day))) |
    ((lit("个自然日") | lit("自然日") | lit("个日历日") | lit("日历日") | lit("日历天") | lit("日") | lit("天")) >>
     x3::attr(int(d_day)));

const auto add_duration_item = [](auto& ctx) {
  const ast::numeral& n = at_c<0>(_attr(ctx));
  const int unit = at_c<1>(_attr(ctx));
  const bool half = at_c<2>(_attr(ctx));
  LEGALINT_REQUIRE(!(unit == d_year && n.plain_int4));  // 2024年 is a year, not 2024 years
  LEGALINT_REQUIRE(!half || unit == d_year);            // 一年半; nothing else takes 半 after it
  Duration& d = _val(ctx);
  std::int64_t value = 0;
  if (!to_int(n, value)) {
    // 1.5年 is 1 year 6 months; other fractional lengths have no exact form.
    std::int64_t months = 0;
    ast::numeral twelve = n;
    LEGALINT_REQUIRE(unit == d_year && apply_multiplier(twelve, 12) && to_int(twelve, months) && months < 12000);
    d.years += static_cast<int>(months / 12);
    d.months += static_cast<int>(months % 12);
    return;
  }
  LEGALINT_REQUIRE(value <= 100000);
  const int v = static_cast<int>(value);
  switch (unit) {
    case d_year: d.years += v; if (half) d.months += 6; break;
    case d_month: d.months += v; break;
    case d_month_half: d.months += v; d.days += 15; break;
    case d_quarter: d.months += 3 * v; break;  // Duration has no quarters; 一个季度 is three months
    case d_week: d.weeks += v; break;
    case d_day: d.days += v; break;
    case d_working_day: d.working_days += v; break;
  }
};
const auto add_half_year = [](auto& ctx) { _val(ctx).months += 6; };
const auto add_half_month = [](auto& ctx) { _val(ctx).days += 15; };
const auto reset_duration = [](auto& ctx) { _val(ctx) = Duration{}; };

const auto duration_item = (numeral >> sp >> duration_unit >> x3::matches[lit("半")])[add_duration_item] |
                           (lit("半") >> lit("年"))[add_half_year] |
                           (lit("半") >> (lit("个月") | lit("月")))[add_half_month];

duration_type const duration = "duration";
// 1年6个月 and 一年零三个月 are one duration.
const auto duration_def = x3::eps[reset_duration] >> duration_item >> *(-(lit("零") | lit("又")) >> duration_item);

// ---------------------------------------------------------------- dates

x3::rule<class year_class, int> const year = "year";
x3::rule<class year_cn_class, int> const year_cn = "year";
x3::rule<class month_day_class, int> const month_day = "month or day";

const auto reset_int = [](auto& ctx) { _val(ctx) = 0; };
const auto year_digit = [](auto& ctx) { _val(ctx) = _val(ctx) * 10 + _attr(ctx); };
const auto small_integer = [](auto& ctx) {
  std::int64_t v = 0;
  LEGALINT_REQUIRE(to_int(_attr(ctx), v) && v >= 1 && v <= 31);
  _val(ctx) = static_cast<int>(v);
};

const auto year_arabic = x3::uint_parser<int, 10, 4, 4>() >> !d09;
const auto year_cn_def = x3::eps[reset_int] >> x3::repeat(4)[seq_digit[year_digit]];
const auto year_def = year_arabic | year_cn;
// Both alternatives set the value in an action: a rule whose definition has
// any action does not pass its alternatives' attributes up by itself.
const auto month_day_def = (x3::uint_parser<int, 10, 1, 2>() >> !d09)[copy_attr] | cn_integer[small_integer];

inline bool valid_date(const Date& d) {
  if (d.year != 0 && (d.year < 1000 || d.year > 2999)) return false;
  if (d.month < 1 || d.month > 12) return false;
  if (d.day == 0) return true;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.day < 1 || d.day > kDays[d.month - 1]) return false;
  if (d.month == 2 && d.day == 29 && d.year != 0) {
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    return leap;
  }
  return true;
}

inline int day_or_zero(int day) { return day; }
inline int day_or_zero(const boost::optional<int>& day) { return day.value_or(0); }

const auto build_ymd = [](auto& ctx) {
  const auto& a = _attr(ctx);
  Date d{at_c<0>(a), at_c<1>(a), day_or_zero(at_c<2>(a)), false};
  LEGALINT_REQUIRE(valid_date(d));
  _val(ctx) = d;
};
const auto build_md = [](auto& ctx) {
  Date d{0, at_c<0>(_attr(ctx)), at_c<1>(_attr(ctx)), false};
  LEGALINT_REQUIRE(valid_date(d));
  _val(ctx) = d;
};

const auto day_mark = lit("日") | lit("号");
// 2024-03-01, 2024/3/1, 2024.3.1: one separator used twice.
const auto separated_date = (year_arabic >> '-' >> month_day >> '-' >> month_day)[build_ymd] |
                            (year_arabic >> '/' >> month_day >> '/' >> month_day)[build_ymd] |
                            (year_arabic >> '.' >> month_day >> '.' >> month_day)[build_ymd];

date_type const date = "date";
const auto date_def = (year >> lit("年") >> month_day >> lit("月") >> -(month_day >> day_mark))[build_ymd] |
                      separated_date |
                      (month_day >> lit("月") >> month_day >> day_mark)[build_md];

// ---------------------------------------------------------------- date ranges

const auto build_range = [](auto& ctx) {
  DateRange r{at_c<0>(_attr(ctx)), at_c<1>(_attr(ctx))};
  if (r.to.year == 0 && r.from.year != 0) {
    // 2024年12月1日至1月31日 ends in the next year: a range never runs backwards by omission.
    const bool wraps = r.to.month < r.from.month || (r.to.month == r.from.month && r.to.day != 0 && r.to.day < r.from.day);
    r.to.year = r.from.year + (wraps ? 1 : 0);
    r.to.year_inherited = true;
    LEGALINT_REQUIRE(valid_date(r.to));  // 2月29日 checked again against the inherited year
  }
  _val(ctx) = r;
};

// 起至, 起,至, 开始,到 — and the dashes a table uses between two dates.
const auto range_separator =
    sp >> ((-(lit("起") | lit("开始")) >> -lit(',') >> (lit("至") | lit("到"))) | lit("——") | lit("—") | lit("–") |
           lit("-") | lit("~") | lit("〜")) >> sp;

date_range_type const date_range = "date range";
const auto date_range_def =
    (-(lit("自") | lit("从") | lit("由")) >> sp >> date >> range_separator >> date >>
     -(lit("为止") | lit("止") | lit("结束")))[build_range];

// ---------------------------------------------------------------- ratios

const auto build_percent = [](auto& ctx) {
  Ratio r;
  LEGALINT_REQUIRE(to_ratio(at_c<0>(_attr(ctx)), at_c<1>(_attr(ctx)), r));
  _val(ctx) = r;
};
const auto build_per = [](auto& ctx) {
  Ratio r;
  LEGALINT_REQUIRE(to_ratio(at_c<1>(_attr(ctx)), at_c<0>(_attr(ctx)), r));
  _val(ctx) = r;
};
const auto build_fraction = [](auto& ctx) {
  Ratio r;
  LEGALINT_REQUIRE(to_int(at_c<0>(_attr(ctx)), r.denominator) && to_int(at_c<1>(_attr(ctx)), r.numerator));
  LEGALINT_REQUIRE(r.denominator > 0);
  _val(ctx) = r;
};
const auto build_slash = [](auto& ctx) {
  Ratio r{at_c<0>(_attr(ctx)), at_c<1>(_attr(ctx))};
  LEGALINT_REQUIRE(r.denominator > 0);
  _val(ctx) = r;
};
const auto set_whole = [](auto& ctx) { _val(ctx) = Ratio{100, 100}; };

x3::rule<class percent_sign_class, std::int64_t> const percent_sign = "percent sign";
const auto percent_sign_def =
    (lit('%') >> x3::attr(std::int64_t(100))) | (lit("‰") >> x3::attr(std::int64_t(1000)));

ratio_type const ratio = "ratio";
// "a/b" is a ratio only before words that make it one (2/3以上); elsewhere
// it may be a date or a reference number.
const auto ratio_def =
    lit("百分之百")[set_whole] |
    (per_prefix >> numeral)[build_per] |
    (numeral >> sp >> percent_sign)[build_percent] |
    (numeral >> lit("分之") >> numeral)[build_fraction] |
    (x3::uint_parser<std::int64_t>() >> '/' >> x3::uint_parser<std::int64_t>() >>
     &(lit("以上") | lit("以下") | lit("以内") | lit("多数") | lit("的多数")))[build_slash];

// ---------------------------------------------------------------- quantities

x3::rule<class quantity_unit_class, int> const quantity_unit = "measure word";
// Each exclusion is a word the measure word starts: 人民币, 名称, 家庭, 一次性 …
const auto quantity_unit_def =
    (lit("人") >> !lit("民币") >> x3::attr(int(q_ren))) |
    (lit("名") >> !(lit("称") | lit("义") | lit("单")) >> x3::attr(int(q_ming))) |
    (lit("家") >> !lit("庭") >> x3::attr(int(q_jia))) |
    (lit("个") >> !(lit("月") | lit("工作日") | lit("自然日") | lit("星期") | lit("小时") | lit("季度") | lit("半")) >>
     x3::attr(int(q_ge))) |
    (lit("份") >> !lit("额") >> x3::attr(int(q_fen))) |
    (lit("次") >> !lit("性") >> x3::attr(int(q_ci))) |
    (lit("户") >> x3::attr(int(q_hu))) |
    (lit("位") >> !(lit("于") | lit("置")) >> x3::attr(int(q_wei))) |
    (lit("票") >> x3::attr(int(q_piao))) |
    (lit("亩") >> x3::attr(int(q_mu))) |
    (lit("平方米") >> x3::attr(int(q_sqm))) |
    (lit("平方公里") >> x3::attr(int(q_sqkm))) |
    (lit("平米") >> x3::attr(int(q_pingmi))) |
    (lit("m2") >> !d09 >> x3::attr(int(q_m2))) |
    (lit("公顷") >> x3::attr(int(q_hectare))) |
    (lit("公里") >> x3::attr(int(q_km)));

const auto build_quantity = [](auto& ctx) {
  const ast::numeral& n = at_c<0>(_attr(ctx));
  const int unit = at_c<1>(_attr(ctx));
  // 四个意识, 三个代表: after a Chinese numeral 个 is too often part of a set phrase.
  LEGALINT_REQUIRE(!(unit == q_ge && n.chinese));
  _val(ctx) = Quantity{Decimal{n.units, n.scale}, kQuantityUnits[unit]};
};

quantity_type const quantity = "quantity";
const auto quantity_def = (numeral >> sp >> quantity_unit)[build_quantity];

#undef LEGALINT_REQUIRE

BOOST_SPIRIT_DEFINE(arabic_plain, arabic_numeral, cn_fold, cn_integer, cn_numeral, cn_sequence, numeral,
                    whole_numeral, money, duration_unit, duration, year, year_cn, month_day, date, date_range,
                    ratio, percent_sign, quantity_unit, quantity)

}  // namespace legalint::facts::grammar

namespace legalint::facts {
grammar::numeral_type const& numeral() { return grammar::numeral; }
grammar::whole_numeral_type const& whole_numeral() { return grammar::whole_numeral; }
grammar::money_type const& money() { return grammar::money; }
grammar::duration_type const& duration() { return grammar::duration; }
grammar::date_type const& date() { return grammar::date; }
grammar::date_range_type const& date_range() { return grammar::date_range; }
grammar::ratio_type const& ratio() { return grammar::ratio; }
grammar::quantity_type const& quantity() { return grammar::quantity; }
}  // namespace legalint::facts

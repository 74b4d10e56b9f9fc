// Facts: the numbers a legality review turns on — money, durations, dates,
// date ranges, ratios and counted quantities — found in normalized text,
// each with its exact value and its span.
//
// Values are exact: money in integer fen, ratios as integer fractions,
// decimals as an integer mantissa and a scale. No floating point is used for
// a value a rule compares against a legal limit.
#pragma once

#include <cstdint>
#include <string>
#include <variant>

#include "base/span.h"

namespace legalint {

// An exact decimal number: units / 10^scale. 1.5 → {15, 1}; 20000 → {20000, 0}.
struct Decimal {
  std::int64_t units = 0;
  int scale = 0;
  friend bool operator==(const Decimal&, const Decimal&) = default;
};

// How a number was written. Rules comparing 大写 and 小写 amounts need this.
enum class NumeralStyle {
  arabic,   // 120500, 120,500.00, １２０５００, 1.5万 (digits, possibly with a Chinese multiplier)
  chinese,  // 十二万零五百, 二〇二四, 两万
  capital,  // 壹拾贰万零伍佰 (financial capitals, 大写)
};

struct Money {
  std::int64_t fen = 0;  // 1 yuan = 100 fen
  friend bool operator==(const Money&, const Money&) = default;
};

// A length of time as written. 20年 → years=20; 240个月 → months=240;
// 半年 → months=6; 7个工作日 → working_days=7. Compare with the helpers.
struct Duration {
  int years = 0;
  int months = 0;
  int weeks = 0;
  int days = 0;
  int working_days = 0;
  friend bool operator==(const Duration&, const Duration&) = default;
};

struct Date {
  int year = 0;  // 0 when the text gave none and none could be inherited
  int month = 0;
  int day = 0;   // 0 for a month-only date (2024年3月)
  bool year_inherited = false;  // the year came from an earlier date in the same clause
  friend bool operator==(const Date&, const Date&) = default;
};

// A `to` written without a year (2024年3月1日至6月30日) takes `from`'s year,
// or the next one if it would otherwise end before it starts, and has
// year_inherited set.
struct DateRange {
  Date from;
  Date to;
  friend bool operator==(const DateRange&, const DateRange&) = default;
};

// 2% → {2, 100}; 百分之二 → {2, 100}; 千分之五 → {5, 1000}; 三分之二 → {2, 3}.
struct Ratio {
  std::int64_t numerator = 0;
  std::int64_t denominator = 1;
  friend bool operator==(const Ratio&, const Ratio&) = default;
};

// A number with a measure word or unit that is not money or time:
// 5人, 三名, 3家, 10亩, 200平方米.
struct Quantity {
  Decimal value;
  std::string unit;  // the unit as written after folding: "人", "名", "家", "亩", "平方米"
  friend bool operator==(const Quantity&, const Quantity&) = default;
};

enum class FactKind { money, duration, date, date_range, ratio, quantity };

const char* to_string(FactKind kind);

struct Fact {
  FactKind kind = FactKind::money;
  Span span;          // into the normalized text the fact was found in
  std::string text;   // that text
  NumeralStyle style = NumeralStyle::arabic;
  std::variant<Money, Duration, Date, DateRange, Ratio, Quantity> value;
};

}  // namespace legalint

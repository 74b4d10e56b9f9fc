// A measure is a fact's value used as a limit: 20年, 2%, 400万元, 5人,
// 7个工作日. Comparisons are exact where the law needs them to be: money in
// fen, ratios by cross-multiplication, years against months in months,
// areas in square metres (1亩 = 2000/3 平方米, 1公顷 = 10000 平方米), and
// counts with measure words (人 名 家 个 份 次 户 位 票) with each other.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "facts/fact.h"

namespace legalint {

struct Measure {
  FactKind kind = FactKind::quantity;
  std::variant<Money, Duration, Ratio, Quantity> value;
  std::string text;  // as written in the pack, for messages: "20年"

  // Parses one measure spanning all of `text` ("20年", "2%", "三分之二").
  static std::optional<Measure> parse(const std::string& text);
  // The measure of a fact (dates have none).
  static std::optional<Measure> of(const Fact& fact);
};

// -1, 0, +1; nullopt when the two cannot be compared (money against days).
std::optional<int> compare(const Measure& a, const Measure& b);

// Units of Quantity facts. Area: 亩, 公顷, 平方米 (also 平米, m2, ㎡ folded to
// m2), 平方公里. Counts: 人 名 家 个 份 次 户 位 票.
bool is_area_unit(const std::string& unit);
bool is_count_unit(const std::string& unit);
// An area in square metres, written exactly: "10000平方米", "20000/3平方米".
std::optional<std::string> canonical_area(const Quantity& quantity);
// A count that is a whole even number (4人, 两名); false for 3.5 or units of area.
bool is_even_count(const Quantity& quantity);

// a / b as a ratio of two money amounts (nullopt if b is zero).
std::optional<Ratio> ratio_of(const Money& part, const Money& whole);

// "20年", "2%", "¥1,200.00" — how a value reads in a message.
std::string describe(const Measure& measure);
std::string describe(const Ratio& ratio);
std::string describe(const Money& money);

}  // namespace legalint

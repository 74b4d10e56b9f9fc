// parse_numeral: one numeral, in every style, spanning the whole input.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "facts/facts.h"

using namespace legalint;

namespace {

struct NumeralCase {
  const char* text;
  std::int64_t units;
  int scale;
};

constexpr NumeralCase kNumerals[] = {
    // Arabic
    {"0", 0, 0},
    {"7", 7, 0},
    {"120500", 120500, 0},
    {"120,500", 120500, 0},
    {"120,500.00", 12050000, 2},
    {"1,234,567.5", 12345675, 1},
    {"1.5", 15, 1},
    {"0.05", 5, 2},
    // Chinese lower case
    {"零", 0, 0},
    {"十", 10, 0},
    {"十二", 12, 0},
    {"二十", 20, 0},
    {"九十九", 99, 0},
    {"一百零五", 105, 0},
    {"一百一十", 110, 0},
    {"一千零一十", 1010, 0},
    {"三千五百", 3500, 0},
    {"三千五", 3500, 0},
    {"两万", 20000, 0},
    {"一万五", 15000, 0},
    {"十万", 100000, 0},
    {"十二万五千", 125000, 0},
    {"一亿二千万", 120000000, 0},
    {"零点五", 5, 1},
    {"一点五万", 15000, 0},
    // Digit sequences
    {"二〇二四", 2024, 0},
    {"二零二四", 2024, 0},
    // Financial capitals
    {"壹拾贰万零伍佰", 120500, 0},
    {"贰拾万", 200000, 0},
    {"伍佰", 500, 0},
    {"壹仟零伍拾", 1050, 0},
    {"玖萬", 90000, 0},
    // Mixed: Arabic digits with a Chinese multiplier
    {"1.5万", 15000, 0},
    {"3千", 3000, 0},
    {"2.35亿", 235000000, 0},
    {"120万", 1200000, 0},
    {"1.25万", 12500, 0},
};

const char* const kNotNumerals[] = {
    "", "万", "百", "千万", "一百零", "十百", "一万万", "万一", "abc", "12a", "1,23", "1.2.3", "第一", "1.", "半",
};

}  // namespace

TEST_CASE("parse_numeral reads every style", "[numeral]") {
  for (const auto& c : kNumerals) {
    INFO("numeral: " << c.text);
    const std::optional<Decimal> value = parse_numeral(c.text);
    REQUIRE(value.has_value());
    CHECK(value->units == c.units);
    CHECK(value->scale == c.scale);
  }
}

TEST_CASE("parse_numeral refuses what is not one whole numeral", "[numeral]") {
  for (const char* text : kNotNumerals) {
    INFO("text: " << text);
    CHECK_FALSE(parse_numeral(text).has_value());
  }
}

TEST_CASE("parse_numeral refuses values that overflow", "[numeral]") {
  CHECK_FALSE(parse_numeral("99999999999999999999").has_value());
  CHECK(parse_numeral("9223372036854775807").has_value());
  CHECK_FALSE(parse_numeral("9223372036854775808").has_value());
}

// Numeral arithmetic (see numerals.h) and parse_numeral, the public entry
// point that runs the numeral grammar over one whole string.
#include "facts/numerals.h"

#include <algorithm>

#include "facts/facts.h"
#include "facts/grammar.h"

namespace legalint::facts {
namespace {

constexpr int kMaxScale = 18;

bool mul(std::int64_t a, std::int64_t b, std::int64_t& out) { return !__builtin_mul_overflow(a, b, &out); }
bool add(std::int64_t a, std::int64_t b, std::int64_t& out) { return !__builtin_add_overflow(a, b, &out); }

bool pow10(int exponent, std::int64_t& out) {
  out = 1;
  for (int i = 0; i < exponent; ++i)
    if (!mul(out, 10, out)) return false;
  return true;
}

}  // namespace

// The fold follows how Chinese numerals are written: a digit is multiplied by
// the unit after it (三千 = 3×1000); units within a group below 万 must fall
// (千 → 百 → 十); 万 and 亿 close a group; 零 marks a skipped place and puts
// the next digit in the ones place (一百零五 = 105). Two digits in a row are
// a digit sequence (二〇二四), not this form, and stop the fold.
bool cn_step(ast::cn_fold& fold, const ast::cn_token& token) {
  ast::cn_fold n = fold;
  switch (token.kind) {
    case ast::cn_kind::digit:
      if (token.value == 0) {
        if (n.tokens == 0) {
          n.leading_zero = true;  // 零 alone, or 零点五
        } else if (n.leading_zero || n.after_zero || n.pending >= 0) {
          return false;  // 零零, 二零: not a place-value numeral
        } else {
          n.after_zero = true;
        }
      } else {
        if (n.leading_zero || n.pending >= 0) return false;  // 零五, 二三
        n.pending = static_cast<int>(token.value);
      }
      break;
    case ast::cn_kind::small_unit: {
      if (n.leading_zero) return false;
      std::int64_t digit = n.pending;
      if (digit < 0) {
        // A bare 十 means 一十 at the start (十二) or after 零 (一百零十).
        if (token.value == 10 && (n.tokens == 0 || n.after_zero)) digit = 1;
        else return false;
      }
      if (token.value >= n.last_small) return false;
      n.section += digit * token.value;
      n.last_small = token.value;
      n.last_unit = token.value;
      n.pending = -1;
      n.after_zero = false;
      break;
    }
    case ast::cn_kind::big_unit: {
      if (n.leading_zero) return false;
      if (n.last_big != 0 && token.value >= n.last_big) return false;  // 万万, 万亿
      const std::int64_t group = n.section + std::max(n.pending, 0);
      if (group == 0) return false;  // 万 or 亿 with nothing before it (万一, 千万 as adverbs)
      std::int64_t scaled = 0;
      if (!mul(group, token.value, scaled) || !add(n.total, scaled, n.total)) return false;
      n.section = 0;
      n.pending = -1;
      n.last_small = 10000;
      n.last_big = token.value;
      n.last_unit = token.value;
      n.after_zero = false;
      break;
    }
  }
  n.capital = n.capital || token.capital;
  ++n.tokens;
  fold = n;
  return true;
}

bool cn_finish(const ast::cn_fold& fold, ast::numeral& out) {
  if (fold.tokens == 0) return false;
  out = ast::numeral{};
  out.chinese = true;
  out.capital = fold.capital;
  if (fold.leading_zero) return fold.tokens == 1;  // 零
  if (fold.after_zero && fold.pending < 0) return false;  // 一百零
  std::int64_t ones = 0;
  if (fold.pending >= 0) {
    // 三千五 = 3500 and 一万五 = 15000: a last digit right after a unit
    // stands one place below it. After 零 it is in the ones place.
    ones = fold.pending;
    if (!fold.after_zero && fold.last_unit > 10) ones *= fold.last_unit / 10;
  }
  return add(fold.total, fold.section, out.units) && add(out.units, ones, out.units);
}

bool arabic_value(std::string_view digits, ast::numeral& out) {
  out = ast::numeral{};
  bool seen_point = false;
  int count = 0;
  for (char c : digits) {
    if (c == ',') continue;
    if (c == '.') { seen_point = true; continue; }
    if (c < '0' || c > '9') return false;
    if (!mul(out.units, 10, out.units) || !add(out.units, c - '0', out.units)) return false;
    if (seen_point) ++out.scale;
    ++count;
  }
  if (out.scale > kMaxScale) return false;
  out.plain_int4 = digits.size() == 4 && count == 4;
  return count > 0;
}

bool append_fraction_digit(ast::numeral& n, int digit) {
  if (n.scale >= kMaxScale) return false;
  if (!mul(n.units, 10, n.units) || !add(n.units, digit, n.units)) return false;
  ++n.scale;
  return true;
}

bool apply_multiplier(ast::numeral& n, std::int64_t multiplier) {
  if (!mul(n.units, multiplier, n.units)) return false;
  while (n.scale > 0 && n.units % 10 == 0) {
    n.units /= 10;
    --n.scale;
  }
  n.plain_int4 = false;
  return true;
}

bool to_fen(const ast::numeral& n, std::int64_t& fen) {
  if (n.scale <= 2) {
    std::int64_t factor = 0;
    return pow10(2 - n.scale, factor) && mul(n.units, factor, fen);
  }
  std::int64_t divisor = 0;
  if (!pow10(n.scale - 2, divisor) || n.units % divisor != 0) return false;  // sub-fen
  fen = n.units / divisor;
  return true;
}

bool to_ratio(const ast::numeral& n, std::int64_t base, Ratio& out) {
  std::int64_t scale = 0;
  if (!pow10(n.scale, scale) || !mul(base, scale, out.denominator)) return false;
  out.numerator = n.units;
  return true;
}

bool to_int(const ast::numeral& n, std::int64_t& out) {
  std::int64_t divisor = 0;
  if (!pow10(n.scale, divisor) || n.units % divisor != 0) return false;
  out = n.units / divisor;
  return true;
}

}  // namespace legalint::facts

namespace legalint {

std::optional<Decimal> parse_numeral(std::string_view text) {
  facts::ast::numeral n;
  if (!facts::parse_whole_numeral(text, n)) return std::nullopt;
  return Decimal{n.units, n.scale};
}

}  // namespace legalint

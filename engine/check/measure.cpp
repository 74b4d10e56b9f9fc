#include "check/measure.h"

#include <cstdio>
#include <numeric>

#include "facts/facts.h"

namespace legalint {
namespace {

using Wide = __int128;

int sign(Wide v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

// Compares two decimals exactly by bringing them to the same scale.
int compare_decimal(const Decimal& a, const Decimal& b) {
  Wide x = a.units, y = b.units;
  for (int s = a.scale; s < b.scale; ++s) x *= 10;
  for (int s = b.scale; s < a.scale; ++s) y *= 10;
  return sign(x - y);
}

// Durations that need no calendar compare exactly: in months when neither
// has days, in days when neither has years or months. Otherwise a month is
// taken as 30 days and a year as 365, which is good enough for limits such as
// "over 20 years" that nobody writes in days. Working days only compare with
// working days.
std::optional<int> compare_duration(const Duration& a, const Duration& b) {
  const bool a_wd = a.working_days != 0, b_wd = b.working_days != 0;
  if (a_wd || b_wd) {
    const bool a_only = a.years == 0 && a.months == 0 && a.weeks == 0 && a.days == 0;
    const bool b_only = b.years == 0 && b.months == 0 && b.weeks == 0 && b.days == 0;
    if (a_only && b_only) return sign(Wide(a.working_days) - b.working_days);
    return std::nullopt;
  }
  const bool a_days = a.weeks != 0 || a.days != 0, b_days = b.weeks != 0 || b.days != 0;
  const bool a_months = a.years != 0 || a.months != 0, b_months = b.years != 0 || b.months != 0;
  if (!a_days && !b_days) return sign(Wide(a.years) * 12 + a.months - (Wide(b.years) * 12 + b.months));
  if (!a_months && !b_months) return sign(Wide(a.weeks) * 7 + a.days - (Wide(b.weeks) * 7 + b.days));
  auto approx = [](const Duration& d) { return Wide(d.years) * 365 + Wide(d.months) * 30 + Wide(d.weeks) * 7 + d.days; };
  return sign(approx(a) - approx(b));
}

// Square metres per unit, times 3 (so that 亩 is a whole number): 0 if not an area.
Wide area_thirds(const std::string& unit) {
  if (unit == "亩") return 2000;
  if (unit == "公顷") return 30000;
  if (unit == "平方米" || unit == "平米" || unit == "m2" || unit == "㎡" || unit == "平方") return 3;
  if (unit == "平方公里" || unit == "平方千米" || unit == "km2") return 3000000;
  return 0;
}

Wide pow10(int n) {
  Wide p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

// Quantities compare when they have the same unit, are both areas, or are
// both counts; 5人 against 10亩 cannot be compared.
std::optional<int> compare_quantity(const Quantity& x, const Quantity& y) {
  const Wide fx = area_thirds(x.unit), fy = area_thirds(y.unit);
  if (fx && fy) return sign(Wide(x.value.units) * fx * pow10(y.value.scale) - Wide(y.value.units) * fy * pow10(x.value.scale));
  if (x.unit == y.unit || (is_count_unit(x.unit) && is_count_unit(y.unit))) return compare_decimal(x.value, y.value);
  return std::nullopt;
}

}  // namespace

bool is_area_unit(const std::string& unit) { return area_thirds(unit) != 0; }

bool is_count_unit(const std::string& unit) {
  static const char* const units[] = {"人", "名", "家", "个", "份", "次", "户", "位", "票"};
  for (const char* u : units)
    if (unit == u) return true;
  return false;
}

std::optional<std::string> canonical_area(const Quantity& quantity) {
  const Wide factor = area_thirds(quantity.unit);
  if (!factor) return std::nullopt;
  Wide numerator = Wide(quantity.value.units) * factor, denominator = pow10(quantity.value.scale) * 3;
  Wide a = numerator < 0 ? -numerator : numerator, b = denominator;
  while (b) { const Wide t = a % b; a = b; b = t; }
  if (a > 1) { numerator /= a; denominator /= a; }
  auto text = [](Wide v) {
    std::string out;
    const bool negative = v < 0;
    if (negative) v = -v;
    do { out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10))); v /= 10; } while (v);
    return negative ? "-" + out : out;
  };
  return text(numerator) + (denominator == 1 ? "" : "/" + text(denominator)) + "平方米";
}

bool is_even_count(const Quantity& quantity) {
  if (is_area_unit(quantity.unit)) return false;
  const Wide p = pow10(quantity.value.scale);
  if (Wide(quantity.value.units) % p != 0) return false;
  return (Wide(quantity.value.units) / p) % 2 == 0;
}

std::optional<Measure> Measure::parse(const std::string& text) {
  const auto facts = extract_facts(text);
  if (facts.size() != 1 || facts[0].span.begin != 0 || facts[0].span.end != text.size()) return std::nullopt;
  auto measure = of(facts[0]);
  if (measure) measure->text = text;
  return measure;
}

std::optional<Measure> Measure::of(const Fact& fact) {
  Measure m;
  m.kind = fact.kind;
  m.text = fact.text;
  if (const auto* v = std::get_if<Money>(&fact.value)) m.value = *v;
  else if (const auto* v = std::get_if<Duration>(&fact.value)) m.value = *v;
  else if (const auto* v = std::get_if<Ratio>(&fact.value)) m.value = *v;
  else if (const auto* v = std::get_if<Quantity>(&fact.value)) m.value = *v;
  else return std::nullopt;
  return m;
}

std::optional<int> compare(const Measure& a, const Measure& b) {
  if (a.value.index() != b.value.index()) return std::nullopt;
  if (const auto* x = std::get_if<Money>(&a.value)) return sign(Wide(x->fen) - std::get<Money>(b.value).fen);
  if (const auto* x = std::get_if<Duration>(&a.value)) return compare_duration(*x, std::get<Duration>(b.value));
  if (const auto* x = std::get_if<Ratio>(&a.value)) {
    const auto& y = std::get<Ratio>(b.value);
    if (x->denominator == 0 || y.denominator == 0) return std::nullopt;
    return sign(Wide(x->numerator) * y.denominator - Wide(y.numerator) * x->denominator);
  }
  return compare_quantity(std::get<Quantity>(a.value), std::get<Quantity>(b.value));
}

std::optional<Ratio> ratio_of(const Money& part, const Money& whole) {
  if (whole.fen == 0) return std::nullopt;
  const auto divisor = std::gcd(part.fen, whole.fen);
  return Ratio{part.fen / (divisor ? divisor : 1), whole.fen / (divisor ? divisor : 1)};
}

std::string describe(const Ratio& ratio) {
  if (ratio.denominator == 0) return "?";
  // One decimal place of a percent is what a reader needs: 3.5%.
  const double percent = 100.0 * static_cast<double>(ratio.numerator) / static_cast<double>(ratio.denominator);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", percent);
  std::string text = buffer;
  if (text.size() > 3 && text.compare(text.size() - 3, 3, ".0%") == 0) text.erase(text.size() - 3, 2);
  return text;
}

std::string describe(const Money& money) {
  std::string digits = std::to_string(money.fen / 100);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
  const auto fen = money.fen % 100;
  return "¥" + digits + "." + (fen < 10 ? "0" : "") + std::to_string(fen < 0 ? -fen : fen);
}

std::string describe(const Measure& measure) {
  if (!measure.text.empty()) return measure.text;
  if (const auto* r = std::get_if<Ratio>(&measure.value)) return describe(*r);
  if (const auto* m = std::get_if<Money>(&measure.value)) return describe(*m);
  return "?";
}

}  // namespace legalint

#include "check/limit.h"

namespace legalint {

std::optional<Limit> read_limit(CheckArgs& args, const std::string& kind, bool* written) {
  std::optional<Limit> limit;
  int given = 0;
  const bool ok_before = args.ok();
  const std::pair<const char*, Comparison> keys[] = {
      {"over", Comparison::over}, {"under", Comparison::under}, {"at-least", Comparison::at_least}, {"at-most", Comparison::at_most}};
  for (const auto& [key, comparison] : keys) {
    auto measure = args.measure(key);
    if (!measure) continue;
    if (++given == 1) limit = Limit{comparison, std::move(*measure)};
  }
  if (written) *written = given > 0 || (ok_before && !args.ok());
  if (given > 1) args.error("check '" + kind + "' takes only one of over, under, at-least, at-most");
  return limit;
}

bool is_finding(Comparison comparison, int order) {
  switch (comparison) {
    case Comparison::over: return order > 0;
    case Comparison::under: return order < 0;
    case Comparison::at_least: return order >= 0;
    case Comparison::at_most: return order <= 0;
  }
  return false;
}

const Fact* fact_after(const Analysis& analysis, Span anchor, Span scope, const std::function<bool(const Fact&)>& accept) {
  for (const Fact* fact : analysis.facts_in(scope))
    if (fact->span.begin >= anchor.end && accept(*fact)) return fact;
  return nullptr;
}

const Fact* fact_near(const Analysis& analysis, Span anchor, Span scope, const std::function<bool(const Fact&)>& accept) {
  const Fact* before = nullptr;
  for (const Fact* fact : analysis.facts_in(scope)) {
    if (!accept(*fact)) continue;
    if (fact->span.begin >= anchor.end) return fact;
    if (fact->span.end <= anchor.begin) before = fact;
  }
  return before;
}

std::string describe(const Date& date) {
  std::string out;
  if (date.year) out += std::to_string(date.year) + "年";
  if (date.month) out += std::to_string(date.month) + "月";
  if (date.day) out += std::to_string(date.day) + "日";
  return out;
}

}  // namespace legalint

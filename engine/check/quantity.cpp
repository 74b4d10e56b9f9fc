// check quantity: a number next to an anchor word, against a limit.
//
//   check quantity {
//     fact     term               # one or more of: term duration money ratio count area
//     near     /租赁期限|租期/      # the anchor (required)
//     within   sentence           # where the fact is looked for (default sentence)
//     over     20年               # or under / at-least / at-most; a measure or {param}
//     even                        # also (or only): a finding when a count is even
//     of       /估算价|预算金额/     # money against a ratio limit: money ÷ the base money
//     unless   /经.*批准/           # excused when this occurs in `within`
//   }
//
// For each match of `near`, the fact is the first accepted one starting at or
// after the anchor inside the scope, else the last one ending before it.
// `term` is a duration, or a date range's length counted with both end days
// (2024年1月1日至2043年12月31日 is exactly 20年). One hit per fact, on the
// fact; {value} is its text, {limit} the limit as written in the pack, and
// with `of`: {ratio} the computed percent and {base} the base amount's text.
// When both `even` and a limit are given, either one makes a finding.
#include "check/dates.h"
#include "check/limit.h"
#include "check/registry.h"
#include "check/scope.h"

#include <set>

namespace legalint {
namespace {

struct Accepts {
  bool term = false, duration = false, money = false, ratio = false, count = false, area = false;

  bool operator()(const Fact& fact) const {
    switch (fact.kind) {
      case FactKind::duration: return term || duration;
      case FactKind::date_range: {
        if (!term) return false;
        const auto& range = std::get<DateRange>(fact.value);
        return is_valid_date(range.from) && is_valid_date(range.to);
      }
      case FactKind::money: return money;
      case FactKind::ratio: return ratio;
      case FactKind::quantity: {
        const bool is_area = is_area_unit(std::get<Quantity>(fact.value).unit);
        return is_area ? area : count;
      }
      case FactKind::date: return false;
    }
    return false;
  }
};

class QuantityCheck final : public Check {
 public:
  QuantityCheck(Accepts accepts, const Regex* near, Scope within, std::optional<Limit> limit, bool even,
                const Regex* of, std::vector<const Regex*> unless)
      : accepts_(accepts), near_(near), within_(within), limit_(std::move(limit)), even_(even), of_(of), unless_(std::move(unless)) {}

  std::vector<const Regex*> triggers() const override { return {near_}; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const Analysis& analysis = context.analysis;
    std::set<Span> seen;
    for (const Span anchor : find_all(context, *near_)) {
      if (anchor.empty()) continue;
      const Span scope = scope_span(analysis, within_, anchor.begin);
      const Fact* fact = fact_near(analysis, anchor, scope, accepts_);
      if (!fact || seen.count(fact->span)) continue;
      if (any_match(context, unless_, scope)) continue;
      seen.insert(fact->span);
      if (auto hit = judge(context, *fact)) hits.push_back(std::move(*hit));
    }
  }

 private:
  std::optional<Hit> judge(const EvalContext& context, const Fact& fact) const {
    Hit hit{fact.span, {{"value", fact.text}}};
    bool finding = false;
    if (even_) {
      const auto* quantity = std::get_if<Quantity>(&fact.value);
      if (quantity && is_even_count(*quantity)) finding = true;
    }
    if (limit_) {
      if (const auto order = compare_with_limit(context, fact, hit); order && is_finding(limit_->comparison, *order))
        finding = true;
      hit.values.insert(hit.values.begin() + 1, {"limit", describe(limit_->measure)});
    }
    if (!finding) return std::nullopt;
    return hit;
  }

  // The fact against the limit: -1, 0, +1, or nullopt when they cannot be compared.
  std::optional<int> compare_with_limit(const EvalContext& context, const Fact& fact, Hit& hit) const {
    const Measure& limit = limit_->measure;
    if (const auto* range = std::get_if<DateRange>(&fact.value)) {
      // The term runs from the first day through the last: it ends on the
      // day after `to`, which is compared with `from` + the limit.
      const auto* duration = std::get_if<Duration>(&limit.value);
      if (!duration || duration->working_days) return std::nullopt;
      const long end = days_from_civil(range->to) + 1, bound = days_from_civil(add(range->from, *duration));
      return end < bound ? -1 : (end > bound ? 1 : 0);
    }
    const auto measure = Measure::of(fact);
    if (!measure) return std::nullopt;
    const auto* money = std::get_if<Money>(&measure->value);
    if (money && std::holds_alternative<Ratio>(limit.value)) {
      if (!of_) return std::nullopt;
      const Fact* base = base_money(context);
      if (!base) return std::nullopt;
      const auto ratio = ratio_of(*money, std::get<Money>(base->value));
      if (!ratio) return std::nullopt;
      hit.values.push_back({"ratio", describe(*ratio)});
      hit.values.push_back({"base", base->text});
      Measure computed;
      computed.kind = FactKind::ratio;
      computed.value = *ratio;
      return compare(computed, limit);
    }
    return compare(*measure, limit);
  }

  // The first match of `of` that has a money fact after it in its own
  // sentence ("估算价为120万元"); a mention without an amount ("预算金额详见
  // 附件") is passed over rather than borrowing an unrelated later amount.
  const Fact* base_money(const EvalContext& context) const {
    const Analysis& analysis = context.analysis;
    for (const Span match : find_all(context, *of_)) {
      if (match.empty()) continue;
      const Span sentence = scope_span(analysis, Scope::sentence, match.begin);
      if (const Fact* money = fact_after(analysis, match, sentence, [](const Fact& f) { return f.kind == FactKind::money; }))
        return money;
    }
    return nullptr;
  }

  Accepts accepts_;
  const Regex* near_;
  Scope within_;
  std::optional<Limit> limit_;
  bool even_;
  const Regex* of_;
  std::vector<const Regex*> unless_;
};

}  // namespace

std::unique_ptr<Check> make_quantity_check(CheckArgs& args) {
  Accepts accepts;
  const auto kinds = args.words("fact", {"term", "duration", "money", "ratio", "count", "area"});
  for (const auto& k : kinds) {
    if (k == "term") accepts.term = true;
    else if (k == "duration") accepts.duration = true;
    else if (k == "money") accepts.money = true;
    else if (k == "ratio") accepts.ratio = true;
    else if (k == "count") accepts.count = true;
    else if (k == "area") accepts.area = true;
  }
  const Regex* near = args.regex("near");
  const Scope within = args.scope("within", Scope::sentence);
  bool written = false;
  auto limit = read_limit(args, "quantity", &written);
  const bool even = args.flag("even");
  const Regex* of = args.optional_regex("of");
  auto unless = args.regexes("unless");
  if (kinds.empty()) args.error("check 'quantity' needs 'fact' with one or more of: area, count, duration, money, ratio, term");
  if (!written && !even) args.error("check 'quantity' needs one of over, under, at-least, at-most (or even)");
  if (of && limit && !std::holds_alternative<Ratio>(limit->measure.value))
    args.error("check 'quantity': 'of' needs a ratio limit such as 2%");
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<QuantityCheck>(accepts, near, within, std::move(limit), even, of, std::move(unless));
}

}  // namespace legalint

// check consistency: one quantity stated twice must agree.
//
//   check consistency {
//     compare amount-words        # 大写 amount against the figures beside it
//     near    /合同价款|租金/        # optional: only amounts in this anchor's scope
//     within  sentence            # default sentence
//   }
//
//   check consistency {
//     compare term-dates          # 租期 N年 against 自…起至…止
//     near    /租赁期限|租期/        # required for term-dates
//   }
//
// amount-words: each Money fact written in capitals (壹贰叁…) is paired with
// the amount in figures beside it in the scope: the nearest one after it
// (usually in parentheses right behind it) or the nearest one before it
// (租金120500元(大写:…)), whichever has less text in between, the one after
// on a tie. A hit when the two amounts differ, on the capital one; {first}
// is the capital amount's text, {second} the figures'.
//
// term-dates: the Duration fact near the anchor (first after it in the
// scope, else last before) against a complete DateRange in the same scope
// (or, when the scope has none, in the anchor's article). The two agree when
// to = from + duration − 1 day (both end days counted: 2024-01-01 至
// 2043-12-31 for 20年) or to = from + duration. A hit on the duration;
// {first} is the duration's text, {second} the range's. Each duration and
// each range is judged once: a range against the duration of the first
// anchor that reaches it, so that 租期届满后十五日内 after 租期五年,自…至…止 is
// not taken for a second term.
#include "check/dates.h"
#include "check/limit.h"
#include "check/registry.h"
#include "check/scope.h"

#include <set>

namespace legalint {
namespace {

bool is_figures(const Fact& f) { return f.kind == FactKind::money && f.style != NumeralStyle::capital; }
bool is_capital(const Fact& f) { return f.kind == FactKind::money && f.style == NumeralStyle::capital; }

// The amount in figures beside a capital one: of the nearest figures after
// it and the nearest before it in the scope, the one with less text in
// between (the next one on a tie). 年租金2.4万元(大写:贰万肆仟元整),三年共计7.2万元
// pairs the capitals with 2.4万元, not 7.2万元.
const Fact* beside(const Analysis& analysis, Span capital, Span scope) {
  const Fact* before = nullptr;
  const Fact* after = nullptr;
  for (const Fact* fact : analysis.facts_in(scope)) {
    if (!is_figures(*fact)) continue;
    if (fact->span.end <= capital.begin) before = fact;
    if (fact->span.begin >= capital.end) {
      after = fact;
      break;
    }
  }
  if (!before || !after) return after ? after : before;
  return after->span.begin - capital.end <= capital.begin - before->span.end ? after : before;
}

class AmountWordsCheck final : public Check {
 public:
  AmountWordsCheck(const Regex* near, Scope within, std::unique_ptr<Regex> capitals)
      : near_(near), within_(within), capitals_(std::move(capitals)) {}

  // A capital amount has at least one capital digit or 拾佰仟.
  std::vector<const Regex*> triggers() const override { return {near_ ? near_ : capitals_.get()}; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const Analysis& analysis = context.analysis;
    std::set<Span> seen;
    auto judge = [&](const Fact& capital) {
      if (seen.count(capital.span)) return;
      seen.insert(capital.span);
      const Span scope = scope_span(analysis, within_, capital.span.begin);
      const Fact* figures = beside(analysis, capital.span, scope);
      if (!figures) return;
      if (std::get<Money>(capital.value) == std::get<Money>(figures->value)) return;
      hits.push_back(Hit{capital.span, {{"first", capital.text}, {"second", figures->text}}});
    };
    if (!near_) {
      for (const Fact& fact : analysis.facts())
        if (is_capital(fact)) judge(fact);
      return;
    }
    for (const Span anchor : find_all(context, *near_)) {
      if (anchor.empty()) continue;
      for (const Fact* fact : analysis.facts_in(scope_span(analysis, within_, anchor.begin)))
        if (is_capital(*fact)) judge(*fact);
    }
  }

 private:
  const Regex* near_;
  Scope within_;
  std::unique_ptr<Regex> capitals_;  // not the pool's: the check always runs
};

class TermDatesCheck final : public Check {
 public:
  TermDatesCheck(const Regex* near, Scope within) : near_(near), within_(within) {}

  std::vector<const Regex*> triggers() const override { return {near_}; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const Analysis& analysis = context.analysis;
    auto is_term = [](const Fact& f) {
      const auto* d = std::get_if<Duration>(&f.value);
      return d && d->working_days == 0 && (d->years || d->months || d->weeks || d->days);
    };
    auto is_range = [](const Fact& f) {
      const auto* r = std::get_if<DateRange>(&f.value);
      return r && is_valid_date(r->from) && is_valid_date(r->to);
    };
    // Each duration and each range is judged once: a range is compared with
    // the duration of the first anchor that reaches it, so that 租期届满后十五日内
    // after 租期五年,自…至… is not taken for a second, different term.
    std::set<Span> seen;
    for (const Span anchor : find_all(context, *near_)) {
      if (anchor.empty()) continue;
      const Span scope = scope_span(analysis, within_, anchor.begin);
      const Fact* term = fact_near(analysis, anchor, scope, is_term);
      if (!term || seen.count(term->span)) continue;
      seen.insert(term->span);
      const Fact* range = fact_near(analysis, term->span, scope, is_range);
      if (!range) range = fact_near(analysis, term->span, scope_span(analysis, Scope::article, anchor.begin), is_range);
      if (!range || seen.count(range->span)) continue;
      seen.insert(range->span);
      const auto& r = std::get<DateRange>(range->value);
      const long end = days_from_civil(add(r.from, std::get<Duration>(term->value)));
      const long to = days_from_civil(r.to);
      if (to == end || to == end - 1) continue;
      hits.push_back(Hit{term->span, {{"first", term->text}, {"second", range->text}}});
    }
  }

 private:
  const Regex* near_;
  Scope within_;
};

}  // namespace

std::unique_ptr<Check> make_consistency_check(CheckArgs& args) {
  const bool ok_before = args.ok();  // a 'compare' with a wrong value is reported once, not also as missing
  const auto compare = args.word("compare", {"amount-words", "term-dates"});
  const bool compare_given = compare || (ok_before && !args.ok());
  const Regex* near = args.optional_regex("near");
  const Scope within = args.scope("within", Scope::sentence);
  if (!compare_given) args.error("check 'consistency' needs 'compare amount-words' or 'compare term-dates'");
  if (compare && *compare == "term-dates" && !near) args.error("check 'consistency' with 'compare term-dates' needs 'near /…/'");
  args.finish();
  if (!args.ok()) return nullptr;
  if (*compare == "term-dates") return std::make_unique<TermDatesCheck>(near, within);
  auto capitals = std::make_unique<Regex>("[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]");
  return std::make_unique<AmountWordsCheck>(near, within, std::move(capitals));
}

}  // namespace legalint

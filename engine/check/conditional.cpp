// check conditional: if one thing is present, another must be.
//
//   check conditional {
//     if     /转租/                   # one or more
//     then   /出租人.{0,6}(书面)?同意/   # one or more; any one suffices
//     within sentence                # default sentence
//     unless /不得转租|禁止转租/          # excused when this occurs in the scope
//   }
//
// For each match of an `if` regex whose scope has no `then` match (and no
// `unless` match), a hit on the `if` match; {match} is its text.
#include "check/registry.h"
#include "check/scope.h"

namespace legalint {
namespace {

class ConditionalCheck final : public Check {
 public:
  ConditionalCheck(std::vector<const Regex*> when, std::vector<const Regex*> then,
                   std::vector<const Regex*> unless, Scope within)
      : if_(std::move(when)), then_(std::move(then)), unless_(std::move(unless)), within_(within) {}

  std::vector<const Regex*> triggers() const override { return if_; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const std::string& text = context.analysis.normalized.text();
    for (const auto* regex : if_) {
      for (const Span span : find_all(context, *regex)) {
        if (span.empty()) continue;
        const Span scope = scope_span(context.analysis, within_, span.begin);
        if (any_match(context, then_, scope) || any_match(context, unless_, scope)) continue;
        hits.push_back(Hit{span, {{"match", std::string(span.in(text))}}});
      }
    }
  }

 private:
  std::vector<const Regex*> if_;
  std::vector<const Regex*> then_;
  std::vector<const Regex*> unless_;
  Scope within_;
};

}  // namespace

std::unique_ptr<Check> make_conditional_check(CheckArgs& args) {
  // An entry with a bad regex is reported once, not also as missing.
  bool ok = args.ok();
  auto when = args.regexes("if");
  const bool when_given = !when.empty() || (ok && !args.ok());
  ok = args.ok();
  auto then = args.regexes("then");
  const bool then_given = !then.empty() || (ok && !args.ok());
  auto unless = args.regexes("unless");
  const Scope within = args.scope("within", Scope::sentence);
  if (!when_given) args.error("check 'conditional' needs at least one 'if /…/'");
  if (!then_given) args.error("check 'conditional' needs at least one 'then /…/'");
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<ConditionalCheck>(std::move(when), std::move(then), std::move(unless), within);
}

}  // namespace legalint

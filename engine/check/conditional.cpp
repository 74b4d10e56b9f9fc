// check conditional: if one thing is present, another must be.
//
//   check conditional {
//     if     /转租/                   # one or more
//     then   /出租人.{0,6}(书面)?同意/   # one or more; any one suffices
//     within sentence                # default sentence
//     unless /不得转租|禁止转租/          # excused when this occurs in the scope
//     once                           # at most one hit: the first
//   }
//
// For each match of an `if` regex whose scope has no `then` match (and no
// `unless` match), a hit on the `if` match; {match} is its text. With
// `once`, only the first of those hits in the text: one finding a document
// for a rule such as "an outside lessee needs the township's approval",
// whose scope is the document. (A trailing (?s).* in the `if` did the same,
// at the price of a hit reaching to the end of the text and two passes of
// RE2 over it.)
#include "check/registry.h"
#include "check/scope.h"

#include <optional>

namespace legalint {
namespace {

class ConditionalCheck final : public Check {
 public:
  ConditionalCheck(std::vector<const Regex*> when, std::vector<const Regex*> then,
                   std::vector<const Regex*> unless, Scope within, bool once)
      : if_(std::move(when)), then_(std::move(then)), unless_(std::move(unless)), within_(within), once_(once) {}

  std::vector<const Regex*> triggers() const override { return if_; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const std::string& text = context.analysis.normalized.text();
    auto hit_on = [&](Span span) { return Hit{span, {{"match", std::string(span.in(text))}}}; };
    std::optional<Span> first;  // with once: the earliest hit so far
    for (const auto* regex : if_) {
      for (const Span span : find_all(context, *regex)) {  // in text order
        if (span.empty()) continue;
        if (first && first->begin <= span.begin) break;  // once: no earlier hit left in this regex
        const Span scope = scope_span(context.analysis, within_, span.begin);
        if (any_match(context, then_, scope) || any_match(context, unless_, scope)) continue;
        if (once_) {
          first = span;
          break;
        }
        hits.push_back(hit_on(span));
      }
    }
    if (first) hits.push_back(hit_on(*first));
  }

 private:
  std::vector<const Regex*> if_;
  std::vector<const Regex*> then_;
  std::vector<const Regex*> unless_;
  Scope within_;
  bool once_;
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
  const bool once = args.flag("once");
  if (!when_given) args.error("check 'conditional' needs at least one 'if /…/'");
  if (!then_given) args.error("check 'conditional' needs at least one 'then /…/'");
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<ConditionalCheck>(std::move(when), std::move(then), std::move(unless), within, once);
}

}  // namespace legalint

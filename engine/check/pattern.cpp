// check pattern: wording that must not appear.
//
//   check pattern {
//     match  /自动续期|自动续租|期满自动顺延/
//     unless /不得|不予/          # a match is excused when this occurs in `within`
//     within sentence
//   }
//
// One hit per match; {match} is the matched text.
#include "check/registry.h"
#include "check/scope.h"

namespace legalint {
namespace {

class PatternCheck final : public Check {
 public:
  PatternCheck(std::vector<const Regex*> match, std::vector<const Regex*> unless, Scope within)
      : match_(std::move(match)), unless_(std::move(unless)), within_(within) {}

  std::vector<const Regex*> triggers() const override { return match_; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const std::string& text = context.analysis.normalized.text();
    for (const auto* regex : match_) {
      for (const Span span : find_all(context, *regex)) {
        if (span.empty()) continue;
        if (any_match(context, unless_, scope_span(context.analysis, within_, span.begin))) continue;
        hits.push_back(Hit{span, {{"match", std::string(span.in(text))}}});
      }
    }
  }

 private:
  std::vector<const Regex*> match_;
  std::vector<const Regex*> unless_;
  Scope within_;
};

}  // namespace

std::unique_ptr<Check> make_pattern_check(CheckArgs& args) {
  auto match = args.regexes("match");
  auto unless = args.regexes("unless");
  const Scope within = args.scope("within", Scope::sentence);
  if (match.empty()) args.error("check 'pattern' needs at least one 'match /…/'");
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<PatternCheck>(std::move(match), std::move(unless), within);
}

}  // namespace legalint

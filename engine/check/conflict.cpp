// check conflict: things that must not appear together.
//
//   check conflict {
//     match  /仲裁/                  # two or more; the first is the one a hit lands on
//     match  /向.{0,10}人民法院.{0,4}(起诉|诉讼)/
//     within clause                 # default clause
//     unless /除外|另行/               # excused when this occurs in the scope
//   }
//
// For each match of the first regex: when every other regex matches inside
// that match's scope, and `unless` does not, a hit on the first match — one
// per scope. {match} is the first regex's text, {other} what the second
// regex matched in the scope.
#include "check/registry.h"
#include "check/scope.h"

#include <set>

namespace legalint {
namespace {

class ConflictCheck final : public Check {
 public:
  ConflictCheck(std::vector<const Regex*> match, std::vector<const Regex*> unless, Scope within)
      : match_(std::move(match)), unless_(std::move(unless)), within_(within) {}

  // Every regex must match for a hit; the first one is enough to prefilter.
  std::vector<const Regex*> triggers() const override { return {match_[0]}; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const std::string& text = context.analysis.normalized.text();
    std::set<Span> scopes;
    for (const Span first : find_all(context, *match_[0])) {
      if (first.empty()) continue;
      const Span scope = scope_span(context.analysis, within_, first.begin);
      if (scopes.count(scope)) continue;
      std::string other;
      bool all = true;
      for (std::size_t i = 1; i < match_.size() && all; ++i) {
        const auto found = find_first(context, *match_[i], scope);
        all = found.has_value();
        if (found && i == 1) other = std::string(found->in(text));
      }
      if (!all || any_match(context, unless_, scope)) continue;
      scopes.insert(scope);
      hits.push_back(Hit{first, {{"match", std::string(first.in(text))}, {"other", other}}});
    }
  }

 private:
  std::vector<const Regex*> match_;
  std::vector<const Regex*> unless_;
  Scope within_;
};

}  // namespace

std::unique_ptr<Check> make_conflict_check(CheckArgs& args) {
  auto match = args.regexes("match");
  auto unless = args.regexes("unless");
  const Scope within = args.scope("within", Scope::clause);
  if (match.size() < 2) args.error("check 'conflict' needs two or more 'match /…/'");
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<ConflictCheck>(std::move(match), std::move(unless), within);
}

}  // namespace legalint

// check procedure: required steps, in order.
//
//   check procedure {
//     step "公众参与"   /公众参与|征求.{0,4}意见/
//     step "专家论证"   /专家论证/
//     step "风险评估"   /风险评估/
//     step "合法性审查" /合法性审查/
//     step "集体讨论"   /集体讨论|党政联席会议.{0,10}研究/
//     require-all                  # also: every step must occur
//   }
//
// Order: a later step whose first occurrence comes before the last
// occurrence of an earlier step is out of order — one hit per such later
// step, on its first occurrence; {step} names it, {before} the first
// earlier step (in the listed order) that still occurs after it.
// With require-all, each step that never occurs is a hit on the title line
// with {step}.
#include "check/registry.h"
#include "check/scope.h"

namespace legalint {
namespace {

class ProcedureCheck final : public Check {
 public:
  ProcedureCheck(std::vector<NamedPattern> steps, bool require_all) : steps_(std::move(steps)), require_all_(require_all) {}

  // Out of order needs a later step to occur; a missing step needs nothing.
  std::vector<const Regex*> triggers() const override {
    if (require_all_) return {};
    std::vector<const Regex*> later;
    for (std::size_t i = 1; i < steps_.size(); ++i) later.push_back(steps_[i].regex);
    return later;
  }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    std::vector<std::optional<Span>> first(steps_.size()), last(steps_.size());
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      for (const Span span : find_all(context, *steps_[i].regex)) {
        if (span.empty()) continue;
        if (!first[i]) first[i] = span;
        last[i] = span;
      }
    }
    for (std::size_t j = 1; j < steps_.size(); ++j) {
      if (!first[j]) continue;
      for (std::size_t i = 0; i < j; ++i) {
        if (!last[i] || last[i]->begin <= first[j]->begin) continue;
        hits.push_back(Hit{*first[j], {{"step", steps_[j].name}, {"before", steps_[i].name}}});
        break;
      }
    }
    if (!require_all_) return;
    for (std::size_t i = 0; i < steps_.size(); ++i)
      if (!first[i]) hits.push_back(Hit{title_span(context.analysis), {{"step", steps_[i].name}}});
  }

 private:
  std::vector<NamedPattern> steps_;
  bool require_all_;
};

}  // namespace

std::unique_ptr<Check> make_procedure_check(CheckArgs& args) {
  auto steps = args.named_patterns("step");
  const bool require_all = args.flag("require-all");
  if (steps.size() < 2) args.error("check 'procedure' needs two or more 'step \"名称\" /…/' lines, in order");
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<ProcedureCheck>(std::move(steps), require_all);
}

}  // namespace legalint

// check require: something the document must contain.
//
//   check require {
//     item "违约责任" /违约责任|违约金|赔偿损失/
//     item "争议解决" /争议|纠纷/
//   }
//
// One hit per missing item, on the document's title line; {item} names it.
// `match /…/` is a single unnamed item.
#include "check/registry.h"
#include "check/scope.h"

namespace legalint {
namespace {

class RequireCheck final : public Check {
 public:
  explicit RequireCheck(std::vector<NamedPattern> items) : items_(std::move(items)) {}

  std::vector<const Regex*> triggers() const override { return {}; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const std::string& text = context.analysis.normalized.text();
    const Span whole{0, static_cast<std::uint32_t>(text.size())};
    for (const auto& item : items_) {
      if (contains(context, *item.regex, whole)) continue;
      hits.push_back(Hit{title_span(context.analysis), {{"item", item.name}}});
    }
  }

 private:
  std::vector<NamedPattern> items_;
};

}  // namespace

std::unique_ptr<Check> make_require_check(CheckArgs& args) {
  auto items = args.named_patterns("item");
  if (const auto* single = args.optional_regex("match")) items.push_back({"", single});
  if (items.empty()) args.error("check 'require' needs 'item \"名称\" /…/' lines or one 'match /…/'");
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<RequireCheck>(std::move(items));
}

}  // namespace legalint

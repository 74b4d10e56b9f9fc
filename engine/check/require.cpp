// check require: something the document must contain.
//
//   check require {
//     item "违约责任" /违约责任|违约金|赔偿损失/
//     item "争议解决" /争议|纠纷/
//     item "租金支付" /按(年|季|月)支付/ /于每年[^。\n]{0,9}前支付/   # either will do
//   }
//
// One hit per missing item, on the document's title line; {item} names it.
// `match /…/` (one or more regexes, any will do) is a single unnamed item.
// An item written as several regexes costs far less than one regex joining
// them with | (args.h, NamedAlternatives).
#include "check/registry.h"
#include "check/scope.h"

namespace legalint {
namespace {

class RequireCheck final : public Check {
 public:
  explicit RequireCheck(std::vector<NamedAlternatives> items) : items_(std::move(items)) {}

  std::vector<const Regex*> triggers() const override { return {}; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const std::string& text = context.analysis.normalized.text();
    const Span whole{0, static_cast<std::uint32_t>(text.size())};
    for (const auto& item : items_) {
      if (any_match(context, item.regexes, whole)) continue;
      hits.push_back(Hit{title_span(context.analysis), {{"item", item.name}}});
    }
  }

 private:
  std::vector<NamedAlternatives> items_;
};

}  // namespace

std::unique_ptr<Check> make_require_check(CheckArgs& args) {
  auto items = args.named_alternatives("item");
  if (auto match = args.regexes("match"); !match.empty()) items.push_back({"", std::move(match)});
  if (items.empty()) args.error("check 'require' needs 'item \"名称\" /…/' lines or one 'match /…/'");
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<RequireCheck>(std::move(items));
}

}  // namespace legalint

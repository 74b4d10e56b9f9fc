// Item types, material kinds, how a material's kind is told from its name
// and title, what each item type requires, and the four meeting rules.
#include <algorithm>
#include <array>
#include <cstdio>

#include "meeting/meeting.h"

namespace legalint {
namespace {

struct TypeName {
  ItemType type;
  const char* name;
  const char* chinese;
};
constexpr std::array<TypeName, 5> kTypes{{
    {ItemType::major_decision, "major-decision", "重大行政决策"},
    {ItemType::sanzhong_yida, "sanzhong-yida", "三重一大事项"},
    {ItemType::village_asset, "village-asset", "村集体资产出租处置"},
    {ItemType::contract, "contract", "合同审批"},
    {ItemType::report, "report", "汇报事项"},
}};

struct KindName {
  MaterialKind kind;
  const char* name;
  const char* chinese;
};
constexpr std::array<KindName, 12> kKinds{{
    {MaterialKind::draft, "draft", "决策草案"},
    {MaterialKind::drafting_notes, "drafting-notes", "起草说明"},
    {MaterialKind::public_participation, "public-participation", "公众参与(征求意见)材料"},
    {MaterialKind::expert_opinion, "expert-opinion", "专家论证意见"},
    {MaterialKind::risk_assessment, "risk-assessment", "风险评估报告"},
    {MaterialKind::legality_review, "legality-review", "合法性审查意见"},
    {MaterialKind::fair_competition, "fair-competition-review", "公平竞争审查材料"},
    {MaterialKind::assembly_resolution, "assembly-resolution", "村民(代表)会议决议"},
    {MaterialKind::legal_adviser_opinion, "legal-adviser-opinion", "法律顾问意见"},
    {MaterialKind::contract, "contract", "合同文本"},
    {MaterialKind::notice, "notice", "会议通知"},
    {MaterialKind::other, "other", "其他材料"},
}};

bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

// The first kind whose words the text contains, or nullopt. Order matters:
// a "合法性审查意见书" is a review, not an opinion of the adviser; a
// "征求意见稿" is a draft, not a record of public participation.
std::optional<std::pair<MaterialKind, std::string>> kind_of(std::string_view text) {
  struct Cue {
    MaterialKind kind;
    std::vector<std::string_view> words;  // (not an initializer_list: its array would not outlive the vector's initializer)
  };
  static const std::vector<Cue> cues = {
      {MaterialKind::notice, {"会议通知", "议程", "参会名单", "会议安排"}},
      {MaterialKind::legality_review, {"合法性审查", "合法性审核"}},
      {MaterialKind::legal_adviser_opinion, {"法律意见", "法律顾问意见"}},
      {MaterialKind::assembly_resolution, {"村民代表会议决议", "村民会议决议", "代表大会决议", "成员大会决议", "会议决议"}},
      {MaterialKind::fair_competition, {"公平竞争审查"}},
      {MaterialKind::risk_assessment, {"风险评估"}},
      {MaterialKind::expert_opinion, {"专家论证", "专家意见", "论证意见", "论证报告"}},
      {MaterialKind::drafting_notes, {"起草说明", "编制说明", "起草情况"}},
      {MaterialKind::draft, {"征求意见稿", "送审稿"}},
      {MaterialKind::public_participation, {"征求意见", "公众参与", "听证", "意见采纳"}},
      {MaterialKind::contract, {"合同", "协议"}},
      {MaterialKind::draft, {"草案", "方案", "办法", "实施意见"}},
  };
  for (const auto& cue : cues)
    for (const auto word : cue.words)
      if (contains(text, word)) return std::make_pair(cue.kind, std::string(word));
  return std::nullopt;
}

}  // namespace

const char* to_string(ItemType type) {
  for (const auto& t : kTypes)
    if (t.type == type) return t.name;
  return "report";
}

std::optional<ItemType> parse_item_type(std::string_view name) {
  for (const auto& t : kTypes)
    if (name == t.name) return t.type;
  return std::nullopt;
}

const char* chinese_name(ItemType type) {
  for (const auto& t : kTypes)
    if (t.type == type) return t.chinese;
  return "";
}

const std::vector<ItemType>& all_item_types() {
  static const std::vector<ItemType> types = [] {
    std::vector<ItemType> out;
    for (const auto& t : kTypes) out.push_back(t.type);
    return out;
  }();
  return types;
}

const char* to_string(MaterialKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.name;
  return "other";
}

std::optional<MaterialKind> parse_material_kind(std::string_view name) {
  for (const auto& k : kKinds)
    if (name == k.name) return k.kind;
  return std::nullopt;
}

const char* chinese_name(MaterialKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.chinese;
  return "";
}

const std::vector<MaterialKind>& all_material_kinds() {
  static const std::vector<MaterialKind> kinds = [] {
    std::vector<MaterialKind> out;
    for (const auto& k : kKinds) out.push_back(k.kind);
    return out;
  }();
  return kinds;
}

MaterialKind classify_material(std::string_view file_name, std::string_view title, std::string* reason) {
  // The name without its folder and extension.
  std::string_view stem = file_name;
  if (const auto slash = stem.rfind('/'); slash != std::string_view::npos) stem.remove_prefix(slash + 1);
  if (const auto dot = stem.rfind('.'); dot != std::string_view::npos && dot > 0) stem = stem.substr(0, dot);
  if (auto found = kind_of(stem)) {
    if (reason) *reason = "文件名含“" + found->second + "”";
    return found->first;
  }
  if (auto found = kind_of(title)) {
    if (reason) *reason = "标题含“" + found->second + "”";
    return found->first;
  }
  if (reason) *reason = "文件名和标题都看不出材料种类";
  return MaterialKind::other;
}

std::string Requirement::to_string() const {
  std::string out = legalint::to_string(kind);
  if (when == When::technical) out += " if technical";
  if (when == When::market) out += " if market";
  return out;
}

Requirements Requirements::defaults() {
  using K = MaterialKind;
  using W = Requirement::When;
  Requirements r;
  r.by_type[ItemType::major_decision] = {{K::drafting_notes, W::always},   {K::public_participation, W::always},
                                         {K::expert_opinion, W::technical}, {K::risk_assessment, W::always},
                                         {K::legality_review, W::always},   {K::fair_competition, W::market}};
  r.by_type[ItemType::sanzhong_yida] = {{K::drafting_notes, W::always}};
  r.by_type[ItemType::village_asset] = {{K::assembly_resolution, W::always}, {K::legal_adviser_opinion, W::always}};
  r.by_type[ItemType::contract] = {{K::legality_review, W::always}};
  r.by_type[ItemType::report] = {};
  return r;
}

const std::vector<Requirement>& Requirements::of(ItemType type) const {
  static const std::vector<Requirement> none;
  const auto it = by_type.find(type);
  return it == by_type.end() ? none : it->second;
}

const std::vector<MeetingRule>& meeting_rules() {
  static const std::vector<MeetingRule> rules = {
      {"meeting/item-missing-material", Severity::error, "议题缺少上会必需的材料",
       {"major-decision/29"}, "补齐所缺材料后再将议题提交会议"},
      {"meeting/legality-review-late", Severity::error, "合法性审查送审距会议不足7个工作日",
       {"major-decision/26"}, "推迟上会或提前送审,保证审查时间一般不少于7个工作日;确需压缩的,在送审材料中说明理由"},
      {"meeting/legal-adviser-opinion-missing", Severity::warning, "村集体资产出租处置议题没有法律顾问意见",
       {"village-committee/24", "town-rules/one-village-one-adviser"},
       "请村法律顾问就该事项出具法律意见书,随议题材料一并提交"},
      {"meeting/judicial-office-absent", Severity::warning, "会议通知或参会名单未列司法所所长列席",
       {"town-rules/judicial-office-attends"}, "在会议通知的列席人员中写明镇司法所所长"},
  };
  return rules;
}

const MeetingRule* find_meeting_rule(std::string_view id) {
  for (const auto& rule : meeting_rules())
    if (id == rule.id) return &rule;
  return nullptr;
}

const std::vector<Supersession>& superseded_rules() {
  // Each step once: the draft's record of it, and the material (or the
  // late-review count) the meeting checks instead; meeting.h says when.
  static const std::vector<Supersession> table = {
      {"decision/missing-legality-review", MaterialKind::legality_review},
      {"decision/missing-public-participation", MaterialKind::public_participation},
      {"decision/missing-expert-argumentation", MaterialKind::expert_opinion},
      {"decision/missing-risk-assessment", MaterialKind::risk_assessment},
      {"decision/fair-competition-review-missing", MaterialKind::fair_competition},
      {"decision/legality-review-under-7wd", std::nullopt},
  };
  return table;
}

std::string iso_date(const Date& d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer;
}

int review_working_days(const HolidayCalendar& calendar, const Date& requested, const Date& meeting) {
  if (days_between(requested, meeting) <= 1) return 0;
  return calendar.working_days_between(requested, add(meeting, Duration{0, 0, 0, -1}));
}

}  // namespace legalint

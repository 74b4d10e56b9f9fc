// What the meeting's reports share: the verdict's words and an item's
// checklist of required materials.
#include <algorithm>

#include "meeting/formats.h"

namespace legalint {

const char* verdict_name(bool ready) { return ready ? "可以上会" : "暂缓上会"; }

std::string item_label(std::size_t number) {
  static const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (number == 0 || number >= 100) return "议题 " + std::to_string(number);
  std::string numeral;
  const std::size_t tens = number / 10, ones = number % 10;
  if (tens > 1) numeral += digits[tens];
  if (tens > 0) numeral += "十";
  if (ones > 0) numeral += digits[ones];
  return "议题" + numeral;
}

std::vector<ChecklistLine> material_checklist(const MeetingReport& report, const ItemOutcome& item) {
  std::vector<ChecklistLine> lines;
  for (const auto kind : item.required) {
    ChecklistLine line;
    line.kind = kind;
    for (const auto& material : item.materials) {
      if (material.kind != kind) continue;
      const bool readable = report.run.files.at(material.file_index).reviewed();
      (readable ? line.present : line.unreadable).push_back(material.file);
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<const MaterialOutcome*> other_materials(const ItemOutcome& item) {
  std::vector<const MaterialOutcome*> others;
  for (const auto& material : item.materials)
    if (std::find(item.required.begin(), item.required.end(), material.kind) == item.required.end()) others.push_back(&material);
  return others;
}

}  // namespace legalint

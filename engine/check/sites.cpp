#include "check/sites.h"

namespace legalint {

RegexSites::RegexSites(const RegexSlots& slots, std::size_t slot_count)
    : slots_(&slots), confined_(slot_count, false), windows_(slot_count) {}

void RegexSites::confine(int slot) { confined_[static_cast<std::size_t>(slot)] = true; }

void RegexSites::add_window(int slot, Span line) {
  auto& windows = windows_[static_cast<std::size_t>(slot)];
  if (windows.empty() || windows.back().end < line.begin) windows.push_back(line);
}

const std::vector<Span>* RegexSites::windows(const Regex& regex) const {
  const auto it = slots_->find(&regex);
  if (it == slots_->end() || !confined_[static_cast<std::size_t>(it->second)]) return nullptr;
  return &windows_[static_cast<std::size_t>(it->second)];
}

bool RegexSites::possible(int slot) const {
  const auto index = static_cast<std::size_t>(slot);
  return !confined_[index] || !windows_[index].empty();
}

}  // namespace legalint

#include "check/sites.h"

namespace legalint {

RegexSites::RegexSites(const RegexSlots& slots, std::size_t slot_count)
    : slots_(&slots), confined_(slot_count, false), first_(slot_count + 1, 0) {}

RegexSites::RegexSites(const RegexSlots& slots, std::vector<bool> confined, const std::vector<Window>& windows)
    : slots_(&slots), confined_(std::move(confined)), first_(confined_.size() + 1, 0) {
  // The windows kept: each slot's in text order, less one that begins before
  // the end of the slot's last one kept.
  const auto for_each_kept = [&](auto take) {
    std::vector<std::uint32_t> end(confined_.size(), 0);  // by slot: the end of its last window kept, plus one
    for (const auto& [slot, lines] : windows) {
      auto& last = end[static_cast<std::size_t>(slot)];
      if (last > lines.begin) continue;
      last = lines.end + 1;
      take(static_cast<std::size_t>(slot), lines);
    }
  };
  // A counting sort by slot, stable, so each slot's windows stay in text order.
  for_each_kept([&](std::size_t slot, Span) { ++first_[slot + 1]; });
  for (std::size_t slot = 0; slot < confined_.size(); ++slot) first_[slot + 1] += first_[slot];
  windows_.resize(first_.back());
  std::vector<std::uint32_t> next(first_.begin(), first_.end() - 1);
  for_each_kept([&](std::size_t slot, Span lines) { windows_[next[slot]++] = lines; });
}

std::optional<std::span<const Span>> RegexSites::windows(const Regex& regex) const {
  const auto it = slots_->find(&regex);
  if (it == slots_->end()) return std::nullopt;
  const auto slot = static_cast<std::size_t>(it->second);
  if (!confined_[slot]) return std::nullopt;
  return std::span<const Span>(windows_.data() + first_[slot], first_[slot + 1] - first_[slot]);
}

bool RegexSites::possible(int slot) const {
  const auto index = static_cast<std::size_t>(slot);
  return !confined_[index] || first_[index] != first_[index + 1];
}

}  // namespace legalint

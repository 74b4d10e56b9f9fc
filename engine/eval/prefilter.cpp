#include "eval/prefilter.h"

#include <algorithm>

#include "base/utf8.h"
#include "eval/newline.h"

namespace legalint {

namespace {

// The text is scanned in blocks of whole lines of about this size: smaller
// blocks cost more formula lookups and more RE2 calls than the checks save
// by searching a few lines less. 2,000 scaled documents, one job, medians of
// 7 interleaved runs: 256 B blocks 1,756 ms, 512 B 1,543 ms, 1 KB 1,586 ms;
// callgrind over 200 of them: 512 B 2,297 M instructions, 1 KB 2,324 M.
constexpr std::size_t kBlockBytes = 512;

// The block of whole lines starting at `begin`, without its last '\n'.
Span next_block(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  do {
    end = text.find('\n', end);
    if (end == std::string_view::npos) end = text.size();
    if (end - begin >= kBlockBytes || end == text.size()) break;
    ++end;
  } while (true);
  return Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}
}  // namespace

Prefilter::Prefilter(const RegexPool& pool) : slot_count_(pool.all().size()) {
  const auto& regexes = pool.all();
  if (regexes.empty()) return;
  const auto& atoms = pool.atoms();
  std::vector<bool> holds_line_break(atoms.size());
  for (std::size_t id = 0; id < atoms.size(); ++id) holds_line_break[id] = atoms[id].find('\n') != std::string::npos;

  line_bound_.resize(slot_count_);
  for (std::size_t slot = 0; slot < slot_count_; ++slot) {
    slots_.emplace(regexes[slot], static_cast<int>(slot));
    const AtomFormula& requirement = pool.requirement(slot);
    requirements_.push_back(&requirement);
    // A regex that cannot match a '\n' has no atom holding one; were that
    // ever otherwise, it is searched as one that can cross lines.
    const auto needed = requirement.atoms();
    line_bound_[slot] = !may_match_newline(regexes[slot]->pattern()) &&
                        std::none_of(needed.begin(), needed.end(), [&](int id) { return holds_line_break[static_cast<std::size_t>(id)]; });
  }
  atoms_ = std::make_unique<AtomMatcher>(atoms);

  // A longer literal is rarer: a one-character atom weighs 8, one of four
  // characters or more 1.
  const auto weight = [&](int id) {
    const auto characters = utf8::count_code_points(atoms[static_cast<std::size_t>(id)]);
    return static_cast<double>(8 >> std::min<std::size_t>(characters == 0 ? 0 : characters - 1, 3));
  };
  std::vector<std::vector<Keyed>> keyed(atoms.size());
  for (std::size_t slot = 0; slot < slot_count_; ++slot) {
    if (!line_bound_[slot]) continue;
    const AtomFormula& requirement = *requirements_[slot];
    for (const int id : requirement.key_atoms(weight)) {
      const bool implied = requirement.holds([&](int other) { return other == id; });  // formulas are monotone
      keyed[static_cast<std::size_t>(id)].push_back(Keyed{static_cast<int>(slot), implied});
    }
  }
  keyed_first_.push_back(0);
  for (const auto& slots : keyed) {
    keyed_slots_.insert(keyed_slots_.end(), slots.begin(), slots.end());
    keyed_first_.push_back(static_cast<std::uint32_t>(keyed_slots_.size()));
  }
}

int Prefilter::slot(const Regex& regex) const {
  const auto it = slots_.find(&regex);
  return it == slots_.end() ? -1 : it->second;
}

RegexSites Prefilter::scan(std::string_view text) const {
  if (!atoms_) return RegexSites(slots_, slot_count_);  // no regexes: nothing to narrow

  // One pass over the text, a block of lines at a time. Each atom of a block
  // asks the regexes it keys (those that cannot cross a line), each regex
  // once a block; a regex whose formula holds on the block's atoms may match
  // there. An atom holding a line break ("\n期限", from a pattern such as
  // (^|\s)期限) keys no regex: only regexes that can cross lines need such
  // atoms, and they are searched in the whole text.
  // The number (from 1) of the block each atom was last seen in; 0: not in the document.
  std::vector<std::uint32_t> last_block(atoms_->atom_count(), 0);
  std::vector<std::uint32_t> asked(slot_count_, 0);  // the block a slot was last asked in
  std::vector<int> block_atoms;                      // the atoms of the block being read
  std::vector<RegexSites::Window> windows;
  AtomMatcher::Cursor& cursor = atoms_->thread_cursor();
  for (std::size_t begin = 0, number = 1;; ++number) {
    // The block's own characters, and the '\n' before it: an atom ending
    // with that line break ends in this block.
    const Span block = next_block(text, begin);
    block_atoms.clear();
    atoms_->scan_to(text, block.end, cursor, static_cast<std::uint32_t>(number), last_block, block_atoms);
    const auto present = [&](int id) { return last_block[static_cast<std::size_t>(id)] == number; };
    for (const int atom : block_atoms) {
      const auto id = static_cast<std::size_t>(atom);
      for (auto k = keyed_first_[id]; k < keyed_first_[id + 1]; ++k) {
        const auto [slot, implied] = keyed_slots_[k];
        auto& asked_in = asked[static_cast<std::size_t>(slot)];
        if (asked_in == number) continue;
        asked_in = number;
        if (implied || requirements_[static_cast<std::size_t>(slot)]->holds(present)) windows.push_back({slot, block});
      }
    }
    if (block.end >= text.size()) break;
    begin = block.end + 1;
  }

  // A regex that cannot cross a line is confined to the windows found for
  // it; one that can is searched in the whole text, or nowhere when the
  // document's atoms do not allow it.
  std::vector<bool> confined(slot_count_, false);
  for (std::size_t slot = 0; slot < slot_count_; ++slot) {
    const AtomFormula& requirement = *requirements_[slot];
    if (requirement.always()) continue;  // needs no atom: anywhere
    confined[slot] = line_bound_[slot] || !requirement.holds([&](int id) { return last_block[static_cast<std::size_t>(id)] != 0; });
  }
  return RegexSites(slots_, std::move(confined), windows);
}

}  // namespace legalint

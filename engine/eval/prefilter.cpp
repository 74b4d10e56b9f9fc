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
  holds_line_break_.resize(atoms.size());
  for (std::size_t id = 0; id < atoms.size(); ++id) holds_line_break_[id] = atoms[id].find('\n') != std::string::npos;

  line_bound_.resize(slot_count_);
  for (std::size_t slot = 0; slot < slot_count_; ++slot) {
    slots_.emplace(regexes[slot], static_cast<int>(slot));
    const AtomFormula& requirement = pool.requirement(slot);
    requirements_.push_back(&requirement);
    // A regex that cannot match a '\n' has no atom holding one; were that
    // ever otherwise, it is searched as one that can cross lines.
    const auto needed = requirement.atoms();
    line_bound_[slot] = !may_match_newline(regexes[slot]->pattern()) &&
                        std::none_of(needed.begin(), needed.end(), [&](int id) { return holds_line_break_[static_cast<std::size_t>(id)]; });
  }
  atoms_ = std::make_unique<AtomMatcher>(atoms);

  // A longer literal is rarer: a one-character atom weighs 8, one of four
  // characters or more 1.
  const auto weight = [&](int id) {
    const auto characters = utf8::count_code_points(atoms[static_cast<std::size_t>(id)]);
    return static_cast<double>(8 >> std::min<std::size_t>(characters == 0 ? 0 : characters - 1, 3));
  };
  std::vector<std::vector<int>> keyed(atoms.size());
  for (std::size_t slot = 0; slot < slot_count_; ++slot)
    if (line_bound_[slot])
      for (const int id : requirements_[slot]->key_atoms(weight)) keyed[static_cast<std::size_t>(id)].push_back(static_cast<int>(slot));
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
  RegexSites sites(slots_, slot_count_);
  if (!atoms_) return sites;  // no regexes: nothing to narrow

  // One pass over the text, a block of lines at a time, finds the atoms of
  // each block. An atom holding a line break ("\n期限", from a pattern such
  // as (^|\s)期限) belongs to no block: only regexes that can cross lines
  // need such atoms, and they are searched in the whole text.
  const std::size_t atom_count = holds_line_break_.size();
  // The number (from 1) of the block each atom was last seen in; 0: not in the document.
  std::vector<std::uint32_t> last_block(atom_count, 0);
  std::vector<Span> blocks;
  std::vector<int> block_atoms;                   // each block's atoms, block after block
  std::vector<std::size_t> block_starts;          // where each block's atoms begin in block_atoms
  AtomMatcher::Cursor cursor;
  for (std::size_t begin = 0;;) {
    // The block's own characters, and the '\n' before it: an atom ending
    // with that line break ends in this block.
    const Span block = next_block(text, begin);
    blocks.push_back(block);
    block_starts.push_back(block_atoms.size());
    atoms_->scan_to(text, block.end, cursor, static_cast<std::uint32_t>(blocks.size()), last_block, block_atoms);
    block_atoms.erase(std::remove_if(block_atoms.begin() + static_cast<long>(block_starts.back()), block_atoms.end(),
                                     [&](int id) { return holds_line_break_[static_cast<std::size_t>(id)]; }),
                      block_atoms.end());
    if (block.end >= text.size()) break;
    begin = block.end + 1;
  }
  block_starts.push_back(block_atoms.size());

  // The regexes the document's atoms allow at all: one that can cross a line
  // is searched in the whole text, or nowhere; one that cannot is confined
  // to the blocks whose own atoms allow it.
  std::vector<char> placed_in_blocks(slot_count_, 0);
  for (std::size_t slot = 0; slot < slot_count_; ++slot) {
    const AtomFormula& requirement = *requirements_[slot];
    if (requirement.always()) continue;  // needs no atom: anywhere
    const bool possible = requirement.holds([&](int id) { return last_block[static_cast<std::size_t>(id)] != 0; });
    if (line_bound_[slot]) {
      sites.confine(static_cast<int>(slot));
      placed_in_blocks[slot] = possible;
    } else if (!possible) {
      sites.confine(static_cast<int>(slot));
    }
  }
  // In each block, only the regexes keyed by one of its atoms are asked.
  std::vector<std::uint32_t> in_block(atom_count, 0);   // the number (from 1) of the block being asked
  std::vector<std::uint32_t> asked(slot_count_, 0);     // the block a slot was last asked in
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (block_starts[b] == block_starts[b + 1]) continue;
    const auto number = static_cast<std::uint32_t>(b + 1);
    for (std::size_t i = block_starts[b]; i < block_starts[b + 1]; ++i) in_block[static_cast<std::size_t>(block_atoms[i])] = number;
    const auto present = [&](int id) { return in_block[static_cast<std::size_t>(id)] == number; };
    for (std::size_t i = block_starts[b]; i < block_starts[b + 1]; ++i) {
      const auto atom = static_cast<std::size_t>(block_atoms[i]);
      for (auto k = keyed_first_[atom]; k < keyed_first_[atom + 1]; ++k) {
        const int slot = keyed_slots_[k];
        const auto index = static_cast<std::size_t>(slot);
        if (asked[index] == number || !placed_in_blocks[index]) continue;
        asked[index] = number;
        if (requirements_[index]->holds(present)) sites.add_window(slot, blocks[b]);
      }
    }
  }
  return sites;
}

}  // namespace legalint

#include "eval/prefilter.h"

#include <algorithm>

#include "eval/newline.h"

namespace legalint {

namespace {

// The text is scanned in blocks of whole lines of about this size: a window
// per line would cost a FilteredRE2 lookup per line, more than the checks
// save by searching a few lines less (callgrind over 200 scaled documents:
// 256 B blocks 1,578 M instructions, 1 KB 1,571 M, 4 KB 1,630 M).
constexpr std::size_t kBlockBytes = 1024;

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

Prefilter::Prefilter(const RegexPool& pool)
    : pool_(pool), slot_count_(pool.all().size()), line_bound_(slot_count_), filtered_(slot_count_) {
  const auto& regexes = pool.all();
  for (std::size_t i = 0; i < regexes.size(); ++i) {
    slots_.emplace(regexes[i], static_cast<int>(i));
    line_bound_[i] = !may_match_newline(regexes[i]->pattern());
  }
  if (regexes.empty()) return;
  const auto& atoms = pool.atoms();

  std::vector<int> unfiltered;
  pool_.potentials({}, unfiltered);
  std::fill(filtered_.begin(), filtered_.end(), true);
  for (const int slot : unfiltered) filtered_[static_cast<std::size_t>(slot)] = false;

  atoms_ = std::make_unique<AtomMatcher>(atoms);
  holds_line_break_.resize(atoms.size());
  for (std::size_t id = 0; id < atoms.size(); ++id) holds_line_break_[id] = atoms[id].find('\n') != std::string::npos;
}

int Prefilter::slot(const Regex& regex) const {
  const auto it = slots_.find(&regex);
  return it == slots_.end() ? -1 : it->second;
}

RegexSites Prefilter::scan(std::string_view text) const {
  RegexSites sites(slots_, slot_count_);
  if (!atoms_) return sites;  // no regexes: nothing to narrow

  // One pass over the text finds every atom; each occurrence is put in the
  // block of lines where it ends, and a block's regexes are asked of the pool
  // once the pass has left it. An atom holding a line break ("\n期限" from
  // (^|\s)期限) belongs to no block: only regexes that can cross lines have
  // such atoms, and they are searched in the whole text.
  const std::size_t atom_count = pool_.atoms().size();
  std::vector<int> document_atoms, block_atoms, potentials;
  std::vector<std::uint32_t> last_block(atom_count, 0);  // the number of the block an atom was last seen in
  std::vector<bool> in_document(atom_count, false);      // each atom once in document_atoms
  std::uint32_t block_number = 1;
  Span block = next_block(text, 0);
  auto finish_block = [&] {
    if (block_atoms.empty()) return;
    pool_.potentials(block_atoms, potentials);
    for (const int slot : potentials)
      if (line_bound_[static_cast<std::size_t>(slot)] && filtered_[static_cast<std::size_t>(slot)])
        sites.add_window(slot, block);
    block_atoms.clear();
  };
  atoms_->each_occurrence(text, [&](int id, std::size_t end) {
    if (end > block.end) {  // past this block's last character: on to the block holding it
      finish_block();
      do {
        block = next_block(text, block.end + 1);
        ++block_number;
      } while (end > block.end);
    }
    const auto atom = static_cast<std::size_t>(id);
    if (last_block[atom] == block_number) return;  // most occurrences: seen in this block already
    last_block[atom] = block_number;
    if (!in_document[atom]) {
      in_document[atom] = true;
      document_atoms.push_back(id);
    }
    if (!holds_line_break_[atom]) block_atoms.push_back(id);
  });
  finish_block();
  pool_.potentials(document_atoms, potentials);
  std::vector<bool> potential(slot_count_, false);
  for (const int slot : potentials) potential[static_cast<std::size_t>(slot)] = true;

  for (std::size_t slot = 0; slot < slot_count_; ++slot) {
    if (!filtered_[slot]) continue;  // no atoms: anywhere
    // Confined to its lines (maybe none), or — one that can cross a line —
    // to nowhere when the document lacks its atoms.
    if (line_bound_[slot] || !potential[slot]) sites.confine(static_cast<int>(slot));
  }
  return sites;
}

}  // namespace legalint

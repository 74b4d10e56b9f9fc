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

  // Most atoms are found block by block. An atom holding a line break
  // ("\n期限" from (^|\s)期限) cannot be: those few are looked for in the
  // whole text. Only regexes that can cross lines have such atoms.
  std::vector<std::string> within_lines, across_lines;
  for (int id = 0; id < static_cast<int>(atoms.size()); ++id) {
    const auto& atom = atoms[static_cast<std::size_t>(id)];
    if (atom.find('\n') == std::string::npos) {
      within_lines.push_back(atom);
      within_line_ids_.push_back(id);
    } else {
      across_lines.push_back(atom);
      across_line_ids_.push_back(id);
    }
  }
  atoms_ = std::make_unique<AtomMatcher>(within_lines);
  atoms_across_lines_ = std::make_unique<AtomMatcher>(across_lines);
}

int Prefilter::slot(const Regex& regex) const {
  const auto it = slots_.find(&regex);
  return it == slots_.end() ? -1 : it->second;
}

RegexSites Prefilter::scan(std::string_view text) const {
  RegexSites sites(slots_, slot_count_);
  if (!atoms_) return sites;  // no regexes: nothing to narrow

  std::vector<int> document_atoms, line_atoms, potentials;
  std::vector<bool> in_document(pool_.atoms().size(), false);  // each atom once in document_atoms
  auto add_to_document = [&](int id) {
    if (!in_document[static_cast<std::size_t>(id)]) {
      in_document[static_cast<std::size_t>(id)] = true;
      document_atoms.push_back(id);
    }
  };
  for (std::size_t begin = 0; begin < text.size();) {
    const Span block = next_block(text, begin);
    begin = block.end + 1;
    line_atoms.clear();
    atoms_->match(block.in(text), line_atoms);
    if (line_atoms.empty()) continue;
    for (int& id : line_atoms) {
      id = within_line_ids_[static_cast<std::size_t>(id)];
      add_to_document(id);
    }
    pool_.potentials(line_atoms, potentials);
    for (const int slot : potentials)
      if (line_bound_[static_cast<std::size_t>(slot)] && filtered_[static_cast<std::size_t>(slot)])
        sites.add_window(slot, block);
  }
  line_atoms.clear();
  atoms_across_lines_->match(text, line_atoms);
  for (const int id : line_atoms) add_to_document(across_line_ids_[static_cast<std::size_t>(id)]);
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

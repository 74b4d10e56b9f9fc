// Which of many literal strings occur in a text, in one pass over it.
//
//   AtomMatcher matcher({"定金", "不予退还", "mou"});
//   std::vector<int> found;
//   matcher.match("……定金不予退还……", found);   // found: {0, 1}
//
// Atoms match regardless of case: each character stands for its whole case
// orbit (A for a, Σ and ς for σ), so the literals of a (?i) pattern
// (check/atom_requirement.h) need no folding.
//
// Aho–Corasick over code points, not bytes. A byte-level DFA over our 1,275
// atoms had ~7,000 states and a 1.25 MB table, read at random once a byte:
// cache misses made it an eighth of a batch's time. Over characters the trie
// has a third of the states, each with a few edges, and the whole automaton
// fits in a few tens of KB; the root, where most steps start, has a row.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace legalint {

class AtomMatcher {
 public:
  explicit AtomMatcher(const std::vector<std::string>& atoms);

  // How many atoms it was given: the size scan_to's `stamp` must have.
  std::size_t atom_count() const { return atom_count_; }

  // Appends the ids (indices into the constructor's atoms) found in `text`,
  // each once, in increasing order. Malformed UTF-8 is read a byte at a
  // time, as a character in no atom. (The prefilter reads a block at a time: scan_to.)
  void match(std::string_view text, std::vector<int>& found) const;

  // Where a scan of a text stands between two calls of scan_to().
  struct Cursor {
    std::size_t at = 0;
    std::int32_t state = 0;
  };
  // Reads `text` on from where `cursor` stands up to `limit` (a character
  // boundary, or the end) and appends to `found` every atom that ends
  // there, once: an atom is appended only when its `stamp` is not `number`,
  // which it then becomes. The prefilter calls it once a block of lines,
  // with the block's number, so the occurrences of 、 or 的 (half of all
  // characters are in some atom) are told apart here, with nothing stored
  // for each; the automaton's state carries on to the next call. `stamp`
  // has one entry per atom.
  void scan_to(std::string_view text, std::size_t limit, Cursor& cursor, std::uint32_t number,
               std::vector<std::uint32_t>& stamp, std::vector<int>& found) const;

 private:
  using Class = std::uint16_t;  // a character's class: 0 for those in no atom
  Class class_of(char32_t cp) const;
  std::int32_t step(std::int32_t state, Class cls) const;

  std::size_t atom_count_ = 0;
  std::vector<Class> bmp_class_;                     // U+0000–U+FFFF, by code point
  std::vector<std::pair<char32_t, Class>> astral_class_;  // the rest, sorted
  std::vector<std::int32_t> root_next_;              // by class: the root's row
  struct State {
    // Its moves, sorted by class: its own trie edges and those its failure
    // states would take (down to, not including, the root), so a step reads
    // one state's list and then the root's row, never a failure chain.
    std::int32_t first_edge = 0, edge_end = 0;
    std::int32_t first_output = 0, output_end = 0;   // its atoms (and its suffixes') in outputs_
  };
  struct Edge {
    Class cls;
    std::int32_t next;
  };
  std::vector<State> states_;
  std::vector<Edge> edges_;
  std::vector<int> outputs_;
};

inline AtomMatcher::Class AtomMatcher::class_of(char32_t cp) const {
  if (cp < 0x10000) return bmp_class_[cp];
  const auto it = std::lower_bound(astral_class_.begin(), astral_class_.end(), std::make_pair(cp, Class{0}));
  return it != astral_class_.end() && it->first == cp ? it->second : 0;
}

// Where `state` goes on a character of class `cls` (not 0).
inline std::int32_t AtomMatcher::step(std::int32_t state, Class cls) const {
  if (state != 0) {
    const State& s = states_[static_cast<std::size_t>(state)];
    for (auto e = s.first_edge; e < s.edge_end; ++e) {
      const Edge& edge = edges_[static_cast<std::size_t>(e)];
      if (edge.cls == cls) return edge.next;
      if (edge.cls > cls) break;
    }
  }
  return root_next_[cls];
}

}  // namespace legalint

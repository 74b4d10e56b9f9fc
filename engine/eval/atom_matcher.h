// Which of many literal strings occur in a text, in one pass over it.
//
//   AtomMatcher matcher({"定金", "不予退还", "mou"});
//   std::vector<int> found;
//   matcher.match("……定金不予退还……", found);   // found: {0, 1}
//
// The prefilter's atoms (prefilter.h) are lowercased by RE2's FilteredRE2, so
// they match regardless of case: each character stands for its whole case
// orbit (A for a, Σ and ς for σ).
//
// Aho–Corasick over code points, not bytes. A byte-level DFA over our 1,275
// atoms had ~7,000 states and a 1.25 MB table, read at random once a byte:
// cache misses made it an eighth of a batch's time. Over characters the trie
// has a third of the states, each with a few edges, and the whole automaton
// fits in a few tens of KB; the root, where most steps start, has a row.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace legalint {

class AtomMatcher {
 public:
  explicit AtomMatcher(const std::vector<std::string>& atoms);

  // Appends the ids (indices into the constructor's atoms) found in `text`,
  // each once, in no particular order. Malformed UTF-8 is read a byte at a
  // time, as a character in no atom.
  void match(std::string_view text, std::vector<int>& found) const;

 private:
  using Class = std::uint16_t;  // a character's class: 0 for those in no atom
  Class class_of(char32_t cp) const;
  std::int32_t step(std::int32_t state, Class cls) const;

  std::vector<Class> bmp_class_;                     // U+0000–U+FFFF, by code point
  std::vector<std::pair<char32_t, Class>> astral_class_;  // the rest, sorted
  std::vector<std::int32_t> root_next_;              // by class: the root's row

  struct State {
    std::int32_t first_edge = 0, edge_end = 0;       // its trie edges in edges_
    std::int32_t failure = 0;                        // longest proper suffix state
    std::int32_t first_output = 0, output_end = 0;   // its atoms (and its suffixes') in outputs_
  };
  std::vector<State> states_;
  std::vector<std::pair<Class, std::int32_t>> edges_;  // (class, child), sorted by class per state
  std::vector<int> outputs_;
  std::size_t atom_count_ = 0;
};

}  // namespace legalint

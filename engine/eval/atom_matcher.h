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
// fits in a few tens of KB: the root, where most steps start, has a row, the
// other states share one double array.
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
  // Throws std::length_error when the atoms need more states than the
  // automaton can name (see Move): several times the atoms of our packs.
  explicit AtomMatcher(const std::vector<std::string>& atoms);

  // How many atoms it was given: the size scan_to's `stamp` must have.
  std::size_t atom_count() const { return atom_count_; }

  // Appends the ids (indices into the constructor's atoms) found in `text`,
  // each once, in increasing order. Malformed UTF-8 is read a byte at a
  // time, as a character in no atom. (The prefilter reads a block at a time: scan_to.)
  void match(std::string_view text, std::vector<int>& found) const;

  // Where a scan of a text stands between two calls of scan_to(); made by
  // start() or thread_cursor() for this matcher.
  struct Cursor {
    std::size_t at = 0;
    std::uint32_t state = 0;  // its address (the root's is 0)
    // By state address, the mark (`number` + offset) of the scan_to() call
    // that last reached it; kNever for a state that reports no atom, so that
    // reaching such a state, most of the steps, costs one comparison that
    // is false.
    std::vector<std::uint32_t> reached_in;
    std::vector<std::uint32_t> reached;  // room for the reporting states reached in one call
    // Added to each call's number: a cursor used again for another text
    // starts above every mark of the texts before, instead of resetting
    // reached_in.
    std::uint32_t offset = 0;
    std::uint32_t highest = 0;  // the highest mark written
  };
  Cursor start() const;
  // This thread's cursor for this matcher, at the start of a new text: kept
  // from text to text, since a fresh one copies reached_in (28 KB for our
  // packs), which evicted the L1 cache once a document. Good until this
  // thread asks again, so one text at a time per thread.
  Cursor& thread_cursor() const;

  // Reads `text` on from where `cursor` stands up to `limit` (a character
  // boundary, or the end) and appends to `found` every atom that ends
  // there, once: an atom is appended only when its `stamp` is not `number`,
  // which it then becomes. The prefilter calls it once a block of lines,
  // with the block's number (increasing from 1, below 2^31), so the occurrences of 、 or
  // 的 (half of all characters are in some atom) are told apart here, with
  // nothing stored for each; the automaton's state carries on to the next
  // call. `stamp` has one entry per atom.
  void scan_to(std::string_view text, std::size_t limit, Cursor& cursor, std::uint32_t number,
               std::vector<std::uint32_t>& stamp, std::vector<int>& found) const;

 private:
  using Class = std::uint16_t;  // a character's class: 0 for those in no atom
  static constexpr std::uint32_t kNever = UINT32_MAX;
  Class class_of(char32_t cp) const;
  std::uint32_t step(std::uint32_t state, Class cls) const;

  std::size_t atom_count_ = 0;
  std::vector<Class> bmp_class_;                     // U+0000–U+FFFF, by code point
  std::vector<std::pair<char32_t, Class>> astral_class_;  // the rest, sorted
  std::vector<std::uint32_t> root_next_;  // by class: the root's row (class 0 stays at the root)
  // Every other state's moves — its own trie edges and those its failure
  // states would take, down to but not including the root — in one "double
  // array": a state is named by its address, and its move on class c is in
  // moves_[address + c] when that slot's owner is the state; otherwise the
  // root's row gives it. A step is one load from the text's side, one on the
  // chain from state to state, and a select, with no branch on the text.
  // (Each state's list of moves, searched edge by edge, mispredicted at
  // random: the prefilter's stage benchmark over 1,000 mixed documents went
  // from 125 to 106 ms. A table of bases by state id put a second load on
  // the chain; naming states by address, in 16 bits so that the array takes
  // half the cache (7,050 slots for our packs, 28 KB), took the benchmark's
  // best of five from 81 to 66 ms, and the matcher's L1 read misses in a
  // batch from 6.6 to 5.8 M over 1,000 documents in callgrind's cache model:
  // a third of them are still on this array, a quarter on bmp_class_.)
  // More slots than 16 bits can name is an error at construction
  // (std::length_error).
  using Address = std::uint16_t;
  static constexpr Address kNoOwner = UINT16_MAX;
  struct Move {
    Address owner = kNoOwner;
    Address next = 0;
  };
  std::vector<Move> moves_;
  struct Outputs {
    std::int32_t first = 0, end = 0;  // its atoms (and its suffixes') in outputs_
  };
  std::vector<Outputs> state_outputs_;  // by address
  std::vector<int> outputs_;
  // A new Cursor's reached_in, by address (0 for a reporting state, else
  // kNever), copied when a cursor is made or its marks are reset: filled
  // state by state it was 1% of a batch's instructions.
  std::vector<std::uint32_t> unreached_;
  std::size_t reporting_states_ = 0;
  std::uint64_t serial_ = 0;  // tells thread_cursor() which matcher its cursor is for
};

inline AtomMatcher::Class AtomMatcher::class_of(char32_t cp) const {
  if (cp < 0x10000) return bmp_class_[cp];
  const auto it = std::lower_bound(astral_class_.begin(), astral_class_.end(), std::make_pair(cp, Class{0}));
  return it != astral_class_.end() && it->first == cp ? it->second : 0;
}

// Where `state` goes on a character of class `cls` (0: no atom's).
inline std::uint32_t AtomMatcher::step(std::uint32_t state, Class cls) const {
  const Move move = moves_[state + cls];
  // Both loaded, then selected by a mask: a branch here went either way at
  // random (GCC 12 keeps a branch for the ?: form).
  const std::uint32_t from_root = root_next_[cls];
  const std::uint32_t own = -static_cast<std::uint32_t>(move.owner == state);  // all ones or zero
  return (move.next & own) | (from_root & ~own);
}

}  // namespace legalint

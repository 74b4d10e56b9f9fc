// Which of many literal strings occur in a text, in one pass over its bytes.
//
//   AtomMatcher matcher({"定金", "不予退还", "mou"});
//   std::vector<int> found;
//   matcher.match("……定金不予退还……", found);   // found: {0, 1}
//
// The prefilter's atoms (prefilter.h) are lowercased by RE2's FilteredRE2, so
// they match regardless of case: an ASCII letter either way, and any other
// cased letter through the variants the constructor adds.
//
// Aho–Corasick over bytes, with bytes that occur in no atom folded into one
// class so that the transition table stays small. RE2::Set did this job at
// 180 instructions a byte here (its many-match DFA); this loop takes a
// table lookup a byte.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace legalint {

class AtomMatcher {
 public:
  explicit AtomMatcher(const std::vector<std::string>& atoms);

  // False when an atom's case variants were too many to add: the caller must
  // not rely on match() then.
  bool ok() const { return ok_; }

  // Appends the ids (indices into the constructor's atoms) found in `text`,
  // each once, in no particular order.
  void match(std::string_view text, std::vector<int>& found) const;

 private:
  bool ok_ = true;
  std::array<std::uint8_t, 256> class_of_{};  // byte → its class; 0: in no atom
  std::int32_t classes_ = 1;
  // state × classes_ + class → state. 16 bits: the table is read at random,
  // once a byte, and half the size stays in cache (measured: see the .cpp).
  std::vector<std::uint16_t> next_;
  std::vector<std::int32_t> first_output_;           // state → its atoms in outputs_ [first, next state's first)
  std::vector<int> outputs_;
};

}  // namespace legalint

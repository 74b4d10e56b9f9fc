// Which of many regexes can possibly match a text, found in one fast pass.
//
//   Prefilter prefilter({"自动续(期|租)", "定金.{0,20}不予退还", …});
//   for (int i : prefilter.candidates(text)) …   // a superset of the matching ones
//
// One RE2::Set over all the patterns themselves is exact but slow: bounded
// repeats such as .{0,40} in many patterns make its DFA explode (measured
// here: 0.25 MB/s over the packs). So, as RE2's FilteredRE2 is meant to be
// used, each pattern is reduced to the literal strings ("atoms") it cannot
// match without; one RE2::Set of those literals (a small, fast DFA) finds the
// atoms in the text, and FilteredRE2 turns them into the patterns that may
// match. Patterns without atoms are always candidates.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/set.h>

namespace legalint {

class Prefilter {
 public:
  explicit Prefilter(const std::vector<std::string>& patterns);
  Prefilter(const Prefilter&) = delete;  // owns RE2 objects
  Prefilter& operator=(const Prefilter&) = delete;

  // Indices into the constructor's patterns, sorted; never misses a pattern
  // that matches `text`.
  std::vector<int> candidates(std::string_view text) const;

  std::size_t atom_count() const { return atom_count_; }

 private:
  std::size_t pattern_count_ = 0;
  std::size_t atom_count_ = 0;
  bool usable_ = false;  // false: every pattern is a candidate
  re2::FilteredRE2 filter_;
  std::unique_ptr<re2::RE2::Set> atoms_;
};

}  // namespace legalint

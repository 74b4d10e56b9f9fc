// Where each of many regexes can match in a document, found in one fast pass.
//
//   Prefilter prefilter(*rules.regexes);          // every regex of the packs
//   RegexSites sites = prefilter.scan(text);       // check/sites.h
//   sites.possible(slot);                          // false: this regex cannot match here
//   sites.windows(regex);                          // the blocks it can match in, or nullptr
//
// One RE2::Set over all the patterns themselves is exact but slow: bounded
// repeats such as .{0,40} in many patterns make its DFA explode (measured
// here: 0.25 MB/s over the packs). So, as RE2's FilteredRE2 is meant to be
// used, each pattern is reduced to the literal strings ("atoms") it cannot
// match without (RegexPool::atoms, check/regex.h, read off a cheap stand-in
// of each pattern); one Aho–Corasick pass (atom_matcher.h) finds the atoms,
// and the pool's FilteredRE2s turn them into the patterns that may match. That is done per block of whole lines: a pattern
// that cannot match a line break (newline.h) can only match inside a block
// holding its atoms, and the checks search just those blocks. Any other
// pattern is searched everywhere, or nowhere when the document lacks its
// atoms; one without atoms always everywhere.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/regex.h"
#include "eval/atom_matcher.h"
#include "check/sites.h"

namespace legalint {

class Prefilter {
 public:
  // Slot i is pool.all()[i]; the pool must outlive the Prefilter.
  explicit Prefilter(const RegexPool& pool);
  Prefilter(const Prefilter&) = delete;  // owns its matchers
  Prefilter& operator=(const Prefilter&) = delete;

  // Never rules out a line or a document where a regex matches.
  RegexSites scan(std::string_view text) const;

  int slot(const Regex& regex) const;

 private:
  const RegexPool& pool_;
  RegexSlots slots_;
  std::size_t slot_count_ = 0;
  std::vector<bool> line_bound_;      // by slot: cannot match a '\n'
  std::vector<bool> filtered_;        // by slot: has atoms (else always a candidate)
  std::unique_ptr<AtomMatcher> atoms_;              // atoms without a line break: found block by block (null: no regexes)
  std::unique_ptr<AtomMatcher> atoms_across_lines_;  // the rest: found in the whole text
  std::vector<int> within_line_ids_, across_line_ids_;  // each matcher's atom index → the pool's atom id
};

}  // namespace legalint

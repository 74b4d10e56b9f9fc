// Where each of many regexes can match in a document, found in one fast pass.
//
//   Prefilter prefilter(*rules.regexes);          // every regex of the packs
//   RegexSites sites = prefilter.scan(text);       // check/sites.h
//   sites.possible(slot);                          // false: this regex cannot match here
//   sites.windows(regex);                          // the blocks it can match in, or nullopt
//
// One RE2::Set over all the patterns themselves is exact but slow: bounded
// repeats such as .{0,40} in many patterns make its DFA explode (measured
// here: 0.25 MB/s over the packs). So, in the manner of RE2's FilteredRE2,
// each pattern is reduced to a formula over the literal strings ("atoms") it
// cannot match without (check/atom_requirement.h, kept by the RegexPool);
// one Aho–Corasick pass (atom_matcher.h) finds the atoms a block of whole
// lines at a time, and the formulas say which patterns may match there. A
// block asks only the formulas keyed by one of its atoms
// (AtomFormula::key_atoms), not all of them: asking every formula in every
// block was 6% of a batch's instructions. A pattern that cannot match a line
// break (newline.h) can only match inside a block whose atoms allow it, and
// the checks search just those blocks. Any other pattern is searched
// everywhere, or nowhere when the document's atoms rule it out; one that
// needs no atom always everywhere.
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
  RegexSlots slots_;
  std::size_t slot_count_ = 0;
  std::vector<const AtomFormula*> requirements_;  // by slot: what its regex needs (the pool's)
  std::vector<bool> line_bound_;                   // by slot: cannot match a '\n'
  std::unique_ptr<AtomMatcher> atoms_;             // the pool's atoms, by their ids (null: no regexes)
  // By atom id, the line-bound slots it is a key atom of (AtomFormula::key_atoms):
  // keyed_slots_[keyed_first_[id] .. keyed_first_[id + 1]). A block asks only
  // these; a slot whose formula holds wherever that atom is alone (so, an
  // atom or an OR of atoms: three in four keyed pairs of the packs) is not
  // asked its formula at all.
  struct Keyed {
    int slot;
    bool implied;  // the atom alone makes the formula hold
  };
  std::vector<std::uint32_t> keyed_first_;
  std::vector<Keyed> keyed_slots_;
};

}  // namespace legalint

// Where in one document each regex can match: the prefilter's answer
// (eval/prefilter.h), read by the search helpers of check/scope.h so that a
// check searches a few lines instead of the whole text.
//
//   RegexSites sites = prefilter.scan(text);
//   const EvalContext context{analysis, calendar, &sites};
//   find_all(context, regex, range);   // searches only the windows left in range
//
// A regex has one of three answers: it cannot match here (no windows), it can
// match only inside these lines (their spans, in order), or it may match
// anywhere (nullptr: a regex the scan did not narrow, such as one that can
// cross a line break, has no literal atoms, or is unknown to the scan).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "base/span.h"

namespace legalint {

class Regex;

// Each regex's slot in a RegexSites; built once per rule set.
using RegexSlots = std::unordered_map<const Regex*, int>;

class RegexSites {
 public:
  // `slots` must outlive the sites. Every slot starts as "anywhere".
  RegexSites(const RegexSlots& slots, std::size_t slot_count);

  // The lines (spans without their '\n') where the regex in `slot` may match,
  // added in text order; the first call turns "anywhere" into "only these".
  void confine(int slot);
  void add_window(int slot, Span line);

  // nullptr: search everywhere. Otherwise the windows, in order (maybe none).
  const std::vector<Span>* windows(const Regex& regex) const;
  // False only when the regex in `slot` cannot match in this document.
  bool possible(int slot) const;

 private:
  const RegexSlots* slots_;
  std::vector<bool> confined_;
  std::vector<std::vector<Span>> windows_;
};

}  // namespace legalint

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
// anywhere (nullopt: a regex the scan did not narrow, such as one that can
// cross a line break, has no literal atoms, or is unknown to the scan).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/span.h"

namespace legalint {

class Regex;

// Each regex's slot in a RegexSites; built once per rule set.
using RegexSlots = std::unordered_map<const Regex*, int>;

class RegexSites {
 public:
  // A window of the regex in a slot: a span of whole lines (without the last '\n').
  struct Window {
    int slot;
    Span lines;
  };

  // `slots` must outlive the sites. Every slot "anywhere".
  RegexSites(const RegexSlots& slots, std::size_t slot_count);
  // `confined[slot]`: the regex in that slot may match only in its windows.
  // `windows`: in text order, the slots' interleaved; a window that begins
  // before the end of its slot's previous one is dropped. They are kept in
  // one array grouped by slot, not a vector a slot (#9: ~170 allocations a
  // document).
  RegexSites(const RegexSlots& slots, std::vector<bool> confined, const std::vector<Window>& windows);

  // nullopt: search everywhere. Otherwise the windows, in order (maybe none).
  std::optional<std::span<const Span>> windows(const Regex& regex) const;
  // False only when the regex in `slot` cannot match in this document.
  bool possible(int slot) const;

 private:
  const RegexSlots* slots_;
  std::vector<bool> confined_;
  std::vector<std::uint32_t> first_;  // by slot, and one past the last: where its windows begin in windows_
  std::vector<Span> windows_;
};

}  // namespace legalint

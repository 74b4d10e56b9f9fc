// A cheap stand-in for a regex: it matches wherever the regex does.
//
//   relax_repeats("定金[^\\n。]{0,40}不予退还")
//       == RelaxedPattern{"定金(?s:.){0,}不予退还", 160}
//   relax_repeats("定金[^\\n。]{0,40}不予退还", NegatedClasses::kept)
//       == RelaxedPattern{"定金[^\\n。]{0,}不予退还", 40}
//
// RE2 compiles x{0,40} into forty copies of x, and those copies are most of
// the time a pack takes to load (#9: 44 ms of regex compiling, 10 ms for one
// rule). x{n,} matches all that x{n,m} matches, so the stand-in matches a
// superset of what the original does, with a program a fraction of its
// size. RegexPool checks each pattern's syntax on the stand-in (the
// originals are compiled on first use, regex.h), and gives a regex with large
// repeats its stand-in with negated classes kept as a sieve: where that
// finds nothing, the original cannot match. For the syntax check a negated
// class becomes (?s:.), any character, as RE2 spends dozens of instructions
// on [^\\n。;违逾定押] in UTF-8.
//
// `growth` bounds how much larger the original's program is than the stand-in's:
// the largest product of upper bounds along a nesting of repeats, times the
// weight of the largest negated class made any character. RegexPool
// compiles at load a regex whose bound says it may be too large for RE2, so its
// error is reported at its place in the pack.
//
// A pattern the reader cannot follow, or one whose repeats RE2 rejects (a bound
// over 1000, {3,2}, nested bounds multiplying past 1000), comes back unchanged,
// so that RE2 reports the error as the pack wrote it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace legalint {

struct RelaxedPattern {
  std::string pattern;
  long growth = 1;
  // The largest product of the copies RE2 makes of a piece under the
  // stand-in's repeats (x{3,} is three), along a nesting of them.
  long copies = 1;
  bool read = true;  // false: the pattern came back unchanged, unread
  // It has a Unicode property (\p, \P) or turns case folding on ((?i),
  // (?i:…)): classes whose program can be hundreds of instructions a byte.
  bool costly_classes = false;
  // Every match begins at the start of the text: the pattern is \A (after
  // any flags, (?s)) followed by the rest, with no alternation at the top
  // level. False when in doubt — (\Ax), ^x — which is always safe to assume.
  bool anchored_at_start = false;
};

// `kept` leaves negated classes as they are: the stand-in then matches much
// as the pattern does, a sieve for it (check/regex.h) rather than a reader
// of atoms; its growth counts only the repeats.
enum class NegatedClasses { any, kept };
RelaxedPattern relax_repeats(std::string_view pattern, NegatedClasses classes = NegatedClasses::any);

// At most how many instructions RE2 compiles the stand-in into, without
// compiling it: a few a byte of the pattern, times its copies (a literal
// byte is one instruction; `.`, \S or [^。] in UTF-8 about a dozen for one to
// four bytes), and RE2's own few. nullopt where a byte can cost hundreds —
// a Unicode property (\p, \P), case folding ((?i)) — or the pattern was
// not read: only compiling tells.
std::optional<long> program_bound(const RelaxedPattern& stand_in);

// A repeat's bounds as RE2 reads them: {n}, {n,} or {n,m} at the start of
// `text`. Anything else there is, to RE2 too, a literal '{'.
struct Repeat {
  long min = 0;
  long max = -1;           // -1: no upper bound ({n,})
  std::size_t length = 0;  // of the text "{…}"
};
std::optional<Repeat> read_repeat(std::string_view text);

}  // namespace legalint

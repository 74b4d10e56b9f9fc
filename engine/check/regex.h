// The regexes of the rule packs: each compiled once, on first use.
//
//   RegexPool pool;
//   const Regex* near = pool.compile("定金[^\\n。]{0,40}", error, where);
//   pool.seal(diagnostics);   // every pattern checked, the prefilter's atoms indexed
//   near->re2();              // RE2 compiles it here, the first time any thread asks
//
// Compiling all ~180 pack regexes took most of a start-up (#9: 44 ms, one
// rule's alone 10 ms), while a run needs only those whose literal atoms occur
// in its documents (eval/prefilter.h); a one-page check needs a few. So
// seal() reads each pattern's atoms off the pattern (check/atom_requirement.h)
// and has RE2 check the syntax of a cheap stand-in of it (check/relax.h:
// the same syntax, bounded repeats made open), in a few threads at once: by
// parsing alone where the stand-in's program is surely small
// (program_bound), else by compiling it. A pattern RE2 refuses is reported
// then, at its place in the pack, before any document is read. The pattern
// itself is compiled when a check first searches with it — or at seal()
// when it may be too large for RE2, so that this error too is reported at
// load. (Compiling every stand-in was a third of the packs' load, #9.)
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "check/atom_requirement.h"
#include "rulelang/diagnostic.h"

namespace legalint {

// RE2's options for every pack regex.
RE2::Options regex_options();

class Regex {
 public:
  explicit Regex(std::string pattern) : pattern_(std::move(pattern)) {}
  Regex(const Regex&) = delete;  // its RE2 is built in place, once
  Regex& operator=(const Regex&) = delete;

  const std::string& pattern() const { return pattern_; }
  // The compiled regex; built by the first caller, safe from any thread.
  const re2::RE2& re2() const;
  // A cheap regex that matches wherever this one does, to ask first, or
  // nullptr. A pattern with large bounded repeats ([^\n。]{0,30} twice)
  // has a program of thousands of instructions whose DFA states are built
  // afresh on most lines (#9: 2.5 MB/s over its windows); its sieve has the
  // repeats open (relax.h) and skips most windows at DFA speed. Chosen by
  // RegexPool::seal; compiled by the first caller; asked only in the
  // prefilter's windows (check/scope.cpp).
  const re2::RE2* sieve() const;
  // For a pattern whose every match begins at the start of the text (relax.h:
  // anchored_at_start), a one-pattern RE2::Set that tells whether it matches
  // and stops at its first match; nullptr for any other pattern. RE2::Match
  // always finds where such a pattern's match ends, even asked only whether
  // there is one: a `when /(?s)\A…\n.*(村民委员会|…)/` read its greedy .* to
  // the end of every lease (#9: 70,000 cycles a document where 700 do).
  // Chosen by RegexPool::seal; compiled by the first caller.
  const re2::RE2::Set* existence() const;

 private:
  friend class RegexPool;  // sets the sieve's pattern at seal

  // An RE2 built by the first caller, safe from any thread.
  struct Lazy {
    const re2::RE2& get(const std::string& pattern) const;
    mutable std::once_flag once;
    mutable std::unique_ptr<const re2::RE2> compiled;
  };

  std::string pattern_;
  std::string sieve_pattern_;  // empty: no sieve
  Lazy compiled_, sieve_;
  bool anchored_at_start_ = false;  // set at seal: existence() answers
  mutable std::once_flag existence_once_;
  mutable std::unique_ptr<const re2::RE2::Set> existence_;
};

// Owns the regexes of a rule set; checks keep plain pointers into it.
class RegexPool {
 public:
  RegexPool();
  ~RegexPool();

  // `where` (its message empty) is the pattern's place in the pack, for an
  // error found at seal(). A pattern seen before returns the same regex:
  // compiled once, scanned for once. Returns nullptr (and says why in
  // `error`) only once the pool is sealed.
  const Regex* compile(const std::string& pattern, std::string& error, rulelang::Diagnostic where = {});

  // Every distinct regex, in the order first added (for `legalint rules
  // patterns` and the prefilter).
  const std::vector<const Regex*>& all() const { return regexes_; }

  // Checks every pattern and builds the index of atoms; a pattern RE2
  // refuses (bad syntax, too large) is reported at its place, with RE2's own
  // text. Later compile() calls fail. The readers below seal the pool
  // themselves when nobody did (and then drop such errors: the regex matches
  // nothing).
  void seal(rulelang::Diagnostics& diagnostics) const;

  // The distinct literal atoms of all regexes (check/atom_requirement.h), in the
  // order the regexes first need them.
  const std::vector<std::string>& atoms() const;
  // What the regex all()[index] cannot match without, over the ids of atoms();
  // always true for one that needs no literal (or that RE2 refused).
  const AtomFormula& requirement(std::size_t index) const;

 private:
  std::vector<std::unique_ptr<Regex>> owned_;
  std::vector<const Regex*> regexes_;
  std::vector<rulelang::Diagnostic> where_;  // by index in regexes_
  std::unordered_map<std::string, const Regex*> by_pattern_;

  mutable std::mutex seal_mutex_;
  mutable std::atomic<bool> sealed_{false};
  mutable std::vector<std::string> atoms_;
  mutable std::vector<AtomFormula> requirements_;  // by index in regexes_
};

}  // namespace legalint

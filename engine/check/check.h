// The check kinds: the closed set of things a rule can ask of a document.
//
// A rule's `check <kind> { … }` block is turned into a Check by the kind's
// factory (registry.cpp), which reads its keys through CheckArgs and reports
// mistakes with their position. At evaluation a Check gets the Analysis and
// appends Hits: where a finding lands and the values for its message.
//
// One kind, one file: pattern.cpp, require.cpp, quantity.cpp, interval.cpp,
// consistency.cpp, conflict.cpp, conditional.cpp, procedure.cpp, corpus.cpp.
// Adding a kind: a source file with its factory, one line in registry.cpp,
// one test file, one section in docs/rules.md.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analyze/analysis.h"
#include "base/span.h"
#include "check/sites.h"


namespace legalint {

class HolidayCalendar;
class WordBreaker;

// Where a finding lands and what its message says.
struct Hit {
  Span span;  // into the normalized text; for a missing clause, the title line
  std::vector<std::pair<std::string, std::string>> values;  // {"value", "二十五年"}, {"limit", "20年"} …
};

// The answers of whole-document searches in one document, kept so that the
// rules sharing a `when` and the checks sharing an anchor regex (three
// interval checks of one lease rule search the same `to`) search it once.
// Owned by one review of one document; not shared between threads.
struct WholeDocumentMatches {
  std::unordered_map<const Regex*, std::vector<Span>> all;  // find_all over the whole text
  std::unordered_map<const Regex*, bool> any;               // contains over the whole text
};

struct EvalContext {
  const Analysis& analysis;
  const HolidayCalendar& calendar;
  const RegexSites* sites = nullptr;          // where each regex can match; nullptr: search everywhere
  WholeDocumentMatches* matches = nullptr;    // nullptr: search each time
};

// What a corpus-level check keeps of one document: compact facts only, so
// a batch never holds every document's text at once.
struct CorpusEntry {
  std::string path;                   // the document's path; filled in by the engine
  std::vector<std::string> keys;      // compared across documents: a parcel's location and area, a counterparty
  std::optional<DateRange> period;    // e.g. the lease term
  std::optional<Money> amount;        // e.g. the contract price
  Hit anchor;                         // where a finding on this document lands
};

// A finding of a corpus-level check: which document (by index in the
// entries given) and the values for its message.
struct CorpusHit {
  std::size_t document = 0;
  std::vector<std::pair<std::string, std::string>> values;
};

class Check {
 public:
  virtual ~Check() = default;

  // Patterns of which at least one must occur in a document for this check
  // to find anything there; the engine's RE2::Set prefilter skips the check
  // when none does. Empty: the check always runs (a check for something
  // missing has nothing to look for).
  virtual std::vector<const Regex*> triggers() const = 0;

  // Per-document checks find hits here.
  virtual void evaluate(const EvalContext& context, std::vector<Hit>& hits) const = 0;

  // Corpus-level checks (corpus.cpp) instead keep an entry per document and
  // judge all entries once every document of the run is analyzed.
  virtual bool corpus_level() const { return false; }
  virtual std::optional<CorpusEntry> summarize(const EvalContext& context) const { return std::nullopt; }
  virtual void evaluate_corpus(const std::vector<const CorpusEntry*>& entries, std::vector<CorpusHit>& hits) const {}
};

}  // namespace legalint

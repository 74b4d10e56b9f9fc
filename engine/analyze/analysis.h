// Stage 2–4 assembled: a loaded Document → an Analysis that rules evaluate.
//
//   auto loaded = legalint::load_file(path);
//   legalint::Analysis analysis = legalint::analyze(std::move(loaded.value()));
//   analysis.normalized.text();           // NFKC-folded text, what rules match
//   analysis.clauses, analysis.kind()
//   analysis.facts(), analysis.parties()  // extracted on first use
//   analysis.sentence_at(offset)          // split on demand (text/sentence_index.h)
//   analysis.locate(span)                 // a normalized span → the user's file
//
// Every span in an Analysis is into normalized.text(); `locate` turns one
// into a Location in the original file (line, column in code points, byte
// offsets on disk), which is what reports show.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/lazy.h"
#include "base/line_index.h"
#include "base/span.h"
#include "classify/classify.h"
#include "facts/facts.h"
#include "load/document.h"
#include "text/clauses.h"
#include "text/normalize.h"
#include "text/sentence_index.h"

namespace legalint {

// Where a span lies in the file the user opened.
struct Location {
  Position start;                 // 1-based line and column (code points)
  Position end;                   // exclusive end, same units
  std::uint32_t byte_begin = 0;   // offsets in the file on disk
  std::uint32_t byte_end = 0;
};

struct AnalyzeOptions {
  std::optional<DocumentKind> kind;  // forces the kind instead of classifying
};

class Analysis {
 public:
  Document document;
  NormalizedText normalized;
  ClauseTree clauses;
  Classification classification;   // kind, title and why

  DocumentKind kind() const { return classification.kind; }

  // The facts, sorted by span; dates carry inherited years. Extracted on
  // the first call: only checks about amounts, dates and periods ask, and
  // many documents reach none of them (#9: the scan was a tenth of a batch).
  const std::vector<Fact>& facts() const;
  // The parties block's roles and names (`legalint dump`), also on first call.
  const std::vector<Party>& parties() const;

  // The sentence containing `offset`, or an empty span at it. Sentences
  // are split when asked for, not up front (text/sentence_index.h).
  Span sentence_at(std::uint32_t offset) const;
  // Facts whose span lies inside `range`.
  std::vector<const Fact*> facts_in(Span range) const;

  // A normalized span in the original file.
  Location locate(Span normalized_span) const;
  // The original text of a normalized span (what the user sees).
  std::string original_text(Span normalized_span) const;

  const LineIndex& line_index() const { return line_index_; }

 private:
  friend Analysis analyze(Document document, const AnalyzeOptions& options);
  LineIndex line_index_{std::string_view()};  // over document.text
  SentenceIndex sentences_;                   // over normalized.text()
  Lazy<std::vector<Fact>> facts_;
  Lazy<std::vector<Party>> parties_;
};

Analysis analyze(Document document, const AnalyzeOptions& options = {});

}  // namespace legalint

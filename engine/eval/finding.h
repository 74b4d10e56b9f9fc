// A Finding: what a reviewer writes in the margin, with everything a report
// needs to show it without the document at hand.
#pragma once

#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "eval/rule.h"

namespace legalint {

struct Finding {
  std::string path;         // the document, as the user named it
  std::string rule_id;      // "lease/term-over-20y"
  Severity severity = Severity::warning;
  std::string title;        // the rule's title
  std::string message;      // placeholders filled
  std::string fix;          // suggested wording, placeholders filled
  std::vector<std::string> basis;  // basis ids
  Span span;                // in the normalized text (for HTML highlighting)
  Location location;        // in the original file
  std::string clause;       // "第五条(二)", "" outside numbered clauses
  std::string excerpt;      // the original text under the span
  std::string source_line;  // the whole original line of the start, for the caret
  DocumentKind kind = DocumentKind::unknown;
  std::string fingerprint;  // stable under edits elsewhere in the file (for baselines)
};

// Deterministic report order: file, then offset, then rule id.
bool operator<(const Finding& a, const Finding& b);

}  // namespace legalint

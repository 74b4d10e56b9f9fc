// Stage: findings → a report. A report is the outcome of one run (every
// file reviewed or not, with its findings) written by one sink per format.
//
//   RunReport run;                     // filled by the CLI's batch
//   TextSink sink(TextOptions{.color = true});
//   sink.write(run, std::cout);
//
//   auto sink = make_sink("sarif", SinkOptions{});   // by format name (sinks.h)
//
// Sinks only read the RunReport: a new format is a new sink, nothing else
// changes. One file per sink: text, json (json and jsonl), sarif, junit,
// html; markup.h escapes for the XML and HTML ones.
//
// Determinism: a sink writes the same bytes for the same RunReport. No sink
// writes `elapsed`, a date or the current directory.
#pragma once

#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/error.h"
#include "eval/bases.h"
#include "eval/finding.h"
#include "eval/rule.h"

namespace legalint {

// One input file's outcome: reviewed (with findings) or unreadable (with why).
struct FileOutcome {
  std::string path;
  std::optional<Error> error;   // set when the file could not be read
  DocumentKind kind = DocumentKind::unknown;
  std::string kind_reason;
  std::vector<Finding> findings;  // sorted; what the report shows
  std::size_t baselined = 0;      // findings hidden because the baseline lists them
  std::size_t accepted = 0;       // findings hidden by [[accepted]] in legalint.toml
  // The decoded text (Document::text) — kept only when a sink shows the
  // document itself (html), so a big batch holds no texts otherwise.
  // Finding::location's line and column index into it.
  std::optional<std::string> text;

  bool reviewed() const { return !error.has_value(); }
};

struct RunReport {
  std::vector<FileOutcome> files;   // in input order (sorted paths for folders)
  const RuleSet* rules = nullptr;
  const BasisIndex* bases = nullptr;
  std::chrono::milliseconds elapsed{0};
  std::vector<std::string> fixed;   // baseline fingerprints no longer found
  std::string tool_version = "0.1.0";

  std::size_t count(Severity severity) const;
  std::size_t unreadable() const;
  std::size_t findings() const;       // shown findings, all severities
  std::size_t baselined() const;      // hidden by the baseline, all files
  std::size_t accepted() const;       // hidden by [[accepted]], all files
};

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void write(const RunReport& run, std::ostream& out) const = 0;
};

}  // namespace legalint

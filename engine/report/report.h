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
// Sinks read a file's findings with run.findings_of(file), one file at a
// time, because a big batch keeps them in a spill file rather than in memory
// (report/spill.h); per-file counts stay in memory for the summaries.
//
// Determinism: a sink writes the same bytes for the same RunReport. No sink
// writes `elapsed`, a date or the current directory.
#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "eval/bases.h"
#include "eval/finding.h"
#include "eval/rule.h"
#include "report/spill.h"

namespace legalint {

// A file's findings once spilled: where they are, and their counts, so a
// report can be summed up without reading them back.
struct SpilledFindings {
  FindingSpill::Range range;
  std::size_t count = 0;
  std::array<std::size_t, 3> by_severity{};  // indexed by Severity
};

// One input file's outcome: reviewed (with findings) or unreadable (with why).
struct FileOutcome {
  std::string path;
  std::optional<Error> error;   // set when the file could not be read
  DocumentKind kind = DocumentKind::unknown;
  std::string kind_reason;
  // Sorted; what the report shows. Held here, or, in a run with a spill,
  // moved to it (`spilled` set) once the file is finished. Findings that join
  // a spilled file later (corpus-level ones, RunReport::add_findings) are
  // held here beside it rather than rewritten with it. RunReport::findings_of
  // and edit_findings see them all as one sorted list.
  std::vector<Finding> findings;
  std::optional<SpilledFindings> spilled;
  std::size_t baselined = 0;      // findings hidden because the baseline lists them
  std::size_t accepted = 0;       // findings hidden by [[accepted]] in legalint.toml
  // The decoded text (Document::text) — kept only when a sink shows the
  // document itself (html), so a big batch holds no texts otherwise.
  // Finding::location's line and column index into it.
  std::optional<std::string> text;

  bool reviewed() const { return !error.has_value(); }
  std::size_t count() const;                   // shown findings, held or spilled
  std::size_t count(Severity severity) const;  // the same, of one severity
};

struct RunReport {
  std::vector<FileOutcome> files;   // in input order (sorted paths for folders)
  const RuleSet* rules = nullptr;
  const BasisIndex* bases = nullptr;
  std::chrono::milliseconds elapsed{0};
  std::vector<std::string> fixed;   // baseline fingerprints no longer found
  std::string tool_version = "0.1.0";
  // Set when the run keeps its files' findings on disk (the CLI's check):
  // memory then stays flat however many findings a corpus has (issue #9).
  std::shared_ptr<FindingSpill> spill;
  // The threads the run may use (the batch's jobs): with more than one, a
  // big run's report is made on two (format_files). `--jobs 1` means one.
  unsigned threads = 1;

  // A file's findings, sorted: those read back from the spill merged with
  // those held in memory (where two compare equal, the spilled one first).
  std::vector<Finding> findings_of(const FileOutcome& file) const;
  // How a sink writes a part of its report for each file, in file order:
  // `format` appends a file's part (from the file and its findings) to a
  // string, which may already hold earlier files' parts, and `write` gets
  // each file's part, in order. On a big run (one with a spill, and
  // `threads` > 1) files are read back and formatted on two threads, so
  // `format` must change nothing it shares. Returns the number of findings of each
  // rule, for the summaries (report/format_files.cpp).
  using FormatFile = std::function<void(const FileOutcome&, const std::vector<Finding>&, std::string&)>;
  std::map<std::string, std::size_t> format_files(const FormatFile& format, const std::function<void(std::string_view)>& write) const;
  // Adds findings to a file's (corpus-level findings joining its own),
  // sorted in. They are held in memory: the spilled ones are not rewritten.
  void add_findings(FileOutcome& file, std::vector<Finding> more);
  // Lets `edit` change a file's findings in place (a filter); it returns
  // whether it changed anything, so unchanged spilled findings are not
  // written again.
  void edit_findings(FileOutcome& file, const std::function<bool(std::vector<Finding>&)>& edit);
  // Moves a file's findings, all of them, to the spill, if the run has one.
  // Safe to call from several threads for different files.
  void spill_findings(FileOutcome& file);

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

// Stage: findings → a report. A report is the outcome of one run (every
// file reviewed or not, with its findings) written by one sink per format.
//
//   RunReport run;                     // filled by the CLI's batch
//   TextSink sink(TextOptions{.color = true});
//   sink.write(run, std::cout);
//
// Sinks only read the RunReport: a new format is a new sink, nothing else
// changes.
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
  std::vector<Finding> findings;  // sorted

  bool reviewed() const { return !error.has_value(); }
};

struct RunReport {
  std::vector<FileOutcome> files;   // in input order (sorted paths for folders)
  const RuleSet* rules = nullptr;
  const BasisIndex* bases = nullptr;
  std::chrono::milliseconds elapsed{0};
  std::vector<std::string> fixed;   // baseline fingerprints no longer found

  std::size_t count(Severity severity) const;
  std::size_t unreadable() const;
};

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void write(const RunReport& run, std::ostream& out) const = 0;
};

}  // namespace legalint

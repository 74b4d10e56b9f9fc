// Where a big run keeps its findings (issue #9): an anonymous temporary file
// (in $TMPDIR or /tmp, deleted when closed or when the process ends) that each
// finished document's findings are written to in a compact binary form, and
// read back from one document at a time when a report is written. A run of
// 10,000 documents has some 100,000 findings, 2 KB each held as strings: in
// memory they were most of the run's peak; on disk they cost nothing.
//
//   FindingSpill spill;
//   const auto range = spill.write(findings);   // any thread
//   std::vector<Finding> back = spill.read(range);
//
// A range, once written, never changes: a file whose findings change (a
// filter, corpus-level findings joining) gets a new range, the old one stays
// behind unused until the spill is closed.
#pragma once

#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include "eval/finding.h"

namespace legalint {

class FindingSpill {
 public:
  struct Range {
    std::uint64_t offset = 0;
    std::uint64_t bytes = 0;
  };

  FindingSpill();  // throws std::runtime_error, naming the folder, when no temporary file can be made there
  explicit FindingSpill(std::FILE* file);  // takes it over (tests: one that cannot be written)
  ~FindingSpill();
  FindingSpill(const FindingSpill&) = delete;
  FindingSpill& operator=(const FindingSpill&) = delete;

  // Both are safe to call from several threads at once.
  Range write(const std::vector<Finding>& findings);
  std::vector<Finding> read(Range range) const;

 private:
  std::FILE* file_;
  std::uint64_t end_ = 0;  // where the next range goes
  std::mutex mutex_;       // guards end_
};

// The compact form itself, every field of every finding (exposed for tests).
std::string serialize_findings(const std::vector<Finding>& findings);
std::vector<Finding> deserialize_findings(std::string_view bytes);

}  // namespace legalint

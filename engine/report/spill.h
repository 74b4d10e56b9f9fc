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
//
// Ranges are gathered in memory and written a megabyte at a time: a write
// per document had two jobs queue on the file's lock in the kernel (some
// 1,800 context switches a second; two jobs took 7% longer). Should a
// write fail (a full disk), what it held stays in memory, and so does all
// that follows: the report is the same, only memory grows, as without a
// spill.
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

  // Both are safe to call from several threads at once. read() throws
  // std::runtime_error when the file gives back less than was written.
  Range write(const std::vector<Finding>& findings);
  std::vector<Finding> read(Range range) const;

 private:
  void flush();  // writes pending_ to the file; with mutex_ held

  std::FILE* file_;
  mutable std::mutex mutex_;   // guards what follows
  std::uint64_t end_ = 0;      // where the next range goes
  std::uint64_t written_ = 0;  // [0, written_) is in the file, [written_, end_) in pending_
  std::string pending_;
  bool keep_in_memory_ = false;  // a write failed: pending_ keeps everything from written_ on
};

// The compact form itself, every field of every finding (exposed for tests).
std::string serialize_findings(const std::vector<Finding>& findings);
std::vector<Finding> deserialize_findings(std::string_view bytes);

}  // namespace legalint

// A per-file time limit that long loops poll, cooperatively.
//
//   // the batch, around the review of one file (cli/batch.cpp):
//   legalint::ScopedDeadline deadline(std::chrono::seconds(10));
//   auto analysis = analyze(std::move(document));   // loops call deadline_passed()
//   if (deadline.passed()) … report the file as the input error `time-limit`
//
//   // a loop that can run long on a hostile document:
//   for (…) {
//     if (legalint::deadline_passed()) break;       // stop early; the result is discarded
//     …
//   }
//
// Why cooperative: a thread cannot be stopped safely from outside in C++
// (it may hold a lock, or be inside malloc), a signal handler cannot unwind
// it, and a process per file would cost more than most reviews. So the
// stages poll: each long loop asks deadline_passed() and, when it says yes,
// stops and returns what it has; the caller that set the deadline then
// throws that partial result away. A stage that never polls still finishes
// and is caught at the next stage boundary, where the batch checks again.
//
// The clock is the CPU time of the reviewing thread, not the wall clock: a
// busy machine, other jobs of the same batch, or a read blocked on a pipe do
// not use up a file's budget, and the same file is refused (or not) on a
// loaded CI runner as on a laptop.
//
// The deadline is thread-local, so polling needs no parameter threaded
// through every stage; with no ScopedDeadline on the thread (tests, fuzzing,
// `legalint dump`), deadline_passed() is false and costs one load.
#pragma once

#include <time.h>

#include <chrono>
#include <cstdint>

namespace legalint {

namespace deadline_internal {

// CPU time used by the calling thread, in nanoseconds.
inline std::int64_t thread_cpu_nanoseconds() {
  timespec now{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The calling thread's deadline in thread CPU nanoseconds; 0: none.
inline thread_local std::int64_t current = 0;

}  // namespace deadline_internal

// True once the thread reviewing the current file has used up its time.
// Reads the thread's CPU clock (a system call, well under a microsecond):
// poll once per line, per rule or per match, not per byte.
inline bool deadline_passed() {
  const std::int64_t at = deadline_internal::current;
  return at != 0 && deadline_internal::thread_cpu_nanoseconds() >= at;
}

// Sets the calling thread's deadline to `budget` of CPU time from now, for
// as long as it lives; a zero or negative budget means no limit. Nested
// deadlines are not supported: the outer one comes back on destruction.
class ScopedDeadline {
 public:
  explicit ScopedDeadline(std::chrono::nanoseconds budget) : previous_(deadline_internal::current) {
    deadline_internal::current =
        budget.count() > 0 ? deadline_internal::thread_cpu_nanoseconds() + static_cast<std::int64_t>(budget.count()) : 0;
  }
  ScopedDeadline(const ScopedDeadline&) = delete;  // one owner restores the previous deadline
  ScopedDeadline& operator=(const ScopedDeadline&) = delete;
  ~ScopedDeadline() { deadline_internal::current = previous_; }

  bool passed() const { return deadline_passed(); }

 private:
  std::int64_t previous_;
};

}  // namespace legalint

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

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>

namespace legalint {

namespace deadline_internal {

inline std::int64_t read_clock(clockid_t clock) {
  timespec now{};
  ::clock_gettime(clock, &now);
  return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// CPU time used by the calling thread: a system call, about a microsecond.
inline std::int64_t thread_cpu_nanoseconds() { return read_clock(CLOCK_THREAD_CPUTIME_ID); }

// The wall clock: read in user space (vDSO), some twenty nanoseconds.
inline std::int64_t wall_nanoseconds() { return read_clock(CLOCK_MONOTONIC); }

struct ThreadDeadline {
  std::int64_t at = 0;         // in thread CPU nanoseconds; 0: none
  std::int64_t cpu_then = 0;   // the CPU clock at its last reading …
  std::int64_t wall_then = 0;  // … and the wall clock just before it
};

inline thread_local ThreadDeadline current;

// Starts the clocks over: the wall clock first, so that the bound in
// deadline_passed() is never short.
inline void read_clocks(ThreadDeadline& deadline) {
  deadline.wall_then = wall_nanoseconds();
  deadline.cpu_then = thread_cpu_nanoseconds();
}

}  // namespace deadline_internal

// True once the thread reviewing the current file has used up its time.
//
// A thread's CPU time cannot grow faster than the wall clock, so while the
// CPU time last read plus the wall time since stays short of the deadline,
// the deadline has not passed, and the kernel is not asked. Asking it at
// every poll was a tenth of a whole batch's time (perf: 189,000 system calls
// over 1,000 documents). Near the deadline, or on a loaded machine, the CPU
// clock is read again; the answer is exact either way.
inline bool deadline_passed() {
  auto& deadline = deadline_internal::current;
  if (deadline.at == 0) return false;
  if (deadline.cpu_then + (deadline_internal::wall_nanoseconds() - deadline.wall_then) < deadline.at) return false;
  deadline_internal::read_clocks(deadline);
  return deadline.cpu_then >= deadline.at;
}

// Sets the calling thread's deadline to `budget` of CPU time from now, for
// as long as it lives; a zero or negative budget means no limit. Nested
// deadlines are not supported: the outer one comes back on destruction.
class ScopedDeadline {
 public:
  explicit ScopedDeadline(std::chrono::nanoseconds budget) : previous_(deadline_internal::current) {
    auto& deadline = deadline_internal::current;
    deadline.at = 0;
    if (budget.count() <= 0) return;  // no limit: no clock to read
    deadline_internal::read_clocks(deadline);
    deadline.at = deadline.cpu_then + static_cast<std::int64_t>(budget.count());
  }
  ScopedDeadline(const ScopedDeadline&) = delete;  // one owner restores the previous deadline
  ScopedDeadline& operator=(const ScopedDeadline&) = delete;
  ~ScopedDeadline() { deadline_internal::current = previous_; }

  bool passed() const { return deadline_passed(); }

  // What is left of the budget, at least a nanosecond (it reads the CPU
  // clock); nullopt when there is no limit. For work that goes on under a
  // deadline of its own.
  std::optional<std::chrono::nanoseconds> left() const {
    const auto& deadline = deadline_internal::current;
    if (deadline.at == 0) return std::nullopt;
    return std::chrono::nanoseconds(std::max<std::int64_t>(1, deadline.at - deadline_internal::thread_cpu_nanoseconds()));
  }

 private:
  deadline_internal::ThreadDeadline previous_;
};

}  // namespace legalint

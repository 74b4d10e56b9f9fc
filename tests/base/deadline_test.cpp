#include <catch2/catch.hpp>

#include <chrono>

#include "base/deadline.h"

using namespace legalint;
using namespace std::chrono_literals;

namespace {

// Burns the thread's CPU until the deadline passes.
void spin_until_passed() {
  volatile std::uint64_t work = 0;
  while (!deadline_passed())
    for (int i = 0; i < 1000; ++i) work = work + static_cast<std::uint64_t>(i);
}

}  // namespace

TEST_CASE("no deadline on the thread: never passed") {
  CHECK_FALSE(deadline_passed());
  const ScopedDeadline unlimited(0ns);
  CHECK_FALSE(deadline_passed());
  CHECK_FALSE(unlimited.passed());
}

TEST_CASE("a deadline passes once the thread has used its CPU budget, not before") {
  const auto start = deadline_internal::thread_cpu_nanoseconds();  // before the deadline starts its clock
  const ScopedDeadline deadline(20ms);
  CHECK_FALSE(deadline.passed());
  spin_until_passed();
  const auto used = deadline_internal::thread_cpu_nanoseconds() - start;
  // The thread's CPU clock may step back a little between two readings on a
  // virtual machine (CI saw 339 ns): "not before" means within a millisecond.
  CHECK(used >= 19'000'000);
  CHECK(used < 2'000'000'000);  // noticed soon after, not seconds later
  CHECK(deadline.passed());
}

TEST_CASE("sleeping uses wall time, not the budget") {
  const ScopedDeadline deadline(30ms);
  const auto wall = deadline_internal::wall_nanoseconds();
  while (deadline_internal::wall_nanoseconds() - wall < 60'000'000) {
    CHECK_FALSE(deadline_passed());  // the wall-clock bound says "maybe"; the CPU clock says no
    timespec pause{0, 5'000'000};
    ::nanosleep(&pause, nullptr);
  }
  CHECK_FALSE(deadline.passed());
}

TEST_CASE("a nested deadline gives the outer one back when it ends") {
  const ScopedDeadline outer(10s);
  {
    const ScopedDeadline inner(1ms);
    spin_until_passed();
    CHECK(inner.passed());
  }
  CHECK_FALSE(outer.passed());
}

TEST_CASE("left: what the budget has left, shrinking as CPU is used, and nothing without a limit") {
  CHECK_FALSE(ScopedDeadline(0ns).left().has_value());
  const ScopedDeadline deadline(200ms);
  const auto first = deadline.left();
  REQUIRE(first.has_value());
  CHECK(*first <= 200ms);
  CHECK(*first > 100ms);
  volatile std::uint64_t work = 0;
  const auto start = deadline_internal::thread_cpu_nanoseconds();
  while (deadline_internal::thread_cpu_nanoseconds() - start < 20'000'000)  // 20 ms of CPU
    for (int i = 0; i < 1000; ++i) work = work + static_cast<std::uint64_t>(i);
  CHECK(*deadline.left() <= *first - 20ms);
  spin_until_passed();
  CHECK(*deadline.left() == 1ns);  // used up: the least, never "no limit"
}

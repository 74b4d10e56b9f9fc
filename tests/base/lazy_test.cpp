// base/lazy.h: made once, on first use, whichever thread asks; kept across a move.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "base/lazy.h"

namespace legalint {

TEST_CASE("Lazy makes its value on the first get and keeps it", "[base][lazy]") {
  Lazy<std::string> lazy;
  int made = 0;
  CHECK(lazy.get([&] { ++made; return std::string("first"); }) == "first");
  CHECK(lazy.get([&] { ++made; return std::string("second"); }) == "first");
  CHECK(made == 1);
}

TEST_CASE("Lazy moves a made value, and a moved-into one does not make it again", "[base][lazy]") {
  Lazy<std::vector<int>> lazy;
  lazy.get([] { return std::vector<int>{1, 2, 3}; });
  Lazy<std::vector<int>> moved(std::move(lazy));
  CHECK(moved.get([] { return std::vector<int>{}; }) == std::vector<int>{1, 2, 3});
  Lazy<std::vector<int>> assigned;
  assigned = std::move(moved);
  CHECK(assigned.get([] { return std::vector<int>{}; }) == std::vector<int>{1, 2, 3});
}

TEST_CASE("Lazy asked from several threads at once makes its value once", "[base][lazy]") {
  Lazy<int> lazy;
  std::atomic<int> made{0};
  std::vector<std::thread> threads;
  std::vector<int> seen(8, 0);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] { seen[static_cast<std::size_t>(t)] = lazy.get([&] { return 40 + ++made; }); });
  for (auto& thread : threads) thread.join();
  CHECK(made == 1);
  for (const int value : seen) CHECK(value == 41);
}

}  // namespace legalint

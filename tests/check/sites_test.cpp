// check/sites.h: each regex's windows, grouped by slot out of the
// prefilter's interleaved list, in text order; "anywhere" and "nowhere" kept apart.
#include <catch2/catch.hpp>

#include <vector>

#include "check/regex.h"
#include "check/sites.h"

namespace legalint {
namespace {

std::vector<Span> as_vector(std::optional<std::span<const Span>> windows) {
  REQUIRE(windows.has_value());
  return {windows->begin(), windows->end()};
}

}  // namespace

TEST_CASE("RegexSites groups interleaved windows by regex, each regex's in text order", "[check][sites]") {
  const Regex a("甲"), b("乙"), c("丙"), d("丁"), unknown("戊");
  const RegexSlots slots{{&a, 0}, {&b, 1}, {&c, 2}, {&d, 3}};
  const std::vector<RegexSites::Window> windows{
      {1, {0, 10}}, {0, {0, 10}}, {1, {11, 20}}, {0, {21, 30}}, {1, {21, 30}}, {1, {25, 30}}, {0, {31, 40}}};
  // a, b and c confined; d may match anywhere.
  const RegexSites sites(slots, std::vector<bool>{true, true, true, false}, windows);

  CHECK(as_vector(sites.windows(a)) == std::vector<Span>{{0, 10}, {21, 30}, {31, 40}});
  // {25, 30} begins inside b's window before it: dropped.
  CHECK(as_vector(sites.windows(b)) == std::vector<Span>{{0, 10}, {11, 20}, {21, 30}});
  CHECK(as_vector(sites.windows(c)).empty());  // confined with no window: it cannot match here
  CHECK_FALSE(sites.windows(d).has_value());   // anywhere
  CHECK_FALSE(sites.windows(unknown).has_value());
  CHECK(sites.possible(0));
  CHECK(sites.possible(1));
  CHECK_FALSE(sites.possible(2));
  CHECK(sites.possible(3));
}

TEST_CASE("RegexSites without a prefilter's answer lets every regex match anywhere", "[check][sites]") {
  const Regex a("甲");
  const RegexSlots slots{{&a, 0}};
  const RegexSites sites(slots, 1);
  CHECK_FALSE(sites.windows(a).has_value());
  CHECK(sites.possible(0));
}

}  // namespace legalint

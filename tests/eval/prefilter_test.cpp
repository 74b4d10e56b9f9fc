// The prefilter's parts: which regexes can cross a line, and the atom matcher.
// (That the whole prefilter never changes a match is checked over the corpus
// in tests/rules/catalogue_test.cpp.)
#include <catch2/catch.hpp>

#include <algorithm>

#include "eval/atom_matcher.h"
#include "eval/newline.h"

using namespace legalint;

TEST_CASE("may_match_newline: what can take a line break and what cannot") {
  const auto [pattern, expected] = GENERATE(table<std::string, bool>({
      {"定金", false},
      {"自动续(期|租)", false},
      {"定金[^\\n。]{0,8}不予退还", false},
      {"[^。\\n]{0,40}", false},
      {"[^\\s。]+", false},
      {"a.b", false},                 // '.' stops at a line break
      {"\\d+年|\\w+", false},
      {"[0-9.,]+万?元", false},
      {"[\\t-\\r]", true},            // a range around '\n'
      {"[\\x00-\\x7f]", true},        // an escape the reader does not value: may be
      {"定金[^。]{0,8}不予退还", true}, // [^。] takes '\n'
      {"甲方\\s*乙方", true},
      {"a\\nb", true},
      {"(?s)a.b", true},
      {"(?is:a.b)", true},
      {"a\\Db", true},
      {"[\\s,]", true},
      {"[^\\S]", true},
      {"\\p{Han}+", false},
      {"\\PL", true},
      {"\\pZ", true},
      {"[[:space:]]", true},
      {"[[:alpha:]]+", false},
      {"[^[:alpha:]]", true},
      {"\\Qa.b\\E", false},
      {"[]a]", false},                // ']' first in a class is a literal
      {"[^]a]", true},
      {"(?P<name>甲方)", false},
      {"[", true},                    // unreadable: may be
  }));
  INFO(pattern);
  CHECK(may_match_newline(pattern) == expected);
}

namespace {
std::vector<int> found_in(const AtomMatcher& matcher, std::string_view text) {
  std::vector<int> found;
  matcher.match(text, found);
  std::sort(found.begin(), found.end());
  return found;
}
}  // namespace

TEST_CASE("AtomMatcher finds every atom that occurs, once, overlapping or nested") {
  const AtomMatcher matcher({"定金", "定金不予退还", "不予退还", "金不", "租金"});
  REQUIRE(matcher.ok());
  CHECK(found_in(matcher, "乙方交付的定金不予退还。") == std::vector<int>{0, 1, 2, 3});
  CHECK(found_in(matcher, "定金定金定金") == std::vector<int>{0});
  CHECK(found_in(matcher, "年租金五万元") == std::vector<int>{4});
  CHECK(found_in(matcher, "").empty());
  CHECK(found_in(matcher, "定").empty());
  CHECK(found_in(matcher, "\xE5\xAE\x9A\xE5").empty());  // cut inside a character
}

TEST_CASE("AtomMatcher matches lower-cased atoms in any case, as FilteredRE2 expects") {
  const AtomMatcher matcher({"rmb", "ppp项目", "αβγ"});
  REQUIRE(matcher.ok());
  CHECK(found_in(matcher, "RMB 5000") == std::vector<int>{0});
  CHECK(found_in(matcher, "Rmb") == std::vector<int>{0});
  CHECK(found_in(matcher, "本PPP项目") == std::vector<int>{1});
  CHECK(found_in(matcher, "ΑΒΓ") == std::vector<int>{2});
  CHECK(found_in(matcher, "Αβγ") == std::vector<int>{2});
  CHECK(found_in(matcher, "rm b").empty());
}

TEST_CASE("AtomMatcher gives up, rather than grow without bound, on an atom with too many case forms") {
  CHECK_FALSE(AtomMatcher({"σσσσσσσσσσσσσσσσσσσσ"}).ok());
  CHECK(AtomMatcher({}).ok());
}

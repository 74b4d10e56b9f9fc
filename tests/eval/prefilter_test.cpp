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
  CHECK(found_in(matcher, "乙方交付的定金不予退还。") == std::vector<int>{0, 1, 2, 3});
  CHECK(found_in(matcher, "定金定金定金") == std::vector<int>{0});
  CHECK(found_in(matcher, "年租金五万元") == std::vector<int>{4});
  CHECK(found_in(matcher, "").empty());
  CHECK(found_in(matcher, "定").empty());
  CHECK(found_in(matcher, "\xE5\xAE\x9A\xE5").empty());  // cut inside a character
}

TEST_CASE("AtomMatcher matches lower-cased atoms in any case, as FilteredRE2 expects") {
  const AtomMatcher matcher({"rmb", "ppp项目", "αβγ"});
  CHECK(found_in(matcher, "RMB 5000") == std::vector<int>{0});
  CHECK(found_in(matcher, "Rmb") == std::vector<int>{0});
  CHECK(found_in(matcher, "本PPP项目") == std::vector<int>{1});
  CHECK(found_in(matcher, "ΑΒΓ") == std::vector<int>{2});
  CHECK(found_in(matcher, "Αβγ") == std::vector<int>{2});
  CHECK(found_in(matcher, "rm b").empty());
}

TEST_CASE("AtomMatcher takes an atom with many case forms without growing: each character is one class") {
  const AtomMatcher matcher({"σσσσσσσσσσσσσσσσσσσσ"});
  CHECK(found_in(matcher, "ΣΣΣΣΣΣΣΣΣΣσσσσσσσσσς") == std::vector<int>{0});
  CHECK(found_in(matcher, "ΣΣΣΣΣΣΣΣΣΣσσσσσσσσσ").empty());
  CHECK(found_in(AtomMatcher({}), "任何文本").empty());
}

TEST_CASE("AtomMatcher reads malformed UTF-8 a byte at a time and still finds the atoms after it") {
  const AtomMatcher matcher({"租金", "a"});
  CHECK(found_in(matcher, "\xE7租金") == std::vector<int>{0});        // a lead byte cut short
  CHECK(found_in(matcher, "\xA7\x9F租金") == std::vector<int>{0});    // stray continuation bytes
  CHECK(found_in(matcher, "租\xFF金").empty());                       // broken in the middle
  CHECK(found_in(matcher, "\xF0\x9F\x98" "a") == std::vector<int>{1});  // four-byte lead cut short
  CHECK(found_in(matcher, "😀租金") == std::vector<int>{0});
}

TEST_CASE("AtomMatcher finds atoms with characters beyond the BMP and with line breaks") {
  const AtomMatcher matcher({"𠀀地", "\n期限"});
  CHECK(found_in(matcher, "甲𠀀地") == std::vector<int>{0});
  CHECK(found_in(matcher, "第一条\n期限十年") == std::vector<int>{1});
  CHECK(found_in(matcher, "期限").empty());
}

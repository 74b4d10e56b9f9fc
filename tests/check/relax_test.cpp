// check/relax.h: the stand-in a regex is checked by (and sieved with) must match all
// that the regex matches, keep RE2's syntax, and leave alone what RE2 refuses.
#include <catch2/catch.hpp>

#include <re2/re2.h>

#include "check/regex.h"
#include "check/relax.h"

using legalint::relax_repeats;

TEST_CASE("bounded repeats become open ones, and growth is the largest bound") {
  CHECK(relax_repeats("定金[^\\n。]{0,40}不予退还").pattern == "定金(?s:.){0,}不予退还");
  CHECK(relax_repeats("定金[^\\n。]{0,40}不予退还").growth == 160);  // 40, times the class's weight 4
  CHECK(relax_repeats("a{3}b{2,5}?c{4,}").pattern == "a{3,}b{2,}?c{4,}");
  CHECK(relax_repeats("a{3}b{2,5}?c{4,}").growth == 5);
  CHECK(relax_repeats("(?:x{0,10}y){0,20}").pattern == "(?:x{0,}y){0,}");
  CHECK(relax_repeats("(?:x{0,10}y){0,20}").growth == 200);  // nested bounds multiply
  CHECK(relax_repeats("(a{0,8})|(b{0,9})").growth == 9);
  CHECK(relax_repeats("租赁期限").pattern == "租赁期限");
  CHECK(relax_repeats("租赁期限").growth == 1);
}

TEST_CASE("copies are the most RE2 makes of a piece under the stand-in's repeats") {
  CHECK(relax_repeats("租赁期限").copies == 1);
  CHECK(relax_repeats("[^\\n。]{0,40}").copies == 1);           // x{0,}: one copy, looping
  CHECK(relax_repeats("a{3}b{2,5}?c{4,}").copies == 4);           // the largest, not the sum
  CHECK(relax_repeats("(?:x{2,3}y){3,4}").copies == 6);           // nested ones multiply
  CHECK(relax_repeats("(a{0,8})|(b{5})").copies == 5);
  CHECK(relax_repeats("(a").read == false);                        // unread: came back as written
}

TEST_CASE("program_bound is at least the stand-in's program, and gives up where a byte can cost hundreds") {
  // The costliest bytes in UTF-8 ('.', \S, negated classes of Chinese
  // characters), repeats copying them, alternations, captures, anchors.
  for (const char* pattern : {"租赁期限", ".", "(?s:.)", "\\S\\D\\W", "[^一]", "[^\\n。;违逾定押]{0,40}", "[^a]{3,}",
                              "(甲|乙|丙|丁)方.{2,3}同意", "^\\s*第[一二三四五六七八九十]{1,3}条$", "(?m:^)[ \\t]*\\b(a|b)\\b",
                              "(?:(.){2,3}(\\S){4}){5}", "[[:^alpha:]]{10}", "\\x{10FFFF}\\C", ".{1000}",
                              "................................",  // eight instructions a byte
                              "\\S\\S\\S\\S\\S\\S\\S\\S\\S\\S\\S\\S\\S\\S\\S\\S"}) {
    INFO(pattern);
    for (const auto classes : {legalint::NegatedClasses::any, legalint::NegatedClasses::kept}) {
      const auto stand_in = relax_repeats(pattern, classes);
      const RE2 compiled(stand_in.pattern, legalint::regex_options());
      REQUIRE(compiled.ok());
      const auto bound = legalint::program_bound(stand_in);
      REQUIRE(bound.has_value());
      CHECK(compiled.ProgramSize() <= *bound);
    }
  }
  for (const char* pattern : {"\\p{Han}{2}", "\\PL", "(?i)abc", "(?si:abc)", "a(?i)b", "租赁(期限"}) {
    INFO(pattern);
    CHECK_FALSE(legalint::program_bound(relax_repeats(pattern)).has_value());
  }
  CHECK(legalint::program_bound(relax_repeats("(?-i)abc")).has_value());  // folding turned off
}

TEST_CASE("a pattern is anchored at the start only when a start-of-text anchor begins it and nothing at its top level is an alternative") {
  for (const char* anchored : {"\\A租赁合同", "(?s)\\A[^\\n]*(草案|送审稿).*(经营者|商户)", "(?s)(?m)\\A\\s*x\n.*(村|社)",
                               "\\A(a|b)c", "(?i)\\Ax[|]y", "\\A\\Qa|b\\E"}) {
    INFO(anchored);
    CHECK(relax_repeats(anchored).anchored_at_start);
    CHECK(relax_repeats(anchored, legalint::NegatedClasses::kept).anchored_at_start);
  }
  // An alternative at the top level, \\A not first, inside a group, or ^
  // (left to RE2: false is always safe), an escaped backslash, an unread pattern.
  for (const char* not_anchored : {"\\Aa|b", "a|\\Ab", "|\\Aa", "a\\A", "(\\Aa)", "(?s:\\Aa)", "^a", "\\\\A",
                                   "\\QA\\E", "x", "\\Aa{2000}", "\\A(a"}) {
    INFO(not_anchored);
    CHECK_FALSE(relax_repeats(not_anchored).anchored_at_start);
  }
}

TEST_CASE("a brace that is no repeat is copied as it is") {
  // Inside a class, in \p{…} \x{…} \Q…\E, or not of the form {n}, {n,}, {n,m}.
  for (const char* pattern : {"[{0,4}]", "\\p{Han}", "\\x{4E00}", "\\Q{0,4}\\E", "a{,4}", "a{x}", "{", "a{1",
                              "(?i)abc", "(?P<name>a)"})
    CHECK(relax_repeats(pattern).pattern == pattern);
  CHECK(relax_repeats("\\p{Han}{2,4}").pattern == "\\p{Han}{2,}");
  CHECK(relax_repeats("[^\\]{]{0,}").pattern == "(?s:.){0,}");  // a negated class: any character
  CHECK(relax_repeats("[]{]{1,2}").pattern == "[]{]{1,}");
  CHECK(relax_repeats("[[:alpha:]{]{1,2}").pattern == "[[:alpha:]{]{1,}");
}

TEST_CASE("what RE2 refuses comes back unchanged, so RE2 reports it as written") {
  for (const char* pattern : {"a{1001}", "a{3,2}", "(a{0,40}){0,30}", "(a", "a)", "[abc", "*{2}", "a{2}{3}"}) {
    INFO(pattern);
    CHECK(relax_repeats(pattern).pattern == pattern);
  }
  // At the limit RE2 accepts, so is it relaxed.
  CHECK(relax_repeats("(a{0,40}){0,25}").pattern == "(a{0,}){0,}");
}

TEST_CASE("the stand-in matches everything the pattern matches") {
  const struct {
    const char* pattern;
    const char* text;
  } cases[] = {
      {"定金[^\\n。]{0,8}不予退还", "定金一律不予退还"},
      {"(甲|乙)方.{2,3}同意", "甲方已书面同意"},
      {"第[一二三四五六七八九十]{1,3}条", "第十二条"},
      {"\\d{4}年\\d{1,2}月", "2024年3月"},
  };
  for (const auto& c : cases) {
    INFO(c.pattern);
    const RE2 original(c.pattern, legalint::regex_options());
    const RE2 stand_in(relax_repeats(c.pattern).pattern, legalint::regex_options());
    REQUIRE(original.ok());
    REQUIRE(stand_in.ok());
    CHECK(RE2::PartialMatch(c.text, original));
    CHECK(RE2::PartialMatch(c.text, stand_in));
    CHECK(stand_in.ProgramSize() <= original.ProgramSize());
  }
}

TEST_CASE("a pool reports RE2's error at the pattern's place, as the pack wrote it, and compiles on first use") {
  legalint::RegexPool pool;
  std::string error;
  legalint::rulelang::Diagnostic where;
  where.path = "t.rules";
  where.start = {3, 7};
  REQUIRE(pool.compile("租赁(期限", error, where) != nullptr);
  REQUIRE(pool.compile("a{1001}", error, where) != nullptr);
  REQUIRE(pool.compile("租赁\\q期限{0,4}", error, where) != nullptr);  // small: its syntax alone is checked
  const legalint::Regex* regex = pool.compile("定金[^\\n。]{0,8}不予退还", error);
  REQUIRE(regex != nullptr);
  CHECK(pool.compile("定金[^\\n。]{0,8}不予退还", error) == regex);  // once per pattern
  legalint::rulelang::Diagnostics diagnostics;
  pool.seal(diagnostics);
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].path == "t.rules");
  CHECK(diagnostics[0].start.line == 3);
  CHECK(diagnostics[0].message == "invalid regular expression: missing ): 租赁(期限");
  CHECK(diagnostics[1].message == "invalid regular expression: invalid repetition size: {1001}");
  CHECK(diagnostics[2].message == "invalid regular expression: invalid escape sequence: \\q");
  CHECK(pool.compile("甲方", error) == nullptr);  // sealed
  CHECK_FALSE(error.empty());
  CHECK(regex->re2().ok());
  CHECK(RE2::PartialMatch("定金一律不予退还", regex->re2()));
  CHECK_FALSE(RE2::PartialMatch("定金一律一律一律一律一律不予退还", regex->re2()));  // the bound holds
}

TEST_CASE("with negated classes kept, the stand-in is a sieve: the same pattern, repeats open") {
  using legalint::NegatedClasses;
  CHECK(relax_repeats("定金[^\\n。]{0,40}不予退还", NegatedClasses::kept).pattern == "定金[^\\n。]{0,}不予退还");
  CHECK(relax_repeats("定金[^\\n。]{0,40}不予退还", NegatedClasses::kept).growth == 40);  // the repeats alone
  CHECK(relax_repeats("(?:x{0,10}y){0,20}", NegatedClasses::kept).growth == 200);
}

TEST_CASE("a pool gives a sieve to a regex whose bounded repeats are large, and it matches wherever the regex does") {
  legalint::RegexPool pool;
  std::string error;
  const auto* large = pool.compile("(用途|用于)[^\\n。;不禁]{0,30}(建设|修建)[^\\n。;不禁]{0,12}(厂|库)", error);
  const auto* small = pool.compile("定金[^\\n。]{0,8}不予退还", error);
  const auto* plain = pool.compile("租赁期限", error);
  legalint::rulelang::Diagnostics diagnostics;
  pool.seal(diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(small->sieve() == nullptr);  // too little to gain
  CHECK(plain->sieve() == nullptr);
  const re2::RE2* sieve = large->sieve();
  REQUIRE(sieve != nullptr);
  CHECK(sieve->pattern() == "(用途|用于)[^\\n。;不禁]{0,}(建设|修建)[^\\n。;不禁]{0,}(厂|库)");
  CHECK(sieve->ProgramSize() * 4 < large->re2().ProgramSize());
  for (const char* text : {"土地用途为建设厂房", "用于修建仓库", "用途：种植。建设厂房", "用于养殖,不得建设厂房",
                           "用途为一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二建设厂房"}) {
    INFO(text);
    if (RE2::PartialMatch(text, large->re2())) CHECK(RE2::PartialMatch(text, *sieve));
  }
  // Where the bound is passed the regex fails and the sieve alone matches:
  // it only lets the regex be skipped where the sieve finds nothing.
  const char* far = "用途为一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二建设厂房";
  CHECK_FALSE(RE2::PartialMatch(far, large->re2()));
  CHECK(RE2::PartialMatch(far, *sieve));
  CHECK_FALSE(RE2::PartialMatch("用途：种植。建设厂房", *sieve));
}

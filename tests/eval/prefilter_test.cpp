// The prefilter's parts: which regexes can cross a line, the atom matcher,
// and its windows over generated texts. (That the whole prefilter never
// changes a match is checked over the corpus in tests/rules/catalogue_test.cpp.)
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <random>
#include <stdexcept>

#include <re2/re2.h>

#include "base/utf8.h"
#include "check/regex.h"
#include "eval/atom_matcher.h"
#include "eval/newline.h"
#include "eval/prefilter.h"
#include "plain_matches.h"
#include "rulelang/diagnostic.h"

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

TEST_CASE("AtomMatcher matches atoms in any case, as a (?i) pattern's literals need") {
  const AtomMatcher matcher({"rmb", "PPP项目", "αβγ"});
  CHECK(found_in(matcher, "RMB 5000") == std::vector<int>{0});
  CHECK(found_in(matcher, "Rmb") == std::vector<int>{0});
  CHECK(found_in(matcher, "本PPP项目") == std::vector<int>{1});
  CHECK(found_in(matcher, "本ppp项目") == std::vector<int>{1});
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

namespace {
// Every (atom, end) of `atoms` in `text` by brute force: atoms are lower
// case, and ASCII letters are the only characters here with a case.
std::vector<std::pair<int, std::size_t>> occurrences_by_search(const std::vector<std::string>& atoms, std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::vector<std::pair<int, std::size_t>> found;
  for (int id = 0; id < static_cast<int>(atoms.size()); ++id)
    for (auto at = text.find(atoms[id]); at != std::string::npos; at = text.find(atoms[id], at + 1))
      found.emplace_back(id, at + atoms[id].size());
  std::sort(found.begin(), found.end());
  return found;
}
}  // namespace

TEST_CASE("AtomMatcher reports each atom once a piece, exactly the atoms that end in the piece, as a plain search finds them") {
  // Random atoms and texts over a few characters, so that atoms overlap,
  // nest and share prefixes and suffixes: the failure moves of the automaton
  // are exercised in every combination. A fixed seed keeps the test repeatable.
  const std::vector<std::string> alphabet{"甲", "乙", "a", "A", "\n", "𠀀"};
  std::mt19937 random(20261127);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> atoms(1 + pick(8));
    for (auto& atom : atoms) {
      for (std::size_t length = 1 + pick(4); length > 0; --length) atom += alphabet[pick(alphabet.size())];
      for (char& c : atom) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // lower case, as the plain search below compares
    }
    std::vector<std::size_t> boundaries;  // after each character
    std::string text;
    for (std::size_t length = pick(40); length-- > 0;) {
      text += alphabet[pick(alphabet.size())];
      boundaries.push_back(text.size());
    }
    const auto occurrences = occurrences_by_search(atoms, text);

    // Pieces of random lengths, resumed where the last stopped, mid-atom
    // too; one character a piece in odd rounds, so that every occurrence is
    // its own report.
    const AtomMatcher matcher(atoms);
    std::vector<std::uint32_t> stamp(matcher.atom_count(), 0);
    AtomMatcher::Cursor cursor = matcher.start();
    std::size_t from = 0;
    std::uint32_t number = 0;
    for (std::size_t next = 0;;) {
      next = std::min(boundaries.size(), next + (round % 2 ? 1 : 1 + pick(6)));
      const std::size_t limit = next == 0 ? 0 : boundaries[next - 1];
      std::vector<int> found;
      matcher.scan_to(text, limit, cursor, ++number, stamp, found);
      std::vector<int> expected;
      for (const auto& [id, end] : occurrences)
        if (end > from && end <= limit) expected.push_back(id);
      std::sort(expected.begin(), expected.end());
      expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
      std::sort(found.begin(), found.end());
      INFO("round " << round << ", text " << text << ", piece " << from << "–" << limit);
      CHECK(found == expected);
      CHECK(cursor.at == limit);
      from = limit;
      if (limit == text.size()) break;
    }
  }
}

TEST_CASE("AtomMatcher's thread cursor serves text after text, and matcher after matcher, as a fresh cursor does") {
  // Two matchers taking turns at random, so that each finds its cursor left
  // by the other; then one alone, its texts' blocks numbered near 2^31 now
  // and then, so that the marks must be reset on the next text (else they
  // wrap around within a few such texts).
  const std::vector<std::string> alphabet{"甲", "乙", "丙", "a", "\n"};
  std::mt19937 random(20261128);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  auto random_atoms = [&] {
    std::vector<std::string> atoms(1 + pick(10));
    for (auto& atom : atoms)
      for (std::size_t length = 1 + pick(3); length > 0; --length) atom += alphabet[pick(alphabet.size())];
    return atoms;
  };
  const AtomMatcher first(random_atoms()), second(random_atoms());
  for (int round = 0; round < 400; ++round) {
    const AtomMatcher& matcher = round < 200 && pick(2) ? second : first;
    std::string text;
    for (std::size_t length = pick(30); length-- > 0;) text += alphabet[pick(alphabet.size())];
    AtomMatcher::Cursor& kept = matcher.thread_cursor();
    AtomMatcher::Cursor fresh = matcher.start();
    std::vector<std::uint32_t> kept_stamp(matcher.atom_count(), 0), fresh_stamp(matcher.atom_count(), 0);
    std::uint32_t number = round >= 200 && round % 10 == 0 ? 0x7FFF'FFF0u : 0;
    for (std::size_t limit = 0;;) {
      limit = std::min(text.size(), limit + 3 * (1 + pick(4)));  // whole characters: each is 1 or 3 bytes
      while (limit < text.size() && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) ++limit;
      std::vector<int> by_kept, by_fresh;
      ++number;
      matcher.scan_to(text, limit, kept, number, kept_stamp, by_kept);
      matcher.scan_to(text, limit, fresh, number, fresh_stamp, by_fresh);
      INFO("round " << round << ", text " << text << ", up to " << limit);
      CHECK(by_kept == by_fresh);
      if (limit == text.size()) break;
    }
  }
}

TEST_CASE("AtomMatcher agrees with a plain search over hundreds of atoms on a wide alphabet") {
  // Many states with many moves each, packed into one double array: a move
  // read from another state's slot, or a base that sends a class past the
  // array, would show as an atom found that is not there, or missed.
  std::vector<std::string> alphabet;
  for (const char* c : {"甲", "乙", "丙", "丁", "租", "金", "期", "限", "的", "、", "年", "月", "日", "元"}) alphabet.push_back(c);
  for (char c = '0'; c <= '9'; ++c) alphabet.push_back(std::string(1, c));
  for (char c = 'a'; c <= 'h'; ++c) alphabet.push_back(std::string(1, c));
  std::mt19937 random(20261128);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  for (int round = 0; round < 20; ++round) {
    std::vector<std::string> atoms(200 + pick(400));
    for (auto& atom : atoms)
      for (std::size_t length = 1 + pick(4); length > 0; --length) atom += alphabet[pick(alphabet.size())];
    const AtomMatcher matcher(atoms);
    for (int text_round = 0; text_round < 20; ++text_round) {
      std::string text;
      for (std::size_t length = pick(300); length-- > 0;) text += alphabet[pick(alphabet.size())];
      std::vector<int> expected;
      for (const auto& [id, end] : occurrences_by_search(atoms, text)) expected.push_back(id);
      std::sort(expected.begin(), expected.end());
      expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
      INFO("round " << round << ", text " << text);
      CHECK(found_in(matcher, text) == expected);
    }
  }
}

TEST_CASE("AtomMatcher names states in 16 bits: thousands of atoms still match, past its reach it says so") {
  // Three-character atoms over 400 Chinese characters: nearly every atom adds
  // two or three states, and the failure moves spread them over the array.
  std::mt19937 random(20261128);
  auto atoms_of = [&](std::size_t count) {
    std::vector<std::string> atoms(count);
    for (auto& atom : atoms)
      for (int k = 0; k < 3; ++k) utf8::append(atom, 0x4E00 + std::uniform_int_distribution<unsigned>(0, 399)(random));
    return atoms;
  };
  const auto atoms = atoms_of(1500);
  const AtomMatcher matcher(atoms);
  std::string text;
  for (std::size_t k = 0; k < 200; ++k) text += atoms[k * 7] + "的";
  std::vector<int> expected;
  for (const auto& [id, end] : occurrences_by_search(atoms, text)) expected.push_back(id);
  std::sort(expected.begin(), expected.end());
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  CHECK(expected.size() >= 200);
  CHECK(found_in(matcher, text) == expected);

  CHECK_THROWS_AS(AtomMatcher(atoms_of(4000)), std::length_error);
}

TEST_CASE("the prefilter's windows hold every match of a regex that stays in a line, in blocks of many short lines") {
  RegexPool pool;
  std::string error;
  std::vector<const Regex*> regexes;
  for (const char* pattern : {"定金[^\\n]{0,6}不予退还", "甲方|乙方", "(租金|押金)[0-9]+元", "违约金", "乙方[^\\n]{0,9}甲方"}) {
    regexes.push_back(pool.compile(pattern, error));
    REQUIRE(regexes.back() != nullptr);
  }
  rulelang::Diagnostics diagnostics;
  pool.seal(diagnostics);
  REQUIRE(diagnostics.empty());
  const Prefilter prefilter(pool);

  std::mt19937 random(20261127);
  const std::vector<std::string> pieces{"定金", "不予退还", "甲方", "乙方", "租金", "押金", "100元", "违约金", "的", "x", "。"};
  std::size_t matches = 0, windows = 0;
  for (int round = 0; round < 300; ++round) {
    // Even rounds: one piece a line, so that a 512-byte block has over a
    // hundred lines; odd rounds: lines of a few pieces.
    std::string text;
    const auto count = random() % 600;
    for (std::size_t i = 0; i < count; ++i) {
      text += pieces[random() % pieces.size()];
      if (round % 2 == 0 || random() % 4 == 0) text += '\n';
    }
    const RegexSites sites = prefilter.scan(text);
    for (const Regex* regex : regexes) {
      const auto confined = sites.windows(*regex);
      REQUIRE(confined.has_value());  // all five cannot cross a line
      windows += confined->size();
      for (const Span match : test::plain_matches(regex->re2(), text)) {
        INFO("round " << round << ", " << regex->pattern() << " at " << match.begin);
        CHECK(std::any_of(confined->begin(), confined->end(),
                          [&](Span window) { return window.begin <= match.begin && match.end <= window.end; }));
        ++matches;
      }
    }
  }
  CHECK(matches > 1000);
  CHECK(windows > 1000);
}

TEST_CASE("a block gets a regex's window only when the regex's whole formula holds there, an OR on any one atom") {
  RegexPool pool;
  std::string error;
  // 定金 AND 退; keyed by 定金, the rarer (a one-character atom weighs more).
  const Regex* both = pool.compile("定金[^\\n]{0,6}退", error);
  const Regex* either = pool.compile("甲方|乙方", error);               // 甲方 OR 乙方
  REQUIRE(both != nullptr);
  REQUIRE(either != nullptr);
  rulelang::Diagnostics diagnostics;
  pool.seal(diagnostics);
  REQUIRE(diagnostics.empty());
  const Prefilter prefilter(pool);

  // Blocks are 512 bytes of whole lines: 300 lines of "x" set them apart.
  std::string filler;
  for (int i = 0; i < 300; ++i) filler += "x\n";
  const std::string text = "定金\n" + filler + "定金一律不予退还\n" + filler + "乙方\n";
  const RegexSites sites = prefilter.scan(text);
  const auto both_windows = sites.windows(*both);
  REQUIRE(both_windows.has_value());
  REQUIRE(both_windows->size() == 1);  // not the first block, which has 定金 alone
  CHECK(both_windows->front().begin > 0);
  CHECK(both_windows->front().begin <= text.find("定金一律"));
  CHECK(text.find("定金一律") < both_windows->front().end);
  const auto either_windows = sites.windows(*either);
  REQUIRE(either_windows.has_value());
  REQUIRE(either_windows->size() == 1);  // the last block, on 乙方 alone
  CHECK(either_windows->front().begin <= text.rfind("乙方"));
}

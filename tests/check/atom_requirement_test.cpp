// What a regex cannot match without (check/atom_requirement.h): the formula
// read off each kind of pattern, and that every match RE2 finds holds it.
// (That the prefilter built on it changes no finding is checked over the
// corpus in tests/rules/catalogue_test.cpp.)
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <random>

#include <re2/re2.h>

#include "check/atom_requirement.h"
#include "check/regex.h"

using namespace legalint;

TEST_CASE("atom_requirement_of reads the literals each kind of pattern needs") {
  const auto [pattern, expected] = GENERATE(table<std::string, std::string>({
      {"定金", "定金"},
      {"定金[^\\n。]{0,8}(不予退还|不退还)", "AND(定金, OR(不予退还, 不退还))"},
      {"\\d+年", "年"},
      {"[0-9]+", "ALWAYS"},
      {"(招标人|采购人)的?代表", "OR(招标人代表, 招标人的代表, 采购人代表, 采购人的代表)"},
      {"(人民)?法院", "法院"},                         // 人民法院 holds 法院
      {"[甲乙]方", "OR(乙方, 甲方)"},                    // a small class: each of its characters
      {"[甲乙丙丁戊]方", "方"},                          // a larger one: none
      {"[^甲]方", "方"},
      {"[a-c]x", "OR(ax, bx, cx)"},
      {"[a-z]x", "x"},
      {"a|", "ALWAYS"},                                // the empty alternative needs nothing
      {"(?:租赁|承包)期限|租期", "OR(承包期限, 租期, 租赁期限)"},
      {"(?m:^)经", "经"},
      {"(?i)Ab", "Ab"},                                // case is the atom matcher's business
      {"\\A\\s*[^\\n]*合同\\s*$", "合同"},
      {"甲方\\s+乙方", "AND(甲方, 乙方)"},
      {"(签字)+", "签字"},
      {"(签字){2,3}", "签字"},
      {"(签字)*", "ALWAYS"},
      {"(签字){0,3}盖章", "盖章"},
      {"a{,3}", "a{,3}"},                              // to RE2 as well, no repeat: literal text
      {"\\(章\\)", "(章)"},
      {"\\Q1.5\\E倍", "1.5倍"},
      {"\\x{5B9A}金", "定金"},
      {"a\\nb", "a\nb"},
      {"\\pL+定金|\\p{Han}乙方", "OR(定金, 乙方)"},
      {"[[:alpha:]]定", "定"},
      {"[]a]b", "OR(]b, ab)"},                         // ']' first in a class is a member
      {"(?P<who>甲|乙)方", "OR(乙方, 甲方)"},
      {"[^\\s\\S]", "ALWAYS"},
      {"(", "ALWAYS"},                                 // unreadable: needs nothing
      {"a)", "ALWAYS"},
      {"\\1", "ALWAYS"},
  }));
  INFO(pattern);
  CHECK(to_string(atom_requirement_of(pattern)) == expected);
}

TEST_CASE("a long cross product becomes an AND of its pieces") {
  // 5 × 5 strings pass the limit of 16: each alternation is needed on its own.
  const auto requirement = atom_requirement_of("(一|二|三|四|五)(甲|乙|丙|丁|戊)");
  CHECK(to_string(requirement) == "AND(OR(一, 三, 二, 五, 四), OR(丁, 丙, 乙, 戊, 甲))");
}

TEST_CASE("a word list of thousands of alternatives is one OR of its words") {
  std::string pattern;
  for (int i = 0; i < 5000; ++i) pattern += (i ? "|名" : "名") + std::to_string(i);
  pattern += "|名1";  // a repeat is one atom
  const auto requirement = atom_requirement_of(pattern);
  REQUIRE(requirement.kind == AtomRequirement::Kind::one_of);
  CHECK(requirement.parts.size() == 5000);
}

namespace {
// Gives each distinct atom an id, its index in `atoms`, as the RegexPool does.
auto interner(std::vector<std::string>& atoms) {
  return [&atoms](const std::string& atom) {
    const auto it = std::find(atoms.begin(), atoms.end(), atom);
    if (it != atoms.end()) return static_cast<int>(it - atoms.begin());
    atoms.push_back(atom);
    return static_cast<int>(atoms.size() - 1);
  };
}
}  // namespace

TEST_CASE("AtomFormula evaluates a requirement over atom ids, short-circuiting") {
  std::vector<std::string> atoms;
  const auto intern = interner(atoms);
  const AtomFormula formula(atom_requirement_of("定金[^\\n]{0,8}(不予退还|不退还)"), intern);
  REQUIRE(atoms == std::vector<std::string>{"定金", "不予退还", "不退还"});
  CHECK(formula.atoms() == std::vector<int>{0, 1, 2});
  auto with = [&](std::vector<int> present) {
    return formula.holds([&](int id) { return std::find(present.begin(), present.end(), id) != present.end(); });
  };
  CHECK(with({0, 1}));
  CHECK(with({0, 2}));
  CHECK_FALSE(with({0}));
  CHECK_FALSE(with({1, 2}));
  // One atom, or an OR of atoms: asked by a loop, with the same answers.
  const AtomFormula either(atom_requirement_of("不予退还|不退还|没收"), intern);
  const AtomFormula single(atom_requirement_of("定金"), intern);
  CHECK(either.holds([](int id) { return id == 2; }));
  CHECK(either.holds([&](int id) { return atoms[static_cast<std::size_t>(id)] == "没收"; }));
  CHECK_FALSE(either.holds([](int id) { return id == 0; }));
  CHECK(single.holds([](int id) { return id == 0; }));
  CHECK_FALSE(single.holds([](int id) { return id != 0; }));
  CHECK(AtomFormula().always());
  CHECK(AtomFormula().holds([](int) { return false; }));
}

TEST_CASE("AtomFormula's key atoms: one of them occurs wherever the formula holds") {
  std::vector<std::string> atoms;
  const auto intern = interner(atoms);
  const auto even = [](int) { return 1.0; };
  // An AND keeps its lightest part: 定金 (one atom) over the OR of two.
  const AtomFormula deposit(atom_requirement_of("定金[^\\n]{0,8}(不予退还|不退还)"), intern);
  CHECK(deposit.key_atoms(even) == std::vector<int>{0});
  // A heavy 定金 (a common atom) hands the key to the OR, whose parts all count.
  CHECK(deposit.key_atoms([](int id) { return id == 0 ? 8.0 : 1.0; }) == std::vector<int>{1, 2});
  const AtomFormula either(atom_requirement_of("不予退还|不退还|没收"), intern);
  CHECK(either.key_atoms(even) == std::vector<int>{1, 2, 3});
  CHECK(AtomFormula().key_atoms(even).empty());

  // Every set of present atoms that makes a formula true holds a key atom,
  // for nested formulas and any weights.
  const std::vector<std::string> patterns{"(甲|乙)丙.{0,4}(丁|戊己)", "甲.*(乙|丙.*丁)", "(甲乙|丙)(丁|戊)(己|甲)"};
  const std::vector<std::vector<double>> weightings{{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, {9, 1, 9, 1, 9, 1, 9, 1, 9, 1}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}};
  for (const auto& pattern : patterns) {
    atoms.clear();
    const AtomFormula formula(atom_requirement_of(pattern), intern);
    REQUIRE_FALSE(formula.always());
    REQUIRE(atoms.size() <= 10);
    for (const auto& weights : weightings) {
      const auto keys = formula.key_atoms([&](int id) { return weights[static_cast<std::size_t>(id)]; });
      for (unsigned present = 0; present < (1u << atoms.size()); ++present) {
        const auto has = [&](int id) { return (present >> id & 1u) != 0; };
        INFO(pattern << ", present set " << present);
        if (formula.holds(has)) CHECK(std::any_of(keys.begin(), keys.end(), has));
      }
    }
  }
}

namespace {
std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Whether `text` holds the requirement's atoms, as the atom matcher finds
// them (ASCII case aside).
bool holds_in(const AtomRequirement& requirement, const std::string& text) {
  switch (requirement.kind) {
    case AtomRequirement::Kind::always: return true;
    case AtomRequirement::Kind::atom: return lower(text).find(lower(requirement.atom)) != std::string::npos;
    case AtomRequirement::Kind::all_of:
      return std::all_of(requirement.parts.begin(), requirement.parts.end(), [&](const auto& part) { return holds_in(part, text); });
    case AtomRequirement::Kind::one_of:
      return std::any_of(requirement.parts.begin(), requirement.parts.end(), [&](const auto& part) { return holds_in(part, text); });
  }
  return true;
}
}  // namespace

TEST_CASE("every match RE2 finds holds the requirement, over random texts") {
  // Patterns of every construct the reader follows, over a small alphabet so
  // that random texts match them often.
  const std::vector<std::string> patterns = {
      "甲方", "甲方|乙方", "[甲乙]方", "[^甲]方", "(甲|乙)?方", "甲.{0,3}乙", "甲[^\\n]*?乙方", "(甲方)+乙",
      "(甲方){2}", "(?i)ab", "a|b|", "(?:甲|乙)(方|a)", "^甲", "甲$", "(?m)^乙方$", "\\b[aA]b", "甲\\s*乙",
      "(甲|乙|方|a|b)(甲|乙|方|a|b)(甲|乙)", "[a-c]+方", "(?s)甲.*乙", "\\A甲|乙\\z", "(甲|)(乙|)方", "(?:(甲)?乙)?方",
  };
  const std::vector<std::string> alphabet = {"甲", "乙", "方", "a", "A", "b", "c", " ", "\n"};
  std::mt19937 random(20261127);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 12);
  int matches = 0;
  for (const auto& pattern : patterns) {
    INFO(pattern);
    const RE2 regex("(" + pattern + ")", regex_options());  // the capture is the whole match
    REQUIRE(regex.ok());
    const AtomRequirement requirement = atom_requirement_of(pattern);
    for (int trial = 0; trial < 400; ++trial) {
      std::string text;
      for (int n = length(random); n > 0; --n) text += alphabet[pick(random)];
      re2::StringPiece match;
      if (!RE2::PartialMatch(text, regex, &match)) continue;
      ++matches;
      INFO(text);
      CHECK(holds_in(requirement, std::string(match)));
    }
  }
  CHECK(matches > 1000);  // the texts exercise the patterns
}

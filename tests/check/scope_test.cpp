// check/scope.h: a regex with a sieve, searched in windows, is tried only
// where its sieve's leftmost match begins and anchored there; what it finds
// must be what RE2 alone finds in the whole text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/scope.h"
#include "check/sites.h"
#include "check_support.h"
#include "plain_matches.h"

namespace legalint {
namespace {

TEST_CASE("a sieved regex finds its leftmost and every match when the sieve matches earlier, where the regex cannot",
          "[check][scope]") {
  RegexPool pool;
  std::string error;
  // Large bounded repeats: the pool gives it a sieve with the repeats open.
  const Regex* regex = pool.compile("(用途|用于)[^\\n。;]{0,30}(建设|修建)[^\\n。;]{0,12}(厂|库)", error);
  REQUIRE(regex != nullptr);
  rulelang::Diagnostics diagnostics;
  pool.seal(diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(regex->sieve() != nullptr);

  std::string padding;
  for (int i = 0; i < 40; ++i) padding += "地";  // past the regex's 30, within the sieve's open repeat
  const std::vector<std::string> texts{
      // The sieve's first match begins at 用途, forty characters too far from 建设;
      // the regex's begins at the 用于 after it, on the same line.
      "土地用途" + padding + "用于建设厂房,修建仓库\n",
      // Two lines: the first only the sieve matches, the second the regex twice.
      "用途" + padding + "建设厂\n用于建设厂,用途为修建库。\n",
      // Nothing for either, and a line the sieve matches but the regex does not.
      "第一条 租赁物为耕地。\n",
      "用途" + padding + "修建库\n",
  };
  for (const auto& text : texts) {
    INFO(text);
    const Analysis analysis = testing::analyze_text(text);
    const std::string& normalized = analysis.normalized.text();
    const Span whole{0, static_cast<std::uint32_t>(normalized.size())};
    // One window over the whole text: the regex is confined, so the sieve is used.
    const RegexSlots slots{{regex, 0}};
    const RegexSites sites(slots, std::vector<bool>{true}, std::vector<RegexSites::Window>{{0, whole}});
    const EvalContext narrowed{analysis, testing::calendar(), &sites};

    const std::vector<Span> expected = test::plain_matches(regex->re2(), normalized);
    CHECK(find_all(narrowed, *regex, whole) == expected);
    const auto first = find_first(narrowed, *regex, whole);
    CHECK(first.has_value() == !expected.empty());
    if (first && !expected.empty()) CHECK(*first == expected.front());
    CHECK(contains(narrowed, *regex, whole) == !expected.empty());
  }
  // The cases above are the ones meant: the first text's match is not at its sieve's.
  const Analysis first_text = testing::analyze_text(texts[0]);
  re2::StringPiece sieve_match;
  REQUIRE(regex->sieve()->Match(first_text.normalized.text(), 0, first_text.normalized.text().size(), RE2::UNANCHORED,
                                &sieve_match, 1));
  const auto regex_matches = test::plain_matches(regex->re2(), first_text.normalized.text());
  REQUIRE(regex_matches.size() == 1);  // 用于建设厂
  CHECK(static_cast<std::uint32_t>(sieve_match.data() - first_text.normalized.text().data()) < regex_matches[0].begin);
}

TEST_CASE("a pattern anchored at the start answers contains as RE2 does, stopping at its first match", "[check][scope]") {
  RegexPool pool;
  std::string error;
  // The shape of the packs' `when`s: a title line, then anything, then a word.
  const Regex* anchored = pool.compile("(?s)\\A[^\\n]*(合同|协议)[^\\n]*\\n.*(村民委员会|经济合作社)", error);
  const Regex* ends_there = pool.compile("(?s)\\A[^\\n]*合同.*止\\z", error);
  const Regex* unanchored = pool.compile("(?s)[^\\n]*合同.*(村民委员会|经济合作社)", error);
  REQUIRE(anchored != nullptr);
  REQUIRE(ends_there != nullptr);
  REQUIRE(unanchored != nullptr);
  rulelang::Diagnostics diagnostics;
  pool.seal(diagnostics);
  REQUIRE(diagnostics.empty());
  CHECK(anchored->existence() != nullptr);
  CHECK(ends_there->existence() != nullptr);
  CHECK(unanchored->existence() == nullptr);

  std::string body;
  for (int i = 0; i < 200; ++i) body += "第" + std::to_string(i) + "条 双方约定的事项。\n";
  const std::vector<std::string> texts{
      "鱼塘租赁合同\n出租方:东滩头村股份经济合作社\n" + body,     // the word early
      "鱼塘租赁合同\n" + body + "甲方:东滩头村村民委员会\n",       // the word last
      "鱼塘租赁合同\n" + body,                                      // no word
      "关于鱼塘出租的请示\n出租方:东滩头村股份经济合作社\n",       // no title
      "村民委员会\n鱼塘租赁合同\n",                                // the word before the title only
      "鱼塘\n租赁合同\n甲方:东滩头村村民委员会\n",                  // the title on the second line: only the unanchored one
      "鱼塘租赁合同\n租期至2030年止",                                // \z at the end
  };
  for (const auto& text : texts) {
    INFO(text.substr(0, 60));
    const Analysis analysis = testing::analyze_text(text);
    const std::string& normalized = analysis.normalized.text();
    const auto size = static_cast<std::uint32_t>(normalized.size());
    const EvalContext everywhere{analysis, testing::calendar()};
    for (const Regex* regex : {anchored, ends_there, unanchored}) {
      INFO(regex->pattern());
      CHECK(contains(everywhere, *regex, Span{0, size}) == regex->re2().PartialMatch(normalized, regex->re2()));
      // A range that ends early: \z and the word are judged against its end, as RE2 judges them.
      const auto half = static_cast<std::uint32_t>(test::plain_matches(regex->re2(), normalized).empty() ? size / 2 : size - 1);
      const std::string_view head(normalized.data(), half);
      CHECK(contains(everywhere, *regex, Span{0, half}) ==
            regex->re2().Match(re2::StringPiece(head.data(), head.size()), 0, half, RE2::UNANCHORED, nullptr, 0));
    }
  }
}

}  // namespace
}  // namespace legalint

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

}  // namespace
}  // namespace legalint

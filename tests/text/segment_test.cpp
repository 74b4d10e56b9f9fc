#include <catch2/catch.hpp>

#include "text/segment.h"

using namespace legalint;

namespace {
std::vector<std::string> texts(std::string_view text, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(s.in(text));
  return out;
}
}  // namespace

TEST_CASE("sentences end at 。！？ and at line ends, trimmed") {
  const std::string text = "第一条 租赁物\n甲方将鱼塘出租给乙方。租期十年！是否续租?\n  乙方同意。";
  const auto sentences = texts(text, split_sentences(text));
  CHECK(sentences == std::vector<std::string>{"第一条 租赁物", "甲方将鱼塘出租给乙方。", "租期十年！", "是否续租?", "乙方同意。"});
}

TEST_CASE("no sentences in empty or blank text") {
  CHECK(split_sentences("").empty());
  CHECK(split_sentences(" \n\n ").empty());
}

TEST_CASE("the sentences of a range of whole lines are the whole split's there") {
  const std::string text = "甲方:张三。\n乙方将鱼塘出租给甲方。租期十年!\n";
  const auto whole = split_sentences(text);
  const auto second_line = text.find('\n') + 1;
  const auto part = split_sentences(text, Span{static_cast<std::uint32_t>(second_line), static_cast<std::uint32_t>(text.size())});
  REQUIRE(part.size() == 2);
  CHECK(part[0] == whole[1]);
  CHECK(part[1] == whole[2]);
  CHECK(split_sentences(text, Span{3, 3}).empty());
  CHECK(split_sentences(text, Span{0, 9999}).empty());  // past the end: nothing, not a crash
}

TEST_CASE("words come from dictionary segmentation, as spans of the whole text") {
  const std::string text = "前言。出租人应当履行维修义务。";
  WordBreaker breaker;
  const Span second_sentence{static_cast<std::uint32_t>(text.find("出租人")), static_cast<std::uint32_t>(text.size())};
  const auto words = texts(text, breaker.split(text, second_sentence));
  REQUIRE_FALSE(words.empty());
  CHECK(words.front() == "出租");  // ICU's dictionary splits 出租|人
  CHECK(std::find(words.begin(), words.end(), "维修") != words.end());
  CHECK(words.back() == "。");
}

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "text/segment.h"
#include "text/sentence_index.h"

using namespace legalint;

namespace {

// SentenceIndex agrees with split_sentences: each sentence is found from its
// first byte, its middle and its last byte, and the gaps between them
// (white space) belong to none.
void check_sentence_at_agrees(std::string_view text) {
  const SentenceIndex index;
  const auto sentences = split_sentences(text);
  std::uint32_t gap_begin = 0;
  for (const Span sentence : sentences) {
    INFO("sentence at " << sentence.begin << ": " << sentence.in(text));
    for (std::uint32_t at = gap_begin; at < sentence.begin; ++at) CHECK(index.at(text, at).empty());
    CHECK(index.at(text, sentence.begin) == sentence);
    CHECK(index.at(text, (sentence.begin + sentence.end) / 2) == sentence);
    CHECK(index.at(text, sentence.end - 1) == sentence);
    gap_begin = sentence.end;
  }
  for (auto at = gap_begin; at <= text.size(); ++at) CHECK(index.at(text, at) == Span{at, at});
}

}  // namespace

TEST_CASE("a sentence index finds, from any offset, the sentence split_sentences gives") {
  const std::string text = "第一条 租赁物\n甲方将鱼塘出租给乙方。租期十年！是否续租?\n  乙方同意。\u3000\n";
  const SentenceIndex index;
  for (std::uint32_t at = 0; at <= text.size(); ++at) {
    const auto expected = [&] {
      for (const Span s : split_sentences(text))
        if (s.contains(at)) return s;
      return Span{at, at};
    }();
    CHECK(index.at(text, at) == expected);
  }
  CHECK(SentenceIndex().at("", 0).empty());
  CHECK(SentenceIndex().at("abc", 10) == Span{10, 10});
}

TEST_CASE("a sentence index agrees with split_sentences over every corpus document") {
  std::size_t documents = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(LEGALINT_SOURCE_DIR "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    INFO(entry.path().string());
    check_sentence_at_agrees(text);
    ++documents;
  }
  CHECK(documents > 100);
}

TEST_CASE("a sentence index answers the same whichever line it is asked about first") {
  const std::string text = "第一条 租赁物\n甲方将鱼塘出租给乙方。租期十年！\n\n乙方同意。";
  const auto expected = split_sentences(text);
  const SentenceIndex backwards;
  for (auto it = expected.rbegin(); it != expected.rend(); ++it) CHECK(backwards.at(text, it->begin) == *it);
  SentenceIndex moved_from;
  CHECK(moved_from.at(text, expected[1].begin) == expected[1]);
  const SentenceIndex moved(std::move(moved_from));  // what it split moves with it
  for (const Span s : expected) CHECK(moved.at(text, s.end - 1) == s);
}

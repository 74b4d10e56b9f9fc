#include <catch2/catch.hpp>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <random>
#include <string>
#include <vector>

#include "text/normalize.h"

using namespace legalint;

TEST_CASE("NFKC folds full-width digits, Latin and punctuation") {
  const auto n = normalize("租期２０年（自２０２４年起）：ＡＢ％");
  CHECK(n.text() == "租期20年(自2024年起):AB%");
}

TEST_CASE("the ideographic space folds to an ASCII space") {
  CHECK(normalize("甲方\xE3\x80\x80乙方").text() == "甲方 乙方");
}

TEST_CASE("unchanged text maps byte for byte") {
  const std::string source = "第一条 租赁物";
  const auto n = normalize(source);
  REQUIRE(n.text() == source);
  for (std::uint32_t i = 0; i <= source.size(); ++i) CHECK(n.to_source(i) == i);
}

TEST_CASE("folded characters map back to the start of their source character") {
  const std::string source = "租期２０年";  // "租期" = 6 bytes, each full-width digit 3 bytes
  const auto n = normalize(source);
  REQUIRE(n.text() == "租期20年");
  CHECK(n.to_source(6) == 6);   // '2' ← '２'
  CHECK(n.to_source(7) == 9);   // '0' ← '０'
  CHECK(n.to_source(8) == 12);  // '年'
  const Span digits_in_source = n.to_source(Span{6, 8});
  CHECK(digits_in_source.begin == 6);
  CHECK(digits_in_source.end == 12);
  CHECK(digits_in_source.in(source) == "２０");
}

TEST_CASE("one source character that folds to several maps all of them back") {
  const std::string source = "面积１０㎡";  // ㎡ → "m2"
  const auto n = normalize(source);
  REQUIRE(n.text() == "面积10m2");
  const auto m = n.text().find("m2");
  CHECK(n.to_source(Span{static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(m + 1)}).in(source) == "㎡");
  CHECK(n.to_source(Span{static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(m + 2)}).in(source) == "㎡");
}

namespace {

// ICU's NFKC of the whole text at once, with the offset map built from its
// edits: what normalize() did before it folded piece by piece, kept here as
// the answer it must still give.
NormalizedText normalize_whole_with_icu(std::string_view source) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  REQUIRE(U_SUCCESS(status));
  std::string folded;
  icu::StringByteSink<std::string> sink(&folded);
  icu::Edits edits;
  nfkc->normalizeUTF8(0, icu::StringPiece(source.data(), static_cast<int32_t>(source.size())), sink, &edits, status);
  REQUIRE(U_SUCCESS(status));
  std::vector<NormalizedText::Run> runs;
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status))
    if (it.newLength() != 0)
      runs.push_back({static_cast<std::uint32_t>(it.destinationIndex()), static_cast<std::uint32_t>(it.sourceIndex()),
                      it.hasChange() != 0});
  if (runs.empty()) runs.push_back({0, 0, false});
  return NormalizedText(std::move(folded), std::move(runs), static_cast<std::uint32_t>(source.size()));
}

}  // namespace

TEST_CASE("folding piece by piece gives ICU's NFKC of the whole text and the same way back, offset by offset") {
  // Characters that fold alone, that compose with what follows (e and
  // ASCII letters with U+0301, a CJK ideograph with a mark, Hangul L+V+T
  // jamo, half-width ｶ with its voicing mark), that expand (㎡, ﬁ, ①), that
  // lie beyond the BMP (𝐀 folds to A, 𠀀 stays), marks that reorder, the
  // edges of the ideograph block (U+4DFF, U+4E00, U+9FFF, U+A000), NUL, and
  // plain Chinese and ASCII.
  const std::vector<std::string> alphabet{
      "甲", "租", "金", "。", "，", "：", "（", "）", "２", "Ａ", "\xE3\x80\x80", "a", "e", "1", " ", "\n",
      "\xCC\x81", "\xCC\x88", "\xCC\xA3", "\xE1\x84\x80", "\xE1\x85\xA1", "\xE1\x86\xA8", "가", "㎡", "ﬁ", "①",
      "\xF0\x9D\x90\x80", "\xF0\xA0\x80\x80", "Å", "\xE2\x84\xAB", "ｶ", "\xEF\xBE\x9E", "\xE4\xB7\xBF", "\xE4\xB8\x80",
      "\xE9\xBF\xBF", "\xEA\x80\x80", std::string(1, '\0')};
  std::mt19937 random(20261128);
  std::size_t checked = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string source;
    for (std::size_t length = random() % 24; length-- > 0;) source += alphabet[random() % alphabet.size()];
    const NormalizedText expected = normalize_whole_with_icu(source);
    const NormalizedText got = normalize(source);
    INFO("round " << round << ": " << source);
    REQUIRE(got.text() == expected.text());
    for (std::uint32_t offset = 0; offset <= got.text().size(); ++offset) {
      CHECK(got.to_source(offset) == expected.to_source(offset));
      ++checked;
    }
  }
  CHECK(checked > 10000);
}

TEST_CASE("the characters normalize() passes by their first byte have a boundary before them and stay as they are") {
  // ASCII and U+4E00–U+9FFF are skipped without asking ICU: right only while
  // ICU's NFKC leaves each of them as it is and lets nothing before it
  // interact with it.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  REQUIRE(U_SUCCESS(status));
  std::size_t checked = 0;
  for (const auto& [first, last] : {std::pair<UChar32, UChar32>{0x00, 0x7F}, {0x4E00, 0x9FFF}}) {
    for (UChar32 c = first; c <= last; ++c) {
      INFO("U+" << std::hex << c);
      CHECK(nfkc->hasBoundaryBefore(c));
      // Alone it stays; what follows it may still combine with it (e + U+0301),
      // which the boundary before that next character tells.
      const icu::UnicodeString alone(c);
      CHECK(nfkc->normalize(alone, status) == alone);
      ++checked;
    }
  }
  CHECK(checked == 0x80 + 0x5200);
}

#include <catch2/catch.hpp>

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

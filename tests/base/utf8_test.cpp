#include <catch2/catch.hpp>
#include <unicode/uchar.h>

#include <utility>

#include "base/utf8.h"

using namespace legalint;

TEST_CASE("decode reads one code point and its length") {
  int length = 0;
  CHECK(utf8::decode("租", 0, &length) == U'租');
  CHECK(length == 3);
  CHECK(utf8::decode("a", 0, &length) == U'a');
  CHECK(length == 1);
}

TEST_CASE("malformed UTF-8 decodes as U+FFFD, one byte at a time") {
  int length = 0;
  CHECK(utf8::decode("\xE7\xA7", 0, &length) == 0xFFFD);  // truncated
  CHECK(length == 1);
  CHECK(utf8::decode("\xC0\xAF", 0, &length) == 0xFFFD);  // overlong '/'
  CHECK(utf8::decode("\xED\xA0\x80", 0, &length) == 0xFFFD);  // surrogate
  CHECK_FALSE(utf8::is_valid("ab\xFF"));
  CHECK(utf8::is_valid("租赁合同"));
}

TEST_CASE("display width is 2 for CJK and full-width forms") {
  CHECK(utf8::display_width(U'租') == 2);
  CHECK(utf8::display_width(U'，') == 2);
  CHECK(utf8::display_width(U'a') == 1);
  CHECK(utf8::display_width(0x0301) == 0);
}

// display_width answers ASCII and the CJK Unified Ideographs without asking
// ICU; ICU's East Asian Width must agree on every one of them.
TEST_CASE("display width agrees with ICU's East Asian Width on its fast ranges") {
  auto icu_width = [](char32_t cp) {
    const auto width = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
  };
  std::size_t checked = 0;
  for (const auto [first, last] : {std::pair<char32_t, char32_t>{0x20, 0x7e}, {0x4e00, 0x9fff}}) {
    for (char32_t cp = first; cp <= last; ++cp, ++checked) {
      INFO("U+" << std::hex << static_cast<std::uint32_t>(cp));
      REQUIRE(utf8::display_width(cp) == icu_width(cp));
    }
  }
  CHECK(checked == 95 + 20992);
  CHECK(utf8::display_width(U'〇') == 2);   // outside the fast ranges, from ICU
  CHECK(utf8::display_width(U'𠮷') == 2);
  CHECK(utf8::display_width(U'\x7f') == 1);
}

TEST_CASE("append and count round-trip") {
  std::string out;
  for (char32_t cp : {U'甲', U'a', char32_t(0x1F600)}) utf8::append(out, cp);
  CHECK(out == "甲a\xF0\x9F\x98\x80");
  CHECK(utf8::count_code_points(out) == 3);
}

#include <catch2/catch.hpp>

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

TEST_CASE("append and count round-trip") {
  std::string out;
  for (char32_t cp : {U'甲', U'a', char32_t(0x1F600)}) utf8::append(out, cp);
  CHECK(out == "甲a\xF0\x9F\x98\x80");
  CHECK(utf8::count_code_points(out) == 3);
}

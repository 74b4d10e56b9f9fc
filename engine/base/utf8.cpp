#include "base/utf8.h"

#include <unicode/uchar.h>

namespace legalint::utf8 {

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    int n = 1;
    decode(text, i, &n);
    i += n;
    ++count;
  }
  return count;
}

bool is_valid(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    int n = 1;
    const char32_t cp = decode(text, i, &n);
    if (cp == 0xFFFD && !(n == 3 && text.substr(i, 3) == "\xEF\xBF\xBD")) return false;
    i += n;
  }
  return true;
}

int display_width(char32_t cp) {
  // Most of a Chinese draft, answered without ICU's two property lookups:
  // printable ASCII is narrow, the CJK Unified Ideographs wide.
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp >= 0x4e00 && cp <= 0x9fff) return 2;
  if (cp == 0) return 0;
  const auto category = u_charType(static_cast<UChar32>(cp));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK) return 0;
  const auto width = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
  return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

}  // namespace legalint::utf8

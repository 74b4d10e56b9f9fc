// Small UTF-8 helpers used by every stage. They never read past the end and
// treat a malformed byte as one code point, so they are safe on any input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace legalint::utf8 {

// Length in bytes of the sequence that starts with `lead` (1 for a malformed lead byte).
inline int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 1;
}

// Decodes the code point at text[offset]; returns U+FFFD for malformed input.
// `length` receives the number of bytes consumed (at least 1). Inline: the
// scans of every document (facts, the prefilter's atom matcher) call it once
// a character.
inline char32_t decode(std::string_view text, std::size_t offset, int* length = nullptr) {
  auto set_length = [&](int n) {
    if (length) *length = n;
  };
  if (offset >= text.size()) {
    set_length(1);
    return 0xFFFD;
  }
  const auto lead = static_cast<unsigned char>(text[offset]);
  const int n = sequence_length(lead);
  if (n == 1) {
    set_length(1);
    return lead < 0x80 ? lead : 0xFFFD;
  }
  // Most of a Chinese text: three bytes, taken without the general loop. The
  // two continuation bytes are read as one value: held apart, GCC spills one
  // of them as a byte and reloads it as a word, a store-forwarding stall that
  // was a third of the atom matcher's time.
  if (n == 3 && offset + 3 <= text.size()) {
    const std::uint32_t tail = (std::uint32_t{static_cast<unsigned char>(text[offset + 1])} << 8) |
                               static_cast<unsigned char>(text[offset + 2]);
    const char32_t cp = ((lead & 0x0Fu) << 12) | ((tail & 0x3F00u) >> 2) | (tail & 0x3Fu);
    if ((tail & 0xC0C0u) == 0x8080u && cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      set_length(3);
      return cp;
    }
  }
  if (offset + static_cast<std::size_t>(n) > text.size()) {
    set_length(1);
    return 0xFFFD;
  }
  char32_t cp = lead & (0xFF >> (n + 1));
  for (int i = 1; i < n; ++i) {
    const auto byte = static_cast<unsigned char>(text[offset + static_cast<std::size_t>(i)]);
    if ((byte & 0xC0) != 0x80) {  // not a continuation byte
      set_length(1);
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte & 0x3F);
  }
  // Reject overlongs, surrogates and values past U+10FFFF.
  const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    set_length(1);
    return 0xFFFD;
  }
  set_length(n);
  return cp;
}

// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

// Number of code points in `text`.
std::size_t count_code_points(std::string_view text);

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid(std::string_view text);

// Display width of a code point in a terminal: 2 for East Asian Wide/Fullwidth, 0 for
// combining marks, else 1.
int display_width(char32_t cp);

}  // namespace legalint::utf8

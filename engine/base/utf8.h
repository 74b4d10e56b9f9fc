// Small UTF-8 helpers used by every stage. They never read past the end and
// treat a malformed byte as one code point, so they are safe on any input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace legalint::utf8 {

// Length in bytes of the sequence that starts with `lead` (1 for a malformed lead byte).
int sequence_length(unsigned char lead);

// Decodes the code point at text[offset]; returns U+FFFD for malformed input.
// `length` receives the number of bytes consumed (at least 1).
char32_t decode(std::string_view text, std::size_t offset, int* length = nullptr);

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

// Every match of a regex in a text by RE2 alone, with no prefilter and no
// sieve: what the engine's narrowed searches must give back.
#pragma once

#include <re2/re2.h>

#include <string_view>
#include <vector>

#include "base/span.h"

namespace legalint::test {

inline std::vector<Span> plain_matches(const re2::RE2& regex, std::string_view text) {
  std::vector<Span> found;
  re2::StringPiece match;
  for (std::size_t at = 0; at <= text.size();) {
    if (!regex.Match(re2::StringPiece(text.data(), text.size()), at, text.size(), RE2::UNANCHORED, &match, 1)) break;
    const auto begin = static_cast<std::uint32_t>(match.data() - text.data());
    found.push_back(Span{begin, static_cast<std::uint32_t>(begin + match.size())});
    // Past an empty match by one whole code point, never into one.
    at = match.empty() ? found.back().end + 1 : found.back().end;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return found;
}

}  // namespace legalint::test

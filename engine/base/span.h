// Byte ranges into a text. Every span in legalint is a half-open byte range
// [begin, end) into one named text (the document's decoded text, or its
// normalized form); the type that holds the span says which.
#pragma once

#include <cstdint>
#include <string_view>

namespace legalint {

// Invariant: begin <= end.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  constexpr std::uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return begin == end; }
  constexpr bool contains(std::uint32_t offset) const { return begin <= offset && offset < end; }
  constexpr bool contains(Span other) const { return begin <= other.begin && other.end <= end; }
  constexpr bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
  std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
  friend constexpr bool operator==(Span, Span) = default;
  friend constexpr auto operator<=>(Span, Span) = default;
};

}  // namespace legalint

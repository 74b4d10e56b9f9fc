// Line and column for any byte offset of a text, computed at report time.
//
//   LineIndex index(text);
//   Position p = index.position(offset);   // p.line, p.column are 1-based;
//                                          // column counts code points.
//
// Lines end at "\n"; a "\r\n" pair counts as one line end.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace legalint {

// The line of `text` holding byte `offset`, without its '\n': from just
// after the line break before `offset` to the next one (at `offset` itself
// when text[offset] is one), or to the end of the text.
Span line_around(std::string_view text, std::uint32_t offset);

struct Position {
  std::uint32_t line = 1;    // 1-based
  std::uint32_t column = 1;  // 1-based, in Unicode code points
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  Position position(std::uint32_t offset) const;
  // Byte offset where 1-based `line` starts (clamped to the text).
  std::uint32_t line_start(std::uint32_t line) const;
  // The text of 1-based `line`, without its line end.
  std::string_view line_text(std::uint32_t line) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_;  // byte offset of each line's first byte
};

}  // namespace legalint

// The marker line under a source line, as compilers draw it:
//
//   租赁期限为二十五年,自2024年1月1日起。
//            ^~~~~~~~
//
// Placed by display width (a CJK character takes two terminal columns), so
// it lines up under Chinese text in a terminal.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace legalint {

// `first_column` and `last_column` are 1-based code-point columns of `line`
// (inclusive); the result is spaces, then '^', then '~' to the last column.
std::string caret_line(std::string_view line, std::uint32_t first_column, std::uint32_t last_column);

// Display width of `text` in terminal columns.
std::size_t display_width(std::string_view text);

}  // namespace legalint

#include "base/caret.h"

#include <algorithm>

#include "base/utf8.h"

namespace legalint {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    int n = 1;
    const char32_t cp = utf8::decode(text, i, &n);
    width += cp == '\t' ? 1 : static_cast<std::size_t>(utf8::display_width(cp));
    i += n;
  }
  return width;
}

std::string caret_line(std::string_view line, std::uint32_t first_column, std::uint32_t last_column) {
  std::string out;
  out.reserve(2 * std::min<std::size_t>(line.size(), last_column) + 1);
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < line.size() && column <= last_column; ++column) {
    int n = 1;
    const char32_t cp = utf8::decode(line, i, &n);
    i += n;
    // A tab stays a tab, so the marker lines up whatever the terminal's tab width.
    const int width = cp == '\t' ? 1 : utf8::display_width(cp);
    const char fill = column < first_column ? ' ' : (column == first_column ? '^' : '~');
    if (cp == '\t' && column < first_column) { out.push_back('\t'); continue; }
    for (int w = 0; w < width; ++w) out.push_back(w == 0 ? fill : (column < first_column ? ' ' : '~'));
  }
  if (out.find('^') == std::string::npos) out.push_back('^');  // a span at the end of the line
  return out;
}

}  // namespace legalint

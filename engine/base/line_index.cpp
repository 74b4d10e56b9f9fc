#include "base/line_index.h"

#include <algorithm>

#include "base/utf8.h"

namespace legalint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (auto at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
    starts_.push_back(static_cast<std::uint32_t>(at + 1));
}

Span line_around(std::string_view text, std::uint32_t offset) {
  const auto before = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  const auto after = text.find('\n', offset);
  return Span{before == std::string_view::npos ? 0u : static_cast<std::uint32_t>(before + 1),
              after == std::string_view::npos ? static_cast<std::uint32_t>(text.size()) : static_cast<std::uint32_t>(after)};
}

Position LineIndex::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(after - starts_.begin());  // 1-based
  const std::uint32_t start = starts_[line - 1];
  const auto column = utf8::count_code_points(text_.substr(start, offset - start));
  return Position{line, static_cast<std::uint32_t>(column + 1)};
}

std::uint32_t LineIndex::line_start(std::uint32_t line) const {
  if (line == 0) return 0;
  if (line > starts_.size()) return static_cast<std::uint32_t>(text_.size());
  return starts_[line - 1];
}

std::string_view LineIndex::line_text(std::uint32_t line) const {
  const std::uint32_t start = line_start(line);
  std::uint32_t end = line < starts_.size() ? starts_[line] - 1 : static_cast<std::uint32_t>(text_.size());
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

}  // namespace legalint

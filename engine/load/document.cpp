#include "load/document.h"

#include <algorithm>

namespace legalint {

const char* to_string(SourceFormat format) {
  switch (format) {
    case SourceFormat::plain_text: return "text";
    case SourceFormat::markdown: return "markdown";
    case SourceFormat::docx: return "docx";
  }
  return "unknown";
}

SourceMap SourceMap::shifted(std::uint32_t shift) {
  SourceMap map;
  map.shift_ = shift;
  return map;
}

SourceMap SourceMap::table(std::vector<std::uint32_t> text_offsets, std::vector<std::uint32_t> source_offsets) {
  SourceMap map;
  map.text_offsets_ = std::move(text_offsets);
  map.source_offsets_ = std::move(source_offsets);
  return map;
}

std::uint32_t SourceMap::to_source(std::uint32_t text_offset) const {
  if (text_offsets_.empty()) return text_offset + shift_;
  // The last checkpoint at or before the offset; offsets inside a code point map to its start.
  auto it = std::upper_bound(text_offsets_.begin(), text_offsets_.end(), text_offset);
  if (it == text_offsets_.begin()) return source_offsets_.front();
  const auto index = static_cast<std::size_t>(it - text_offsets_.begin()) - 1;
  return source_offsets_[index];
}

}  // namespace legalint

#include "text/sentence_index.h"

#include <algorithm>

#include "base/line_index.h"
#include "text/segment.h"

namespace legalint {

SentenceIndex::SentenceIndex(SentenceIndex&& other) noexcept {
  const std::lock_guard lock(other.mutex_);
  lines_ = std::move(other.lines_);
}

SentenceIndex& SentenceIndex::operator=(SentenceIndex&& other) noexcept {
  if (this != &other) {
    const std::scoped_lock lock(mutex_, other.mutex_);
    lines_ = std::move(other.lines_);
  }
  return *this;
}

Span SentenceIndex::at(std::string_view text, std::uint32_t offset) const {
  if (offset >= text.size()) return Span{offset, offset};
  const std::lock_guard lock(mutex_);
  auto line = lines_.upper_bound(offset);
  if (line == lines_.begin() || std::prev(line)->second.end <= offset) {
    // Not split yet: the whole line around the offset, with its '\n'.
    Span whole_line = line_around(text, offset);
    if (whole_line.end < text.size()) ++whole_line.end;
    line = lines_.emplace_hint(line, whole_line.begin, Line{whole_line.end, split_sentences(text, whole_line)});
  } else {
    line = std::prev(line);
  }
  const auto& sentences = line->second.sentences;
  const auto after = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                      [](std::uint32_t at, Span s) { return at < s.begin; });
  if (after != sentences.begin() && std::prev(after)->contains(offset)) return *std::prev(after);
  return Span{offset, offset};
}

}  // namespace legalint

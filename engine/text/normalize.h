// Width folding with a way back: NFKC turns full-width digits, Latin and
// punctuation into their ASCII forms ("２０２４年" → "2024年", "（" → "("),
// so that rules and grammars see one spelling; the offset map takes every
// position of the folded text back to the text it came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace legalint {

class NormalizedText {
 public:
  // One stretch of the folded text: from byte `folded` on (to the next
  // run), either copied from `source` on, or made from the one character
  // there (changed: every byte of it maps to that character's start).
  struct Run {
    std::uint32_t folded;
    std::uint32_t source;
    bool changed;
  };

  NormalizedText() = default;  // empty, mapped to itself
  NormalizedText(std::string text, std::vector<Run> runs, std::uint32_t source_size)
      : text_(std::move(text)), runs_(std::move(runs)), source_size_(source_size) {}

  const std::string& text() const { return text_; }

  // The byte offset in the source text of normalized byte `offset`
  // (offset == size() maps to the source's end). Bytes produced from one
  // source character all map to that character's first byte.
  std::uint32_t to_source(std::uint32_t offset) const;

  // A normalized span as a source span: from its first character's start to
  // the end of its last character's source.
  Span to_source(Span span) const;

 private:
  std::string text_;
  // In order of `folded`, the first at 0; empty: the text is its own source.
  // A run a change, not an offset a byte: a text's map was four times its
  // size, written and read once a byte.
  std::vector<Run> runs_;
  std::uint32_t source_size_ = 0;
};

// NFKC-folds `source` (well-formed UTF-8). Never fails on valid input.
NormalizedText normalize(std::string_view source);

}  // namespace legalint

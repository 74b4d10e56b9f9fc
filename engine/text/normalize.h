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
  NormalizedText() = default;
  NormalizedText(std::string text, std::vector<std::uint32_t> to_source)
      : text_(std::move(text)), to_source_(std::move(to_source)) {}

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
  std::vector<std::uint32_t> to_source_;  // size text_.size() + 1
};

// NFKC-folds `source` (well-formed UTF-8). Never fails on valid input.
NormalizedText normalize(std::string_view source);

}  // namespace legalint

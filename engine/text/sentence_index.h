// The sentence around an offset, split a line at a time on first request.
//
//   SentenceIndex sentences;                       // in an Analysis
//   Span s = sentences.at(text, offset);           // the same text every call
//
// Splitting every document whole was a sixth of a batch's instructions,
// while the checks and the fingerprints ask about a few dozen offsets. A
// line break always ends a sentence (text/segment.h), so the line holding
// the offset is split alone and kept: the answer is the one the whole
// split would give, and a huge one-line document is split once, not once a
// question.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace legalint {

class SentenceIndex {
 public:
  SentenceIndex() = default;
  // Moves the lines split so far; the mutex is never moved, only made anew.
  SentenceIndex(SentenceIndex&& other) noexcept;
  SentenceIndex& operator=(SentenceIndex&& other) noexcept;

  // The sentence of split_sentences(text) containing `offset`, or an empty
  // span at `offset` when none does. Safe to call from several threads.
  Span at(std::string_view text, std::uint32_t offset) const;

 private:
  struct Line {
    std::uint32_t end = 0;          // past its '\n', or the text's end
    std::vector<Span> sentences;
  };
  mutable std::mutex mutex_;
  mutable std::map<std::uint32_t, Line> lines_;  // by where each line begins
};

}  // namespace legalint

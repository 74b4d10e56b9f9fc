// Sentences and words, from ICU's BreakIterator, working directly on UTF-8
// (through UText) so that every boundary is a byte offset of the text.
//
//   std::vector<Span> sentences = split_sentences(text);
//   WordBreaker words;                        // one per thread; not shared
//   for (Span word : words.split(text, sentence)) …
//
// Dictionary segmentation of Chinese is by far the slowest stage of the
// pipeline (≈ 9 MB/s here), so words are computed lazily, only for the
// spans a rule asks about.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "base/span.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace legalint {

// Sentence spans covering the text (ends of lines and 。！？ end sentences).
// Leading and trailing white space of each sentence is trimmed; empty
// sentences are dropped.
std::vector<Span> split_sentences(std::string_view text);

class WordBreaker {
 public:
  WordBreaker();
  ~WordBreaker();
  WordBreaker(const WordBreaker&) = delete;  // owns an ICU iterator; one per thread
  WordBreaker& operator=(const WordBreaker&) = delete;

  // The words (and single punctuation marks) inside `range` of `text`,
  // white space left out.
  std::vector<Span> split(std::string_view text, Span range);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace legalint

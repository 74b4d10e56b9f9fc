// Sentences and words, from ICU's BreakIterator, working directly on UTF-8
// (through UText) so that every boundary is a byte offset of the text.
//
//   std::vector<Span> sentences = split_sentences(text);
//   split_sentences(text, line);              // those of one line (spans of text)
//   WordBreaker words;                        // one per thread; not shared
//   for (Span word : words.split(text, sentence)) …
//
// Dictionary segmentation of Chinese is by far the slowest stage of the
// pipeline (≈ 9 MB/s here), so words are computed lazily, only for the
// spans a rule asks about. Sentences too, a line at a time
// (text/sentence_index.h).
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

// The same, for the part `range` of `text`; spans are into `text`. A line
// break always ends a sentence (UAX #29, rule SB4) and no rule looks across
// one, so the sentences of a range of whole lines, each with its line
// break, are exactly those the whole text's split has there.
std::vector<Span> split_sentences(std::string_view text, Span range);

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

#include "text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <stdexcept>

namespace legalint {
namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Shrinks a span past ASCII white space and the ideographic space (U+3000).
Span trim(std::string_view text, Span span) {
  auto starts_with_ideographic_space = [&](std::uint32_t at) {
    return at + 3 <= span.end && text.substr(at, 3) == "\xE3\x80\x80";
  };
  auto ends_with_ideographic_space = [&](std::uint32_t at) {
    return at >= span.begin + 3 && text.substr(at - 3, 3) == "\xE3\x80\x80";
  };
  while (span.begin < span.end) {
    if (is_space_byte(text[span.begin])) ++span.begin;
    else if (starts_with_ideographic_space(span.begin)) span.begin += 3;
    else break;
  }
  while (span.end > span.begin) {
    if (is_space_byte(text[span.end - 1])) --span.end;
    else if (ends_with_ideographic_space(span.end)) span.end -= 3;
    else break;
  }
  return span;
}

struct UTextCloser {
  void operator()(UText* ut) const { utext_close(ut); }
};

std::unique_ptr<UText, UTextCloser> open_utf8(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("utext_openUTF8 failed");
  return std::unique_ptr<UText, UTextCloser>(ut);
}

// Creating a break iterator loads rules and dictionaries; clone a prototype instead.
std::unique_ptr<icu::BreakIterator> make_iterator(bool sentences) {
  static const std::unique_ptr<icu::BreakIterator> sentence_prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU sentence break data is missing");
    return it;
  }();
  static const std::unique_ptr<icu::BreakIterator> word_prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU word break data is missing");
    return it;
  }();
  return std::unique_ptr<icu::BreakIterator>((sentences ? sentence_prototype : word_prototype)->clone());
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
  return split_sentences(text, Span{0, static_cast<std::uint32_t>(text.size())});
}

std::vector<Span> split_sentences(std::string_view text, Span range) {
  std::vector<Span> sentences;
  if (range.empty() || range.end > text.size()) return sentences;
  // One iterator a thread, pointed at each text in turn: setText only
  // clears its cache, where a clone per call would copy all its state.
  thread_local const std::unique_ptr<icu::BreakIterator> iterator = make_iterator(true);
  const std::string_view part = range.in(text);
  auto ut = open_utf8(part);
  UErrorCode status = U_ZERO_ERROR;
  iterator->setText(ut.get(), status);
  if (U_FAILURE(status)) throw std::runtime_error("BreakIterator::setText failed");
  std::int32_t start = iterator->first();
  for (std::int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
    const Span sentence = trim(part, Span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    if (!sentence.empty()) sentences.push_back(Span{sentence.begin + range.begin, sentence.end + range.begin});
  }
  return sentences;
}

WordBreaker::WordBreaker() : iterator_(make_iterator(false)) {}
WordBreaker::~WordBreaker() = default;

std::vector<Span> WordBreaker::split(std::string_view text, Span range) {
  std::vector<Span> words;
  if (range.empty() || range.end > text.size()) return words;
  const std::string_view part = range.in(text);
  auto ut = open_utf8(part);
  UErrorCode status = U_ZERO_ERROR;
  iterator_->setText(ut.get(), status);
  if (U_FAILURE(status)) throw std::runtime_error("BreakIterator::setText failed");
  std::int32_t start = iterator_->first();
  for (std::int32_t end = iterator_->next(); end != icu::BreakIterator::DONE; start = end, end = iterator_->next()) {
    const Span word = trim(part, Span{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    if (!word.empty()) words.push_back(Span{word.begin + range.begin, word.end + range.begin});
  }
  return words;
}

}  // namespace legalint

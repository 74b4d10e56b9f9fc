#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <stdexcept>

namespace legalint {

std::uint32_t NormalizedText::to_source(std::uint32_t offset) const {
  if (to_source_.empty()) return offset;
  if (offset >= to_source_.size()) return to_source_.back();
  return to_source_[offset];
}

Span NormalizedText::to_source(Span span) const {
  if (span.empty()) {
    const auto at = to_source(span.begin);
    return Span{at, at};
  }
  // The end is where the character after the span starts in the source;
  // for a span that ends inside one folded character, that character's end.
  std::uint32_t end = to_source(span.end);
  const std::uint32_t begin = to_source(span.begin);
  if (end <= begin) {
    std::uint32_t next = span.end;
    while (next < text_.size() && to_source(next) <= begin) ++next;
    end = to_source(next);
  }
  return Span{begin, end};
}

NormalizedText normalize(std::string_view source) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC data is missing");

  std::string folded;
  folded.reserve(source.size());
  icu::StringByteSink<std::string> sink(&folded);
  icu::Edits edits;
  nfkc->normalizeUTF8(0, icu::StringPiece(source.data(), static_cast<int32_t>(source.size())), sink, &edits, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFKC failed: ") + u_errorName(status));

  // Walk the edits: unchanged runs map byte for byte, each change maps all
  // of its output to the start of the input it replaced.
  std::vector<std::uint32_t> to_source(folded.size() + 1);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const auto src = static_cast<std::uint32_t>(it.sourceIndex());
    const auto dst = static_cast<std::uint32_t>(it.destinationIndex());
    const auto dst_length = static_cast<std::uint32_t>(it.newLength());
    for (std::uint32_t i = 0; i < dst_length; ++i) to_source[dst + i] = it.hasChange() ? src : src + i;
  }
  to_source[folded.size()] = static_cast<std::uint32_t>(source.size());
  return NormalizedText(std::move(folded), std::move(to_source));
}

}  // namespace legalint

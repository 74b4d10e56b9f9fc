#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>

namespace legalint {

std::uint32_t NormalizedText::to_source(std::uint32_t offset) const {
  if (runs_.empty()) return offset;
  if (offset >= text_.size()) return source_size_;
  const auto after = std::upper_bound(runs_.begin(), runs_.end(), offset,
                                      [](std::uint32_t at, const Run& run) { return at < run.folded; });
  const Run& run = *std::prev(after);  // the first run is at 0
  return run.changed ? run.source : run.source + (offset - run.folded);
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

  // One run an edit: unchanged stretches map byte for byte, each change (one
  // character, by the fine iterator) maps all of its output to the start of
  // the input it replaced. An edit that outputs nothing holds no offset.
  std::vector<NormalizedText::Run> runs;
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    if (it.newLength() == 0) continue;
    runs.push_back({static_cast<std::uint32_t>(it.destinationIndex()), static_cast<std::uint32_t>(it.sourceIndex()), it.hasChange() != 0});
  }
  // The first run is at 0 (edits before it output nothing); an empty text
  // gets one too, so that its end maps to the source's end, not to 0.
  if (runs.empty()) runs.push_back({0, 0, false});
  return NormalizedText(std::move(folded), std::move(runs), static_cast<std::uint32_t>(source.size()));
}

}  // namespace legalint

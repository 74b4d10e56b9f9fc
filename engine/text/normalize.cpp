#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>

#include "base/utf8.h"

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

namespace {

const icu::Normalizer2& nfkc_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC data is missing");
  return *nfkc;
}

// ICU's NFKC of source[begin, end), appended to `folded` with its runs (one
// an edit: unchanged stretches map byte for byte, each change — one
// character, by the fine iterator — maps all of its output to the start of
// the input it replaced; an edit that outputs nothing holds no offset).
void fold_with_icu(std::string_view source, std::size_t begin, std::size_t end, std::string& folded,
                   std::vector<NormalizedText::Run>& runs) {
  UErrorCode status = U_ZERO_ERROR;
  const std::size_t folded_begin = folded.size();
  icu::StringByteSink<std::string> sink(&folded);
  icu::Edits edits;
  nfkc_instance().normalizeUTF8(0, icu::StringPiece(source.data() + begin, static_cast<int32_t>(end - begin)), sink, &edits,
                                status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("NFKC failed: ") + u_errorName(status));
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    if (it.newLength() == 0) continue;
    runs.push_back({static_cast<std::uint32_t>(folded_begin + it.destinationIndex()),
                    static_cast<std::uint32_t>(begin + it.sourceIndex()), it.hasChange() != 0});
  }
}

// What NFKC does to one BMP character, asked of ICU the first time a thread
// meets the character: whether it has a normalization boundary before it
// (nothing before it interacts with it) and what it becomes alone. A byte a
// character, so that the table of a Chinese text's characters stays in cache.
class CharacterFolds {
 public:
  enum Flag : std::uint8_t { known = 1, boundary_before = 2, unchanged = 4 };
  std::uint8_t flags(char32_t cp) {
    std::uint8_t& flags = flags_[cp];
    if (flags == 0) flags = learn(cp);
    return flags;
  }
  // What a character that changes (flags without `unchanged`) becomes alone.
  const std::string& folded(char32_t cp) const { return folds_[fold_index_[cp]]; }

 private:
  std::uint8_t learn(char32_t cp) {
    const icu::Normalizer2& nfkc = nfkc_instance();
    const icu::UnicodeString alone(static_cast<UChar32>(cp));
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = nfkc.normalize(alone, status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("NFKC failed: ") + u_errorName(status));
    std::uint8_t flags = known;
    if (nfkc.hasBoundaryBefore(static_cast<UChar32>(cp))) flags |= boundary_before;
    if (normalized == alone) {
      flags |= unchanged;
    } else {
      fold_index_[cp] = static_cast<std::uint16_t>(folds_.size());  // fewer than 2^16: BMP characters
      normalized.toUTF8String(folds_.emplace_back());
    }
    return flags;
  }

  std::vector<std::uint8_t> flags_ = std::vector<std::uint8_t>(0x10000, 0);
  std::vector<std::uint16_t> fold_index_ = std::vector<std::uint16_t>(0x10000, 0);
  std::vector<std::string> folds_;
};

}  // namespace

// The text is cut before every character with a normalization boundary
// before it; ICU guarantees that each piece normalizes on its own. A piece
// of one character that NFKC leaves alone needs nothing: ASCII and the CJK
// unified ideographs (U+4E00–U+9FFF, most of a Chinese document) are told
// by their first byte; other BMP characters are looked up in the thread's
// table. A piece of one character that changes takes its fold from the
// table; any other piece (a character with combining marks after it, one
// beyond the BMP) goes to ICU. ICU over the whole text took 28 instructions
// a byte, a tenth of a batch's instructions.
NormalizedText normalize(std::string_view source) {
  thread_local CharacterFolds folds;
  std::string folded;
  folded.reserve(source.size());
  std::vector<NormalizedText::Run> runs;
  std::size_t copied = 0;  // source bytes before this are in `folded`
  // An unchanged stretch source[copied, end) goes out as one run.
  const auto copy_to = [&](std::size_t end) {
    if (end == copied) return;
    runs.push_back({static_cast<std::uint32_t>(folded.size()), static_cast<std::uint32_t>(copied), false});
    folded.append(source.data() + copied, end - copied);
    copied = end;
  };

  // The open piece: from `piece`, `characters` long; `single` is its
  // character when that is one BMP character that changes alone, and
  // `plain` says it is one character NFKC leaves alone.
  std::size_t piece = 0, characters = 0;
  char32_t single = 0;
  bool plain = false;
  const auto left_alone = [&] { return characters == 1 && plain; };  // it stays in the unchanged stretch
  // Puts out a piece that is not left alone.
  const auto finish = [&](std::size_t end) {
    copy_to(piece);
    if (characters == 1 && single != 0) {
      const std::string& alone = folds.folded(single);
      if (!alone.empty()) runs.push_back({static_cast<std::uint32_t>(folded.size()), static_cast<std::uint32_t>(piece), true});
      folded += alone;
    } else {
      fold_with_icu(source, piece, end, folded, runs);
    }
    copied = end;
  };
  const auto start = [&](std::size_t at, bool boundary) {
    if (at > 0 && boundary) {
      if (!left_alone()) finish(at);
      piece = at;
      characters = 0;
    }
    ++characters;
  };

  const auto* bytes = reinterpret_cast<const unsigned char*>(source.data());
  // How long the character at `at` is when it is ASCII or a CJK unified
  // ideograph (a boundary before it, unchanged alone), else 0.
  const auto plain_length = [&](std::size_t at) -> std::size_t {
    const unsigned char lead = bytes[at];
    if (lead < 0x80) return 1;
    const bool unified = lead >= 0xE4 && lead <= 0xE9 && at + 3 <= source.size() && (lead > 0xE4 || bytes[at + 1] >= 0xB8);
    return unified ? 3 : 0;
  };
  for (std::size_t at = 0; at < source.size();) {
    if (std::size_t length = plain_length(at); length != 0) {
      start(at, true);
      single = 0;
      plain = true;
      at += length;
      // After it, each such character only moves the open piece, of one
      // plain character, on to itself: most of a text goes by here.
      while (at < source.size() && (length = plain_length(at)) != 0) {
        piece = at;
        at += length;
      }
      continue;
    }
    int length = 1;
    const char32_t cp = utf8::decode(source, at, &length);
    if (cp < 0x10000) {
      const std::uint8_t flags = folds.flags(cp);
      start(at, (flags & CharacterFolds::boundary_before) != 0);
      plain = (flags & CharacterFolds::unchanged) != 0;
      single = plain ? 0 : cp;
    } else {
      start(at, nfkc_instance().hasBoundaryBefore(static_cast<UChar32>(cp)));
      single = 0;
      plain = false;
    }
    at += static_cast<std::size_t>(length);
  }
  if (characters > 0 && !left_alone()) finish(source.size());
  copy_to(source.size());

  // The first run is at 0 (edits before it output nothing); an empty text
  // gets one too, so that its end maps to the source's end, not to 0.
  if (runs.empty()) runs.push_back({0, 0, false});
  return NormalizedText(std::move(folded), std::move(runs), static_cast<std::uint32_t>(source.size()));
}

}  // namespace legalint

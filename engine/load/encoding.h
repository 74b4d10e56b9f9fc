// Plain-text decoding for the load stage: byte-order marks, UTF-8
// validation, ICU charset detection, and strict ICU conversion that records,
// for every code point, where it came from in the file.
//
// Internal to engine/load; load.h is the public interface.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"
#include "load/document.h"

namespace legalint::load_internal {

struct DecodedText {
  std::string text;      // well-formed UTF-8, no BOM, line ends as in the file
  std::string encoding;  // as in Document::encoding
  SourceMap source_map;
};

// Decodes the bytes of a text file (a .txt, a .md, or anything not
// recognized). Errors are input errors for `path`: "binary-file",
// "undecodable-text". Does not check for an empty result; the caller does.
Outcome<DecodedText> decode_text(const std::string& path, std::string_view bytes);

// Offset of the first byte that is not part of well-formed UTF-8, or nullopt
// when all of `bytes` is well-formed (no overlongs, surrogates or values past
// U+10FFFF).
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

}  // namespace legalint::load_internal

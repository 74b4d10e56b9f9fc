// Which encoding a text file is in, and its decoding. The order of the checks:
//
//   1. a byte-order mark (UTF-8, UTF-16LE/BE, GB18030) decides;
//   2. well-formed UTF-8 without NUL bytes is UTF-8 (most files stop here);
//   3. otherwise ICU's charset detector ranks the candidates. Its verdict is
//      taken when it is confident, except that a text that decodes as
//      GB18030 and reads as common Chinese wins over a single-byte guess: ICU
//      is unsure of short texts (a GB18030 title of four characters scores 10
//      of 100, behind KOI8-R) and takes mostly-ASCII GBK for ISO-8859-1.
//
// Every conversion stops at the first illegal or unmapped sequence: a wrong
// guess becomes an error naming the byte, never text full of U+FFFD.
#include "load/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <variant>
#include <vector>

#include "base/utf8.h"

namespace legalint::load_internal {

namespace {

// ICU reports confidence from 0 to 100; from here on its first choice is taken as the answer.
constexpr int kConfident = 50;
// How much of the start of a file ICU's detector looks at.
constexpr std::size_t kDetectionSample = 64 * 1024;

std::string hex_byte(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
  return buffer;
}

std::string invalid_byte_at(std::string_view bytes, std::size_t offset) {
  return "偏移 " + std::to_string(offset) + " 处的字节 " + hex_byte(static_cast<unsigned char>(bytes[offset])) + " 无效";
}

// Where a strict conversion stopped.
struct DecodeFailure {
  std::size_t offset = 0;  // of the first byte of the offending sequence
  bool truncated = false;  // the file ends inside a character
  bool surrogate = false;  // a UTF-16 surrogate without its partner
};

std::string describe(const DecodeFailure& failure, std::string_view bytes) {
  if (failure.truncated) return "文件末尾偏移 " + std::to_string(failure.offset) + " 处的字符不完整";
  if (failure.surrogate) return "偏移 " + std::to_string(failure.offset) + " 处有不成对的代理项";
  return invalid_byte_at(bytes, failure.offset);
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// A failure at `offset`, named as precisely as the bytes allow: ICU calls a
// lone UTF-16 surrogate an illegal sequence like any other.
DecodeFailure failure_at(std::string_view bytes, std::size_t offset, bool truncated, std::string_view charset) {
  DecodeFailure failure{offset, truncated};
  if (!truncated && charset.starts_with("UTF-16") && offset + 1 < bytes.size()) {
    const auto high = static_cast<unsigned char>(bytes[offset + (charset == "UTF-16LE" ? 1 : 0)]);
    failure.surrogate = high >= 0xD8 && high <= 0xDF;
  }
  return failure;
}

// Converts bytes[skip..] with ICU's converter for `charset` and records, for
// each code point, the offset of its first byte. The input goes in chunks
// small enough that the output always fits (no charset here makes more
// UTF-16 units than bytes); ICU gives each unit the offset of its source
// bytes within the chunk, or -1 for a character begun in the previous chunk,
// whose start is known from the bytes the converter held back.
std::variant<DecodedText, DecodeFailure> convert_strictly(std::string_view bytes, std::size_t skip, const char* charset,
                                                          std::string encoding_name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return DecodeFailure{skip};
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

  DecodedText decoded;
  decoded.encoding = std::move(encoding_name);
  std::vector<std::uint32_t> text_offsets;
  std::vector<std::uint32_t> source_offsets;
  // Chinese text is mostly 2 bytes per character in GB18030 and UTF-16, 3 in UTF-8.
  const std::size_t estimate = (bytes.size() - skip) / 2 + 1;
  text_offsets.reserve(estimate);
  source_offsets.reserve(estimate);
  decoded.text.reserve(estimate * 3);

  constexpr std::size_t kChunk = 1 << 16;
  std::vector<UChar> units(kChunk + 16);
  std::vector<int32_t> unit_offsets(units.size());
  const char* const begin = bytes.data();
  const char* const end = begin + bytes.size();
  const char* source = begin + skip;
  for (;;) {
    const char* const chunk = source;
    const char* const chunk_end = static_cast<std::size_t>(end - chunk) > kChunk ? chunk + kChunk : end;
    const bool last = chunk_end == end;
    status = U_ZERO_ERROR;
    const int32_t held_back = ucnv_toUCountPending(converter.get(), &status);
    const std::size_t carried_start = static_cast<std::size_t>(chunk - begin) - static_cast<std::size_t>(std::max(held_back, 0));

    UChar* target = units.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, chunk_end, unit_offsets.data(), last,
                   &status);
    const auto produced = static_cast<std::size_t>(target - units.data());
    for (std::size_t i = 0; i < produced; ++i) {
      const std::size_t offset =
          unit_offsets[i] < 0 ? carried_start : static_cast<std::size_t>(chunk - begin) + static_cast<std::size_t>(unit_offsets[i]);
      char32_t cp = units[i];
      if (U16_IS_LEAD(cp) && i + 1 < produced && U16_IS_TRAIL(units[i + 1])) {
        cp = U16_GET_SUPPLEMENTARY(cp, units[i + 1]);
        ++i;
      } else if (U16_IS_SURROGATE(cp)) {
        return DecodeFailure{offset, false, true};
      }
      text_offsets.push_back(static_cast<std::uint32_t>(decoded.text.size()));
      source_offsets.push_back(static_cast<std::uint32_t>(offset));
      utf8::append(decoded.text, cp);
    }
    if (U_FAILURE(status)) {
      // The converter stopped just past the offending bytes; ICU hands them back.
      char invalid[32];
      int8_t length = sizeof invalid;
      UErrorCode ignored = U_ZERO_ERROR;
      ucnv_getInvalidChars(converter.get(), invalid, &length, &ignored);
      const std::size_t consumed = static_cast<std::size_t>(source - begin);
      const std::size_t offset = consumed - std::min<std::size_t>(static_cast<std::size_t>(std::max<int8_t>(length, 0)), consumed);
      return failure_at(bytes, offset, status == U_TRUNCATED_CHAR_FOUND, charset);
    }
    if (last) break;
  }
  text_offsets.push_back(static_cast<std::uint32_t>(decoded.text.size()));
  source_offsets.push_back(static_cast<std::uint32_t>(bytes.size()));
  decoded.source_map = SourceMap::table(std::move(text_offsets), std::move(source_offsets));
  return decoded;
}

// True when bytes (known to be well-formed GB18030) read as ordinary Chinese:
// at least half of the multi-byte characters lie in the GB2312 area (both
// bytes 0xA1..0xFE), where all common hanzi and full-width punctuation are.
// Latin-1 or Big5 text that happens to decode as GB18030 mostly lands in
// the GBK extension areas instead.
bool reads_as_common_chinese(std::string_view bytes, std::size_t skip) {
  std::size_t multi_byte = 0;
  std::size_t common = 0;
  for (std::size_t i = skip; i < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80 || i + 1 >= bytes.size()) {
      ++i;
      continue;
    }
    const auto trail = static_cast<unsigned char>(bytes[i + 1]);
    ++multi_byte;
    if (trail >= 0x30 && trail <= 0x39) {  // four-byte sequence: rare characters only
      i += 4;
      continue;
    }
    if (lead >= 0xA1 && lead <= 0xFE && trail >= 0xA1 && trail <= 0xFE) ++common;
    i += 2;
  }
  return multi_byte > 0 && common * 2 >= multi_byte;
}

struct Detection {
  std::string name;  // ICU's name for its first choice ("" when none)
  int confidence = 0;
};

// ICU's first choice for the charset of `bytes`.
Detection detect(std::string_view bytes) {
  Detection result;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return result;
  // A sample is enough to tell charsets apart, and ICU scans all it is given (0.5 s for 7 MB).
  const std::size_t sample = std::min<std::size_t>(bytes.size(), kDetectionSample);
  ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(sample), &status);
  const UCharsetMatch* match = ucsdet_detect(detector, &status);
  if (U_SUCCESS(status) && match != nullptr) {
    const char* name = ucsdet_getName(match, &status);
    result.confidence = ucsdet_getConfidence(match, &status);
    if (U_SUCCESS(status) && name != nullptr) result.name = name;
  }
  ucsdet_close(detector);
  return result;
}

// Charsets ICU detects that, like GB18030, use two or more bytes per character.
bool is_east_asian_multibyte(std::string_view name) {
  return name == "Big5" || name == "Shift_JIS" || name == "EUC-JP" || name == "EUC-KR" || name.starts_with("ISO-2022-");
}

bool is_utf16(const Detection& detection) {
  return detection.name == "UTF-16LE" || detection.name == "UTF-16BE";
}

// Decoded text must not hold U+0000: a NUL character means binary content
// even when it was encoded as two UTF-16 bytes.
std::optional<std::size_t> first_nul_character(const DecodedText& decoded) {
  const auto position = decoded.text.find('\0');
  if (position == std::string::npos) return std::nullopt;
  return decoded.source_map.to_source(static_cast<std::uint32_t>(position));
}

Error binary_file(const std::string& path, std::size_t offset) {
  return input_error("binary-file", path, "二进制文件(偏移 " + std::to_string(offset) + " 处有 NUL 字节)");
}

Error undecodable(const std::string& path, std::string message) {
  return input_error("undecodable-text", path, "无法解码文字:" + std::move(message));
}

// The result of a strict conversion, with a NUL character turned into a binary-file error.
Outcome<DecodedText> checked(const std::string& path, DecodedText decoded) {
  if (const auto nul = first_nul_character(decoded)) return binary_file(path, *nul);
  return decoded;
}

// Text that starts with a byte-order mark is in that encoding or it is an error.
std::optional<Outcome<DecodedText>> decode_with_bom(const std::string& path, std::string_view bytes) {
  struct Bom {
    std::string_view bytes;
    const char* charset;
    const char* name;
  };
  // UTF-8 first: none of the other marks is a prefix of it, and it is by far the most common.
  static const Bom boms[] = {
      {"\xEF\xBB\xBF", "UTF-8", "UTF-8 with BOM"},
      {"\x84\x31\x95\x33", "GB18030", "GB18030"},
      {"\xFF\xFE", "UTF-16LE", "UTF-16LE"},
      {"\xFE\xFF", "UTF-16BE", "UTF-16BE"},
  };
  for (const Bom& bom : boms) {
    if (!bytes.starts_with(bom.bytes)) continue;
    const std::size_t skip = bom.bytes.size();
    if (bom.bytes.size() == 3) {  // UTF-8: no conversion, a constant shift
      const std::string_view body = bytes.substr(skip);
      if (const auto invalid = first_invalid_utf8(body)) {
        return undecodable(path, "文件以 UTF-8 字节顺序标记开头,却不是有效的 UTF-8(" +
                                     invalid_byte_at(bytes, *invalid + skip) + ")");
      }
      if (const auto nul = body.find('\0'); nul != std::string_view::npos) return binary_file(path, nul + skip);
      return DecodedText{std::string(body), bom.name, SourceMap::shifted(static_cast<std::uint32_t>(skip))};
    }
    auto converted = convert_strictly(bytes, skip, bom.charset, bom.name);
    if (auto* failure = std::get_if<DecodeFailure>(&converted)) {
      return undecodable(path, std::string("文件以 ") + bom.name + " 字节顺序标记开头,却不是有效的 " + bom.charset + "(" +
                                   describe(*failure, bytes) + ")");
    }
    return checked(path, std::move(std::get<DecodedText>(converted)));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t size = bytes.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char lead = data[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    // Most of a Chinese text: E1–EC and EE–EF take any two continuation
    // bytes, read as one value (utf8::decode says why).
    if (lead >= 0xE1 && lead != 0xED && lead <= 0xEF && i + 2 < size) {
      const unsigned tail = (unsigned{data[i + 1]} << 8) | data[i + 2];
      if ((tail & 0xC0C0u) != 0x8080u) return i;
      i += 3;
      continue;
    }
    // Table 3-7 of the Unicode Standard: the allowed range of the second byte depends on the first.
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) low = 0xA0;   // no overlongs
      if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) low = 0x90;   // no overlongs
      if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
    } else {
      return i;
    }
    if (i + 1 >= size || data[i + 1] < low || data[i + 1] > high) return i;
    for (int k = 2; k < length; ++k) {
      if (i + k >= size || (data[i + k] & 0xC0) != 0x80) return i;
    }
    i += length;
  }
  return std::nullopt;
}

Outcome<DecodedText> decode_text(const std::string& path, std::string_view bytes) {
  if (auto with_bom = decode_with_bom(path, bytes)) return std::move(*with_bom);

  const auto nul = bytes.find('\0');
  const auto invalid_utf8 = first_invalid_utf8(bytes);
  if (!invalid_utf8 && nul == std::string_view::npos) return DecodedText{std::string(bytes), "UTF-8", SourceMap::shifted(0)};

  const Detection detection = detect(bytes);

  // UTF-16 without a BOM: only on ICU's confident word (it is confident when
  // much of the text is ASCII, i.e. every other byte is NUL).
  if (is_utf16(detection) && detection.confidence >= kConfident) {
    auto converted = convert_strictly(bytes, 0, detection.name.c_str(), detection.name);
    if (auto* decoded = std::get_if<DecodedText>(&converted)) return checked(path, std::move(*decoded));
  }
  if (nul != std::string_view::npos) return binary_file(path, nul);

  std::string not_utf8 = "(";  // built in steps: GCC 12 warns falsely (-Wrestrict) on "literal" + string
  not_utf8 += invalid_byte_at(bytes, *invalid_utf8);
  not_utf8 += ")";
  // ICU sure of another charset. A multi-byte East Asian one is believed
  // outright: EUC-KR, for one, would also decode as GB18030, into nonsense.
  // A single-byte one (ISO-8859-1, windows-1252 …) is believed only if the
  // text does not read as Chinese: a GBK file that is mostly ASCII, like a
  // Markdown file with a few Chinese words, scores ISO-8859-1 at 75 or more.
  const bool other_confident = detection.confidence >= kConfident && detection.name != "GB18030" && !is_utf16(detection);
  const auto looks_like_other = [&] {
    return undecodable(path, "不是 UTF-8" + not_utf8 + ",看起来是 " + detection.name + " 编码,legalint 不支持;请另存为 UTF-8");
  };
  if (other_confident && is_east_asian_multibyte(detection.name)) return looks_like_other();

  auto converted = convert_strictly(bytes, 0, "GB18030", "GB18030");
  if (auto* failure = std::get_if<DecodeFailure>(&converted)) {
    if (other_confident) return looks_like_other();
    return undecodable(path, "既不是 UTF-8" + not_utf8 + ",也不是 GB18030(" + describe(*failure, bytes) + ")");
  }
  const bool confident = detection.name == "GB18030" && detection.confidence >= kConfident;
  if (!confident && !reads_as_common_chinese(bytes, 0)) {
    if (other_confident) return looks_like_other();
    return undecodable(path, "既不是 UTF-8" + not_utf8 + ",也不是 GB18030(按 GB18030 读只得到生僻字)");
  }
  return checked(path, std::move(std::get<DecodedText>(converted)));
}

}  // namespace legalint::load_internal

// Plain text in every encoding legalint reads, and the map from the decoded
// text back to the exact byte offsets of the file.
#include <catch2/catch.hpp>

#include <cstdint>

#include <unicode/utf8.h>

#include "load/encoding.h"
#include "load/load.h"
#include "load_test_support.h"

using namespace legalint;
using legalint::testing::encode;

namespace {

const std::u16string kLease = u"甲方：某某村股份经济合作社\r\n乙方：张三\r\n第一条 租赁期限为十年，自2024年1月1日起至2033年12月31日止。\n";
const std::string kLeaseUtf8 = "甲方：某某村股份经济合作社\r\n乙方：张三\r\n第一条 租赁期限为十年，自2024年1月1日起至2033年12月31日止。\n";

Document load_ok(const std::string& path, std::string_view bytes) {
  auto loaded = load_bytes(path, bytes);
  INFO(path << ": " << (loaded.ok() ? std::string("ok") : loaded.error().to_string()));
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

// Offset in the decoded text of the first "租".
std::uint32_t rent_offset(const Document& doc) {
  const auto found = doc.text.find("租");
  REQUIRE(found != std::string::npos);
  return static_cast<std::uint32_t>(found);
}

}  // namespace

TEST_CASE("UTF-8 without BOM is taken as is, with the identity map") {
  const Document doc = load_ok("lease.txt", kLeaseUtf8);
  CHECK(doc.format == SourceFormat::plain_text);
  CHECK(doc.encoding == "UTF-8");
  CHECK(doc.text == kLeaseUtf8);  // "\r\n" kept: the line index counts it as one line end
  CHECK(doc.file_size == kLeaseUtf8.size());
  CHECK(doc.source_map.to_source(rent_offset(doc)) == kLeaseUtf8.find("租"));
  CHECK(doc.path == "lease.txt");
}

TEST_CASE("the extension chooses markdown, unknown extensions read as text") {
  CHECK(load_ok("README.md", "# 合同\n").format == SourceFormat::markdown);
  CHECK(load_ok("notes.MARKDOWN", "# 合同\n").format == SourceFormat::markdown);
  CHECK(load_ok("draft.html", "<p>合同</p>\n").format == SourceFormat::plain_text);
  CHECK(load_ok("no-extension", "合同\n").format == SourceFormat::plain_text);
}

TEST_CASE("a UTF-8 BOM is left out of the text and the map shifts by 3") {
  const std::string bytes = "\xEF\xBB\xBF" + kLeaseUtf8;
  const Document doc = load_ok("lease.txt", bytes);
  CHECK(doc.encoding == "UTF-8 with BOM");
  CHECK(doc.text == kLeaseUtf8);
  CHECK(doc.source_map.to_source(rent_offset(doc)) == bytes.find("租"));
  CHECK(doc.source_map.to_source(0) == 3);
}

TEST_CASE("GB18030 (and so GBK and GB2312) is detected and decoded with a byte-exact map") {
  const std::string bytes = encode("GB18030", kLease);
  REQUIRE_FALSE(bytes.empty());
  const Document doc = load_ok("lease.txt", bytes);
  CHECK(doc.encoding == "GB18030");
  CHECK(doc.text == kLeaseUtf8);

  // "租" is the 22nd code point; everything before it is ASCII (1 byte) or hanzi/full-width (2 bytes).
  const std::size_t rent_in_utf16 = kLease.find(u'租');
  const std::size_t rent_in_file = encode("GB18030", kLease.substr(0, rent_in_utf16)).size();
  CHECK(doc.source_map.to_source(rent_offset(doc)) == rent_in_file);
  CHECK(bytes.substr(rent_in_file, 2) == encode("GB18030", u"租"));
  // An offset inside a character maps to the character's first byte; the end maps to the end.
  CHECK(doc.source_map.to_source(rent_offset(doc) + 2) == rent_in_file);
  CHECK(doc.source_map.to_source(static_cast<std::uint32_t>(doc.text.size())) == bytes.size());
  // ASCII after the hanzi: "2024" keeps its own one-byte offsets.
  const auto year = static_cast<std::uint32_t>(doc.text.find("2024"));
  CHECK(doc.source_map.to_source(year + 1) == bytes.find("2024") + 1);
}

TEST_CASE("a short GB18030 text, too short for ICU to be sure, is still read as GB18030") {
  const std::string bytes = encode("GB18030", u"租赁合同");
  REQUIRE(bytes.size() == 8);
  const Document doc = load_ok("title.txt", bytes);
  CHECK(doc.encoding == "GB18030");
  CHECK(doc.text == "租赁合同");
  CHECK(doc.source_map.to_source(3) == 2);  // "赁"

  CHECK(load_ok("ref.txt", encode("GB18030", u"Contract no. 12: 合同")).text == "Contract no. 12: 合同");
}

TEST_CASE("mostly-ASCII GBK, which ICU takes for ISO-8859-1, is read as GB18030") {
  const std::u16string markdown =
      u"# Lease\n\nThis document is the lease contract (合同) for the fish pond. Term: 10 years. "
      u"Rent: 50000 yuan per year, paid on 1 January.\nSee also appendix A, the map, and the list of equipment.\n";
  const Document doc = load_ok("notes.md", encode("GB18030", markdown));
  CHECK(doc.encoding == "GB18030");
  CHECK(doc.format == SourceFormat::markdown);
  CHECK(doc.text.find("(合同)") != std::string::npos);
}

TEST_CASE("GB18030 four-byte characters map to their four bytes") {
  // U+20BB7 (𠮷, in names) is outside GBK: four bytes in GB18030, four in UTF-8.
  const std::u16string text = u"出租人：𠮷田村股份经济合作社，承租人：张三。租赁期限为三年。";
  const std::string bytes = encode("GB18030", text);
  const Document doc = load_ok("names.txt", bytes);
  CHECK(doc.encoding == "GB18030");
  const auto rare = static_cast<std::uint32_t>(doc.text.find("𠮷"));
  CHECK(doc.source_map.to_source(rare) == encode("GB18030", u"出租人：").size());
  CHECK(doc.source_map.to_source(rare + 4) == encode("GB18030", u"出租人：𠮷").size());
}

TEST_CASE("a GB18030 byte-order mark is recognized and skipped") {
  const std::string bytes = "\x84\x31\x95\x33" + encode("GB18030", u"合同");
  const Document doc = load_ok("bom.txt", bytes);
  CHECK(doc.encoding == "GB18030");
  CHECK(doc.text == "合同");
  CHECK(doc.source_map.to_source(0) == 4);
  CHECK(doc.source_map.to_source(3) == 6);
}

TEST_CASE("UTF-16 with a BOM, little- and big-endian, maps each character to its code units") {
  const auto [charset, bom] = GENERATE(table<const char*, std::string>({
      {"UTF-16LE", std::string("\xFF\xFE", 2)},
      {"UTF-16BE", std::string("\xFE\xFF", 2)},
  }));
  // A supplementary character before "租" takes two code units (4 bytes).
  const std::u16string text = u"𠮷田\r\n第一条 租赁期限为十年。\n";
  const std::string bytes = bom + encode(charset, text);
  const Document doc = load_ok("utf16.txt", bytes);
  CHECK(doc.encoding == charset);
  CHECK(doc.text == "𠮷田\r\n第一条 租赁期限为十年。\n");
  const std::size_t rent_units = text.find(u'租');
  CHECK(doc.source_map.to_source(rent_offset(doc)) == 2 + 2 * rent_units);
  CHECK(doc.source_map.to_source(0) == 2);
  CHECK(doc.source_map.to_source(4) == 6);  // "田", after the surrogate pair
  CHECK(doc.source_map.to_source(static_cast<std::uint32_t>(doc.text.size())) == bytes.size());
}

TEST_CASE("UTF-16 without a BOM is read when ICU is confident (mostly ASCII)") {
  const std::u16string text = u"Lease contract no. 2024-17, signed in the town hall.\n租赁合同\n";
  const std::string bytes = encode("UTF-16LE", text);
  const Document doc = load_ok("nobom.txt", bytes);
  CHECK(doc.encoding == "UTF-16LE");
  CHECK(doc.text == "Lease contract no. 2024-17, signed in the town hall.\n租赁合同\n");
  CHECK(doc.source_map.to_source(static_cast<std::uint32_t>(doc.text.find("租"))) == 2 * text.find(u'租'));
}

TEST_CASE("line ends are kept as they are in the file") {
  CHECK(load_ok("crlf.txt", "一\r\n二\r\n").text == "一\r\n二\r\n");
  CHECK(load_ok("mac.txt", "一\r二\r").text == "一\r二\r");
  CHECK(load_ok("gb-crlf.txt", encode("GB18030", u"第一条\r\n第二条\r\n")).text == "第一条\r\n第二条\r\n");
}

TEST_CASE("first_invalid_utf8 finds the first byte of a malformed sequence") {
  using load_internal::first_invalid_utf8;
  CHECK_FALSE(first_invalid_utf8("租赁 abc 𠮷").has_value());
  CHECK(first_invalid_utf8("ab\xFF") == 2u);
  CHECK(first_invalid_utf8("a\xE7\xA7") == 1u);          // truncated at the end
  CHECK(first_invalid_utf8("\xC0\xAF") == 0u);           // overlong '/'
  CHECK(first_invalid_utf8("x\xED\xA0\x80") == 1u);      // surrogate
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0u);   // past U+10FFFF
  CHECK(first_invalid_utf8("\xE7\xA7\x9F\xE7\x28") == 3u);
  CHECK(first_invalid_utf8("a\xE7\x28\xA7") == 1u);  // a bad second byte
  CHECK(first_invalid_utf8("a\xE7\xA7\x28") == 1u);  // a bad third byte
  CHECK(first_invalid_utf8("\xE0\x80\xAF") == 0u);   // overlong
}

TEST_CASE("first_invalid_utf8 agrees with ICU on every three-byte sequence") {
  // Every lead from E0 to EF with every second and third byte: the fast path
  // for the common leads and the general one must both agree with U8_NEXT.
  std::size_t disagreements = 0, valid = 0;
  for (unsigned lead = 0xE0; lead <= 0xEF; ++lead)
    for (unsigned second = 0; second < 256; ++second)
      for (unsigned third = 0; third < 256; ++third) {
        const char bytes[] = {static_cast<char>(lead), static_cast<char>(second), static_cast<char>(third)};
        const std::string_view text(bytes, 3);
        std::int32_t at = 0;
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const std::uint8_t*>(bytes), at, 3, c);
        const bool icu_valid = c >= 0 && at == 3;
        valid += icu_valid;
        if (load_internal::first_invalid_utf8(text).has_value() == icu_valid) ++disagreements;
      }
  CHECK(disagreements == 0);
  CHECK(valid == 16 * 64 * 64 - 2 * 32 * 64);  // all continuation pairs, less E0's overlongs and ED's surrogates
}

TEST_CASE("the map stays exact across the decoder's 64 KB chunks, where characters straddle the boundaries") {
  // One-, two- and four-byte characters in a cycle, so that chunk boundaries fall inside characters.
  struct Piece {
    std::u16string text;
    std::size_t utf8, gb18030, utf16;  // encoded lengths
  };
  const std::vector<Piece> cycle = {{u"a", 1, 1, 2}, {u"租", 3, 2, 2}, {u"𠮷", 4, 4, 4}, {u"，", 3, 2, 2}, {u"\n", 1, 1, 2}};
  std::u16string text;
  std::vector<const Piece*> order;
  for (int i = 0; i < 120000; ++i) {
    const Piece& piece = cycle[(i * 7 + i / 5) % cycle.size()];
    text += piece.text;
    order.push_back(&piece);
  }
  const auto [charset, prefix] = GENERATE(table<const char*, std::string>({
      {"GB18030", ""},
      {"UTF-16LE", std::string("\xFF\xFE", 2)},
      {"UTF-16BE", std::string("\xFE\xFF", 2)},
  }));
  const std::string bytes = prefix + encode(charset, text);
  REQUIRE(bytes.size() > 3 * 65536);
  const Document doc = load_ok("long.txt", bytes);
  REQUIRE(doc.encoding == charset);
  std::size_t text_offset = 0, file_offset = prefix.size(), mismatches = 0;
  for (const Piece* piece : order) {
    if (doc.source_map.to_source(static_cast<std::uint32_t>(text_offset)) != file_offset) ++mismatches;
    text_offset += piece->utf8;
    file_offset += std::string_view(charset) == "GB18030" ? piece->gb18030 : piece->utf16;
  }
  CHECK(mismatches == 0);
  CHECK(text_offset == doc.text.size());
  CHECK(doc.source_map.to_source(static_cast<std::uint32_t>(text_offset)) == bytes.size());
}

TEST_CASE("a bad byte far into a GB18030 file is reported at its own offset") {
  std::u16string text;
  while (text.size() < 50000) text += u"第一条 租赁期限为十年。\n";
  const std::string before = encode("GB18030", text);  // past the first 64 KB chunk
  const std::string bytes = before + std::string(1, '\xFF') + before;
  auto loaded = load_bytes("long.txt", bytes);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().code == "undecodable-text");
  CHECK(loaded.error().message.ends_with("也不是 GB18030(偏移 " + std::to_string(before.size()) + " 处的字节 0xFF 无效)"));
}

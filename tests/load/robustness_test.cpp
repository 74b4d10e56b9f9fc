// No input crashes the load stage or comes out half-decoded: every byte
// string is either a Document with well-formed UTF-8 and a consistent map,
// or one input error. A small deterministic fuzz (fixed seeds) over random
// bytes, damaged text, damaged zips and damaged XML; run it under
// -DLEGALINT_SANITIZE=ON to let ASan/UBSan watch.
#include <catch2/catch.hpp>

#include <random>

#include "load/encoding.h"
#include "load/load.h"
#include "load_test_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {

// Checks the invariants of whatever load_bytes returns; counts the outcomes.
struct Checker {
  int documents = 0;
  int errors = 0;

  void operator()(const std::string& path, const std::string& bytes) {
    auto loaded = load_bytes(path, bytes);
    if (!loaded.ok()) {
      ++errors;
      const Error& error = loaded.error();
      CHECK(error.error_class == ErrorClass::input);
      CHECK_FALSE(error.code.empty());
      CHECK_FALSE(error.message.empty());
      CHECK(error.message.find('\n') == std::string::npos);
      return;
    }
    ++documents;
    const Document& doc = loaded.value();
    CHECK_FALSE(load_internal::first_invalid_utf8(doc.text).has_value());
    CHECK(doc.file_size == bytes.size());
    if (doc.format == SourceFormat::docx) return;  // identity map into the extracted text
    CHECK(doc.source_map.to_source(static_cast<std::uint32_t>(doc.text.size())) == bytes.size());
    std::uint32_t previous = 0;
    bool monotonic = true;
    for (std::uint32_t offset = 0; offset <= doc.text.size(); ++offset) {
      const std::uint32_t source = doc.source_map.to_source(offset);
      monotonic = monotonic && source >= previous && source <= bytes.size();
      previous = source;
    }
    CHECK(monotonic);
  }
};

std::string mutate(std::string bytes, std::mt19937& random, int edits) {
  if (bytes.empty()) return bytes;
  for (int i = 0; i < edits; ++i) {
    const std::size_t at = random() % bytes.size();
    switch (random() % 3) {
      case 0: bytes[at] = static_cast<char>(random()); break;
      case 1: bytes.erase(at, 1 + random() % 4); break;
      default: bytes.insert(at, 1, static_cast<char>(random())); break;
    }
    if (bytes.empty()) break;
  }
  return bytes;
}

}  // namespace

TEST_CASE("random bytes and damaged text never crash and never decode halfway") {
  std::mt19937 random(20261127);
  Checker check;
  const std::string lease = "甲方：某某村股份经济合作社\r\n第一条 租赁期限为十年，租金每年伍万元。\n";
  const std::vector<std::string> seeds = {
      lease,
      encode("GB18030", u"甲方：某某村股份经济合作社\r\n第一条 租赁期限为十年，租金每年伍万元。\n"),
      std::string("\xFF\xFE", 2) + encode("UTF-16LE", u"第一条 租赁期限为十年。\n"),
      std::string("\xFE\xFF", 2) + encode("UTF-16BE", u"第一条 𠮷田。\n"),
      "\xEF\xBB\xBF" + lease,
  };
  for (int round = 0; round < 400; ++round) {
    std::string noise(1 + random() % 64, '\0');
    for (char& c : noise) c = static_cast<char>(random());
    check("noise.txt", noise);
    for (const std::string& seed : seeds) check("damaged.txt", mutate(seed, random, 1 + round % 5));
  }
  CHECK(check.documents > 100);
  CHECK(check.errors > 100);
}

TEST_CASE("damaged .docx archives and damaged document.xml never crash") {
  std::mt19937 random(1127);
  Checker check;
  const std::string body =
      "<w:p><w:r><w:t>租赁合同</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲方</w:t><w:br/></w:r></w:p></w:tc></w:tr></w:tbl>"
      "<w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins></w:p>";
  const std::string xml = document_xml(body);
  const std::string docx = make_docx_from_xml(xml);
  for (int round = 0; round < 300; ++round) {
    check("damaged.docx", mutate(docx, random, 1 + round % 3));
    check("damaged-xml.docx", make_docx_from_xml(mutate(xml, random, 1 + round % 4)));
  }
  CHECK(check.documents > 50);
  CHECK(check.errors > 50);
}

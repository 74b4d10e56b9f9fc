// .docx: one line per paragraph, in body order; what a reader sees and
// nothing else; and the archive-level defences (zip bombs, entity bombs).
#include <catch2/catch.hpp>

#include <chrono>

#include "load/load.h"
#include "load_test_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {

std::string run(std::string_view text) { return "<w:r><w:t>" + std::string(text) + "</w:t></w:r>"; }
std::string para(std::string_view text) { return "<w:p>" + run(text) + "</w:p>"; }

Document load_docx_ok(std::string_view bytes, const std::string& path = "contract.docx") {
  auto loaded = load_bytes(path, bytes);
  INFO((loaded.ok() ? std::string("ok") : loaded.error().to_string()));
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

Error load_docx_error(std::string_view bytes, const LoadOptions& options = {}) {
  auto loaded = load_bytes("contract.docx", bytes, options);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().error_class == ErrorClass::input);
  CHECK(loaded.error().path == "contract.docx");
  return loaded.error();
}

}  // namespace

TEST_CASE("paragraphs become lines, runs are concatenated, the map is the identity") {
  const std::string body = para("租赁合同") + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + run("甲方：") +
                           "<w:r><w:rPr><w:b/></w:rPr><w:t>某某村</w:t></w:r>" + run("股份经济合作社") + "</w:p>" +
                           "<w:p/>" + para("乙方：张三") + "<w:sectPr><w:pgSz w:w=\"11906\"/></w:sectPr>";
  const Document doc = load_docx_ok(make_docx(body));
  CHECK(doc.format == SourceFormat::docx);
  CHECK(doc.encoding == "UTF-8");
  CHECK(doc.text == "租赁合同\n甲方：某某村股份经济合作社\n\n乙方：张三");
  CHECK(doc.source_map.to_source(12) == 12);
  CHECK(doc.file_size > 0);
}

TEST_CASE("table cells' paragraphs are lines too, row by row, cell by cell") {
  const std::string cell_a = "<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr>" + para("出租方") + "</w:tc>";
  const std::string cell_b = "<w:tc>" + para("某某村") + para("股份经济合作社") + "</w:tc>";
  const std::string row2 = "<w:tr><w:tc>" + para("承租方") + "</w:tc><w:tc>" + para("张三") + "</w:tc></w:tr>";
  const std::string body = para("合同主体") + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" + cell_a +
                           cell_b + "</w:tr>" + row2 + "</w:tbl>" + para("第一条");
  CHECK(load_docx_ok(make_docx(body)).text == "合同主体\n出租方\n某某村\n股份经济合作社\n承租方\n张三\n第一条");
}

TEST_CASE("soft breaks stay inside the paragraph's line, tabs are tabs") {
  const std::string body = "<w:p>" + run("第一条") + "<w:r><w:br/><w:t>租赁期限</w:t><w:tab/><w:t>十年</w:t></w:r>" +
                           "<w:r><w:cr/><w:t>续租</w:t><w:br w:type=\"page\"/></w:r></w:p>" + para("第二条");
  CHECK(load_docx_ok(make_docx(body)).text == "第一条 租赁期限\t十年 续租 \n第二条");
}

TEST_CASE("tracked changes: deleted text is left out, inserted text is kept") {
  const std::string body =
      "<w:p>" + run("租金为每年") +
      "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>五万元</w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>六万元</w:t></w:r></w:ins>" + run("。") +
      "<w:moveFrom w:id=\"3\"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom></w:p>" +
      "<w:p><w:moveTo w:id=\"4\"><w:r><w:t>新位置</w:t></w:r></w:moveTo></w:p>";
  CHECK(load_docx_ok(make_docx(body)).text == "租金为每年六万元。\n新位置");
}

TEST_CASE("content controls, hyperlinks, smart tags and field results are text, field codes are not") {
  const std::string body =
      "<w:sdt><w:sdtPr><w:alias w:val=\"甲方\"/></w:sdtPr><w:sdtContent>" + para("甲方：某某村") +
      "</w:sdtContent></w:sdt>"
      "<w:p><w:hyperlink r:id=\"rId1\" xmlns:r=\"urn:r\">" + run("见附件") + "</w:hyperlink>"
      "<w:smartTag w:element=\"date\">" + run("2024年") + "</w:smartTag></w:p>"
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("3") +
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:fldSimple w:instr=\"NUMPAGES\">" + run("/9") +
      "</w:fldSimple></w:p>";
  CHECK(load_docx_ok(make_docx(body)).text == "甲方：某某村\n见附件2024年\n3/9");
}

TEST_CASE("spaces in w:t are kept, including a run that is only a space") {
  const std::string body = "<w:p>" + run("第一条") + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>" +
                           "<w:r><w:t xml:space=\"preserve\">租赁  期限 </w:t></w:r></w:p>";
  CHECK(load_docx_ok(make_docx(body)).text == "第一条 租赁  期限 ");
}

TEST_CASE("a text box is read once (mc:Choice, not the VML fallback), after its anchoring paragraph") {
  const std::string box = "<w:txbxContent>" + para("盖章处") + "</w:txbxContent>";
  const std::string body = "<w:p>" + run("签字：") +
                           "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>" + box +
                           "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" +
                           box + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>" +
                           run("（乙方）") + "</w:p>" + para("日期：");
  CHECK(load_docx_ok(make_docx(body)).text == "签字：（乙方）\n盖章处\n日期：");
}

TEST_CASE("the WordprocessingML namespace may be bound to any prefix") {
  const std::string body = "<ns0:p><ns0:r><ns0:t>合同</ns0:t><ns0:br/><ns0:t>正文</ns0:t></ns0:r></ns0:p>"
                           "<ns0:p><ns0:r><ns0:t>第二段</ns0:t></ns0:r></ns0:p>";
  CHECK(load_docx_ok(make_docx_from_xml(document_xml(body, "ns0"))).text == "合同 正文\n第二段");
}

TEST_CASE("newlines inside w:t do not split the paragraph's line") {
  CHECK(load_docx_ok(make_docx(para("第一行\n第二行"))).text == "第一行 第二行");
}

TEST_CASE("Word's other extensions and upper case are .docx too, load_file reads them from disk") {
  const std::string bytes = make_docx(para("合同"));
  CHECK(load_docx_ok(bytes, "模板.DOTX").text == "合同");
  CHECK(load_docx_ok(bytes, "宏.docm").format == SourceFormat::docx);

  ScratchDir dir;
  auto loaded = load_file(dir.write("租赁合同.docx", bytes));
  REQUIRE(loaded.ok());
  CHECK(loaded.value().text == "合同");
  CHECK(loaded.value().file_size == bytes.size());
}

TEST_CASE("a .docx with no text is an empty file") {
  const Error error = load_docx_error(make_docx("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>"));
  CHECK(error.code == "empty-file");
  CHECK(error.message == "文档中没有文字");
}

TEST_CASE("a .docx that is not a zip archive") {
  const Error error = load_docx_error("租赁合同\n");
  CHECK(error.code == "broken-zip");
  CHECK(error.message == "不是有效的 zip 压缩包(libzip:Not a zip archive)");
  CHECK(error.to_string() == "contract.docx: 不是有效的 zip 压缩包(libzip:Not a zip archive)");

  // A zip cut in half: the central directory is gone.
  const std::string whole = make_docx(para("合同"));
  const Error cut = load_docx_error(whole.substr(0, whole.size() / 2));
  CHECK(cut.code == "broken-zip");
  CHECK(cut.message.starts_with("不是有效的 zip 压缩包(libzip:"));
}

TEST_CASE("a zip archive without word/document.xml") {
  const Error error = load_docx_error(make_zip({{"[Content_Types].xml", kContentTypes}, {"xl/workbook.xml", "<x/>"}}));
  CHECK(error.code == "not-docx");
  CHECK(error.message == "zip 压缩包中没有 word/document.xml,不是 .docx 文档");
}

TEST_CASE("malformed XML is reported with its offset and what pugixml found, in words") {
  const std::string xml = "<?xml version=\"1.0\"?><w:document><w:body><w:p><w:t>合同</w:p></w:body></w:document>";
  const Error error = load_docx_error(make_docx_from_xml(xml));
  CHECK(error.code == "malformed-xml");
  // pugixml points at the name in the mismatched end tag.
  const std::size_t offset = xml.find("</w:p>") + 2;
  CHECK(error.message == "word/document.xml 的 XML 格式错误:偏移 " + std::to_string(offset) + " 处开始与结束标签不匹配(文件被截断?)");
}

TEST_CASE("zip bombs are refused from the central directory, before inflating") {
  SECTION("an entry that would expand past the size limit (100 MB of zeros, about 100 KB compressed)") {
    const std::string bomb = make_zip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", std::string(100 << 20, '\0')}});
    CHECK(bomb.size() < (1 << 20));
    const auto start = std::chrono::steady_clock::now();
    const Error error = load_docx_error(bomb);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));  // refused, not inflated
    CHECK(error.code == "zip-bomb");
    CHECK(error.message == "word/document.xml 解压后将达 100 MB,超过 64 MB 的上限(zip 炸弹?)");
  }
  SECTION("an entry under the size limit but compressed too well (10 MB of zeros)") {
    const std::string bomb = make_zip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", std::string(10 << 20, '\0')}});
    const Error error = load_docx_error(bomb);
    CHECK(error.code == "zip-bomb");
    CHECK(error.message.starts_with("word/document.xml 的压缩比为 "));
    CHECK(error.message.ends_with(":1,超过 200:1 的上限(zip 炸弹?)"));
  }
  SECTION("the limits are options") {
    const std::string xml = document_xml(para(std::string(3000, 'a')));
    LoadOptions options;
    options.max_docx_entry_bytes = 1024;
    const Error error = load_docx_error(make_docx_from_xml(xml), options);
    CHECK(error.code == "zip-bomb");
    REQUIRE(xml.size() > 3 * 1024);
    REQUIRE(xml.size() < 4 * 1024);
    CHECK(error.message.starts_with("word/document.xml 解压后将达 3."));
    CHECK(error.message.ends_with(" KB,超过 1 KB 的上限(zip 炸弹?)"));
  }
}

TEST_CASE("an entry larger than its zip header says is cut off at the declared size") {
  // 2 MB of text whose declared uncompressed size is patched down to 1 MB in
  // both headers: the compressed data inflates past what was promised.
  std::string text;
  for (int i = 0; text.size() < (2u << 20); ++i) text += "<w:p><w:r><w:t>第" + std::to_string(i) + "条</w:t></w:r></w:p>";
  const std::string real = document_xml(text);
  std::string zip = make_zip({{"word/document.xml", real}});
  const auto patch = [&](std::size_t header, std::size_t field) {
    const std::uint32_t declared = 1u << 20;
    for (int b = 0; b < 4; ++b) zip[header + field + b] = static_cast<char>((declared >> (8 * b)) & 0xFF);
  };
  const std::size_t local = zip.find("PK\x03\x04");
  const std::size_t central = zip.find("PK\x01\x02");
  REQUIRE(local != std::string::npos);
  REQUIRE(central != std::string::npos);
  patch(local, 22);    // local file header: uncompressed size
  patch(central, 24);  // central directory: uncompressed size
  const Error error = load_docx_error(zip);
  CHECK(error.code == "zip-bomb");
  CHECK(error.message == "word/document.xml 解压后超过 zip 头声明的 1 MB(zip 炸弹?)");
}

TEST_CASE("an XML entity bomb is harmless: the DTD is refused, nothing is expanded") {
  std::string dtd = "<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&lol" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  dtd += "]>";
  const std::string xml = "<?xml version=\"1.0\"?>" + dtd +
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
  const auto start = std::chrono::steady_clock::now();
  const Error error = load_docx_error(make_docx_from_xml(xml));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  CHECK(error.code == "malformed-xml");
  CHECK(error.message == "word/document.xml 声明了 DTD(<!DOCTYPE …>),.docx 文档中不应有");
}

TEST_CASE("an undeclared entity reference is left as text, never expanded") {
  const Document doc = load_docx_ok(make_docx(para("&lol9; &amp; &#x5408;")));
  CHECK(doc.text == "&lol9; & 合");
}

TEST_CASE("a main document part with another name is found through _rels/.rels") {
  const std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/>)"
      R"(</Relationships>)";
  const std::string bytes = make_zip({{"[Content_Types].xml", kContentTypes},
                                      {"_rels/.rels", rels},
                                      {"word/document2.xml", document_xml(para("第一条"))}});
  CHECK(load_docx_ok(bytes).text == "第一条");

  // Its errors name it.
  const std::string broken = make_zip({{"_rels/.rels", rels}, {"word/document2.xml", "<w:document>"}});
  CHECK(load_docx_error(broken).message ==
        "word/document2.xml 的 XML 格式错误:偏移 11 处开始与结束标签不匹配(文件被截断?)");
}

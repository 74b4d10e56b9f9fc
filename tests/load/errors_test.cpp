// Every way the load stage refuses a file, with its exact code and message.
// A refusal is always an input error, one line, naming the cause; the path
// is added by Error::to_string.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "load/load.h"
#include "load_test_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {

Error refused(const std::string& path, std::string_view bytes, const LoadOptions& options = {}) {
  auto loaded = load_bytes(path, bytes, options);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().error_class == ErrorClass::input);
  CHECK(loaded.error().path == path);
  CHECK(loaded.error().message.find('\n') == std::string::npos);
  CHECK(loaded.error().message.find(path) == std::string::npos);  // the path is added by to_string()
  return loaded.error();
}

Error refused_file(const std::string& path, const LoadOptions& options = {}) {
  auto loaded = load_file(path, options);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().error_class == ErrorClass::input);
  CHECK(loaded.error().path == path);
  return loaded.error();
}

}  // namespace

TEST_CASE("empty files, and files with nothing but whitespace or a BOM") {
  const auto [bytes, message] = GENERATE(table<std::string, std::string>({
      {"", "文件为空"},
      {"\xEF\xBB\xBF", "文件为空(只有字节顺序标记)"},
      {std::string("\xFF\xFE", 2), "文件为空(只有字节顺序标记)"},
      {" \r\n\t\n", "文件中只有空白字符"},
      {"\xE3\x80\x80\n", "文件中只有空白字符"},  // U+3000 ideographic space
  }));
  const Error error = refused("blank.txt", bytes);
  CHECK(error.code == "empty-file");
  CHECK(error.message == message);
}

TEST_CASE("a file over max_file_bytes is refused") {
  LoadOptions options;
  options.max_file_bytes = 1 << 20;
  const Error error = refused("big.txt", std::string(3 << 20, 'a'), options);
  CHECK(error.code == "file-too-large");
  CHECK(error.message == "文件大小为 3 MB,超过 1 MB 的上限");
}

// Regression (issue 7, tests/hostile "a 50 MB text file on one line"): every
// finding on a line cost as much as the line, so one huge line took minutes.
TEST_CASE("a line over max_line_bytes is refused, in text and in a .docx paragraph") {
  LoadOptions options;
  options.max_line_bytes = 1 << 10;
  const std::string ok_line(1 << 10, 'a');
  CHECK(load_bytes("ok.txt", ok_line + "\n" + ok_line, options).ok());
  CHECK(load_bytes("one.txt", ok_line, options).ok());  // the whole text one line, at the limit
  CHECK(refused("one-more.txt", ok_line + "a", options).code == "line-too-long");
  const Error error = refused("long.txt", "short\n" + std::string(3 << 10, 'a') + "\nshort", options);
  CHECK(error.code == "line-too-long");
  CHECK(error.message.starts_with("第 2 行长 3 KB,超过单行 1 KB 的上限"));
  const auto docx = load_bytes("long.docx", make_docx("<w:p><w:r><w:t>" + std::string(3 << 10, 'a') + "</w:t></w:r></w:p>"), options);
  REQUIRE_FALSE(docx.ok());
  CHECK(docx.error().code == "line-too-long");
}

TEST_CASE("load_file refuses a huge file by its size, without reading it") {
  ScratchDir dir;
  const std::string path = dir.path("huge.txt");
  {
    std::ofstream out(path, std::ios::binary);
  }
  REQUIRE(::truncate(path.c_str(), 100ll << 30) == 0);  // a sparse 100 GB file: reading it would take minutes
  const Error error = refused_file(path);
  CHECK(error.code == "file-too-large");
  CHECK(error.message == "文件大小为 102400 MB,超过 64 MB 的上限");
  CHECK(error.to_string() == path + ": 文件大小为 102400 MB,超过 64 MB 的上限");
}

TEST_CASE("load_file: missing file, directory, no permission") {
  ScratchDir dir;

  const Error missing = refused_file(dir.path("nope.txt"));
  CHECK(missing.code == "file-not-found");
  CHECK(missing.message == "文件不存在");
  CHECK(refused_file(dir.path("nope/inner.txt")).code == "file-not-found");

  const Error directory = refused_file(dir.path());
  CHECK(directory.code == "is-directory");
  CHECK(directory.message == "这是文件夹:请给出文件,或用 `legalint check 文件夹` 审查整个文件夹");

  if (::geteuid() == 0) return;  // root reads anything
  const std::string secret = dir.write("secret.txt", "合同");
  REQUIRE(::chmod(secret.c_str(), 0) == 0);
  const Error denied = refused_file(secret);
  CHECK(denied.code == "permission-denied");
  CHECK(denied.message == "没有读取权限,无法读取文件");
}

TEST_CASE("load_file reads a text file and fills every field") {
  ScratchDir dir;
  const std::string path = dir.write("lease.txt", "租赁合同\n");
  auto loaded = load_file(path);
  REQUIRE(loaded.ok());
  CHECK(loaded.value().path == path);
  CHECK(loaded.value().text == "租赁合同\n");
  CHECK(loaded.value().file_size == 13);
  CHECK(refused_file(dir.write("empty.txt", "")).code == "empty-file");
}

TEST_CASE("binary content: a NUL byte outside UTF-16") {
  const Error error = refused("data.txt", std::string("合\0同", 7));
  CHECK(error.code == "binary-file");
  CHECK(error.message == "二进制文件(偏移 3 处有 NUL 字节)");

  CHECK(refused("logo.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)).message == "二进制文件(偏移 8 处有 NUL 字节)");
  CHECK(refused("bom.txt", std::string("\xEF\xBB\xBF" "ab\0", 6)).message == "二进制文件(偏移 5 处有 NUL 字节)");
  // A NUL character encoded as UTF-16 is binary too.
  CHECK(refused("u16.txt", std::string("\xFF\xFE" "a\0\0\0", 6)).message == "二进制文件(偏移 4 处有 NUL 字节)");
}

TEST_CASE("legacy Word and WPS binary files, by content or by name") {
  const std::string ole2 = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  const std::string message =
      "不支持旧版 Word/WPS 二进制格式(.doc/.wps):请另存为 .docx 或 .txt"
      "(例如 `libreoffice --headless --convert-to docx 文件`)";
  for (const char* path : {"old.doc", "old.wps", "old.txt", "old.docx", "book.et"}) {
    INFO(path);
    const Error error = refused(path, ole2);
    CHECK(error.code == "legacy-format");
    CHECK(error.message == message);
  }
  CHECK(refused("named.doc", "合同\n").message == message);
  CHECK(refused("named.wps", "合同\n").code == "legacy-format");
}

TEST_CASE("a password-protected .docx (an OLE2 container with an EncryptedPackage stream)") {
  std::string ole2 = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(200, '\0');
  for (char c : std::string("EncryptedPackage")) ole2 += std::string{c, '\0'};
  const Error error = refused("secret.docx", ole2);
  CHECK(error.code == "encrypted");
  CHECK(error.message == "有密码保护的 Office 文档:请在 Word 或 WPS 中去掉密码后重新保存");
}

TEST_CASE("PDF and RTF, by content or by name") {
  const std::string pdf = "暂不支持 PDF:请将文档另存为 .docx 或 .txt";
  CHECK(refused("scan.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").message == pdf);
  CHECK(refused("scan.pdf", "合同\n").message == pdf);
  CHECK(refused("scan.PDF", "%PDF-1.4").code == "pdf");
  const Error rtf = refused("memo.txt", "{\\rtf1\\ansi\\ansicpg936 \\'ba\\'cf\\'cd\\'ac}");
  CHECK(rtf.code == "rtf");
  CHECK(rtf.message == "不支持 RTF:请将文档另存为 .docx 或 .txt");
}

TEST_CASE("a zip archive in a file not named .docx") {
  const std::string docx = make_docx("<w:p><w:r><w:t>合同</w:t></w:r></w:p>");
  for (const char* path : {"contract.txt", "contract", "contract.zip", "renamed.doc"}) {
    INFO(path);
    const Error error = refused(path, docx);
    CHECK(error.code == "zip-archive");
    CHECK(error.message == "看起来是 zip 压缩包而不是文本文件;如果是 Word 文档,请把扩展名改为 .docx");
  }
}

TEST_CASE("text that is neither UTF-8 nor GB18030") {
  SECTION("Chinese with a stray byte: invalid as UTF-8 and as GB18030, with both offsets") {
    const std::string bytes = encode("GB18030", u"租赁合") + "\x80" + encode("GB18030", u"同");
    const Error error = refused("stray.txt", bytes);
    CHECK(error.code == "undecodable-text");
    CHECK(error.message ==
          "无法解码文字:既不是 UTF-8(偏移 0 处的字节 0xD7 无效),"
          "也不是 GB18030(偏移 6 处的字节 0x80 无效)");
  }
  SECTION("Latin-1, which ICU recognizes") {
    const Error error = refused("menu.txt", encode("ISO-8859-1", u"Le café est très bon.\n"));
    CHECK(error.code == "undecodable-text");
    CHECK(error.message ==
          "无法解码文字:不是 UTF-8(偏移 6 处的字节 0xE9 无效),看起来是 ISO-8859-1 编码,"
          "legalint 不支持;请另存为 UTF-8");
  }
  SECTION("bytes that decode as GB18030 but only to rare characters") {
    // Each accented letter followed by an ASCII letter is a valid GBK pair, outside GB2312.
    const Error error = refused("words.txt", "\xE9t\xE9s \xE8re");
    CHECK(error.message ==
          "无法解码文字:既不是 UTF-8(偏移 0 处的字节 0xE9 无效),"
          "也不是 GB18030(按 GB18030 读只得到生僻字)");
  }
  SECTION("GB18030 cut off in the middle of a character") {
    const std::string bytes = encode("GB18030", u"甲方：某某村股份经济合作社，乙方：张三，租赁期限为十年。") + "\xD6";
    const Error error = refused("cut.txt", bytes);
    CHECK(error.message.ends_with("也不是 GB18030(文件末尾偏移 " + std::to_string(bytes.size() - 1) + " 处的字符不完整)"));
  }
  SECTION("a CJK encoding ICU is sure of, but not GB18030") {
    const std::u16string japanese = u"これは日本語の文章です。契約書の内容を確認してください。賃貸借契約の期間は十年とします。";
    const Error error = refused("jp.txt", encode("Shift_JIS", japanese));
    CHECK(error.code == "undecodable-text");
    CHECK(error.message ==
          "无法解码文字:不是 UTF-8(偏移 0 处的字节 0x82 无效),看起来是 Shift_JIS 编码,"
          "legalint 不支持;请另存为 UTF-8");
  }
  SECTION("EUC-KR, which would decode as GB18030 into nonsense, is refused on ICU's word") {
    const std::u16string korean = u"이 계약서는 임대차 계약의 내용을 정합니다. 임대 기간은 십 년으로 하고, 임대료는 매년 오천만 원으로 합니다.";
    const Error error = refused("kr.txt", encode("EUC-KR", korean));
    CHECK(error.message.starts_with("无法解码文字:不是 UTF-8(偏移 0 处的字节 0xC0 无效),看起来是 EUC-KR"));
  }
  SECTION("a BOM that the rest of the file contradicts") {
    CHECK(refused("bom8.txt", "\xEF\xBB\xBF" "ab\xFF").message ==
          "无法解码文字:文件以 UTF-8 字节顺序标记开头,却不是有效的 UTF-8(偏移 5 处的字节 0xFF 无效)");
    CHECK(refused("odd16.txt", std::string("\xFF\xFE" "a\0b", 5)).message ==
          "无法解码文字:文件以 UTF-16LE 字节顺序标记开头,却不是有效的 UTF-16LE(文件末尾偏移 4 处的字符不完整)");
    CHECK(refused("surrogate16.txt", std::string("\xFE\xFF\xD8\x00\x00\x41", 6)).message ==
          "无法解码文字:文件以 UTF-16BE 字节顺序标记开头,却不是有效的 UTF-16BE(偏移 2 处有不成对的代理项)");
  }
}

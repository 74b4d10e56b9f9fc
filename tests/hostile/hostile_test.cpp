// Hostile inputs through the real `legalint` binary (issue 7): each must end
// in a clear one-line error naming the file and its cause, or in a normal
// review — within a few seconds of CPU and under 200 MB of RSS (the bounds
// in hostile_support.h), with the documented exit code:
// 0/1 reviewed, 2 usage/config/pack error, 3 some input unreadable.
// Every input is made here at run time; nothing big is committed.
#include <sys/stat.h>
#include <zlib.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include "hostile_support.h"
#include "load_test_support.h"

namespace fs = std::filesystem;
using namespace legalint::hostile;
using legalint::testing::document_xml;
using legalint::testing::kContentTypes;
using legalint::testing::make_docx;
using legalint::testing::make_docx_from_xml;
using legalint::testing::make_zip;

namespace {

const char* kContract =
    "房屋租赁合同\n"
    "甲方(出租方):某某村股份经济合作社\n"
    "乙方(承租方):张三\n"
    "第一条 租赁期限为十年,自2024年1月1日起至2033年12月31日止。\n"
    "第二条 年租金为人民币肆万捌仟元整(¥48,000.00)。\n"
    "第三条 争议解决:协商不成的,提交天津仲裁委员会仲裁。\n"
    "甲方(盖章):            乙方(签字):\n"
    "2024年1月1日\n";

// The bounds, checked for every run; `what` names the input in failures.
void check_bounds(const Run& run, const std::string& what) {
  INFO(what << ": exit " << run.exit_code << ", " << run.cpu_seconds << " s CPU, " << run.wall_seconds << " s wall, "
            << run.rss_megabytes << " MB RSS\nstderr: " << run.err.substr(0, 2000) << "\nstdout: " << run.out.substr(0, 2000));
  CHECK_FALSE(run.timed_out);
  CHECK(run.cpu_seconds < kCpuSeconds);
  CHECK(run.rss_megabytes < kRssMegabytes);
  CHECK(run.exit_code >= 0);
  CHECK(run.exit_code <= 3);
  CHECK(run.err.find("internal error") == std::string::npos);
  CHECK(run.err.find("AddressSanitizer") == std::string::npos);
  CHECK(run.err.find("runtime error") == std::string::npos);
}

// `name` was refused with exit 3: exactly one line names it, with one of `codes`.
void check_refused(const Run& run, const std::string& name, const std::vector<std::string>& codes) {
  check_bounds(run, name);
  INFO(name << "\nstdout: " << run.out.substr(0, 2000) << "\nstderr: " << run.err.substr(0, 2000));
  CHECK(run.exit_code == 3);
  const auto lines = lines_with(run.out + run.err, name + ": error:");
  REQUIRE(lines.size() == 1);
  bool known = false;
  for (const auto& code : codes) known = known || lines[0].find("[input/" + code + "]") != std::string::npos;
  CHECK(known);
  CHECK(lines[0].size() < 400);
}

// `name` was refused with exit 3, in exactly this one line.
void check_refused_line(const Run& run, const std::string& name, const std::string& expected) {
  check_bounds(run, name);
  INFO(name << "\nstdout: " << run.out.substr(0, 2000) << "\nstderr: " << run.err.substr(0, 2000));
  CHECK(run.exit_code == 3);
  const auto lines = lines_with(run.out + run.err, name + ": error:");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == expected);
}

// `name` was reviewed: exit 0 or 1, no error line for it.
void check_reviewed(const Run& run, const std::string& name) {
  check_bounds(run, name);
  INFO(name << "\nstdout: " << run.out.substr(0, 2000) << "\nstderr: " << run.err.substr(0, 2000));
  CHECK((run.exit_code == 0 || run.exit_code == 1));
  CHECK(lines_with(run.out + run.err, name + ": error:").empty());
}

// Either outcome is fine for these, as long as it is one of the two.
void check_reviewed_or_refused(const Run& run, const std::string& name) {
  if (run.exit_code == 3) return check_refused(run, name, {"malformed-xml", "empty-file", "not-docx", "broken-zip", "zip-bomb"});
  check_reviewed(run, name);
}

Run check_one(const Scratch& dir, const std::string& name, const std::vector<std::string>& more = {}) {
  std::vector<std::string> args{"check", "-q", name};
  args.insert(args.end(), more.begin(), more.end());
  return run_legalint(args, dir.path());
}

void put32(std::string& s, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void put16(std::string& s, std::uint16_t v) {
  s.push_back(static_cast<char>(v & 0xff));
  s.push_back(static_cast<char>(v >> 8));
}

struct RawEntry {
  std::string name;
  std::string data;              // as stored (deflated when method is 8)
  std::uint32_t crc = 0;
  std::uint32_t size = 0;        // the uncompressed size the headers claim
  std::uint16_t method = 8;
};

// A zip written byte by byte, so that its headers can say anything.
std::string raw_zip(const std::vector<RawEntry>& entries) {
  std::string zip, central;
  for (const auto& e : entries) {
    const auto offset = static_cast<std::uint32_t>(zip.size());
    put32(zip, 0x04034b50); put16(zip, 20); put16(zip, 0); put16(zip, e.method); put16(zip, 0); put16(zip, 0x21);
    put32(zip, e.crc); put32(zip, static_cast<std::uint32_t>(e.data.size())); put32(zip, e.size);
    put16(zip, static_cast<std::uint16_t>(e.name.size())); put16(zip, 0);
    zip += e.name;
    zip += e.data;
    put32(central, 0x02014b50); put16(central, 20); put16(central, 20); put16(central, 0); put16(central, e.method);
    put16(central, 0); put16(central, 0x21); put32(central, e.crc); put32(central, static_cast<std::uint32_t>(e.data.size()));
    put32(central, e.size); put16(central, static_cast<std::uint16_t>(e.name.size())); put16(central, 0); put16(central, 0);
    put16(central, 0); put16(central, 0); put32(central, 0); put32(central, offset);
    central += e.name;
  }
  const auto central_offset = static_cast<std::uint32_t>(zip.size());
  zip += central;
  put32(zip, 0x06054b50); put16(zip, 0); put16(zip, 0);
  put16(zip, static_cast<std::uint16_t>(entries.size())); put16(zip, static_cast<std::uint16_t>(entries.size()));
  put32(zip, static_cast<std::uint32_t>(central.size())); put32(zip, central_offset); put16(zip, 0);
  return zip;
}

RawEntry stored(const std::string& name, const std::string& data) {
  return {name, data, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()))),
          static_cast<std::uint32_t>(data.size()), 0};
}

// `prefix`, then `zeros` zero bytes, then `suffix`, deflated in a stream
// (never all in memory): 1 GB of zeros becomes about 1 MB.
RawEntry deflated_zeros(const std::string& name, const std::string& prefix, std::uint64_t zeros, const std::string& suffix) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  RawEntry e;
  e.name = name;
  std::vector<unsigned char> out(1 << 16);
  uLong crc = crc32(0, nullptr, 0);
  auto feed = [&](const unsigned char* data, std::size_t size, int flush) {
    z.next_in = const_cast<unsigned char*>(data);
    z.avail_in = static_cast<uInt>(size);
    crc = crc32(crc, data, static_cast<uInt>(size));
    do {
      z.next_out = out.data();
      z.avail_out = static_cast<uInt>(out.size());
      deflate(&z, flush);
      e.data.append(reinterpret_cast<char*>(out.data()), out.size() - z.avail_out);
    } while (z.avail_out == 0);
  };
  feed(reinterpret_cast<const unsigned char*>(prefix.data()), prefix.size(), Z_NO_FLUSH);
  const std::vector<unsigned char> chunk(1 << 20, 0);
  for (std::uint64_t left = zeros; left > 0;) {
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(left, chunk.size()));
    feed(chunk.data(), n, Z_NO_FLUSH);
    left -= n;
  }
  feed(reinterpret_cast<const unsigned char*>(suffix.data()), suffix.size(), Z_FINISH);
  deflateEnd(&z);
  e.crc = static_cast<std::uint32_t>(crc);
  e.size = static_cast<std::uint32_t>(prefix.size() + zeros + suffix.size());
  return e;
}

const std::string& gigabyte_of_zeros_entry_bytes() {
  static const std::string zip = raw_zip({stored("[Content_Types].xml", kContentTypes),
                                          deflated_zeros("word/document.xml", "", 1ull << 30, "")});
  return zip;
}

}  // namespace

TEST_CASE("zip bomb: a .docx whose document.xml is 1 GB of zeros") {
  Scratch dir;
  const std::string& zip = gigabyte_of_zeros_entry_bytes();
  CHECK(zip.size() < (4u << 20));
  write_file(dir / "bomb.docx", zip);
  check_refused_line(check_one(dir, "bomb.docx"), "bomb.docx",
                     "bomb.docx: error: word/document.xml 解压后将达 1024 MB,超过 64 MB 的上限(zip 炸弹?) [input/zip-bomb]");
}

TEST_CASE("zip bomb: 1 GB of zeros behind headers that claim 1 KB") {
  Scratch dir;
  RawEntry entry = deflated_zeros("word/document.xml", document_xml("<w:p><w:r><w:t>"), 1ull << 30, "</w:t></w:r></w:p>");
  entry.size = 1024;  // the lie
  write_file(dir / "liar.docx", raw_zip({stored("[Content_Types].xml", kContentTypes), entry}));
  check_refused(check_one(dir, "liar.docx"), "liar.docx", {"zip-bomb", "broken-zip", "malformed-xml"});
}

TEST_CASE("zip bomb: zips nested ten deep inside a .docx are not opened") {
  Scratch dir;
  std::string nested = make_zip({{"zeros.bin", std::string(8 << 20, '\0')}});
  for (int level = 0; level < 10; ++level) nested = make_zip({{"level" + std::to_string(level) + ".zip", nested}, {"copy.zip", nested}});
  const std::string body = "<w:p><w:r><w:t>房屋租赁合同</w:t></w:r></w:p><w:p><w:r><w:t>第一条 租赁期限为十年。</w:t></w:r></w:p>";
  write_file(dir / "nested.docx", make_zip({{"[Content_Types].xml", kContentTypes},
                                            {"word/document.xml", document_xml(body)},
                                            {"word/embeddings/nested.zip", nested}}));
  check_reviewed(check_one(dir, "nested.docx"), "nested.docx");

  // And a zip where document.xml should be: not XML.
  write_file(dir / "zip-in-xml.docx", make_docx_from_xml(nested));
  check_refused(check_one(dir, "zip-in-xml.docx"), "zip-in-xml.docx", {"malformed-xml", "zip-bomb", "binary-file"});
}

TEST_CASE("XML entity-expansion bomb (billion laughs) in document.xml") {
  Scratch dir;
  std::string doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n<!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    doctype += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) doctype += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    doctype += "\">\n";
  }
  doctype += "]>\n";
  std::string xml = document_xml("<w:p><w:r><w:t>租赁合同 &lol9;</w:t></w:r></w:p>");
  xml = doctype + xml.substr(xml.find('\n') + 1);
  write_file(dir / "laughs.docx", make_docx_from_xml(xml));
  const Run run = check_one(dir, "laughs.docx");
  check_reviewed_or_refused(run, "laughs.docx");
  CHECK(run.out.find("lollollol") == std::string::npos);  // never expanded
}

TEST_CASE("a .docx without word/document.xml") {
  Scratch dir;
  write_file(dir / "no-body.docx", make_zip({{"[Content_Types].xml", kContentTypes}, {"word/styles.xml", "<w:styles/>"}}));
  check_refused_line(check_one(dir, "no-body.docx"), "no-body.docx",
                     "no-body.docx: error: zip 压缩包中没有 word/document.xml,不是 .docx 文档 [input/not-docx]");
}

TEST_CASE("a .docx whose document.xml is truncated") {
  Scratch dir;
  const std::string xml = document_xml("<w:p><w:r><w:t>第一条 租赁期限为十年。</w:t></w:r></w:p><w:p><w:r><w:t>第二条 租金</w:t></w:r></w:p>");
  write_file(dir / "cut-xml.docx", make_docx_from_xml(xml.substr(0, xml.size() * 2 / 3)));
  const Run cut_xml = check_one(dir, "cut-xml.docx");
  check_refused(cut_xml, "cut-xml.docx", {"malformed-xml"});
  CHECK(lines_with(cut_xml.out, "cut-xml.docx: error: word/document.xml 的 XML 格式错误:偏移 ").size() == 1);
  // The archive itself cut short.
  const std::string whole = make_docx(std::string(2000, 'x'));
  write_file(dir / "cut-zip.docx", whole.substr(0, whole.size() / 2));
  check_refused(check_one(dir, "cut-zip.docx"), "cut-zip.docx", {"broken-zip", "not-docx"});
}

TEST_CASE("a 50 MB text file on one line") {
  Scratch dir;
  {
    std::ofstream out(dir / "one-line.txt", std::ios::binary);
    const std::string sentence = "第一条 租赁期限为二十五年,租金为人民币十万元。";
    for (std::size_t written = 0; written < (50u << 20); written += sentence.size()) out << sentence;
  }
  check_refused_line(check_one(dir, "one-line.txt"), "one-line.txt",
                     "one-line.txt: error: 第 1 行长 50 MB,超过单行 64 KB 的上限(是数据文件,或没有换行的文本?) [input/line-too-long]");
}

TEST_CASE("10 MB of one Chinese numeral character") {
  Scratch dir;
  for (const std::string ch : {"十", "〇"}) {
    std::string text;
    text.reserve(10u << 20);
    while (text.size() < (10u << 20)) text += ch;
    write_file(dir / "numeral.txt", text);
    check_refused_line(check_one(dir, "numeral.txt"), "numeral.txt",
                       "numeral.txt: error: 第 1 行长 10 MB,超过单行 64 KB 的上限(是数据文件,或没有换行的文本?) [input/line-too-long]");
  }
}

TEST_CASE("1 MB of one Chinese numeral character, in lines the facts scanner must get through") {
  Scratch dir;
  for (const std::string ch : {"十", "〇", "万"}) {
    std::string line;
    while (line.size() < 3000) line += ch;
    std::string text;
    while (text.size() < (1u << 20)) text += line + "\n";
    write_file(dir / "numerals.txt", text);
    check_reviewed(check_one(dir, "numerals.txt"), "numerals.txt");
  }
}

TEST_CASE("invalid UTF-8 sequences") {
  Scratch dir;
  write_file(dir / "invalid.txt", std::string(kContract) + "\xc0\xaf \xed\xa0\x80 \xf8\x88\x80\x80\x80 \xe4\xb8");
  const Run run = check_one(dir, "invalid.txt");
  check_refused(run, "invalid.txt", {"undecodable-text"});
  CHECK(lines_with(run.out, "invalid.txt: error: 无法解码文字:既不是 UTF-8(偏移 " + std::to_string(std::strlen(kContract)) +
                                " 处的字节 0xC0 无效),也不是 GB18030").size() == 1);
}

TEST_CASE("UTF-16 with lone surrogates") {
  Scratch dir;
  std::string le = "\xff\xfe";
  for (char16_t c : std::u16string(u"第一条 租赁期限为十年。") + char16_t(0xD800) + u"租金" + char16_t(0xDC00)) {
    le.push_back(static_cast<char>(c & 0xff));
    le.push_back(static_cast<char>(c >> 8));
  }
  write_file(dir / "surrogates.txt", le);
  check_refused_line(check_one(dir, "surrogates.txt"), "surrogates.txt",
                     "surrogates.txt: error: 无法解码文字:文件以 UTF-16LE 字节顺序标记开头,却不是有效的 UTF-16LE"
                     "(偏移 26 处有不成对的代理项) [input/undecodable-text]");
}

TEST_CASE("NUL bytes") {
  Scratch dir;
  write_file(dir / "nul.txt", std::string(kContract) + std::string(1000, '\0') + kContract);
  check_refused_line(check_one(dir, "nul.txt"), "nul.txt",
                     "nul.txt: error: 二进制文件(偏移 " + std::to_string(std::strlen(kContract)) + " 处有 NUL 字节) [input/binary-file]");
}

namespace {

// kContract, then decimal headings 1.1, 1.1.1, … each nested in the one
// before, `depth` of them, each followed by `words`.
std::string nested_chain(int depth, const std::string& words) {
  std::string text = kContract, label = "1";
  text.reserve(static_cast<std::size_t>(depth) * static_cast<std::size_t>(depth + 20));
  for (int level = 0; level < depth; ++level) {
    label += ".1";
    text += label + " " + words + "\n";
  }
  return text;
}

}  // namespace

TEST_CASE("10,000 nested clause headings") {
  Scratch dir;
  // Eight styles nested in turn (第一章 › 第一节 › 第一条 › 一、 › (一) › 1. › 1.1 › (1)), 1,250 times.
  const char* styles[] = {"第一章 总则", "第一节 租赁", "第一条 租赁期限为十年", "一、租金", "(一)支付", "1.按年支付", "1.1 每年一月", "(1)转账"};
  std::string text = std::string(kContract);
  for (int i = 0; i < 10000; ++i) text += std::string(styles[i % 8]) + ",租赁期限为二十五年。\n";
  write_file(dir / "headings.txt", text);
  const Run styled = check_one(dir, "headings.txt");
  check_reviewed(styled, "headings.txt");
  CHECK(styled.cpu_seconds < kLinearCpuSeconds);

  // Only decimal headings nest without bound, and each level's label is two
  // bytes longer than its parent's: a chain 10,000 deep is a 100 MB file,
  // refused by its size before it is read.
  {
    std::ofstream out(dir / "chain-10000.txt", std::ios::binary);
    std::string label = "1";
    out << kContract;
    for (int level = 0; level < 10000; ++level) {
      label += ".1";
      out << label << " 双方约定如下。\n";
    }
  }
  REQUIRE(fs::file_size(dir / "chain-10000.txt") > (64u << 20));
  const Run huge = check_one(dir, "chain-10000.txt");
  check_refused(huge, "chain-10000.txt", {"file-too-large"});
  CHECK(lines_with(huge.out, "chain-10000.txt: error: 文件大小为 ").size() == 1);
  CHECK(huge.cpu_seconds < kLinearCpuSeconds / 2);

  // The deepest chain the limits let through in a few MB: 2,000 levels (4 MB)
  // are parsed in linear time (the clause tree finds the level a heading
  // closes by a map, and a finding's clause path visits 8 labels at most).
  write_file(dir / "chain-2000.txt", nested_chain(2000, "双方约定如下。"));
  const Run chain = check_one(dir, "chain-2000.txt");
  check_reviewed(chain, "chain-2000.txt");
  CHECK(chain.cpu_seconds < kLinearCpuSeconds);
}

// A finding at every level of a deep chain made the checks quadratic: a
// check scoped "within article" reads the whole enclosing clause for each
// match, and here that clause is the rest of the document (2,000 levels:
// 15–23 s of CPU; a flat 第四条 with 2,000 findings costs the same). The
// time limit stops it; the run stays within the bounds.
TEST_CASE("time limit: a file that costs matches × clause size is stopped, and the batch goes on") {
  Scratch dir;
  fs::create_directories(dir / "batch");
  write_file(dir / "batch/a-contract.txt", kContract);
  write_file(dir / "batch/b-chain.txt", nested_chain(2000, "租赁期限为二十五年。"));
  write_file(dir / "batch/c-contract.txt", kContract);
  const Run run = run_legalint({"check", "--jobs", "1", "--time-limit", "1s", "batch"}, dir.path());
  check_bounds(run, "chain with findings");
  INFO(run.out.substr(0, 3000) << run.err);
  if (run.exit_code != 3) {
    // Reviewed within the second (once the checks are linear in the scope).
    CHECK(run.exit_code == 1);
    CHECK(lines_with(run.out, "b-chain.txt:").size() >= 2000);
    return;
  }
  const auto lines = lines_with(run.out, "b-chain.txt: error:");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].starts_with("batch/b-chain.txt: error: 审查用时超过每份文件 1 秒的上限,已在"));
  CHECK(lines[0].ends_with("阶段停止(文档结构异常?可用 --time-limit 或 legalint.toml 的 [limits] time_per_file 调整) [input/time-limit]"));
  CHECK(run.out.find("审查 2 份文件(另有 1 份无法读取)") != std::string::npos);
  CHECK(lines_with(run.out, "a-contract.txt:").size() >= 1);  // reviewed, with findings
  CHECK(lines_with(run.out, "c-contract.txt:").size() >= 1);
  CHECK(lines_with(run.out, "contract.txt: error:").empty());
}

TEST_CASE("time limit: --time-limit and legalint.toml [limits] time_per_file, per folder") {
  Scratch dir;
  fs::create_directories(dir / "batch/tight");
  write_file(dir / "batch/ok.txt", kContract);
  write_file(dir / "batch/tight/legalint.toml", "[limits]\ntime_per_file = \"1ms\"\n");
  // A few hundred KB: its analysis alone takes far more than 1 ms of CPU.
  std::string long_contract = kContract;
  while (long_contract.size() < (300u << 10)) long_contract += "第四条 甲方应于每年1月1日前支付租金人民币壹万元整。\n";
  write_file(dir / "batch/tight/long.txt", long_contract);

  const Run run = run_legalint({"check", "--jobs", "1", "batch"}, dir.path());
  check_bounds(run, "toml time limit");
  INFO(run.out << run.err);
  CHECK(run.exit_code == 3);
  const auto lines = lines_with(run.out, "long.txt: error:");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].starts_with("batch/tight/long.txt: error: 审查用时超过每份文件 1 毫秒的上限,已在"));
  CHECK(lines[0].ends_with("[input/time-limit]"));
  CHECK(lines_with(run.out, "ok.txt: error:").empty());
  CHECK(run.out.find("审查 1 份文件(另有 1 份无法读取)") != std::string::npos);

  // The option wins over the file: 0 is no limit.
  const Run unlimited = run_legalint({"check", "--jobs", "1", "--time-limit", "0", "batch"}, dir.path());
  check_bounds(unlimited, "no time limit");
  CHECK(unlimited.exit_code == 1);
  CHECK(lines_with(unlimited.out, "long.txt: error:").empty());

  // In the JSON report, the error's code and message.
  const Run json = run_legalint({"check", "--jobs", "1", "-f", "json", "--time-limit", "1ms", "batch/tight/long.txt"}, dir.path());
  check_bounds(json, "json time limit");
  CHECK(json.exit_code == 3);
  CHECK(json.out.find("\"time-limit\"") != std::string::npos);

  // A value that is not a duration is a usage error.
  const Run bad = run_legalint({"check", "--time-limit", "soon", "batch"}, dir.path());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "legalint: --time-limit 的取值 'soon' 不是时长(应如 10s、500ms、2m,0 为不限)\n");
}

namespace {

// A data directory with the real seeds and one rule pack, `pack`.
void data_dir_with_pack(const Scratch& dir, const std::string& pack) {
  fs::create_directories(dir / "data/rules");
  fs::copy(fs::path(LEGALINT_SOURCE_DIR) / "seeds", dir / "data/seeds", fs::copy_options::recursive);
  write_file(dir / "data/rules/hostile.rules", pack);
}

std::string pack_with_regex(const std::string& regex) {
  return "pack hostile {\n  title \"hostile\"\n  description \"a pack with a bad regex\"\n  kinds contract\n}\n\n"
         "rule hostile/regex {\n  severity warning\n  title \"regex\"\n  basis civil-code/470\n"
         "  check pattern {\n    match /" + regex + "/\n  }\n"
         "  message \"{match}\"\n  fix \"none\"\n  bad \"[[甲方]]\"\n  good \"乙方\"\n}\n";
}

}  // namespace

TEST_CASE("a rule pack with a regex RE2 rejects") {
  Scratch dir;
  data_dir_with_pack(dir, pack_with_regex("租赁(期限"));
  write_file(dir / "contract.txt", kContract);
  const Run run = run_legalint({"check", "-q", "contract.txt"}, dir.path(), {"LEGALINT_DATA_DIR=" + dir / "data"});
  check_bounds(run, "bad regex");
  INFO(run.err);
  CHECK(run.exit_code == 2);
  CHECK(lines_with(run.err, "hostile.rules:").size() >= 1);
  CHECK(run.err.find("missing )") != std::string::npos);
}

TEST_CASE("a rule pack with a regex that exceeds RE2's memory") {
  Scratch dir;
  std::string huge;
  for (int i = 0; i < 4; ++i) huge += "\\p{L}{1000}\\p{N}{1000}";
  data_dir_with_pack(dir, pack_with_regex(huge));
  write_file(dir / "contract.txt", kContract);
  const Run run = run_legalint({"check", "-q", "contract.txt"}, dir.path(), {"LEGALINT_DATA_DIR=" + dir / "data"});
  check_bounds(run, "huge regex");
  INFO(run.err);
  CHECK(run.exit_code == 2);
  CHECK(lines_with(run.err, "hostile.rules:").size() >= 1);
  CHECK(run.err.find("pattern too large") != std::string::npos);
}

namespace {

// A folder with good contracts and the unreadable kinds a batch meets.
// Root reads every file whatever its mode bits, so "unreadable" here is made of
// what root cannot read either: a dangling symlink, a symlink loop, a name
// that is a directory on the way (ENOTDIR).
void unreadable_folder(const Scratch& dir) {
  fs::create_directories(dir / "batch/sub");
  for (int i = 1; i <= 5; ++i) write_file(dir / ("batch/c" + std::to_string(i) + ".txt"), kContract);
  write_file(dir / "batch/sub/c6.txt", kContract);
  fs::create_symlink("loop-b.txt", dir / "batch/loop-a.txt");
  fs::create_symlink("loop-a.txt", dir / "batch/loop-b.txt");
  fs::create_symlink("gone.txt", dir / "batch/dangling.txt");
  fs::create_directory_symlink("..", dir / "batch/sub/up");  // a folder loop: not followed
}

}  // namespace

TEST_CASE("nothing lost: a batch with a symlink loop and unreadable files reviews all the others and exits 3") {
  Scratch dir;
  unreadable_folder(dir);
  const Run run = run_legalint({"check", "--jobs", "2", "batch"}, dir.path());
  check_bounds(run, "batch");
  INFO(run.out << run.err);
  CHECK(run.exit_code == 3);
  for (const std::string name : {"loop-a.txt", "loop-b.txt", "dangling.txt"}) {
    const auto lines = lines_with(run.out + run.err, "batch/" + name + ": error:");
    CHECK(lines.size() == 1);
  }
  CHECK(lines_with(run.out, "loop-a.txt: error:")[0] == "batch/loop-a.txt: error: 无法打开文件:符号链接层数过多(循环链接?) [input/read-error]");
  CHECK(lines_with(run.out, "dangling.txt: error:")[0] == "batch/dangling.txt: error: 文件不存在 [input/file-not-found]");
  // The six good files are reviewed (the summary counts them) and none is an error.
  CHECK(run.out.find("审查 6 份文件(另有 3 份无法读取)") != std::string::npos);
  for (const std::string name : {"c1.txt", "c5.txt", "sub/c6.txt"}) CHECK(lines_with(run.out, name + ": error:").empty());
}

TEST_CASE("nothing lost: an unreadable file in a batch folder is listed with its cause, the others reviewed") {
  Scratch dir;
  fs::create_directories(dir / "batch");
  write_file(dir / "batch/a.txt", kContract);
  write_file(dir / "batch/c.txt", kContract);
  // Root reads a file whatever its mode, but not /proc/self/mem at offset 0
  // (unmapped: EIO): an unreadable file for everyone.
  fs::create_symlink("/proc/self/mem", dir / "batch/b-unreadable.txt");
  std::string expected = "batch/b-unreadable.txt: error: 读取文件时出错:输入输出错误 [input/read-error]";
  if (::geteuid() != 0) {  // and, for everyone else, a file without read permission
    write_file(dir / "batch/d-secret.txt", kContract);
    REQUIRE(::chmod((dir / "batch/d-secret.txt").c_str(), 0) == 0);
  }
  const Run run = run_legalint({"check", "--jobs", "2", "batch"}, dir.path());
  check_bounds(run, "unreadable");
  INFO(run.out << run.err);
  CHECK(run.exit_code == 3);
  const auto lines = lines_with(run.out, "b-unreadable.txt: error:");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == expected);
  if (::geteuid() != 0) {
    const auto secret = lines_with(run.out, "d-secret.txt: error:");
    REQUIRE(secret.size() == 1);
    CHECK(secret[0] == "batch/d-secret.txt: error: 没有读取权限,无法读取文件 [input/permission-denied]");
    CHECK(run.out.find("审查 2 份文件(另有 2 份无法读取)") != std::string::npos);
  } else {
    CHECK(run.out.find("审查 2 份文件(另有 1 份无法读取)") != std::string::npos);
  }
  CHECK(lines_with(run.out, "a.txt: error:").empty());
  CHECK(lines_with(run.out, "c.txt: error:").empty());
}

TEST_CASE("a file that changes during the run is reviewed as it is when read") {
  Scratch dir;
  fs::create_directories(dir / "batch");
  const std::string clean = "房屋租赁合同\n甲方:某某村股份经济合作社\n乙方:张三\n";
  write_file(dir / "batch/y-emptied.txt", kContract);
  write_file(dir / "batch/z-changed.txt", clean);
  // a-pipe.txt is a FIFO: legalint blocks reading it while this test
  // empties one later file of the batch and rewrites another.
  REQUIRE(::mkfifo((dir / "batch/a-pipe.txt").c_str(), 0644) == 0);
  std::thread writer([&] {
    const int fd = ::open((dir / "batch/a-pipe.txt").c_str(), O_WRONLY);  // returns when legalint opens it
    write_file(dir / "batch/y-emptied.txt", "");
    write_file(dir / "batch/z-changed.txt", clean + "第一条 租赁期限为二十五年。\n");
    const std::string text = kContract;
    (void)!::write(fd, text.data(), text.size());
    ::close(fd);
  });
  const Run run = run_legalint({"check", "--jobs", "1", "batch"}, dir.path());
  writer.join();
  check_bounds(run, "changing");
  INFO(run.out << run.err);
  CHECK(run.exit_code == 3);
  const auto emptied = lines_with(run.out, "y-emptied.txt: error:");
  REQUIRE(emptied.size() == 1);
  CHECK(emptied[0] == "batch/y-emptied.txt: error: 文件为空 [input/empty-file]");
  // The new text's finding, on the line that was added.
  CHECK(lines_with(run.out, "batch/z-changed.txt:4:").size() >= 1);
  CHECK(lines_with(run.out, "[lease/term-over-20y]").size() >= 1);
  CHECK(run.out.find("审查 2 份文件(另有 1 份无法读取)") != std::string::npos);
}

TEST_CASE("a file that disappears during the run is reported, and the rest reviewed") {
  Scratch dir;
  fs::create_directories(dir / "batch");
  write_file(dir / "batch/b-contract.txt", kContract);
  write_file(dir / "batch/z-disappears.txt", kContract);
  // a-pipe.txt is a FIFO: legalint blocks reading it until this test writes;
  // meanwhile z-disappears.txt, already listed, is deleted.
  REQUIRE(::mkfifo((dir / "batch/a-pipe.txt").c_str(), 0644) == 0);
  std::thread writer([&] {
    const int fd = ::open((dir / "batch/a-pipe.txt").c_str(), O_WRONLY);  // returns when legalint opens it
    fs::remove(dir / "batch/z-disappears.txt");
    const std::string text = kContract;
    (void)!::write(fd, text.data(), text.size());
    ::close(fd);
  });
  const Run run = run_legalint({"check", "--jobs", "1", "batch"}, dir.path());
  writer.join();
  check_bounds(run, "disappearing");
  INFO(run.out << run.err);
  CHECK(run.exit_code == 3);
  const auto lines = lines_with(run.out, "z-disappears.txt: error:");
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] == "batch/z-disappears.txt: error: 文件不存在 [input/file-not-found]");
  CHECK(lines_with(run.out, "a-pipe.txt: error:").empty());  // read through the pipe and reviewed
  CHECK(run.out.find("审查 2 份文件(另有 1 份无法读取)") != std::string::npos);
}

TEST_CASE("Ctrl-C during a batch stops with a message and leaves no report behind") {
  Scratch dir;
  fs::create_directories(dir / "batch");
  for (int i = 1; i <= 3; ++i) write_file(dir / ("batch/c" + std::to_string(i) + ".txt"), kContract);
  // A FIFO that never gets data holds the batch open until the signal comes.
  REQUIRE(::mkfifo((dir / "batch/c2-pipe.txt").c_str(), 0644) == 0);
  int writer_fd = -1;
  std::thread writer([&] { writer_fd = ::open((dir / "batch/c2-pipe.txt").c_str(), O_WRONLY); });
  const Run run = run_legalint({"check", "--jobs", "1", "batch", "-o", "report.txt"}, dir.path(), {}, [&](pid_t pid) {
    writer.join();  // legalint is reading the pipe now
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    ::kill(pid, SIGINT);
  });
  if (writer_fd >= 0) ::close(writer_fd);
  INFO(run.out << run.err);
  CHECK_FALSE(run.timed_out);
  CHECK(run.exit_code == 130);
  CHECK(lines_with(run.err, "legalint: interrupted").size() == 1);
  CHECK_FALSE(fs::exists(dir / "report.txt"));
  for (const auto& entry : fs::directory_iterator(dir.path()))
    CHECK(entry.path().filename().string().find("report.txt") == std::string::npos);  // no temporary left either
}

// .docx → text. Two steps, each distrustful of its input:
//
//   1. the zip: opened from memory with libzip; word/document.xml (or the
//      main part _rels/.rels names, when a writer chose another name) is sized
//      from the central directory and refused before any inflating if it
//      would be too big or too compressed; then read with a hard cap, since a
//      crafted header can lie about the size;
//   2. the XML: parsed with pugixml, which never expands DTD entities (and a
//      DTD is refused outright, as Word does); then every w:p becomes a line.
//
// Lines are paragraphs: a finding in a .docx is reported at "paragraph:column"
// (see docs/locations.md), so a soft break (w:br, w:cr) inside a paragraph
// becomes a space, never a new line.
#include "load/docx.h"

#include <pugixml.hpp>
#include <zip.h>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "load/encoding.h"
#include "load/sizes.h"

namespace legalint::load_internal {

namespace {

constexpr const char* kDocumentPart = "word/document.xml";
constexpr const char* kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kWordStrictNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
// Below this size the compression ratio is not checked: a small part cannot
// expand into anything harmful, and repetitive XML (a form of empty table
// rows) legitimately compresses very well.
constexpr std::uint64_t kRatioCheckFloor = 1ull << 20;

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }  // read-only: nothing to write back
};
struct EntryCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::string libzip_message(zip_error_t* error) {
  std::string message = zip_error_strerror(error);
  zip_error_fini(error);
  return message;
}

Error zip_bomb(const std::string& path, std::string message) {
  return input_error("zip-bomb", path, std::move(message));
}

// Sizes in a message, exact in bytes when the rounded forms would look equal.
std::pair<std::string, std::string> two_sizes(std::uint64_t size, std::uint64_t limit) {
  std::string a = human_size(size), b = human_size(limit);
  if (a == b) return {std::to_string(size) + " bytes", std::to_string(limit) + " bytes"};
  return {a, b};
}

// Reads one entry of the archive with every defence: sized from the central
// directory and refused before inflating if too big or too compressed, then
// read with a hard cap, since a crafted header can lie about the size.
Outcome<std::string> read_entry(zip_t* archive, zip_int64_t index, const std::string& name, const std::string& path,
                                const LoadOptions& options) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
      (stat.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) != (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) {
    return input_error("broken-zip", path, "不是有效的 zip 压缩包(libzip:" +
                                               std::string(zip_error_strerror(zip_get_error(archive))) + ")");
  }
  const Error encrypted = input_error("encrypted", path, name + " 已加密:请去掉密码后重新保存文档");
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) return encrypted;
  if (stat.size > options.max_docx_entry_bytes) {
    auto [size, limit] = two_sizes(stat.size, options.max_docx_entry_bytes);
    return zip_bomb(path, name + " 解压后将达 " + size + ",超过 " + limit + " 的上限(zip 炸弹?)");
  }
  if (stat.size > kRatioCheckFloor &&
      (stat.comp_size == 0 || stat.size / stat.comp_size > options.max_docx_compression_ratio)) {
    const std::string ratio = stat.comp_size == 0 ? "无穷大" : std::to_string(stat.size / stat.comp_size) + ":1";
    return zip_bomb(path, name + " 的压缩比为 " + ratio + ",超过 " + std::to_string(options.max_docx_compression_ratio) +
                              ":1 的上限(zip 炸弹?)");
  }

  std::unique_ptr<zip_file_t, EntryCloser> file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  if (!file) {
    zip_error_t* open_error = zip_get_error(archive);
    if (zip_error_code_zip(open_error) == ZIP_ER_NOPASSWD || zip_error_code_zip(open_error) == ZIP_ER_WRONGPASSWD) {
      return encrypted;
    }
    return input_error("broken-zip", path, "无法读取 " + name + "(libzip:" + zip_error_strerror(open_error) + ")");
  }

  // The header said stat.size; never hold more than that, whatever comes out.
  std::string content;
  content.reserve(static_cast<std::size_t>(stat.size));
  char chunk[1 << 16];
  for (;;) {
    const zip_int64_t n = zip_fread(file.get(), chunk, sizeof chunk);
    if (n < 0) {
      return input_error("broken-zip", path, "无法读取 " + name + "(libzip:" +
                                                 zip_error_strerror(zip_file_get_error(file.get())) + ")");
    }
    if (n == 0) break;
    if (content.size() + static_cast<std::uint64_t>(n) > stat.size) {
      return zip_bomb(path, name + " 解压后超过 zip 头声明的 " + human_size(stat.size) + "(zip 炸弹?)");
    }
    content.append(chunk, static_cast<std::size_t>(n));
  }
  return content;
}

// The main document part named by the package's relationships
// (_rels/.rels, type ".../officeDocument"), for the rare .docx whose writer
// did not call it word/document.xml; "" when there is none.
std::string main_part_from_relationships(zip_t* archive, const std::string& path, const LoadOptions& options) {
  const zip_int64_t index = zip_name_locate(archive, "_rels/.rels", ZIP_FL_NOCASE);
  if (index < 0) return {};
  auto rels = read_entry(archive, index, "_rels/.rels", path, options);
  if (!rels.ok()) return {};
  pugi::xml_document document;
  if (!document.load_buffer_inplace(rels.value().data(), rels.value().size(), pugi::parse_default)) return {};
  for (const pugi::xml_node& relationship : document.document_element().children()) {
    const std::string_view type = relationship.attribute("Type").value();
    if (!type.ends_with("/officeDocument")) continue;
    std::string_view target = relationship.attribute("Target").value();
    while (target.starts_with('/')) target.remove_prefix(1);  // part names are relative to the package root
    return std::string(target);
  }
  return {};
}

struct Part {
  std::string name;  // as found in the archive's directory
  std::string content;
};

// The main document part (word/document.xml), or why it cannot be had.
Outcome<Part> read_document_part(const std::string& path, std::string_view bytes, const LoadOptions& options) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) return input_error("broken-zip", path, "不是有效的 zip 压缩包(libzip:" + libzip_message(&error) + ")");
  std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  if (!archive) {
    zip_source_free(source);  // still ours when opening failed
    return input_error("broken-zip", path, "不是有效的 zip 压缩包(libzip:" + libzip_message(&error) + ")");
  }
  zip_error_fini(&error);

  // Part names in a package are case-insensitive (OPC, ECMA-376 Part 2).
  Part part{kDocumentPart, {}};
  zip_int64_t index = zip_name_locate(archive.get(), kDocumentPart, ZIP_FL_NOCASE);
  if (index < 0) {
    part.name = main_part_from_relationships(archive.get(), path, options);
    if (!part.name.empty()) index = zip_name_locate(archive.get(), part.name.c_str(), ZIP_FL_NOCASE);
  }
  if (index < 0) return input_error("not-docx", path, "zip 压缩包中没有 word/document.xml,不是 .docx 文档");
  auto content = read_entry(archive.get(), index, part.name, path, options);
  if (!content.ok()) return content.error();
  part.content = std::move(content.value());
  return part;
}

// --- XML → lines ---------------------------------------------------------

// Names WordprocessingML elements whatever prefix the document binds to the
// namespace (almost always "w", but nothing requires it).
class WordNames {
 public:
  explicit WordNames(const pugi::xml_node& root) {
    for (const pugi::xml_attribute& attribute : root.attributes()) {
      const std::string_view name = attribute.name();
      const std::string_view value = attribute.value();
      if (value != kWordNamespace && value != kWordStrictNamespace) continue;
      if (name == "xmlns") prefix_.clear();
      else if (name.starts_with("xmlns:")) prefix_ = std::string(name.substr(6)) + ":";
      else continue;
      break;
    }
  }

  // The local name of a WordprocessingML element, "" for any other node.
  std::string_view local(const pugi::xml_node& node) const {
    const std::string_view name = node.name();
    if (!name.starts_with(prefix_)) return {};
    const std::string_view rest = name.substr(prefix_.size());
    return rest.find(':') == std::string_view::npos ? rest : std::string_view{};
  }

 private:
  std::string prefix_ = "w:";
};

std::string_view local_name(std::string_view name) {
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Elements whose content is not part of the text a reader sees.
bool is_skipped(std::string_view word_name) {
  if (word_name == "del" || word_name == "delText" || word_name == "moveFrom") return true;  // tracked deletions
  if (word_name == "instrText" || word_name == "delInstrText") return true;  // field codes; the field's result is text
  // Properties (pPr, rPr, sectPr, tblPr, tcPr, sdtPr, tblPrEx …) hold formatting and change marks, no text.
  return word_name.ends_with("Pr") || word_name.ends_with("PrEx") || word_name.ends_with("PrChange");
}

// Every w:p becomes one line, numbered in document order (pre-order, so a
// paragraph in a text box follows the paragraph that anchors it, and table
// cells' paragraphs come row by row, cell by cell). Iterative, so deeply
// nested XML cannot exhaust the stack.
std::string paragraphs_as_lines(const pugi::xml_document& document) {
  const pugi::xml_node root = document.document_element();
  const WordNames word(root);
  std::vector<std::string> lines;

  struct Pending {
    pugi::xml_node node;
    std::ptrdiff_t line;  // index of the enclosing paragraph's line, -1 outside any
  };
  std::vector<Pending> stack{{root, -1}};
  while (!stack.empty()) {
    auto [node, line] = stack.back();
    stack.pop_back();
    if (node.type() != pugi::node_element) continue;

    const std::string_view name = word.local(node);
    if (name.empty()) {
      // Another vocabulary (drawing, VML, markup compatibility): look inside
      // for text boxes, but only in one of the alternatives of mc:AlternateContent.
      if (local_name(node.name()) == "Fallback") continue;
    } else if (name == "p") {
      line = static_cast<std::ptrdiff_t>(lines.size());
      lines.emplace_back();
    } else if (name == "t") {
      if (line >= 0) {
        for (const pugi::xml_node& part : node.children()) {
          if (part.type() != pugi::node_pcdata && part.type() != pugi::node_cdata) continue;
          for (const char* c = part.value(); *c != '\0'; ++c) {
            lines[line].push_back(*c == '\n' || *c == '\r' ? ' ' : *c);  // a line is a paragraph
          }
        }
      }
      continue;
    } else if (name == "tab" || name == "ptab") {
      if (line >= 0) lines[line].push_back('\t');
      continue;
    } else if (name == "br" || name == "cr") {
      if (line >= 0) lines[line].push_back(' ');  // a soft break stays inside its paragraph's line
      continue;
    } else if (name == "noBreakHyphen") {
      if (line >= 0) lines[line].push_back('-');
      continue;
    } else if (is_skipped(name)) {
      continue;
    }
    // Children in reverse, so that they come off the stack in document order.
    for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling()) {
      if (child.type() == pugi::node_element) stack.push_back({child, line});
    }
  }

  std::string text;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) text.push_back('\n');
    text += lines[i];
  }
  return text;
}

// pugixml's parse status in words (its own description() is English).
const char* xml_problem(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_unrecognized_tag: return "有无法识别的标签";
    case pugi::status_bad_pi: return "处理指令(<?…?>)有误";
    case pugi::status_bad_comment: return "注释有误";
    case pugi::status_bad_cdata: return "CDATA 段有误";
    case pugi::status_bad_doctype: return "文档类型声明有误";
    case pugi::status_bad_pcdata: return "文字内容有误";
    case pugi::status_bad_start_element: return "开始标签有误";
    case pugi::status_bad_attribute: return "属性有误";
    case pugi::status_bad_end_element: return "结束标签有误";
    case pugi::status_end_element_mismatch: return "开始与结束标签不匹配(文件被截断?)";
    case pugi::status_append_invalid_root: return "根元素无效";
    case pugi::status_no_document_element: return "没有根元素(文件为空或被截断?)";
    case pugi::status_out_of_memory: return "内存不足";
    default: return "无法解析";
  }
}

}  // namespace

Outcome<std::string> extract_docx_text(const std::string& path, std::string_view bytes, const LoadOptions& options) {
  auto part = read_document_part(path, bytes, options);
  if (!part.ok()) return part.error();
  const std::string& name = part.value().name;
  std::string& xml = part.value().content;

  // Default flags plus: keep whitespace-only text in a w:t (a lone space is
  // text), and keep the DOCTYPE node so that it can be refused.
  pugi::xml_document document;
  const unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype;
  const pugi::xml_parse_result parsed = document.load_buffer_inplace(xml.data(), xml.size(), flags);
  if (!parsed) {
    return input_error("malformed-xml", path, name + " 的 XML 格式错误:偏移 " + std::to_string(parsed.offset) + " 处" +
                                                  xml_problem(parsed.status));
  }
  for (const pugi::xml_node& node : document.children()) {
    if (node.type() == pugi::node_doctype) {
      return input_error("malformed-xml", path, name + " 声明了 DTD(<!DOCTYPE …>),.docx 文档中不应有");
    }
  }

  std::string text = paragraphs_as_lines(document);
  // pugixml passes bytes through unchecked; the rest of the engine relies on well-formed UTF-8.
  if (first_invalid_utf8(text)) return input_error("malformed-xml", path, name + " 中有不是有效 UTF-8 的文字");
  return text;
}

}  // namespace legalint::load_internal

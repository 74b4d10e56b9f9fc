// The load stage's front: read the file, tell what kind of file it is (by
// its first bytes before its name), refuse what legalint cannot read with a
// message that says what to do, and hand the rest to the decoder for its
// format (encoding.cpp for text, docx.cpp for Word).
#include "load/load.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>

#include "base/utf8.h"
#include "load/docx.h"
#include "load/encoding.h"
#include "load/sizes.h"

namespace legalint {

namespace {

using load_internal::human_size;

// The extension of the file name in `path`, lower-cased, without the dot ("" when none).
std::string extension_of(std::string_view path) {
  const auto slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string extension(name.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); });
  return extension;
}

bool is_one_of(const std::string& extension, std::initializer_list<std::string_view> choices) {
  return std::find(choices.begin(), choices.end(), extension) != choices.end();
}

// Word's Open XML family: documents, macro-enabled documents and templates all keep word/document.xml.
bool is_docx_name(const std::string& extension) { return is_one_of(extension, {"docx", "docm", "dotx", "dotm"}); }

bool is_zip(std::string_view bytes) {
  // A local file header, or the end record of an empty archive.
  return bytes.starts_with("PK\x03\x04") || bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

// Compound File Binary (OLE2): .doc, .wps, .et, .xls, and password-protected .docx.
bool is_ole2(std::string_view bytes) { return bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"); }

// An encrypted Office Open XML file is an OLE2 container with an "EncryptedPackage" stream.
bool is_encrypted_ooxml(std::string_view bytes) {
  static const std::string stream_name = [] {
    std::string name;
    for (char c : std::string_view("EncryptedPackage")) {
      name.push_back(c);
      name.push_back('\0');  // directory entries are UTF-16LE
    }
    return name;
  }();
  return bytes.find(stream_name) != std::string_view::npos;
}

Error legacy_format(const std::string& path) {
  return input_error("legacy-format", path,
                     "不支持旧版 Word/WPS 二进制格式(.doc/.wps):请另存为 .docx 或 .txt"
                     "(例如 `libreoffice --headless --convert-to docx 文件`)");
}

// What the first bytes or the name say legalint cannot read, if anything.
std::optional<Error> refuse_by_kind(const std::string& path, std::string_view bytes, const std::string& extension) {
  if (is_ole2(bytes)) {
    if (is_encrypted_ooxml(bytes)) {
      return input_error("encrypted", path,
                         "有密码保护的 Office 文档:请在 Word 或 WPS 中去掉密码后重新保存");
    }
    return legacy_format(path);
  }
  if (bytes.starts_with("%PDF-") || extension == "pdf") {
    return input_error("pdf", path, "暂不支持 PDF:请将文档另存为 .docx 或 .txt");
  }
  if (bytes.starts_with("{\\rtf") || extension == "rtf") {
    return input_error("rtf", path, "不支持 RTF:请将文档另存为 .docx 或 .txt");
  }
  if (is_zip(bytes)) {
    if (is_docx_name(extension)) return std::nullopt;
    return input_error("zip-archive", path,
                       "看起来是 zip 压缩包而不是文本文件;如果是 Word 文档,请把扩展名改为 .docx");
  }
  if (is_one_of(extension, {"doc", "dot", "wps", "wpt", "et"})) return legacy_format(path);
  return std::nullopt;
}

// Whitespace a reader cannot see, including the ideographic space and a stray BOM.
bool is_blank(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    int length = 1;
    const char32_t cp = utf8::decode(text, i, &length);
    const bool blank = cp == U' ' || (cp >= U'\t' && cp <= U'\r') || cp == 0x3000 || cp == 0x00A0 || cp == 0xFEFF ||
                       cp == 0x200B;
    if (!blank) return false;
    i += static_cast<std::size_t>(length);
  }
  return true;
}

Error too_large(const std::string& path, std::uint64_t size, std::uint64_t limit) {
  std::string size_text = human_size(size), limit_text = human_size(limit);
  if (size_text == limit_text) size_text = std::to_string(size) + " 字节", limit_text = std::to_string(limit) + " 字节";
  return input_error("file-too-large", path, "文件大小为 " + size_text + ",超过 " + limit_text + " 的上限");
}

// Offsets in spans and source maps are 32-bit.
constexpr std::uint64_t kLargestAddressable = std::numeric_limits<std::uint32_t>::max() - 1;

std::uint64_t size_limit(const LoadOptions& options) { return std::min(options.max_file_bytes, kLargestAddressable); }

// A line longer than the limit (a data file, or text without line breaks)
// would make every finding on it cost as much as the line: refuse it.
std::optional<Error> refuse_long_line(const std::string& path, std::string_view text, const LoadOptions& options) {
  if (text.size() <= options.max_line_bytes) return std::nullopt;  // most documents: no line can be too long
  std::size_t line = 1, start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end - start > options.max_line_bytes) {
      return input_error("line-too-long", path,
                         "第 " + std::to_string(line) + " 行长 " + human_size(end - start) + ",超过单行 " +
                             human_size(options.max_line_bytes) + " 的上限(是数据文件,或没有换行的文本?)");
    }
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

// The system's reason in words, for the errors a batch meets; strerror's
// English for the rest.
std::string system_error_text(int error_number) {
  switch (error_number) {
    case ELOOP: return "符号链接层数过多(循环链接?)";
    case EIO: return "输入输出错误";
    case ENAMETOOLONG: return "文件名过长";
    case EMFILE:
    case ENFILE: return "打开的文件过多";
    case ENXIO:
    case ENODEV: return "设备不存在";
    default: return std::strerror(error_number);
  }
}

Error open_error(const std::string& path, int error_number) {
  switch (error_number) {
    case ENOENT:
    case ENOTDIR: return input_error("file-not-found", path, "文件不存在");
    case EACCES:
    case EPERM: return input_error("permission-denied", path, "没有读取权限,无法读取文件");
    default: return input_error("read-error", path, "无法打开文件:" + system_error_text(error_number));
  }
}

Error is_directory(const std::string& path) {
  return input_error("is-directory", path, "这是文件夹:请给出文件,或用 `legalint check 文件夹` 审查整个文件夹");
}

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;  // one owner closes it
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

Outcome<Document> load_file(const std::string& path, const LoadOptions& options) {
  // O_NONBLOCK so that opening a FIFO without a writer cannot hang; reads
  // from anything but a regular file block again below. The file is asked
  // what it is once open, not by a stat of its path first: one path lookup
  // a file (a batch's kernel time is mostly those).
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (fd.get() < 0) return open_error(path, errno);
  struct stat info;
  if (::fstat(fd.get(), &info) != 0) return open_error(path, errno);
  if (S_ISDIR(info.st_mode)) return is_directory(path);
  // Refuse a huge file by its size alone, before reading any of it.
  if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > size_limit(options)) {
    return too_large(path, static_cast<std::uint64_t>(info.st_size), size_limit(options));
  }
  if (!S_ISREG(info.st_mode)) {
    const int flags = ::fcntl(fd.get(), F_GETFL);
    if (flags >= 0) ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK);
  }

  // Read at most one byte past the limit: the file may have grown since
  // stat, and a pipe or device has no size to check beforehand.
  const std::uint64_t limit = size_limit(options);
  std::string bytes;
  if (S_ISREG(info.st_mode)) bytes.reserve(static_cast<std::size_t>(info.st_size));
  char chunk[1 << 16];
  while (bytes.size() <= limit) {
    const std::size_t wanted = static_cast<std::size_t>(std::min<std::uint64_t>(sizeof chunk, limit + 1 - bytes.size()));
    const ssize_t n = ::read(fd.get(), chunk, wanted);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EISDIR) return is_directory(path);
      return input_error("read-error", path, "读取文件时出错:" + system_error_text(errno));
    }
    if (n == 0) break;
    bytes.append(chunk, static_cast<std::size_t>(n));
  }
  if (bytes.size() > limit) {
    const std::uint64_t size = S_ISREG(info.st_mode) ? static_cast<std::uint64_t>(info.st_size) : bytes.size();
    return too_large(path, std::max<std::uint64_t>(size, bytes.size()), limit);
  }
  return load_bytes(path, bytes, options);
}

Outcome<Document> load_bytes(std::string path, std::string_view bytes, const LoadOptions& options) {
  if (bytes.empty()) return input_error("empty-file", path, "文件为空");
  if (bytes.size() > size_limit(options)) return too_large(path, bytes.size(), size_limit(options));

  const std::string extension = extension_of(path);
  if (auto refusal = refuse_by_kind(path, bytes, extension)) return std::move(*refusal);

  Document document;
  document.file_size = bytes.size();
  if (is_docx_name(extension)) {
    auto text = load_internal::extract_docx_text(path, bytes, options);
    if (!text.ok()) return text.error();
    if (is_blank(text.value())) return input_error("empty-file", path, "文档中没有文字");
    document.format = SourceFormat::docx;
    document.encoding = "UTF-8";
    document.text = std::move(text.value());
    document.source_map = SourceMap::shifted(0);  // the extracted text is the "file" (docs/locations.md)
  } else {
    auto decoded = load_internal::decode_text(path, bytes);
    if (!decoded.ok()) return decoded.error();
    if (decoded.value().text.empty()) return input_error("empty-file", path, "文件为空(只有字节顺序标记)");
    if (is_blank(decoded.value().text)) return input_error("empty-file", path, "文件中只有空白字符");
    document.format = is_one_of(extension, {"md", "markdown"}) ? SourceFormat::markdown : SourceFormat::plain_text;
    document.encoding = std::move(decoded.value().encoding);
    document.text = std::move(decoded.value().text);
    document.source_map = std::move(decoded.value().source_map);
  }
  if (auto refusal = refuse_long_line(path, document.text, options)) return std::move(*refusal);
  document.path = std::move(path);
  return document;
}

}  // namespace legalint

// Helpers for the load tests: bytes in other encodings (made with ICU), zip
// archives and .docx files (made with libzip, in memory), and a scratch
// directory for the tests that go through the file system.
#pragma once

#include <unicode/ucnv.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace legalint::testing {

// `text` encoded in `charset` by ICU (no BOM).
inline std::string encode(const char* charset, std::u16string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset, &status);
  std::string out(text.size() * 4 + 16, '\0');
  const int32_t n = ucnv_fromUChars(converter, out.data(), static_cast<int32_t>(out.size()),
                                    reinterpret_cast<const UChar*>(text.data()), static_cast<int32_t>(text.size()), &status);
  ucnv_close(converter);
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot encode the test text");
  out.resize(static_cast<std::size_t>(n));
  return out;
}

struct ZipEntry {
  std::string name;
  std::string data;
  zip_int32_t method = ZIP_CM_DEFLATE;
};

// A zip archive holding `entries`, built in memory.
inline std::string make_zip(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("libzip cannot create an archive");
  zip_source_keep(buffer);  // keep the bytes after zip_close
  for (const ZipEntry& entry : entries) {
    zip_source_t* data = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("libzip cannot add an entry");
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), entry.method, 9);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("libzip cannot write the archive");
  zip_stat_t stat;
  zip_source_stat(buffer, &stat);
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  zip_source_open(buffer);
  zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

inline const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(</Types>)";

// A word/document.xml whose w:body holds `body`.
inline std::string document_xml(std::string_view body, std::string_view prefix = "w") {
  const std::string p(prefix);
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" "\n<" + p + ":document xmlns:" + p +
         R"(="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
         R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
         R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
         R"(xmlns:v="urn:schemas-microsoft-com:vml">)"
         "\n  <" + p + ":body>" + std::string(body) + "</" + p + ":body>\n</" + p + ":document>\n";
}

// A minimal .docx: [Content_Types].xml and word/document.xml holding `xml`.
inline std::string make_docx_from_xml(std::string xml) {
  return make_zip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", std::move(xml)}});
}

inline std::string make_docx(std::string_view body) { return make_docx_from_xml(document_xml(body)); }

// A fresh directory under the system's temporary directory, removed with its contents at the end.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "legalint-load-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a scratch directory");
    path_ = pattern;
  }
  ScratchDir(const ScratchDir&) = delete;  // one owner removes it
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ignored);
    std::filesystem::remove_all(path_, ignored);
  }

  // Writes `bytes` to `name` inside the directory and returns its path.
  std::string write(const std::string& name, std::string_view bytes) const {
    const auto file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }
  std::string path(const std::string& name = "") const { return name.empty() ? path_.string() : (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace legalint::testing

// Stage 1 of the pipeline: a path (or bytes) → Document.
//
//   legalint::LoadOptions options;                 // limits with safe defaults
//   auto loaded = legalint::load_file("合同.docx", options);
//   if (!loaded.ok()) { std::cerr << loaded.error().to_string() << "\n"; return 3; }
//   const legalint::Document& doc = loaded.value();
//
// Plain text and Markdown are decoded from UTF-8 (with or without BOM),
// UTF-16LE/BE (with BOM) or GB18030/GBK (told apart with ICU's charset
// detector). .docx files are read with libzip and pugixml. Every failure is
// an Error of class `input` with a one-line message naming the cause:
// missing file, directory, no permission, empty, binary, undecodable,
// broken zip, not a .docx, zip bomb, malformed XML, legacy .doc/.wps, PDF.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/error.h"
#include "load/document.h"

namespace legalint {

struct LoadOptions {
  std::uint64_t max_file_bytes = 64ull << 20;           // larger files are refused as input errors
  std::uint64_t max_docx_entry_bytes = 64ull << 20;     // uncompressed size of document.xml
  std::uint64_t max_docx_compression_ratio = 200;       // uncompressed / compressed, per entry
};

// Reads and decodes the file at `path`.
Outcome<Document> load_file(const std::string& path, const LoadOptions& options = {});

// Decodes bytes already in memory (standard input, tests, fuzzing). `path`
// names them in messages; its extension chooses .docx handling.
Outcome<Document> load_bytes(std::string path, std::string_view bytes, const LoadOptions& options = {});

}  // namespace legalint

// Stage 1 of the pipeline: a path (or bytes) → Document.
//
//   legalint::LoadOptions options;                 // limits with safe defaults
//   auto loaded = legalint::load_file("合同.docx", options);
//   if (!loaded.ok()) { std::cerr << loaded.error().to_string() << "\n"; return 3; }
//   const legalint::Document& doc = loaded.value();
//
// Plain text and Markdown are decoded from UTF-8 (with or without BOM),
// UTF-16LE/BE (with BOM, or without when ICU is confident) or GB18030/GBK
// (told apart with ICU's charset detector), strictly: never with U+FFFD. .docx files are read with libzip and pugixml. Every failure is
// an Error of class `input` with a one-line message, in Chinese like the
// reports it appears in, naming the cause (the code stays English):
// missing file, directory, no permission, empty, binary, undecodable,
// broken zip, not a .docx, zip bomb, malformed XML, legacy .doc/.wps, PDF.
//
// What a file is comes from its first bytes before its name: a zip is read
// as .docx only when named .docx (.docm, .dotx, .dotm), and refused otherwise;
// OLE2 (.doc, .wps, .et), PDF and RTF are refused by content or by name.
// A file with no text to review — 0 bytes, only a BOM, only whitespace, or a
// .docx without text — is refused as "empty-file" rather than reported clean.
//
// Error codes (Error::code), all of class input:
//   file-not-found, is-directory, permission-denied, read-error   opening/reading
//   file-too-large      over LoadOptions::max_file_bytes (checked with stat first)
//   empty-file          nothing to review (see above)
//   line-too-long       a line over LoadOptions::max_line_bytes (a data file, text without line breaks)
//   binary-file         a NUL byte (or U+0000 in UTF-16)
//   undecodable-text    neither UTF-8 nor GB18030 (nor UTF-16 with a BOM); names the byte
//   legacy-format, pdf, rtf, zip-archive, encrypted   formats legalint does not read
//   broken-zip, not-docx, zip-bomb, malformed-xml     a .docx that cannot be read
// Line and column for each format: docs/locations.md.
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
                                                        // (checked for entries over 1 MB only)
  std::uint64_t max_line_bytes = 64ull << 10;           // a longer line (of the decoded text, or one
                                                        // .docx paragraph) is refused as line-too-long
};

// Reads and decodes the file at `path`.
Outcome<Document> load_file(const std::string& path, const LoadOptions& options = {});

// Decodes bytes already in memory (standard input, tests, fuzzing). `path`
// names them in messages; its extension chooses .docx handling.
Outcome<Document> load_bytes(std::string path, std::string_view bytes, const LoadOptions& options = {});

}  // namespace legalint

// A Document is a file as loaded: its decoded UTF-8 text and a map back to
// the bytes on disk. Every later stage works on Document::text (or on a
// normalized form of it that maps back to it), and every finding is
// reported against the file the user opened through Document::source_map.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/span.h"

namespace legalint {

enum class SourceFormat {
  plain_text,  // .txt and anything not recognized by extension
  markdown,    // .md: read as plain text; markup is left in place
  docx,        // Office Open XML: text of word/document.xml, one line per paragraph
};

const char* to_string(SourceFormat format);

// Maps byte offsets of Document::text to byte offsets of the file on disk.
//
// For UTF-8 files this is a constant shift (0, or 3 after a BOM). For files
// decoded from GB18030 or UTF-16 it is a table of checkpoints, one per code
// point. For .docx files the "file" is the extracted text itself — a zip has
// no meaningful byte offset for a character — so the map is the identity and
// lines are paragraphs.
class SourceMap {
 public:
  static SourceMap shifted(std::uint32_t shift);
  // `text_offsets` and `source_offsets` hold matching, strictly increasing
  // offsets (one pair per code point, plus one pair for the end).
  static SourceMap table(std::vector<std::uint32_t> text_offsets, std::vector<std::uint32_t> source_offsets);

  std::uint32_t to_source(std::uint32_t text_offset) const;

 private:
  std::uint32_t shift_ = 0;
  std::vector<std::uint32_t> text_offsets_;
  std::vector<std::uint32_t> source_offsets_;
};

struct Document {
  std::string path;          // as the user named it
  SourceFormat format = SourceFormat::plain_text;
  std::string encoding;      // "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16LE", "UTF-16BE"; "UTF-8" for .docx
  std::string text;          // well-formed UTF-8; "\n" line ends as in the file ("\r\n" kept)
  SourceMap source_map;      // text offset -> offset in the file on disk
  std::uint64_t file_size = 0;
};

}  // namespace legalint

// Stage: rule-pack text → syntax tree (ast.h), with every syntax error as a
// Diagnostic pointing at its line and column.
//
//   PackSource source("rules/lease.rules", text);
//   Diagnostics diagnostics;
//   ParsedPack parsed = parse_pack(source, diagnostics);
//   if (!diagnostics.empty()) …             // print each to_string()
//   parsed.span_of(parsed.file.declarations[0]) …
#pragma once

#include <optional>

#include "base/span.h"
#include "rulelang/ast.h"
#include "rulelang/diagnostic.h"
#include "rulelang/grammar.h"

namespace legalint::rulelang {

class ParsedPack {
 public:
  explicit ParsedPack(const PackSource& source);

  ast::File file;

  // Where a node of `file` came from in the source text.
  Span span_of(const x3::position_tagged& node) const;
  const PackSource& source() const { return source_; }
  PositionCache& positions() { return positions_; }

 private:
  const PackSource& source_;
  PositionCache positions_;
};

// Parses the whole file; on a syntax error adds one diagnostic and returns
// what was parsed before it.
ParsedPack parse_pack(const PackSource& source, Diagnostics& diagnostics);

// Resolves the escapes of a string (\" \\ \n \t) or a regex (\/ only: other
// escapes are the regex's own and are kept).
std::string unescape_string(const ast::String& string);
std::string unescape_regex(const ast::Regex& regex);

}  // namespace legalint::rulelang

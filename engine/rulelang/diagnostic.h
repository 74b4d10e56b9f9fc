// A mistake in a rule pack, reported the way a compiler reports one:
//
//   rules/lease.rules:12:9: error: unknown check kind 'quantiy'
//     check quantiy {
//           ^~~~~~~
//
// Diagnostics are collected, never thrown: a pack with five mistakes shows
// all five.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/line_index.h"
#include "base/span.h"

namespace legalint::rulelang {

struct Diagnostic {
  std::string path;
  Position start;
  Position end;            // exclusive
  std::string message;
  std::string source_line;  // the line of `start`, for the caret

  // "path:line:col: error: message", the source line and a caret under the span.
  std::string to_string() const;
};

// A pack file's text and its name, able to turn a span into a Diagnostic.
class PackSource {
 public:
  PackSource(std::string path, std::string text);
  PackSource(const PackSource&) = delete;  // the line index points into text_
  PackSource& operator=(const PackSource&) = delete;

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  Diagnostic diagnostic(Span span, std::string message) const;

 private:
  std::string path_;
  std::string text_;
  LineIndex lines_;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace legalint::rulelang

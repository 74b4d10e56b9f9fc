#include "rulelang/diagnostic.h"

#include "base/caret.h"

namespace legalint::rulelang {

std::string Diagnostic::to_string() const {
  std::string out = path + ":" + std::to_string(start.line) + ":" + std::to_string(start.column) + ": error: " + message;
  if (!source_line.empty()) {
    const std::uint32_t last = end.line == start.line && end.column > start.column ? end.column - 1 : start.column;
    out += "\n  " + source_line + "\n  " + caret_line(source_line, start.column, last);
  }
  return out;
}

PackSource::PackSource(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)), lines_(text_) {}

Diagnostic PackSource::diagnostic(Span span, std::string message) const {
  Diagnostic d;
  d.path = path_;
  d.start = lines_.position(span.begin);
  d.end = lines_.position(span.end);
  d.message = std::move(message);
  d.source_line = std::string(lines_.line_text(d.start.line));
  return d;
}

}  // namespace legalint::rulelang

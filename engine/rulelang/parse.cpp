#include "rulelang/parse.h"


namespace legalint::rulelang {
namespace {

// Named rules say what they expect in words; anything else is a bug in the
// grammar's names, shown as is rather than hidden.
std::string describe_expected(const std::string& which) { return which; }

}  // namespace

ParsedPack::ParsedPack(const PackSource& source)
    : source_(source), positions_(source.text().begin(), source.text().end()) {}

Span ParsedPack::span_of(const x3::position_tagged& node) const {
  if (node.id_first < 0) return Span{0, 0};  // not annotated: never the case for a parsed node
  const auto range = positions_.position_of(node);
  const auto base = source_.text().begin();
  return Span{static_cast<std::uint32_t>(range.begin() - base), static_cast<std::uint32_t>(range.end() - base)};
}

ParsedPack parse_pack(const PackSource& source, Diagnostics& diagnostics) {
  ParsedPack parsed(source);
  const std::string& text = source.text();
  Iterator first = text.begin();
  const Iterator last = text.end();
  auto parser = x3::with<position_cache_tag>(std::ref(parsed.positions()))[file_grammar()];
  try {
    const bool ok = x3::phrase_parse(first, last, parser, skipper(), parsed.file.declarations);
    if (!ok || first != last) {
      const auto at = static_cast<std::uint32_t>(first - text.begin());
      diagnostics.push_back(source.diagnostic(Span{at, at + 1}, "cannot read this line as a pack or rule declaration"));
    }
  } catch (const x3::expectation_failure<Iterator>& failure) {
    const auto at = static_cast<std::uint32_t>(failure.where() - text.begin());
    diagnostics.push_back(source.diagnostic(Span{at, at + 1}, "expected " + describe_expected(failure.which())));
  }
  return parsed;
}

std::string unescape_string(const ast::String& string) {
  if (string.triple) return string.raw;
  std::string out;
  for (std::size_t i = 0; i < string.raw.size(); ++i) {
    if (string.raw[i] == '\\' && i + 1 < string.raw.size()) {
      const char next = string.raw[++i];
      out.push_back(next == 'n' ? '\n' : next == 't' ? '\t' : next);
    } else {
      out.push_back(string.raw[i]);
    }
  }
  return out;
}

std::string unescape_regex(const ast::Regex& regex) {
  std::string out;
  for (std::size_t i = 0; i < regex.raw.size(); ++i) {
    if (regex.raw[i] == '\\' && i + 1 < regex.raw.size() && regex.raw[i + 1] == '/') {
      out.push_back('/');
      ++i;
    } else {
      out.push_back(regex.raw[i]);
    }
  }
  return out;
}

}  // namespace legalint::rulelang

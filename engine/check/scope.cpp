#include "check/scope.h"

namespace legalint {

Span scope_span(const Analysis& analysis, Scope scope, std::uint32_t offset) {
  const std::string& text = analysis.normalized.text();
  const auto size = static_cast<std::uint32_t>(text.size());
  switch (scope) {
    case Scope::sentence: {
      const Span sentence = analysis.sentence_at(offset);
      if (!sentence.empty()) return sentence;
      [[fallthrough]];
    }
    case Scope::line: {
      const auto before = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
      const auto begin = before == std::string::npos ? 0u : static_cast<std::uint32_t>(before + 1);
      const auto after = text.find('\n', offset);
      return Span{begin, after == std::string::npos ? size : static_cast<std::uint32_t>(after)};
    }
    case Scope::clause: {
      const int index = analysis.clauses.innermost_at(offset);
      if (index >= 0) return analysis.clauses.clauses()[index].span;
      return scope_span(analysis, Scope::line, offset);
    }
    case Scope::article: {
      // The enclosing 第X条 if there is one (in a chaptered contract the
      // outermost clause is the 章), else the top-level clause.
      const auto& clauses = analysis.clauses.clauses();
      int index = analysis.clauses.innermost_at(offset);
      int outermost = index;
      for (; index >= 0; index = clauses[index].parent) {
        if (clauses[index].style == HeadingStyle::article) return clauses[index].span;
        outermost = index;
      }
      if (outermost >= 0) return clauses[outermost].span;
      return scope_span(analysis, Scope::line, offset);
    }
    case Scope::document:
      return Span{0, size};
  }
  return Span{0, size};
}

std::vector<Span> find_all(const re2::RE2& regex, std::string_view text, Span range) {
  std::vector<Span> found;
  re2::StringPiece match;
  std::size_t at = range.begin;
  while (at <= range.end) {
    if (!regex.Match(re2::StringPiece(text.data(), range.end), at, range.end, RE2::UNANCHORED, &match, 1)) break;
    const auto begin = static_cast<std::uint32_t>(match.data() - text.data());
    const auto end = static_cast<std::uint32_t>(begin + match.size());
    found.push_back(Span{begin, end});
    // Step past an empty match by one whole code point, never into one.
    at = end > begin ? end : end + 1;
    while (at < range.end && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return found;
}

std::vector<Span> find_all(const re2::RE2& regex, std::string_view text) {
  return find_all(regex, text, Span{0, static_cast<std::uint32_t>(text.size())});
}

std::optional<Span> find_first(const re2::RE2& regex, std::string_view text, Span range) {
  re2::StringPiece match;
  if (!regex.Match(re2::StringPiece(text.data(), range.end), range.begin, range.end, RE2::UNANCHORED, &match, 1))
    return std::nullopt;
  const auto begin = static_cast<std::uint32_t>(match.data() - text.data());
  return Span{begin, static_cast<std::uint32_t>(begin + match.size())};
}

bool contains(const re2::RE2& regex, std::string_view text, Span range) {
  return regex.Match(re2::StringPiece(text.data(), range.end), range.begin, range.end, RE2::UNANCHORED, nullptr, 0);
}

bool any_match(const std::vector<const re2::RE2*>& regexes, std::string_view text, Span range) {
  for (const auto* regex : regexes)
    if (contains(*regex, text, range)) return true;
  return false;
}

Span title_span(const Analysis& analysis) {
  const std::string& text = analysis.normalized.text();
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    auto b = start, e = end;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (b < e) return Span{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
    start = end + 1;
  }
  return Span{0, 0};
}

}  // namespace legalint

#include "check/scope.h"

#include "base/deadline.h"
#include "base/line_index.h"

#include <algorithm>

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
    case Scope::line:
      return line_around(text, offset);
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

namespace {

// The primitive searches: `part` of `text`, where `text` ends at the end of
// the caller's range — RE2 reads the characters around `part` for ^, $ and
// \b, so a search of one line of a range answers as the whole range would.

// RE2's search of `part`, for a match anywhere in it or only at its start;
// the match's span goes to `match` when asked for.
bool search_at(const re2::RE2& regex, std::string_view text, Span part, RE2::Anchor anchor, re2::StringPiece* match) {
  return regex.Match(re2::StringPiece(text.data(), text.size()), part.begin, part.end, anchor, match, match ? 1 : 0);
}

// `at`, or the start of the next character when `at` is inside one (not past `end`).
std::uint32_t character_start(std::string_view text, std::uint32_t at, std::uint32_t end) {
  while (at < end && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  return at;
}

// Whether `regex` matches in `part`, and where its leftmost match is when
// `match` is asked for. With a sieve (check/regex.h), which matches wherever
// the regex does, the regex is tried only where the sieve's leftmost match
// from some point begins, and anchored there: the leftmost match of the
// regex begins at one of those points, and an anchored search starts one
// thread, not one a character. Unanchored, a pattern with large bounded
// repeats keeps meeting DFA states it has not built (the 用途 patterns of
// lease.rules: ~300,000 cycles a call, on lines of a hundred bytes).
bool leftmost(const re2::RE2& regex, const re2::RE2* sieve, std::string_view text, Span part, re2::StringPiece* match) {
  if (!sieve) return search_at(regex, text, part, RE2::UNANCHORED, match);
  re2::StringPiece candidate;
  for (std::uint32_t at = part.begin; at <= part.end;) {
    if (!search_at(*sieve, text, Span{at, part.end}, RE2::UNANCHORED, &candidate)) return false;
    const auto start = static_cast<std::uint32_t>(candidate.data() - text.data());
    if (search_at(regex, text, Span{start, part.end}, RE2::ANCHOR_START, match)) return true;
    at = character_start(text, start + 1, part.end);  // on to the next character
  }
  return false;
}

std::optional<Span> first_in(const re2::RE2& regex, const re2::RE2* sieve, std::string_view text, Span part) {
  re2::StringPiece match;
  if (!leftmost(regex, sieve, text, part, &match)) return std::nullopt;
  const auto begin = static_cast<std::uint32_t>(match.data() - text.data());
  return Span{begin, static_cast<std::uint32_t>(begin + match.size())};
}

void all_in(const re2::RE2& regex, const re2::RE2* sieve, std::string_view text, Span part, std::vector<Span>& found) {
  std::uint32_t at = part.begin;
  // Many matches in a huge document: give up once the file's time is out
  // (base/deadline.h); the batch then discards this review.
  while (at <= part.end && !deadline_passed()) {
    const auto match = first_in(regex, sieve, text, Span{at, part.end});
    if (!match) break;
    found.push_back(*match);
    // Step past an empty match by one whole code point, never into one.
    at = character_start(text, match->end > match->begin ? match->end : match->end + 1, part.end);
  }
}

// Whether `regex` matches in `part`. A pattern anchored at the start of the
// text, asked about all of `text`, is asked of its existence set
// (check/regex.h), which stops at the first match, where RE2::Match would
// read on to find the match's end; a Set whose DFA runs out of memory
// leaves the question to RE2::Match.
bool any_in(const Regex& regex, const re2::RE2* sieve, std::string_view text, Span part) {
  if (part.begin == 0 && part.end == text.size() && !sieve) {
    if (const auto* existence = regex.existence()) {
      re2::RE2::Set::ErrorInfo error{};
      if (existence->Match(re2::StringPiece(text.data(), text.size()), nullptr, &error)) return true;
      if (error.kind == re2::RE2::Set::kNoError) return false;
    }
  }
  return leftmost(regex.re2(), sieve, text, part, nullptr);
}

// Calls `search(text, part, sieve)` on each part of `range` where `regex`
// can match, in order, until it returns true: the prefilter's windows within
// the range (the whole range without sites), with the regex's sieve
// (check/regex.h) to search them by. A range searched whole is not sieved:
// a regex that is not confined to lines reads much of the text anyway, and
// its DFA states, reused along it, cost little; there the sieve was a second
// pass over the same text (1.5% of a batch's instructions). `text` ends at
// the end of the range. A regex with no part to search is never compiled
// (check/regex.h). A regex confined to lines cannot match across one, so no
// match straddles two parts.
template <typename Search>
bool search_parts(const EvalContext& context, const Regex& regex, Span range, Search search) {
  const auto text = std::string_view(context.analysis.normalized.text()).substr(0, range.end);
  const auto windows = context.sites ? context.sites->windows(regex) : std::nullopt;
  if (!windows) return search(text, range, nullptr);
  auto it = std::upper_bound(windows->begin(), windows->end(), range.begin,
                             [](std::uint32_t at, const Span& window) { return at < window.end; });
  for (; it != windows->end() && it->begin < range.end; ++it)
    if (search(text, Span{std::max(it->begin, range.begin), std::min(it->end, range.end)}, regex.sieve())) return true;
  return false;
}

Span whole(const EvalContext& context) {
  return Span{0, static_cast<std::uint32_t>(context.analysis.normalized.text().size())};
}

}  // namespace

std::vector<Span> find_all(const EvalContext& context, const Regex& regex, Span range) {
  std::vector<Span> found;
  search_parts(context, regex, range, [&](std::string_view text, Span part, const re2::RE2* sieve) {
    all_in(regex.re2(), sieve, text, part, found);
    return false;
  });
  return found;
}

std::vector<Span> find_all(const EvalContext& context, const Regex& regex) {
  if (!context.matches) return find_all(context, regex, whole(context));
  auto& known = context.matches->all;
  if (const auto it = known.find(&regex); it != known.end()) return it->second;
  return known.emplace(&regex, find_all(context, regex, whole(context))).first->second;
}

std::optional<Span> find_first(const EvalContext& context, const Regex& regex, Span range) {
  std::optional<Span> found;
  search_parts(context, regex, range, [&](std::string_view text, Span part, const re2::RE2* sieve) {
    return (found = first_in(regex.re2(), sieve, text, part)).has_value();
  });
  return found;
}

namespace {
bool search_contains(const EvalContext& context, const Regex& regex, Span range) {
  return search_parts(context, regex, range, [&](std::string_view text, Span part, const re2::RE2* sieve) {
    return any_in(regex, sieve, text, part);
  });
}
}  // namespace

bool contains(const EvalContext& context, const Regex& regex, Span range) {
  if (!context.matches || range != whole(context)) return search_contains(context, regex, range);
  if (const auto all = context.matches->all.find(&regex); all != context.matches->all.end()) return !all->second.empty();
  auto& known = context.matches->any;
  if (const auto it = known.find(&regex); it != known.end()) return it->second;
  return known.emplace(&regex, search_contains(context, regex, range)).first->second;
}

bool any_match(const EvalContext& context, const std::vector<const Regex*>& regexes, Span range) {
  for (const auto* regex : regexes)
    if (contains(context, *regex, range)) return true;
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

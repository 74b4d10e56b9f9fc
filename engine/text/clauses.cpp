#include "text/clauses.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "base/deadline.h"
#include "base/utf8.h"

namespace legalint {
namespace {

bool is_chinese_digit(char32_t cp) {
  static constexpr std::u32string_view digits = U"〇零一二三四五六七八九十百千两";
  return digits.find(cp) != std::u32string_view::npos;
}
bool is_ascii_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

struct Marker {
  HeadingStyle style;
  int decimal_depth = 0;
  std::uint32_t length = 0;  // bytes of the marker
};

// Reads a run of code points satisfying `accept` from `at`; returns its byte
// length and how many code points it had.
template <typename Accept>
std::pair<std::uint32_t, int> read_run(std::string_view line, std::uint32_t at, Accept accept) {
  std::uint32_t end = at;
  int count = 0;
  while (end < line.size()) {
    int n = 1;
    const char32_t cp = utf8::decode(line, end, &n);
    if (!accept(cp)) break;
    end += n;
    ++count;
  }
  return {end - at, count};
}

bool starts_with(std::string_view text, std::uint32_t at, std::string_view prefix) {
  return text.substr(at, prefix.size()) == prefix;
}

// After an Arabic list marker must come the heading's words, not more digits
// (which would make it a date or an amount such as "2024.3.1" or "1.5万").
// A unit right after the number ("1.5万元", "2.5倍", "1.5年") makes it a quantity.
bool followed_by_words(std::string_view line, std::uint32_t at, bool decimal) {
  if (at >= line.size()) return true;
  const char32_t cp = utf8::decode(line, at);
  static constexpr std::u32string_view units = U"万千百亿元角分倍亩米%.";
  static constexpr std::u32string_view time_units = U"年月日天周个";
  if (is_ascii_digit(cp) || units.find(cp) != std::u32string_view::npos) return false;
  return !(decimal && time_units.find(cp) != std::u32string_view::npos);
}

std::optional<Marker> read_marker(std::string_view line) {
  // 第X章 / 第X节 / 第X条
  if (starts_with(line, 0, "第")) {
    const auto [length, count] = read_run(line, 3, [](char32_t cp) { return is_chinese_digit(cp) || is_ascii_digit(cp); });
    if (count == 0 || count > 6) return std::nullopt;
    const std::uint32_t after = 3 + length;
    if (starts_with(line, after, "章")) return Marker{HeadingStyle::chapter, 0, after + 3};
    if (starts_with(line, after, "节")) return Marker{HeadingStyle::section, 0, after + 3};
    // "第一条款所述" and "第一条件" are words, not headings.
    if (starts_with(line, after, "条") && !starts_with(line, after + 3, "款") && !starts_with(line, after + 3, "件"))
      return Marker{HeadingStyle::article, 0, after + 3};
    return std::nullopt;
  }
  // (一) and (1)
  if (starts_with(line, 0, "(")) {
    const auto [cn_length, cn_count] = read_run(line, 1, is_chinese_digit);
    if (cn_count > 0 && cn_count <= 4 && starts_with(line, 1 + cn_length, ")"))
      return Marker{HeadingStyle::chinese_paren, 0, 2 + cn_length};
    const auto [ar_length, ar_count] = read_run(line, 1, is_ascii_digit);
    if (ar_count > 0 && ar_count <= 2 && starts_with(line, 1 + ar_length, ")"))
      return Marker{HeadingStyle::arabic_paren, 0, 2 + ar_length};
    return std::nullopt;
  }
  // 一、
  {
    const auto [length, count] = read_run(line, 0, is_chinese_digit);
    if (count > 0 && count <= 4 && starts_with(line, length, "、"))
      return Marker{HeadingStyle::chinese_list, 0, length + 3};
  }
  // 1.  1、  1.1  1.2.3
  {
    auto [length, count] = read_run(line, 0, is_ascii_digit);
    if (count == 0 || count > 2) return std::nullopt;
    if (starts_with(line, length, "、")) return Marker{HeadingStyle::arabic_list, 0, length + 3};
    int dots = 0;
    std::uint32_t at = length;
    while (starts_with(line, at, ".")) {
      const auto [next_length, next_count] = read_run(line, at + 1, is_ascii_digit);
      if (next_count == 0) {  // "1." or "1.2." ends the marker
        ++at;
        break;
      }
      if (next_count > 2) return std::nullopt;
      ++dots;
      at += 1 + next_length;
    }
    if (at == length || !followed_by_words(line, at, dots > 0)) return std::nullopt;
    if (dots == 0) return Marker{HeadingStyle::arabic_list, 0, at};
    return Marker{HeadingStyle::decimal, dots, at};
  }
}

// The title: after the marker and any spaces, up to the first punctuation or 30 code points.
Span read_title(std::string_view line, std::uint32_t from) {
  while (from < line.size() && (line[from] == ' ' || line[from] == '\t')) ++from;
  std::uint32_t end = from;
  int count = 0;
  while (end < line.size() && count < 30) {
    int n = 1;
    const char32_t cp = utf8::decode(line, end, &n);
    static constexpr std::u32string_view stops = U"。,;:,;:、!?!?( \t\r";
    if (stops.find(cp) != std::u32string_view::npos) break;
    end += n;
    ++count;
  }
  return Span{from, end};
}

}  // namespace

const char* to_string(HeadingStyle style) {
  switch (style) {
    case HeadingStyle::chapter: return "chapter";
    case HeadingStyle::section: return "section";
    case HeadingStyle::article: return "article";
    case HeadingStyle::chinese_list: return "chinese-list";
    case HeadingStyle::chinese_paren: return "chinese-paren";
    case HeadingStyle::arabic_list: return "arabic-list";
    case HeadingStyle::decimal: return "decimal";
    case HeadingStyle::arabic_paren: return "arabic-paren";
  }
  return "unknown";
}

ClauseTree parse_clauses(std::string_view text) {
  std::vector<Clause> clauses;
  std::vector<int> open;  // indices of the clauses still open, outermost first
  // Where each open level (style and decimal depth) sits in `open`: a
  // heading finds the level it closes in O(log depth), not by a scan of
  // `open`, which made a chain 1.1.1… n deep cost n² (tests/hostile).
  std::map<std::pair<HeadingStyle, int>, std::size_t> open_level;
  const auto text_end = static_cast<std::uint32_t>(text.size());

  auto close_until = [&](std::size_t keep, std::uint32_t at) {
    while (open.size() > keep) {
      const Clause& closed = clauses[open.back()];
      clauses[open.back()].span.end = at;
      open_level.erase({closed.style, closed.decimal_depth});
      open.pop_back();
    }
  };

  std::size_t line_number = 0;
  for (std::uint32_t line_start = 0; line_start < text_end;) {
    // A hostile text can be all headings: stop when the file's time is up
    // (base/deadline.h); the caller discards what was parsed.
    if (++line_number % 256 == 0 && deadline_passed()) break;
    std::uint32_t line_end = static_cast<std::uint32_t>(text.find('\n', line_start));
    if (line_end > text_end) line_end = text_end;
    std::uint32_t indent = line_start;
    while (indent < line_end && (text[indent] == ' ' || text[indent] == '\t')) ++indent;
    while (indent + 3 <= line_end && text.substr(indent, 3) == "\xE3\x80\x80") indent += 3;  // ideographic space
    const std::string_view line = text.substr(indent, line_end - indent);

    if (const auto marker = read_marker(line)) {
      // A style already open closes everything from it down; a new style nests.
      const auto level = std::make_pair(marker->style, marker->decimal_depth);
      const auto same = open_level.find(level);
      close_until(same == open_level.end() ? open.size() : same->second, indent);

      Clause clause;
      clause.style = marker->style;
      clause.decimal_depth = marker->decimal_depth;
      clause.label = std::string(line.substr(0, marker->length));
      const Span title = read_title(line, marker->length);
      clause.title = std::string(title.in(line));
      clause.heading = Span{indent, indent + (title.empty() ? marker->length : title.end)};
      clause.span = Span{indent, text_end};
      clause.parent = open.empty() ? -1 : open.back();
      clause.depth = static_cast<int>(open.size());
      open_level[level] = open.size();
      open.push_back(static_cast<int>(clauses.size()));
      clauses.push_back(std::move(clause));
    }
    line_start = line_end + 1;
  }
  close_until(0, text_end);
  return ClauseTree(std::move(clauses));
}

ClauseTree::ClauseTree(std::vector<Clause> clauses) : clauses_(std::move(clauses)), top_(clauses_.size()) {
  // Parents come before their children, so one pass finds every top-level ancestor.
  for (std::size_t i = 0; i < clauses_.size(); ++i) {
    const int parent = clauses_[i].parent;
    top_[i] = parent >= 0 && static_cast<std::size_t>(parent) < i ? top_[parent] : static_cast<int>(i);
  }
}

int ClauseTree::innermost_at(std::uint32_t offset) const {
  // Once the file's time is up, no offset is in a clause. The checks look
  // clauses up per match, and a scope "within clause/article" is then read
  // whole for each one: on a text with one huge clause (a chain of nested
  // headings, a 第一条 of 10,000 lines) that costs matches × clause size.
  // Past the deadline their scopes shrink to a line, the review ends in
  // linear time, and the batch discards it as `time-limit` (base/deadline.h).
  // Without a deadline on the thread this never happens.
  if (deadline_passed()) return -1;
  // The last clause to start at or before the offset, or the nearest of its
  // ancestors that still contains it: spans nest, so that is the innermost.
  const auto after = std::upper_bound(clauses_.begin(), clauses_.end(), offset,
                                      [](std::uint32_t at, const Clause& c) { return at < c.span.begin; });
  int index = static_cast<int>(after - clauses_.begin()) - 1;
  while (index >= 0 && !clauses_[index].span.contains(offset)) index = clauses_[index].parent;
  return index;
}

int ClauseTree::outermost_at(std::uint32_t offset) const {
  const int index = innermost_at(offset);
  return index < 0 ? -1 : top_[index];
}

namespace {

// A path is shown with every finding: keep it short whatever the document
// (thousands of nested headings, or a heading 1.1.1… thousands deep, made
// every finding carry megabytes — tests/hostile "10,000 nested clause headings").
constexpr std::size_t kMaxPathLabels = 8;   // deeper: the outermost, "…", the innermost ones
constexpr std::size_t kMaxLabelBytes = 48;  // longer: cut at a code point, then "…"

void append_label(std::string& path, const std::string& label) {
  if (label.size() <= kMaxLabelBytes) {
    path += label;
    return;
  }
  std::size_t cut = kMaxLabelBytes;
  while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;  // not inside a code point
  path.append(label, 0, cut);
  path += "…";
}

}  // namespace

std::string ClauseTree::path_at(std::uint32_t offset) const {
  const int innermost = innermost_at(offset);
  if (innermost < 0) return {};
  // Only the labels shown are visited: a path costs the same at any depth.
  const bool cut = static_cast<std::size_t>(clauses_[innermost].depth) + 1 > kMaxPathLabels;
  std::vector<int> chain;  // innermost first
  for (int index = innermost; index >= 0 && chain.size() < (cut ? kMaxPathLabels - 1 : kMaxPathLabels);
       index = clauses_[index].parent)
    chain.push_back(index);
  std::string path;
  if (cut) {
    append_label(path, clauses_[top_[innermost]].label);
    path += "…";
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) append_label(path, clauses_[*it].label);
  return path;
}

}  // namespace legalint

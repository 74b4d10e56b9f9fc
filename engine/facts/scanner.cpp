// extract_facts: the cheap scan. It walks the normalized text once, decoding
// each code point a single time, and stops only where a fact can start — an
// ASCII digit, a Chinese numeral character, or a prefix (人民币, ¥, 自/从/由,
// 半). There it runs the X3 fact grammars (grammar.h) in priority order on the
// text from that point; the first that matches yields the fact and the scan
// resumes after it, so facts come out sorted and never overlap. A start that
// yields nothing is skipped as a whole numeral run, so the middle of 一百零五
// or of a phone number is never retried.
#include <array>
#include <cstdint>
#include <vector>

#include "base/utf8.h"
#include "facts/facts.h"
#include "facts/grammar.h"

namespace legalint {
namespace {

namespace x3 = boost::spirit::x3;

bool is_capital(char32_t cp) {
  switch (cp) {
    case U'壹': case U'贰': case U'貳': case U'叁': case U'參': case U'肆': case U'伍': case U'陆':
    case U'陸': case U'柒': case U'捌': case U'玖': case U'拾': case U'佰': case U'仟':
      return true;
    default:
      return false;
  }
}

// Bit tables over the BMP: one lookup per code point in the scan loop,
// instead of a chain of comparisons.
struct CodePointSet {
  std::array<std::uint64_t, 1024> bits{};
  constexpr void add(char32_t cp) { bits[cp >> 6] |= std::uint64_t{1} << (cp & 63); }
  constexpr bool has(char32_t cp) const { return cp < 0x10000 && (bits[cp >> 6] >> (cp & 63) & 1) != 0; }
};

constexpr char32_t kChineseNumerals[] = {U'〇', U'零', U'一', U'二', U'两', U'三', U'四', U'五', U'六', U'七',
                                         U'八', U'九', U'十', U'百', U'千', U'万', U'亿', U'萬', U'億', U'壹',
                                         U'贰', U'貳', U'叁', U'參', U'肆', U'伍', U'陆', U'陸', U'柒', U'捌',
                                         U'玖', U'拾', U'佰', U'仟'};
// Where a fact can start without a numeral: 人民币, ¥ (and unfolded ￥), RMB, 自/从/由 before a range, 半年.
constexpr char32_t kPrefixStarts[] = {U'人', 0x00A5, 0xFFE5, U'R', U'自', U'从', U'由', U'半'};

constexpr CodePointSet make_numerals() {
  CodePointSet set;
  for (char32_t cp : kChineseNumerals) set.add(cp);
  return set;
}
constexpr CodePointSet make_starts() {
  CodePointSet set = make_numerals();
  for (char32_t cp = '0'; cp <= '9'; ++cp) set.add(cp);
  for (char32_t cp : kPrefixStarts) set.add(cp);
  return set;
}
constexpr CodePointSet kNumeralSet = make_numerals();
constexpr CodePointSet kStartSet = make_starts();

bool is_chinese_numeral(char32_t cp) { return kNumeralSet.has(cp); }

bool is_ascii_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// The characters that can follow a numeral's run in each kind of fact: the
// first character of the unit, sign or separator its grammar reads next
// (grammar_def.h). A run ends where its numeral does, or the numeral ends
// inside it and no grammar goes on with a numeral character; so after any
// other character no grammar is run at all (一些, 一律, 三重一大, a bare
// number), and after one of these only the grammars it can begin. After a
// space (the grammars' `sp`), 点 (a Chinese decimal) or a multiplier of
// Arabic digits (a Chinese numeral character: 1.5万) the numeral may go on,
// so every grammar is tried there.
struct FollowerSets {
  CodePointSet money, ratio, duration, quantity, date;
  CodePointSet numeral_goes_on;  // every grammar is tried after these
  CodePointSet any_grammar;      // all of the above
};
constexpr FollowerSets make_followers() {
  FollowerSets sets;
  for (char32_t cp : {U'元', U'圆', U'人'}) sets.money.add(cp);                       // 元, 人民币
  for (char32_t cp : {U'%', U'‰', U'分', U'/'}) sets.ratio.add(cp);                  // 5%, 三分之二, 百分之, 2/3以上
  for (char32_t cp : {U'年', U'个', U'月', U'星', U'周', U'工', U'自', U'日', U'天'})  // 年, 个月, 星期, 工作日, 自然日 …
    sets.duration.add(cp);
  for (char32_t cp : {U'人', U'名', U'家', U'个', U'份', U'次', U'户', U'位', U'票', U'亩', U'平', U'm', U'公'})
    sets.quantity.add(cp);
  for (char32_t cp : {U'年', U'月', U'-', U'/', U'.'}) sets.date.add(cp);            // 2024年, 3月, 2024-03-01
  for (char32_t cp : {U' ', U'点', U'十', U'百', U'千', U'万', U'亿'}) sets.numeral_goes_on.add(cp);
  for (const CodePointSet* set :
       {&sets.money, &sets.ratio, &sets.duration, &sets.quantity, &sets.date, &sets.numeral_goes_on})
    for (std::size_t word = 0; word < set->bits.size(); ++word) sets.any_grammar.bits[word] |= set->bits[word];
  return sets;
}
constexpr FollowerSets kFollowers = make_followers();

bool may_follow_numeral(char32_t cp) { return kFollowers.any_grammar.has(cp); }
bool may_start_date_after(char32_t cp) { return kFollowers.date.has(cp); }

// The grammars other than dates that a numeral run may start, by the
// character after it (dates: may_start_date_after).
struct Grammars {
  bool money = true, ratio = true, duration = true, quantity = true;
};
Grammars grammars_after(char32_t after) {
  if (kFollowers.numeral_goes_on.has(after)) return Grammars{};
  return Grammars{kFollowers.money.has(after), kFollowers.ratio.has(after), kFollowers.duration.has(after),
                  kFollowers.quantity.has(after)};
}

bool is_ascii_alnum(char32_t cp) {
  return is_ascii_digit(cp) || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// Words in which a lone 一 is not a number: 统一, 唯一, 同一 …
bool makes_word_with_yi(char32_t previous) {
  switch (previous) {
    case U'统': case U'唯': case U'同': case U'逐': case U'划': case U'专': case U'单': case U'归': case U'合':
      return true;
    default:
      return false;
  }
}

// Decodes the code point at `i`: ASCII and well-formed three-byte sequences
// (all of CJK) inline, anything else through utf8::decode.
inline char32_t decode(std::string_view text, std::size_t i, int& length) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    length = 1;
    return b0;
  }
  if ((b0 & 0xF0) == 0xE0 && i + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    const auto b2 = static_cast<unsigned char>(text[i + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      const char32_t cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        length = 3;
        return cp;
      }
    }
  }
  return utf8::decode(text, i, &length);
}

NumeralStyle style_of(std::string_view text) {
  bool arabic = false;
  for (std::size_t i = 0; i < text.size();) {
    int length = 1;
    const char32_t cp = decode(text, i, length);
    if (is_capital(cp)) return NumeralStyle::capital;
    if (is_ascii_digit(cp)) arabic = true;
    i += static_cast<std::size_t>(length);
  }
  return arabic ? NumeralStyle::arabic : NumeralStyle::chinese;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::vector<Fact> run();

 private:
  // Tries one grammar at `at`; on a match appends the fact and returns its end offset.
  template <typename Value, typename Rule>
  std::size_t try_rule(std::size_t at, const Rule& rule, FactKind kind) {
    const char* first = text_.data() + at;
    const char* it = first;
    Value value{};
    if (!x3::parse(it, text_.data() + text_.size(), rule, value) || it == first) return 0;
    const std::size_t end = static_cast<std::size_t>(it - text_.data());
    Fact fact;
    fact.kind = kind;
    fact.span = Span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)};
    fact.text.assign(first, it);
    fact.style = style_of(fact.text);
    fact.value = std::move(value);
    facts_.push_back(std::move(fact));
    return end;
  }

  // Every grammar, most specific first: a range before its first date, a
  // date before the 日 of a duration, money before a bare quantity.
  // A number right after 月 (每月15日, 次月10日前) is a day of the month, not a duration.
  //
  // A date's first numeral (a year or a month) is the whole run and is
  // followed by 年, 月 or a separator: after any other character neither a
  // date nor a range starting here can match, and neither is tried.
  std::size_t try_all(std::size_t at, char32_t previous, bool may_be_date, Grammars may_be) {
    if (may_be_date) {
      if (std::size_t end = try_rule<DateRange>(at, facts::date_range(), FactKind::date_range)) return end;
      if (std::size_t end = try_rule<Date>(at, facts::date(), FactKind::date)) return end;
    }
    if (may_be.money)
      if (std::size_t end = try_rule<Money>(at, facts::money(), FactKind::money)) return end;
    if (may_be.ratio)
      if (std::size_t end = try_rule<Ratio>(at, facts::ratio(), FactKind::ratio)) return end;
    if (may_be.duration && previous != U'月')
      if (std::size_t end = try_rule<Duration>(at, facts::duration(), FactKind::duration)) return end;
    return may_be.quantity ? try_rule<Quantity>(at, facts::quantity(), FactKind::quantity) : 0;
  }

  // Only a numeral may follow a range or money prefix; checking that first
  // keeps the grammars off the many 从 and 人 that start no fact.
  bool numeral_at(std::size_t i) const {
    if (i >= text_.size()) return false;
    int length = 1;
    const char32_t cp = decode(text_, i, length);
    return is_ascii_digit(cp) || is_chinese_numeral(cp) || cp == U' ';
  }

  // Four digits and a date separator: 2024年, 2024.3.1, 2024-03-01.
  bool starts_year(std::size_t i) const {
    if (i + 4 >= text_.size()) return false;
    for (std::size_t k = i; k < i + 4; ++k)
      if (!is_ascii_digit(static_cast<unsigned char>(text_[k]))) return false;
    const std::string_view rest = text_.substr(i + 4);
    return rest.starts_with("年") || rest.starts_with('.') || rest.starts_with('-') || rest.starts_with('/');
  }

  std::string_view text_;
  std::vector<Fact> facts_;
};

std::vector<Fact> Scanner::run() {
  const std::size_t n = text_.size();
  std::size_t i = 0;
  char32_t previous = 0;
  // Where the next part of a numeral that yielded nothing would start: in
  // 2023年2月29日 (no such day) the 2 and the 29 must not become 2月29日 or 29日.
  std::size_t dead_at = std::string_view::npos;
  while (i < n) {
    int length = 1;
    const char32_t cp = decode(text_, i, length);
    const std::size_t next = i + static_cast<std::size_t>(length);
    if (!kStartSet.has(cp)) {  // the common case: nothing can start here
      previous = cp;
      i = next;
      continue;
    }

    if (is_ascii_digit(cp) || is_chinese_numeral(cp)) {
      const bool arabic = is_ascii_digit(cp);
      // A numeral glued to Latin letters (M000100Y43, GB50300) or right after
      // 第 (第3款, 第二章) is a code or an ordinal, never a fact.
      bool skip = previous == U'第' || (arabic && is_ascii_alnum(previous));
      // The run: the whole numeral, skipped at once if nothing matches.
      std::size_t run_end = next;
      char32_t run_last = cp;
      while (run_end < n) {
        int l = 1;
        const char32_t c = decode(text_, run_end, l);
        const bool continues =
            arabic ? is_ascii_digit(c) || ((c == ',' || c == '.') && run_end + 1 < n &&
                                           is_ascii_digit(static_cast<unsigned char>(text_[run_end + 1])))
                   : is_chinese_numeral(c);
        if (!continues) break;
        run_last = c;
        run_end += static_cast<std::size_t>(l);
      }
      if (cp == U'一' && run_end == next && makes_word_with_yi(previous)) skip = true;
      if (i == dead_at) skip = true;
      // A run with a '.' (2024.3.1, 1.5) may end its fact inside the run; check only runs without one.
      bool may_be_date = true;
      Grammars may_be;
      const std::string_view run = text_.substr(i, run_end - i);
      if (run.find('.') == std::string_view::npos) {
        int l = 1;
        const char32_t after = run_end < n ? decode(text_, run_end, l) : 0;
        if (run_end >= n || !may_follow_numeral(after)) skip = true;
        may_be = grammars_after(after);
        if (run.find(',') == std::string_view::npos) may_be_date = may_start_date_after(after);
      }
      if (!skip) {
        if (std::size_t end = try_all(i, previous, may_be_date, may_be)) {
          i = end;
          previous = 0;
          continue;
        }
      }
      // List numbering glued to a number (1.2024年11月) makes one run that
      // yields nothing: look again right after its first '.'.
      if (arabic && !skip) {
        const std::size_t point = text_.substr(i, run_end - i).find('.');
        if (point != std::string_view::npos && point <= 2 && starts_year(i + point + 1)) {
          i += point + 1;
          previous = '.';
          continue;
        }
      }
      i = run_end;
      previous = run_last;
      if (i < n) {
        int l = 1;
        const char32_t c = decode(text_, i, l);
        if (c == U'年' || c == U'月' || c == U'至' || c == U'—' || c == U'–' || c == U'〜' || c == '-' || c == '/' ||
            c == '.' || c == '~')
          dead_at = i + static_cast<std::size_t>(l);
      }
      continue;
    }

    std::size_t end = 0;
    switch (cp) {
      case U'人':
        if (text_.substr(next, 6) == "民币") end = try_rule<Money>(i, facts::money(), FactKind::money);
        break;
      case 0x00A5:  // ¥ (NFKC folds ￥ to it)
      case 0xFFE5:  // ￥, in text that was not folded
        end = try_rule<Money>(i, facts::money(), FactKind::money);
        break;
      case U'R':
        if (text_.substr(i, 3) == "RMB") end = try_rule<Money>(i, facts::money(), FactKind::money);
        break;
      case U'自': case U'从': case U'由':
        if (numeral_at(next)) end = try_rule<DateRange>(i, facts::date_range(), FactKind::date_range);
        break;
      case U'半':
        // 上半年 is a half of a calendar year, not a length of six months.
        if (previous != U'上' && previous != U'下' && previous != U'前' && previous != U'后')
          end = try_rule<Duration>(i, facts::duration(), FactKind::duration);
        break;
      default:
        break;
    }
    if (end != 0) {
      i = end;
      previous = 0;
      continue;
    }
    previous = cp;
    i = next;
  }
  return std::move(facts_);
}

}  // namespace

std::vector<Fact> extract_facts(std::string_view normalized) { return Scanner(normalized).run(); }

}  // namespace legalint

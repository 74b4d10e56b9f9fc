#include "check/relax.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "base/utf8.h"

namespace legalint {

std::optional<Repeat> read_repeat(std::string_view text) {
  Repeat repeat;
  std::size_t at = 1;
  auto number = [&](long& value) {
    const std::size_t start = at;
    value = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9' && at - start < 8) value = value * 10 + (text[at++] - '0');
    return at > start;
  };
  if (!number(repeat.min)) return std::nullopt;
  repeat.max = repeat.min;
  if (at < text.size() && text[at] == ',') {
    ++at;
    if (!number(repeat.max)) repeat.max = -1;
  }
  if (at >= text.size() || text[at] != '}') return std::nullopt;
  repeat.length = at + 1;
  return repeat;
}

namespace {

// RE2's own limit on a repeat's bound, and on the product of nested bounds.
constexpr long kMaxRepeat = 1000;

// Copies the pattern piece by piece, rewriting each bounded repeat, and
// tracks the product of nested upper bounds the way RE2's parser does.
class Relaxer {
 public:
  Relaxer(std::string_view pattern, NegatedClasses classes) : p_(pattern), any_for_negated_(classes == NegatedClasses::any) {
    out_.reserve(pattern.size());
  }

  RelaxedPattern run() {
    while (ok_ && at_ < p_.size()) step();
    if (!ok_ || groups_.size() != 1) return {std::string(p_), 1, 1, false, false, false};
    return {std::move(out_), groups_.back() * class_growth_, group_copies_.back(), true, costly_classes_,
            starts_with_text_start_ && !alternation_at_top_};
  }

 private:
  void step() {
    const char c = p_[at_];
    if (groups_.size() == 1) note_top_level(c);
    switch (c) {
      case '\\': copy_escape(); return element(1);
      case '[': copy_class(); return element(1);
      case '(': return open_group();
      case ')':
        if (groups_.size() < 2) return fail();
        copy(1);
        {
          const long inside = groups_.back(), copies_inside = group_copies_.back();
          groups_.pop_back();
          group_copies_.pop_back();
          return element(inside, copies_inside);
        }
      case '{': return repeat();
      case '|': copy(1); last_ = 0; return;
      case '*': case '+': case '?': case '^': case '$':
        copy(1);
        last_ = 0;  // nothing a bounded repeat may follow (RE2 would refuse it; the original then says so)
        return;
      default:
        copy_code_point();
        return element(1);
    }
  }

  void fail() { ok_ = false; }

  // For anchored_at_start: what the top level's first piece is, and whether
  // the top level has an alternative. A flag group, (?s), is no piece.
  void note_top_level(char c) {
    if (c == '|') alternation_at_top_ = true;
    if (c == '|' || top_level_begun_ || (c == '(' && flag_group_end() != 0)) return;
    top_level_begun_ = true;
    starts_with_text_start_ = c == '\\' && at_ + 1 < p_.size() && p_[at_ + 1] == 'A';
  }

  // At a "(?flags)" — flags only, no group — where its ')' is; else 0.
  std::size_t flag_group_end() const {
    const std::size_t end = flags_end();
    return end > at_ + 1 && end < p_.size() && p_[end] == ')' ? end : 0;
  }

  // At "(?", past its flag letters ("(?s-i" → the position after 'i'); else at_.
  std::size_t flags_end() const {
    if (at_ + 1 >= p_.size() || p_[at_ + 1] != '?') return at_;
    std::size_t end = at_ + 2;
    while (end < p_.size() && ((p_[end] >= 'a' && p_[end] <= 'z') || (p_[end] >= 'A' && p_[end] <= 'Z') || p_[end] == '-'))
      ++end;
    return end;
  }

  void copy(std::size_t length) {
    length = std::min(length, p_.size() - at_);
    out_.append(p_.substr(at_, length));
    at_ += length;
  }

  void copy_code_point() { copy(static_cast<std::size_t>(utf8::sequence_length(static_cast<unsigned char>(p_[at_])))); }

  // `inside`: the product of the bounds the element already holds;
  // `copies_inside`, of the copies the stand-in's repeats make within it.
  void element(long inside, long copies_inside = 1) {
    last_ = inside;
    last_copies_ = copies_inside;
    groups_.back() = std::max(groups_.back(), inside);
    group_copies_.back() = std::max(group_copies_.back(), copies_inside);
  }

  void repeat() {
    const auto found = read_repeat(p_.substr(at_));
    if (!found) {
      copy(1);  // a literal '{'
      return element(1);
    }
    if (last_ == 0 || found->min > kMaxRepeat || found->max > kMaxRepeat ||
        (found->max >= 0 && found->max < found->min))
      return fail();
    const long bound = found->max >= 0 ? found->max : found->min;
    const long product = last_ * std::max(bound, 1L);
    if (product > kMaxRepeat) return fail();
    out_ += '{' + std::to_string(found->min) + ",}";
    at_ += found->length;
    groups_.back() = std::max(groups_.back(), product);
    // x{n,} is n copies of x, the last one looping (x{0,} and x{1,} one).
    group_copies_.back() = std::max(group_copies_.back(), last_copies_ * std::max(found->min, 1L));
    last_ = 0;
  }

  void open_group() {
    if (at_ + 1 < p_.size() && p_[at_ + 1] == '?') {
      // (?flags) sets flags and is no group; (?flags:…), (?P<name>…) are.
      const std::size_t end = flags_end();
      if (end < p_.size() && (p_[end] == ')' || p_[end] == ':')) {
        const std::string_view flags = p_.substr(at_ + 2, end - at_ - 2);
        if (flags.substr(0, flags.find('-')).find('i') != std::string_view::npos) costly_classes_ = true;  // case folding on
      }
      if (flag_group_end() != 0) {
        copy(end + 1 - at_);
        last_ = 0;
        return;
      }
    }
    copy(1);
    groups_.push_back(1);
    group_copies_.push_back(1);
    last_ = 0;
  }

  // \Q…\E, \p{…}, \P{…}, \x{…}, or a backslash and one character.
  void copy_escape() {
    const char e = at_ + 1 < p_.size() ? p_[at_ + 1] : '\0';
    if (e == 'p' || e == 'P') costly_classes_ = true;  // a Unicode property
    if (e == 'Q') {
      const auto end = p_.find("\\E", at_ + 2);
      return copy(end == std::string_view::npos ? p_.size() - at_ : end + 2 - at_);
    }
    if ((e == 'p' || e == 'P' || e == 'x') && at_ + 2 < p_.size() && p_[at_ + 2] == '{') {
      const auto close = p_.find('}', at_ + 3);
      if (close == std::string_view::npos) return fail();
      return copy(close + 1 - at_);
    }
    if (e == 'p' || e == 'P') return copy(3);  // \pL
    copy(1);
    if (at_ < p_.size()) copy_code_point();
  }

  // A class is read whole: a '{' inside it is a member, not a repeat. A
  // negated one becomes any character: [^\n。;违逾定押] takes RE2 dozens of
  // instructions in UTF-8, and no atom comes from it anyway.
  void copy_class() {
    const std::size_t start = at_;
    const std::size_t out_start = out_.size();
    copy(1);  // '['
    const bool negated = at_ < p_.size() && p_[at_] == '^';
    if (negated) copy(1);
    if (at_ < p_.size() && p_[at_] == ']') copy(1);  // a leading ']' is a member
    long members = 1;
    for (; ok_ && at_ < p_.size() && p_[at_] != ']'; ++members) {
      if (p_[at_] == '[' && at_ + 1 < p_.size() && p_[at_ + 1] == ':') {
        const auto close = p_.find(":]", at_ + 2);
        if (close == std::string_view::npos) return fail();
        copy(close + 2 - at_);
      } else if (p_[at_] == '\\') {
        copy_escape();
      } else {
        copy_code_point();
      }
    }
    if (at_ >= p_.size()) return fail();  // unterminated
    copy(1);  // ']'
    if (!negated || !any_for_negated_) return;
    out_.resize(out_start);
    out_ += "(?s:.)";
    // Each listed member may cost the original a few instructions more than
    // the stand-in's any-character (growth, relax.h).
    class_growth_ = std::max(class_growth_, members + static_cast<long>(at_ - start) / 8);
  }

  std::string_view p_;
  std::size_t at_ = 0;
  std::string out_;
  std::vector<long> groups_{1};  // per open group: the largest product inside it
  std::vector<long> group_copies_{1};  // per open group: the most copies made inside it
  long last_ = 0;                // the product held by the element just read; 0: none
  long last_copies_ = 1;         // the copies made inside the element just read
  long class_growth_ = 1;        // for negated classes made any character
  bool costly_classes_ = false;  // \p, \P or case folding seen (RelaxedPattern)
  bool top_level_begun_ = false;          // the top level's first piece has been read
  bool starts_with_text_start_ = false;   // … and it was \A
  bool alternation_at_top_ = false;       // a '|' outside every group
  bool any_for_negated_;
  bool ok_ = true;
};

}  // namespace

RelaxedPattern relax_repeats(std::string_view pattern, NegatedClasses classes) { return Relaxer(pattern, classes).run(); }

namespace {
// Instructions a byte of pattern may cost, and RE2's own per program (its
// unanchored prefix, Match, Fail). A dozen a byte is the most measured
// (`.` in UTF-8); the pack regexes' stand-ins make fewer than two a byte.
constexpr long kInstructionsPerByte = 16;
constexpr long kInstructionsPerProgram = 64;
}  // namespace

std::optional<long> program_bound(const RelaxedPattern& stand_in) {
  if (!stand_in.read || stand_in.costly_classes) return std::nullopt;
  return static_cast<long>(stand_in.pattern.size()) * kInstructionsPerByte * stand_in.copies + kInstructionsPerProgram;
}

}  // namespace legalint

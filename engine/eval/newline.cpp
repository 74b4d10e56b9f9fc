#include "eval/newline.h"

#include <optional>

#include "base/utf8.h"

namespace legalint {
namespace {

constexpr char32_t kNewline = U'\n';

// \p{…} classes known not to hold '\n' (a control character, category Cc).
bool is_safe_property(std::string_view name) {
  for (const std::string_view safe : {"Han", "L", "Lu", "Ll", "N", "Nd", "P", "Latin", "Greek"})
    if (name == safe) return true;
  return false;
}

// [:name:] classes known not to hold '\n'.
bool is_safe_posix(std::string_view name) {
  for (const std::string_view safe : {"alpha", "digit", "alnum", "punct", "upper", "lower", "word", "xdigit", "print",
                                      "graph", "blank"})
    if (name == safe) return true;
  return false;
}

// Reads a pattern left to right; every method answers "can this piece take
// a '\n'?" and moves past it.
class Reader {
 public:
  explicit Reader(std::string_view pattern) : p_(pattern) {}

  bool may_match_newline() {
    while (at_ < p_.size()) {
      const char c = p_[at_];
      if (c == '\n') return true;
      if (c == '\\') {
        if (escape_outside_class()) return true;
      } else if (c == '[') {
        if (class_takes_newline()) return true;
      } else if (c == '(' && peek(1) == '?') {
        if (flags_set_dot_all()) return true;
      } else {
        ++at_;
      }
    }
    return false;
  }

 private:
  char peek(std::size_t ahead) const { return at_ + ahead < p_.size() ? p_[at_ + ahead] : '\0'; }

  // \pN or \p{Name} after the 'p'/'P' at at_; moves past it.
  std::string_view property_name() {
    ++at_;
    if (at_ >= p_.size()) return {};
    if (p_[at_] != '{') return p_.substr(at_++, 1);
    const auto close = p_.find('}', at_);
    if (close == std::string_view::npos) {
      at_ = p_.size();
      return {};
    }
    const auto name = p_.substr(at_ + 1, close - at_ - 1);
    at_ = close + 1;
    return name;
  }

  bool escape_outside_class() {
    const char e = peek(1);
    at_ += 2;
    switch (e) {
      case 'Q': {  // literal text up to \E
        const auto end = p_.find("\\E", at_);
        const auto literal = p_.substr(at_, end == std::string_view::npos ? std::string_view::npos : end - at_);
        at_ = end == std::string_view::npos ? p_.size() : end + 2;
        return literal.find('\n') != std::string_view::npos;
      }
      case 'p':
        at_ -= 1;
        return !is_safe_property(property_name());
      case 'd': case 'w': case 'S': case 'b': case 'B': case 'A': case 'z': case 't': case 'r': case 'f': case 'a':
        return false;
      default:
        // Escaped punctuation is itself; any other letter or digit (\n, \s,
        // \D, \W, \P, \x0A, \012, \C, \v …) may be a line break.
        return (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9') || e == '\0';
    }
  }

  // (?flags) or (?flags:…): only 's' lets '.' take '\n'.
  bool flags_set_dot_all() {
    std::size_t i = at_ + 2;
    if (i < p_.size() && (p_[i] == 'P' || p_[i] == '<')) {  // a named group, not flags
      at_ = i;
      return false;
    }
    bool dot_all = false;
    for (; i < p_.size() && p_[i] != ')' && p_[i] != ':'; ++i)
      if (p_[i] == 's') dot_all = true;
    at_ = i;
    return dot_all;
  }

  // One member of a class: a single code point, or nullopt for a set
  // (\d, \s, [:alpha:] …), with `takes_newline` set when that set holds '\n'.
  std::optional<char32_t> class_member(bool& takes_newline) {
    const char c = p_[at_];
    if (c == '[' && peek(1) == ':') {
      const auto close = p_.find(":]", at_ + 2);
      if (close == std::string_view::npos) {
        takes_newline = true;
        at_ = p_.size();
        return std::nullopt;
      }
      if (!is_safe_posix(p_.substr(at_ + 2, close - at_ - 2))) takes_newline = true;
      at_ = close + 2;
      return std::nullopt;
    }
    if (c == '\\') {
      const char e = peek(1);
      at_ += 2;
      switch (e) {
        case 't': return U'\t';
        case 'r': return U'\r';
        case 'f': return U'\f';
        case 'a': return U'\a';
        case 'd': case 'w': case 'S': return std::nullopt;
        case 'p':
          at_ -= 1;
          if (!is_safe_property(property_name())) takes_newline = true;
          return std::nullopt;
        default:
          if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9') || e == '\0') {
            takes_newline = true;  // \n, \s, \D, \W, \P, \x…, octal: may be or hold '\n'
            return std::nullopt;
          }
          return static_cast<unsigned char>(e);
      }
    }
    int length = 1;
    const char32_t cp = utf8::decode(p_, at_, &length);
    at_ += static_cast<std::size_t>(length);
    return cp;
  }

  bool class_takes_newline() {
    ++at_;  // '['
    bool negated = false;
    if (peek(0) == '^') {
      negated = true;
      ++at_;
    }
    bool takes_newline = false;
    bool first = true;
    while (at_ < p_.size() && (p_[at_] != ']' || first)) {
      first = false;
      const auto low = class_member(takes_newline);
      if (!low || at_ >= p_.size() || p_[at_] != '-' || peek(1) == ']') {
        if (low && *low == kNewline) takes_newline = true;
        continue;
      }
      ++at_;  // '-'
      const auto high = class_member(takes_newline);
      if (!high || (*low <= kNewline && kNewline <= *high)) takes_newline = true;
    }
    if (at_ >= p_.size()) return true;  // unterminated: cannot tell
    ++at_;                              // ']'
    return negated ? !takes_newline : takes_newline;
  }

  std::string_view p_;
  std::size_t at_ = 0;
};

}  // namespace

bool may_match_newline(std::string_view pattern) { return Reader(pattern).may_match_newline(); }

}  // namespace legalint

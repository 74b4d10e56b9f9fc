#include "check/atom_requirement.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <unordered_set>
#include <utility>

#include "base/utf8.h"
#include "check/relax.h"

namespace legalint {

AtomRequirement AtomRequirement::of_atom(std::string text) {
  AtomRequirement atom;
  atom.kind = Kind::atom;
  atom.atom = std::move(text);
  return atom;
}

namespace {

// Flattens nested parts of `kind` and drops repeats; `always` parts are
// dropped from all_of, and make one_of `always`. Atoms are told apart by a
// set, so that a word list of thousands of alternatives stays linear.
AtomRequirement combine(AtomRequirement::Kind kind, std::vector<AtomRequirement> parts) {
  std::vector<AtomRequirement> flat;
  std::unordered_set<std::string> atoms;
  auto add = [&](AtomRequirement part) {
    const bool seen = part.kind == AtomRequirement::Kind::atom ? !atoms.insert(part.atom).second
                                                               : std::find(flat.begin(), flat.end(), part) != flat.end();
    if (!seen) flat.push_back(std::move(part));
  };
  for (auto& part : parts) {
    if (part.always()) {
      if (kind == AtomRequirement::Kind::one_of) return {};
      continue;
    }
    if (part.kind == kind) {
      for (auto& inner : part.parts) add(std::move(inner));
    } else {
      add(std::move(part));
    }
  }
  if (flat.empty()) return {};
  if (flat.size() == 1) return std::move(flat.front());
  AtomRequirement combined;
  combined.kind = kind;
  combined.parts = std::move(flat);
  return combined;
}

}  // namespace

AtomRequirement AtomRequirement::all_of(std::vector<AtomRequirement> parts) { return combine(Kind::all_of, std::move(parts)); }
AtomRequirement AtomRequirement::one_of(std::vector<AtomRequirement> parts) { return combine(Kind::one_of, std::move(parts)); }

std::vector<int> AtomFormula::atoms() const {
  std::vector<int> ids;
  for (const Node& node : nodes_)
    if (node.kind == AtomRequirement::Kind::atom) ids.push_back(node.atom);
  return ids;
}

namespace {

// Sets of exact strings are kept up to this size, as RE2's prefilter does:
// (招标人|采购人)的?代表 stays four whole atoms; a larger cross product
// becomes an AND of its pieces.
constexpr std::size_t kMaxExactStrings = 16;

// A class of more characters than this needs none of them.
constexpr std::size_t kMaxClassMembers = 4;

// What a piece of a pattern matches: exactly one of a few strings, or
// something that holds a requirement.
struct Piece {
  bool exact = false;
  std::set<std::string> strings;  // exact: the piece matches one of these
  AtomRequirement requirement;        // !exact

  static Piece of_strings(std::set<std::string> strings) {
    Piece piece;
    piece.exact = true;
    piece.strings = std::move(strings);
    return piece;
  }
  static Piece empty() { return of_strings({""}); }
  static Piece anything() { return {}; }
};

// One of the strings must occur. A string that contains another of the set
// holds it, so the shorter one suffices; the empty string needs nothing.
AtomRequirement requirement_of_strings(const std::set<std::string>& strings) {
  std::vector<AtomRequirement> atoms;
  for (const auto& s : strings) {
    if (s.empty()) return {};
    const bool holds_another = std::any_of(strings.begin(), strings.end(), [&](const std::string& other) {
      return other.size() < s.size() && s.find(other) != std::string::npos;
    });
    if (!holds_another) atoms.push_back(AtomRequirement::of_atom(s));
  }
  return AtomRequirement::one_of(std::move(atoms));
}

AtomRequirement requirement_of_piece(Piece piece) {
  return piece.exact ? requirement_of_strings(piece.strings) : std::move(piece.requirement);
}

Piece inexact(AtomRequirement requirement) {
  Piece piece;
  piece.requirement = std::move(requirement);
  return piece;
}

// A pattern piece the reader does not follow: the whole pattern then needs nothing.
struct Unreadable {};

// Reads a pattern the way RE2 does, keeping only what the requirement needs.
class Reader {
 public:
  explicit Reader(std::string_view pattern) : p_(pattern) {}

  AtomRequirement run() {
    Piece piece = alternation();
    if (at_ != p_.size()) throw Unreadable{};  // a ')' with no '('
    return requirement_of_piece(std::move(piece));
  }

 private:
  char peek(std::size_t ahead = 0) const { return at_ + ahead < p_.size() ? p_[at_ + ahead] : '\0'; }

  // Exact alternatives unite while the set stays small; else one of the
  // alternatives' requirements.
  Piece alternation() {
    std::vector<Piece> alternatives{concatenation()};
    while (peek() == '|') {
      ++at_;
      alternatives.push_back(concatenation());
    }
    if (alternatives.size() == 1) return std::move(alternatives.front());
    std::set<std::string> united;
    for (const Piece& alternative : alternatives) {
      if (!alternative.exact) break;
      united.insert(alternative.strings.begin(), alternative.strings.end());
      if (united.size() > kMaxExactStrings) break;
    }
    const bool exact = std::all_of(alternatives.begin(), alternatives.end(), [](const Piece& a) { return a.exact; });
    if (exact && united.size() <= kMaxExactStrings) return Piece::of_strings(std::move(united));
    std::vector<AtomRequirement> requirements;
    for (Piece& alternative : alternatives) requirements.push_back(requirement_of_piece(std::move(alternative)));
    return inexact(AtomRequirement::one_of(std::move(requirements)));
  }

  // Adjacent exact pieces multiply into longer strings while the product stays
  // small; the rest is an AND of the pieces.
  Piece concatenation() {
    Piece run = Piece::empty();
    std::vector<AtomRequirement> parts;
    while (at_ < p_.size() && peek() != '|' && peek() != ')') {
      Piece piece = repeated(single());
      if (run.exact && piece.exact && run.strings.size() * piece.strings.size() <= kMaxExactStrings) {
        std::set<std::string> product;
        for (const auto& left : run.strings)
          for (const auto& right : piece.strings) product.insert(left + right);
        run.strings = std::move(product);
        continue;
      }
      parts.push_back(requirement_of_piece(std::move(run)));
      if (piece.exact) {
        run = std::move(piece);
      } else {
        parts.push_back(std::move(piece.requirement));
        run = Piece::empty();
      }
    }
    if (parts.empty()) return run;
    parts.push_back(requirement_of_piece(std::move(run)));
    return inexact(AtomRequirement::all_of(std::move(parts)));
  }

  // The operators after a piece: one that allows no copy makes it need
  // nothing (x? stays exact, with the empty string); one that allows more
  // than one needs one copy.
  Piece repeated(Piece piece) {
    while (true) {
      long min = 0, max = -1;
      const char c = peek();
      if (c == '*') {
        ++at_;
      } else if (c == '+') {
        ++at_;
        min = 1;
      } else if (c == '?') {
        ++at_;
        max = 1;
      } else if (c == '{') {
        const auto repeat = read_repeat(p_.substr(at_));
        if (!repeat) return piece;  // a literal '{', read next as a piece
        at_ += repeat->length;
        min = repeat->min;
        max = repeat->max;
      } else {
        return piece;
      }
      if (peek() == '?') ++at_;  // non-greedy: the same strings
      if (min == 0 && max == 1 && piece.exact && piece.strings.size() < kMaxExactStrings) {
        piece.strings.insert("");
      } else if (min == 0) {
        piece = Piece::anything();
      } else if (!(min == 1 && max == 1)) {
        piece = inexact(requirement_of_piece(std::move(piece)));
      }
    }
  }

  Piece single() {
    const char c = peek();
    switch (c) {
      case '(': return group();
      case '[': return character_class();
      case '\\': return escape();
      case '.': ++at_; return Piece::anything();
      case '^': case '$': ++at_; return Piece::empty();
      case '*': case '+': case '?': throw Unreadable{};  // RE2 refuses a repeat of nothing
      default: return Piece::of_strings({code_point_here()});
    }
  }

  // The bytes of the code point at at_, as the pattern has them; moves past it.
  std::string code_point_here() {
    const auto length = std::min<std::size_t>(utf8::sequence_length(static_cast<unsigned char>(p_[at_])), p_.size() - at_);
    std::string bytes(p_.substr(at_, length));
    at_ += length;
    return bytes;
  }

  Piece group() {
    ++at_;  // '('
    if (peek() == '?') {
      ++at_;
      if (peek() == 'P' && peek(1) == '<') {  // (?P<name>…)
        const auto close = p_.find('>', at_);
        if (close == std::string_view::npos) throw Unreadable{};
        at_ = close + 1;
      } else {
        // (?flags) sets flags and matches the empty string; (?flags:…) groups.
        while (std::isalpha(static_cast<unsigned char>(peek())) || peek() == '-') ++at_;
        if (peek() == ')') {
          ++at_;
          return Piece::empty();
        }
        if (peek() != ':') throw Unreadable{};
        ++at_;
      }
    }
    Piece inside = alternation();
    if (peek() != ')') throw Unreadable{};
    ++at_;
    return inside;
  }

  // An escape outside a class.
  Piece escape() {
    const char e = peek(1);
    switch (e) {
      case 'Q': {
        const auto end = p_.find("\\E", at_ + 2);
        const auto literal = p_.substr(at_ + 2, end == std::string_view::npos ? std::string_view::npos : end - at_ - 2);
        at_ = end == std::string_view::npos ? p_.size() : end + 2;
        return Piece::of_strings({std::string(literal)});
      }
      case 'b': case 'B': case 'A': case 'z':
        at_ += 2;
        return Piece::empty();
      default:
        break;
    }
    const auto member = escaped_character();
    if (!member) return Piece::anything();
    return Piece::of_strings({utf8_of(*member)});
  }

  // The character an escape at at_ stands for, or nullopt for a set of them
  // (\d, \s, \pL …); moves past it. Used in and outside classes.
  std::optional<char32_t> escaped_character() {
    const char e = peek(1);
    if (e == '\0') throw Unreadable{};
    at_ += 2;
    switch (e) {
      case 'n': return U'\n';
      case 't': return U'\t';
      case 'r': return U'\r';
      case 'f': return U'\f';
      case 'v': return U'\v';
      case 'a': return U'\a';
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'C':
        return std::nullopt;
      case 'p': case 'P':
        if (peek() == '{') {
          const auto close = p_.find('}', at_);
          if (close == std::string_view::npos) throw Unreadable{};
          at_ = close + 1;
        } else {
          ++at_;
        }
        return std::nullopt;
      case 'x': return hexadecimal();
      default:
        if (std::isalnum(static_cast<unsigned char>(e))) throw Unreadable{};  // octal, or what RE2 refuses
        --at_;
        return utf8_decode_here();  // escaped punctuation (or any other character) is itself
    }
  }

  // \xHH or \x{H…}, after the 'x'.
  char32_t hexadecimal() {
    std::size_t end = at_ + 2;
    std::size_t digits_at = at_;
    if (peek() == '{') {
      end = p_.find('}', at_);
      if (end == std::string_view::npos) throw Unreadable{};
      digits_at = at_ + 1;
    }
    if (end > p_.size() || end == digits_at) throw Unreadable{};
    char32_t value = 0;
    for (std::size_t i = digits_at; i < end; ++i) {
      const char h = p_[i];
      if (!std::isxdigit(static_cast<unsigned char>(h)) || value > 0x10FFFF) throw Unreadable{};
      value = value * 16 + static_cast<char32_t>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (h | 0x20) - 'a' + 10);
    }
    at_ = peek() == '{' ? end + 1 : end;
    return value;
  }

  char32_t utf8_decode_here() {
    int length = 1;
    const char32_t cp = utf8::decode(p_, at_, &length);
    at_ += static_cast<std::size_t>(length);
    return cp;
  }

  static std::string utf8_of(char32_t cp) {
    std::string out;
    utf8::append(out, cp);
    return out;
  }

  // [abc] of a few characters is one of them; a larger or negated class, or
  // one holding a set (\d, [:alpha:]), needs nothing.
  Piece character_class() {
    ++at_;  // '['
    const bool negated = peek() == '^';
    if (negated) ++at_;
    std::set<std::string> members;
    bool large = negated;
    bool first = true;
    while (at_ < p_.size() && (peek() != ']' || first)) {
      first = false;
      const auto low = class_member();
      if (!low || peek() != '-' || peek(1) == ']' || peek(1) == '\0') {
        if (!low) large = true;
        else members.insert(utf8_of(*low));
        continue;
      }
      ++at_;  // '-'
      const auto high = class_member();
      if (!high || *high < *low) throw Unreadable{};
      if (*high - *low >= kMaxClassMembers) {
        large = true;
        continue;
      }
      for (char32_t cp = *low; cp <= *high; ++cp) members.insert(utf8_of(cp));
    }
    if (at_ >= p_.size()) throw Unreadable{};  // unterminated
    ++at_;                                     // ']'
    if (large || members.size() > kMaxClassMembers) return Piece::anything();
    return Piece::of_strings(std::move(members));
  }

  std::optional<char32_t> class_member() {
    if (peek() == '[' && peek(1) == ':') {
      const auto close = p_.find(":]", at_ + 2);
      if (close == std::string_view::npos) throw Unreadable{};
      at_ = close + 2;
      return std::nullopt;
    }
    if (peek() == '\\') return escaped_character();
    return utf8_decode_here();
  }

  std::string_view p_;
  std::size_t at_ = 0;
};

}  // namespace

AtomRequirement atom_requirement_of(std::string_view pattern) {
  try {
    return Reader(pattern).run();
  } catch (const Unreadable&) {
    return {};
  }
}

std::string to_string(const AtomRequirement& requirement) {
  switch (requirement.kind) {
    case AtomRequirement::Kind::always: return "ALWAYS";
    case AtomRequirement::Kind::atom: return requirement.atom;
    case AtomRequirement::Kind::all_of:
    case AtomRequirement::Kind::one_of: {
      std::string out = requirement.kind == AtomRequirement::Kind::all_of ? "AND(" : "OR(";
      for (std::size_t i = 0; i < requirement.parts.size(); ++i) {
        if (i > 0) out += ", ";
        out += to_string(requirement.parts[i]);
      }
      return out + ")";
    }
  }
  return "ALWAYS";
}

}  // namespace legalint

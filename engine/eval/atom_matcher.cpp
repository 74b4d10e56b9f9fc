#include "eval/atom_matcher.h"

#include <algorithm>
#include <limits>

#include <unicode/uchar.h>
#include <unicode/uniset.h>

#include "base/utf8.h"

namespace legalint {
namespace {

// More spellings than this for one atom (a long run of cased non-ASCII
// letters) and the matcher gives up rather than grow without bound.
constexpr std::size_t kMaxVariants = 64;

// The spellings of `atom` that a case-insensitive match accepts, but for
// ASCII letters, which the byte classes fold. Empty when there are too many.
// The text is NFKC-folded, so the ASCII letters' odd relatives (the Kelvin
// sign, long s) never occur in it.
std::vector<std::string> spellings(std::string_view atom) {
  std::vector<std::string> variants{std::string()};
  for (std::size_t at = 0; at < atom.size();) {
    int length = 1;
    const char32_t cp = utf8::decode(atom, at, &length);
    at += static_cast<std::size_t>(length);
    std::vector<char32_t> forms{cp};
    // Most atoms are Chinese, which has no case: ask ICU's orbit only of a
    // character that case mapping touches.
    if (cp >= 0x80 && u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_CASE_SENSITIVE)) {
      icu::UnicodeSet orbit(static_cast<UChar32>(cp), static_cast<UChar32>(cp));
      orbit.closeOver(USET_CASE_INSENSITIVE);
      forms.clear();
      for (std::int32_t i = 0; i < orbit.size(); ++i) forms.push_back(static_cast<char32_t>(orbit.charAt(i)));
    }
    if (variants.size() * forms.size() > kMaxVariants) return {};
    std::vector<std::string> longer;
    for (const auto& prefix : variants)
      for (const char32_t form : forms) {
        std::string spelled = prefix;
        utf8::append(spelled, form);
        longer.push_back(std::move(spelled));
      }
    variants = std::move(longer);
  }
  return variants;
}

std::uint8_t lower_ascii(std::uint8_t byte) { return byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte; }

}  // namespace

AtomMatcher::AtomMatcher(const std::vector<std::string>& atoms) {
  std::vector<std::pair<std::string, int>> words;  // every spelling with its atom's id
  for (int id = 0; id < static_cast<int>(atoms.size()); ++id) {
    const auto variants = spellings(atoms[static_cast<std::size_t>(id)]);
    if (variants.empty()) {
      ok_ = false;
      return;
    }
    for (const auto& spelled : variants) words.emplace_back(spelled, id);
  }

  // One class per byte that occurs in some spelling; an upper-case ASCII
  // letter shares its lower-case letter's class.
  for (const auto& [word, id] : words)
    for (const unsigned char byte : word) {
      auto& cls = class_of_[lower_ascii(byte)];
      if (cls == 0) cls = static_cast<std::uint8_t>(classes_++);
    }
  for (int byte = 'A'; byte <= 'Z'; ++byte) class_of_[byte] = class_of_[byte + ('a' - 'A')];

  // The trie, as each state's edges (class, child).
  std::vector<std::vector<std::pair<int, std::int32_t>>> children(1);
  std::vector<std::vector<int>> reports(1);
  for (const auto& [word, id] : words) {
    std::int32_t state = 0;
    for (const unsigned char byte : word) {
      const int cls = class_of_[byte];
      auto& edges = children[static_cast<std::size_t>(state)];
      const auto edge = std::find_if(edges.begin(), edges.end(), [&](const auto& e) { return e.first == cls; });
      if (edge != edges.end()) {
        state = edge->second;
        continue;
      }
      const auto child = static_cast<std::int32_t>(children.size());
      edges.emplace_back(cls, child);  // `edges` stays valid: nothing is added to `children` before this
      children.emplace_back();
      reports.emplace_back();
      state = child;
    }
    reports[static_cast<std::size_t>(state)].push_back(id);
  }

  // Breadth first, a whole row a state: a state's row is its failure
  // state's row (the longest proper suffix that goes on), with its own trie
  // edges written over it; each state also reports its failure state's
  // atoms. The result is a full DFA, one lookup a byte.
  // Ours has ~7,000 states; a pack with more than 16 bits of them gets no
  // matcher (the prefilter then searches everywhere) rather than a slow one.
  const std::size_t states = children.size();
  if (states > std::numeric_limits<std::uint16_t>::max()) {
    ok_ = false;
    return;
  }
  const auto width = static_cast<std::size_t>(classes_);
  next_.assign(states * width, 0);
  std::vector<std::uint16_t> failure(states, 0);
  std::vector<std::uint16_t> order{0};  // states in breadth-first order
  order.reserve(states);
  for (std::size_t at = 0; at < order.size(); ++at) {
    const std::size_t state = order[at];
    const std::size_t fail = failure[state];
    auto* row = &next_[state * width];
    if (state != 0) {
      std::copy_n(&next_[fail * width], width, row);
      const auto& inherited = reports[fail];
      reports[state].insert(reports[state].end(), inherited.begin(), inherited.end());
    }
    for (const auto& [cls, child] : children[state]) {
      // The root fails to itself; any other state to where its failure state goes.
      failure[static_cast<std::size_t>(child)] = state == 0 ? 0 : row[cls];
      row[cls] = static_cast<std::uint16_t>(child);
      order.push_back(static_cast<std::uint16_t>(child));
    }
  }

  first_output_.reserve(states + 1);
  for (auto& report : reports) {
    std::sort(report.begin(), report.end());
    report.erase(std::unique(report.begin(), report.end()), report.end());
    first_output_.push_back(static_cast<std::int32_t>(outputs_.size()));
    outputs_.insert(outputs_.end(), report.begin(), report.end());
  }
  first_output_.push_back(static_cast<std::int32_t>(outputs_.size()));
}

void AtomMatcher::match(std::string_view text, std::vector<int>& found) const {
  const std::size_t start = found.size();
  std::size_t state = 0;
  for (const unsigned char byte : text) {
    state = next_[state * static_cast<std::size_t>(classes_) + class_of_[byte]];
    const auto first = first_output_[state];
    const auto last = first_output_[state + 1];
    if (first != last) found.insert(found.end(), outputs_.begin() + first, outputs_.begin() + last);
  }
  std::sort(found.begin() + static_cast<std::ptrdiff_t>(start), found.end());
  found.erase(std::unique(found.begin() + static_cast<std::ptrdiff_t>(start), found.end()), found.end());
}

}  // namespace legalint

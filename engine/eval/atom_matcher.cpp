#include "eval/atom_matcher.h"

#include <algorithm>
#include <deque>
#include <limits>

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
    if (cp >= 0x80) {
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

  // The trie: -1 where it has no edge yet.
  std::vector<std::int32_t> next(static_cast<std::size_t>(classes_), -1);
  std::vector<std::vector<int>> ending_at(1);
  for (const auto& [word, id] : words) {
    std::int32_t state = 0;
    for (const unsigned char byte : word) {
      auto& edge = next[static_cast<std::size_t>(state * classes_ + class_of_[byte])];
      if (edge < 0) {
        edge = static_cast<std::int32_t>(ending_at.size());
        ending_at.emplace_back();
        next.resize(next.size() + static_cast<std::size_t>(classes_), -1);
      }
      state = next[static_cast<std::size_t>(state * classes_ + class_of_[byte])];
    }
    ending_at[static_cast<std::size_t>(state)].push_back(id);
  }

  // Breadth first: each missing edge becomes the edge of the longest proper
  // suffix that has it (the failure link), and each state also reports the
  // atoms of its failure state — a full DFA, one lookup a byte.
  const std::size_t states = ending_at.size();
  std::vector<std::int32_t> failure(states, 0);
  std::vector<std::vector<int>> reports = ending_at;
  std::deque<std::int32_t> queue;
  for (std::int32_t c = 0; c < classes_; ++c) {
    auto& edge = next[static_cast<std::size_t>(c)];
    if (edge < 0) edge = 0;
    else if (edge != 0) queue.push_back(edge);
  }
  while (!queue.empty()) {
    const std::int32_t state = queue.front();
    queue.pop_front();
    const auto& inherited = reports[static_cast<std::size_t>(failure[static_cast<std::size_t>(state)])];
    auto& own = reports[static_cast<std::size_t>(state)];
    own.insert(own.end(), inherited.begin(), inherited.end());
    for (std::int32_t c = 0; c < classes_; ++c) {
      auto& edge = next[static_cast<std::size_t>(state * classes_ + c)];
      const std::int32_t fallback =
          next[static_cast<std::size_t>(failure[static_cast<std::size_t>(state)] * classes_ + c)];
      if (edge < 0) {
        edge = fallback;
      } else {
        failure[static_cast<std::size_t>(edge)] = fallback;
        queue.push_back(edge);
      }
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

  // Ours has ~7,000 states; a pack with more than 16 bits of them gets no
  // matcher (the prefilter then searches everywhere) rather than a slow one.
  if (states > std::numeric_limits<std::uint16_t>::max()) {
    ok_ = false;
    return;
  }
  next_.assign(next.begin(), next.end());
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

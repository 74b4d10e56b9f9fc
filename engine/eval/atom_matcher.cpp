#include "eval/atom_matcher.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <map>
#include <stdexcept>
#include <string>

#include <unicode/uchar.h>
#include <unicode/uniset.h>

#include "base/utf8.h"

namespace legalint {
namespace {

// The characters a case-insensitive match of `cp` accepts, `cp` among them.
// The text is NFKC-folded, so compatibility forms never occur in it, but
// case variants do.
std::vector<char32_t> case_orbit(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'a' && cp <= 'z') return {cp, cp - 'a' + 'A'};
    if (cp >= 'A' && cp <= 'Z') return {cp, cp - 'A' + 'a'};
    return {cp};
  }
  // Most atoms are Chinese, which has no case: ask ICU only about characters
  // that case mapping touches.
  if (!u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_CASE_SENSITIVE)) return {cp};
  icu::UnicodeSet orbit(static_cast<UChar32>(cp), static_cast<UChar32>(cp));
  orbit.closeOver(USET_CASE_INSENSITIVE);
  std::vector<char32_t> forms{cp};
  for (std::int32_t i = 0; i < orbit.size(); ++i)
    if (static_cast<char32_t>(orbit.charAt(i)) != cp) forms.push_back(static_cast<char32_t>(orbit.charAt(i)));
  return forms;
}

std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> out;
  for (std::size_t at = 0; at < text.size();) {
    int length = 1;
    out.push_back(utf8::decode(text, at, &length));
    at += static_cast<std::size_t>(length);
  }
  return out;
}

}  // namespace

AtomMatcher::AtomMatcher(const std::vector<std::string>& atoms) : atom_count_(atoms.size()), bmp_class_(0x10000, 0) {
  static std::atomic<std::uint64_t> matchers{0};
  serial_ = ++matchers;
  // One class per character of some atom; a character's case variants share
  // it (a variant that already has a class lends it to the character).
  std::map<char32_t, Class> astral;
  Class classes = 1;
  auto lookup = [&](char32_t cp) -> Class {
    if (cp < 0x10000) return bmp_class_[cp];
    const auto it = astral.find(cp);
    return it == astral.end() ? 0 : it->second;
  };
  std::vector<std::vector<Class>> words;
  for (const auto& atom : atoms) {
    std::vector<Class> word;
    for (const char32_t cp : code_points(atom)) {
      Class cls = lookup(cp);
      if (cls == 0) {
        const auto orbit = case_orbit(cp);
        for (const char32_t form : orbit)
          if (cls == 0) cls = lookup(form);
        if (cls == 0) cls = classes++;
        for (const char32_t form : orbit)
          if (lookup(form) == 0) {
            if (form < 0x10000) bmp_class_[form] = cls;
            else astral[form] = cls;
          }
      }
      word.push_back(cls);
    }
    words.push_back(std::move(word));
  }
  astral_class_.assign(astral.begin(), astral.end());

  // The trie, as each state's edges.
  std::vector<std::vector<std::pair<Class, std::int32_t>>> children(1);
  std::vector<std::vector<int>> reports(1);
  for (int id = 0; id < static_cast<int>(words.size()); ++id) {
    const auto& word = words[static_cast<std::size_t>(id)];
    if (word.empty()) continue;  // an empty atom is in every text: no requirement holds one
    std::int32_t state = 0;
    for (const Class cls : word) {
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

  // Failure links breadth first, so that a state's failure state, being
  // shallower, is complete before it: its moves are then the state's own
  // edges plus those of its failure state it does not have itself (the root's
  // row serves what neither has). Each state also reports its failure
  // state's atoms, so a match step reads one state's list.
  const std::size_t count = children.size();
  struct Edge {
    Class cls;
    std::int32_t next;
  };
  root_next_.assign(classes, 0);  // state ids here; addresses once the states are placed
  for (const auto& [cls, child] : children[0]) root_next_[cls] = static_cast<std::uint32_t>(child);
  std::vector<std::int32_t> failure(count, 0);
  std::vector<std::vector<Edge>> moves(count);
  auto move = [&](std::int32_t state, Class cls) {
    for (const Edge& edge : moves[static_cast<std::size_t>(state)])
      if (edge.cls == cls) return edge.next;
    return static_cast<std::int32_t>(root_next_[cls]);
  };
  std::vector<std::int32_t> order{0};
  for (std::size_t at = 0; at < order.size(); ++at) {
    const auto state = static_cast<std::size_t>(order[at]);
    if (state != 0) {
      auto& own = moves[state];
      for (const auto& [cls, child] : children[state]) own.push_back({cls, child});
      const auto from_failure = static_cast<std::size_t>(failure[state]);
      if (from_failure != 0) {
        const auto own_count = own.size();
        for (const Edge& inherited : moves[from_failure])
          if (std::none_of(own.begin(), own.begin() + static_cast<long>(own_count),
                           [&](const Edge& e) { return e.cls == inherited.cls; }))
            own.push_back(inherited);
      }
      std::sort(own.begin(), own.end(), [](const Edge& a, const Edge& b) { return a.cls < b.cls; });
      const auto& inherited = reports[from_failure];
      reports[state].insert(reports[state].end(), inherited.begin(), inherited.end());
    }
    for (const auto& [cls, child] : children[state]) {
      failure[static_cast<std::size_t>(child)] = state == 0 ? 0 : move(failure[state], cls);
      order.push_back(child);
    }
  }

  // The double array: states with more moves first, each at the lowest base
  // whose slots for its classes are free. A state is named by its base (its
  // address), so a step needs no lookup of the base: bases are distinct, and
  // a slot's owner is the address of the state that put a move there. The
  // root is at 0, which no other state takes; its row is root_next_.
  std::vector<std::int32_t> by_moves;
  for (std::size_t s = 1; s < count; ++s) by_moves.push_back(static_cast<std::int32_t>(s));
  std::stable_sort(by_moves.begin(), by_moves.end(), [&](std::int32_t a, std::int32_t b) {
    return moves[static_cast<std::size_t>(a)].size() > moves[static_cast<std::size_t>(b)].size();
  });
  // Bits, 64 tried at once: bit j of `fits` says whether base + j is not yet
  // a state's and puts each of the state's moves on a free slot. (Trying
  // base after base took 25 ms of every start-up.)
  std::vector<std::uint64_t> taken{0, 0}, based{1, 0};  // slots with a move; bases with a state (the root's 0)
  auto bits_from = [](std::vector<std::uint64_t>& bits, std::size_t at) {  // bits at .. at + 63
    if (bits.size() < at / 64 + 2) bits.resize(at / 64 + 2, 0);
    const std::size_t word = at / 64, shift = at % 64;
    return shift == 0 ? bits[word] : (bits[word] >> shift) | (bits[word + 1] << (64 - shift));
  };
  auto mark = [](std::vector<std::uint64_t>& bits, std::size_t at) { bits[at / 64] |= std::uint64_t{1} << (at % 64); };
  std::vector<std::uint32_t> address(count, 0);
  std::size_t full_words = 0;  // taken[0 .. full_words) have every bit set
  std::size_t end = classes;   // past the last slot any address looks up
  for (const std::int32_t state : by_moves) {
    const auto& own = moves[static_cast<std::size_t>(state)];
    const std::size_t lowest = own.empty() ? 0 : own.front().cls;  // sorted by class
    std::size_t base = full_words * 64 > lowest ? full_words * 64 - lowest : 0;
    for (;; base += 64) {
      std::uint64_t fits = ~bits_from(based, base);
      for (auto edge = own.begin(); edge != own.end() && fits != 0; ++edge) fits &= ~bits_from(taken, base + edge->cls);
      if (fits != 0) {
        base += static_cast<std::size_t>(std::countr_zero(fits));
        break;
      }
    }
    mark(based, base);
    for (const Edge& edge : own) mark(taken, base + edge.cls);
    while (taken[full_words] == ~std::uint64_t{0}) ++full_words;
    address[static_cast<std::size_t>(state)] = static_cast<std::uint32_t>(base);
    end = std::max(end, base + classes);
  }
  if (end > kNoOwner)
    throw std::length_error("规则包的字面词太多(" + std::to_string(atoms.size()) + " 个):前置筛选的自动机要 " +
                            std::to_string(end) + " 格,超过了它能编址的 " + std::to_string(kNoOwner) +
                            " 格(现有的规则包约一千三百个字面词,用七千格)");
  auto at = [&](std::size_t state) { return static_cast<Address>(address[state]); };
  moves_.assign(end, Move{});
  for (std::size_t s = 1; s < count; ++s)
    for (const Edge& edge : moves[s]) moves_[address[s] + edge.cls] = Move{at(s), at(static_cast<std::size_t>(edge.next))};
  for (auto& next : root_next_) next = at(next);

  // What each address reports; every address not a state's reports nothing.
  state_outputs_.resize(end);
  unreached_.assign(end, kNever);
  for (std::size_t s = 0; s < count; ++s) {
    auto& report = reports[s];
    std::sort(report.begin(), report.end());
    report.erase(std::unique(report.begin(), report.end()), report.end());
    auto& outputs = state_outputs_[address[s]];
    outputs.first = static_cast<std::int32_t>(outputs_.size());
    outputs_.insert(outputs_.end(), report.begin(), report.end());
    outputs.end = static_cast<std::int32_t>(outputs_.size());
    if (!report.empty()) unreached_[address[s]] = 0;
    reporting_states_ += report.empty() ? 0 : 1;
  }
}

AtomMatcher::Cursor AtomMatcher::start() const {
  Cursor cursor;
  cursor.reached_in = unreached_;
  cursor.reached.resize(reporting_states_ + 1);
  return cursor;
}

AtomMatcher::Cursor& AtomMatcher::thread_cursor() const {
  // By serial, not address: a new matcher may be built where a freed one was.
  thread_local std::uint64_t owner = 0;
  thread_local Cursor cursor;
  if (owner != serial_) {
    cursor = start();
    owner = serial_;
    return cursor;
  }
  cursor.at = 0;
  cursor.state = 0;
  if (cursor.highest >= kNever / 2) {  // marks would soon wrap: reset them
    cursor.reached_in = unreached_;
    cursor.highest = 0;
  }
  cursor.offset = cursor.highest;
  return cursor;
}

void AtomMatcher::scan_to(std::string_view text, std::size_t limit, Cursor& cursor, std::uint32_t number,
                          std::vector<std::uint32_t>& stamp, std::vector<int>& found) const {
  // First the reporting states reached, each once; then their atoms, each
  // once a call. Branch-free: a step writes its state after the ones kept
  // and keeps it only when its reached_in is below the call's mark — a reporting
  // state not yet reached in this call (a silent one is at kNever). Each
  // state is kept once a call, so the list never outgrows the automaton.
  std::size_t at = cursor.at;
  std::uint32_t state = cursor.state;
  std::uint32_t* const reached = cursor.reached.data();
  std::uint32_t* const reached_in = cursor.reached_in.data();
  const std::uint32_t mark = cursor.offset + number;
  cursor.highest = std::max(cursor.highest, mark);
  std::size_t kept = 0;
  while (at < limit) {
    int length = 1;
    const Class cls = class_of(utf8::decode(text, at, &length));
    at += static_cast<std::size_t>(length);
    state = step(state, cls);
    const std::uint32_t last = reached_in[state];
    const bool fresh = last < mark;
    reached[kept] = state;
    kept += fresh;
    reached_in[state] = fresh ? mark : last;
  }
  cursor.at = at;
  cursor.state = state;
  for (std::size_t k = 0; k < kept; ++k) {
    const Outputs& outputs = state_outputs_[reached[k]];
    for (auto o = outputs.first; o < outputs.end; ++o) {
      const int id = outputs_[static_cast<std::size_t>(o)];
      auto& seen = stamp[static_cast<std::size_t>(id)];
      if (seen == number) continue;
      seen = number;
      found.push_back(id);
    }
  }
}

void AtomMatcher::match(std::string_view text, std::vector<int>& found) const {
  const auto first = found.size();
  std::vector<std::uint32_t> stamp(atom_count_, 0);
  Cursor cursor = start();
  scan_to(text, text.size(), cursor, 1, stamp, found);
  std::sort(found.begin() + static_cast<long>(first), found.end());
}

}  // namespace legalint

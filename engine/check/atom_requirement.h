// What a regex cannot match without: the literal strings ("atoms") that any
// match of it holds, as an AND/OR formula.
//
//   atom_requirement_of("定金[^\\n。]{0,8}(不予退还|不退还)")   // 定金 AND (不予退还 OR 不退还)
//   atom_requirement_of("\\d+年")                              // 年
//   atom_requirement_of("[0-9]+")                              // always: no literal it needs
//
// The prefilter (eval/prefilter.h) finds every atom in one pass over a text
// and asks these formulas which regexes can match in each block of lines;
// a regex whose formula is false there cannot. It is the idea of RE2's
// FilteredRE2, read off the pattern here instead: FilteredRE2 answers only
// "which of all the regexes" for a set of atoms, by propagating them up its
// tree, and that took 15% of a batch (perf over 1,000 scaled documents,
// ~6 µs a 1 KB block). With the formulas in hand the prefilter asks just the
// regexes the document's atoms allow, at a few node visits each.
//
// The formula errs only towards true: a piece the reader does not follow
// needs nothing ("always"), as does a class of more than a few characters,
// and a pattern it cannot read at all needs nothing, so that regex is
// searched everywhere. Atoms are matched regardless of case
// (eval/atom_matcher.h), so (?i) needs no care here.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace legalint {

struct AtomRequirement {
  enum class Kind : std::uint8_t { always, atom, all_of, one_of };
  Kind kind = Kind::always;
  std::string atom;                // Kind::atom: a non-empty literal
  std::vector<AtomRequirement> parts;  // all_of, one_of: two or more, none `always`

  static AtomRequirement of_atom(std::string text);
  // Flattened and simplified: all_of drops `always` parts, one_of with one is
  // `always`; a single part is returned as itself.
  static AtomRequirement all_of(std::vector<AtomRequirement> parts);
  static AtomRequirement one_of(std::vector<AtomRequirement> parts);

  bool always() const { return kind == Kind::always; }
  friend bool operator==(const AtomRequirement&, const AtomRequirement&) = default;
};

AtomRequirement atom_requirement_of(std::string_view pattern);

// "定金", "AND(定金, OR(不予退还, 不退还))", "ALWAYS": for tests and messages.
std::string to_string(const AtomRequirement& requirement);

// An AtomRequirement over atom ids, flat, for evaluation once a block.
class AtomFormula {
 public:
  AtomFormula() = default;  // always true
  // `atom_id` gives each atom's id (interning it).
  template <typename AtomId>
  AtomFormula(const AtomRequirement& requirement, AtomId&& atom_id) {
    if (requirement.always()) return;
    add(requirement, atom_id);
    // Most formulas are one atom or one OR of atoms: those are asked by a loop.
    const bool flat = std::all_of(nodes_.begin() + 1, nodes_.end(), [](const Node& n) { return n.kind == AtomRequirement::Kind::atom; });
    if (nodes_.front().kind == AtomRequirement::Kind::atom || (nodes_.front().kind == AtomRequirement::Kind::one_of && flat))
      for (const Node& node : nodes_)
        if (node.kind == AtomRequirement::Kind::atom) any_of_.push_back(node.atom);
  }

  bool always() const { return nodes_.empty(); }
  // The atom ids it mentions, in order of appearance, possibly repeated.
  std::vector<int> atoms() const;
  // Atoms of which at least one occurs wherever the formula holds, so that
  // it need be asked only where one of them is: every part of an OR, and of
  // an AND only the part whose key atoms weigh least (`weight(id)`: how
  // often the atom is expected to occur). Sorted, each once; empty for always.
  template <typename Weight>
  std::vector<int> key_atoms(const Weight& weight) const {
    std::vector<int> keys;
    if (!nodes_.empty()) key_atoms_at(0, weight, keys);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
  }

  // `present(id)`: whether the atom with that id occurs where asked.
  template <typename Present>
  bool holds(const Present& present) const {
    if (!any_of_.empty()) return std::any_of(any_of_.begin(), any_of_.end(), present);
    return nodes_.empty() || holds_at(0, present);
  }

 private:
  struct Node {
    AtomRequirement::Kind kind;
    std::int32_t atom;  // Kind::atom
    std::uint32_t end;  // one past the last node of its subtree (children follow it)
  };

  template <typename AtomId>
  void add(const AtomRequirement& requirement, AtomId& atom_id) {
    const auto at = nodes_.size();
    nodes_.push_back(Node{requirement.kind, requirement.kind == AtomRequirement::Kind::atom ? atom_id(requirement.atom) : -1, 0});
    for (const auto& part : requirement.parts) add(part, atom_id);
    nodes_[at].end = static_cast<std::uint32_t>(nodes_.size());
  }

  template <typename Weight>
  void key_atoms_at(std::uint32_t at, const Weight& weight, std::vector<int>& keys) const {
    const Node& node = nodes_[at];
    if (node.kind == AtomRequirement::Kind::atom) {
      keys.push_back(node.atom);
      return;
    }
    if (node.kind == AtomRequirement::Kind::one_of) {
      for (std::uint32_t child = at + 1; child < node.end; child = nodes_[child].end) key_atoms_at(child, weight, keys);
      return;
    }
    std::vector<int> lightest;
    double lightest_weight = 0;
    for (std::uint32_t child = at + 1; child < node.end; child = nodes_[child].end) {
      std::vector<int> part;
      key_atoms_at(child, weight, part);
      double part_weight = 0;
      for (const int id : part) part_weight += weight(id);
      if (lightest.empty() || part_weight < lightest_weight) {
        lightest = std::move(part);
        lightest_weight = part_weight;
      }
    }
    keys.insert(keys.end(), lightest.begin(), lightest.end());
  }

  template <typename Present>
  bool holds_at(std::uint32_t at, const Present& present) const {
    const Node& node = nodes_[at];
    if (node.kind == AtomRequirement::Kind::atom) return present(node.atom);
    const bool all = node.kind == AtomRequirement::Kind::all_of;
    for (std::uint32_t child = at + 1; child < node.end; child = nodes_[child].end)
      if (holds_at(child, present) != all) return !all;  // all_of: one false decides; one_of: one true
    return all;
  }

  std::vector<Node> nodes_;  // in prefix order
  std::vector<int> any_of_;  // the atoms, when the formula is one of them
};

}  // namespace legalint

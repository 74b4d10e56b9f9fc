#include "eval/prefilter.h"

#include <algorithm>
#include <numeric>

namespace legalint {

namespace {
// Atoms shorter than one CJK character (3 bytes) would match nearly everything.
constexpr int kMinAtomBytes = 3;
}  // namespace

Prefilter::Prefilter(const std::vector<std::string>& patterns)
    : pattern_count_(patterns.size()), filter_(kMinAtomBytes) {
  if (patterns.empty()) return;
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  for (const auto& pattern : patterns) {
    int id = -1;
    if (filter_.Add(pattern, options, &id) != RE2::NoError) return;  // cannot happen for compiled patterns
  }
  std::vector<std::string> atoms;
  filter_.Compile(&atoms);
  atom_count_ = atoms.size();

  // FilteredRE2 lowercases its atoms: match them case-insensitively.
  RE2::Options atom_options = options;
  atom_options.set_case_sensitive(false);
  atom_options.set_max_mem(64 << 20);
  atoms_ = std::make_unique<re2::RE2::Set>(atom_options, RE2::UNANCHORED);
  for (const auto& atom : atoms) {
    std::string error;
    if (atoms_->Add(RE2::QuoteMeta(atom), &error) < 0) return;
  }
  usable_ = atoms.empty() || atoms_->Compile();
}

std::vector<int> Prefilter::candidates(std::string_view text) const {
  std::vector<int> all(pattern_count_);
  std::iota(all.begin(), all.end(), 0);
  if (!usable_) return all;

  std::vector<int> found_atoms;
  if (atom_count_ > 0) {
    re2::RE2::Set::ErrorInfo error{};
    if (!atoms_->Match(re2::StringPiece(text.data(), text.size()), &found_atoms, &error) &&
        error.kind != re2::RE2::Set::kNoError)
      return all;  // the DFA gave up: be safe, run everything
  }
  std::vector<int> potentials;
  filter_.AllPotentials(found_atoms, &potentials);
  std::sort(potentials.begin(), potentials.end());
  return potentials;
}

}  // namespace legalint

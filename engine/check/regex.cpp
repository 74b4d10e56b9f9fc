#include "check/regex.h"

#include <algorithm>
#include <thread>

#include <re2/filtered_re2.h>

#include "check/relax.h"

namespace legalint {

namespace {
// Every literal may be an atom, one ASCII character ("%", "[") included:
// in Chinese text those are rare, and a regex with an alternative that has
// no atom of this length is searched in every document. Measured with
// callgrind over 200 scaled documents: 3 bytes (one CJK character) 1,114 M
// instructions, 1 byte 1,069 M; the checks' searches fell by a third, and
// the prefilter's own work grew by a fifth.
constexpr int kMinAtomBytes = 1;

// A regex whose program may exceed this many instructions is compiled at
// seal. RE2 refuses one over max_mem * 2/3 / 4 / 16 bytes an instruction,
// about 699,000 at our 64 MB; the estimate (relax.h) is an upper bound, so
// anything under this compiles later too. The largest pack regex has 7,500.
constexpr long kCompileAtSealAbove = 600'000;

// Fewer regexes than this are indexed on the calling thread alone.
constexpr std::size_t kRegexesPerThread = 32;
}  // namespace

RE2::Options regex_options() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);  // RE2's 8 MB default makes large alternations fall back to slow paths
  return options;
}

const re2::RE2& Regex::re2() const {
  // A pattern that passed RegexPool::seal compiles here too (the growth bound
  // of relax.h); were it ever refused, RE2 would match nothing with it.
  std::call_once(compiled_once_, [this] { compiled_ = std::make_unique<const re2::RE2>(pattern_, regex_options()); });
  return *compiled_;
}

// One FilteredRE2 over every n-th regex: the shards are built in parallel.
struct RegexPool::Shard {
  re2::FilteredRE2 filter{kMinAtomBytes};
  std::vector<int> regexes;  // the filter's id → index in the pool
  std::vector<std::string> atoms;
  std::vector<std::pair<int, std::string>> refused;  // index in the pool, RE2's error

  void build(const std::vector<const Regex*>& all, std::size_t first, std::size_t step) {
    for (std::size_t i = first; i < all.size(); i += step) {
      const Regex& regex = *all[i];
      const RelaxedPattern stand_in = relax_repeats(regex.pattern());
      int id = -1;
      if (filter.Add(stand_in.pattern, regex_options(), &id) != RE2::NoError) {
        refused.emplace_back(static_cast<int>(i), regex.re2().error());  // as the pack wrote it
        continue;
      }
      regexes.push_back(static_cast<int>(i));
      if (static_cast<long>(filter.GetRE2(id).ProgramSize()) * stand_in.growth > kCompileAtSealAbove &&
          !regex.re2().ok())
        refused.emplace_back(static_cast<int>(i), regex.re2().error());
    }
    // FilteredRE2::Compile on no regexes only logs a complaint.
    if (!regexes.empty()) filter.Compile(&atoms);
  }
};

RegexPool::RegexPool() = default;
RegexPool::~RegexPool() = default;

const Regex* RegexPool::compile(const std::string& pattern, std::string& error, rulelang::Diagnostic where) {
  if (const auto seen = by_pattern_.find(pattern); seen != by_pattern_.end()) return seen->second;
  if (sealed_.load(std::memory_order_acquire)) {
    error = "内部错误:预过滤器建成后不能再编译正则表达式";
    return nullptr;
  }
  const Regex* regex = owned_.emplace_back(std::make_unique<Regex>(pattern)).get();
  regexes_.push_back(regex);
  where_.push_back(std::move(where));
  by_pattern_.emplace(pattern, regex);
  return regex;
}

void RegexPool::seal(rulelang::Diagnostics& diagnostics) const {
  if (sealed_.load(std::memory_order_acquire)) return;
  std::lock_guard lock(seal_mutex_);
  if (sealed_.load(std::memory_order_relaxed)) return;

  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                      std::max<std::size_t>(1, regexes_.size() / kRegexesPerThread));
  for (std::size_t s = 0; s < threads; ++s) shards_.push_back(std::make_unique<Shard>());
  std::vector<std::thread> helpers;
  for (std::size_t s = 1; s < threads; ++s) helpers.emplace_back([&, s] { shards_[s]->build(regexes_, s, threads); });
  shards_[0]->build(regexes_, 0, threads);
  for (auto& helper : helpers) helper.join();

  // One id per distinct atom, remembering each shard's id for it.
  std::unordered_map<std::string, int> atom_id;
  for (std::size_t s = 0; s < shards_.size(); ++s) {
    const auto& shard_atoms = shards_[s]->atoms;
    for (std::size_t local = 0; local < shard_atoms.size(); ++local) {
      const auto [it, added] = atom_id.emplace(shard_atoms[local], static_cast<int>(atoms_.size()));
      if (added) {
        atoms_.push_back(shard_atoms[local]);
        atom_owners_.emplace_back();
      }
      atom_owners_[static_cast<std::size_t>(it->second)].emplace_back(static_cast<int>(s), static_cast<int>(local));
    }
  }
  // The refused, in the order the packs give them.
  std::vector<std::pair<int, std::string>> refused;
  for (const auto& shard : shards_) refused.insert(refused.end(), shard->refused.begin(), shard->refused.end());
  std::sort(refused.begin(), refused.end());
  for (const auto& [index, error] : refused) {
    rulelang::Diagnostic diagnostic = where_[static_cast<std::size_t>(index)];
    diagnostic.message = "invalid regular expression: " + error;
    diagnostics.push_back(std::move(diagnostic));
  }
  sealed_.store(true, std::memory_order_release);
}

const std::vector<std::string>& RegexPool::atoms() const {
  rulelang::Diagnostics ignored;
  seal(ignored);
  return atoms_;
}

void RegexPool::potentials(const std::vector<int>& atom_ids, std::vector<int>& regexes) const {
  rulelang::Diagnostics ignored;
  seal(ignored);
  regexes.clear();
  thread_local std::vector<std::vector<int>> by_shard;  // scratch: this runs once per block of every document
  thread_local std::vector<int> found;
  by_shard.resize(shards_.size());
  for (auto& ids : by_shard) ids.clear();
  for (const int atom : atom_ids)
    for (const auto& [shard, local] : atom_owners_[static_cast<std::size_t>(atom)])
      by_shard[static_cast<std::size_t>(shard)].push_back(local);
  for (std::size_t s = 0; s < shards_.size(); ++s) {
    const Shard& shard = *shards_[s];
    if (shard.regexes.empty()) continue;
    shard.filter.AllPotentials(by_shard[s], &found);
    for (const int id : found) regexes.push_back(shard.regexes[static_cast<std::size_t>(id)]);
  }
}

}  // namespace legalint

#include "check/regex.h"

#include <algorithm>
#include <optional>
#include <thread>

#include "check/relax.h"

namespace legalint {

namespace {
// A regex whose program may exceed this many instructions is compiled at
// seal. RE2 refuses one over max_mem * 2/3 / 4 / 16 bytes an instruction,
// about 699,000 at our 64 MB; the estimate (relax.h) is an upper bound, so
// anything under this compiles later too. The largest pack regex has 7,500.
constexpr long kCompileAtSealAbove = 600'000;

// A pattern whose bounded repeats multiply its program at least this much
// gets a sieve (Regex::sieve).
constexpr long kSieveAtGrowth = 16;

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

const re2::RE2& Regex::Lazy::get(const std::string& pattern) const {
  std::call_once(once, [&] { compiled = std::make_unique<const re2::RE2>(pattern, regex_options()); });
  return *compiled;
}

const re2::RE2& Regex::re2() const {
  // A pattern that passed RegexPool::seal compiles here too (the growth bound
  // of relax.h); were it ever refused, RE2 would match nothing with it.
  return compiled_.get(pattern_);
}

const re2::RE2* Regex::sieve() const {
  if (sieve_pattern_.empty()) return nullptr;
  const re2::RE2& sieve = sieve_.get(sieve_pattern_);
  return sieve.ok() ? &sieve : nullptr;
}

const re2::RE2::Set* Regex::existence() const {
  if (!anchored_at_start_) return nullptr;
  std::call_once(existence_once_, [&] {
    auto set = std::make_unique<re2::RE2::Set>(regex_options(), RE2::ANCHOR_START);
    if (set->Add(pattern_, nullptr) == 0 && set->Compile()) existence_ = std::move(set);
  });
  return existence_.get();
}

namespace {

// What seal() finds of one pattern.
struct Sealed {
  AtomRequirement requirement;
  std::optional<std::string> refused;  // RE2's error, as the pack wrote the pattern
  std::string sieve;                   // empty: none
  bool anchored_at_start = false;      // Regex::existence() answers
};

// RE2 parses a pattern, then compiles it into the memory it is given: with
// none, it stops at the first instruction and says the pattern is too large,
// having found any syntax error first. That is a twentieth of a compile.
RE2::Options syntax_only_options() {
  RE2::Options options = regex_options();
  options.set_max_mem(64);  // two thirds of it is less than an empty program
  return options;
}

// What RE2 makes of the stand-in: nullopt when it refuses its syntax, else
// at most how many instructions it compiles into. Where that is surely
// small (relax.h: program_bound), RE2 only parses it; else it compiles it.
std::optional<long> checked_size(const RelaxedPattern& stand_in) {
  if (const auto bound = program_bound(stand_in); bound && *bound * stand_in.growth <= kCompileAtSealAbove) {
    const RE2 parsed(stand_in.pattern, syntax_only_options());
    if (!parsed.ok() && parsed.error_code() != RE2::ErrorPatternTooLarge) return std::nullopt;
    return *bound;
  }
  const RE2 compiled(stand_in.pattern, regex_options());
  if (!compiled.ok()) return std::nullopt;
  return compiled.ProgramSize();
}

Sealed seal_one(const Regex& regex) {
  Sealed sealed;
  const RelaxedPattern stand_in = relax_repeats(regex.pattern());
  const auto size = checked_size(stand_in);
  // Refused: bad syntax, or, when the bound says it may be, too large.
  if (!size || (*size * stand_in.growth > kCompileAtSealAbove && !regex.re2().ok())) {
    sealed.refused = regex.re2().error();
    return sealed;
  }
  sealed.requirement = atom_requirement_of(regex.pattern());
  sealed.anchored_at_start = stand_in.anchored_at_start;
  RelaxedPattern sieve = relax_repeats(regex.pattern(), NegatedClasses::kept);
  if (sieve.growth >= kSieveAtGrowth) sealed.sieve = std::move(sieve.pattern);
  return sealed;
}
}  // namespace

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

  // Every n-th pattern on one of a few threads.
  std::vector<Sealed> sealed(regexes_.size());
  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                      std::max<std::size_t>(1, regexes_.size() / kRegexesPerThread));
  auto seal_every = [&](std::size_t first) {
    for (std::size_t i = first; i < regexes_.size(); i += threads) sealed[i] = seal_one(*regexes_[i]);
  };
  std::vector<std::thread> helpers;
  for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(seal_every, t);
  seal_every(0);
  for (auto& helper : helpers) helper.join();

  // One id per distinct atom, in the order of the regexes. A refused regex
  // needs nothing: RE2 matches nothing with it anyway. It is reported at its
  // place in the packs.
  std::unordered_map<std::string, int> atom_id;
  auto intern = [&](const std::string& atom) {
    const auto [it, added] = atom_id.emplace(atom, static_cast<int>(atoms_.size()));
    if (added) atoms_.push_back(atom);
    return it->second;
  };
  requirements_.reserve(regexes_.size());
  for (std::size_t i = 0; i < regexes_.size(); ++i) {
    requirements_.emplace_back(sealed[i].requirement, intern);
    owned_[i]->sieve_pattern_ = std::move(sealed[i].sieve);
    owned_[i]->anchored_at_start_ = sealed[i].anchored_at_start;
    if (!sealed[i].refused) continue;
    rulelang::Diagnostic diagnostic = where_[i];
    diagnostic.message = "invalid regular expression: " + *sealed[i].refused;
    diagnostics.push_back(std::move(diagnostic));
  }
  sealed_.store(true, std::memory_order_release);
}

const std::vector<std::string>& RegexPool::atoms() const {
  rulelang::Diagnostics ignored;
  seal(ignored);
  return atoms_;
}

const AtomFormula& RegexPool::requirement(std::size_t index) const {
  rulelang::Diagnostics ignored;
  seal(ignored);
  return requirements_[index];
}

}  // namespace legalint

// Stage: evaluate the rules over an Analysis → Findings.
//
//   Engine engine(rules, calendar);
//   ReviewStats stats;
//   std::vector<Finding> findings = engine.review(analysis, &stats);
//   … for a batch, engine.remember(analysis) for each document, then
//   std::vector<Finding> more = engine.review_corpus();
//
//   // several small documents at once, rule by rule (review_together):
//   std::vector<std::vector<Finding>> each = engine.review_together({{&a, &sites_a}, {&b, &sites_b}});
//
// Every regex of the rule set goes into one Prefilter (literal atoms in one
// RE2::Set, see prefilter.h); one pass of it over a document tells which
// checks can fire there — only those run — and on which lines each regex can
// match, which is all that the checks then search.
// An Engine is immutable after construction except for the corpus entries
// it collects, so `review` may run on many threads at once; `remember` and
// `review_corpus` take a lock.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check/dates.h"
#include "eval/finding.h"
#include "eval/prefilter.h"
#include "eval/rule.h"

namespace legalint {

struct ReviewStats {
  std::size_t rules_applicable = 0;  // rules for the document's kind
  std::size_t checks_total = 0;      // their checks
  std::size_t checks_run = 0;        // of which the prefilter let through
};

struct ReviewOptions {
  std::vector<std::string> only_rules;  // if not empty, run just these
  std::vector<std::string> packs;       // if not empty, run just the rules of these packs
  std::vector<std::string> disabled;    // never run these rules
  bool prefilter = true;                // the prefilter (off only to measure it)
};

// The groups a batch gives Engine::review_together: up to kGroupDocuments
// documents of at most kGroupDocumentBytes each (normalized text) and
// kGroupBytes in all, so that their texts stay in an L2 cache (512 KB on this
// project's machine) beside a rule's DFA states. Larger documents are
// reviewed alone.
inline constexpr std::size_t kGroupDocuments = 32;
inline constexpr std::size_t kGroupDocumentBytes = 32 * 1024;
inline constexpr std::size_t kGroupBytes = 256 * 1024;

// Whether a document of `bytes` (normalized text) is reviewed alone, and
// whether one that is not may join a group of `documents` that holds
// `group_bytes` so far (if not, the group is reviewed first).
constexpr bool reviewed_alone(std::size_t bytes) { return bytes > kGroupDocumentBytes; }
constexpr bool fits_in_group(std::size_t documents, std::size_t group_bytes, std::size_t bytes) {
  return documents < kGroupDocuments && group_bytes + bytes <= kGroupBytes;
}

// {name} → value, for a message's placeholders.
using PlaceholderValues = std::vector<std::pair<std::string, std::string>>;

// One document of review_together, with its prefilter pass (Engine::scan),
// or none to have the engine make it.
struct ReviewInput {
  const Analysis* analysis = nullptr;
  const RegexSites* sites = nullptr;
};

class Engine {
 public:
  Engine(const RuleSet& rules, const HolidayCalendar& calendar, ReviewOptions options = {});
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Where each regex can match in this document: one pass of the prefilter
  // (prefilter.h); nullopt when the prefilter is off. review() makes its own
  // when not given one; a batch makes one and passes it to both calls.
  std::optional<RegexSites> scan(const Analysis& analysis) const;

  std::vector<Finding> review(const Analysis& analysis, ReviewStats* stats = nullptr,
                              const RegexSites* sites = nullptr) const;
  // Reviews several documents rule by rule: each rule runs over all of them
  // before the next one starts. Each document's findings are those review()
  // gives it alone; only the order of work differs. Why: a rule's regexes
  // then meet their RE2 DFA states still in the cache, where one document
  // after another evicts them with some 200 other patterns' (#9: groups
  // take 42–50% fewer L2 misses, docs/benchmark.md). For small documents,
  // whose texts fit in the cache together (kGroup… above); the deadline
  // (base/deadline.h) then covers the whole group.
  std::vector<std::vector<Finding>> review_together(std::span<const ReviewInput> inputs) const;
  // Keeps what the corpus-level checks need of this document.
  void remember(const Analysis& analysis, const RegexSites* sites = nullptr);
  // Judges the remembered documents together; findings in document order.
  std::vector<Finding> review_corpus() const;

  const RuleSet& rules() const { return rules_; }
  const HolidayCalendar& calendar() const { return calendar_; }

 private:
  struct RememberedEntry {
    const Rule* rule;
    const Check* check;
    CorpusEntry entry;
    Finding anchor;  // a finding ready but for its message
  };

  struct DocumentReview;  // one document's state during a review (engine.cpp)
  DocumentReview start_review(const ReviewInput& input) const;
  // Runs `rule`, whose checks are numbered from `first_check`, on one document.
  void review_rule(const Rule& rule, std::size_t first_check, DocumentReview& review, ReviewStats* stats) const;
  std::vector<Finding> finish_review(DocumentReview& review) const;

  Finding make_finding(const Analysis& analysis, const Rule& rule, const Hit& hit) const;
  // The message and fix with the hit's values, the clause, the title and the pack's parameters.
  void fill_message(Finding& finding, const Rule& rule, const PlaceholderValues& values) const;
  bool rule_applies(const Rule& rule, const EvalContext& context) const;

  const RuleSet& rules_;
  const HolidayCalendar& calendar_;
  ReviewOptions options_;
  std::unique_ptr<Prefilter> prefilter_;                // null when options_.prefilter is off
  // Checks are numbered in the order of rules_.rules and each rule's checks,
  // so that a review marks the ones to run in a plain array.
  std::size_t check_count_ = 0;
  std::vector<std::vector<std::uint32_t>> triggered_by_;  // prefilter slot → numbers of the checks its regex triggers
  std::vector<std::uint32_t> always_run_;                  // checks with no trigger (all, without a prefilter)
  // Each pack's parameters in words ({"max_term", "20年"}), for the
  // messages: made once, not for each finding.
  std::map<std::string, PlaceholderValues, std::less<>> parameter_values_;
  mutable std::mutex corpus_mutex_;
  std::vector<RememberedEntry> remembered_;
};

// The id of the info note on a document whose kind cannot be told (it is
// reviewed as a contract). Not a pack rule: it cites no law.
inline constexpr std::string_view kKindUnknownRule = "legalint/kind-unknown";
Finding kind_unknown_note(const Analysis& analysis);

// Fills {name} placeholders from the first of `sources` that has the name
// (null sources are skipped); a name none has becomes empty.
std::string fill_placeholders(std::string_view text, std::initializer_list<const PlaceholderValues*> sources);

}  // namespace legalint

// Stage: evaluate the rules over an Analysis → Findings.
//
//   Engine engine(rules, calendar);
//   ReviewStats stats;
//   std::vector<Finding> findings = engine.review(analysis, &stats);
//   … for a batch, engine.remember(analysis) for each document, then
//   std::vector<Finding> more = engine.review_corpus();
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
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
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

  Finding make_finding(const Analysis& analysis, const Rule& rule, const Hit& hit) const;
  // The message and fix with the hit's values, the clause, the title and the pack's parameters.
  void fill_message(Finding& finding, const Rule& rule, std::vector<std::pair<std::string, std::string>> values) const;
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
  mutable std::mutex corpus_mutex_;
  std::vector<RememberedEntry> remembered_;
};

// The id of the info note on a document whose kind cannot be told (it is
// reviewed as a contract). Not a pack rule: it cites no law.
inline constexpr std::string_view kKindUnknownRule = "legalint/kind-unknown";
Finding kind_unknown_note(const Analysis& analysis);

// Fills {name} placeholders from `values`; a name without a value becomes empty.
std::string fill_placeholders(const std::string& text, const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace legalint

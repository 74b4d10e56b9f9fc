#include "eval/engine.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "base/deadline.h"
#include "check/scope.h"
#include "eval/fingerprint.h"

namespace legalint {

bool operator<(const Finding& a, const Finding& b) {
  if (a.path != b.path) return a.path < b.path;
  if (a.location.byte_begin != b.location.byte_begin) return a.location.byte_begin < b.location.byte_begin;
  if (a.rule_id != b.rule_id) return a.rule_id < b.rule_id;
  return a.location.byte_end < b.location.byte_end;
}

std::string fill_placeholders(std::string_view text, std::initializer_list<const PlaceholderValues*> sources) {
  auto value_of = [&](std::string_view name) -> std::string_view {
    for (const PlaceholderValues* values : sources) {
      if (!values) continue;
      for (const auto& [key, value] : *values)
        if (key == name) return value;
    }
    // Every {name} in a rule was checked at load to be a placeholder of
    // one of its checks; one that this hit's check did not fill is empty.
    return {};
  };
  std::string out;
  out.reserve(text.size() + 64);
  for (std::size_t i = 0; i < text.size();) {
    const auto open = text.find('{', i);
    const auto close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {  // no more placeholders
      out += text.substr(i);
      break;
    }
    out += text.substr(i, open - i);
    out += value_of(text.substr(open + 1, close - open - 1));
    i = close + 1;
  }
  return out;
}

namespace {

// Fingerprints name the rule, the words of the sentence the finding is in
// (white space removed) and which occurrence of that pair it is — not the
// line — so that edits elsewhere in the file leave them unchanged.
void assign_fingerprints(std::vector<Finding>& findings, const Analysis& analysis) {
  std::map<std::uint64_t, int> seen;
  for (auto& finding : findings) {
    const Span sentence = analysis.sentence_at(finding.span.begin);
    std::string words;
    for (const char c : (sentence.empty() ? finding.span : sentence).in(analysis.normalized.text()))
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') words.push_back(c);
    const std::uint64_t key = fnv1a(words, fnv1a(finding.rule_id + '\0'));
    const int occurrence = seen[key]++;
    finding.fingerprint = fingerprint_text(fnv1a(std::to_string(occurrence), key));
  }
}

}  // namespace

Engine::Engine(const RuleSet& rules, const HolidayCalendar& calendar, ReviewOptions options)
    : rules_(rules), calendar_(calendar), options_(std::move(options)) {
  if (options_.prefilter) prefilter_ = std::make_unique<Prefilter>(*rules_.regexes);
  for (const auto& pack : rules_.packs) {
    auto& values = parameter_values_[pack.id];
    for (const auto& p : pack.parameters) values.emplace_back(p.name, describe(p.value));
  }
  for (const auto& rule : rules_.rules) {
    for (const auto& check : rule.checks) {
      const auto number = static_cast<std::uint32_t>(check_count_++);
      const auto triggers = check->triggers();
      if (triggers.empty() || !prefilter_) {
        always_run_.push_back(number);
        continue;
      }
      for (const auto* regex : triggers) {
        const int slot = prefilter_->slot(*regex);
        if (slot < 0) {  // not from the rule set's pool: cannot be told apart, so always run
          always_run_.push_back(number);
          break;
        }
        if (triggered_by_.size() <= static_cast<std::size_t>(slot)) triggered_by_.resize(slot + 1);
        triggered_by_[slot].push_back(number);
      }
    }
  }
}

bool Engine::rule_applies(const Rule& rule, const EvalContext& context) const {
  if (!rule.applies_to(context.analysis.kind())) return false;
  if (!options_.only_rules.empty() &&
      std::find(options_.only_rules.begin(), options_.only_rules.end(), rule.id) == options_.only_rules.end())
    return false;
  auto listed = [](const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
  };
  if (!options_.packs.empty() && !listed(options_.packs, rule.pack)) return false;
  if (listed(options_.disabled, rule.id)) return false;
  const Span whole{0, static_cast<std::uint32_t>(context.analysis.normalized.text().size())};
  if (rule.when && !contains(context, *rule.when, whole)) return false;
  if (rule.unless && contains(context, *rule.unless, whole)) return false;
  return true;
}

// A document whose kind cannot be told is reviewed as a contract; the
// reviewer is told so, since lease, tender or decision rules did not run.
Finding kind_unknown_note(const Analysis& analysis) {
  Finding note;
  note.path = analysis.document.path;
  note.rule_id = std::string(kKindUnknownRule);
  note.severity = Severity::info;
  note.title = "无法判断文书类型";
  note.message = "无法从标题和用语判断文书类型(" + analysis.classification.reason + "),已按一般合同审查";
  note.fix = "如为租赁、招标或决策文书,请用 --kind 指定类型,或在 legalint.toml 中设置";
  note.span = title_span(analysis);
  note.location = analysis.locate(note.span);
  note.excerpt = analysis.original_text(note.span);
  note.source_line = std::string(analysis.line_index().line_text(note.location.start.line));
  note.kind = DocumentKind::unknown;
  return note;
}

Finding Engine::make_finding(const Analysis& analysis, const Rule& rule, const Hit& hit) const {
  Finding finding;
  finding.path = analysis.document.path;
  finding.rule_id = rule.id;
  finding.severity = rule.severity;
  finding.title = rule.title;
  finding.basis = rule.basis;
  finding.span = hit.span;
  finding.location = analysis.locate(hit.span);
  finding.clause = analysis.clauses.path_at(hit.span.begin);
  finding.excerpt = analysis.original_text(hit.span);
  finding.source_line = std::string(analysis.line_index().line_text(finding.location.start.line));
  finding.kind = analysis.kind();
  fill_message(finding, rule, hit.values);
  return finding;
}

void Engine::fill_message(Finding& finding, const Rule& rule, const PlaceholderValues& values) const {
  const PlaceholderValues own = {{"clause", finding.clause.empty() ? "全文" : finding.clause}, {"title", rule.title}};
  const auto parameters = parameter_values_.find(rule.pack);
  const PlaceholderValues* pack = parameters != parameter_values_.end() ? &parameters->second : nullptr;
  finding.message = fill_placeholders(rule.message, {&values, &own, pack});
  finding.fix = fill_placeholders(rule.fix, {&values, &own, pack});
}

std::optional<RegexSites> Engine::scan(const Analysis& analysis) const {
  if (!prefilter_) return std::nullopt;
  return prefilter_->scan(analysis.normalized.text());
}

struct Engine::DocumentReview {
  const Analysis* analysis;
  const RegexSites* given_sites;
  std::optional<RegexSites> own_sites;  // the prefilter's pass when none was given
  std::vector<char> to_run;             // by check number: the prefilter lets it run
  WholeDocumentMatches matches;
  std::vector<Finding> findings;

  const RegexSites* sites() const { return given_sites ? given_sites : own_sites ? &*own_sites : nullptr; }
};

Engine::DocumentReview Engine::start_review(const ReviewInput& input) const {
  DocumentReview review{input.analysis, input.sites, std::nullopt, std::vector<char>(check_count_, 0), {}, {}};
  if (!review.given_sites && prefilter_) review.own_sites.emplace(prefilter_->scan(input.analysis->normalized.text()));
  for (const auto number : always_run_) review.to_run[number] = 1;
  if (const RegexSites* sites = review.sites()) {
    for (std::size_t slot = 0; slot < triggered_by_.size(); ++slot)
      if (!triggered_by_[slot].empty() && sites->possible(static_cast<int>(slot)))
        for (const auto number : triggered_by_[slot]) review.to_run[number] = 1;
  }
  return review;
}

void Engine::review_rule(const Rule& rule, std::size_t first_check, DocumentReview& review, ReviewStats* stats) const {
  auto runs = [&](std::size_t k) { return review.to_run[first_check + k] && !rule.checks[k]->corpus_level(); };
  // A rule none of whose checks can find anything here is not asked its
  // `when`, a search of the whole document, unless the caller counts rules.
  bool any_runs = false;
  for (std::size_t k = 0; k < rule.checks.size() && !any_runs; ++k) any_runs = runs(k);
  if (!stats && !any_runs) return;
  const Analysis& analysis = *review.analysis;
  const EvalContext context{analysis, calendar_, review.sites(), &review.matches};
  if (!rule_applies(rule, context)) return;
  if (stats) {
    ++stats->rules_applicable;
    stats->checks_total += rule.checks.size();
  }
  // Two checks of one rule that land on the same span are one finding; one
  // check's hits on one span with different values (two missing items on
  // the title line) are several.
  std::set<std::pair<std::uint32_t, std::uint32_t>> earlier_checks;
  for (std::size_t k = 0; k < rule.checks.size(); ++k) {
    if (!runs(k)) continue;
    const auto& check = rule.checks[k];
    if (stats) ++stats->checks_run;
    std::vector<Hit> hits;
    check->evaluate(context, hits);
    std::set<std::tuple<std::uint32_t, std::uint32_t, std::vector<std::pair<std::string, std::string>>>> this_check;
    for (const auto& hit : hits) {
      if (earlier_checks.count({hit.span.begin, hit.span.end})) continue;
      if (this_check.insert({hit.span.begin, hit.span.end, hit.values}).second)
        review.findings.push_back(make_finding(analysis, rule, hit));
    }
    for (const auto& [begin, end, values] : this_check) earlier_checks.insert({begin, end});
  }
}

std::vector<Finding> Engine::finish_review(DocumentReview& review) const {
  const Analysis& analysis = *review.analysis;
  if (analysis.kind() == DocumentKind::unknown) review.findings.push_back(kind_unknown_note(analysis));
  std::sort(review.findings.begin(), review.findings.end());
  assign_fingerprints(review.findings, analysis);
  return std::move(review.findings);
}

std::vector<Finding> Engine::review(const Analysis& analysis, ReviewStats* stats, const RegexSites* sites) const {
  DocumentReview review = start_review({&analysis, sites});
  std::size_t first_check = 0;  // the number of the rule's first check
  for (const auto& rule : rules_.rules) {
    // The batch's time limit (base/deadline.h): stop between rules; the
    // batch discards what a stopped review found.
    if (deadline_passed()) break;
    review_rule(rule, std::exchange(first_check, first_check + rule.checks.size()), review, stats);
  }
  return finish_review(review);
}

std::vector<std::vector<Finding>> Engine::review_together(std::span<const ReviewInput> inputs) const {
  std::vector<DocumentReview> reviews;
  reviews.reserve(inputs.size());
  for (const auto& input : inputs) reviews.push_back(start_review(input));
  std::size_t first_check = 0;
  for (const auto& rule : rules_.rules) {
    if (deadline_passed()) break;  // as in review(): the caller discards the group's findings
    for (auto& review : reviews) review_rule(rule, first_check, review, nullptr);
    first_check += rule.checks.size();
  }
  std::vector<std::vector<Finding>> findings;
  findings.reserve(reviews.size());
  for (auto& review : reviews) findings.push_back(finish_review(review));
  return findings;
}

void Engine::remember(const Analysis& analysis, const RegexSites* sites) {
  WholeDocumentMatches matches;
  const EvalContext context{analysis, calendar_, sites, &matches};
  auto corpus_level = [](const std::unique_ptr<Check>& check) { return check->corpus_level(); };
  std::vector<RememberedEntry> found;
  for (const auto& rule : rules_.rules) {
    if (std::none_of(rule.checks.begin(), rule.checks.end(), corpus_level) || !rule_applies(rule, context)) continue;
    for (const auto& check : rule.checks) {
      if (!check->corpus_level()) continue;
      auto entry = check->summarize(context);
      if (!entry) continue;
      entry->path = analysis.document.path;
      Finding anchor = make_finding(analysis, rule, entry->anchor);
      std::vector<Finding> one{anchor};
      assign_fingerprints(one, analysis);
      found.push_back({&rule, check.get(), std::move(*entry), std::move(one[0])});
    }
  }
  std::lock_guard lock(corpus_mutex_);
  for (auto& entry : found) remembered_.push_back(std::move(entry));
}

std::vector<Finding> Engine::review_corpus() const {
  std::lock_guard lock(corpus_mutex_);
  // Judge in a fixed order whatever order the threads remembered in.
  std::vector<const RememberedEntry*> ordered;
  for (const auto& entry : remembered_) ordered.push_back(&entry);
  std::sort(ordered.begin(), ordered.end(), [](const RememberedEntry* a, const RememberedEntry* b) {
    if (a->rule->id != b->rule->id) return a->rule->id < b->rule->id;
    if (a->check != b->check) return std::less<const Check*>()(a->check, b->check);  // groups only; output is sorted below
    return a->anchor < b->anchor;
  });
  std::vector<Finding> findings;
  for (std::size_t start = 0; start < ordered.size();) {
    std::size_t end = start;
    std::vector<const CorpusEntry*> entries;
    while (end < ordered.size() && ordered[end]->check == ordered[start]->check) entries.push_back(&ordered[end++]->entry);
    std::vector<CorpusHit> hits;
    ordered[start]->check->evaluate_corpus(entries, hits);
    for (const auto& hit : hits) {
      const RememberedEntry& remembered = *ordered[start + hit.document];
      Finding finding = remembered.anchor;
      fill_message(finding, *remembered.rule, hit.values);
      findings.push_back(std::move(finding));
    }
    start = end;
  }
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace legalint

#include "analyze/analysis.h"

#include <algorithm>

namespace legalint {
namespace {

// "3月1日" takes its year from the nearest earlier dated fact in the same
// top-level clause (or, outside any clause, the same line).
void inherit_years(std::vector<Fact>& facts, const ClauseTree& clauses, std::string_view text) {
  auto scope_of = [&](std::uint32_t offset) -> std::int64_t {
    const int clause = clauses.outermost_at(offset);
    if (clause >= 0) return clause;
    return -2 - static_cast<std::int64_t>(line_around(text, offset).begin);
  };
  int last_year = 0;
  std::int64_t last_scope = -1;
  for (auto& fact : facts) {
    const std::int64_t scope = scope_of(fact.span.begin);
    if (scope != last_scope) last_year = 0;
    last_scope = scope;
    auto fill = [&](Date& date) {
      if (date.year == 0 && last_year != 0) {
        date.year = last_year;
        date.year_inherited = true;
      } else if (date.year != 0) {
        last_year = date.year;
      }
    };
    if (auto* date = std::get_if<Date>(&fact.value)) fill(*date);
    if (auto* range = std::get_if<DateRange>(&fact.value)) {
      fill(range->from);
      fill(range->to);
    }
  }
}

}  // namespace

Analysis analyze(Document document, const AnalyzeOptions& options) {
  Analysis analysis;
  analysis.document = std::move(document);
  analysis.line_index_ = LineIndex(analysis.document.text);
  analysis.normalized = normalize(analysis.document.text);
  const std::string& text = analysis.normalized.text();
  analysis.clauses = parse_clauses(text);
  analysis.classification = classify(text);
  if (options.kind) {
    analysis.classification.kind = *options.kind;
    analysis.classification.reason = "由用户指定";
  }
  return analysis;
}

const std::vector<Fact>& Analysis::facts() const {
  return facts_.get([&] {
    const std::string& text = normalized.text();
    std::vector<Fact> facts = extract_facts(text);
    inherit_years(facts, clauses, text);
    return facts;
  });
}

const std::vector<Party>& Analysis::parties() const {
  return parties_.get([&] { return extract_parties(normalized.text()); });
}

Span Analysis::sentence_at(std::uint32_t offset) const { return sentences_.at(normalized.text(), offset); }

std::vector<const Fact*> Analysis::facts_in(Span range) const {
  const std::vector<Fact>& facts = this->facts();
  std::vector<const Fact*> found;
  const auto first = std::lower_bound(facts.begin(), facts.end(), range.begin,
                                      [](const Fact& f, std::uint32_t at) { return f.span.begin < at; });
  for (auto it = first; it != facts.end() && it->span.begin < range.end; ++it)
    if (range.contains(it->span)) found.push_back(&*it);
  return found;
}

Location Analysis::locate(Span normalized_span) const {
  const Span in_text = normalized.to_source(normalized_span);
  Location location;
  location.start = line_index_.position(in_text.begin);
  location.end = line_index_.position(in_text.end);
  location.byte_begin = document.source_map.to_source(in_text.begin);
  location.byte_end = document.source_map.to_source(in_text.end);
  return location;
}

std::string Analysis::original_text(Span normalized_span) const {
  return std::string(normalized.to_source(normalized_span).in(document.text));
}

}  // namespace legalint

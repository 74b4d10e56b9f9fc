// The packs in rules/ against shared/CATALOGUE.md (a copy of its ids is kept
// in catalogue_ids.txt): every id present with its default severity, every
// rule with at least two bad and two good examples that pass.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "check/dates.h"
#include "check/relax.h"
#include "check/scope.h"
#include "eval/prefilter.h"
#include "eval/compile.h"
#include "eval/engine.h"
#include "eval/examples.h"
#include "load/load.h"
#include "text/segment.h"
#include "plain_matches.h"

using namespace legalint;

namespace {

struct Shipped {
  BasisIndex bases;
  HolidayCalendar calendar;
  RuleSet rules;
  rulelang::Diagnostics diagnostics;
};

const Shipped& shipped() {
  static const Shipped s = [] {
    Shipped s{BasisIndex::load(LEGALINT_SOURCE_DIR "/seeds/bases.toml").value(),
              HolidayCalendar::load(LEGALINT_SOURCE_DIR "/seeds/holidays.toml").value(), {}, {}};
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(LEGALINT_SOURCE_DIR "/rules"))
      if (entry.path().extension() == ".rules") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    s.rules = load_packs(files, s.bases, {}, s.diagnostics);
    return s;
  }();
  return s;
}

std::vector<std::pair<std::string, std::string>> catalogue() {
  std::ifstream in(LEGALINT_SOURCE_DIR "/tests/rules/catalogue_ids.txt");
  std::vector<std::pair<std::string, std::string>> ids;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string id, severity;
    fields >> id >> severity;
    ids.emplace_back(id, severity);
  }
  return ids;
}

}  // namespace

TEST_CASE("the shipped packs load without a single diagnostic") {
  for (const auto& d : shipped().diagnostics) FAIL_CHECK(d.to_string());
  CHECK_FALSE(shipped().rules.rules.empty());
}

TEST_CASE("every pack regex's stand-in compiles within the bound that lets seal check its syntax alone") {
  for (const Regex* regex : shipped().rules.regexes->all()) {
    INFO(regex->pattern());
    const RelaxedPattern stand_in = relax_repeats(regex->pattern());
    const auto bound = program_bound(stand_in);
    if (!bound) continue;
    const RE2 compiled(stand_in.pattern, regex_options());
    REQUIRE(compiled.ok());
    CHECK(compiled.ProgramSize() <= *bound);
  }
}

TEST_CASE("every catalogue rule exists with its default severity") {
  const auto ids = catalogue();
  REQUIRE(ids.size() > 50);
  for (const auto& [id, severity] : ids) {
    if (id.rfind("meeting/", 0) == 0) continue;  // folder-level rules of `legalint meeting`, not pack rules
    INFO(id);
    const Rule* rule = shipped().rules.find(id);
    CHECK(rule != nullptr);
    if (rule) CHECK(to_string(rule->severity) == severity);
  }
}

TEST_CASE("every rule has at least two bad and two good examples, and they pass") {
  const Engine engine(shipped().rules, shipped().calendar);
  for (const auto& rule : shipped().rules.rules) {
    INFO(rule.id);
    const auto bad = std::count_if(rule.examples.begin(), rule.examples.end(), [](const Example& e) { return e.bad; });
    CHECK(bad >= 2);
    CHECK(static_cast<long>(rule.examples.size()) - bad >= 2);
    for (const auto& result : run_examples(engine, rule)) {
      INFO((result.example->bad ? "bad" : "good") << " example at " << rule.path << ":" << result.example->position.line
                                                  << ": " << result.detail);
      CHECK(result.passed);
    }
  }
}

TEST_CASE("the prefilter skips checks but never changes a finding, over the whole corpus") {
  const Engine filtered(shipped().rules, shipped().calendar);
  ReviewOptions options;
  options.prefilter = false;
  const Engine unfiltered(shipped().rules, shipped().calendar, options);
  std::size_t documents = 0, run_with = 0, run_without = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(LEGALINT_SOURCE_DIR "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    auto loaded = load_file(entry.path().string());
    if (!loaded.ok()) continue;  // the load tests cover every corpus file
    const Analysis analysis = analyze(std::move(loaded.value()));
    ReviewStats with, without;
    const auto a = filtered.review(analysis, &with);
    const auto b = unfiltered.review(analysis, &without);
    INFO(entry.path().string());
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].rule_id == b[i].rule_id);
      CHECK(a[i].location.byte_begin == b[i].location.byte_begin);
    }
    ++documents;
    run_with += with.checks_run;
    run_without += without.checks_run;
  }
  CHECK(documents > 100);
  CHECK(run_with < run_without);
  WARN("checks run per document: " << double(run_with) / documents << " with the prefilter, "
                                   << double(run_without) / documents << " without");
}

// Engine::review_together (the batch's groups of small documents) runs the
// rules in another order than review(); each document must still get
// exactly the findings it gets alone. Groups of seven mix kinds, sizes and
// the documents whose kind cannot be told.
TEST_CASE("reviewing documents together, rule by rule, gives each the findings it gets alone, over the whole corpus") {
  const Engine engine(shipped().rules, shipped().calendar);
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(LEGALINT_SOURCE_DIR "/corpus"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  std::vector<Analysis> analyses;
  for (const auto& path : paths)
    if (auto loaded = load_file(path); loaded.ok()) analyses.push_back(analyze(std::move(loaded.value())));
  REQUIRE(analyses.size() > 100);

  auto same = [](const Finding& a, const Finding& b) {
    return std::tie(a.rule_id, a.span.begin, a.span.end, a.message, a.fix, a.clause, a.fingerprint) ==
           std::tie(b.rule_id, b.span.begin, b.span.end, b.message, b.fix, b.clause, b.fingerprint);
  };
  constexpr std::size_t kGroup = 7;
  std::size_t findings = 0, unknown = 0;
  for (std::size_t first = 0; first < analyses.size(); first += kGroup) {
    std::vector<ReviewInput> group;
    for (std::size_t i = first; i < std::min(analyses.size(), first + kGroup); ++i) group.push_back({&analyses[i]});
    const auto together = engine.review_together(group);
    REQUIRE(together.size() == group.size());
    for (std::size_t k = 0; k < group.size(); ++k) {
      INFO(group[k].analysis->document.path);
      const auto alone = engine.review(*group[k].analysis);
      REQUIRE(together[k].size() == alone.size());
      for (std::size_t j = 0; j < alone.size(); ++j) CHECK(same(together[k][j], alone[j]));
      findings += alone.size();
      unknown += group[k].analysis->kind() == DocumentKind::unknown;
    }
  }
  CHECK(findings > 150);  // the comparison had something to compare (224 today)
  CHECK(unknown > 0);      // and the kind-unknown note among it
}

using test::plain_matches;

// The prefilter confines each regex that cannot cross a line to the blocks of
// lines holding its atoms, and a regex with a sieve (check/regex.h) is
// searched only where its sieve matches. For every regex of the shipped
// packs and every corpus document, the matches found that way must be the
// matches RE2 alone finds in the whole text, and so must the answers inside
// each sentence and in the whole text (where a pattern anchored at the
// start is asked of its existence set, check/regex.h).
TEST_CASE("every pack regex finds the same matches with the prefilter's blocks as over the whole text") {
  const Prefilter prefilter(*shipped().rules.regexes);
  std::size_t documents = 0, searches = 0, confined = 0, sieved = 0, anchored = 0;
  for (const auto* regex : shipped().rules.regexes->all()) {
    if (regex->sieve()) ++sieved;
    if (regex->existence()) ++anchored;
  }
  for (const auto& entry : std::filesystem::recursive_directory_iterator(LEGALINT_SOURCE_DIR "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    auto loaded = load_file(entry.path().string());
    if (!loaded.ok()) continue;
    const Analysis analysis = analyze(std::move(loaded.value()));
    const RegexSites sites = prefilter.scan(analysis.normalized.text());
    const EvalContext everywhere{analysis, shipped().calendar};
    const EvalContext narrowed{analysis, shipped().calendar, &sites};
    const std::vector<Span> sentences = split_sentences(analysis.normalized.text());
    for (const auto* regex : shipped().rules.regexes->all()) {
      INFO(entry.path().string() << "\n  regex: " << regex->pattern());
      const auto expected = find_all(everywhere, *regex);
      CHECK(expected == plain_matches(regex->re2(), analysis.normalized.text()));
      CHECK(find_all(narrowed, *regex) == expected);
      if (!expected.empty()) CHECK(sites.possible(prefilter.slot(*regex)));
      const Span whole{0, static_cast<std::uint32_t>(analysis.normalized.text().size())};
      if (contains(everywhere, *regex, whole) == expected.empty()) FAIL("whole text");
      if (contains(narrowed, *regex, whole) == expected.empty()) FAIL("blocks, whole text");
      for (const Span sentence : sentences) {
        const std::string_view up_to_end = std::string_view(analysis.normalized.text()).substr(0, sentence.end);
        const bool plain = regex->re2().Match(re2::StringPiece(up_to_end.data(), up_to_end.size()), sentence.begin,
                                              sentence.end, RE2::UNANCHORED, nullptr, 0);
        if (contains(everywhere, *regex, sentence) != plain) FAIL("sieve, in " << sentence.begin);
        if (contains(narrowed, *regex, sentence) != plain) FAIL("blocks, in " << sentence.begin);
      }
      ++searches;
      if (sites.windows(*regex)) ++confined;
    }
    ++documents;
  }
  CHECK(documents > 100);
  CHECK(confined > searches / 2);  // most searches are narrowed, or the prefilter does nothing
  CHECK(sieved > 0);               // the packs' large bounded repeats have sieves to test
  CHECK(anchored > 0);             // and their (?s)\A… `when`s existence sets
  WARN(documents << " documents; " << confined << " of " << searches << " searches confined to blocks; " << sieved
                 << " regexes with a sieve; " << anchored << " anchored at the start");
}

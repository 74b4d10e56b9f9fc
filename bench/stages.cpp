// Stage microbenchmarks (Google Benchmark): each stage of the pipeline alone,
// over the same realistic text, in bytes per second of input.
//
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEGALINT_BENCH=ON
//   cmake --build build-bench --target legalint_stages
//   build-bench/bench/legalint_stages                       # every stage
//   build-bench/bench/legalint_stages --benchmark_filter=Review
//
// The text is every .txt of corpus/leases (78 documents, ~0.5 MB), each
// processed as its own document, as `legalint check` does; set
// LEGALINT_BENCH_CORPUS to another folder to change it. The packs are those
// of rules/ with seeds/bases.toml and seeds/holidays.toml
// ($LEGALINT_DATA_DIR, else the source tree).
//
// Stages, in pipeline order:
//   Load         load_file: read + decode (UTF-8 check, BOM, charset) from the page cache
//   Normalize    NFKC folding with the offset map back to the source
//   Sentences    split_sentences over whole texts (ICU sentence breaks; the
//                engine splits only the lines it asks about: text/sentence_index.h)
//   Words        WordBreaker over the whole text (ICU dictionary segmentation;
//                the engine segments lazily, so this is the cost it avoids)
//   Clauses      parse_clauses: the heading tree
//   Facts        extract_facts: numerals, money, dates, areas (Spirit X3)
//   Parties      extract_parties
//   Classify     the document kind
//   Analyze      all of the above as analyze() runs them (Load excluded)
//   Prefilter    the prefilter's scan alone: the atom matcher block by block
//                and FilteredRE2's answer for each block (eval/prefilter.h)
//   Review       Engine::review over analyzed documents: prefilter + checks + messages
//                (warm: RE2's lazily built DFA states already there)
//   ReviewTogether  the same documents as Review, reviewed in the batch's groups,
//                rule by rule (Engine::review_together): what the order of work alone changes
//   ReviewCold   Review's first pass after the packs are loaded, as in a fresh process
//                (each regex compiled on first use, RE2's DFA states built)
//   CorpusChecks the corpus-level checks at the end of a batch (Engine::review_corpus)
//                over 1,000, 4,000 and 16,000 generated leases: per lease, it should not grow
//   EndToEnd     load + analyze + review, per document
//   PackLoad     bases.toml + holidays.toml + rules/*.rules parsed and sealed: RE2 checks
//                every regex and the prefilter's atoms are indexed (check/regex.h)
//   EngineBuild  the Engine over a loaded RuleSet: the atom matcher built
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "check/dates.h"
#include "classify/classify.h"
#include "eval/bases.h"
#include "eval/compile.h"
#include "eval/engine.h"
#include "eval/prefilter.h"
#include "facts/facts.h"
#include "load/load.h"
#include "text/clauses.h"
#include "text/normalize.h"
#include "text/segment.h"

namespace fs = std::filesystem;
using namespace legalint;

namespace {

std::string data_directory() {
  if (const char* dir = std::getenv("LEGALINT_DATA_DIR"); dir && *dir) return dir;
  return LEGALINT_SOURCE_DATA_DIR;
}

std::vector<std::string> corpus_files() {
  fs::path folder = fs::path(data_directory()) / "corpus" / "leases";
  if (const char* dir = std::getenv("LEGALINT_BENCH_CORPUS"); dir && *dir) folder = dir;
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "legalint_stages: no .txt files in " << folder << "\n";
    std::exit(2);
  }
  return files;
}

std::vector<std::string> pack_files() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(data_directory()) / "rules"))
    if (entry.path().extension() == ".rules") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// Everything loaded once, shared by the benchmarks.
struct Fixture {
  std::vector<std::string> paths;
  std::vector<Document> documents;
  std::vector<std::string> normalized;  // NFKC text of each document
  std::vector<Analysis> analyses;
  std::int64_t bytes = 0;               // input bytes (Document::text) of one pass
  std::int64_t normalized_bytes = 0;    // normalized bytes of one pass
  BasisIndex bases;
  HolidayCalendar calendar;
  RuleSet rules;

  Fixture() {
    paths = corpus_files();
    for (const auto& path : paths) {
      auto loaded = load_file(path);
      if (!loaded.ok()) {
        std::cerr << "legalint_stages: " << loaded.error().to_string() << "\n";
        std::exit(2);
      }
      bytes += static_cast<std::int64_t>(loaded.value().text.size());
      documents.push_back(loaded.value());
      analyses.push_back(analyze(std::move(loaded.value())));
      normalized.push_back(analyses.back().normalized.text());
      normalized_bytes += static_cast<std::int64_t>(normalized.back().size());
    }
    const fs::path data = data_directory();
    auto loaded_bases = BasisIndex::load((data / "seeds" / "bases.toml").string());
    auto loaded_calendar = HolidayCalendar::load((data / "seeds" / "holidays.toml").string());
    if (!loaded_bases.ok() || !loaded_calendar.ok()) {
      std::cerr << "legalint_stages: cannot load seeds/ from " << data << "\n";
      std::exit(2);
    }
    bases = std::move(loaded_bases.value());
    calendar = std::move(loaded_calendar.value());
    rulelang::Diagnostics diagnostics;
    rules = load_packs(pack_files(), bases, {}, diagnostics);
    if (!diagnostics.empty()) {
      for (const auto& d : diagnostics) std::cerr << d.to_string() << "\n";
      std::exit(2);
    }
  }
};

Fixture& fixture() {
  static Fixture instance;
  return instance;
}

// Sets bytes/s, documents/s and the corpus size on a per-pass benchmark.
void per_pass(benchmark::State& state, std::int64_t bytes) {
  const auto& f = fixture();
  state.SetBytesProcessed(state.iterations() * bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.documents.size()));
  state.counters["docs"] = static_cast<double>(f.documents.size());
}

void BM_Load(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& path : f.paths) {
      auto loaded = load_file(path);
      benchmark::DoNotOptimize(loaded);
    }
  per_pass(state, f.bytes);
}

void BM_Normalize(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& document : f.documents) {
      auto normalized = normalize(document.text);
      benchmark::DoNotOptimize(normalized);
    }
  per_pass(state, f.bytes);
}

void BM_Sentences(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& text : f.normalized) {
      auto sentences = split_sentences(text);
      benchmark::DoNotOptimize(sentences);
    }
  per_pass(state, f.normalized_bytes);
}

void BM_Words(benchmark::State& state) {
  const auto& f = fixture();
  WordBreaker breaker;
  for (auto _ : state)
    for (const auto& text : f.normalized) {
      auto words = breaker.split(text, Span{0, static_cast<std::uint32_t>(text.size())});
      benchmark::DoNotOptimize(words);
    }
  per_pass(state, f.normalized_bytes);
}

void BM_Clauses(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& text : f.normalized) {
      auto tree = parse_clauses(text);
      benchmark::DoNotOptimize(tree);
    }
  per_pass(state, f.normalized_bytes);
}

void BM_Facts(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& text : f.normalized) {
      auto facts = extract_facts(text);
      benchmark::DoNotOptimize(facts);
    }
  per_pass(state, f.normalized_bytes);
}

void BM_Parties(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& text : f.normalized) {
      auto parties = extract_parties(text);
      benchmark::DoNotOptimize(parties);
    }
  per_pass(state, f.normalized_bytes);
}

void BM_Classify(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& text : f.normalized) {
      auto kind = classify(text);
      benchmark::DoNotOptimize(kind);
    }
  per_pass(state, f.normalized_bytes);
}

void BM_Analyze(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& document : f.documents) {
      auto analysis = analyze(document);  // the copy of the text is part of the stage's input
      benchmark::DoNotOptimize(analysis);
    }
  per_pass(state, f.bytes);
}

void BM_Prefilter(benchmark::State& state) {
  const auto& f = fixture();
  const Prefilter prefilter(*f.rules.regexes);
  for (auto _ : state)
    for (const auto& analysis : f.analyses) {
      auto sites = prefilter.scan(analysis.normalized.text());
      benchmark::DoNotOptimize(sites);
    }
  per_pass(state, f.bytes);
}

// RE2 builds its DFA states lazily, as text is matched; a fresh process
// pays for that on its first documents. Review and EndToEnd are measured
// warm (one untimed pass first); ReviewCold reloads the packs before each
// pass (untimed), so it measures the first pass of a process.
void BM_Review(benchmark::State& state) {
  const auto& f = fixture();
  const Engine engine(f.rules, f.calendar);
  for (const auto& analysis : f.analyses) benchmark::DoNotOptimize(engine.review(analysis));
  std::int64_t findings = 0;
  for (auto _ : state)
    for (const auto& analysis : f.analyses) {
      auto found = engine.review(analysis);
      findings += static_cast<std::int64_t>(found.size());
      benchmark::DoNotOptimize(found);
    }
  per_pass(state, f.bytes);
  state.counters["findings/pass"] = static_cast<double>(findings) / static_cast<double>(state.iterations());
}

void BM_ReviewTogether(benchmark::State& state) {
  const auto& f = fixture();
  const Engine engine(f.rules, f.calendar);
  // The groups the batch makes of these documents (cli/batch.cpp); a larger
  // document is a group of its own.
  std::vector<std::vector<ReviewInput>> groups;
  std::size_t group_bytes = 0;
  bool open = false;  // the last group takes more documents
  for (const auto& analysis : f.analyses) {
    const std::size_t bytes = analysis.normalized.text().size();
    if (!open || reviewed_alone(bytes) || !fits_in_group(groups.back().size(), group_bytes, bytes)) {
      groups.emplace_back();
      group_bytes = 0;
    }
    groups.back().push_back({&analysis});
    group_bytes += bytes;
    open = !reviewed_alone(bytes);
  }
  for (const auto& group : groups) benchmark::DoNotOptimize(engine.review_together(group));
  for (auto _ : state)
    for (const auto& group : groups) {
      auto found = engine.review_together(group);
      benchmark::DoNotOptimize(found);
    }
  per_pass(state, f.bytes);
  state.counters["groups"] = static_cast<double>(groups.size());
}

// The corpus-level checks (Engine::review_corpus) over N leases, most of
// them on parcels of their own and one in ten sharing its parcel with
// another for an overlapping term: the last step of a batch, on one thread.
// Time per lease should stay flat as N grows.
void BM_CorpusChecks(benchmark::State& state) {
  const auto& f = fixture();
  const auto leases = static_cast<std::size_t>(state.range(0));
  Engine engine(f.rules, f.calendar);
  for (std::size_t i = 0; i < leases; ++i) {
    const std::size_t parcel = i % 10 == 9 ? i - 1 : i;  // the tenth shares the ninth's
    const std::string text = "集体土地租赁合同\n第一条 租赁物\n租赁物坐落于第" + std::to_string(parcel / 100) + "村民小组东侧" +
                             std::to_string(parcel % 100) + "号地块,面积" + std::to_string(10 + parcel % 7) +
                             "亩。\n第二条 租赁期限\n租赁期限自2024年1月1日起至2033年12月31日止。\n";
    auto document = load_bytes("lease" + std::to_string(i) + ".txt", text);
    engine.remember(analyze(std::move(document.value())));
  }
  std::size_t findings = 0;
  for (auto _ : state) {
    auto found = engine.review_corpus();
    findings = found.size();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(leases));
  state.counters["findings"] = static_cast<double>(findings);
}

void BM_ReviewCold(benchmark::State& state) {
  const auto& f = fixture();
  const auto packs = pack_files();
  for (auto _ : state) {
    state.PauseTiming();
    rulelang::Diagnostics diagnostics;
    auto rules = std::make_unique<RuleSet>(load_packs(packs, f.bases, {}, diagnostics));
    auto engine = std::make_unique<Engine>(*rules, f.calendar);
    state.ResumeTiming();
    for (const auto& analysis : f.analyses) {
      auto found = engine->review(analysis);
      benchmark::DoNotOptimize(found);
    }
    state.PauseTiming();
    engine.reset();
    rules.reset();
    state.ResumeTiming();
  }
  per_pass(state, f.bytes);
}

void BM_EndToEnd(benchmark::State& state) {
  const auto& f = fixture();
  const Engine engine(f.rules, f.calendar);
  for (const auto& analysis : f.analyses) benchmark::DoNotOptimize(engine.review(analysis));
  for (auto _ : state)
    for (const auto& path : f.paths) {
      auto loaded = load_file(path);
      auto analysis = analyze(std::move(loaded.value()));
      auto found = engine.review(analysis);
      benchmark::DoNotOptimize(found);
    }
  per_pass(state, f.bytes);
}

void BM_PackLoad(benchmark::State& state) {
  const fs::path data = data_directory();
  const auto packs = pack_files();
  std::size_t rules = 0;
  for (auto _ : state) {
    auto bases = BasisIndex::load((data / "seeds" / "bases.toml").string());
    auto calendar = HolidayCalendar::load((data / "seeds" / "holidays.toml").string());
    rulelang::Diagnostics diagnostics;
    RuleSet set = load_packs(packs, bases.value(), {}, diagnostics);
    rules = set.rules.size();
    benchmark::DoNotOptimize(set);
    benchmark::DoNotOptimize(calendar);
  }
  state.counters["packs"] = static_cast<double>(packs.size());
  state.counters["rules"] = static_cast<double>(rules);
}

void BM_EngineBuild(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state) {
    Engine engine(f.rules, f.calendar);
    benchmark::DoNotOptimize(engine);
  }
  state.counters["regexes"] = static_cast<double>(f.rules.regexes->all().size());
}

}  // namespace

BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Sentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Words)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Clauses)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Facts)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Parties)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Classify)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Prefilter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Review)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReviewTogether)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReviewCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CorpusChecks)->Arg(1000)->Arg(4000)->Arg(16000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEnd)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PackLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EngineBuild)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

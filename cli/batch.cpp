#include "batch.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <thread>

namespace legalint::cli {

Outcome<Document> load_input(const std::string& path, const LoadOptions& options) {
  if (path != "-") return load_file(path, options);
  std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  return load_bytes("<stdin>", bytes, options);
}

RunReport run_batch(const std::vector<std::string>& files, Engine& engine, const BatchOptions& options) {
  return run_batch(files, {&engine}, std::vector<std::size_t>(files.size(), 0), options);
}

RunReport run_batch(const std::vector<std::string>& files, const std::vector<Engine*>& engines,
                    const std::vector<std::size_t>& engine_of, const BatchOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  RunReport run;
  run.files.resize(files.size());
  std::atomic<std::size_t> next{0}, done{0}, findings{0};

  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      FileOutcome& outcome = run.files[i];
      outcome.path = files[i] == "-" ? "<stdin>" : files[i];
      auto document = load_input(files[i], options.load);
      if (!document.ok()) {
        outcome.error = document.error();
      } else {
        AnalyzeOptions analyze_options;
        analyze_options.kind = options.kind;
        const Analysis analysis = analyze(std::move(document.value()), analyze_options);
        outcome.kind = analysis.kind();
        outcome.kind_reason = analysis.classification.reason;
        Engine& engine = *engines[engine_of[i]];
        outcome.findings = engine.review(analysis);
        engine.remember(analysis);
        if (options.keep_text) outcome.text = analysis.document.text;
        findings += outcome.findings.size();
      }
      ++done;
    }
  };

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(files.size(), 1)));
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(work);

  // The calling thread works too, and draws the progress line once a batch
  // has run for a second.
  std::thread progress;
  std::atomic<bool> finished{false};
  if (options.progress) {
    progress = std::thread([&] {
      bool shown = false;
      while (!finished) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (finished) break;
        if (std::chrono::steady_clock::now() - started < std::chrono::seconds(1)) continue;
        std::fprintf(stderr, "\r审查中 %zu/%zu 份,已发现 %zu 个问题 ", done.load(), files.size(), findings.load());
        shown = true;
      }
      if (shown) std::fprintf(stderr, "\r\x1b[K");
    });
  }
  work();
  for (auto& t : threads) t.join();
  finished = true;
  if (progress.joinable()) progress.join();

  // Corpus-level findings join the documents they are about.
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < run.files.size(); ++i) index_of[run.files[i].path] = i;
  for (Engine* engine : engines) {
    for (auto& finding : engine->review_corpus()) {
      auto& into = run.files[index_of[finding.path]].findings;
      into.push_back(std::move(finding));
      std::sort(into.begin(), into.end());
    }
  }
  run.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  return run;
}

}  // namespace legalint::cli

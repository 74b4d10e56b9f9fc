#include "batch.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <mutex>
#include <span>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "base/deadline.h"

namespace legalint::cli {

Outcome<Document> load_input(const std::string& path, const LoadOptions& options) {
  if (path != "-") return load_file(path, options);
  std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  return load_bytes("<stdin>", bytes, options);
}

std::string duration_in_words(std::chrono::milliseconds duration) {
  const auto ms = duration.count();
  if (ms < 1000) return std::to_string(ms) + " 毫秒";
  if (ms % 1000 == 0) return std::to_string(ms / 1000) + " 秒";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f 秒", static_cast<double>(ms) / 1000);
  return buffer;
}

Error time_limit_error(const std::string& path, std::chrono::milliseconds limit, const char* stage) {
  return input_error("time-limit", path,
                     "审查用时超过每份文件 " + duration_in_words(limit) + "的上限,已在" + stage +
                         "阶段停止(文档结构异常?可用 --time-limit 或 legalint.toml 的 [limits] time_per_file 调整)");
}

namespace {
// A file read, analyzed and prefiltered, waiting for its review.
struct PreparedFile {
  std::size_t index;                                  // in the batch's files
  std::chrono::milliseconds time_limit;               // the file's (0: none)
  std::optional<std::chrono::nanoseconds> time_left;  // of it, after reading and analysis; nullopt: no limit
  Analysis analysis;
  std::optional<RegexSites> sites;

  const RegexSites* sites_or_null() const { return sites ? &*sites : nullptr; }
};

// The outcome of a file whose review threw: a bug in legalint, not in the file.
FileOutcome failed_file(const std::string& path, const std::string& what) {
  FileOutcome outcome;
  outcome.path = path;
  outcome.error = internal_error("exception", path,
                                 "legalint 内部错误,此文件未能审查(" + what + ");请将此文件和这一行报告给 legalint 的维护者");
  return outcome;
}
}  // namespace

RunReport run_batch(const std::vector<std::string>& files, Engine& engine, const BatchOptions& options) {
  return run_batch(files, {&engine}, std::vector<std::size_t>(files.size(), 0), options);
}

RunReport run_batch(const std::vector<std::string>& files, const std::vector<Engine*>& engines,
                    const std::vector<std::size_t>& engine_of, const BatchOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  RunReport run;
  run.files.resize(files.size());
  if (options.spill) {
    // Without a temporary file (a read-only /tmp) the findings stay in
    // memory: the run costs more memory but gives the same report.
    try {
      run.spill = std::make_shared<FindingSpill>();
    } catch (const std::runtime_error&) {
    }
  }
  std::atomic<std::size_t> next{0}, done{0}, findings{0};

  // The time limit is cooperative (base/deadline.h): long loops in the
  // stages stop early once it has passed, and it is checked after each
  // stage, so a stopped stage's partial result is never reported. A file
  // over its time is an input error like an unreadable one: the batch goes
  // on, the report lists it, the exit code is 3.
  auto limits_of = [&](std::size_t i) {
    return options.per_file.empty() ? FileLimits{options.load, options.time_limit} : options.per_file[i];
  };

  // Reads and analyzes a file, and runs the prefilter over it; nullopt when
  // that fails, with the outcome's error set.
  auto prepare = [&](std::size_t i, FileOutcome& outcome) -> std::optional<PreparedFile> {
    const FileLimits limits = limits_of(i);
    const ScopedDeadline deadline(limits.time);
    auto document = load_input(files[i], limits.load);
    if (!document.ok()) {
      outcome.error = document.error();
      return std::nullopt;
    }
    if (deadline.passed()) {
      outcome.error = time_limit_error(outcome.path, limits.time, "读取");
      return std::nullopt;
    }
    AnalyzeOptions analyze_options;
    analyze_options.kind = options.kind;
    Analysis analysis = analyze(std::move(document.value()), analyze_options);
    if (deadline.passed()) {
      outcome.error = time_limit_error(outcome.path, limits.time, "分析");
      return std::nullopt;
    }
    auto sites = engines[engine_of[i]]->scan(analysis);  // one prefilter pass serves review and remember
    if (deadline.passed()) {
      outcome.error = time_limit_error(outcome.path, limits.time, "检查");
      return std::nullopt;
    }
    return PreparedFile{i, limits.time, deadline.left(), std::move(analysis), std::move(sites)};
  };

  // A reviewed file's findings join the report and the corpus-level checks.
  auto accept = [&](PreparedFile& file, std::vector<Finding> found) {
    FileOutcome& outcome = run.files[file.index];
    outcome.kind = file.analysis.kind();
    outcome.kind_reason = file.analysis.classification.reason;
    outcome.findings = std::move(found);
    if (options.keep_text) outcome.text = file.analysis.document.text;
    engines[engine_of[file.index]]->remember(file.analysis, file.sites_or_null());  // last: a file that fails never joins them
    findings += outcome.findings.size();
    run.spill_findings(outcome);
  };

  // A bug that throws while one file is reviewed costs that file, not the
  // batch: on a worker thread the exception would end the process, and every
  // other file's findings with it.
  auto guarded = [&](std::size_t i, auto&& step) {
    FileOutcome& outcome = run.files[i];
    try {
      step(outcome);
    } catch (const std::exception& error) {
      outcome = failed_file(outcome.path, error.what());
    } catch (...) {
      outcome = failed_file(outcome.path, "unknown exception");
    }
  };

  auto review_alone = [&](PreparedFile& file) {
    guarded(file.index, [&](FileOutcome& outcome) {
      const ScopedDeadline deadline(file.time_left.value_or(std::chrono::nanoseconds::zero()));
      std::vector<Finding> found = engines[engine_of[file.index]]->review(file.analysis, nullptr, file.sites_or_null());
      if (deadline.passed())
        outcome.error = time_limit_error(outcome.path, file.time_limit, "检查");
      else
        accept(file, std::move(found));
    });
    ++done;
  };

  // Small files are reviewed a group at a time, rule by rule
  // (Engine::review_together; eval/engine.h says which files group), so
  // that a rule's DFA states serve the whole group before other rules'
  // evict them. The group runs under the shortest time its files have left.
  // Should it run out, or a check throw, each file is reviewed again alone
  // under its own time, so the error lands on the file that caused it
  // (which has then used up to twice its time: the group's and its own).
  auto review_group = [&](std::span<PreparedFile> group) {
    std::optional<std::vector<std::vector<Finding>>> found;
    if (group.size() > 1) {
      try {
        std::optional<std::chrono::nanoseconds> budget;
        std::vector<ReviewInput> inputs;
        for (const auto& file : group) {
          if (file.time_left) budget = std::min(budget.value_or(*file.time_left), *file.time_left);
          inputs.push_back({&file.analysis, file.sites_or_null()});
        }
        const ScopedDeadline deadline(budget.value_or(std::chrono::nanoseconds::zero()));
        found = engines[engine_of[group.front().index]]->review_together(inputs);
        if (deadline.passed()) found.reset();
      } catch (...) {
        found.reset();
      }
    }
    for (std::size_t k = 0; k < group.size(); ++k) {
      if (!found) {
        review_alone(group[k]);
        continue;
      }
      guarded(group[k].index, [&](FileOutcome&) { accept(group[k], std::move((*found)[k])); });
      ++done;
    }
  };

  auto work = [&] {
    std::vector<PreparedFile> group;  // small files of one engine, waiting
    std::size_t group_bytes = 0;
    auto flush = [&] {
      review_group(group);
      group.clear();
      group_bytes = 0;
    };
    for (std::size_t i = next++; i < files.size(); i = next++) {
      run.files[i].path = files[i] == "-" ? "<stdin>" : files[i];
      std::optional<PreparedFile> file;
      guarded(i, [&](FileOutcome& outcome) { file = prepare(i, outcome); });
      if (!file) {  // its outcome holds the error
        ++done;
        continue;
      }
      const std::size_t bytes = file->analysis.normalized.text().size();
      if (reviewed_alone(bytes)) {
        review_alone(*file);
        continue;
      }
      if (!group.empty() && (engine_of[group.front().index] != engine_of[i] || !fits_in_group(group.size(), group_bytes, bytes)))
        flush();
      group.push_back(std::move(*file));
      group_bytes += bytes;
    }
    flush();
  };

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(files.size(), 1)));
  run.threads = jobs;
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

  // Corpus-level findings join the documents they are about. They can be
  // most of a corpus's findings (a lease whose asset 30 others share has 29);
  // they stay in memory, where review_corpus made them all at once, beside
  // the files' spilled findings, which are not rewritten (RunReport::add_findings).
  std::unordered_map<std::string_view, std::size_t> index_of(run.files.size());
  for (std::size_t i = 0; i < run.files.size(); ++i) index_of.emplace(run.files[i].path, i);
  for (Engine* engine : engines) {
    std::vector<Finding> corpus = engine->review_corpus();  // sorted, so one file's are together
    for (auto first = corpus.begin(); first != corpus.end();) {
      const auto last = std::find_if(first, corpus.end(), [&](const Finding& f) { return f.path != first->path; });
      FileOutcome& file = run.files[index_of.at(first->path)];
      run.add_findings(file, {std::make_move_iterator(first), std::make_move_iterator(last)});
      first = last;
    }
  }
  run.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  return run;
}

}  // namespace legalint::cli

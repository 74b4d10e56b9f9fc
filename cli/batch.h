// Runs the pipeline (load → analyze → evaluate) over many files on a pool of
// threads. Results come back in input order whatever the number of threads,
// so reports are byte-identical for any --jobs.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "eval/engine.h"
#include "load/load.h"
#include "report/report.h"

namespace legalint::cli {

// The CPU time one file may take, from reading it to its findings. A
// document that takes longer (a pathological structure, or a cost in some
// check that grows faster than the text) is reported as the input error
// `time-limit` instead of holding up the batch; ordinary drafts take
// milliseconds. See base/deadline.h for how the stages are stopped.
inline constexpr std::chrono::milliseconds kDefaultTimeLimit{10'000};

// What one file may cost: its load limits and its time.
struct FileLimits {
  LoadOptions load;
  std::chrono::milliseconds time = kDefaultTimeLimit;  // CPU time; 0: no limit
};

struct BatchOptions {
  unsigned jobs = 0;                    // 0: one per core
  std::optional<DocumentKind> kind;     // forced kind
  LoadOptions load;
  std::chrono::milliseconds time_limit = kDefaultTimeLimit;  // per file, CPU time; 0: no limit
  std::vector<FileLimits> per_file;     // if not empty, per_file[i] for files[i] instead of load and time_limit
  bool progress = false;                // a progress line on stderr
  bool keep_text = false;               // keep each document's text in its FileOutcome (html)
  bool spill = false;                   // findings to a spill file as each file finishes (RunReport::spill)
};

// Reviews every file; unreadable files, and files over their time limit,
// become FileOutcomes with an error (class input).
// Corpus-level findings are added to their documents at the end.
RunReport run_batch(const std::vector<std::string>& files, Engine& engine, const BatchOptions& options);

// The same with one engine per file (files whose legalint.toml differ in
// packs or parameters get different engines): files[i] is reviewed by
// *engines[engine_of[i]]. Corpus-level checks run per engine.
RunReport run_batch(const std::vector<std::string>& files, const std::vector<Engine*>& engines,
                    const std::vector<std::size_t>& engine_of, const BatchOptions& options);

// Reads a file, or standard input for "-".
Outcome<Document> load_input(const std::string& path, const LoadOptions& options);

// The input error `time-limit` for a file stopped during `stage` ("读取", "分析", "检查").
Error time_limit_error(const std::string& path, std::chrono::milliseconds limit, const char* stage);

// A duration in words: "10 秒", "1.5 秒", "200 毫秒".
std::string duration_in_words(std::chrono::milliseconds duration);

}  // namespace legalint::cli

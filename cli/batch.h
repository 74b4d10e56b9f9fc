// Runs the pipeline (load → analyze → evaluate) over many files on a pool of
// threads. Results come back in input order whatever the number of threads,
// so reports are byte-identical for any --jobs.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "eval/engine.h"
#include "load/load.h"
#include "report/report.h"

namespace legalint::cli {

struct BatchOptions {
  unsigned jobs = 0;                    // 0: one per core
  std::optional<DocumentKind> kind;     // forced kind
  LoadOptions load;
  bool progress = false;                // a progress line on stderr
  bool keep_text = false;               // keep each document's text in its FileOutcome (html)
};

// Reviews every file; unreadable files become FileOutcomes with an error.
// Corpus-level findings are added to their documents at the end.
RunReport run_batch(const std::vector<std::string>& files, Engine& engine, const BatchOptions& options);

// The same with one engine per file (files whose legalint.toml differ in
// packs or parameters get different engines): files[i] is reviewed by
// *engines[engine_of[i]]. Corpus-level checks run per engine.
RunReport run_batch(const std::vector<std::string>& files, const std::vector<Engine*>& engines,
                    const std::vector<std::size_t>& engine_of, const BatchOptions& options);

// Reads a file, or standard input for "-".
Outcome<Document> load_input(const std::string& path, const LoadOptions& options);

}  // namespace legalint::cli

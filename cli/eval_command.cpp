// legalint eval DIR…: the engine against the corpus's expected findings —
// precision and recall per rule, and every missing or unexpected finding.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "batch.h"
#include "commands.h"
#include "eval/expectations.h"
#include "inputs.h"
#include "toolkit.h"

namespace legalint::cli {
namespace {

struct EvalSettings {
  std::vector<std::string> paths;
  bool quiet = false;
  unsigned jobs = 0;
};

std::string percent(double v) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%5.1f%%", 100.0 * v);
  return buffer;
}

int run_eval(const EvalSettings& s) {
  auto toolkit = load_toolkit({});
  if (!toolkit) return kUsage;

  // Only documents with a sidecar are judged; each folder is its own batch,
  // so that corpus-level rules see the documents of one folder together.
  Comparison comparison;
  std::size_t documents = 0;
  for (const auto& path : s.paths) {
    std::vector<std::string> files;
    for (const auto& file : collect_inputs({path}).files)
      if (std::filesystem::exists(expectations_path(file))) files.push_back(file);
    Engine engine(toolkit->rules, toolkit->calendar);
    BatchOptions batch;
    batch.jobs = s.jobs;
    const RunReport run = run_batch(files, engine, batch);
    for (const auto& outcome : run.files) {
      const std::string sidecar = expectations_path(outcome.path);
      std::ifstream in(sidecar);
      std::stringstream text;
      text << in.rdbuf();
      auto expected = parse_expectations(sidecar, text.str());
      if (!expected.ok()) {
        std::cerr << "legalint: " << expected.error().to_string() << "\n";
        return kUsage;
      }
      if (!outcome.reviewed()) {
        std::cerr << "legalint: " << outcome.error->to_string() << "\n";
        return outcome.error->error_class == ErrorClass::internal ? kUsage : kUnreadable;
      }
      compare(outcome.path, expected.value(), outcome.findings, comparison);
      ++documents;
    }
  }

  if (!s.quiet) {
    for (const auto& m : comparison.mismatches)
      std::cout << m.path << ":" << m.line << ": " << (m.missing ? "missing    " : "unexpected ") << m.rule_id
                << (m.message.empty() ? "" : "  (" + m.message + ")") << "\n";
    if (!comparison.mismatches.empty()) std::cout << "\n";
  }
  std::cout << "rule\texpected\tfound\tmatched\tprecision\trecall\n";
  for (const auto& [rule, score] : comparison.by_rule)
    std::cout << rule << "\t" << score.expected << "\t" << score.found << "\t" << score.matched << "\t"
              << percent(score.precision()) << "\t" << percent(score.recall()) << "\n";
  const auto& all = comparison.overall;
  std::cout << "overall\t" << all.expected << "\t" << all.found << "\t" << all.matched << "\t" << percent(all.precision())
            << "\t" << percent(all.recall()) << "\n";
  std::cout << documents << " documents, " << comparison.mismatches.size() << " differences\n";
  return comparison.mismatches.empty() ? kClean : kFindings;
}

}  // namespace

void add_eval_command(CLI::App& app, std::function<int()>& run) {
  auto s = std::make_shared<EvalSettings>();
  CLI::App* eval = app.add_subcommand("eval", "Compare findings with the expected ones in NAME.expected sidecars (precision, recall)");
  eval->add_option("paths", s->paths, "Corpus folders (each reviewed as one batch)")->required();
  eval->add_flag("-q,--quiet", s->quiet, "Only the table, not each difference");
  eval->add_option("-j,--jobs", s->jobs, "Files reviewed in parallel");
  eval->callback([s, &run] { run = [s] { return run_eval(*s); }; });
}

}  // namespace legalint::cli

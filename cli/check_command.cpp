// legalint check PATH…: review files and folders, report findings.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "batch.h"
#include "commands.h"
#include "inputs.h"
#include "output_file.h"
#include "report/text.h"
#include "toolkit.h"

namespace legalint::cli {
namespace {

struct CheckSettings {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string kind;
  std::vector<std::string> packs;
  std::vector<std::string> disabled;
  std::string fail_level = "error";
  unsigned jobs = 0;
  bool color = false;
  bool no_color = false;
  bool quiet = false;
  std::string output;
};

int run_check(const CheckSettings& s) {
  std::optional<DocumentKind> kind;
  if (!s.kind.empty()) kind = parse_document_kind(s.kind);

  auto toolkit = load_toolkit({});
  if (!toolkit) return kUsage;
  for (const auto& pack : s.packs) {
    if (!toolkit->rules.find_pack(pack)) {
      std::cerr << "legalint: unknown pack '" << pack << "' (see `legalint rules list`)\n";
      return kUsage;
    }
  }
  for (const auto& rule : s.disabled) {
    if (!toolkit->rules.find(rule)) {
      std::cerr << "legalint: unknown rule '" << rule << "' in --disable (see `legalint rules list`)\n";
      return kUsage;
    }
  }

  ReviewOptions review;
  review.packs = s.packs;
  review.disabled = s.disabled;
  Engine engine(toolkit->rules, toolkit->calendar, review);

  const Inputs inputs = collect_inputs(s.paths);
  BatchOptions batch;
  batch.jobs = s.jobs;
  batch.kind = kind;
  batch.progress = !s.quiet && ::isatty(STDERR_FILENO) && inputs.files.size() > 1;
  RunReport run = run_batch(inputs.files, engine, batch);
  for (const auto& error : inputs.errors) {
    FileOutcome outcome;
    outcome.path = error.path;
    outcome.error = error;
    run.files.push_back(std::move(outcome));
  }
  run.rules = &toolkit->rules;
  run.bases = &toolkit->bases;

  const bool to_terminal = s.output.empty() && ::isatty(STDOUT_FILENO);
  TextOptions text;
  text.color = !s.no_color && (s.color || (to_terminal && !std::getenv("NO_COLOR")));
  text.details = !s.quiet;
  std::ostringstream report;
  TextSink(text).write(run, report);
  if (s.output.empty()) {
    std::cout << report.str() << std::flush;
  } else if (auto error = write_file_atomically(s.output, report.str())) {
    std::cerr << "legalint: " << error->to_string() << "\n";
    return kUsage;
  }
  if (!s.quiet && ::isatty(STDERR_FILENO)) std::cerr << "用时 " << run.elapsed.count() << " 毫秒\n";

  if (run.unreadable() > 0) return kUnreadable;
  const auto fail = parse_severity(s.fail_level);
  if (!fail) return kClean;  // --fail-level none
  for (const auto& file : run.files)
    for (const auto& finding : file.findings)
      if (finding.severity >= *fail) return kFindings;
  return kClean;
}

}  // namespace

void add_check_command(CLI::App& app, std::function<int()>& run) {
  auto settings = std::make_shared<CheckSettings>();
  CLI::App* check = app.add_subcommand("check", "Review files and folders (.txt .md .docx; folders recursively; - for stdin)");
  check->add_option("paths", settings->paths, "Files or folders to review")->required();
  check->add_option("--format", settings->format, "Output format")->check(CLI::IsMember({"text"}));
  check->add_option("--kind", settings->kind, "Force the document kind instead of telling it from the title")
      ->check(CLI::IsMember({"lease", "tender", "decision", "contract"}));
  check->add_option("--pack", settings->packs, "Run only these packs (repeatable): contract, lease, tender, decision");
  check->add_option("--disable", settings->disabled, "Do not run this rule (repeatable), e.g. lease/no-pricing-basis");
  check->add_option("--fail-level", settings->fail_level, "Lowest severity that makes the exit code 1 (default error)")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  check->add_option("-j,--jobs", settings->jobs, "Files reviewed in parallel (default: one per core)");
  check->add_flag("--color", settings->color, "Color the output even when it is not a terminal");
  check->add_flag("--no-color", settings->no_color, "Never color the output (NO_COLOR is honoured too)");
  check->add_flag("-q,--quiet", settings->quiet, "One line per finding, no progress line");
  check->add_option("-o,--output", settings->output, "Write the report to this file (atomically) instead of stdout");
  check->callback([settings, &run] { run = [settings] { return run_check(*settings); }; });
}

}  // namespace legalint::cli

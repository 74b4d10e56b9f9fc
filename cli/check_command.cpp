// legalint check PATH…: review files and folders, report findings in one
// of the formats of engine/report (text, json, jsonl, sarif, junit, html).
//
// The steps: find each input's legalint.toml (config.h) → collect the files
// (folders skip [files] exclude) → load one rule set and engine per distinct
// packs/parameters → run the batch → apply the configuration (severities,
// [[ignore]], [[accepted]]) → write --update-baseline → hide --baseline →
// write the report (to stdout, or -o FILE atomically) → exit code.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>

#include "baseline.h"
#include "batch.h"
#include "commands.h"
#include "config.h"
#include "inputs.h"
#include "output_file.h"
#include "report/sinks.h"
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
  std::string config;
  std::string baseline;
  std::string update_baseline;
  std::string time_limit;  // --time-limit, as written ("10s", "0.5", "0")
};

// The limits for a file: the defaults, then its legalint.toml [limits], then --time-limit.
FileLimits limits_for(const Config& config, const std::optional<std::chrono::milliseconds>& time_option) {
  FileLimits limits;
  const LimitSettings& set = config.limits;
  if (set.file_size) limits.load.max_file_bytes = *set.file_size;
  if (set.docx_size) limits.load.max_docx_entry_bytes = *set.docx_size;
  if (set.docx_ratio) limits.load.max_docx_compression_ratio = *set.docx_ratio;
  if (set.line_length) limits.load.max_line_bytes = *set.line_length;
  if (set.time_per_file) limits.time = *set.time_per_file;
  if (time_option) limits.time = *time_option;
  return limits;
}

// One loaded rule set and its engine, shared by the files whose
// configurations agree on packs, parameters and disabled rules.
struct EngineSlot {
  std::unique_ptr<Toolkit> toolkit;
  std::unique_ptr<Engine> engine;
};

// Freeing the rule sets and their compiled regexes takes milliseconds, and the
// process ends right after the report; like a compiler, legalint leaves that
// memory to the operating system. It stays reachable from here, so leak
// checkers do not count it.
void keep_until_exit(std::vector<EngineSlot> slots) {
  static auto* const kept = new std::vector<EngineSlot>;
  for (auto& slot : slots) kept->push_back(std::move(slot));
}

int exit_code(const RunReport& run, const std::string& fail_level) {
  // A file legalint itself failed on (cli/batch.cpp) fails the run as any internal error does.
  for (const auto& file : run.files)
    if (file.error && file.error->error_class == ErrorClass::internal) return kUsage;
  if (run.unreadable() > 0) return kUnreadable;
  const auto fail = parse_severity(fail_level);
  if (!fail) return kClean;  // --fail-level none
  for (const auto severity : {Severity::info, Severity::warning, Severity::error})
    if (severity >= *fail && run.count(severity) > 0) return kFindings;
  return kClean;
}

int run_check(const CheckSettings& s) {
  std::optional<DocumentKind> kind;
  if (!s.kind.empty()) kind = parse_document_kind(s.kind);
  std::optional<std::chrono::milliseconds> time_option;
  if (!s.time_limit.empty()) {
    time_option = parse_duration(s.time_limit);
    if (!time_option) {
      std::cerr << "legalint: --time-limit 的取值 '" << s.time_limit << "' 不是时长(应如 10s、500ms、2m,0 为不限)\n";
      return kUsage;
    }
  }

  ConfigFinder finder;
  auto config_failed = [&] {
    std::cerr << "legalint: " << finder.error()->to_string() << "\n";
    return kUsage;
  };
  if (!s.config.empty() && !finder.use_only(s.config)) return config_failed();

  // Files found in folders skip what their legalint.toml excludes.
  const Inputs inputs = collect_inputs(s.paths, [&](const std::string& file) {
    const Config* config = finder.for_file(file);
    return config && config->excludes_file(file);
  });
  if (finder.error()) return config_failed();

  std::vector<const Config*> configs;
  for (const auto& file : inputs.files) {
    configs.push_back(finder.for_file(file));
    if (!configs.back()) return config_failed();
  }

  std::vector<EngineSlot> slots;
  std::map<std::string, std::size_t> slot_of_key;
  std::vector<std::size_t> engine_of;
  auto slot_for = [&](const Config& config) -> std::optional<std::size_t> {
    const std::string key = config.engine_key();
    if (auto it = slot_of_key.find(key); it != slot_of_key.end()) return it->second;
    auto toolkit = load_toolkit({}, config.overrides());
    if (!toolkit) return std::nullopt;
    if (auto error = config.validate(toolkit->rules)) {
      std::cerr << "legalint: " << error->to_string() << "\n";
      return std::nullopt;
    }
    EngineSlot slot;
    slot.toolkit = std::make_unique<Toolkit>(std::move(*toolkit));
    ReviewOptions review;
    review.packs = !s.packs.empty() ? s.packs : config.packs.value_or(std::vector<std::string>{});
    review.disabled = s.disabled;
    for (const auto& id : config.disabled_rules()) review.disabled.push_back(id);
    slot.engine = std::make_unique<Engine>(slot.toolkit->rules, slot.toolkit->calendar, review);
    slots.push_back(std::move(slot));
    slot_of_key.emplace(key, slots.size() - 1);
    return slots.size() - 1;
  };
  const Config no_config;
  for (const Config* config : configs) {
    auto slot = slot_for(*config);
    if (!slot) return kUsage;
    engine_of.push_back(*slot);
  }
  if (slots.empty() && !slot_for(no_config)) return kUsage;  // nothing to review: still check the packs load

  const RuleSet& rules = slots.front().toolkit->rules;
  for (const auto& pack : s.packs) {
    if (!rules.find_pack(pack)) {
      std::cerr << "legalint: 未知的规则包 '" << pack << "'(见 legalint rules list)\n";
      return kUsage;
    }
  }
  for (const auto& rule : s.disabled) {
    if (!rules.find(rule)) {
      std::cerr << "legalint: --disable 中未知的规则 '" << rule << "'(见 legalint rules list)\n";
      return kUsage;
    }
  }
  std::optional<Baseline> baseline;
  if (!s.baseline.empty()) {
    auto loaded = load_baseline(s.baseline);
    if (!loaded.ok()) {
      std::cerr << "legalint: " << loaded.error().to_string() << "\n";
      return kUsage;
    }
    baseline = std::move(loaded.value());
  }

  std::vector<Engine*> engines;
  for (auto& slot : slots) engines.push_back(slot.engine.get());
  BatchOptions batch;
  batch.jobs = s.jobs;
  batch.kind = kind;
  batch.progress = !s.quiet && ::isatty(STDERR_FILENO) && inputs.files.size() > 1;
  batch.keep_text = format_shows_text(s.format);
  batch.spill = true;  // a corpus's findings could outgrow memory; the sinks read them back file by file
  for (const Config* config : configs) batch.per_file.push_back(limits_for(*config, time_option));
  RunReport run = run_batch(inputs.files, engines, engine_of, batch);
  for (const auto& error : inputs.errors) {
    FileOutcome outcome;
    outcome.path = error.path;
    outcome.error = error;
    run.files.push_back(std::move(outcome));
  }
  run.rules = &rules;
  run.bases = &slots.front().toolkit->bases;

  // The configuration: severities, [[ignore]], [[accepted]]. A file whose
  // configuration has none is left alone: its findings may be spilled, and
  // reading them back only to keep them all was a read a file.
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    const Config& config = *configs[i];
    if (!config.edits_findings()) continue;
    FileOutcome& file = run.files[i];
    run.edit_findings(file, [&](std::vector<Finding>& findings) {
      const std::size_t before = findings.size();
      bool severity_changed = false;
      std::erase_if(findings, [&](Finding& f) {
        const Severity was = f.severity;
        if (!config.keep(f)) return true;
        severity_changed |= f.severity != was;
        if (!config.is_accepted(f)) return false;
        ++file.accepted;
        return true;
      });
      return severity_changed || findings.size() != before;
    });
  }
  if (!s.update_baseline.empty()) {
    if (auto error = write_file_atomically(s.update_baseline, baseline_json(run))) {
      std::cerr << "legalint: " << error->to_string() << "\n";
      return kUsage;
    }
  }
  if (baseline) apply_baseline(*baseline, run);

  SinkOptions options;
  options.text.color = use_color(s.color, s.no_color, s.output);
  options.text.details = !s.quiet;
  options.fail_level = parse_severity(s.fail_level);
  const auto sink = make_sink(s.format, options);
  if (!emit_report(s.output, [&](std::ostream& out) { sink->write(run, out); })) return kUsage;
  if (!s.quiet && ::isatty(STDERR_FILENO)) {
    // The summary goes to the terminal when the report itself does not.
    if (s.format != "text" || !s.output.empty()) std::cerr << summary_line(run) << "\n";
    if (!s.update_baseline.empty()) std::cerr << "已写入基线 " << s.update_baseline << "\n";
    std::cerr << "用时 " << run.elapsed.count() << " 毫秒\n";
  }

  keep_until_exit(std::move(slots));
  return exit_code(run, s.fail_level);
}

}  // namespace

void add_check_command(CLI::App& app, std::function<int()>& run) {
  auto settings = std::make_shared<CheckSettings>();
  CLI::App* check = app.add_subcommand("check", "Review files and folders (.txt .md .docx; folders recursively; - for stdin)");
  check->add_option("paths", settings->paths, "Files or folders to review")->required();
  check->add_option("-f,--format", settings->format, "Output format: text (default), json, jsonl, sarif, junit, html")
      ->check(CLI::IsMember(format_names()));
  check->add_option("--kind", settings->kind, "Force the document kind instead of telling it from the title")
      ->check(CLI::IsMember({"lease", "tender", "decision", "contract"}));
  check->add_option("--pack", settings->packs, "Run only these packs (repeatable): contract, lease, tender, decision");
  check->add_option("--disable", settings->disabled, "Do not run this rule (repeatable), e.g. lease/no-pricing-basis");
  check->add_option("--fail-level", settings->fail_level, "Lowest severity that makes the exit code 1 (default error)")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  check->add_option("--config", settings->config, "Use this legalint.toml for every file instead of finding one");
  check->add_option("--baseline", settings->baseline, "Hide the findings recorded in this baseline file");
  check->add_option("--update-baseline", settings->update_baseline, "Write every finding of this run to this baseline file");
  check->add_option("-j,--jobs", settings->jobs, "Files reviewed in parallel (default: one per core)");
  check->add_option("--time-limit", settings->time_limit,
                    "CPU time one file may take (default 10s; e.g. 30s, 500ms, 0 for none); a file over it is "
                    "reported as the input error time-limit");
  check->add_flag("--color", settings->color, "Color the output even when it is not a terminal");
  check->add_flag("--no-color", settings->no_color, "Never color the output (NO_COLOR is honoured too)");
  check->add_flag("-q,--quiet", settings->quiet, "One line per finding, no progress line");
  check->add_option("-o,--output", settings->output, "Write the report to this file (atomically) instead of stdout");
  check->footer(
      "Examples:\n"
      "  legalint check 租赁合同.docx                          review one draft\n"
      "  legalint check 租赁合同.docx -f html -o 审查报告.html  a report to open and print\n"
      "  legalint check corpus/leases                          a folder, with a summary\n"
      "  legalint check corpus/leases -f sarif -o out.sarif    for GitHub code scanning\n"
      "  legalint check corpus/leases -f junit -o junit.xml    for CI test reports\n"
      "  legalint check corpus/leases -f jsonl | jq .rule      one JSON object per finding\n"
      "  legalint check corpus/leases --update-baseline base.json   record today's findings\n"
      "  legalint check corpus/leases --baseline base.json     then show only new ones\n\n"
      "Configuration: legalint.toml, found from each file's folder upwards (or --config):\n"
      "  [packs] enable = [\"lease\"]      [rules] \"lease/no-pricing-basis\" = \"off\"\n"
      "  [params] \"lease.max_term\" = \"15年\"   [files] exclude = [\"**/INDEX.md\"]\n"
      "  [limits] time_per_file = \"10s\"  file_size = \"64MB\"  line_length = \"64KB\"\n"
      "  see docs/output.md for every key, the formats and the JSON schema.\n\n"
      "Exit codes: 0 nothing at or above --fail-level; 1 findings at or above it;\n"
      "2 usage, configuration or rule-pack error; 3 some input could not be read\n"
      "(the others are still reviewed and reported, in every format).");
  check->callback([settings, &run] { run = [settings] { return run_check(*settings); }; });
}

}  // namespace legalint::cli

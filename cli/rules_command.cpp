// legalint rules list | rules test: the loaded rules, and their examples run.
#include <iostream>
#include <set>

#include "commands.h"
#include "eval/examples.h"
#include "toolkit.h"

namespace legalint::cli {
namespace {

int list_rules(const std::string& pack) {
  auto toolkit = load_toolkit({});
  if (!toolkit) return kUsage;
  for (const auto& rule : toolkit->rules.rules) {
    if (!pack.empty() && rule.pack != pack) continue;
    std::string basis;
    for (const auto& id : rule.basis) basis += (basis.empty() ? "" : " ") + id;
    std::cout << rule.id << "\t" << to_string(rule.severity) << "\t" << rule.title << "\t" << basis << "\n";
  }
  return kClean;
}

int test_rules(const std::vector<std::string>& packs) {
  auto toolkit = load_toolkit(packs);
  if (!toolkit) return kUsage;
  const Engine engine(toolkit->rules, toolkit->calendar);
  std::size_t passed = 0, failed = 0;
  for (const auto& rule : toolkit->rules.rules) {
    const auto results = run_examples(engine, rule);
    const bool ok = std::all_of(results.begin(), results.end(), [](const ExampleResult& r) { return r.passed; });
    std::cout << (ok ? "PASS " : "FAIL ") << rule.id << " (" << results.size() << " examples)\n";
    for (const auto& r : results) {
      if (r.passed) continue;
      std::cout << "  " << rule.path << ":" << r.example->position.line << ": " << (r.example->bad ? "bad" : "good")
                << " example: " << r.detail << "\n";
    }
    (ok ? passed : failed) += 1;
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? kClean : kFindings;
}

// Every regular expression of the loaded packs, once each, one per line: the
// same patterns legalint runs, for a side-by-side benchmark with ripgrep.
int list_patterns() {
  auto toolkit = load_toolkit({});
  if (!toolkit) return kUsage;
  for (const auto* regex : toolkit->rules.regexes->all()) std::cout << regex->pattern() << "\n";  // distinct already
  return kClean;
}

}  // namespace

void add_rules_command(CLI::App& app, std::function<int()>& run) {
  CLI::App* rules = app.add_subcommand("rules", "List the rules, or run their examples");
  rules->require_subcommand(1);

  auto pack = std::make_shared<std::string>();
  CLI::App* list = rules->add_subcommand("list", "One line per rule: id, severity, title, legal basis");
  list->add_option("--pack", *pack, "Only this pack");
  list->callback([pack, &run] { run = [pack] { return list_rules(*pack); }; });

  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* test = rules->add_subcommand("test", "Run every rule's bad and good examples (default: the packs in rules/)");
  test->add_option("packs", *files, "Pack files to test instead of rules/");
  test->callback([files, &run] { run = [files] { return test_rules(*files); }; });

  CLI::App* patterns = rules->add_subcommand("patterns", "Every regular expression of the loaded packs, one per line (for benchmarks)");
  patterns->callback([&run] { run = [] { return list_patterns(); }; });
}

}  // namespace legalint::cli

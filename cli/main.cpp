// legalint — a first-pass legality review (合法性审查) of Chinese legal drafts.
#include <signal.h>
#include <unistd.h>

#include <iostream>

#include "allocator.h"
#include "commands.h"
#include "output_file.h"

namespace {

// Ctrl-C (or SIGTERM) stops at once with a message. Reports are only written
// whole at the end (output_file.h), so there is no half report to leave; a
// temporary file being written is removed. Exit code 128 + the signal (130).
extern "C" void on_interrupt(int signal) {
  legalint::cli::remove_temporary_output();
  static const char message[] = "\nlegalint: interrupted: stopped before the end, no report written\n";
  (void)!::write(STDERR_FILENO, message, sizeof message - 1);
  ::_exit(128 + signal);
}

void stop_cleanly_on_interrupt() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  stop_cleanly_on_interrupt();
  CLI::App app{
      "legalint — 合法性审查的第一遍:像编译器一样审查合同、招标文件和重大决策草案。\n"
      "legalint reviews Chinese contracts, tender documents and decision drafts\n"
      "against rule packs and reports findings like a compiler.\n\n"
      "Examples:\n"
      "  legalint check 租赁合同.docx              review one draft\n"
      "  legalint check corpus/leases             review a folder (summary at the end)\n"
      "  legalint check 合同.docx -f html -o 报告.html   a report to open and print\n"
      "  legalint check corpus/leases -f sarif -o out.sarif   for CI (also json, jsonl, junit)\n"
      "  legalint check corpus/leases --baseline base.json    only findings not in the baseline\n"
      "  legalint explain lease/term-over-20y     the rule, its legal basis, its examples\n"
      "  legalint rules test                      run every rule's own examples\n"
      "  legalint dump 合同.txt                   what legalint reads from a file\n"
      "  legalint eval corpus/leases              findings against the expected ones\n\n"
      "Exit codes: 0 clean; 1 findings at or above --fail-level; 2 usage, configuration\n"
      "or rule-pack error; 3 some input could not be read (the rest is still reviewed).\n\n"
      "Settings: legalint.toml, found from each file's folder upwards (legalint check --help).\n"
      "Formats, configuration and baselines: docs/output.md.",
      "legalint"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "legalint 0.1.0 (" + legalint::cli::allocator_name() + ")");
  std::function<int()> run;
  legalint::cli::add_check_command(app, run);
  legalint::cli::add_explain_command(app, run);
  legalint::cli::add_rules_command(app, run);
  legalint::cli::add_dump_command(app, run);
  legalint::cli::add_eval_command(app, run);
  legalint::cli::add_meeting_command(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : legalint::cli::kUsage;
  }
  try {
    return run ? run() : legalint::cli::kUsage;
  } catch (const std::exception& error) {
    std::cerr << "legalint: internal error: " << error.what() << "\n";
    return legalint::cli::kUsage;  // never 0 on an internal error
  }
}

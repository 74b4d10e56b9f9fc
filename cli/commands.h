// The subcommands. Each registers its options on the CLI11 app and returns
// the exit code when run:
//   0  nothing at or above the fail level     1  findings at or above it
//   2  usage, configuration or rule-pack error 3  some input could not be read
#pragma once

#include <CLI/CLI.hpp>

namespace legalint::cli {

// Each adds its subcommand to `app`; `run` is set to the function to call
// when that subcommand is chosen.
void add_check_command(CLI::App& app, std::function<int()>& run);
void add_dump_command(CLI::App& app, std::function<int()>& run);
void add_rules_command(CLI::App& app, std::function<int()>& run);
void add_explain_command(CLI::App& app, std::function<int()>& run);
void add_eval_command(CLI::App& app, std::function<int()>& run);
void add_meeting_command(CLI::App& app, std::function<int()>& run);

enum ExitCode { kClean = 0, kFindings = 1, kUsage = 2, kUnreadable = 3 };

}  // namespace legalint::cli

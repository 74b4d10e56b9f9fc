// Running the built legalint binary in tests: stdout, stderr and the exit
// code kept apart, from a chosen working directory.
#pragma once

#include <filesystem>
#include <string>

#include "files.h"

namespace legalint::test {

struct Run {
  int exit_code = -1;
  std::string out, err;
};

// Runs `legalint ARGS` in `cwd` (the source tree by default); args are shell words.
inline Run legalint(const std::string& args, const std::string& cwd = LEGALINT_SOURCE_DIR) {
  const std::string dir = temp_dir("run");
  const auto r = run_shell("cd " + shell_quote(cwd) + " && " + shell_quote(LEGALINT_BINARY) + " " + args + " >" + shell_quote(dir + "/out") + " 2>" +
                           shell_quote(dir + "/err") + "; echo $? >" + shell_quote(dir + "/rc"));
  Run run;
  run.out = read_all(dir + "/out");
  run.err = read_all(dir + "/err");
  run.exit_code = std::stoi(read_all(dir + "/rc"));
  std::filesystem::remove_all(dir);
  return run;
}

}  // namespace legalint::test

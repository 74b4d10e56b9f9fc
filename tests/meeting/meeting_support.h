// Shared by the meeting tests: the real seeds and packs, and a runner for
// the built legalint binary.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "check/dates.h"
#include "eval/bases.h"
#include "eval/compile.h"
#include "eval/engine.h"

namespace legalint::meeting_test {

inline const BasisIndex& bases() {
  static const BasisIndex index = BasisIndex::load(LEGALINT_SOURCE_DIR "/seeds/bases.toml").value();
  return index;
}

inline const HolidayCalendar& calendar() {
  static const HolidayCalendar c = HolidayCalendar::load(LEGALINT_SOURCE_DIR "/seeds/holidays.toml").value();
  return c;
}

// Every pack of rules/, as `legalint` loads them.
inline const RuleSet& rules() {
  static const RuleSet set = [] {
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(LEGALINT_SOURCE_DIR "/rules"))
      if (entry.path().extension() == ".rules") paths.push_back(entry.path().string());
    std::sort(paths.begin(), paths.end());
    rulelang::Diagnostics diagnostics;
    return load_packs(paths, bases(), {}, diagnostics);
  }();
  return set;
}

inline Date date(int y, int m, int d) { return Date{y, m, d}; }

inline std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_all(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

inline std::string quoted(const std::string& s) {
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// A fresh temporary directory.
inline std::string temp_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("legalint-meeting-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

struct Run {
  int exit_code = -1;
  std::string out, err;
};

// Runs `legalint ARGS` in `cwd` (the source tree by default).
inline Run run_legalint(const std::string& args, const std::string& cwd = LEGALINT_SOURCE_DIR) {
  const std::string dir = temp_dir("run");
  const std::string command = "cd " + quoted(cwd) + " && NO_COLOR=1 " + quoted(LEGALINT_BINARY) + " " + args + " >" +
                              quoted(dir + "/out") + " 2>" + quoted(dir + "/err") + "; echo $? >" + quoted(dir + "/rc");
  (void)std::system(command.c_str());
  Run run;
  run.out = read_all(dir + "/out");
  run.err = read_all(dir + "/err");
  run.exit_code = std::stoi(read_all(dir + "/rc"));
  std::filesystem::remove_all(dir);
  return run;
}

}  // namespace legalint::meeting_test

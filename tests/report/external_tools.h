// The real tools the report tests check output with: a JSON-schema
// validator for SARIF (Python's jsonschema, tests/report/validate_json_schema.py)
// and headless Chromium for the HTML report. Both are Debian packages
// installed by `scripts/install-deps.sh --test` (python3-jsonschema, chromium).
// When one is missing, the test fails and says what to install: CI must run
// these checks, not skip them.
#pragma once

#include <catch2/catch.hpp>

#include "files.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace legalint::test {

inline const std::string& sarif_schema_path() {
  static const std::string path = LEGALINT_SHARED_DIR "/schemas/sarif-schema-2.1.0.json";
  return path;
}

// Validates the SARIF file at `path` against the official 2.1.0 schema.
inline void require_valid_sarif(const std::string& path) {
  if (!std::filesystem::exists(sarif_schema_path()))
    FAIL("the SARIF 2.1.0 schema is not at " << sarif_schema_path()
                                             << ": this test needs the shared folder (../shared beside the repository, "
                                                "with schemas/sarif-schema-2.1.0.json from OASIS)");
  const auto r = run_shell("python3 " + shell_quote(LEGALINT_SOURCE_DIR "/tests/report/validate_json_schema.py") + " " +
                           shell_quote(sarif_schema_path()) + " " + shell_quote(path));
  INFO(r.output);
  if (r.exit_code == 3 || r.exit_code == 127) FAIL("no JSON-schema validator: " << r.output);
  REQUIRE(r.exit_code == 0);
}

struct BrowserResult {
  bool screenshot = false;
  std::string console;  // the page's console lines (errors, uncaught exceptions, logs)
  std::string log;
};

// Opens `html` in headless Chromium, takes a screenshot to `png`, returns
// what the page wrote to its console. No network: a file:// URL, and the
// background services that would phone home are off.
inline BrowserResult open_in_chromium(const std::string& html, const std::string& png, int width = 1280, int height = 900) {
  const auto which = run_shell("command -v chromium || command -v chromium-browser");
  if (which.exit_code != 0) FAIL("headless Chromium is not installed: run scripts/install-deps.sh --test (Debian package chromium)");
  std::string browser = which.output.substr(0, which.output.find('\n'));
  const std::string profile = temp_dir("chromium-profile");
  std::filesystem::remove(png);
  const std::string command = shell_quote(browser) +
                              " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
                              " --disable-component-update --disable-sync --disable-extensions --hide-scrollbars"
                              " --user-data-dir=" + shell_quote(profile) + " --enable-logging=stderr --v=0 --window-size=" +
                              std::to_string(width) + "," + std::to_string(height) + " --screenshot=" + shell_quote(png) + " " +
                              shell_quote("file://" + std::filesystem::absolute(html).string());
  const auto r = run_shell("timeout 120 " + command);
  std::filesystem::remove_all(profile);
  BrowserResult result;
  result.log = r.output;
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);)
    if (line.find(":CONSOLE") != std::string::npos || line.find("Uncaught") != std::string::npos) result.console += line + "\n";
  std::error_code error;
  result.screenshot = std::filesystem::exists(png, error) && std::filesystem::file_size(png, error) > 1000;
  return result;
}

// Self-contained: no script, style, image or font loaded from anywhere.
inline void require_self_contained(const std::string& html) {
  for (const char* needle : {"<link", " src=", "@import", "url(", "http://", "https://"}) {
    INFO("the HTML report must not load anything: found " << needle);
    CHECK(html.find(needle) == std::string::npos);
  }
}

}  // namespace legalint::test

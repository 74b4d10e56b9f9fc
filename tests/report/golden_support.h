// Golden files, as Catch2's own reporter tests do them: the approved output
// lives in tests/report/golden/NAME.approved.EXT; a run that differs writes
// NAME.unapproved.EXT beside it and fails, so the change can be reviewed
// (diff the two) and approved (copy unapproved over approved).
#pragma once

#include <catch2/catch.hpp>

#include "files.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace legalint::test {

// What may vary between machines and runs: line ends (a checkout on
// Windows) and the tool version. Sinks write no times or absolute paths.
inline std::string normalize_golden(std::string text, const std::string& version) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
  if (!version.empty())
    for (std::size_t at = out.find(version); at != std::string::npos; at = out.find(version, at + 9)) out.replace(at, version.size(), "<version>");
  return out;
}

inline void check_golden(const std::string& name, const std::string& ext, const std::string& actual, const std::string& version) {
  const std::string dir = LEGALINT_SOURCE_DIR "/tests/report/golden/";
  const std::string approved = dir + name + ".approved." + ext;
  const std::string unapproved = dir + name + ".unapproved." + ext;
  const std::string normalized = normalize_golden(actual, version);
  const bool exists = std::filesystem::exists(approved);
  if (exists && normalize_golden(read_all(approved), version) == normalized) {
    std::remove(unapproved.c_str());
    SUCCEED(name << " matches " << approved);
    return;
  }
  std::ofstream(unapproved, std::ios::binary) << normalized;
  if (!exists)
    FAIL("no approved output for " << name << ": review " << unapproved << " and approve it with\n  cp '" << unapproved << "' '"
                                   << approved << "'");
  FAIL(name << " differs from the approved output: see\n  diff '" << approved << "' '" << unapproved
            << "'\nand if the change is right, approve it with\n  cp '" << unapproved << "' '" << approved << "'");
}

}  // namespace legalint::test

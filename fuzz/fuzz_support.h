// Shared by the libFuzzer targets: where the source tree's data lives, and
// the seeds loaded once per process.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace legalint::fuzz {

// The source tree (rules/, seeds/): $LEGALINT_DATA_DIR, else the tree this was built from.
inline std::string data_dir() {
  if (const char* dir = std::getenv("LEGALINT_DATA_DIR"); dir && *dir) return dir;
  return LEGALINT_SOURCE_DATA_DIR;
}

inline std::vector<std::string> pack_files() {
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(data_dir()) / "rules", error))
    if (entry.path().extension() == ".rules") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace legalint::fuzz

#include "toolkit.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace legalint::cli {

std::string data_directory() {
  if (const char* dir = std::getenv("LEGALINT_DATA_DIR"); dir && *dir) return dir;
  std::error_code error;
  const fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "legalint";
    if (fs::exists(installed / "rules", error)) return installed.string();
  }
  return LEGALINT_SOURCE_DATA_DIR;
}

std::vector<std::string> pack_files(const std::vector<std::string>& given) {
  if (!given.empty()) return given;
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(fs::path(data_directory()) / "rules", error))
    if (entry.path().extension() == ".rules") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<Toolkit> load_toolkit(const std::vector<std::string>& packs, const ParameterOverrides& overrides) {
  const fs::path data = data_directory();
  auto bases = BasisIndex::load((data / "seeds" / "bases.toml").string());
  if (!bases.ok()) {
    std::cerr << "legalint: " << bases.error().to_string() << "\n";
    return std::nullopt;
  }
  auto calendar = HolidayCalendar::load((data / "seeds" / "holidays.toml").string());
  if (!calendar.ok()) {
    std::cerr << "legalint: " << calendar.error().to_string() << "\n";
    return std::nullopt;
  }
  Toolkit toolkit{std::move(bases.value()), std::move(calendar.value()), {}};
  const auto files = pack_files(packs);
  if (files.empty()) {
    std::cerr << "legalint: no rule packs found in " << (data / "rules").string() << " (set LEGALINT_DATA_DIR?)\n";
    return std::nullopt;
  }
  rulelang::Diagnostics diagnostics;
  toolkit.rules = load_packs(files, toolkit.bases, overrides, diagnostics);
  if (!diagnostics.empty()) {
    for (const auto& d : diagnostics) std::cerr << d.to_string() << "\n";
    std::cerr << "legalint: " << diagnostics.size() << " error(s) in the rule packs\n";
    return std::nullopt;
  }
  return toolkit;
}

}  // namespace legalint::cli

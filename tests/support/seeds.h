// The real seeds and packs, loaded once per test binary: seeds/bases.toml,
// seeds/holidays.toml and every pack of rules/, as `legalint` loads them.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "check/dates.h"
#include "eval/bases.h"
#include "eval/compile.h"

namespace legalint::test {

inline const BasisIndex& bases() {
  static const BasisIndex index = BasisIndex::load(LEGALINT_SOURCE_DIR "/seeds/bases.toml").value();
  return index;
}

inline const HolidayCalendar& calendar() {
  static const HolidayCalendar c = HolidayCalendar::load(LEGALINT_SOURCE_DIR "/seeds/holidays.toml").value();
  return c;
}

inline const RuleSet& shipped_rules() {
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

}  // namespace legalint::test

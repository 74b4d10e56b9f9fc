// What every command needs loaded before it can work: the basis index, the
// holiday calendar and the rule packs, found in the data directory.
//
// The data directory holds rules/ and seeds/. It is, in order: $LEGALINT_DATA_DIR;
// ../share/legalint beside the executable (an installed copy); the source
// tree the binary was built from.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/dates.h"
#include "eval/bases.h"
#include "eval/compile.h"
#include "eval/rule.h"

namespace legalint::cli {

std::string data_directory();

// The pack files of rules/ (sorted), or of the given paths.
std::vector<std::string> pack_files(const std::vector<std::string>& given);

struct Toolkit {
  BasisIndex bases;
  HolidayCalendar calendar;
  RuleSet rules;
};

// Loads everything; on any mistake prints the diagnostics to stderr and
// returns nullopt (the caller exits with 2).
std::optional<Toolkit> load_toolkit(const std::vector<std::string>& packs, const ParameterOverrides& overrides = {});

}  // namespace legalint::cli

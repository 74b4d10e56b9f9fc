// The check kinds by name: the one place that maps `check <kind>` in a pack
// to the C++ that implements it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/args.h"
#include "check/check.h"

namespace legalint {

struct CheckKind {
  std::string name;                       // "quantity"
  std::string summary;                    // one line, for `legalint rules kinds` and docs
  std::vector<std::string> placeholders;  // what its hits fill in messages
  std::unique_ptr<Check> (*make)(CheckArgs& args);  // nullptr result when args had errors
};

const std::vector<CheckKind>& check_kinds();
const CheckKind* find_check_kind(std::string_view name);

// One factory per kind, each defined in its own file.
std::unique_ptr<Check> make_pattern_check(CheckArgs& args);
std::unique_ptr<Check> make_require_check(CheckArgs& args);
std::unique_ptr<Check> make_quantity_check(CheckArgs& args);
std::unique_ptr<Check> make_interval_check(CheckArgs& args);
std::unique_ptr<Check> make_consistency_check(CheckArgs& args);
std::unique_ptr<Check> make_conflict_check(CheckArgs& args);
std::unique_ptr<Check> make_conditional_check(CheckArgs& args);
std::unique_ptr<Check> make_procedure_check(CheckArgs& args);
std::unique_ptr<Check> make_corpus_check(CheckArgs& args);

}  // namespace legalint

#include "check/registry.h"

namespace legalint {

const std::vector<CheckKind>& check_kinds() {
  static const std::vector<CheckKind> kinds = {
      {"pattern", "wording that must not appear", {"match"}, make_pattern_check},
      {"require", "a clause that must be present", {"item"}, make_require_check},
      {"quantity", "a number near an anchor word, against a limit", {"value", "limit", "ratio", "base"}, make_quantity_check},
      {"interval", "days or working days between two dated facts", {"from", "to", "days", "limit", "note"}, make_interval_check},
      {"consistency", "one quantity stated twice must agree", {"first", "second"}, make_consistency_check},
      {"conflict", "things that must not appear together", {"match", "other"}, make_conflict_check},
      {"conditional", "if one thing is present, another must be", {"match"}, make_conditional_check},
      {"procedure", "required steps, in order", {"step", "before"}, make_procedure_check},
      {"corpus", "across the documents of one run", {"other", "key", "total"}, make_corpus_check},
  };
  return kinds;
}

const CheckKind* find_check_kind(std::string_view name) {
  for (const auto& kind : check_kinds())
    if (kind.name == name) return &kind;
  return nullptr;
}

}  // namespace legalint

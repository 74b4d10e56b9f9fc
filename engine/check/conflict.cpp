// check conflict: not implemented yet (being written).
#include "check/registry.h"

namespace legalint {

std::unique_ptr<Check> make_conflict_check(CheckArgs& args) {
  args.error("check 'conflict' is not implemented yet");
  return nullptr;
}

}  // namespace legalint

// check consistency: not implemented yet (being written).
#include "check/registry.h"

namespace legalint {

std::unique_ptr<Check> make_consistency_check(CheckArgs& args) {
  args.error("check 'consistency' is not implemented yet");
  return nullptr;
}

}  // namespace legalint

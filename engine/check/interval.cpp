// check interval: not implemented yet (being written).
#include "check/registry.h"

namespace legalint {

std::unique_ptr<Check> make_interval_check(CheckArgs& args) {
  args.error("check 'interval' is not implemented yet");
  return nullptr;
}

}  // namespace legalint

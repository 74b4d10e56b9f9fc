// check conditional: not implemented yet (being written).
#include "check/registry.h"

namespace legalint {

std::unique_ptr<Check> make_conditional_check(CheckArgs& args) {
  args.error("check 'conditional' is not implemented yet");
  return nullptr;
}

}  // namespace legalint

// check procedure: not implemented yet (being written).
#include "check/registry.h"

namespace legalint {

std::unique_ptr<Check> make_procedure_check(CheckArgs& args) {
  args.error("check 'procedure' is not implemented yet");
  return nullptr;
}

}  // namespace legalint

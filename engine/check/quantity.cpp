// check quantity: not implemented yet (being written).
#include "check/registry.h"

namespace legalint {

std::unique_ptr<Check> make_quantity_check(CheckArgs& args) {
  args.error("check 'quantity' is not implemented yet");
  return nullptr;
}

}  // namespace legalint

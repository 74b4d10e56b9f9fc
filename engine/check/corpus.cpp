// check corpus: not implemented yet (being written).
#include "check/registry.h"

namespace legalint {

std::unique_ptr<Check> make_corpus_check(CheckArgs& args) {
  args.error("check 'corpus' is not implemented yet");
  return nullptr;
}

}  // namespace legalint

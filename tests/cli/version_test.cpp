// `legalint --version` names the malloc the binary really runs on: jemalloc
// in a default build (CMakeLists.txt, #9), the system's in a sanitizer build.
#include "run_legalint.h"

namespace legalint::test {

TEST_CASE("the version line names the allocator the build chose, and it is the one in use", "[cli][version]") {
  const Run run = legalint("--version");
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.out.rfind("legalint 0.1.0 (", 0) == 0);
  CHECK(run.out.find(std::string("(") + LEGALINT_EXPECTED_ALLOCATOR) != std::string::npos);
  CHECK(run.out.find("not in use") == std::string::npos);
}

}  // namespace legalint::test

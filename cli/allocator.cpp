#include "allocator.h"

#ifdef LEGALINT_WITH_JEMALLOC
#include <cstdint>
#include <cstdlib>

#include <jemalloc/jemalloc.h>
#endif

namespace legalint::cli {

#ifdef LEGALINT_WITH_JEMALLOC
namespace {

std::uint64_t allocated_by_this_thread() {
  std::uint64_t bytes = 0;
  std::size_t size = sizeof bytes;
  return mallctl("thread.allocated", &bytes, &size, nullptr, 0) == 0 ? bytes : 0;
}

// Linked is not enough: malloc must resolve to jemalloc's, which then counts
// the bytes. `volatile` keeps the compiler from eliding the malloc/free pair.
bool malloc_is_jemalloc() {
  constexpr std::size_t kProbe = 1 << 16;
  const std::uint64_t before = allocated_by_this_thread();
  void* volatile probe = std::malloc(kProbe);
  const std::uint64_t after = allocated_by_this_thread();
  std::free(probe);
  return after >= before + kProbe;
}

}  // namespace
#endif

std::string allocator_name() {
#ifdef LEGALINT_WITH_JEMALLOC
  const char* version = nullptr;
  std::size_t size = sizeof version;
  if (!malloc_is_jemalloc() || mallctl("version", &version, &size, nullptr, 0) != 0 || !version)
    return "jemalloc linked, not in use";
  const std::string full(version);  // "5.3.0-0-g<commit>"
  return "jemalloc " + full.substr(0, full.find('-'));
#else
  return "system malloc";
#endif
}

}  // namespace legalint::cli

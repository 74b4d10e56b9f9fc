// Which malloc the binary runs on, for `legalint --version`: jemalloc when
// built with LEGALINT_JEMALLOC (the default; CMakeLists.txt), else the C
// library's. Asking jemalloc its version also keeps the linker from dropping
// the library, which nothing else names.
#pragma once

#include <string>

namespace legalint::cli {

// "jemalloc 5.3.0", or "system malloc" in a build without it.
std::string allocator_name();

}  // namespace legalint::cli

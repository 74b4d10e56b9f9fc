// libFuzzer target: text loading with encoding detection (UTF-8 with and
// without BOM, UTF-16, GB18030 through ICU's detector, the binary and empty
// refusals) on arbitrary bytes, as .txt and as .md.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <cstdlib>

#include "base/utf8.h"
#include "load/load.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto loaded = legalint::load_bytes("fuzz.txt", bytes);
  if (!loaded.ok()) {
    (void)loaded.error().to_string();
    return 0;
  }
  // What the loader promises: well-formed UTF-8, and a map for every byte of it.
  if (!legalint::utf8::is_valid(loaded.value().text)) std::abort();
  return 0;
}

// libFuzzer target: the .docx loader (libzip, the size and ratio limits,
// pugixml, the text extraction and its source map) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <cstdlib>

#include "base/utf8.h"
#include "load/load.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  legalint::LoadOptions options;
  options.max_docx_entry_bytes = 8u << 20;  // below the defaults so a bomb costs the fuzzer little
  auto loaded = legalint::load_bytes("fuzz.docx", std::string_view(reinterpret_cast<const char*>(data), size), options);
  if (!loaded.ok()) {
    (void)loaded.error().to_string();
    return 0;
  }
  // What the loader promises: well-formed UTF-8, and a map for every byte of it.
  if (!legalint::utf8::is_valid(loaded.value().text)) std::abort();
  return 0;
}

// libFuzzer target: the rule-pack parser and compiler (Spirit X3 grammar,
// key checks, RE2 compilation, basis lookup) on arbitrary pack text, with the
// real seeds/bases.toml. Every mistake must come back as a diagnostic.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "eval/bases.h"
#include "eval/compile.h"
#include "fuzz_support.h"

namespace {

const legalint::BasisIndex& bases() {
  static const legalint::BasisIndex index = [] {
    auto loaded = legalint::BasisIndex::load(legalint::fuzz::data_dir() + "/seeds/bases.toml");
    if (!loaded.ok()) std::abort();
    return std::move(loaded.value());
  }();
  return index;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 64 * 1024) return 0;  // packs are small; keep the fuzzer fast
  const std::string text(reinterpret_cast<const char*>(data), size);
  legalint::RuleSet rules;
  legalint::rulelang::Diagnostics diagnostics;
  legalint::compile_pack_text("fuzz.rules", text, bases(), {}, rules, diagnostics);
  legalint::seal_rules(rules, diagnostics);
  for (const auto& diagnostic : diagnostics) (void)diagnostic.to_string();
  return 0;
}

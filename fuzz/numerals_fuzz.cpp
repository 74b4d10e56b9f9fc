// libFuzzer target: the numeral, money, date and duration grammars.
// The input is treated as normalized text: parse_numeral on the whole of it
// (and on its first line), extract_facts and extract_parties over it.
// Invariants checked: facts come back sorted, non-overlapping, inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "facts/facts.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)legalint::parse_numeral(text);
  if (auto newline = text.find('\n'); newline != std::string_view::npos) (void)legalint::parse_numeral(text.substr(0, newline));
  // The facts scanner is given valid UTF-8 by the pipeline (NFKC output): repair
  // malformed bytes to U+FFFD rather than throwing the input away.
  std::string valid;
  valid.reserve(size);
  for (std::size_t offset = 0; offset < text.size();) {
    int length = 1;
    legalint::utf8::append(valid, legalint::utf8::decode(text, offset, &length));
    offset += static_cast<std::size_t>(length);
  }
  const auto facts = legalint::extract_facts(valid);
  std::uint32_t previous_end = 0;
  for (const auto& fact : facts) {
    if (fact.span.begin > fact.span.end || fact.span.end > valid.size() || fact.span.begin < previous_end) std::abort();
    previous_end = fact.span.end;
  }
  (void)legalint::extract_parties(valid);
  return 0;
}

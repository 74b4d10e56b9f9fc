// The hash behind finding fingerprints (baselines): the engine's findings
// and the meeting rules' both use it, so that one baseline file serves both.
//
//   fingerprint_text(fnv1a(words, fnv1a(rule_id + '\0')))   // "3f2a…", 16 hex digits
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace legalint {

// FNV-1a: small, stable across platforms and releases, which is all a
// fingerprint needs.
inline std::uint64_t fnv1a(std::string_view data, std::uint64_t hash = 14695981039346656037ull) {
  for (const unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

inline std::string fingerprint_text(std::uint64_t hash) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace legalint

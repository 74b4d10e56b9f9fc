// Byte counts in words, for load-stage messages ("100 MB", "1.5 MB", "900 KB", "12 字节").
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace legalint::load_internal {

// Binary units (1 MB = 2^20 bytes), one decimal only when it says something.
inline std::string human_size(std::uint64_t bytes) {
  char buffer[32];
  const auto format = [&](double value, const char* unit) {
    if (value >= 10 || value == static_cast<double>(static_cast<std::uint64_t>(value))) {
      std::snprintf(buffer, sizeof buffer, "%.0f %s", value, unit);
    } else {
      std::snprintf(buffer, sizeof buffer, "%.1f %s", value, unit);
    }
    return std::string(buffer);
  };
  if (bytes >= (1ull << 20)) return format(static_cast<double>(bytes) / (1ull << 20), "MB");
  if (bytes >= (1ull << 10)) return format(static_cast<double>(bytes) / (1ull << 10), "KB");
  return std::to_string(bytes) + " 字节";
}

}  // namespace legalint::load_internal

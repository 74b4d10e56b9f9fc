#include "report/report.h"

namespace legalint {

std::size_t RunReport::count(Severity severity) const {
  std::size_t n = 0;
  for (const auto& file : files)
    for (const auto& finding : file.findings)
      if (finding.severity == severity) ++n;
  return n;
}

std::size_t RunReport::unreadable() const {
  std::size_t n = 0;
  for (const auto& file : files)
    if (!file.reviewed()) ++n;
  return n;
}

std::size_t RunReport::findings() const {
  std::size_t n = 0;
  for (const auto& file : files) n += file.findings.size();
  return n;
}

std::size_t RunReport::baselined() const {
  std::size_t n = 0;
  for (const auto& file : files) n += file.baselined;
  return n;
}

std::size_t RunReport::accepted() const {
  std::size_t n = 0;
  for (const auto& file : files) n += file.accepted;
  return n;
}

}  // namespace legalint

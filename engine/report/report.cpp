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

}  // namespace legalint

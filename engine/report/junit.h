// The JUnit XML sink, for CI systems that show test results (GitLab,
// Jenkins, Azure): one <testsuite> for the run, one <testcase> per file
// (classname "legalint.<kind>", name the path), a <failure> per finding at
// or above the fail level, an <error> for a file that could not be read.
// Findings below the fail level are listed in the testcase's <system-out>,
// so none is lost. No time attributes: the same input gives the same bytes.
#pragma once

#include <optional>

#include "report/report.h"

namespace legalint {

struct JUnitOptions {
  std::optional<Severity> fail_level = Severity::error;  // nullopt: --fail-level none, no failures
};

class JUnitSink final : public Sink {
 public:
  explicit JUnitSink(JUnitOptions options = {}) : options_(options) {}
  void write(const RunReport& run, std::ostream& out) const override;

 private:
  JUnitOptions options_;
};

}  // namespace legalint

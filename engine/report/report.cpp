#include "report/report.h"

namespace legalint {

std::size_t FileOutcome::count() const { return spilled ? spilled->count : findings.size(); }

std::size_t FileOutcome::count(Severity severity) const {
  if (spilled) return spilled->by_severity[static_cast<std::size_t>(severity)];
  std::size_t n = 0;
  for (const auto& finding : findings)
    if (finding.severity == severity) ++n;
  return n;
}

std::vector<Finding> RunReport::findings_of(const FileOutcome& file) const {
  return file.spilled ? spill->read(file.spilled->range) : file.findings;
}

void RunReport::edit_findings(FileOutcome& file, const std::function<bool(std::vector<Finding>&)>& edit) {
  if (!file.spilled) {
    edit(file.findings);
    return;
  }
  file.findings = spill->read(file.spilled->range);
  if (edit(file.findings)) spill_findings(file);
  else file.findings.clear();
}

void RunReport::spill_findings(FileOutcome& file) {
  if (!spill) return;
  if (file.findings.empty()) {  // nothing to keep out of memory (an edit may have emptied a spilled file)
    file.spilled.reset();
    return;
  }
  SpilledFindings spilled;
  spilled.range = spill->write(file.findings);  // a full disk keeps them in the spill's memory (report/spill.h)
  spilled.count = file.findings.size();
  for (const auto& finding : file.findings) ++spilled.by_severity[static_cast<std::size_t>(finding.severity)];
  file.spilled = spilled;
  file.findings = {};  // and its memory
}

std::size_t RunReport::count(Severity severity) const {
  std::size_t n = 0;
  for (const auto& file : files) n += file.count(severity);
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
  for (const auto& file : files) n += file.count();
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

#include "report/report.h"

#include <algorithm>
#include <iterator>

namespace legalint {

std::size_t FileOutcome::count() const { return (spilled ? spilled->count : 0) + findings.size(); }

std::size_t FileOutcome::count(Severity severity) const {
  std::size_t n = spilled ? spilled->by_severity[static_cast<std::size_t>(severity)] : 0;
  for (const auto& finding : findings)
    if (finding.severity == severity) ++n;
  return n;
}

namespace {
// Sorts `more` into `into` (sorted already); where two compare equal, those
// of `into` stay first, so the order does not depend on how they were joined.
void merge_into(std::vector<Finding>& into, std::vector<Finding> more) {
  std::stable_sort(more.begin(), more.end());
  const auto middle = static_cast<std::ptrdiff_t>(into.size());
  into.insert(into.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  std::inplace_merge(into.begin(), into.begin() + middle, into.end());
}
}  // namespace

std::vector<Finding> RunReport::findings_of(const FileOutcome& file) const {
  if (!file.spilled) return file.findings;
  std::vector<Finding> all = spill->read(file.spilled->range);
  if (!file.findings.empty()) merge_into(all, file.findings);
  return all;
}

void RunReport::add_findings(FileOutcome& file, std::vector<Finding> more) { merge_into(file.findings, std::move(more)); }

void RunReport::edit_findings(FileOutcome& file, const std::function<bool(std::vector<Finding>&)>& edit) {
  if (!file.spilled) {
    edit(file.findings);
    return;
  }
  std::vector<Finding> all = findings_of(file);
  if (!edit(all)) return;  // left where they were
  file.spilled.reset();
  file.findings = std::move(all);
  spill_findings(file);
}

void RunReport::spill_findings(FileOutcome& file) {
  if (!spill) return;
  if (file.spilled) {  // some spilled already: they go again with the held ones, in one range
    file.findings = findings_of(file);
    file.spilled.reset();
  }
  if (file.findings.empty()) return;  // nothing to keep out of memory (an edit may have emptied a file)
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

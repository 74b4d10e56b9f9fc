// The meeting as JUnit XML: an agenda item is a test that passes when the
// item may go to the meeting, so a CI dashboard shows the gate's verdicts.
#include "meeting/formats.h"
#include "report/markup.h"

namespace legalint {
namespace {

std::string finding_line(const Finding& f) {
  return f.path + ":" + std::to_string(f.location.start.line) + ":" + std::to_string(f.location.start.column) + ": " +
         chinese_name(f.severity) + ":" + f.message + " [" + f.rule_id + "]\n";
}

std::string findings_text(const std::vector<std::size_t>& files, const RunReport& run) {
  std::string text;
  for (const auto index : files) {
    const FileOutcome& file = run.files[index];
    if (!file.reviewed()) text += file.path + ":无法读取:" + file.error->message + "\n";
    for (const auto& f : file.findings) text += finding_line(f);
  }
  return text;
}

std::string checklist_text(const MeetingReport& report, const ItemOutcome& item) {
  std::string text = "应备材料:" + std::string(item.required.empty() ? "无\n" : "\n");
  for (const auto& line : material_checklist(report, item)) {
    text += std::string(line.ok() ? "  ✓ " : "  ✗ ") + chinese_name(line.kind);
    for (const auto& file : line.present) text += " " + file;
    for (const auto& file : line.unreadable) text += " 无法读取:" + file;
    if (line.present.empty() && line.unreadable.empty()) text += " 缺少";
    text += "\n";
  }
  for (const auto* material : other_materials(item)) text += "  · " + std::string(chinese_name(material->kind)) + " " + material->file + "\n";
  return text;
}

}  // namespace

void write_meeting_junit(const MeetingReport& report, std::ostream& out) {
  const std::size_t held = report.items.size() - report.ready_count();
  const std::string counts =
      " tests=\"" + std::to_string(report.items.size()) + "\" failures=\"" + std::to_string(held) + "\" errors=\"0\"";
  const std::string suite = report.manifest.title.empty() ? report.dir : report.manifest.title;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"legalint meeting\"" << counts << ">\n";
  out << "  <testsuite name=\"" << escape_markup(suite) << "\"" << counts << " skipped=\"0\">\n";
  out << "    <properties>\n";
  out << "      <property name=\"date\" value=\"" << (report.date ? iso_date(*report.date) : "") << "\"/>\n";
  out << "      <property name=\"manifest\" value=\"" << escape_markup(report.manifest.inferred ? "" : report.manifest.path) << "\"/>\n";
  out << "    </properties>\n";
  for (const auto& item : report.items) {
    const std::string name = item_label(item.number) + ":" + item.item.title;
    out << "    <testcase classname=\"legalint.meeting." << to_string(item.item.type) << "\" name=\"" << escape_markup(name) << "\">\n";
    if (!item.ready) {
      std::string message = verdict_name(false) + std::string(":");
      std::string body;
      for (std::size_t r = 0; r < item.reasons.size(); ++r) {
        const Reason& reason = item.reasons[r];
        message += (r ? ";" : "") + reason.message;
        body += reason.where() + ": " + reason.message + (reason.rule_id.empty() ? "" : " [" + reason.rule_id + "]") + "\n";
      }
      out << "      <failure type=\"legalint/not-ready\" message=\"" << escape_markup(message) << "\">" << escape_markup(body)
          << "</failure>\n";
    }
    const std::string findings = findings_text(item.files, report.run);
    out << "      <system-out>" << escape_markup(checklist_text(report, item) + (findings.empty() ? "" : "审查发现:\n" + findings))
        << "</system-out>\n";
    out << "    </testcase>\n";
  }
  const std::string meeting_findings = findings_text(report.meeting_files, report.run);
  if (!meeting_findings.empty()) out << "    <system-out>" << escape_markup("会议事项:\n" + meeting_findings) << "</system-out>\n";
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace legalint

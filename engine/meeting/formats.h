// The meeting's reports beyond text and JSON (cli/meeting_command.cpp):
//
//   MeetingReport report = review_meeting(…);
//   report.run.rules = &rules;  report.run.bases = &bases;   // for rule titles and legal bases
//   write_meeting_html(report, out);    // printable checklist for the meeting secretary
//   write_meeting_sarif(report, out);   // check's SARIF, plus the verdicts in run.properties
//   write_meeting_junit(report, out);   // one testcase per agenda item, failing when NOT READY
//
// One file per format (meeting_html.cpp, meeting_sarif.cpp,
// meeting_junit.cpp); they live here, not in engine/report, because they
// read a MeetingReport and engine/report comes before this stage. Like the
// sinks, each writes the same bytes for the same report: no time, no date
// of the run, no current directory.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "meeting/meeting.h"

namespace legalint {

// READY / NOT READY as the secretary's checklist says it.
const char* verdict_name(bool ready);  // 可以上会 / 暂缓上会

// An agenda item as the checklists name it: 1 → "议题一", 12 → "议题十二".
std::string item_label(std::size_t number);

// One line of an item's checklist of required materials.
struct ChecklistLine {
  MaterialKind kind = MaterialKind::other;
  std::vector<std::string> present;     // readable files of this kind (✓ when any), relative to the meeting folder
  std::vector<std::string> unreadable;  // files of this kind that could not be read, relative too
  bool ok() const { return !present.empty(); }
};

// The item's required materials in the order its type lists them.
std::vector<ChecklistLine> material_checklist(const MeetingReport& report, const ItemOutcome& item);

// The item's materials that no requirement asks for (reviewed all the same).
std::vector<const MaterialOutcome*> other_materials(const ItemOutcome& item);

// A self-contained, script-free HTML page: the meeting, an overview table,
// then one section per item (a printed page each): its verdict, its
// required materials ticked or crossed with the file names, the reasons
// with file:line:col, and its findings by file; the meeting's own findings
// and notes last. Every text is escaped.
void write_meeting_html(const MeetingReport& report, std::ostream& out);

// SARIF 2.1.0: every finding as `legalint check --format sarif` writes it,
// each result's properties naming its item ("item": 1), and
// runs[0].properties["legalint/meeting"]: title, date, ready, and per item
// its number, title, type, ready, verdict, required and missing materials
// and reasons (rule, message, path, line, column).
void write_meeting_sarif(const MeetingReport& report, std::ostream& out);

// JUnit XML: one testsuite for the meeting, one testcase per agenda item
// (classname legalint.meeting.<type>, name "议题一:title"), with a
// <failure> exactly when the item is NOT READY whose message lists the
// reasons and whose body gives each at file:line:col. The checklist and the
// warnings go to the testcase's <system-out>; the meeting's own findings to
// the testsuite's. No time attributes.
void write_meeting_junit(const MeetingReport& report, std::ostream& out);

}  // namespace legalint

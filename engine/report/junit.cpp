#include "report/junit.h"

#include "report/markup.h"

namespace legalint {
namespace {

std::string finding_text(const Finding& f, const RunReport& run) {
  std::string text = f.path + ":" + std::to_string(f.location.start.line) + ":" + std::to_string(f.location.start.column) + ": " +
                     to_string(f.severity) + ": " + f.message + " [" + f.rule_id + "]\n";
  if (!f.excerpt.empty()) text += "原文: " + f.excerpt + "\n";
  if (!f.clause.empty()) text += "条款: " + f.clause + "\n";
  for (const auto& id : f.basis) {
    const Basis* b = run.bases ? run.bases->find(id) : nullptr;
    text += "依据: " + (b ? b->citation() + (b->paraphrase.empty() ? "" : " — " + b->paraphrase) : id) + "\n";
  }
  if (!f.fix.empty()) text += "建议: " + f.fix + "\n";
  return text;
}

}  // namespace

void JUnitSink::write(const RunReport& run, std::ostream& out) const {
  auto fails = [&](const Finding& f) { return options_.fail_level && f.severity >= *options_.fail_level; };
  std::size_t failures = 0;
  if (options_.fail_level)
    for (const auto s : {Severity::info, Severity::warning, Severity::error})
      if (s >= *options_.fail_level) failures += run.count(s);
  const std::size_t errors = run.unreadable();
  const std::string counts = " tests=\"" + std::to_string(run.files.size()) + "\" failures=\"" + std::to_string(failures) +
                             "\" errors=\"" + std::to_string(errors) + "\"";

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"legalint\"" << counts << ">\n";
  out << "  <testsuite name=\"legalint\"" << counts << " skipped=\"0\">\n";
  for (const auto& file : run.files) {
    const std::string kind = file.reviewed() ? to_string(file.kind) : "unreadable";
    out << "    <testcase classname=\"legalint." << kind << "\" name=\"" << escape_markup(file.path) << "\" file=\""
        << escape_markup(file.path) << "\"";
    if (file.reviewed() && file.count() == 0) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    if (!file.reviewed()) {
      out << "      <error type=\"" << escape_markup(file.error->id()) << "\" message=\"" << escape_markup(file.error->message)
          << "\">" << escape_markup(file.error->to_string()) << "</error>\n";
    }
    std::string below;
    for (const auto& f : run.findings_of(file)) {
      if (!fails(f)) {
        below += finding_text(f, run);
        continue;
      }
      out << "      <failure type=\"" << escape_markup(f.rule_id) << "\" message=\"" << escape_markup(f.message) << "\">"
          << escape_markup(finding_text(f, run)) << "</failure>\n";
    }
    if (!below.empty()) out << "      <system-out>" << escape_markup(below) << "</system-out>\n";
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace legalint

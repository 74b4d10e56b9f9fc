// The meeting as SARIF: what `legalint check --format sarif` writes for its
// findings (the same SarifSink, so both stay one format), with the READY /
// NOT READY verdicts added where SARIF keeps a tool's own data: property
// bags, which the 2.1.0 schema leaves open.
#include <sstream>

#include "meeting/formats.h"
#include "report/json.h"
#include "report/sarif.h"

namespace legalint {
namespace {

using nlohmann::ordered_json;

ordered_json kinds_json(const std::vector<MaterialKind>& kinds) {
  ordered_json list = ordered_json::array();
  for (const auto kind : kinds) list.push_back(to_string(kind));
  return list;
}

ordered_json verdicts_json(const MeetingReport& report) {
  ordered_json items = ordered_json::array();
  for (const auto& item : report.items) {
    ordered_json reasons = ordered_json::array();
    for (const auto& r : item.reasons)
      reasons.push_back({{"rule", r.rule_id}, {"message", r.message}, {"path", r.path}, {"line", r.line}, {"column", r.column}});
    items.push_back({{"number", item.number},
                     {"title", item.item.title},
                     {"type", to_string(item.item.type)},
                     {"ready", item.ready},
                     {"verdict", verdict_name(item.ready)},
                     {"required", kinds_json(item.required)},
                     {"missing", kinds_json(item.missing)},
                     {"reasons", reasons}});
  }
  return {{"title", report.manifest.title},
          {"date", report.date ? iso_date(*report.date) : ""},
          {"manifest", report.manifest.inferred ? ordered_json(nullptr) : ordered_json(report.manifest.path)},
          {"ready", report.all_ready()},
          {"items", items}};
}

}  // namespace

void write_meeting_sarif(const MeetingReport& report, std::ostream& out) {
  std::ostringstream findings;
  SarifSink().write(report.run, findings);
  ordered_json sarif = ordered_json::parse(findings.str());
  ordered_json& run = sarif["runs"][0];

  // SarifSink writes one result per finding of each readable file, in file
  // order: walk the files the same way to give each result its item.
  std::vector<std::size_t> item_of_file(report.run.files.size(), 0);  // 0: the meeting's own
  for (const auto& item : report.items)
    for (const auto index : item.files) item_of_file[index] = item.number;
  std::size_t result = 0;
  for (std::size_t index = 0; index < report.run.files.size(); ++index) {
    const FileOutcome& file = report.run.files[index];
    if (!file.reviewed()) continue;
    for (std::size_t n = 0; n < file.findings.size(); ++n, ++result)
      if (item_of_file[index]) run["results"][result]["properties"]["item"] = item_of_file[index];
  }
  run["properties"] = {{"legalint/meeting", verdicts_json(report)}};
  out << dump_json(sarif, 2) << "\n";
}

}  // namespace legalint

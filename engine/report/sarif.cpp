#include "report/sarif.h"

#include <algorithm>
#include <map>

#include "report/json.h"
#include "report/markup.h"

namespace legalint {
namespace {

using nlohmann::ordered_json;

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "warning";
}

ordered_json artifact_location(const std::string& path) {
  if (!path.empty() && path[0] == '/') return {{"uri", "file://" + path_to_uri(path)}};
  return {{"uri", path_to_uri(path)}, {"uriBaseId", "%SRCROOT%"}};
}

bool is_docx(const std::string& path) {
  return path.size() >= 5 && (path.ends_with(".docx") || path.ends_with(".DOCX"));
}

std::string basis_lines(const std::vector<std::string>& ids, const BasisIndex* bases, bool markdown) {
  std::string text;
  for (const auto& id : ids) {
    const Basis* b = bases ? bases->find(id) : nullptr;
    text += markdown ? "- " : "  ";
    if (!b) {
      text += id + "\n";
      continue;
    }
    text += (markdown ? "**" + b->citation() + "**" : b->citation());
    if (!b->paraphrase.empty()) text += ":" + b->paraphrase;
    text += "\n";
  }
  return text;
}

ordered_json rule_descriptor(const Rule& rule, const BasisIndex* bases) {
  const std::string basis_text = basis_lines(rule.basis, bases, false);
  const std::string basis_markdown = basis_lines(rule.basis, bases, true);
  std::string text = rule.title + "\n";
  if (!rule.description.empty()) text += rule.description + "\n";
  if (!basis_text.empty()) text += "依据:\n" + basis_text;
  if (!rule.fix.empty()) text += "建议:" + rule.fix + "\n";
  std::string markdown = "**" + rule.title + "**\n\n";
  if (!rule.description.empty()) markdown += rule.description + "\n\n";
  if (!basis_markdown.empty()) markdown += "依据:\n\n" + basis_markdown + "\n";
  if (!rule.fix.empty()) markdown += "建议:" + rule.fix + "\n";

  ordered_json tags = ordered_json::array({rule.pack});
  for (const auto kind : rule.kinds)  // the schema wants unique tags; a pack is often named after its kind
    if (std::find(tags.begin(), tags.end(), to_string(kind)) == tags.end()) tags.push_back(to_string(kind));
  return {{"id", rule.id},
          {"name", rule.id},
          {"shortDescription", {{"text", rule.title}}},
          {"fullDescription", {{"text", rule.description.empty() ? rule.title : rule.description}}},
          {"help", {{"text", text}, {"markdown", markdown}}},
          {"defaultConfiguration", {{"level", sarif_level(rule.severity)}}},
          {"properties", {{"tags", tags}, {"legalint/basis", rule.basis}}}};
}

}  // namespace

void SarifSink::write(const RunReport& run, std::ostream& out) const {
  ordered_json rules = ordered_json::array();
  std::map<std::string, std::size_t> index_of;
  if (run.rules) {
    for (const auto& rule : run.rules->rules) {
      index_of.emplace(rule.id, rules.size());
      rules.push_back(rule_descriptor(rule, run.bases));
    }
  }
  // A finding of a rule not in the set (a report put together by hand)
  // still gets a descriptor, so every ruleIndex is valid. The rules come
  // before the results, so this reads the findings once more.
  for (const auto& file : run.files) {
    for (const auto& f : run.findings_of(file)) {
      if (index_of.count(f.rule_id)) continue;
      index_of.emplace(f.rule_id, rules.size());
      rules.push_back({{"id", f.rule_id}, {"name", f.rule_id}, {"shortDescription", {{"text", f.title}}}});
    }
  }

  // Unreadable files first: the invocation, written before the results, lists them.
  ordered_json notifications = ordered_json::array();
  for (const auto& file : run.files) {
    if (file.reviewed()) continue;
    notifications.push_back({{"level", "error"},
                             {"message", {{"text", file.error->to_string()}}},
                             {"descriptor", {{"id", file.error->id()}}},
                             {"locations", ordered_json::array({{{"physicalLocation", {{"artifactLocation", artifact_location(file.path)}}}}})}});
  }
  ordered_json invocation = {{"executionSuccessful", run.unreadable() == 0}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;

  JsonStream json(out);
  json.open('{');
  json.value("https://json.schemastore.org/sarif-2.1.0.json", "$schema");
  json.value("2.1.0", "version");
  json.open('[', "runs");
  json.open('{');
  json.value({{"driver", {{"name", "legalint"},
                          {"version", run.tool_version},
                          {"semanticVersion", run.tool_version},
                          {"informationUri", kInformationUri},
                          {"rules", rules}}}},
             "tool");
  json.value(ordered_json::array({invocation}), "invocations");
  json.value("unicodeCodePoints", "columnKind");
  json.open('[', "results");
  // A file's results, made on either thread (RunReport::format_files), are
  // one piece of the array, with JsonStream's separators between them.
  const std::size_t depth = json.depth();
  const std::string separator = JsonStream::separator(depth);
  auto file_results = [&](const FileOutcome&, const std::vector<Finding>& findings, std::string& part) {
    const std::size_t start = part.size();  // part may hold other files' parts before this one's
    for (const auto& f : findings) {
      ordered_json region = {{"startLine", f.location.start.line},
                             {"startColumn", f.location.start.column},
                             {"endLine", f.location.end.line},
                             {"endColumn", f.location.end.column}};
      if (!is_docx(f.path)) {
        region["byteOffset"] = f.location.byte_begin;
        region["byteLength"] = f.location.byte_end - f.location.byte_begin;
      }
      if (!f.excerpt.empty()) region["snippet"] = {{"text", f.excerpt}};
      std::string message = f.message;
      if (!f.fix.empty()) message += "\n建议:" + f.fix;
      ordered_json result = {{"ruleId", f.rule_id},
                             {"ruleIndex", index_of.at(f.rule_id)},
                             {"level", sarif_level(f.severity)},
                             {"message", {{"text", message}}},
                             {"locations", ordered_json::array({{{"physicalLocation",
                                                                  {{"artifactLocation", artifact_location(f.path)}, {"region", region}}}}})},
                             {"partialFingerprints", {{"legalint/v1", f.fingerprint}}}};
      ordered_json properties = {{"kind", to_string(f.kind)}};
      if (!f.clause.empty()) properties["clause"] = f.clause;
      result["properties"] = properties;
      if (part.size() > start) part += separator;
      part += JsonStream::text_at(result, depth);
    }
  };
  run.format_files(file_results, [&](std::string_view part) {
    if (!part.empty()) json.raw(part);
  });
  json.close();
  json.close();
  json.close();
  json.close();
  out << "\n";
}

}  // namespace legalint

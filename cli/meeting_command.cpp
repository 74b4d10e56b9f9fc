// legalint meeting DIR: the pre-meeting gate (engine/meeting). For each
// agenda item of a party-government joint session: READY or NOT READY, with
// the reasons, each pointing at a file and line or at the missing file.
//
// The steps: DIR/meeting.toml (or a manifest inferred from the folder, which
// --write-manifest saves) → [meeting.requires] from the legalint.toml files
// above DIR → the rule packs → review_meeting → a table per item, then the
// findings grouped by item (text, through TextSink) or one JSON document.
//
// Exit codes: 0 every item READY; 1 some item NOT READY; 2 usage, manifest,
// configuration or rule-pack error; 3 some material could not be read.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <toml++/toml.h>

#include "base/caret.h"
#include "commands.h"
#include "meeting/formats.h"
#include "meeting/meeting.h"
#include "output_file.h"
#include "report/sinks.h"
#include "report/text.h"
#include "toolkit.h"

namespace legalint::cli {
namespace {

namespace fs = std::filesystem;

struct MeetingSettings {
  std::string dir;
  std::string format = "text";
  bool write_manifest = false;
  unsigned jobs = 0;
  std::string output;
  bool color = false;
  bool no_color = false;
};

std::string pad(const std::string& text, std::size_t width) {
  const std::size_t w = display_width(text);
  return w >= width ? text + " " : text + std::string(width - w, ' ');
}

// [meeting.requires] from every legalint.toml from DIR upwards (until
// root = true); nearer files win type by type.
std::optional<MeetingError> meeting_config(const std::string& dir, Requirements& requirements) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::path at = fs::absolute(dir, ec).lexically_normal();; at = at.parent_path()) {
    const fs::path candidate = at / "legalint.toml";
    if (fs::is_regular_file(candidate, ec)) {
      files.push_back(candidate);
      try {
        const toml::table table = toml::parse_file(candidate.string());
        if (const auto* root = table.get_as<bool>("root"); root && root->get()) break;
      } catch (const toml::parse_error&) {
        break;  // reported below with its line and column
      }
    }
    if (at == at.parent_path()) break;
  }
  for (auto it = files.rbegin(); it != files.rend(); ++it) {
    const fs::path relative = fs::relative(*it, fs::current_path(), ec);
    const std::string shown = !ec && !relative.empty() && relative.native().rfind("..", 0) != 0 ? relative.string() : it->string();
    if (auto error = load_meeting_config(it->string(), shown, requirements)) return error;
  }
  return std::nullopt;
}

nlohmann::ordered_json finding_json(const Finding& f) {
  nlohmann::ordered_json j;
  j["path"] = f.path;
  j["line"] = f.location.start.line;
  j["column"] = f.location.start.column;
  j["severity"] = to_string(f.severity);
  j["rule"] = f.rule_id;
  j["title"] = f.title;
  j["message"] = f.message;
  j["basis"] = f.basis;
  j["fix"] = f.fix;
  if (!f.clause.empty()) j["clause"] = f.clause;
  j["fingerprint"] = f.fingerprint;
  return j;
}

std::string json_report(const MeetingReport& report) {
  nlohmann::ordered_json root;
  root["version"] = 1;
  nlohmann::ordered_json meeting;
  meeting["title"] = report.manifest.title;
  meeting["date"] = report.date ? iso_date(*report.date) : "";
  meeting["manifest"] = report.manifest.inferred ? nullptr : nlohmann::ordered_json(report.manifest.path);
  meeting["inferred"] = report.manifest.inferred;
  meeting["dir"] = report.dir;
  root["meeting"] = meeting;
  root["ready"] = report.all_ready();
  auto file_json = [&](std::size_t index) {
    const FileOutcome& file = report.run.files[index];
    nlohmann::ordered_json j;
    j["path"] = file.path;
    if (file.error) {
      j["error"] = {{"code", file.error->code}, {"message", file.error->message}};
    } else {
      j["findings"] = nlohmann::ordered_json::array();
      for (const auto& f : file.findings) j["findings"].push_back(finding_json(f));
    }
    return j;
  };
  root["items"] = nlohmann::ordered_json::array();
  for (const auto& item : report.items) {
    nlohmann::ordered_json j;
    j["number"] = item.number;
    j["title"] = item.item.title;
    j["type"] = to_string(item.item.type);
    j["ready"] = item.ready;
    j["technical"] = item.technical;
    j["market"] = item.market;
    if (item.review_days) j["review_working_days"] = *item.review_days;
    j["materials"] = nlohmann::ordered_json::array();
    for (const auto& m : item.materials)
      j["materials"].push_back({{"path", m.path}, {"kind", to_string(m.kind)}, {"kind_reason", m.kind_reason}});
    j["required"] = nlohmann::ordered_json::array();
    for (const auto kind : item.required) j["required"].push_back(to_string(kind));
    j["missing"] = nlohmann::ordered_json::array();
    for (const auto kind : item.missing) j["missing"].push_back(to_string(kind));
    j["reasons"] = nlohmann::ordered_json::array();
    for (const auto& r : item.reasons)
      j["reasons"].push_back({{"rule", r.rule_id}, {"message", r.message}, {"path", r.path}, {"line", r.line}, {"column", r.column}});
    j["files"] = nlohmann::ordered_json::array();
    for (const auto index : item.files) j["files"].push_back(file_json(index));
    root["items"].push_back(j);
  }
  root["meeting_files"] = nlohmann::ordered_json::array();
  for (const auto index : report.meeting_files) root["meeting_files"].push_back(file_json(index));
  root["notes"] = report.notes;
  root["summary"] = {{"items", report.items.size()},
                     {"ready", report.ready_count()},
                     {"errors", report.run.count(Severity::error)},
                     {"warnings", report.run.count(Severity::warning)},
                     {"unreadable", report.run.unreadable()}};
  return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string text_report(const MeetingReport& report, const Toolkit& toolkit, bool color) {
  const char* bold = color ? "\x1b[1m" : "";
  const char* green = color ? "\x1b[1;32m" : "";
  const char* red = color ? "\x1b[1;31m" : "";
  const char* reset = color ? "\x1b[0m" : "";
  std::ostringstream out;
  out << bold << "会议:" << report.manifest.title << reset << "\n";
  out << "日期:" << (report.date ? iso_date(*report.date) + "(" + report.date_source + ")" : "未知") << "\n";
  if (report.manifest.inferred)
    out << "清单:未找到 " << report.dir << "/meeting.toml,议题由文件夹推断(用 --write-manifest 写出清单后核对)\n";
  else
    out << "清单:" << report.manifest.path << "\n";
  out << "\n";

  // The table: one row per item, its reasons under it.
  std::size_t type_width = 0;
  for (const auto& item : report.items) type_width = std::max(type_width, display_width(chinese_name(item.item.type)));
  out << bold << " #  " << pad("状态", 11) << pad("类型", type_width + 2) << "议题" << reset << "\n";
  for (const auto& item : report.items) {
    const std::string number = std::to_string(item.number);
    out << pad(" " + number, 4) << (item.ready ? green : red) << pad(item.ready ? "READY" : "NOT READY", 11) << reset
        << pad(chinese_name(item.item.type), type_width + 2) << item.item.title << "\n";
    for (const auto& reason : item.reasons) {
      out << "      - " << reason.message;
      if (!reason.rule_id.empty()) out << " [" << reason.rule_id << "]";
      out << "\n        " << reason.where() << "\n";
    }
  }
  out << "\n" << bold << report.items.size() << " 个议题:" << report.ready_count() << " 个 READY,"
      << report.items.size() - report.ready_count() << " 个 NOT READY" << reset << "\n";

  // The findings, grouped by item; the same sink as `legalint check`.
  TextSink sink(TextOptions{.color = color, .details = true, .summary = false});
  auto group = [&](const std::string& heading, const std::vector<std::size_t>& files) {
    RunReport part;
    part.rules = &toolkit.rules;
    part.bases = &toolkit.bases;
    std::size_t findings = 0;
    for (const auto index : files) {
      part.files.push_back(report.run.files[index]);
      findings += report.run.files[index].findings.size() + (report.run.files[index].reviewed() ? 0 : 1);
    }
    if (findings == 0) return;
    out << "\n" << bold << "== " << heading << " ==" << reset << "\n\n";
    sink.write(part, out);
  };
  for (const auto& item : report.items) group("议题 " + std::to_string(item.number) + ":" + item.item.title, item.files);
  group("会议", report.meeting_files);

  if (!report.notes.empty()) {
    out << "\n" << bold << "说明:" << reset << "\n";
    for (const auto& note : report.notes) out << "  " << note << "\n";
  }
  std::size_t reviewed = 0;
  for (const auto& item : report.items) reviewed += item.materials.size();
  for (const auto index : report.meeting_files)
    if (report.run.files[index].kind_reason != "会议清单") ++reviewed;
  out << "\n" << bold << "审查 " << reviewed << " 份材料,发现 " << report.run.count(Severity::error) << " 个错误、"
      << report.run.count(Severity::warning) << " 个警告";
  if (report.run.unreadable()) out << "," << report.run.unreadable() << " 份无法读取";
  out << reset << "\n";
  return out.str();
}

int run_meeting(const MeetingSettings& s) {
  std::error_code ec;
  if (!fs::is_directory(s.dir, ec)) {
    std::cerr << "legalint: " << s.dir << ": 不是文件夹(legalint meeting 需要一个会议材料文件夹)\n";
    return kUsage;
  }
  std::string shown_dir = s.dir;
  while (shown_dir.size() > 1 && shown_dir.back() == '/') shown_dir.pop_back();
  const std::string manifest_path = (fs::path(s.dir) / "meeting.toml").string();
  const std::string manifest_shown = shown_dir == "." ? "meeting.toml" : shown_dir + "/meeting.toml";

  Manifest manifest;
  if (fs::exists(manifest_path, ec)) {
    if (s.write_manifest) {
      std::cerr << "legalint: " << manifest_shown << " 已存在,不覆盖(--write-manifest 只为没有清单的文件夹写出推断的清单)\n";
      return kUsage;
    }
    if (auto error = parse_manifest(manifest_path, manifest_shown, manifest)) {
      std::cerr << "legalint: " << error->to_string() << "\n";
      return kUsage;
    }
  } else {
    manifest = infer_manifest(s.dir, shown_dir);
    if (s.write_manifest) {
      if (auto error = write_file_atomically(manifest_path, manifest_to_toml(manifest))) {
        std::cerr << "legalint: " << error->to_string() << "\n";
        return kUsage;
      }
      std::cerr << "已写入推断的清单 " << manifest_shown << ",请核对议题类型和材料种类\n";
      const auto notes = manifest.notes;
      if (auto error = parse_manifest(manifest_path, manifest_shown, manifest)) {
        std::cerr << "legalint: " << error->to_string() << "\n";
        return kUsage;
      }
      manifest.notes = notes;
    } else {
      std::cerr << "legalint: 未找到 " << manifest_shown << ",已根据文件夹推断议题(用 --write-manifest 写出清单后核对)\n";
    }
  }
  if (manifest.items.empty()) {
    std::cerr << "legalint: " << shown_dir << ": 没有议题(每个议题一个子文件夹,或在 meeting.toml 中写 [[items]])\n";
    return kUsage;
  }

  Requirements requirements = Requirements::defaults();
  if (auto error = meeting_config(s.dir, requirements)) {
    std::cerr << "legalint: " << error->to_string() << "\n";
    return kUsage;
  }
  auto toolkit = load_toolkit({});
  if (!toolkit) return kUsage;
  Engine engine(toolkit->rules, toolkit->calendar);
  MeetingOptions options;
  options.jobs = s.jobs;
  options.keep_text = format_shows_text(s.format);
  MeetingReport report = review_meeting(manifest, s.dir, shown_dir, requirements, engine, options);
  report.run.rules = &toolkit->rules;
  report.run.bases = &toolkit->bases;

  const bool color = use_color(s.color, s.no_color, s.output);
  std::ostringstream out;
  if (s.format == "json") {
    out << json_report(report);
  } else if (s.format == "text") {
    out << text_report(report, *toolkit, color);
  } else if (s.format == "html") {
    write_meeting_html(report, out);
  } else if (s.format == "sarif") {
    write_meeting_sarif(report, out);
  } else if (s.format == "junit") {
    write_meeting_junit(report, out);
  } else {
    // jsonl: one line per finding, as `legalint check` writes it; it has no
    // place for a verdict, which the exit code and the other formats give.
    make_sink(s.format, SinkOptions{})->write(report.run, out);
  }
  const std::string text = out.str();
  if (!emit_report(s.output, text)) return kUsage;
  if (report.run.unreadable() > 0) return kUnreadable;
  return report.all_ready() ? kClean : kFindings;
}

}  // namespace

void add_meeting_command(CLI::App& app, std::function<int()>& run) {
  auto settings = std::make_shared<MeetingSettings>();
  CLI::App* meeting = app.add_subcommand("meeting", "Pre-meeting gate: is each agenda item of a joint session ready (会前材料审查)?");
  meeting->add_option("dir", settings->dir, "The meeting folder: meeting.toml and the materials, or one subfolder per item")->required();
  meeting->add_option("-f,--format", settings->format,
                      "Output format: text (default); json (items, verdicts, reasons, findings); html (a printable checklist "
                      "per item for the meeting secretary); sarif (every finding, verdicts in run.properties); junit (one "
                      "testcase per item, failing when NOT READY); jsonl (every finding, as `check` writes them)")
      ->check(CLI::IsMember({"text", "json", "sarif", "junit", "jsonl", "html"}));
  meeting->add_flag("--write-manifest", settings->write_manifest, "Without meeting.toml: write the inferred one into DIR, then check");
  meeting->add_option("-j,--jobs", settings->jobs, "Materials reviewed in parallel (default: one per core)");
  meeting->add_option("-o,--output", settings->output, "Write the report to this file (atomically) instead of stdout");
  meeting->add_flag("--color", settings->color, "Color the output even when it is not a terminal");
  meeting->add_flag("--no-color", settings->no_color, "Never color the output (NO_COLOR is honoured too)");
  meeting->footer(
      "Examples:\n"
      "  legalint meeting 议题材料/                     READY / NOT READY per agenda item, with reasons\n"
      "  legalint meeting 议题材料/ --write-manifest    save the inferred meeting.toml to correct it\n"
      "  legalint meeting 议题材料/ -f json -o gate.json\n"
      "  legalint meeting 议题材料/ -f html -o 会前审查清单.html   print it for the meeting secretary\n\n"
      "Required materials per item type can be changed in legalint.toml:\n"
      "  [meeting.requires]\n"
      "  \"village-asset\" = [\"assembly-resolution\", \"legal-adviser-opinion\", \"contract\"]\n"
      "  see docs/meeting.md for the manifest format, the item types and the rules.\n\n"
      "Exit codes: 0 every item READY; 1 some item NOT READY; 2 usage, manifest,\n"
      "configuration or rule-pack error; 3 some material could not be read.");
  meeting->callback([settings, &run] { run = [settings] { return run_meeting(*settings); }; });
}

}  // namespace legalint::cli

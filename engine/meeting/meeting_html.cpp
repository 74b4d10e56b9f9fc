// The meeting secretary's checklist (会前材料审查清单) as one printable page.
// Script-free and self-contained, so it prints the same from any browser
// and can be mailed as a file; A4, one item per printed page.
#include <utility>

#include "meeting/formats.h"
#include "report/markup.h"

namespace legalint {
namespace {

const char* kStyle = R"CSS(
:root { --ready: #1b5e20; --ready-bg: #e8f5e9; --hold: #b71c1c; --hold-bg: #ffebee; --warning: #8a5300; --muted: #5f6b73; --rule: #cfd8dc; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60em; padding: 16px 24px; color: #222; background: #fff;
       font: 15px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; text-align: center; letter-spacing: 0.1em; }
.meeting-title { text-align: center; font-size: 17px; margin: 0 0 12px; }
h2 { font-size: 18px; margin: 0 0 6px; display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; }
h3 { font-size: 15px; margin: 14px 0 4px; border-left: 4px solid #455a64; padding-left: 8px; }
h4 { font-size: 14px; margin: 10px 0 2px; word-break: break-all; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 12px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
th, td { border: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eceff1; font-weight: bold; }
td.mark { width: 3.2em; text-align: center; font-weight: bold; }
td.tick { width: 3.2em; text-align: center; }
td.n { text-align: right; }
td.file, span.file, .where { word-break: break-all; font-family: "Noto Sans Mono CJK SC", monospace; font-size: 13px; }
tr.ok td.mark { color: var(--ready); }
tr.gap td.mark, tr.gap td.status { color: var(--hold); font-weight: bold; }
.verdict { display: inline-block; padding: 0 10px; border: 2px solid; border-radius: 3px; font-size: 15px; font-weight: bold; }
.verdict.ready { color: var(--ready); background: var(--ready-bg); }
.verdict.not-ready { color: var(--hold); background: var(--hold-bg); }
.verdict .en { font-weight: normal; font-size: 12px; margin-left: 4px; }
.type { color: var(--muted); font-size: 14px; font-weight: normal; }
section.item, section.meeting-level { border-top: 2px solid #455a64; padding-top: 12px; margin-top: 24px; }
ol.reasons li { margin: 0 0 4px; }
ol.reasons .rule, ol.findings .rule { color: var(--muted); font-family: monospace; font-size: 13px; }
ol.findings { padding-left: 1.6em; }
ol.findings li { margin: 0 0 8px; }
.sev { font-weight: bold; }
.sev.error { color: var(--hold); } .sev.warning { color: var(--warning); } .sev.info { color: var(--muted); }
.excerpt, .basis, .fix { font-size: 14px; margin: 1px 0; }
.excerpt { color: var(--muted); }
.fix { color: var(--ready); }
.none { color: var(--muted); }
.sign { margin: 28px 0 0; display: flex; gap: 4em; flex-wrap: wrap; }
footer { margin-top: 24px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); padding-top: 6px; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  section.item, section.meeting-level { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
  tr, ol.reasons li, ol.findings li { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
}
)CSS";

std::string escaped(std::string_view text) { return escape_markup(text); }

void write_facts(const MeetingReport& report, std::ostream& out) {
  out << "<dl class=\"facts\">\n<dt>会议日期</dt><dd>";
  if (report.date)
    out << iso_date(*report.date) << "(" << escaped(report.date_source) << ")";
  else
    out << "未知(清单未写日期,会议通知中也未找到会议时间)";
  out << "</dd>\n<dt>材料文件夹</dt><dd>" << escaped(report.dir) << "(下表文件均在此文件夹内)";
  out << "</dd>\n<dt>材料清单</dt><dd>";
  if (report.manifest.inferred)
    out << "未找到 meeting.toml,议题由文件夹 " << escaped(report.dir) << " 推断,请核对";
  else
    out << escaped(report.manifest.path);
  const std::size_t held = report.items.size() - report.ready_count();
  out << "</dd>\n<dt>审查结论</dt><dd>共 " << report.items.size() << " 个议题:" << report.ready_count() << " 个可以上会," << held
      << " 个暂缓上会</dd>\n</dl>\n";
}

void write_overview(const MeetingReport& report, std::ostream& out) {
  out << "<table class=\"overview\">\n<tr><th>议题</th><th>名称</th><th>类型</th><th>结论</th><th>原因</th></tr>\n";
  for (const auto& item : report.items) {
    out << "<tr><td><a href=\"#item-" << item.number << "\">" << item_label(item.number) << "</a></td><td>" << escaped(item.item.title)
        << "</td><td>" << chinese_name(item.item.type) << "</td><td><span class=\"verdict " << (item.ready ? "ready" : "not-ready")
        << "\">" << verdict_name(item.ready) << "</span></td><td class=\"n\">" << item.reasons.size() << "</td></tr>\n";
  }
  out << "</table>\n";
  out << "<p class=\"sign\"><span>核对人:____________</span><span>核对日期:______年____月____日</span></p>\n";
}

void write_checklist(const MeetingReport& report, const ItemOutcome& item, std::ostream& out) {
  out << "<h3>应备材料</h3>\n";
  const auto lines = material_checklist(report, item);
  if (lines.empty()) {
    out << "<p class=\"none\">" << chinese_name(item.item.type) << "无须报送材料。</p>\n";
  } else {
    out << "<table class=\"checklist\">\n<tr><th>状态</th><th>材料</th><th>文件</th><th>核对</th></tr>\n";
    for (const auto& line : lines) {
      out << "<tr class=\"" << (line.ok() ? "ok" : "gap") << "\"><td class=\"mark\">" << (line.ok() ? "✓" : "✗") << "</td><td>"
          << chinese_name(line.kind) << "</td><td class=\"file\">";
      const char* separator = "";
      for (const auto& file : line.present) out << std::exchange(separator, "<br>") << escaped(file);
      for (const auto& file : line.unreadable) out << std::exchange(separator, "<br>") << "<span class=\"status\">无法读取:</span>" << escaped(file);
      if (line.present.empty() && line.unreadable.empty()) out << "<span class=\"status\">缺少</span>";
      out << "</td><td class=\"tick\">☐</td></tr>\n";
    }
    out << "</table>\n";
  }
  const auto others = other_materials(item);
  if (others.empty()) return;
  out << "<h3>其他材料</h3>\n<table class=\"others\">\n<tr><th>材料</th><th>文件</th><th>核对</th></tr>\n";
  for (const auto* material : others)
    out << "<tr><td>" << chinese_name(material->kind) << "</td><td class=\"file\">" << escaped(material->file)
        << "</td><td class=\"tick\">☐</td></tr>\n";
  out << "</table>\n";
}

void write_reasons(const ItemOutcome& item, std::ostream& out) {
  if (item.ready) return;
  out << "<h3>暂缓上会的原因</h3>\n<ol class=\"reasons\">\n";
  for (const auto& reason : item.reasons) {
    out << "<li>" << escaped(reason.message);
    if (!reason.rule_id.empty()) out << " <span class=\"rule\">[" << escaped(reason.rule_id) << "]</span>";
    out << "<br><span class=\"where\">" << escaped(reason.where()) << "</span></li>\n";
  }
  out << "</ol>\n";
}

void write_finding(const Finding& f, const RunReport& run, std::ostream& out) {
  const char* severity = to_string(f.severity);
  out << "<li><span class=\"sev " << severity << "\">" << chinese_name(f.severity) << "</span> ";
  // A finding about a folder (an inferred item's) has no line to point at.
  if (!f.path.ends_with('/')) out << "第 " << f.location.start.line << " 行第 " << f.location.start.column << " 列:";
  out << escaped(f.message) << " <span class=\"rule\">[" << escaped(f.rule_id) << "]</span>\n";
  if (!f.excerpt.empty()) out << "<div class=\"excerpt\">原文:" << escaped(f.excerpt) << "</div>\n";
  for (const auto& id : f.basis) {
    const Basis* basis = run.bases ? run.bases->find(id) : nullptr;
    out << "<div class=\"basis\">依据:" << escaped(basis ? basis->citation() : id);
    if (basis && !basis->paraphrase.empty()) out << " — " << escaped(basis->paraphrase);
    out << "</div>\n";
  }
  if (!f.fix.empty()) out << "<div class=\"fix\">建议:" << escaped(f.fix) << "</div>\n";
  out << "</li>\n";
}

// The findings of some outcomes, one heading per file that has any.
void write_findings(const std::vector<std::size_t>& files, const RunReport& run, std::ostream& out) {
  bool any = false;
  for (const auto index : files) {
    const FileOutcome& file = run.files[index];
    if (file.reviewed() && file.findings.empty()) continue;
    any = true;
    out << "<h4>" << escaped(file.path) << "</h4>\n";
    if (!file.reviewed()) {
      out << "<p class=\"sev error\">无法读取:" << escaped(file.error->message) << "</p>\n";
      continue;
    }
    out << "<ol class=\"findings\">\n";
    for (const auto& finding : file.findings) write_finding(finding, run, out);
    out << "</ol>\n";
  }
  if (!any) out << "<p class=\"none\">未发现问题。</p>\n";
}

void write_item(const MeetingReport& report, const ItemOutcome& item, std::ostream& out) {
  const char* state = item.ready ? "ready" : "not-ready";
  out << "<section class=\"item " << state << "\" id=\"item-" << item.number << "\">\n";
  out << "<h2><span>" << item_label(item.number) << " " << escaped(item.item.title) << "</span><span class=\"type\">"
      << chinese_name(item.item.type) << "</span><span class=\"verdict " << state << "\">" << verdict_name(item.ready)
      << "<span class=\"en\">" << (item.ready ? "READY" : "NOT READY") << "</span></span></h2>\n";
  const bool decision = item.item.type == ItemType::major_decision;
  if (decision || item.review_days) {
    out << "<dl class=\"facts\">\n";
    if (decision) {
      out << "<dt>专业性、技术性较强</dt><dd>" << (item.technical ? "是," : "否,") << escaped(item.technical_reason) << "</dd>\n";
      out << "<dt>涉及市场主体</dt><dd>" << (item.market ? "是," : "否,") << escaped(item.market_reason) << "</dd>\n";
    }
    if (item.review_days) out << "<dt>合法性审查时间</dt><dd>" << *item.review_days << " 个工作日(一般不少于 7 个)</dd>\n";
    out << "</dl>\n";
  }
  write_checklist(report, item, out);
  write_reasons(item, out);
  out << "<h3>审查发现</h3>\n";
  write_findings(item.files, report.run, out);
  out << "</section>\n";
}

void write_meeting_level(const MeetingReport& report, std::ostream& out) {
  bool findings = false;
  for (const auto index : report.meeting_files) {
    const FileOutcome& file = report.run.files[index];
    findings = findings || !file.reviewed() || !file.findings.empty();
  }
  if (!findings && report.notes.empty()) return;
  out << "<section class=\"meeting-level\" id=\"meeting\">\n<h2>会议事项</h2>\n";
  if (findings) {
    out << "<h3>审查发现</h3>\n";
    write_findings(report.meeting_files, report.run, out);
  }
  if (!report.notes.empty()) {
    out << "<h3>说明</h3>\n<ul class=\"notes\">\n";
    for (const auto& note : report.notes) out << "<li>" << escaped(note) << "</li>\n";
    out << "</ul>\n";
  }
  out << "</section>\n";
}

}  // namespace

void write_meeting_html(const MeetingReport& report, std::ostream& out) {
  const std::string title = report.manifest.title.empty() ? report.dir : report.manifest.title;
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"legalint "
      << escaped(report.run.tool_version) << "\">\n<title>会前材料审查清单 — " << escaped(title) << "</title>\n<style>" << kStyle
      << "</style>\n</head>\n<body>\n";
  out << "<header>\n<h1>会前材料审查清单</h1>\n<p class=\"meeting-title\">" << escaped(title) << "</p>\n";
  write_facts(report, out);
  out << "</header>\n<main>\n";
  write_overview(report, out);
  for (const auto& item : report.items) write_item(report, item, out);
  write_meeting_level(report, out);
  out << "</main>\n<footer>legalint " << escaped(report.run.tool_version)
      << " 生成。本清单列出自动审查的结果,供会前核对材料之用,不代替合法性审查机构的审查意见。</footer>\n</body>\n</html>\n";
}

}  // namespace legalint

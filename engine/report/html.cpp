#include "report/html.h"

#include <algorithm>
#include <map>
#include <iterator>
#include <set>

#include "base/line_index.h"
#include "base/utf8.h"
#include "report/markup.h"
#include "report/text.h"

namespace legalint {
namespace {

const char* kStyle = R"CSS(
:root { --error: #c62828; --error-bg: #ffcdd2; --warning: #b26a00; --warning-bg: #ffe0a3; --info: #1565c0; --info-bg: #cfe3fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #222; background: #f6f6f4; }
header { background: #263238; color: #fff; padding: 14px 24px; }
header h1 { margin: 0; font-size: 20px; }
header .summary { margin: 4px 0 0; color: #cfd8dc; }
main { padding: 16px 24px; }
.filters { position: sticky; top: 0; z-index: 2; background: #eceff1; padding: 8px 24px; border-bottom: 1px solid #cfd8dc; }
.filters label { margin-right: 12px; white-space: nowrap; }
.filters select { font: inherit; max-width: 32em; }
table.summary { border-collapse: collapse; background: #fff; margin: 0 0 18px; }
table.summary th, table.summary td { border: 1px solid #cfd8dc; padding: 3px 10px; text-align: left; }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.summary tr.unreadable td { color: var(--error); }
section.doc { background: #fff; border: 1px solid #cfd8dc; border-radius: 4px; margin: 0 0 18px; }
section.doc > details > summary { cursor: pointer; padding: 8px 14px; font-weight: bold; border-bottom: 1px solid #eceff1; }
section.doc .meta { font-weight: normal; color: #607d8b; margin-left: 1em; }
.doc-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
.text { padding: 8px 0; border-right: 1px solid #eceff1; }
.line { display: flex; white-space: pre-wrap; word-break: break-all; }
.line .ln { flex: 0 0 3.5em; text-align: right; padding-right: 0.8em; color: #90a4ae; user-select: none; }
.line .lt { flex: 1; padding-right: 12px; }
mark { background: none; color: inherit; border-bottom: 2px solid; cursor: pointer; }
mark.error { background: var(--error-bg); border-color: var(--error); }
mark.warning { background: var(--warning-bg); border-color: var(--warning); }
mark.info { background: var(--info-bg); border-color: var(--info); }
.pin { font-size: 80%; vertical-align: super; cursor: pointer; }
.pin.error { color: var(--error); } .pin.warning { color: var(--warning); } .pin.info { color: var(--info); }
mark.off { background: none; border-color: transparent; } .pin.off { display: none; }
mark.flash { outline: 2px solid #000; }
ol.findings { list-style: none; margin: 0; padding: 8px 12px; }
ol.findings li { border-left: 4px solid; padding: 4px 10px; margin: 0 0 10px; background: #fafafa; }
ol.findings li.error { border-color: var(--error); } ol.findings li.warning { border-color: var(--warning); } ol.findings li.info { border-color: var(--info); }
ol.findings li.hidden { display: none; }
.sev { font-weight: bold; } .sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
.rule { font-family: monospace; color: #546e7a; }
.where { color: #607d8b; text-decoration: none; }
.msg { font-weight: bold; }
.basis, .fix, .clause, .excerpt { margin: 2px 0; font-size: 14px; }
.fix { color: #2e7d32; }
.none { color: #607d8b; padding: 8px 14px; }
.error-line { color: var(--error); padding: 8px 14px; }
@media (max-width: 900px) { .doc-body { grid-template-columns: 1fr; } .text { border-right: none; } }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  header { background: none; color: #000; padding: 0 0 6pt; border-bottom: 1pt solid #000; }
  header .summary { color: #000; }
  main { padding: 0; }
  .filters, .no-print { display: none !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section.doc { border: none; break-before: page; }
  section.doc:first-of-type { break-before: auto; }
  .doc-body { display: block; }
  .text { border: none; }
  ol.findings li { break-inside: avoid; }
  mark.off { background: none; }
}
)CSS";

const char* kScript = R"JS(
(function () {
  var boxes = document.querySelectorAll('.filters input[data-sev]');
  var select = document.getElementById('rule-filter');
  function apply() {
    var sev = {};
    boxes.forEach(function (b) { sev[b.getAttribute('data-sev')] = b.checked; });
    var rule = select ? select.value : '';
    var shown = {};
    document.querySelectorAll('ol.findings li[data-id]').forEach(function (li) {
      var on = sev[li.getAttribute('data-sev')] && (!rule || li.getAttribute('data-rule') === rule);
      li.classList.toggle('hidden', !on);
      shown[li.getAttribute('data-id')] = on;
    });
    document.querySelectorAll('[data-findings]').forEach(function (m) {
      var on = m.getAttribute('data-findings').split(' ').some(function (id) { return shown[id]; });
      m.classList.toggle('off', !on);
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  if (select) select.addEventListener('change', apply);
  document.querySelectorAll('[data-findings]').forEach(function (m) {
    m.addEventListener('click', function () {
      var first = document.getElementById('f-' + m.getAttribute('data-findings').split(' ')[0]);
      if (first) first.scrollIntoView({ block: 'center' });
    });
  });
  document.querySelectorAll('a.where').forEach(function (a) {
    a.addEventListener('click', function () {
      var target = document.getElementById(a.getAttribute('href').slice(1));
      if (!target) return;
      target.classList.add('flash');
      setTimeout(function () { target.classList.remove('flash'); }, 1200);
    });
  });
  apply();
})();
)JS";

const char* kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::lease: return "租赁合同";
    case DocumentKind::tender: return "招标文件";
    case DocumentKind::decision: return "重大决策";
    case DocumentKind::contract: return "合同";
    case DocumentKind::unknown: return "未识别";
  }
  return "未识别";
}

// A finding's range in the decoded text, from its line and column.
struct Range {
  std::uint32_t begin, end;
  std::size_t finding;  // index in the file's findings
};

std::uint32_t offset_of(const LineIndex& index, std::string_view text, Position p) {
  if (p.line > index.line_count()) return static_cast<std::uint32_t>(text.size());
  const std::string_view line = index.line_text(p.line);
  std::uint32_t offset = index.line_start(p.line);
  std::uint32_t column = 1;
  std::size_t i = 0;
  while (column < p.column && i < line.size()) {
    i += static_cast<std::size_t>(std::max(1, utf8::sequence_length(static_cast<unsigned char>(line[i]))));
    ++column;
  }
  // A column past the line's text (the line end) points at the line end.
  if (column < p.column && p.line < index.line_count()) return index.line_start(p.line + 1);
  return offset + static_cast<std::uint32_t>(std::min(i, line.size()));
}

const char* worst(const std::vector<Finding>& findings, const std::vector<std::size_t>& which) {
  Severity s = Severity::info;
  for (auto i : which) s = std::max(s, findings[i].severity);
  return to_string(s);
}

std::string ids_of(std::size_t file, const std::vector<std::size_t>& which) {
  std::string ids;
  for (auto i : which) ids += (ids.empty() ? "" : " ") + std::to_string(file) + "-" + std::to_string(i);
  return ids;
}

std::string titles_of(const std::vector<Finding>& findings, const std::vector<std::size_t>& which) {
  std::string t;
  for (auto i : which) t += (t.empty() ? "" : "\n") + std::string(chinese_name(findings[i].severity)) + ":" + findings[i].message + " [" + findings[i].rule_id + "]";
  return escape_markup(t);
}

void write_text(const FileOutcome& file, const std::vector<Finding>& findings, std::size_t file_index, std::ostream& out) {
  const std::string& text = *file.text;
  const LineIndex index(text);
  std::vector<Range> ranges;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const auto& l = findings[i].location;
    const std::uint32_t b = offset_of(index, text, l.start);
    const std::uint32_t e = std::max(b, offset_of(index, text, l.end));
    ranges.push_back({b, e, i});
  }
  out << "<div class=\"text\">\n";
  for (std::uint32_t n = 1; n <= index.line_count(); ++n) {
    const std::uint32_t line_begin = index.line_start(n);
    const std::string_view line = index.line_text(n);
    const std::uint32_t line_end = line_begin + static_cast<std::uint32_t>(line.size());
    // Cut points: the line's ends and every finding boundary inside it.
    std::set<std::uint32_t> cuts = {line_begin, line_end};
    std::map<std::uint32_t, std::vector<std::size_t>> pins;  // empty ranges (a place, not a text)
    for (const auto& r : ranges) {
      if (r.begin == r.end) {
        // A place, not a text: shown on the line it is in, or at the end of
        // the line whose line end it is.
        const std::uint32_t next_line = n < index.line_count() ? index.line_start(n + 1) : static_cast<std::uint32_t>(text.size()) + 1;
        if (r.begin >= line_begin && r.begin < next_line) pins[std::min(r.begin, line_end)].push_back(r.finding);
        continue;
      }
      if (r.end <= line_begin || r.begin >= line_end) continue;
      cuts.insert(std::max(r.begin, line_begin));
      cuts.insert(std::min(r.end, line_end));
    }
    for (const auto& [at, _] : pins) cuts.insert(at);
    out << "<div class=\"line\" id=\"l-" << file_index << "-" << n << "\"><span class=\"ln\">" << n << "</span><span class=\"lt\">";
    for (auto it = cuts.begin(); it != cuts.end(); ++it) {
      const std::uint32_t from = *it;
      if (auto pin = pins.find(from); pin != pins.end()) {
        out << "<span class=\"pin " << worst(findings, pin->second) << "\" id=\"m-" << ids_of(file_index, {pin->second.front()})
            << "\" data-findings=\"" << ids_of(file_index, pin->second) << "\" title=\"" << titles_of(findings, pin->second)
            << "\">▼</span>";
      }
      auto next = std::next(it);
      if (next == cuts.end()) break;
      const std::string_view piece = std::string_view(text).substr(from, *next - from);
      std::vector<std::size_t> covering;
      for (const auto& r : ranges)
        if (r.begin < r.end && r.begin <= from && *next <= r.end) covering.push_back(r.finding);
      if (covering.empty()) {
        out << escape_markup(piece);
      } else {
        out << "<mark class=\"" << worst(findings, covering) << "\"";
        // The first piece of a finding carries its anchor.
        for (auto i : covering)
          if (ranges[i].begin == from) {
            out << " id=\"m-" << file_index << "-" << i << "\"";
            break;
          }
        out << " data-findings=\"" << ids_of(file_index, covering) << "\" title=\"" << titles_of(findings, covering) << "\">"
            << escape_markup(piece) << "</mark>";
      }
    }
    out << "</span></div>\n";
  }
  out << "</div>\n";
}

void write_findings(const FileOutcome& file, const std::vector<Finding>& findings, std::size_t file_index, const RunReport& run,
                    std::ostream& out) {
  std::vector<std::size_t> order(findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // By severity, worst first; in document order within a severity.
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return findings[a].severity > findings[b].severity; });
  out << "<ol class=\"findings\">\n";
  for (const auto i : order) {
    const Finding& f = findings[i];
    const char* sev = to_string(f.severity);
    const std::string id = std::to_string(file_index) + "-" + std::to_string(i);
    out << "<li class=\"" << sev << "\" id=\"f-" << id << "\" data-id=\"" << id << "\" data-sev=\"" << sev << "\" data-rule=\""
        << escape_markup(f.rule_id) << "\">\n";
    out << "<div><span class=\"sev " << sev << "\">" << chinese_name(f.severity) << "</span> <a class=\"where\" href=\"#"
        << (file.text ? "m-" + id : "f-" + id) << "\">第 " << f.location.start.line << " 行第 " << f.location.start.column
        << " 列</a> <span class=\"rule\">" << escape_markup(f.rule_id) << "</span></div>\n";
    out << "<div class=\"msg\">" << escape_markup(f.message) << "</div>\n";
    if (!f.excerpt.empty() && !file.text) out << "<div class=\"excerpt\">原文:" << escape_markup(f.excerpt) << "</div>\n";
    if (!f.clause.empty()) out << "<div class=\"clause\">条款:" << escape_markup(f.clause) << "</div>\n";
    for (const auto& basis_id : f.basis) {
      const Basis* b = run.bases ? run.bases->find(basis_id) : nullptr;
      out << "<div class=\"basis\">依据:" << escape_markup(b ? b->citation() : basis_id);
      if (b && !b->paraphrase.empty()) out << " — " << escape_markup(b->paraphrase);
      out << "</div>\n";
    }
    if (!f.fix.empty()) out << "<div class=\"fix\">建议:" << escape_markup(f.fix) << "</div>\n";
    out << "</li>\n";
  }
  out << "</ol>\n";
}

void write_summary(const RunReport& run, const std::map<std::string, std::size_t>& by_rule, std::ostream& out) {
  out << "<h2>文件汇总</h2>\n<table class=\"summary\">\n<tr><th>文件</th><th>类型</th><th>错误</th><th>警告</th><th>提示</th></tr>\n";
  for (std::size_t i = 0; i < run.files.size(); ++i) {
    const auto& file = run.files[i];
    if (!file.reviewed()) {
      out << "<tr class=\"unreadable\"><td><a href=\"#doc-" << i << "\">" << escape_markup(file.path) << "</a></td><td colspan=\"4\">无法读取:"
          << escape_markup(file.error->message) << "</td></tr>\n";
      continue;
    }
    out << "<tr><td><a href=\"#doc-" << i << "\">" << escape_markup(file.path) << "</a></td><td>" << kind_name(file.kind)
        << "</td><td class=\"n\">" << file.count(Severity::error) << "</td><td class=\"n\">" << file.count(Severity::warning)
        << "</td><td class=\"n\">" << file.count(Severity::info) << "</td></tr>\n";
  }
  out << "</table>\n";
  if (by_rule.empty()) return;
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& [rule, n] : by_rule) ranked.emplace_back(n, rule);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  out << "<h2>按规则统计</h2>\n<table class=\"summary\">\n<tr><th>规则</th><th>标题</th><th>次数</th></tr>\n";
  for (const auto& [n, rule] : ranked) {
    const Rule* r = run.rules ? run.rules->find(rule) : nullptr;
    out << "<tr><td class=\"rule\">" << escape_markup(rule) << "</td><td>" << escape_markup(r ? r->title : "") << "</td><td class=\"n\">"
        << n << "</td></tr>\n";
  }
  out << "</table>\n";
}

}  // namespace

void HtmlSink::write(const RunReport& run, std::ostream& out) const {
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"legalint "
      << escape_markup(run.tool_version) << "\">\n<title>legalint 合法性审查报告</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
  out << "<header><h1>合法性审查报告</h1><p class=\"summary\">" << escape_markup(summary_line(run));
  if (run.baselined() > 0) out << ";另有 " << run.baselined() << " 个问题记录在基线中,未列出";
  if (run.accepted() > 0) out << ";另有 " << run.accepted() << " 个问题已在 legalint.toml 中接受,未列出";
  if (!run.fixed.empty()) out << ";基线中有 " << run.fixed.size() << " 个问题已修复";
  out << "</p></header>\n";

  // Filters: by severity, by rule (only rules that have findings). The
  // findings are read once for these counts, once more for the documents.
  std::map<std::string, std::size_t> by_rule;
  for (const auto& file : run.files)
    for (const auto& f : run.findings_of(file)) ++by_rule[f.rule_id];
  out << "<div class=\"filters\">筛选:";
  for (const auto s : {Severity::error, Severity::warning, Severity::info})
    out << "<label><input type=\"checkbox\" data-sev=\"" << to_string(s) << "\" checked> " << chinese_name(s) << "(" << run.count(s)
        << ")</label>";
  out << "<label>规则 <select id=\"rule-filter\"><option value=\"\">全部规则</option>";
  for (const auto& [rule, _] : by_rule) {
    const Rule* r = run.rules ? run.rules->find(rule) : nullptr;
    out << "<option value=\"" << escape_markup(rule) << "\">" << escape_markup(rule) << (r ? " " + escape_markup(r->title) : "") << "</option>";
  }
  out << "</select></label></div>\n<main>\n";

  if (run.files.size() > 1) write_summary(run, by_rule, out);

  for (std::size_t i = 0; i < run.files.size(); ++i) {
    const auto& file = run.files[i];
    const std::vector<Finding> findings = run.findings_of(file);
    out << "<section class=\"doc\" id=\"doc-" << i << "\">\n<details" << (findings.empty() && file.reviewed() ? "" : " open")
        << ">\n<summary>" << escape_markup(file.path) << "<span class=\"meta\">";
    if (!file.reviewed()) {
      out << (file.error->error_class == ErrorClass::internal ? "未能审查" : "无法读取")
          << "</span></summary>\n<div class=\"error-line\">" << escape_markup(file.error->to_string()) << " ["
          << escape_markup(file.error->id()) << "]</div>\n</details>\n</section>\n";
      continue;
    }
    out << kind_name(file.kind) << " · " << findings.size() << " 个问题</span></summary>\n";
    out << "<div class=\"doc-body\">\n";
    if (file.text) write_text(file, findings, i, out);
    if (findings.empty()) out << "<div class=\"none\">未发现问题</div>\n";
    else write_findings(file, findings, i, run, out);
    out << "</div>\n</details>\n</section>\n";
  }
  out << "</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace legalint

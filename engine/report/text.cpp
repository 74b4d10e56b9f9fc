#include "report/text.h"

#include <fmt/compile.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <string_view>

#include "base/caret.h"
#include "base/utf8.h"

namespace legalint {
namespace {

struct Colors {
  const char* bold = "";
  const char* red = "";
  const char* yellow = "";
  const char* blue = "";
  const char* green = "";
  const char* dim = "";
  const char* reset = "";
};

Colors colors(bool on) {
  if (!on) return {};
  return {"\x1b[1m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[1;34m", "\x1b[32m", "\x1b[2m", "\x1b[0m"};
}

const char* severity_color(Severity s, const Colors& c) {
  return s == Severity::error ? c.red : s == Severity::warning ? c.yellow : c.blue;
}

// Findings are formatted into a string, a file at a time (on two threads:
// RunReport::format_files), and the stream gets one write per file: a batch of 10,000 documents has some 40,000 findings, and an
// ostream insert per field was most of the report's time.
void write_finding(const Finding& f, const RunReport& run, const TextOptions& options, const Colors& c, std::string& buffer) {
  const auto out = std::back_inserter(buffer);
  const char* severity = severity_color(f.severity, c);
  fmt::format_to(out, FMT_COMPILE("{}{}:{}:{}:{} {}{}:{} {}{}{} [{}]\n"), c.bold, f.path, f.location.start.line, f.location.start.column, c.reset,
                 severity, to_string(f.severity), c.reset, c.bold, f.message, c.reset, f.rule_id);
  if (!options.details) return;

  const std::string number = std::to_string(f.location.start.line);
  const std::string gutter(number.size() + 2, ' ');  // lines up under " 12 |"
  if (!f.source_line.empty()) {
    // The caret covers the span's part on its first line.
    const std::uint32_t last_column = f.location.end.line == f.location.start.line && f.location.end.column > f.location.start.column
                                          ? f.location.end.column - 1
                                          : static_cast<std::uint32_t>(utf8::count_code_points(f.source_line));
    fmt::format_to(out, FMT_COMPILE("{} {} |{} {}\n"), c.blue, number, c.reset, f.source_line);
    fmt::format_to(out, FMT_COMPILE("{}{}|{} {}{}{}\n"), c.blue, gutter, c.reset, severity,
                   caret_line(f.source_line, f.location.start.column, std::max(last_column, f.location.start.column)), c.reset);
  }
  if (!f.clause.empty()) fmt::format_to(out, FMT_COMPILE("{}{}={} 条款: {}\n"), gutter, c.blue, c.reset, f.clause);
  if (run.bases) {
    for (const auto& id : f.basis) {
      const Basis* basis = run.bases->find(id);
      fmt::format_to(out, FMT_COMPILE("{}{}={} 依据: {}"), gutter, c.blue, c.reset, basis ? basis->citation() : id);
      if (basis && !basis->paraphrase.empty()) fmt::format_to(out, FMT_COMPILE("{} — {}{}"), c.dim, basis->paraphrase, c.reset);
      buffer.push_back('\n');
    }
  }
  if (!f.fix.empty()) fmt::format_to(out, FMT_COMPILE("{}{}={} 建议: {}{}{}\n"), gutter, c.blue, c.reset, c.green, f.fix, c.reset);
  buffer.push_back('\n');
}

}  // namespace

std::string summary_line(const RunReport& run) {
  std::string line = "审查 " + std::to_string(run.files.size() - run.unreadable()) + " 份文件";
  if (run.unreadable() > 0) line += "(另有 " + std::to_string(run.unreadable()) + " 份无法读取)";
  const auto errors = run.count(Severity::error), warnings = run.count(Severity::warning), infos = run.count(Severity::info);
  if (errors + warnings + infos == 0) return line + ",未发现问题";
  line += ",发现 " + std::to_string(errors) + " 个错误、" + std::to_string(warnings) + " 个警告";
  if (infos > 0) line += "、" + std::to_string(infos) + " 条提示";
  return line;
}

void TextSink::write(const RunReport& run, std::ostream& out) const {
  const Colors c = colors(options_.color);
  const auto by_rule = run.format_files(
      [&](const FileOutcome& file, const std::vector<Finding>& findings, std::string& part) {
        if (!file.reviewed()) {
          fmt::format_to(std::back_inserter(part), FMT_COMPILE("{}{}:{} {}error:{} {} [{}]\n\n"), c.bold, file.path, c.reset, c.red,
                         c.reset, file.error->message, file.error->id());
          return;
        }
        for (const auto& finding : findings) write_finding(finding, run, options_, c, part);
      },
      [&](std::string_view part) { out.write(part.data(), static_cast<std::streamsize>(part.size())); });
  if (!options_.summary) return;

  // By rule, most frequent first: what to fix across a batch.
  if (run.files.size() > 1 && !by_rule.empty()) {
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& [rule, n] : by_rule) ranked.emplace_back(n, rule);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    out << c.bold << "按规则统计:" << c.reset << "\n";
    for (const auto& [n, rule] : ranked) {
      const Rule* r = run.rules ? run.rules->find(rule) : nullptr;
      out << "  " << n << "\t" << rule << (r ? "  " + r->title : "") << "\n";
    }
  }
  if (run.baselined() > 0) out << "另有 " << run.baselined() << " 个问题记录在基线中,未列出\n";
  if (run.accepted() > 0) out << "另有 " << run.accepted() << " 个问题已在 legalint.toml 中接受,未列出\n";
  if (!run.fixed.empty()) out << "基线中有 " << run.fixed.size() << " 个问题已不再出现(已修复)\n";
  // No timing here: the same inputs must give the same bytes.
  out << c.bold << summary_line(run) << c.reset << "\n";
}

}  // namespace legalint

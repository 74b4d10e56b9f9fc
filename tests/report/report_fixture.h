// A fixed, small RunReport for the golden tests of every sink: three rules,
// a document with overlapping findings, a clean one, an unreadable one, and
// text that needs escaping (<&"'>) in XML and HTML. Built by hand, not by
// running the engine, so a golden file changes only when a sink does.
#pragma once

#include <catch2/catch.hpp>

#include "analyze/analysis.h"
#include "base/line_index.h"
#include "base/utf8.h"
#include "eval/bases.h"
#include "report/report.h"

namespace legalint::test {

struct ReportFixture {
  RuleSet rules;
  BasisIndex bases;
  RunReport run;
};

inline Rule fixture_rule(std::string id, Severity severity, std::string title, std::vector<std::string> basis, std::string fix) {
  Rule rule;
  rule.id = std::move(id);
  rule.pack = rule.id.substr(0, rule.id.find('/'));
  rule.severity = severity;
  rule.title = std::move(title);
  rule.description = rule.title + "(测试用规则)";
  rule.basis = std::move(basis);
  rule.fix = std::move(fix);
  rule.kinds = {DocumentKind::lease};
  return rule;
}

// A finding on `text` from byte `begin` to byte `end`, located as the engine would.
inline Finding fixture_finding(const std::string& path, const std::string& text, const Rule& rule, std::uint32_t begin,
                               std::uint32_t end, std::string message, std::string clause, std::string fingerprint) {
  const LineIndex index(text);
  Finding f;
  f.path = path;
  f.rule_id = rule.id;
  f.severity = rule.severity;
  f.title = rule.title;
  f.message = std::move(message);
  f.fix = rule.fix;
  f.basis = rule.basis;
  f.span = {begin, end};
  f.location.start = index.position(begin);
  f.location.end = index.position(end);
  f.location.byte_begin = begin;
  f.location.byte_end = end;
  f.clause = std::move(clause);
  f.excerpt = text.substr(begin, end - begin);
  f.source_line = std::string(index.line_text(f.location.start.line));
  f.kind = DocumentKind::lease;
  f.fingerprint = std::move(fingerprint);
  return f;
}

inline std::uint32_t at(const std::string& text, const std::string& needle) {
  const auto i = text.find(needle);
  REQUIRE(i != std::string::npos);
  return static_cast<std::uint32_t>(i);
}

// `keep_text`: as the batch does for html.
inline std::unique_ptr<ReportFixture> make_report_fixture(bool keep_text) {
  auto fx = std::make_unique<ReportFixture>();
  auto bases = BasisIndex::load(LEGALINT_SOURCE_DIR "/tests/report/fixtures/bases.toml");
  REQUIRE(bases.ok());
  fx->bases = std::move(bases.value());
  fx->rules.rules.push_back(fixture_rule("lease/auto-renewal", Severity::warning, "租期届满自动续期", {"civil-code/705"},
                                         "删去自动续期的约定,改为“期满前双方协商续订”"));
  fx->rules.rules.push_back(fixture_rule("lease/term-over-20y", Severity::error, "租赁期限超过二十年", {"civil-code/705"},
                                         "将租赁期限约定为不超过二十年;期满可续订"));
  fx->rules.rules.push_back(fixture_rule("lease/unfilled", Severity::info, "有未填写的空白 <占位符> & \"引号\"", {"civil-code/470"},
                                         "填写 <实际> 内容 & 删去 '不适用' 的选项"));
  Pack pack;
  pack.id = "lease";
  pack.title = "租赁合同";
  fx->rules.packs.push_back(pack);
  const Rule& renewal = fx->rules.rules[0];
  const Rule& term = fx->rules.rules[1];
  const Rule& blank = fx->rules.rules[2];

  const std::string path = "leases/L001-东滩头村鱼塘租赁合同.txt";
  const std::string text =
      "东滩头村鱼塘租赁合同\n"
      "\n"
      "第三条 租赁期限\n"
      "租赁期限为二十五年,自2024年1月1日起计算,期满自动续期。\n"
      "第四条 租金\n"
      "年租金为人民币<＿＿＿>元 & 按年支付。\n";
  FileOutcome l001;
  l001.path = path;
  l001.kind = DocumentKind::lease;
  l001.kind_reason = "标题含“租赁合同”";
  const std::uint32_t term_begin = at(text, "租赁期限为二十五年");
  const std::uint32_t sentence_end = at(text, "。\n第四条");
  l001.findings.push_back(fixture_finding(path, text, term, term_begin, at(text, ",自2024"), "租赁期限为二十五年,超过二十年的部分无效",
                                          "第三条", "a1b2c3d4e5f60718"));
  // Overlaps the sentence: the highlight of the overlap takes the worse severity.
  l001.findings.push_back(fixture_finding(path, text, renewal, at(text, "二十五年"), sentence_end, "约定了期满自动续期", "第三条",
                                          "0f1e2d3c4b5a6978"));
  const std::uint32_t blank_begin = at(text, "<＿");
  l001.findings.push_back(fixture_finding(path, text, blank, blank_begin, blank_begin + static_cast<std::uint32_t>(std::string("<＿＿＿>").size()),
                                          "合同中有未填写的空白“<＿＿＿>” & 待补", "第四条", "1122334455667788"));
  l001.baselined = 1;
  if (keep_text) l001.text = text;

  FileOutcome clean;
  clean.path = "leases/L002 干净的合同.txt";
  clean.kind = DocumentKind::lease;
  clean.kind_reason = "标题含“租赁合同”";
  if (keep_text) clean.text = "西长屯村坑塘租赁合同\n租赁期限为十年。\n";

  FileOutcome broken;
  broken.path = "leases/L003.doc";
  broken.error = input_error("legacy-format", broken.path, "这是旧版 Word 文件(.doc),请另存为 .docx 后再审查");

  fx->run.files = {std::move(l001), std::move(clean), std::move(broken)};
  fx->run.rules = &fx->rules;
  fx->run.bases = &fx->bases;
  fx->run.tool_version = "0.1.0-test";
  fx->run.elapsed = std::chrono::milliseconds(1234);  // no sink may write it
  fx->run.fixed = {"ffffeeeeddddcccc"};
  return fx;
}

// Moves every file's findings to a spill, as the CLI's batch does.
inline void spill_all(RunReport& run) {
  run.spill = std::make_shared<FindingSpill>();
  for (auto& file : run.files) run.spill_findings(file);
}

}  // namespace legalint::test

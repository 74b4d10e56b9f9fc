#include "baseline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "report/json.h"

namespace legalint::cli {

using nlohmann::ordered_json;

std::string normalized_path(const std::string& path) { return std::filesystem::path(path).lexically_normal().generic_string(); }

bool Baseline::contains(const std::string& path, const std::string& fingerprint) const {
  return entries.count({normalized_path(path), fingerprint}) > 0;
}

Outcome<Baseline> load_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return config_error("baseline", path, "无法读取基线文件(--baseline);可先用 --update-baseline 生成");
  std::stringstream text;
  text << in.rdbuf();
  ordered_json doc;
  try {
    doc = ordered_json::parse(text.str());
  } catch (const ordered_json::parse_error& error) {
    return config_error("baseline", path, std::string("基线文件不是有效的 JSON:") + error.what());
  }
  if (!doc.is_object() || !doc.contains("legalint_baseline") || !doc.contains("findings") || !doc["findings"].is_array())
    return config_error("baseline", path, "不是 legalint 的基线文件(应由 --update-baseline 生成)");
  Baseline baseline;
  std::size_t n = 0;
  for (const auto& f : doc["findings"]) {
    ++n;
    if (!f.is_object() || !f.contains("fingerprint") || !f["fingerprint"].is_string() || !f.contains("path") || !f["path"].is_string())
      return config_error("baseline", path, "第 " + std::to_string(n) + " 个问题缺少 fingerprint 或 path");
    auto key = std::make_pair(normalized_path(f["path"].get<std::string>()), f["fingerprint"].get<std::string>());
    if (baseline.entries.insert(key).second) baseline.in_order.push_back(key);
  }
  return baseline;
}

std::string baseline_json(const RunReport& run) {
  ordered_json findings = ordered_json::array();
  for (const auto& file : run.files)
    for (const auto& f : run.findings_of(file))
      findings.push_back({{"fingerprint", f.fingerprint},
                          {"rule", f.rule_id},
                          {"path", normalized_path(f.path)},
                          {"line", f.location.start.line},
                          {"message", f.message}});
  ordered_json doc = {{"legalint_baseline", 1}, {"findings", findings}};
  return dump_json(doc, 2) + "\n";
}

void apply_baseline(const Baseline& baseline, RunReport& run) {
  std::set<std::pair<std::string, std::string>> seen;
  std::set<std::string> reviewed;
  for (auto& file : run.files) {
    if (!file.reviewed()) continue;
    reviewed.insert(normalized_path(file.path));
    run.edit_findings(file, [&](std::vector<Finding>& findings) {
      // Only the baseline's own keys are remembered: `fixed` asks about no others.
      return std::erase_if(findings, [&](const Finding& f) {
               auto key = std::make_pair(normalized_path(f.path), f.fingerprint);
               if (!baseline.entries.count(key)) return false;
               seen.insert(std::move(key));
               ++file.baselined;
               return true;
             }) > 0;
    });
  }
  for (const auto& key : baseline.in_order)
    if (reviewed.count(key.first) && !seen.count(key)) run.fixed.push_back(key.second);
}

}  // namespace legalint::cli

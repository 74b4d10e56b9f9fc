#include "config.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "check/measure.h"

namespace fs = std::filesystem;

namespace legalint::cli {

std::string ConfigError::to_string() const {
  if (place.line == 0) return place.file + ": " + message;
  return place.file + ":" + std::to_string(place.line) + ":" + std::to_string(place.column) + ": " + message;
}

namespace {

// ---- glob matching -------------------------------------------------------

bool match_segment(std::string_view p, std::string_view s) {
  // '*' any run of bytes, '?' one code point.
  std::size_t pi = 0, si = 0, star_p = std::string_view::npos, star_s = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '?') {
      ++pi;
      ++si;
      while (si < s.size() && (static_cast<unsigned char>(s[si]) & 0xC0) == 0x80) ++si;
    } else if (pi < p.size() && p[pi] == '*') {
      star_p = pi++;
      star_s = si;
    } else if (pi < p.size() && p[pi] == s[si]) {
      ++pi;
      ++si;
    } else if (star_p != std::string_view::npos) {
      pi = star_p + 1;
      si = ++star_s;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '/') {
      if (i > start) parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

bool match_parts(const std::vector<std::string_view>& p, std::size_t pi, const std::vector<std::string_view>& s, std::size_t si) {
  if (pi == p.size()) return si == s.size();
  if (p[pi] == "**") {
    for (std::size_t k = si; k <= s.size(); ++k)
      if (match_parts(p, pi + 1, s, k)) return true;
    return false;
  }
  return si < s.size() && match_segment(p[pi], s[si]) && match_parts(p, pi + 1, s, si + 1);
}

// The path of `file` relative to `base`, '/'-separated; nullopt when outside it.
std::optional<std::string> relative_to(const std::string& file, const std::string& base) {
  const fs::path rel = fs::absolute(file).lexically_normal().lexically_relative(base);
  if (rel.empty()) return std::nullopt;
  const std::string text = rel.generic_string();
  if (text == ".." || text.starts_with("../")) return std::nullopt;
  return text;
}

bool matches_any(const PathGlobs& globs, const std::string& file) {
  const auto rel = relative_to(file, globs.base);
  if (!rel) return false;
  for (const auto& g : globs.globs)
    if (glob_match(g, *rel)) return true;
  return false;
}

// ---- parsing -------------------------------------------------------------

std::string shown_path(const fs::path& absolute) {
  std::error_code error;
  const fs::path cwd = fs::current_path(error);
  if (!error) {
    const fs::path rel = absolute.lexically_relative(cwd);
    const std::string text = rel.generic_string();
    if (!rel.empty() && text != ".." && !text.starts_with("../")) return text;
  }
  return absolute.generic_string();
}

class Parser {
 public:
  Parser(std::string shown, std::string base, Config& into) : shown_(std::move(shown)), base_(std::move(base)), into_(into) {}

  std::optional<ConfigError> error;

  ConfigPlace place(const toml::source_region& source) const {
    return {shown_, static_cast<std::uint32_t>(source.begin.line), static_cast<std::uint32_t>(source.begin.column)};
  }
  void fail(const toml::source_region& source, std::string message) {
    if (!error) error = ConfigError{place(source), std::move(message)};
  }

  void parse(const toml::table& table, bool& root) {
    for (const auto& [key, node] : table) {
      const std::string name(key.str());
      if (error) return;
      if (name == "root") {
        if (!node.is_boolean()) return fail(node.source(), "root 应为 true 或 false");
        root = node.as_boolean()->get();
      } else if (name == "packs") {
        packs(node);
      } else if (name == "rules") {
        rules(node);
      } else if (name == "params") {
        params(node);
      } else if (name == "files") {
        files(node);
      } else if (name == "ignore") {
        ignore(node);
      } else if (name == "accepted") {
        accepted(node);
      } else if (name == "limits") {
        limits(node);
      } else if (name == "meeting") {
        // [meeting.requires] belongs to `legalint meeting`, which reads and checks it (engine/meeting).
      } else {
        fail(key.source(), "未知的配置项 '" + name + "'(可用:root、[packs]、[rules]、[params]、[files]、[[ignore]]、[[accepted]]、[limits]、[meeting])");
      }
    }
  }

 private:
  const toml::table* table_of(const toml::node& node, const char* name) {
    if (!node.is_table()) {
      fail(node.source(), std::string(name) + " 应为一个表,写作 [" + name + "]");
      return nullptr;
    }
    return node.as_table();
  }

  std::optional<std::vector<std::string>> strings(const toml::node& node, const std::string& what, const char* example) {
    const toml::array* array = node.as_array();
    if (!array) {
      fail(node.source(), what + " 应为字符串数组,例如 " + example);
      return std::nullopt;
    }
    std::vector<std::string> out;
    for (const auto& item : *array) {
      if (!item.is_string()) {
        fail(item.source(), what + " 的每一项都应为字符串,例如 " + example);
        return std::nullopt;
      }
      out.push_back(item.as_string()->get());
    }
    return out;
  }

  void unknown_key(const toml::key& key, const std::string& section, const std::string& allowed) {
    fail(key.source(), section + " 中未知的键 '" + std::string(key.str()) + "'(可用:" + allowed + ")");
  }

  void packs(const toml::node& node) {
    const toml::table* t = table_of(node, "packs");
    if (!t) return;
    for (const auto& [key, value] : *t) {
      if (key.str() != "enable") return unknown_key(key, "[packs]", "enable");
      auto list = strings(value, "[packs] enable", "enable = [\"lease\", \"contract\"]");
      if (!list) return;
      into_.packs = *list;
      into_.packs_place = place(value.source());
    }
  }

  void rules(const toml::node& node) {
    const toml::table* t = table_of(node, "rules");
    if (!t) return;
    for (const auto& [key, value] : *t) {
      const std::string id(key.str());
      const auto* text = value.as_string();
      const std::string given = text ? text->get() : "";
      std::optional<Severity> severity;
      if (text && given != "off") severity = parse_severity(given);
      if (!text || (given != "off" && !severity))
        return fail(value.source(), "规则 '" + id + "' 的取值" + (text ? " '" + given + "' " : "") +
                                        "无效:应为 \"off\"、\"error\"、\"warning\" 或 \"info\"");
      into_.rules[id] = RuleSetting{severity, place(key.source())};
    }
  }

  void params(const toml::node& node) {
    const toml::table* t = table_of(node, "params");
    if (!t) return;
    for (const auto& [key, value] : *t) {
      const std::string name(key.str());
      if (!value.is_string())
        return fail(value.source(), "参数 '" + name + "' 的取值应为带单位的字符串,例如 \"" + name + "\" = \"15年\"");
      const std::string literal = value.as_string()->get();
      if (!Measure::parse(literal))
        return fail(value.source(), "参数 '" + name + "' 的取值 '" + literal + "' 不是数量(应如 20年、2%、400万元、5人)");
      into_.params[name] = ParameterSetting{literal, place(key.source())};
    }
  }

  void files(const toml::node& node) {
    const toml::table* t = table_of(node, "files");
    if (!t) return;
    for (const auto& [key, value] : *t) {
      if (key.str() != "exclude") return unknown_key(key, "[files]", "exclude");
      auto list = strings(value, "[files] exclude", "exclude = [\"**/INDEX.md\"]");
      if (!list) return;
      into_.excludes.push_back(PathGlobs{*list, base_});
    }
  }

  // A size: a string with a unit ("64MB") or an integer number of bytes.
  std::optional<std::uint64_t> size_value(const toml::node& value, const std::string& name, const char* example) {
    std::optional<std::uint64_t> size;
    if (const auto* number = value.as_integer(); number && number->get() > 0) size = static_cast<std::uint64_t>(number->get());
    if (const auto* text = value.as_string()) size = parse_size(text->get());
    if (!size || *size == 0) fail(value.source(), "[limits] " + name + " 应为正的大小,例如 " + name + " = " + example);
    return size;
  }

  void limits(const toml::node& node) {
    const toml::table* t = table_of(node, "limits");
    if (!t) return;
    LimitSettings& limits = into_.limits;
    for (const auto& [key, value] : *t) {
      const std::string name(key.str());
      if (name == "file_size") {
        limits.file_size = size_value(value, name, "\"64MB\"");
      } else if (name == "docx_size") {
        limits.docx_size = size_value(value, name, "\"64MB\"");
      } else if (name == "line_length") {
        limits.line_length = size_value(value, name, "\"64KB\"");
      } else if (name == "docx_ratio") {
        const auto* number = value.as_integer();
        if (!number || number->get() < 1) return fail(value.source(), "[limits] docx_ratio 应为正整数(解压后与压缩前大小之比),例如 docx_ratio = 200");
        limits.docx_ratio = static_cast<std::uint64_t>(number->get());
      } else if (name == "time_per_file") {
        std::optional<std::chrono::milliseconds> time;
        if (const auto* text = value.as_string()) time = parse_duration(text->get());
        if (const auto* number = value.as_integer(); number && number->get() >= 0) time = std::chrono::seconds(number->get());
        if (const auto* number = value.as_floating_point(); number && number->get() >= 0)
          time = parse_duration(std::to_string(number->get()));
        if (!time) return fail(value.source(), "[limits] time_per_file 应为时长,例如 time_per_file = \"10s\"(\"0\" 为不限)");
        limits.time_per_file = time;
      } else {
        return unknown_key(key, "[limits]", "file_size、docx_size、docx_ratio、line_length、time_per_file");
      }
      if (error) return;
    }
  }

  const toml::array* array_of_tables(const toml::node& node, const char* name) {
    const toml::array* array = node.as_array();
    if (!array || !array->is_array_of_tables()) {
      fail(node.source(), std::string(name) + " 应写作表数组 [[" + name + "]]");
      return nullptr;
    }
    return array;
  }

  void ignore(const toml::node& node) {
    const toml::array* array = array_of_tables(node, "ignore");
    if (!array) return;
    for (const auto& item : *array) {
      IgnoreEntry entry;
      entry.place = place(item.source());
      entry.paths.base = base_;
      bool has_paths = false, has_rules = false;
      for (const auto& [key, value] : *item.as_table()) {
        if (key.str() == "paths") {
          auto list = strings(value, "[[ignore]] paths", "paths = [\"drafts/**\"]");
          if (!list) return;
          entry.paths.globs = *list;
          has_paths = true;
        } else if (key.str() == "rules") {
          auto list = strings(value, "[[ignore]] rules", "rules = [\"lease/no-pricing-basis\"]");
          if (!list) return;
          entry.rules = *list;
          has_rules = true;
        } else {
          return unknown_key(key, "[[ignore]]", "paths、rules");
        }
      }
      if (!has_paths) return fail(item.source(), "[[ignore]] 缺少 paths(要忽略的文件,如 paths = [\"drafts/**\"])");
      if (!has_rules) return fail(item.source(), "[[ignore]] 缺少 rules(要在这些文件上停用的规则)");
      into_.ignores.push_back(std::move(entry));
    }
  }

  void accepted(const toml::node& node) {
    const toml::array* array = array_of_tables(node, "accepted");
    if (!array) return;
    for (const auto& item : *array) {
      AcceptedEntry entry;
      entry.place = place(item.source());
      entry.base = base_;
      for (const auto& [key, value] : *item.as_table()) {
        const std::string name(key.str());
        std::string* field = name == "fingerprint" ? &entry.fingerprint
                             : name == "rule"      ? &entry.rule
                             : name == "path"      ? &entry.path
                             : name == "reason"    ? &entry.reason
                                                   : nullptr;
        if (!field) return unknown_key(key, "[[accepted]]", "fingerprint、rule、path、reason");
        if (!value.is_string()) return fail(value.source(), "[[accepted]] " + name + " 应为字符串");
        *field = value.as_string()->get();
      }
      if (entry.fingerprint.empty())
        return fail(item.source(), "[[accepted]] 缺少 fingerprint(见 --format json 输出中每个问题的 fingerprint)");
      if (entry.reason.empty()) return fail(item.source(), "[[accepted]] 缺少 reason:请写明接受这个问题的理由");
      into_.accepted.push_back(std::move(entry));
    }
  }

  std::string shown_;
  std::string base_;
  Config& into_;
};

// An error about a whole file (no line). Built member by member: brace
// initialization here makes GCC 12 warn (-Wmaybe-uninitialized, a false positive).
ConfigError file_error(const std::string& file, const char* message) {
  ConfigError error;
  error.place.file = file;
  error.message = message;
  return error;
}

}  // namespace

void LimitSettings::merge_from(const LimitSettings& nearer) {
  if (nearer.file_size) file_size = nearer.file_size;
  if (nearer.docx_size) docx_size = nearer.docx_size;
  if (nearer.docx_ratio) docx_ratio = nearer.docx_ratio;
  if (nearer.line_length) line_length = nearer.line_length;
  if (nearer.time_per_file) time_per_file = nearer.time_per_file;
}

namespace {

// A decimal number at the start of `text` ("10", "0.5"), and what follows it.
std::optional<std::pair<double, std::string_view>> leading_number(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  std::size_t end = 0;
  bool digits = false, dot = false;
  for (; end < text.size(); ++end) {
    const char c = text[end];
    if (c >= '0' && c <= '9') digits = true;
    else if (c == '.' && !dot) dot = true;
    else break;
  }
  if (!digits || end > 18) return std::nullopt;
  double value = 0;
  try {
    value = std::stod(std::string(text.substr(0, end)));
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::string_view unit = text.substr(end);
  while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
  return std::make_pair(value, unit);
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  return out;
}

}  // namespace

std::optional<std::uint64_t> parse_size(std::string_view text) {
  const auto number = leading_number(text);
  if (!number) return std::nullopt;
  const std::string unit = lower(number->second);
  double scale = 0;
  if (unit.empty() || unit == "b") scale = 1;
  else if (unit == "k" || unit == "kb" || unit == "kib") scale = 1024.0;
  else if (unit == "m" || unit == "mb" || unit == "mib") scale = 1024.0 * 1024;
  else if (unit == "g" || unit == "gb" || unit == "gib") scale = 1024.0 * 1024 * 1024;
  else return std::nullopt;
  const double bytes = number->first * scale;
  if (bytes < 1 || bytes > 1e15) return std::nullopt;
  return static_cast<std::uint64_t>(bytes);
}

std::optional<std::chrono::milliseconds> parse_duration(std::string_view text) {
  const auto number = leading_number(text);
  if (!number) return std::nullopt;
  const std::string unit = lower(number->second);
  double scale = 0;  // milliseconds per unit
  if (unit.empty() || unit == "s" || unit == "秒") scale = 1000;
  else if (unit == "ms" || unit == "毫秒") scale = 1;
  else if (unit == "m" || unit == "min" || unit == "分钟") scale = 60'000;
  else return std::nullopt;
  const double milliseconds = number->first * scale;
  if (milliseconds > 1e12) return std::nullopt;
  if (milliseconds > 0 && milliseconds < 1) return std::chrono::milliseconds(1);  // a limit, however small, is not "none"
  return std::chrono::milliseconds(static_cast<std::int64_t>(milliseconds));
}

bool glob_match(const std::string& pattern, const std::string& path) {
  const std::string full = pattern.find('/') == std::string::npos ? "**/" + pattern : pattern;
  return match_parts(split(full), 0, split(path), 0);
}

std::optional<ConfigError> parse_config(const std::string& path, const std::string& shown, Config& into, bool& root) {
  root = false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return file_error(shown, "无法读取配置文件");
  std::stringstream text;
  text << in.rdbuf();
  toml::table table;
  try {
    table = toml::parse(text.str(), path);
  } catch (const toml::parse_error& error) {
    const auto& s = error.source();
    return ConfigError{{shown, static_cast<std::uint32_t>(s.begin.line), static_cast<std::uint32_t>(s.begin.column)},
                       "TOML 语法错误:" + std::string(error.description())};
  }
  const std::string base = fs::absolute(path).lexically_normal().parent_path().string();
  Parser parser(shown, base, into);
  parser.parse(table, root);
  if (!parser.error) into.sources.push_back(shown);
  return parser.error;
}

std::string Config::engine_key() const {
  std::string key;
  if (packs)
    for (const auto& p : *packs) key += p + ",";
  key += "|";
  for (const auto& [name, p] : params) key += name + "=" + p.value + ";";
  key += "|";
  for (const auto& id : disabled_rules()) key += id + ",";
  return key;
}

ParameterOverrides Config::overrides() const {
  ParameterOverrides out;
  for (const auto& [name, p] : params) out[name] = p.value;
  return out;
}

std::vector<std::string> Config::disabled_rules() const {
  std::vector<std::string> out;
  for (const auto& [id, setting] : rules)
    if (!setting.severity) out.push_back(id);
  return out;
}

bool Config::excludes_file(const std::string& path) const {
  return std::any_of(excludes.begin(), excludes.end(), [&](const PathGlobs& g) { return matches_any(g, path); });
}

bool Config::keep(Finding& finding) const {
  if (const auto it = rules.find(finding.rule_id); it != rules.end()) {
    if (!it->second.severity) return false;
    finding.severity = *it->second.severity;
  }
  for (const auto& ignore : ignores)
    if (std::find(ignore.rules.begin(), ignore.rules.end(), finding.rule_id) != ignore.rules.end() &&
        matches_any(ignore.paths, finding.path))
      return false;
  return true;
}

bool Config::is_accepted(const Finding& finding) const {
  for (const auto& a : accepted) {
    if (a.fingerprint != finding.fingerprint) continue;
    if (!a.rule.empty() && a.rule != finding.rule_id) continue;
    if (!a.path.empty() && !matches_any(PathGlobs{{a.path}, a.base}, finding.path)) continue;
    return true;
  }
  return false;
}

std::optional<ConfigError> Config::validate(const RuleSet& set) const {
  auto unknown_rule = [&](const std::string& id) { return !set.find(id); };
  if (packs)
    for (const auto& p : *packs)
      if (!set.find_pack(p)) return ConfigError{packs_place, "[packs] enable 中未知的规则包 '" + p + "'(见 legalint rules list)"};
  for (const auto& [id, setting] : rules)
    if (unknown_rule(id)) return ConfigError{setting.place, "[rules] 中未知的规则 '" + id + "'(见 legalint rules list)"};
  for (const auto& ignore : ignores)
    for (const auto& id : ignore.rules)
      if (unknown_rule(id)) return ConfigError{ignore.place, "[[ignore]] rules 中未知的规则 '" + id + "'(见 legalint rules list)"};
  for (const auto& a : accepted)
    if (!a.rule.empty() && unknown_rule(a.rule))
      return ConfigError{a.place, "[[accepted]] 中未知的规则 '" + a.rule + "'(见 legalint rules list)"};
  for (const auto& [name, p] : params) {
    const auto dot = name.find('.');
    const Pack* pack = dot == std::string::npos ? nullptr : set.find_pack(name.substr(0, dot));
    const std::string parameter = dot == std::string::npos ? name : name.substr(dot + 1);
    // A named copy: clang 14 cannot capture a structured binding in a lambda.
    const bool known = pack && std::any_of(pack->parameters.begin(), pack->parameters.end(),
                                           [&](const Parameter& q) { return q.name == parameter; });
    if (!known) return ConfigError{p.place, "[params] 中未知的参数 '" + name + "'(写作 \"规则包.参数\",见 legalint explain 某条规则)"};
  }
  return std::nullopt;
}

// ---- discovery -----------------------------------------------------------

bool ConfigFinder::use_only(const std::string& path) {
  auto config = std::make_shared<Config>();
  bool root = false;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    error_ = file_error(path, "找不到配置文件(--config)");
    return false;
  }
  if (auto e = parse_config(path, path, *config, root)) {
    error_ = *e;
    return false;
  }
  only_ = config;
  return true;
}

const Config* ConfigFinder::for_file(const std::string& path) {
  if (error_) return nullptr;
  if (only_) return only_.get();
  if (path == "-") return for_directory(fs::current_path().string());
  const std::string folder = path.substr(0, path.rfind('/') + 1);  // "" for a bare file name
  if (const auto it = by_folder_as_written_.find(folder); it != by_folder_as_written_.end()) return it->second;
  const Config* config = for_directory(fs::absolute(path).lexically_normal().parent_path().string());
  if (config) by_folder_as_written_.emplace(folder, config);
  return config;
}

const Config* ConfigFinder::for_directory(const std::string& dir) {
  if (auto it = by_directory_.find(dir); it != by_directory_.end()) return it->second.get();
  // Nearest first; stop after a root = true file or at the filesystem root.
  std::vector<Config> found;
  fs::path at = dir;
  while (true) {
    const fs::path candidate = at / "legalint.toml";
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) {
      Config one;
      bool root = false;
      if (auto e = parse_config(candidate.string(), shown_path(candidate), one, root)) {
        error_ = *e;
        return nullptr;
      }
      found.push_back(std::move(one));
      if (root) break;
    }
    if (!at.has_parent_path() || at.parent_path() == at) break;
    at = at.parent_path();
  }
  auto merged = std::make_shared<Config>();
  // Farthest first, so nearer files override key by key.
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    if (it->packs) {
      merged->packs = it->packs;
      merged->packs_place = it->packs_place;
    }
    for (auto& [k, v] : it->rules) merged->rules[k] = v;
    for (auto& [k, v] : it->params) merged->params[k] = v;
    merged->ignores.insert(merged->ignores.end(), it->ignores.begin(), it->ignores.end());
    merged->excludes.insert(merged->excludes.end(), it->excludes.begin(), it->excludes.end());
    merged->accepted.insert(merged->accepted.end(), it->accepted.begin(), it->accepted.end());
    merged->limits.merge_from(it->limits);
  }
  for (const auto& c : found) merged->sources.insert(merged->sources.end(), c.sources.begin(), c.sources.end());
  by_directory_[dir] = merged;
  return merged.get();
}

}  // namespace legalint::cli

// legalint.toml: a project's own settings for `legalint check`.
//
//   ConfigFinder finder;                        // or finder.use_only("ci/legalint.toml") for --config
//   const Config* config = finder.for_file("corpus/leases/L001.txt");
//   if (!config) { std::cerr << finder.error()->to_string() << "\n"; return 2; }
//
// Found like .editorconfig: from the directory of each input file upwards,
// every legalint.toml on the way is read, until one says `root = true` or
// the filesystem root is reached; nearer files win key by key, and their
// lists ([[ignore]], [[accepted]], [files] exclude) add up. Paths and globs
// in a file are relative to the directory that file is in.
//
// This lives in cli/, not in the engine: a configuration decides which
// files a run reads and which findings it shows — the run's policy — while
// the engine stays a pure function of a document and a RuleSet. What the
// engine needs from it comes in through its existing inputs: pack parameter
// overrides (load_packs) and ReviewOptions (packs, disabled rules).
//
// Keys (docs/output.md has the reference with an example):
//   root = true
//   [packs]   enable = ["lease", "contract"]
//   [rules]   "lease/no-pricing-basis" = "off" | "error" | "warning" | "info"
//   [params]  "lease.max_term" = "15年"
//   [files]   exclude = ["**/INDEX.md"]
//   [[ignore]]   paths = ["drafts/**"]  rules = ["lease/x"]
//   [[accepted]] fingerprint = "…"  rule = "…"  path = "…"  reason = "…"
//   [limits]  file_size = "64MB"  docx_size = "64MB"  docx_ratio = 200
//             line_length = "64KB"  time_per_file = "10s"   (docs/reliability.md)
// A mistake is an error `legalint.toml:LINE:COL: …` (exit code 2).
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "eval/compile.h"
#include "eval/finding.h"
#include "eval/rule.h"

namespace legalint::cli {

// Where in which legalint.toml something was written.
struct ConfigPlace {
  std::string file;  // as shown to the user (relative to the current directory when inside it)
  std::uint32_t line = 0, column = 0;
};

struct ConfigError {
  ConfigPlace place;
  std::string message;
  std::string to_string() const;  // "legalint.toml:3:5: message"
};

struct RuleSetting {
  std::optional<Severity> severity;  // nullopt: "off"
  ConfigPlace place;
};

struct ParameterSetting {
  std::string value;  // a measure literal such as "15年"
  ConfigPlace place;
};

struct PathGlobs {
  std::vector<std::string> globs;
  std::string base;  // absolute directory of the legalint.toml that wrote them
};

struct IgnoreEntry {
  PathGlobs paths;
  std::vector<std::string> rules;
  ConfigPlace place;
};

struct AcceptedEntry {
  std::string fingerprint;
  std::string rule;    // "" matches any rule
  std::string path;    // "" matches any file; else a path or glob relative to base
  std::string reason;  // required
  std::string base;
  ConfigPlace place;
};

// [limits]: what legalint reads of one file and for how long (the defaults
// are in LoadOptions and kDefaultTimeLimit); unset keys keep the default.
struct LimitSettings {
  std::optional<std::uint64_t> file_size;    // bytes, LoadOptions::max_file_bytes
  std::optional<std::uint64_t> docx_size;    // bytes, LoadOptions::max_docx_entry_bytes
  std::optional<std::uint64_t> docx_ratio;   // LoadOptions::max_docx_compression_ratio
  std::optional<std::uint64_t> line_length;  // bytes, LoadOptions::max_line_bytes
  std::optional<std::chrono::milliseconds> time_per_file;  // CPU time per file; 0: no limit

  // Nearer files win key by key.
  void merge_from(const LimitSettings& nearer);
};

// "64MB", "512KB", "1GB", "100B" or a bare number of bytes (1 KB = 1024 bytes).
std::optional<std::uint64_t> parse_size(std::string_view text);
// "10s", "500ms", "2m", or a bare number of seconds ("0.5"); "0" is no limit.
std::optional<std::chrono::milliseconds> parse_duration(std::string_view text);

// The settings that apply to one input file (all the files found for it, merged).
struct Config {
  std::vector<std::string> sources;  // the legalint.toml files, nearest first, as shown
  std::optional<std::vector<std::string>> packs;
  ConfigPlace packs_place;
  std::map<std::string, RuleSetting> rules;
  std::map<std::string, ParameterSetting> params;
  std::vector<IgnoreEntry> ignores;
  std::vector<PathGlobs> excludes;
  std::vector<AcceptedEntry> accepted;
  LimitSettings limits;

  // A key for grouping files that can share one loaded rule set and engine.
  std::string engine_key() const;
  ParameterOverrides overrides() const;
  std::vector<std::string> disabled_rules() const;  // rules set to "off"

  bool excludes_file(const std::string& path) const;
  // Applies [rules] severities and [[ignore]]; true when `finding` stays.
  bool keep(Finding& finding) const;
  bool is_accepted(const Finding& finding) const;
  // False when keep() keeps every finding as it is and none is accepted:
  // no [rules] entry, no [[ignore]], no [[accepted]].
  bool edits_findings() const { return !rules.empty() || !ignores.empty() || !accepted.empty(); }

  // Names of rules, packs and parameters checked against what was loaded.
  std::optional<ConfigError> validate(const RuleSet& rules) const;
};

// Parses one legalint.toml (no merging); `shown` is how messages name it.
std::optional<ConfigError> parse_config(const std::string& path, const std::string& shown, Config& into, bool& root);

class ConfigFinder {
 public:
  // Every file gets this configuration, found nowhere else (--config FILE).
  bool use_only(const std::string& path);
  // The merged configuration for an input file (an empty one when none is
  // found); nullptr after an error, see error().
  const Config* for_file(const std::string& path);
  const std::optional<ConfigError>& error() const { return error_; }

 private:
  const Config* for_directory(const std::string& absolute_dir);

  std::shared_ptr<Config> only_;
  std::map<std::string, std::shared_ptr<Config>> by_directory_;
  // By a file's folder as the file's path spells it ("docs/leases/"): a
  // batch asks for every file twice, and making each path absolute and
  // normal was a tenth of a two-job run's serial start over 10,000 files.
  std::unordered_map<std::string, const Config*> by_folder_as_written_;
  std::optional<ConfigError> error_;
};

// Glob matching on '/'-separated relative paths: '*' and '?' stay within a
// path segment, '**' spans segments ("**/x" also matches "x"). A pattern
// without '/' matches a file name at any depth, as in .gitignore.
bool glob_match(const std::string& pattern, const std::string& path);

}  // namespace legalint::cli

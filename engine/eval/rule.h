// Rules and packs as the engine runs them: compiled from pack files
// (compile.h), each rule holding its checks, its legal basis and its
// examples.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/line_index.h"
#include "base/span.h"
#include "check/args.h"
#include "check/check.h"
#include "classify/classify.h"

namespace legalint {

enum class Severity {
  info,     // worth a look; never fails a run by default
  warning,  // probably wrong; a reviewer should decide
  error,    // against the law as written
};

const char* to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);
const char* chinese_name(Severity severity);  // 错误 / 警告 / 提示

// A `bad` or `good` example of a rule. In a bad example, [[…]] marks where
// the finding must land; the markers are not part of `text`.
struct Example {
  bool bad = false;
  std::string text;
  std::optional<Span> mark;  // byte range of `text`
  Position position;         // where the example is written in the pack
};

struct Parameter {
  std::string name;
  Measure value;
  std::string description;
};

struct Pack {
  std::string id;     // "lease"
  std::string path;   // the file it came from
  std::string title;
  std::string description;
  std::vector<DocumentKind> kinds;  // the kinds of document it reviews
  std::vector<Parameter> parameters;
};

struct Rule {
  std::string id;  // "lease/term-over-20y"
  std::string pack;
  Severity severity = Severity::warning;
  std::string title;
  std::string description;
  std::vector<std::string> basis;  // ids in the basis index
  std::string message;             // with {placeholders}
  std::string fix;
  std::vector<DocumentKind> kinds;  // the pack's, unless the rule names its own
  const Regex* when = nullptr;   // the document must match this for the rule to apply
  const Regex* unless = nullptr; // … and must not match this
  std::vector<std::unique_ptr<Check>> checks;
  std::vector<Example> examples;
  std::string path;  // pack file
  Position position;

  bool applies_to(DocumentKind kind) const;
};

// Everything loaded from the packs of one run. Not copyable: rules point
// into its regex pool.
class RuleSet {
 public:
  RuleSet() = default;
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;
  RuleSet(RuleSet&&) = default;
  RuleSet& operator=(RuleSet&&) = default;

  std::vector<Pack> packs;
  std::vector<Rule> rules;  // sorted by id
  std::unique_ptr<RegexPool> regexes = std::make_unique<RegexPool>();

  const Rule* find(const std::string& id) const;
  const Pack* find_pack(const std::string& id) const;
};

}  // namespace legalint

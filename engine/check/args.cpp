#include "check/args.h"

#include <algorithm>

namespace legalint {

namespace ast = rulelang::ast;

const char* to_string(Scope scope) {
  switch (scope) {
    case Scope::sentence: return "sentence";
    case Scope::line: return "line";
    case Scope::clause: return "clause";
    case Scope::article: return "article";
    case Scope::document: return "document";
  }
  return "sentence";
}

CheckArgs::CheckArgs(const ast::CheckBlock& block, const rulelang::ParsedPack& pack, const Parameters& parameters,
                     RegexPool& pool, rulelang::Diagnostics& diagnostics)
    : block_(block), pack_(pack), parameters_(parameters), pool_(pool), diagnostics_(diagnostics) {}

std::vector<const ast::Entry*> CheckArgs::entries(const std::string& key) {
  used_.insert(key);
  std::vector<const ast::Entry*> found;
  for (const auto& entry : block_.entries)
    if (entry.key.text == key) found.push_back(&entry);
  return found;
}

void CheckArgs::error_at(const boost::spirit::x3::position_tagged& node, const std::string& message) {
  diagnostics_.push_back(pack_.source().diagnostic(pack_.span_of(node), message));
  ++errors_;
}

void CheckArgs::error(const std::string& message) { error_at(block_.kind, message); }

const Regex* CheckArgs::compile(const ast::Value& value) {
  const auto* regex = boost::get<ast::Regex>(&value);
  if (!regex) {
    error_at(value, "expected a regular expression /…/ here");
    return nullptr;
  }
  const std::string pattern = rulelang::unescape_regex(*regex);
  std::string message;
  const Regex* compiled = pool_.compile(pattern, message, pack_.source().diagnostic(pack_.span_of(*regex), ""));
  if (!compiled) error_at(*regex, "invalid regular expression: " + message);
  return compiled;
}

const Regex* CheckArgs::optional_regex(const std::string& key) {
  const auto found = entries(key);
  if (found.empty()) return nullptr;
  if (found.size() > 1) error_at(*found[1], "'" + key + "' is given twice");
  if (found[0]->values.size() != 1) {
    error_at(*found[0], "'" + key + "' takes one regular expression");
    return nullptr;
  }
  return compile(found[0]->values[0]);
}

const Regex* CheckArgs::regex(const std::string& key) {
  if (entries(key).empty()) {
    error("check '" + block_.kind.text + "' needs '" + key + " /…/'");
    return nullptr;
  }
  return optional_regex(key);
}

std::vector<const Regex*> CheckArgs::regexes(const std::string& key) {
  std::vector<const Regex*> out;
  for (const auto* entry : entries(key)) {
    if (entry->values.empty()) error_at(*entry, "'" + key + "' needs a regular expression");
    for (const auto& value : entry->values)
      if (const auto* compiled = compile(value)) out.push_back(compiled);
  }
  return out;
}

std::vector<NamedAlternatives> CheckArgs::named_regexes(const std::string& key, bool alternatives) {
  std::vector<NamedAlternatives> out;
  for (const auto* entry : entries(key)) {
    const std::size_t count = entry->values.size();
    const auto* name = count >= 2 ? boost::get<ast::String>(&entry->values[0]) : nullptr;
    if (!name || (!alternatives && count != 2)) {
      error_at(*entry, "'" + key + "' takes a name and " + (alternatives ? "one or more regular expressions" : "a regular expression") +
                           ": " + key + " \"违约责任\" /违约/");
      continue;
    }
    NamedAlternatives item{rulelang::unescape_string(*name), {}};
    for (std::size_t i = 1; i < count; ++i)
      if (const auto* compiled = compile(entry->values[i])) item.regexes.push_back(compiled);
    if (item.regexes.size() == count - 1) out.push_back(std::move(item));
  }
  return out;
}

std::vector<NamedAlternatives> CheckArgs::named_alternatives(const std::string& key) { return named_regexes(key, true); }

std::vector<NamedPattern> CheckArgs::named_patterns(const std::string& key) {
  std::vector<NamedPattern> out;
  for (auto& item : named_regexes(key, false)) out.push_back({std::move(item.name), item.regexes[0]});
  return out;
}

std::vector<std::string> CheckArgs::words(const std::string& key, const std::set<std::string>& allowed) {
  std::vector<std::string> out;
  for (const auto* entry : entries(key)) {
    for (const auto& value : entry->values) {
      const auto* word = boost::get<ast::Word>(&value);
      if (!word || !allowed.count(word->text)) {
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        error_at(value, "'" + key + "' takes one of: " + list);
        continue;
      }
      out.push_back(word->text);
    }
  }
  return out;
}

std::optional<std::string> CheckArgs::word(const std::string& key, const std::set<std::string>& allowed) {
  const auto found = words(key, allowed);
  if (found.empty()) return std::nullopt;
  if (found.size() > 1) error("'" + key + "' takes one value");
  return found[0];
}

Scope CheckArgs::scope(const std::string& key, Scope fallback) {
  const auto value = word(key, {"sentence", "line", "clause", "article", "document"});
  if (!value) return fallback;
  for (auto s : {Scope::sentence, Scope::line, Scope::clause, Scope::article, Scope::document})
    if (*value == to_string(s)) return s;
  return fallback;
}

std::optional<Measure> CheckArgs::measure(const std::string& key) {
  const auto found = entries(key);
  if (found.empty()) return std::nullopt;
  if (found.size() > 1 || found[0]->values.size() != 1) {
    error_at(*found[0], "'" + key + "' takes one quantity such as 20年, 2%, 400万元 or {parameter}");
    return std::nullopt;
  }
  const auto& value = found[0]->values[0];
  if (const auto* ref = boost::get<ast::ParamRef>(&value)) {
    const auto it = parameters_.find(ref->name);
    if (it == parameters_.end()) {
      error_at(*ref, "unknown parameter '" + ref->name + "' (declare it in the pack: param " + ref->name + " …)");
      return std::nullopt;
    }
    return it->second;
  }
  const auto* literal = boost::get<ast::Literal>(&value);
  auto parsed = literal ? Measure::parse(literal->text) : std::nullopt;
  if (!parsed) error_at(value, "expected a quantity such as 20年, 2%, 400万元, 5人 or 7个工作日");
  return parsed;
}

bool CheckArgs::flag(const std::string& key) {
  const auto found = entries(key);
  for (const auto* entry : found)
    if (!entry->values.empty()) error_at(*entry, "'" + key + "' takes no value");
  return !found.empty();
}

void CheckArgs::finish() {
  for (const auto& entry : block_.entries) {
    if (!used_.count(entry.key.text)) {
      std::string known;
      for (const auto& k : used_) known += (known.empty() ? "" : ", ") + k;
      error_at(entry.key, "unknown key '" + entry.key.text + "' for check '" + block_.kind.text + "' (it takes: " + known + ")");
    }
  }
}

}  // namespace legalint

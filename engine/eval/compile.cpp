#include "eval/compile.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "check/registry.h"
#include "rulelang/parse.h"

namespace legalint {

namespace ast = rulelang::ast;
namespace x3 = boost::spirit::x3;

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

const char* chinese_name(Severity severity) {
  switch (severity) {
    case Severity::info: return "提示";
    case Severity::warning: return "警告";
    case Severity::error: return "错误";
  }
  return "警告";
}

std::optional<Severity> parse_severity(std::string_view name) {
  for (auto s : {Severity::info, Severity::warning, Severity::error})
    if (name == to_string(s)) return s;
  return std::nullopt;
}

bool Rule::applies_to(DocumentKind kind) const {
  // A document whose kind cannot be told is reviewed as a contract.
  const DocumentKind effective = kind == DocumentKind::unknown ? DocumentKind::contract : kind;
  return std::find(kinds.begin(), kinds.end(), effective) != kinds.end();
}

const Rule* RuleSet::find(const std::string& id) const {
  for (const auto& rule : rules)
    if (rule.id == id) return &rule;
  return nullptr;
}

const Pack* RuleSet::find_pack(const std::string& id) const {
  for (const auto& pack : packs)
    if (pack.id == id) return &pack;
  return nullptr;
}

namespace {

// Reads one pack file's declarations into the rule set.
class PackCompiler {
 public:
  PackCompiler(const rulelang::ParsedPack& parsed, const BasisIndex& bases, const ParameterOverrides& overrides,
               RuleSet& into, rulelang::Diagnostics& diagnostics)
      : parsed_(parsed), bases_(bases), overrides_(overrides), into_(into), diagnostics_(diagnostics) {}

  void compile() {
    const auto& declarations = parsed_.file.declarations;
    const ast::Pack* pack_decl = nullptr;
    for (const auto& declaration : declarations) {
      if (const auto* p = boost::get<ast::Pack>(&declaration)) {
        if (pack_decl) error(*p, "a pack file declares one pack; this is a second 'pack'");
        pack_decl = p;
      }
    }
    if (!pack_decl) {
      diagnostics_.push_back(parsed_.source().diagnostic(Span{0, 0}, "the file declares no pack: start it with 'pack NAME { … }'"));
      return;
    }
    compile_pack(*pack_decl);
    for (const auto& declaration : declarations)
      if (const auto* r = boost::get<ast::Rule>(&declaration)) compile_rule(*r);
  }

 private:
  void error(const x3::position_tagged& node, const std::string& message) {
    diagnostics_.push_back(parsed_.source().diagnostic(parsed_.span_of(node), message));
  }

  std::optional<std::string> single_string(const ast::Entry& entry) {
    if (entry.values.size() == 1)
      if (const auto* s = boost::get<ast::String>(&entry.values[0])) return rulelang::unescape_string(*s);
    error(entry, "'" + entry.key.text + "' takes one string in quotes");
    return std::nullopt;
  }

  std::optional<std::string> single_word(const ast::Entry& entry) {
    if (entry.values.size() == 1)
      if (const auto* w = boost::get<ast::Word>(&entry.values[0])) return w->text;
    error(entry, "'" + entry.key.text + "' takes one word");
    return std::nullopt;
  }

  std::vector<DocumentKind> kinds(const ast::Entry& entry) {
    std::vector<DocumentKind> out;
    for (const auto& value : entry.values) {
      const auto* w = boost::get<ast::Word>(&value);
      const auto kind = w ? parse_document_kind(w->text) : std::nullopt;
      if (!kind) error(value, "unknown document kind: use lease, tender, decision or contract");
      else out.push_back(*kind);
    }
    return out;
  }

  void compile_pack(const ast::Pack& decl) {
    Pack pack;
    pack.id = decl.id.text;
    pack.path = parsed_.source().path();
    if (into_.find_pack(pack.id)) error(decl.id, "pack '" + pack.id + "' is loaded twice");
    for (const auto& entry : decl.entries) {
      const std::string& key = entry.key.text;
      if (key == "title") pack.title = single_string(entry).value_or("");
      else if (key == "description") pack.description = single_string(entry).value_or("");
      else if (key == "kinds") pack.kinds = kinds(entry);
      else if (key == "param") compile_parameter(entry, pack);
      else error(entry.key, "unknown key '" + key + "' in a pack (it takes: title, description, kinds, param)");
    }
    if (pack.kinds.empty()) error(decl.id, "pack '" + pack.id + "' needs 'kinds' (lease, tender, decision, contract)");
    pack_ = pack;
    for (const auto& p : pack.parameters) parameters_[p.name] = p.value;
    into_.packs.push_back(std::move(pack));
  }

  // param NAME VALUE "description"
  void compile_parameter(const ast::Entry& entry, Pack& pack) {
    const auto* name = entry.values.size() >= 2 ? boost::get<ast::Word>(&entry.values[0]) : nullptr;
    const auto* literal = entry.values.size() >= 2 ? boost::get<ast::Literal>(&entry.values[1]) : nullptr;
    if (!name || !literal) {
      error(entry, "'param' takes a name, a quantity and a description: param max_term 20年 \"租赁期限上限\"");
      return;
    }
    std::string text = literal->text;
    if (const auto it = overrides_.find(pack.id + "." + name->text); it != overrides_.end()) text = it->second;
    auto value = Measure::parse(text);
    if (!value) {
      error(*literal, "'" + text + "' is not a quantity such as 20年, 2%, 400万元 or 5人");
      return;
    }
    Parameter parameter{name->text, *value, ""};
    if (entry.values.size() >= 3)
      if (const auto* s = boost::get<ast::String>(&entry.values[2])) parameter.description = rulelang::unescape_string(*s);
    pack.parameters.push_back(std::move(parameter));
  }

  void compile_rule(const ast::Rule& decl) {
    Rule rule;
    rule.id = decl.id.text;
    rule.pack = pack_.id;
    rule.kinds = pack_.kinds;
    rule.path = parsed_.source().path();
    rule.position = parsed_.source().diagnostic(parsed_.span_of(decl), "").start;
    const auto errors_before = diagnostics_.size();

    if (rule.id.rfind(pack_.id + "/", 0) != 0) error(decl.id, "rule ids in pack '" + pack_.id + "' start with '" + pack_.id + "/'");
    if (into_.find(rule.id)) error(decl.id, "duplicate rule id '" + rule.id + "'");

    std::set<std::string> placeholders = {"clause", "title"};
    for (const auto& p : pack_.parameters) placeholders.insert(p.name);
    const ast::Entry* message_entry = nullptr;
    const ast::Entry* fix_entry = nullptr;

    for (const auto& item : decl.items) {
      if (const auto* block = boost::get<ast::CheckBlock>(&item)) {
        const CheckKind* kind = find_check_kind(block->kind.text);
        if (!kind) {
          std::string names;
          for (const auto& k : check_kinds()) names += (names.empty() ? "" : ", ") + k.name;
          error(block->kind, "unknown check kind '" + block->kind.text + "' (kinds: " + names + ")");
          continue;
        }
        CheckArgs args(*block, parsed_, parameters_, *into_.regexes, diagnostics_);
        if (auto check = kind->make(args)) rule.checks.push_back(std::move(check));
        placeholders.insert(kind->placeholders.begin(), kind->placeholders.end());
        continue;
      }
      const auto& entry = boost::get<ast::Entry>(item);
      const std::string& key = entry.key.text;
      if (key == "severity") {
        const auto word = single_word(entry);
        const auto severity = word ? parse_severity(*word) : std::nullopt;
        if (word && !severity) error(entry.values[0], "severity is error, warning or info");
        if (severity) rule.severity = *severity;
      } else if (key == "title") {
        rule.title = single_string(entry).value_or("");
      } else if (key == "description") {
        rule.description = single_string(entry).value_or("");
      } else if (key == "message") {
        rule.message = single_string(entry).value_or("");
        message_entry = &entry;
      } else if (key == "fix") {
        rule.fix = single_string(entry).value_or("");
        fix_entry = &entry;
      } else if (key == "basis") {
        compile_basis(entry, rule);
      } else if (key == "kinds") {
        rule.kinds = kinds(entry);
      } else if (key == "when" || key == "unless") {
        compile_guard(entry, key == "when" ? rule.when : rule.unless);
      } else if (key == "bad" || key == "good") {
        compile_example(entry, key == "bad", rule);
      } else {
        error(entry.key, "unknown key '" + key +
                             "' in a rule (it takes: severity, title, description, basis, kinds, when, unless, check, "
                             "message, fix, bad, good)");
      }
    }

    if (rule.title.empty()) error(decl.id, "rule '" + rule.id + "' needs a 'title'");
    if (rule.message.empty()) error(decl.id, "rule '" + rule.id + "' needs a 'message'");
    if (rule.basis.empty()) error(decl.id, "rule '" + rule.id + "' needs a 'basis' (an id from seeds/bases.toml)");
    if (rule.checks.empty() && diagnostics_.size() == errors_before) error(decl.id, "rule '" + rule.id + "' needs a 'check'");
    const auto bad = std::count_if(rule.examples.begin(), rule.examples.end(), [](const Example& e) { return e.bad; });
    if (bad == 0 || bad == static_cast<long>(rule.examples.size()))
      error(decl.id, "rule '" + rule.id + "' needs at least one 'bad' and one 'good' example");
    if (message_entry) check_placeholders(*message_entry, rule.message, placeholders);
    if (fix_entry) check_placeholders(*fix_entry, rule.fix, placeholders);

    if (diagnostics_.size() == errors_before) into_.rules.push_back(std::move(rule));
  }

  void compile_basis(const ast::Entry& entry, Rule& rule) {
    if (entry.values.empty()) error(entry, "'basis' takes one or more ids from seeds/bases.toml");
    for (const auto& value : entry.values) {
      const auto* word = boost::get<ast::Word>(&value);
      if (!word) {
        error(value, "a basis is an id such as civil-code/705");
      } else if (!bases_.find(word->text)) {
        error(value, "unknown basis '" + word->text + "': add it to seeds/bases.toml first");
      } else {
        rule.basis.push_back(word->text);
      }
    }
  }

  void compile_guard(const ast::Entry& entry, const Regex*& guard) {
    const auto* regex = entry.values.size() == 1 ? boost::get<ast::Regex>(&entry.values[0]) : nullptr;
    if (!regex) {
      error(entry, "'" + entry.key.text + "' takes one regular expression /…/");
      return;
    }
    std::string message;
    guard = into_.regexes->compile(rulelang::unescape_regex(*regex), message,
                                   parsed_.source().diagnostic(parsed_.span_of(*regex), ""));
    if (!guard) error(*regex, "invalid regular expression: " + message);
  }

  void compile_example(const ast::Entry& entry, bool bad, Rule& rule) {
    const auto text = single_string(entry);
    if (!text) return;
    Example example;
    example.bad = bad;
    example.position = parsed_.source().diagnostic(parsed_.span_of(entry), "").start;
    // [[…]] marks the span a bad example's finding must cover.
    const auto open = text->find("[[");
    const auto close = open == std::string::npos ? std::string::npos : text->find("]]", open + 2);
    if (open != std::string::npos && close != std::string::npos) {
      if (!bad) error(entry, "only a 'bad' example marks a span with [[…]]");
      example.text = text->substr(0, open) + text->substr(open + 2, close - open - 2) + text->substr(close + 2);
      example.mark = Span{static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(close - 2)};
    } else {
      example.text = *text;
    }
    rule.examples.push_back(std::move(example));
  }

  void check_placeholders(const ast::Entry& entry, const std::string& text, const std::set<std::string>& known) {
    for (auto open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
      const auto close = text.find('}', open);
      if (close == std::string::npos) break;
      const std::string name = text.substr(open + 1, close - open - 1);
      if (!known.count(name)) {
        std::string list;
        for (const auto& k : known) list += (list.empty() ? "" : ", ") + ("{" + k + "}");
        error(entry.values.empty() ? static_cast<const x3::position_tagged&>(entry) : entry.values[0],
              "unknown placeholder {" + name + "} (this rule's checks give: " + list + ")");
      }
    }
  }

  const rulelang::ParsedPack& parsed_;
  const BasisIndex& bases_;
  const ParameterOverrides& overrides_;
  RuleSet& into_;
  rulelang::Diagnostics& diagnostics_;
  Pack pack_;
  Parameters parameters_;
};

}  // namespace

void compile_pack_text(const std::string& path, const std::string& text, const BasisIndex& bases,
                       const ParameterOverrides& overrides, RuleSet& into, rulelang::Diagnostics& diagnostics) {
  const rulelang::PackSource source(path, text);
  const auto errors_before = diagnostics.size();
  const rulelang::ParsedPack parsed = rulelang::parse_pack(source, diagnostics);
  if (diagnostics.size() != errors_before) return;
  PackCompiler(parsed, bases, overrides, into, diagnostics).compile();
}

void seal_rules(RuleSet& rules, rulelang::Diagnostics& diagnostics) {
  rulelang::Diagnostics refused;
  rules.regexes->seal(refused);
  // A pack with a regex RE2 refuses is left out, as one with any other mistake.
  for (const auto& d : refused) {
    std::erase_if(rules.rules, [&](const Rule& rule) { return rule.path == d.path; });
    std::erase_if(rules.packs, [&](const Pack& pack) { return pack.path == d.path; });
  }
  diagnostics.insert(diagnostics.end(), refused.begin(), refused.end());
}

RuleSet load_packs(const std::vector<std::string>& paths, const BasisIndex& bases, const ParameterOverrides& overrides,
                   rulelang::Diagnostics& diagnostics) {
  RuleSet rules;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      rulelang::Diagnostic d;
      d.path = path;
      d.message = "cannot read the pack file";
      diagnostics.push_back(d);
      continue;
    }
    std::ostringstream text;
    text << in.rdbuf();
    compile_pack_text(path, text.str(), bases, overrides, rules, diagnostics);
  }
  seal_rules(rules, diagnostics);
  std::sort(rules.rules.begin(), rules.rules.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
  return rules;
}

}  // namespace legalint

// Reading a check block's keys, with every mistake reported at its place.
//
//   const Regex* near = args.regex("near");                  // required
//   Scope scope = args.scope("within", Scope::sentence);     // optional
//   std::optional<Measure> over = args.measure("over");
//   args.finish();    // any key not read is an error: "unknown key 'ovr'"
//
// Regexes go into the rule set's pool (check/regex.h), once each; a bad one
// is reported here with RE2's own error text. Measures (20年, 2%, 400万元, 5人) are
// parsed by the facts grammars, so a pack writes limits the way documents
// write amounts; {name} refers to a pack parameter.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>


#include "check/measure.h"
#include "check/regex.h"
#include "rulelang/ast.h"
#include "rulelang/diagnostic.h"
#include "rulelang/parse.h"

namespace legalint {

// Where "near" looks, and what `unless` and `then` search.
enum class Scope {
  sentence,  // the sentence of the anchor (default)
  line,      // the line (a paragraph) of the anchor
  clause,    // the innermost numbered clause of the anchor
  article,   // the 第X条 around the anchor with its items (else its top-level clause)
  document,  // the whole document
};

const char* to_string(Scope scope);

// A named item to look for: `item "违约责任" /违约责任|违约金/`.
struct NamedPattern {
  std::string name;
  const Regex* regex = nullptr;
};

// The same with alternatives, any of which will do: `item "租金支付" /按年支付/ /于每年[^。]{0,9}前支付/`.
// Several small regexes cost RE2 far less than their union in one: its DFA
// tracks every alternative at once, and each regex is compiled and searched
// only where its own atoms occur.
struct NamedAlternatives {
  std::string name;
  std::vector<const Regex*> regexes;
};

// Values of a pack's parameters, after configuration overrides.
using Parameters = std::map<std::string, Measure>;

class CheckArgs {
 public:
  CheckArgs(const rulelang::ast::CheckBlock& block, const rulelang::ParsedPack& pack, const Parameters& parameters,
            RegexPool& pool, rulelang::Diagnostics& diagnostics);

  // Each reader marks its key as used; a missing required key is an error.
  const Regex* regex(const std::string& key);
  const Regex* optional_regex(const std::string& key);
  // Every regex of every entry with this key (`unless /a/` on two lines, or `unless /a/ /b/`).
  std::vector<const Regex*> regexes(const std::string& key);
  std::vector<NamedPattern> named_patterns(const std::string& key);            // one regex each
  std::vector<NamedAlternatives> named_alternatives(const std::string& key);  // one or more each
  Scope scope(const std::string& key, Scope fallback);
  std::optional<std::string> word(const std::string& key, const std::set<std::string>& allowed);
  std::vector<std::string> words(const std::string& key, const std::set<std::string>& allowed);
  std::optional<Measure> measure(const std::string& key);
  bool flag(const std::string& key);

  // A mistake at the check's kind name (e.g. "needs one of over, under …").
  void error(const std::string& message);
  // Reports keys that no reader asked for.
  void finish();
  bool ok() const { return errors_ == 0; }

 private:
  std::vector<const rulelang::ast::Entry*> entries(const std::string& key);
  std::vector<NamedAlternatives> named_regexes(const std::string& key, bool alternatives);
  void error_at(const boost::spirit::x3::position_tagged& node, const std::string& message);
  const Regex* compile(const rulelang::ast::Value& value);

  const rulelang::ast::CheckBlock& block_;
  const rulelang::ParsedPack& pack_;
  const Parameters& parameters_;
  RegexPool& pool_;
  rulelang::Diagnostics& diagnostics_;
  std::set<std::string> used_;
  int errors_ = 0;
};

}  // namespace legalint

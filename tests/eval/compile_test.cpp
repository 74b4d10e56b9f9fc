#include <catch2/catch.hpp>

#include "eval_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {
std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}
}  // namespace

TEST_CASE("a valid pack compiles into rules with their pack's kinds, basis and examples") {
  const auto c = compile(pack_with(kValidBody));
  REQUIRE(c.diagnostics.empty());
  REQUIRE(c.rules.rules.size() == 1);
  const Rule& rule = c.rules.rules[0];
  CHECK(rule.id == "lease/x");
  CHECK(rule.severity == Severity::error);
  CHECK(rule.kinds == std::vector<DocumentKind>{DocumentKind::lease});
  CHECK(rule.basis == std::vector<std::string>{"civil-code/705"});
  REQUIRE(rule.examples.size() == 2);
  CHECK(rule.examples[0].text == "期满自动续期。");
  REQUIRE(rule.examples[0].mark);
  CHECK(rule.examples[0].mark->in(rule.examples[0].text) == "自动续期");
  REQUIRE(c.rules.packs.size() == 1);
  CHECK(c.rules.packs[0].parameters[0].value.text == "20年");
}

TEST_CASE("load-time mistakes are reported at their place, with the exact message") {
  auto [label, body, line, column, message] = GENERATE(table<std::string, std::string, int, int, std::string>({
      {"unknown check kind", replace(kValidBody, "check pattern", "check patern"), 9, 9,
       "unknown check kind 'patern' (kinds: pattern, require, quantity, interval, consistency, conflict, conditional, procedure, corpus)"},
      {"unknown basis", replace(kValidBody, "civil-code/705", "civil-code/9999"), 8, 9,
       "unknown basis 'civil-code/9999': add it to seeds/bases.toml first"},
      {"invalid regex", replace(kValidBody, "/自动续期/", "/自动(续期/"), 10, 11,
       "invalid regular expression: missing ): 自动(续期"},
      {"unknown key in a check", replace(kValidBody, "match /自动续期/", "match /自动续期/\n    colour red"), 11, 5,
       "unknown key 'colour' for check 'pattern' (it takes: match, unless, within)"},
      {"unknown placeholder", replace(kValidBody, "{match}", "{value}"), 12, 11,
       "unknown placeholder {value} (this rule's checks give: {clause}, {match}, {max_term}, {title})"},
      {"bad severity", replace(kValidBody, "severity error", "severity fatal"), 6, 12, "severity is error, warning or info"},
      {"no good example", replace(kValidBody, "  good \"期满另行协商。\"\n", ""), 5, 6,
       "rule 'lease/x' needs at least one 'bad' and one 'good' example"},
      {"unknown rule key", replace(kValidBody, "title", "titel"), 7, 3,
       "unknown key 'titel' in a rule (it takes: severity, title, description, basis, kinds, when, unless, check, message, "
       "fix, bad, good)"},
  }));
  INFO(label);
  const auto c = compile(pack_with(body));
  REQUIRE_FALSE(c.diagnostics.empty());
  const auto& d = c.diagnostics[0];
  CHECK(d.message == message);
  CHECK(d.start.line == static_cast<std::uint32_t>(line));
  CHECK(d.start.column == static_cast<std::uint32_t>(column));
  CHECK(c.rules.rules.empty());  // a rule with a mistake is left out
}

TEST_CASE("a parameter must be a quantity, and a reference must name one") {
  const auto bad_param = compile("pack lease {\n  kinds lease\n  param max_term 二十 \"上限\"\n}\n");
  REQUIRE(bad_param.diagnostics.size() == 1);
  CHECK(bad_param.diagnostics[0].message == "'二十' is not a quantity such as 20年, 2%, 400万元 or 5人");
  CHECK(bad_param.diagnostics[0].start.line == 3);
}

TEST_CASE("configuration overrides a pack parameter") {
  const auto c = compile(pack_with(kValidBody), {{"lease.max_term", "15年"}});
  REQUIRE(c.diagnostics.empty());
  CHECK(c.rules.packs[0].parameters[0].value.text == "15年");
}

TEST_CASE("duplicate rule ids and ids outside the pack are refused") {
  const std::string text = pack_with(kValidBody) + "rule lease/x {\n" + kValidBody + "}\n" + "rule other/y {\n" + kValidBody + "}\n";
  const auto c = compile(text);
  REQUIRE(c.diagnostics.size() == 2);
  CHECK(c.diagnostics[0].message == "duplicate rule id 'lease/x'");
  CHECK(c.diagnostics[1].message == "rule ids in pack 'lease' start with 'lease/'");
  CHECK(c.rules.rules.size() == 1);
}

TEST_CASE("a file without a pack declaration is refused") {
  const auto c = compile("rule lease/x {\n" + kValidBody + "}\n");
  REQUIRE(c.diagnostics.size() == 1);
  CHECK(c.diagnostics[0].message == "the file declares no pack: start it with 'pack NAME { … }'");
}

#include <catch2/catch.hpp>

#include "rulelang/parse.h"

using namespace legalint;
using namespace legalint::rulelang;

namespace {

struct Parsed {
  std::unique_ptr<PackSource> source;
  std::unique_ptr<ParsedPack> pack;
  Diagnostics diagnostics;
};

Parsed parse(const std::string& text) {
  Parsed p;
  p.source = std::make_unique<PackSource>("t.rules", text);
  p.pack = std::make_unique<ParsedPack>(parse_pack(*p.source, p.diagnostics));
  return p;
}

}  // namespace

TEST_CASE("a pack and a rule parse into declarations with typed values") {
  const auto p = parse(
      "# a comment line\n"
      "pack lease {\n"
      "  title \"集体资产租赁\"   # trailing comment\n"
      "  kinds lease\n"
      "  param max_term 20年 \"上限\"\n"
      "}\n"
      "\n"
      "rule lease/term-over-20y {\n"
      "  severity error\n"
      "  check quantity {\n"
      "    near /租赁期限|租期/\n"
      "    over {max_term}\n"
      "  }\n"
      "  bad \"\"\"第一行\n第二行\"\"\"\n"
      "}\n");
  REQUIRE(p.diagnostics.empty());
  const auto& declarations = p.pack->file.declarations;
  REQUIRE(declarations.size() == 2);
  const auto& pack = boost::get<ast::Pack>(declarations[0]);
  CHECK(pack.id.text == "lease");
  REQUIRE(pack.entries.size() == 3);
  CHECK(boost::get<ast::String>(pack.entries[0].values[0]).raw == "集体资产租赁");
  CHECK(boost::get<ast::Literal>(pack.entries[2].values[1]).text == "20年");

  const auto& rule = boost::get<ast::Rule>(declarations[1]);
  CHECK(rule.id.text == "lease/term-over-20y");
  REQUIRE(rule.items.size() == 3);
  const auto& check = boost::get<ast::CheckBlock>(rule.items[1]);
  CHECK(check.kind.text == "quantity");
  REQUIRE(check.entries.size() == 2);
  CHECK(boost::get<ast::Regex>(check.entries[0].values[0]).raw == "租赁期限|租期");
  CHECK(boost::get<ast::ParamRef>(check.entries[1].values[0]).name == "max_term");
  const auto& bad = boost::get<ast::String>(boost::get<ast::Entry>(rule.items[2]).values[0]);
  CHECK(bad.triple);
  CHECK(unescape_string(bad) == "第一行\n第二行");
}

TEST_CASE("positions of nodes point at their text") {
  const std::string text = "pack p {\n  kinds lease\n}\nrule p/x {\n  title \"标题\"\n}\n";
  const auto p = parse(text);
  REQUIRE(p.diagnostics.empty());
  const auto& rule = boost::get<ast::Rule>(p.pack->file.declarations[1]);
  const Span id = p.pack->span_of(rule.id);
  CHECK(id.in(text) == "p/x");
}

TEST_CASE("escapes: strings resolve them, regexes keep theirs but the escaped slash") {
  ast::String s;
  s.raw = R"(他说\"是\"\n)";
  CHECK(unescape_string(s) == "他说\"是\"\n");
  ast::Regex r;
  r.raw = R"(\d+年\/月)";
  CHECK(unescape_regex(r) == R"(\d+年/月)");
}

TEST_CASE("a syntax error is one diagnostic at its line and column, caret under Chinese text") {
  const auto p = parse(
      "pack p {\n"
      "  title \"租赁\n"  // unterminated string
      "}\n");
  REQUIRE(p.diagnostics.size() == 1);
  const Diagnostic& d = p.diagnostics[0];
  CHECK(d.start.line == 2);
  CHECK(d.start.column == 12);  // after 租赁: counted in code points
  CHECK(d.message == "expected '\"' to end the string");
  CHECK(d.to_string() ==
        "t.rules:2:12: error: expected '\"' to end the string\n"
        "    title \"租赁\n"
        "               ^");  // two spaces of indent + 9 ASCII columns + 2×2 for 租赁
}

TEST_CASE("a missing closing brace is reported where the parser stopped") {
  const auto p = parse("pack p {\n  kinds lease\n\nrule p/x {\n}\n");
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].start.line == 4);
  CHECK(p.diagnostics[0].start.column == 1);
  CHECK(p.diagnostics[0].message == "expected '}' to close the block, or a key at the start of the line");
}

TEST_CASE("text that is neither pack nor rule is refused at its place") {
  const auto p = parse("pack p {\n}\nrules p/x {\n}\n");
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].start.line == 3);
  CHECK(p.diagnostics[0].start.column == 1);
}

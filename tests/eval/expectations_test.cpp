#include <catch2/catch.hpp>

#include "eval/expectations.h"

using namespace legalint;

namespace {
Finding finding(std::uint32_t line, const std::string& rule, Severity severity = Severity::error) {
  Finding f;
  f.rule_id = rule;
  f.severity = severity;
  f.location.start.line = line;
  f.location.start.column = 1;
  return f;
}
}  // namespace

TEST_CASE("sidecars: comments, LINE RULE and LINE:COLUMN RULE") {
  const auto parsed = parse_expectations("a.expected", "# comment\n\n7 lease/term-over-20y\n12:5 contract/x\r\n");
  REQUIRE(parsed.ok());
  const auto& e = parsed.value();
  REQUIRE(e.size() == 2);
  CHECK(e[0].line == 7);
  CHECK_FALSE(e[0].column);
  CHECK(e[1].column == 5u);
  CHECK(e[1].rule_id == "contract/x");
}

TEST_CASE("a malformed sidecar line is an error naming the line") {
  const auto parsed = parse_expectations("a.expected", "7 lease/x\nseven lease/y\n");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().to_string() == "a.expected: line 2: expected 'LINE RULE-ID', got 'seven lease/y'");
}

TEST_CASE("the sidecar sits beside the document with the .expected extension") {
  CHECK(expectations_path("corpus/leases/L001-鱼塘.txt") == "corpus/leases/L001-鱼塘.expected");
  CHECK(expectations_path("variants/docx/L031.docx") == "variants/docx/L031.expected");
}

TEST_CASE("comparison counts matches by rule and line, lists every difference, ignores info") {
  Comparison c;
  compare("a.txt", {{1, {}, "r/missing"}, {7, {}, "r/term"}, {9, {}, "r/term"}},
          {finding(7, "r/term"), finding(8, "r/term"), finding(3, "r/note", Severity::info), finding(1, "r/missing")}, c);
  CHECK(c.overall.expected == 3);
  CHECK(c.overall.found == 3);
  CHECK(c.overall.matched == 2);
  CHECK(c.by_rule["r/term"].precision() == Approx(0.5));
  CHECK(c.by_rule["r/term"].recall() == Approx(0.5));
  REQUIRE(c.mismatches.size() == 2);
  CHECK(c.mismatches[0].line == 8);
  CHECK_FALSE(c.mismatches[0].missing);
  CHECK(c.mismatches[1].line == 9);
  CHECK(c.mismatches[1].missing);
}

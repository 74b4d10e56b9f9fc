#include <catch2/catch.hpp>

#include "text/clauses.h"

using namespace legalint;

TEST_CASE("articles with sub-items nest, and paths read like a lawyer's citation") {
  const std::string text =
      "鱼塘租赁合同\n"
      "第一条 租赁物\n"
      "甲方将鱼塘出租给乙方。\n"
      "第二条 租金\n"
      "(一)租金每年五万元。\n"
      "(二)支付方式:\n"
      "1.银行转账;\n"
      "2.现金。\n"
      "第三条 违约责任\n";
  const ClauseTree tree = parse_clauses(text);
  const auto& c = tree.clauses();
  REQUIRE(c.size() == 7);
  CHECK(c[0].label == "第一条");
  CHECK(c[0].title == "租赁物");
  CHECK(c[1].label == "第二条");
  CHECK(c[2].label == "(一)");
  CHECK(c[2].parent == 1);
  CHECK(c[3].title == "支付方式");
  CHECK(c[4].label == "1.");
  CHECK(c[4].parent == 3);
  CHECK(c[5].parent == 3);
  CHECK(c[6].depth == 0);
  CHECK(tree.path_at(static_cast<std::uint32_t>(text.find("银行"))) == "第二条(二)1.");
  CHECK(tree.path_at(static_cast<std::uint32_t>(text.find("鱼塘出租"))) == "第一条");
  CHECK(tree.path_at(0).empty());
  // 第二条 ends where 第三条 starts.
  CHECK(c[1].span.end == text.find("第三条"));
}

TEST_CASE("Chinese list headings and decimal numbering") {
  const std::string text =
      "一、总则\n"
      "1.1 本合同依据民法典订立。\n"
      "1.2 双方平等自愿。\n"
      "二、租金\n"
      "2.1 年租金12万元。\n";
  const ClauseTree tree = parse_clauses(text);
  const auto& c = tree.clauses();
  REQUIRE(c.size() == 5);
  CHECK(c[0].style == HeadingStyle::chinese_list);
  CHECK(c[1].style == HeadingStyle::decimal);
  CHECK(c[1].parent == 0);
  CHECK(c[3].label == "二、");
  CHECK(c[3].depth == 0);
  CHECK(tree.path_at(static_cast<std::uint32_t>(text.find("年租金"))) == "二、2.1");
}

TEST_CASE("chapters hold articles") {
  const std::string text = "第一章 总则\n第一条 目的\n第二条 范围\n第二章 租金\n第三条 标准\n";
  const ClauseTree tree = parse_clauses(text);
  const auto& c = tree.clauses();
  REQUIRE(c.size() == 5);
  CHECK(c[1].parent == 0);
  CHECK(c[3].depth == 0);
  CHECK(c[4].parent == 3);
}

TEST_CASE("dates, amounts and ordinary sentences are not headings") {
  const std::string text =
      "2024.3.1起算。\n"
      "1.5万元为押金。\n"
      "第一条款所述事项\n"
      "一方违约的\n"
      "十二万元整\n"
      "(甲方)盖章\n";
  CHECK(parse_clauses(text).clauses().empty());
}

TEST_CASE("indented headings and full-width parentheses after folding") {
  const std::string text = "  第一条 标的\n\t(1)鱼塘\n";
  const ClauseTree tree = parse_clauses(text);
  const auto& c = tree.clauses();
  REQUIRE(c.size() == 2);
  CHECK(c[0].heading.begin == 2);
  CHECK(c[1].style == HeadingStyle::arabic_paren);
}

// Regression (issue 7, tests/hostile "10,000 nested clause headings"): a chain
// of headings 1.1.1… 2,000 deep made every finding's clause path megabytes long
// (4 GB of RSS after 8 minutes for a 4 MB file).
TEST_CASE("a clause path stays short however deep the headings nest") {
  std::string text, label = "1";
  for (int depth = 0; depth < 2000; ++depth) {
    label += ".1";
    text += label + " 租金\n";
  }
  const ClauseTree tree = parse_clauses(text);
  const std::string path = tree.path_at(static_cast<std::uint32_t>(text.size() - 3));
  CHECK(path.size() < 8 * 52);
  CHECK(path.find("…") != std::string::npos);

  // A shallow path is unchanged.
  const char* styles[] = {"第一章 总则\n", "第一节 租赁\n", "第一条 期限\n", "一、租金\n", "(一)支付\n"};
  const ClauseTree shallow = parse_clauses(std::string(styles[0]) + styles[2] + styles[4]);
  CHECK(shallow.path_at(static_cast<std::uint32_t>(std::string(styles[0]).size() + std::string(styles[2]).size() + 2)) == "第一章第一条(一)");
}

// Regression (issue 7, tests/hostile "10,000 nested clause headings"): each
// heading looked for the level it closes by scanning every open level, and a
// clause path or an outermost clause walked every ancestor: n² for a chain n
// deep. Now a map of open levels, and each clause knows its top-level ancestor.
TEST_CASE("a chain of headings 3,000 deep nests in order, in linear time") {
  std::string text = "合同\n", label = "1";
  for (int depth = 0; depth < 3000; ++depth) {
    label += ".1";
    text += label + " 租金\n";
  }
  text += "2.1 期限\n";  // the top level of the chain again: closes it all, a sibling at the top
  const ClauseTree tree = parse_clauses(text);
  const auto& clauses = tree.clauses();
  REQUIRE(clauses.size() == 3001);
  CHECK(clauses[2999].depth == 2999);
  CHECK(clauses[2999].parent == 2998);
  CHECK(clauses[0].span.end == text.find("2.1 期限"));
  CHECK(clauses[3000].depth == 0);
  const auto deep = static_cast<std::uint32_t>(text.find("2.1 期限") - 3);
  CHECK(tree.innermost_at(deep) == 2999);
  CHECK(tree.outermost_at(deep) == 0);
  // The outermost label, "…", then the 7 innermost.
  const std::string path = tree.path_at(deep);
  CHECK(path.starts_with("1.1…"));
  CHECK(path.ends_with("…"));  // the innermost label is cut at 48 bytes
  CHECK(tree.outermost_at(static_cast<std::uint32_t>(text.size() - 2)) == 3000);
  CHECK(tree.path_at(static_cast<std::uint32_t>(text.size() - 2)) == "2.1");
}

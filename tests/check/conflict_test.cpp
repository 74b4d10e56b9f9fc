// check conflict: things that must not appear together.
#include <catch2/catch.hpp>

#include "check_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {
const std::string arbitration = "    match /仲裁/\n    match /向.{0,10}人民法院.{0,4}(起诉|诉讼)/";
}

TEST_CASE("conflict: 或裁或审 in one clause", "[conflict]") {
  const auto analysis = analyze_text("第九条 争议解决\n双方发生争议的,可以向当地仲裁委员会申请仲裁,也可以向甲方所在地人民法院起诉。\n第十条 其他\n本合同一式两份。\n");
  auto made = make_check("conflict", arbitration);
  REQUIRE(made.check);
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 1);  // 仲裁 twice in the clause: one hit per scope
  CHECK(hit_text(analysis, hits[0]) == "仲裁");
  CHECK(value_of(hits[0], "match") == "仲裁");
  CHECK(value_of(hits[0], "other") == "向甲方所在地人民法院起诉");
}

TEST_CASE("conflict: in different clauses, or only one of them", "[conflict]") {
  CHECK(hits_of("conflict", arbitration, "第九条 争议解决\n提交仲裁委员会仲裁。\n第十条 其他\n可以向人民法院起诉。\n").empty());
  CHECK(hits_of("conflict", arbitration, "第九条 争议解决\n向甲方所在地人民法院起诉。\n").empty());
  // document scope joins them
  CHECK(hits_of("conflict", arbitration + "\n    within document",
                "第九条 争议解决\n提交仲裁委员会仲裁。\n第十条 其他\n可以向人民法院起诉。\n").size() == 1);
}

TEST_CASE("conflict: unless and three-way conflicts", "[conflict]") {
  const std::string text = "第九条 争议解决\n申请仲裁,或者向人民法院起诉,但仲裁协议无效的除外。\n";
  CHECK(hits_of("conflict", arbitration, text).size() == 1);
  CHECK(hits_of("conflict", arbitration + "\n    unless /除外/", text).empty());
  const std::string three = arbitration + "\n    match /调解/";
  CHECK(hits_of("conflict", three, text).empty());
  CHECK(hits_of("conflict", three, "第九条 争议解决\n先调解;调解不成的申请仲裁或向人民法院起诉。\n").size() == 1);
}

TEST_CASE("conflict: the first regex is the trigger", "[conflict]") {
  auto made = make_check("conflict", arbitration);
  REQUIRE(made.check->triggers().size() == 1);
  CHECK(made.check->triggers()[0]->pattern() == "仲裁");
}

TEST_CASE("conflict: argument errors", "[conflict][errors]") {
  CHECK(check_errors("conflict", "    match /仲裁/") ==
        std::vector<std::string>{"2:9: check 'conflict' needs two or more 'match /…/'"});
  CHECK(check_errors("conflict", "    match /仲裁/ /诉讼/\n    within chapter") ==
        std::vector<std::string>{"4:12: 'within' takes one of: article, clause, document, line, sentence"});
  CHECK(check_errors("conflict", "    match /仲裁/ /诉讼/\n    if /x/") ==
        std::vector<std::string>{"4:5: unknown key 'if' for check 'conflict' (it takes: match, unless, within)"});
}

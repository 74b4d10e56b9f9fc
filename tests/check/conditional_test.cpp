// check conditional: if one thing is present, another must be.
#include <catch2/catch.hpp>

#include "check_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {
const std::string sublease = "    if /转租/\n    then /出租人.{0,6}同意|甲方.{0,6}同意/\n    unless /不得转租|禁止转租/";
}

TEST_CASE("conditional: an if without its then is a hit on the if", "[conditional]") {
  const auto analysis = analyze_text("乙方可以将租赁物转租给第三人。");
  auto made = make_check("conditional", sublease);
  REQUIRE(made.check);
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 1);
  CHECK(hit_text(analysis, hits[0]) == "转租");
  CHECK(value_of(hits[0], "match") == "转租");
}

TEST_CASE("conditional: then in the scope, unless, or then elsewhere", "[conditional]") {
  CHECK(hits_of("conditional", sublease, "经甲方书面同意,乙方可以转租。").empty());
  CHECK(hits_of("conditional", sublease, "乙方不得转租。").empty());
  CHECK(hits_of("conditional", sublease, "乙方可以转租。甲方对此表示同意。").size() == 1);
  CHECK(hits_of("conditional", sublease + "\n    within document", "乙方可以转租。甲方对此表示同意。").empty());
  CHECK(hits_of("conditional", sublease, "租金按年支付。").empty());
}

TEST_CASE("conditional: several ifs and thens", "[conditional]") {
  const std::string body = "    if /三重一大/\n    if /重大事项/\n    then /集体讨论/\n    then /集体研究/\n    within document";
  CHECK(hits_of("conditional", body, "本事项属三重一大事项,经党委会集体研究决定。").empty());
  CHECK(hits_of("conditional", body, "本项目属重大事项,由镇长签批。").size() == 1);
  CHECK(hits_of("conditional", body, "本项目属三重一大中的重大事项。").size() == 2);
}

TEST_CASE("conditional: once gives only the first hit in the text", "[conditional]") {
  const std::string body = "    if /对外发包/\n    if /(公司|合作社)/\n    then /乡镇批准/\n    within document";
  const std::string text = "乙方:某某农业公司。本地块对外发包,承包方为合作社。";
  CHECK(hits_of("conditional", body, text).size() == 3);
  const auto analysis = analyze_text(text);
  auto made = make_check("conditional", body + "\n    once");
  REQUIRE(made.check);
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 1);  // the second if's 公司 comes first in the text
  CHECK(hit_text(analysis, hits[0]) == "公司");
  CHECK(value_of(hits[0], "match") == "公司");
  CHECK(hits_of("conditional", body + "\n    once", text + "已经乡镇批准。").empty());
  // Within sentences, the first uncovered one: the first sentence's is excused.
  const std::string by_sentence = "    if /对外发包/\n    then /批准/\n    once";
  const auto two = analyze_text("经批准对外发包。本次对外发包。再次对外发包。");
  auto sentence_check = make_check("conditional", by_sentence);
  REQUIRE(sentence_check.check);
  const auto sentence_hits = run(*sentence_check.check, two);
  REQUIRE(sentence_hits.size() == 1);
  CHECK(sentence_hits[0].span.begin == two.normalized.text().find("本次") + std::string("本次").size());
}

TEST_CASE("conditional: argument errors", "[conditional][errors]") {
  CHECK(check_errors("conditional", "    if /转租/") ==
        std::vector<std::string>{"2:9: check 'conditional' needs at least one 'then /…/'"});
  CHECK(check_errors("conditional", "    then /同意/") ==
        std::vector<std::string>{"2:9: check 'conditional' needs at least one 'if /…/'"});
  CHECK(check_errors("conditional", "    if 转租\n    then /同意/") ==
        std::vector<std::string>{"3:8: expected a regular expression /…/ here"});
}

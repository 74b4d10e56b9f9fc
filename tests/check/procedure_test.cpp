// check procedure: required steps, in order.
#include <catch2/catch.hpp>

#include "check_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {
const std::string steps =
    "    step \"公众参与\" /公众参与|征求意见/\n    step \"专家论证\" /专家论证/\n    step \"合法性审查\" /合法性审查/\n"
    "    step \"集体讨论\" /集体讨论/";
}

TEST_CASE("procedure: steps in order", "[procedure]") {
  CHECK(hits_of("procedure", steps, "关于修路的决定\n经公开征求意见、组织专家论证、进行合法性审查,提交集体讨论决定。\n").empty());
  // a missing step is not an ordering problem
  CHECK(hits_of("procedure", steps, "关于修路的决定\n经专家论证、集体讨论决定。\n").empty());
}

TEST_CASE("procedure: a later step before an earlier one", "[procedure]") {
  const auto analysis = analyze_text("关于修路的决定\n经集体讨论决定后,再进行合法性审查和专家论证。\n");
  auto made = make_check("procedure", steps);
  REQUIRE(made.check);
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 2);
  CHECK(value_of(hits[0], "step") == "合法性审查");
  CHECK(value_of(hits[0], "before") == "专家论证");
  CHECK(hit_text(analysis, hits[0]) == "合法性审查");
  CHECK(value_of(hits[1], "step") == "集体讨论");
  CHECK(value_of(hits[1], "before") == "专家论证");
  CHECK(hit_text(analysis, hits[1]) == "集体讨论");
}

TEST_CASE("procedure: the last occurrence of an earlier step counts", "[procedure]") {
  // a summary line lists every step, then the record mentions 专家论证 again after 合法性审查
  const std::string text = "决定\n程序:专家论证、合法性审查。\n合法性审查意见已出具。补充专家论证。\n";
  const auto hits = hits_of("procedure", steps, text);
  REQUIRE(hits.size() == 1);
  CHECK(value_of(hits[0], "step") == "合法性审查");
}

TEST_CASE("procedure: require-all reports missing steps on the title", "[procedure]") {
  const auto analysis = analyze_text("\n关于修路的决定\n经专家论证、合法性审查、集体讨论决定。\n");
  auto made = make_check("procedure", steps + "\n    require-all");
  REQUIRE(made.check);
  CHECK(made.check->triggers().empty());
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 1);
  CHECK(value_of(hits[0], "step") == "公众参与");
  CHECK(hit_text(analysis, hits[0]) == "关于修路的决定");
}

TEST_CASE("procedure: triggers are the later steps", "[procedure]") {
  auto made = make_check("procedure", steps);
  REQUIRE(made.check->triggers().size() == 3);
  CHECK(made.check->triggers()[0]->pattern() == "专家论证");
}

TEST_CASE("procedure: argument errors", "[procedure][errors]") {
  CHECK(check_errors("procedure", "    step \"公众参与\" /公众参与/") ==
        std::vector<std::string>{"2:9: check 'procedure' needs two or more 'step \"名称\" /…/' lines, in order"});
  CHECK(check_errors("procedure", "    step /公众参与/\n    step \"b\" /b/\n    step \"c\" /c/") ==
        std::vector<std::string>{"3:5: 'step' takes a name and a regular expression: step \"违约责任\" /违约/"});
  CHECK(check_errors("procedure", "    step \"a\" /a/\n    step \"b\" /b/\n    require-all yes") ==
        std::vector<std::string>{"5:5: 'require-all' takes no value"});
}

#include <catch2/catch.hpp>

#include "classify/classify.h"

using namespace legalint;

TEST_CASE("the title tells the kind") {
  auto [title, expected] = GENERATE(table<std::string, DocumentKind>({
      {"东滩头村鱼塘租赁合同", DocumentKind::lease},
      {"土地经营权流转合同", DocumentKind::lease},
      {"村集体机动地承包合同书", DocumentKind::lease},
      {"静海镇道路硬化工程招标公告", DocumentKind::tender},
      {"评标报告", DocumentKind::tender},
      {"中标通知书", DocumentKind::tender},
      {"静海镇农村生活污水治理实施方案(草案)起草说明", DocumentKind::decision},
      {"镇党政联席会议纪要", DocumentKind::decision},
      {"合法性审查意见书", DocumentKind::decision},
      {"办公用品采购合同", DocumentKind::contract},
      {"法律顾问服务协议", DocumentKind::contract},
      {"鱼塘租赁合同(草案)", DocumentKind::lease},
      {"村道硬化工程施工承包合同", DocumentKind::contract},
      {"中标合同签订情况登记表", DocumentKind::tender},
      {"采购结果备案表", DocumentKind::tender},
      {"厂房租赁合同补充条款", DocumentKind::lease},
  }));
  INFO(title);
  CHECK(classify(title + "\n正文。\n").kind == expected);
}

TEST_CASE("with no telling title, the body decides or the kind stays unknown") {
  CHECK(classify("\n\n说明\n出租方将房屋出租给承租方,承租方按期支付租金。租赁期间承租方不得转租。\n").kind == DocumentKind::lease);
  CHECK(classify("说明\n甲方与乙方就下列事项达成一致。\n").kind == DocumentKind::contract);
  CHECK(classify("会议通知\n请准时参加。\n").kind == DocumentKind::unknown);
}

TEST_CASE("kind names parse back") {
  CHECK(parse_document_kind("lease") == DocumentKind::lease);
  CHECK_FALSE(parse_document_kind("memo").has_value());
}

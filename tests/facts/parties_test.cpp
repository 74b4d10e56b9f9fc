// extract_parties: role, bracketed alias, name and span of "role: name" runs.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "facts/facts.h"

using namespace legalint;

namespace {

struct PartyCase {
  const char* line;
  const char* role;
  const char* alias;
  const char* name;
};

}  // namespace

TEST_CASE("extract_parties reads role, alias and name", "[parties]") {
  const PartyCase cases[] = {
      {"甲方(出租方):某某村股份经济合作社", "甲方", "出租方", "某某村股份经济合作社"},
      {"出租方(甲方):", "出租方", "甲方", ""},
      {"乙方:张三", "乙方", "", "张三"},
      {"承租方: 李四", "承租方", "", "李四"},
      {"  承租人:李四 ", "承租人", "", "李四"},
      {"发包方:某某村民委员会", "发包方", "", "某某村民委员会"},
      {"承包方:王五", "承包方", "", "王五"},
      {"招标人:某某镇人民政府", "招标人", "", "某某镇人民政府"},
      {"采购人:某某镇人民政府,", "采购人", "", "某某镇人民政府"},
      {"受让方:________", "受让方", "", ""},
      {"转让方:某某公司(以下简称甲方)", "转让方", "", "某某公司"},
      {"甲方(盖章):", "甲方", "", ""},
      {"乙方 : 赵六", "乙方", "", "赵六"},
      {"承租方(乙方):吕振国,男,身份证号码120223198004259614", "承租方", "乙方", "吕振国"},
      {"乙方:天津天润建材有限公司(统一社会信用代码91120118T3720LT4LR),住所天津市", "乙方", "", "天津天润建材有限公司"},
      {"承租方:陈晓东(以下简称乙方),身份证号120223198807150031", "承租方", "", "陈晓东"},
      {"甲方:静海镇人民政府(住所:天津市静海区静海镇政府路18号)", "甲方", "", "静海镇人民政府"},
      {"投标人:天津某某建设有限公司(盖章)", "投标人", "", "天津某某建设有限公司"},
  };
  for (const auto& c : cases) {
    INFO("line: " << c.line);
    const std::vector<Party> parties = extract_parties(c.line);
    REQUIRE(parties.size() == 1);
    CHECK(parties[0].role == c.role);
    CHECK(parties[0].alias == c.alias);
    CHECK(parties[0].name == c.name);
  }
}

TEST_CASE("extract_parties ignores lines that only mention a role", "[parties]") {
  for (const char* line : {"本合同由甲方与乙方签订", "甲方代表:王五", "甲方", "乙方应当按时支付租金:每年一次", ""}) {
    INFO("line: " << line);
    CHECK(extract_parties(line).empty());
  }
}

TEST_CASE("extract_parties: a signature line with two blank fields separated by tabs", "[parties]") {
  const std::string line = "出租方(盖章):\t\t\t承租方(签字或盖章):";
  const std::vector<Party> parties = extract_parties(line);
  REQUIRE(parties.size() == 2);
  CHECK(parties[0].role == "出租方");
  CHECK(parties[0].name == "");
  CHECK(parties[0].span.in(line) == "出租方(盖章):");
  CHECK(parties[1].role == "承租方");
  CHECK(parties[1].name == "");
  CHECK(parties[1].span.in(line) == "承租方(签字或盖章):");
}

TEST_CASE("extract_parties: spans across lines and two parties on one line", "[parties]") {
  const std::string text = "租赁合同\n甲方(出租方):某某村\n乙方:李四\n甲方:张三    乙方:\n";
  const std::vector<Party> parties = extract_parties(text);
  REQUIRE(parties.size() == 4);
  CHECK(parties[0].span == Span{13, 40});
  CHECK(parties[0].span.in(text) == "甲方(出租方):某某村");
  CHECK(parties[1].span.in(text) == "乙方:李四");
  CHECK(parties[2].name == "张三");
  CHECK(parties[2].span.in(text) == "甲方:张三");
  CHECK(parties[3].role == "乙方");
  CHECK(parties[3].name == "");
  CHECK(parties[3].span.in(text) == "乙方:");
}

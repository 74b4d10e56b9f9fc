#include <catch2/catch.hpp>

#include "base/line_index.h"

using namespace legalint;

TEST_CASE("line and column count code points from 1") {
  const std::string text = "第一条 租赁\r\n甲方:某村\n\n乙方";
  LineIndex index(text);
  CHECK(index.line_count() == 4);
  CHECK(index.position(0).line == 1);
  const auto jia = text.find("甲方");
  CHECK(index.position(jia).line == 2);
  CHECK(index.position(jia).column == 1);
  const auto cun = text.find("某村");
  CHECK(index.position(cun).column == 4);
  CHECK(index.line_text(1) == "第一条 租赁");
  CHECK(index.line_text(3).empty());
  CHECK(index.line_text(4) == "乙方");
  CHECK(index.position(static_cast<std::uint32_t>(text.size())).line == 4);
}

// check interval: calendar days, working days across 国庆 2024 and 春节 2025, errors.
#include <catch2/catch.hpp>

#include "check_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {
const std::string comment_period = "    from /征求意见期/\n    to /征求意见期/\n    under 30日";
const std::string working = "    from /公示期/\n    to /公示期/\n    count working-days\n    under 7个工作日";
}  // namespace

TEST_CASE("interval: 30 days counted from the day after the start", "[interval]") {
  // 2024-09-01 → 2024-10-01 is 30 days: not under 30日
  CHECK(hits_of("interval", comment_period, "征求意见期为2024年9月1日至2024年10月1日。").empty());
  const auto analysis = analyze_text("征求意见期为2024年9月1日至2024年9月30日。");
  auto made = make_check("interval", comment_period);
  REQUIRE(made.check);
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 1);
  CHECK(value_of(hits[0], "days") == "29");
  CHECK(value_of(hits[0], "from") == "2024年9月1日");
  CHECK(value_of(hits[0], "to") == "2024年9月30日");
  CHECK(value_of(hits[0], "limit") == "30日");
  CHECK(hit_text(analysis, hits[0]) == "2024年9月1日至2024年9月30日");
}

TEST_CASE("interval: two single dates after two anchors", "[interval]") {
  const std::string body = "    from /招标文件.{0,4}发出/\n    to /投标截止/\n    under 20日";
  const std::string text = "招标文件发出日期为2024年9月1日。投标截止时间为2024年9月15日上午9时。";
  const auto analysis = analyze_text(text);
  auto made = make_check("interval", body);
  const auto hits = run(*made.check, analysis);
  REQUIRE(hits.size() == 1);
  CHECK(hit_text(analysis, hits[0]) == "2024年9月15日");
  CHECK(value_of(hits[0], "days") == "14");
  CHECK(value_of(hits[0], "from") == "2024年9月1日");
  CHECK(hits_of("interval", body, "招标文件发出日期为2024年9月1日。投标截止时间为2024年9月21日。").empty());
  CHECK(hits_of("interval", body, "招标文件发出日期为2024年9月1日。投标截止时间为2024年9月20日。").size() == 1);
  // a year-less or day-less date is skipped
  CHECK(hits_of("interval", body, "招标文件发出日期为9月1日。投标截止时间为2024年9月15日。").empty());
  CHECK(hits_of("interval", body, "招标文件发出日期为2024年9月。投标截止时间为2024年9月15日。").empty());
  // missing to-date: nothing
  CHECK(hits_of("interval", body, "招标文件发出日期为2024年9月1日。").empty());
}

TEST_CASE("interval: from-end and to-end choose the ends of ranges", "[interval]") {
  const std::string body = "    from /第一期/\n    to /第二期/\n    from-end end\n    to-end start\n    under 10日";
  // from 9月10日 (end of the first) to 9月15日 (start of the second): 5 days
  CHECK(hits_of("interval", body, "第一期为2024年9月1日至9月10日。第二期为2024年9月15日至9月30日。").size() == 1);
  CHECK(hits_of("interval", body, "第一期为2024年9月1日至9月10日。第二期为2024年9月20日至9月30日。").empty());
}

TEST_CASE("interval: working days across 国庆 2024", "[interval]") {
  // strictly between 9/27 and 10/14: 9/29 (Sun, worked), 9/30, 10/8-10/11, 10/12 (Sat, worked) = 7
  CHECK(hits_of("interval", working, "公示期为2024年9月27日至2024年10月14日。").empty());
  // to 10/12: 9/29, 9/30, 10/8-10/11 = 6
  const auto hits = hits_of("interval", working, "公示期为2024年9月27日至2024年10月12日。");
  REQUIRE(hits.size() == 1);
  CHECK(value_of(hits[0], "days") == "6");
  CHECK(value_of(hits[0], "note") == "");
  CHECK(value_of(hits[0], "limit") == "7个工作日");
}

TEST_CASE("interval: working days across 春节 2025", "[interval]") {
  // strictly between 1/24 and 2/10: 1/26 (Sun, worked), 1/27, 2/5-2/7, 2/8 (Sat, worked) = 6
  const auto hits = hits_of("interval", working, "公示期为2025年1月24日至2025年2月10日。");
  REQUIRE(hits.size() == 1);
  CHECK(value_of(hits[0], "days") == "6");
  // to 2/11: adds 2/10 = 7
  CHECK(hits_of("interval", working, "公示期为2025年1月24日至2025年2月11日。").empty());
}

TEST_CASE("interval: a year the calendar does not cover counts Monday to Friday, with a note", "[interval]") {
  // 2030-01-04 is a Friday; strictly before 2030-01-14 (Mon): 7, 8, 9, 10, 11 = 5
  const auto hits = hits_of("interval", working, "公示期为2030年1月4日至2030年1月14日。");
  REQUIRE(hits.size() == 1);
  CHECK(value_of(hits[0], "days") == "5");
  CHECK(value_of(hits[0], "note") == "2030年不在节假日表内,按周一至周五计算工作日");
}

TEST_CASE("interval: unless excuses the whole document", "[interval]") {
  const std::string body = comment_period + "\n    unless /延长|顺延/";
  CHECK(hits_of("interval", body, "征求意见期为2024年9月1日至2024年9月20日。如有需要可延长。").empty());
  CHECK(hits_of("interval", body, "征求意见期为2024年9月1日至2024年9月20日。").size() == 1);
}

TEST_CASE("interval: over and at-most", "[interval]") {
  const std::string over = "    from /租金支付/\n    to /租金支付/\n    over 30天";
  CHECK(hits_of("interval", over, "租金支付期为2024年1月1日至2024年3月1日。").size() == 1);
  const std::string at_most = "    from /征求意见期/\n    to /征求意见期/\n    at-most 30日";
  CHECK(hits_of("interval", at_most, "征求意见期为2024年9月1日至2024年10月1日。").size() == 1);
  CHECK(hits_of("interval", at_most, "征求意见期为2024年9月1日至2024年10月2日。").empty());
}

TEST_CASE("interval: limits from parameters", "[interval]") {
  Parameters parameters{{"min_days", *Measure::parse("30日")}};
  const std::string body = "    from /征求意见期/\n    to /征求意见期/\n    under {min_days}";
  CHECK(hits_of("interval", body, "征求意见期为2024年9月1日至2024年9月30日。", parameters).size() == 1);
}

TEST_CASE("interval: argument errors", "[interval][errors]") {
  CHECK(check_errors("interval", "    from /A/\n    under 20日") ==
        std::vector<std::string>{"2:9: check 'interval' needs 'to /…/'"});
  CHECK(check_errors("interval", "    from /A/\n    to /B/") ==
        std::vector<std::string>{"2:9: check 'interval' needs one of over, under, at-least, at-most"});
  CHECK(check_errors("interval", "    from /A/\n    to /B/\n    count working-days\n    under 20日") ==
        std::vector<std::string>{"2:9: check 'interval' counts working-days: its limit must be in working days, such as 7个工作日 (not '20日')"});
  CHECK(check_errors("interval", "    from /A/\n    to /B/\n    under 1年") ==
        std::vector<std::string>{"2:9: check 'interval' counts days: its limit must be in days, such as 20日 (not '1年')"});
  CHECK(check_errors("interval", "    from /A/\n    to /B/\n    count hours\n    under 20日") ==
        std::vector<std::string>{"5:11: 'count' takes one of: days, working-days"});
  CHECK(check_errors("interval", "    from /A/\n    to /B/\n    under 20日\n    near /C/") ==
        std::vector<std::string>{"6:5: unknown key 'near' for check 'interval' (it takes: at-least, at-most, count, from, from-end, from-within, land, over, to, to-end, to-within, under, unless, within)"});
  CHECK(check_errors("interval", "    from /A/\n    to /B/\n    under 二十天半") ==
        std::vector<std::string>{"5:11: expected a quantity such as 20年, 2%, 400万元, 5人 or 7个工作日"});
}

TEST_CASE("interval: a single date is not both the start and the end", "[interval]") {
  const std::string body = "    from /送.{0,6}合法性审查/\n    to /拟提请|提交/\n    within line\n    count working-days\n    under 7个工作日";
  // the first date after 送…合法性审查 is the meeting date itself; the end then moves on to the next 提交
  const auto hits = hits_of("interval", body,
                            "2024年9月26日送镇司法所进行合法性审查,拟提请2024年10月8日会议审议。\n会后提交2024年10月14日会议。\n");
  REQUIRE(hits.size() == 1);
  CHECK(value_of(hits[0], "from") == "2024年10月8日");
  CHECK(value_of(hits[0], "to") == "2024年10月14日");
  CHECK(value_of(hits[0], "days") == "4");  // 10/9, 10/10, 10/11, 10/12 (Saturday, worked)
}

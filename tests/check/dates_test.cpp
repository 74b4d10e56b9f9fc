// Calendar arithmetic and the working-day calendar (seeds/holidays.toml).
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "check_support.h"

using namespace legalint;
using legalint::testing::calendar;

TEST_CASE("days_from_civil and civil_from_days round-trip", "[dates]") {
  CHECK(days_from_civil(Date{1970, 1, 1}) == 0);
  CHECK(days_from_civil(Date{2000, 3, 1}) == 11017);
  CHECK(days_from_civil(Date{1969, 12, 31}) == -1);
  for (long d = -800000; d <= 800000; d += 997) CHECK(days_from_civil(civil_from_days(d)) == d);
  CHECK(civil_from_days(days_from_civil(Date{2024, 2, 29})) == Date{2024, 2, 29});
}

TEST_CASE("validity and completeness", "[dates]") {
  CHECK(is_valid_date(Date{2024, 2, 29}));
  CHECK_FALSE(is_valid_date(Date{2023, 2, 29}));
  CHECK_FALSE(is_valid_date(Date{1900, 2, 29}));
  CHECK(is_valid_date(Date{2000, 2, 29}));
  CHECK_FALSE(is_complete(Date{0, 3, 1}));
  CHECK_FALSE(is_complete(Date{2024, 3, 0}));
}

TEST_CASE("add clamps to the end of the month, then adds days", "[dates]") {
  CHECK(add(Date{2024, 1, 31}, Duration{0, 1}) == Date{2024, 2, 29});
  CHECK(add(Date{2023, 1, 31}, Duration{0, 1}) == Date{2023, 2, 28});
  CHECK(add(Date{2024, 2, 29}, Duration{1}) == Date{2025, 2, 28});
  CHECK(add(Date{2024, 1, 1}, Duration{20}) == Date{2044, 1, 1});
  CHECK(add(Date{2024, 11, 30}, Duration{0, 3}) == Date{2025, 2, 28});
  CHECK(add(Date{2024, 12, 31}, Duration{0, 0, 0, 1}) == Date{2025, 1, 1});
  CHECK(add(Date{2024, 3, 1}, Duration{0, 0, 1, -1}) == Date{2024, 3, 7});
  CHECK(add(Date{2024, 3, 1}, Duration{0, -1}) == Date{2024, 2, 1});
  CHECK(days_between(Date{2024, 1, 1}, Date{2024, 12, 31}) == 365);
}

TEST_CASE("the calendar loads and knows 国庆 2024 and 春节 2025", "[dates]") {
  const auto& c = calendar();
  CHECK(c.covers(2024));
  CHECK(c.covers(2025));
  CHECK_FALSE(c.covers(2030));
  CHECK_FALSE(c.is_working_day(Date{2024, 10, 1}));
  CHECK_FALSE(c.is_working_day(Date{2024, 10, 7}));
  CHECK(c.is_working_day(Date{2024, 9, 29}));   // Sunday, worked
  CHECK(c.is_working_day(Date{2024, 10, 12}));  // Saturday, worked
  CHECK_FALSE(c.is_working_day(Date{2024, 10, 13}));
  CHECK(c.is_working_day(Date{2024, 10, 8}));
  CHECK_FALSE(c.is_working_day(Date{2025, 1, 28}));
  CHECK_FALSE(c.is_working_day(Date{2025, 2, 4}));
  CHECK(c.is_working_day(Date{2025, 1, 26}));  // Sunday, worked
  CHECK(c.is_working_day(Date{2025, 2, 8}));   // Saturday, worked
  // (from, to]: Sep 27 (Fri) … Oct 12: Sep 29, 30, Oct 8, 9, 10, 11, 12 = 7
  CHECK(c.working_days_between(Date{2024, 9, 27}, Date{2024, 10, 12}) == 7);
  // Jan 24 (Fri) … Feb 8: Jan 26, 27 and Feb 5, 6, 7, 8 = 6
  CHECK(c.working_days_between(Date{2025, 1, 24}, Date{2025, 2, 8}) == 6);
  CHECK(c.working_days_between(Date{2024, 10, 8}, Date{2024, 10, 8}) == 0);
  CHECK(c.working_days_between(Date{2024, 10, 9}, Date{2024, 10, 8}) == 0);
  // A year not covered: Monday to Friday. 2030-01-04 is a Friday.
  CHECK(c.working_days_between(Date{2030, 1, 4}, Date{2030, 1, 11}) == 5);
}

namespace {
std::string write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path.string();
}
}  // namespace

TEST_CASE("calendar load errors are config errors with the cause", "[dates]") {
  auto missing = HolidayCalendar::load("/nonexistent/holidays.toml");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().error_class == ErrorClass::config);
  CHECK(missing.error().code == "holidays-unreadable");
  CHECK(missing.error().path == "/nonexistent/holidays.toml");

  auto syntax = HolidayCalendar::load(write_temp("legalint-h1.toml", "[years.2024\nholidays = [\n"));
  REQUIRE_FALSE(syntax.ok());
  CHECK(syntax.error().code == "holidays-syntax");
  CHECK(syntax.error().message.rfind("1:", 0) == 0);

  auto bad_date = HolidayCalendar::load(write_temp("legalint-h2.toml", "[years.2024]\nholidays = [\"2024-02-30\"]\nworkdays = []\n"));
  REQUIRE_FALSE(bad_date.ok());
  CHECK(bad_date.error().message == "years.2024.holidays: '2024-02-30' is not a date YYYY-MM-DD of 2024");

  auto wrong_year = HolidayCalendar::load(write_temp("legalint-h3.toml", "[years.2024]\nholidays = [\"2023-01-01\"]\nworkdays = []\n"));
  REQUIRE_FALSE(wrong_year.ok());

  auto no_years = HolidayCalendar::load(write_temp("legalint-h4.toml", "title = 1\n"));
  REQUIRE_FALSE(no_years.ok());
  CHECK(no_years.error().message == "the holiday calendar has no [years.YYYY] tables");

  auto no_list = HolidayCalendar::load(write_temp("legalint-h5.toml", "[years.2024]\nholidays = []\n"));
  REQUIRE_FALSE(no_list.ok());
  CHECK(no_list.error().message == "years.2024 has no 'workdays' list");
}

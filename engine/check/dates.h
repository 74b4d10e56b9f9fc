// Calendar arithmetic on civil dates, and China's working-day calendar.
//
//   HolidayCalendar calendar = HolidayCalendar::load("seeds/holidays.toml").value();
//   int n = calendar.working_days_between(Date{2024, 9, 26}, Date{2024, 10, 8});
#pragma once

#include <optional>
#include <set>
#include <string>

#include "base/error.h"
#include "facts/fact.h"

namespace legalint {

// Days since 1970-01-01 of a complete date (year, month and day set).
long days_from_civil(const Date& date);
Date civil_from_days(long days);
bool is_complete(const Date& date);
bool is_valid_date(const Date& date);
// date + duration, calendar-wise: 2024-01-31 + 1个月 = 2024-02-29.
Date add(const Date& date, const Duration& duration);
// Calendar days from `from` to `to` (to - from).
long days_between(const Date& from, const Date& to);

class HolidayCalendar {
 public:
  static Outcome<HolidayCalendar> load(const std::string& path);

  // True when the calendar has data for the date's year.
  bool covers(int year) const;
  bool is_working_day(const Date& date) const;
  // Working days after `from`, up to and including `to` (0 when to <= from).
  int working_days_between(const Date& from, const Date& to) const;

  std::set<long> holidays;  // days_from_civil of each day off
  std::set<long> workdays;  // days_from_civil of each weekend day that is worked
  std::set<int> years;
};

}  // namespace legalint

// Civil-date arithmetic (Howard Hinnant's days_from_civil / civil_from_days,
// proleptic Gregorian, exact for any int year) and China's working-day
// calendar, read from seeds/holidays.toml.
//
// holidays.toml, per year:
//   [years.2024]
//   holidays = ["2024-10-01", …]   # days off, weekends inside a block included
//   workdays = ["2024-09-29", …]   # weekend days that are worked (调休上班)
//
// A day is a working day when it is not a holiday and it is either Monday to
// Friday or a listed workday. A year the file does not cover falls back to
// plain Monday to Friday; callers ask covers() to say so.
#include "check/dates.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>

namespace legalint {
namespace {

bool is_leap(long year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(long year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

// 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday.
int weekday(long days) {
  const long w = (days + 4) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

// "2024-10-01" → Date; nullopt unless well-formed and valid.
std::optional<Date> parse_iso(std::string_view text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || std::sscanf(std::string(text).c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return std::nullopt;
  Date date{y, m, d};
  if (!is_valid_date(date)) return std::nullopt;
  return date;
}

}  // namespace

long days_from_civil(const Date& date) {
  long y = date.year;
  const unsigned m = static_cast<unsigned>(date.month), d = static_cast<unsigned>(date.day);
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);                   // [0, 399]
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;        // [0, 365]
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                  // [0, 146096]
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);                // [0, 146096]
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const unsigned mp = (5 * doy + 2) / 153;                                     // [0, 11]
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;                             // [1, 31]
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;                                // [1, 12]
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

bool is_complete(const Date& date) { return date.year != 0 && date.month != 0 && date.day != 0; }

bool is_valid_date(const Date& date) {
  return is_complete(date) && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= days_in_month(date.year, date.month);
}

Date add(const Date& date, const Duration& duration) {
  // Years and months first, the day clamped to the end of the month reached
  // (2024-01-31 + 1个月 = 2024-02-29); then weeks and days. Working days need
  // a calendar and are not added here.
  const long months = static_cast<long>(date.year) * 12 + (date.month - 1) + static_cast<long>(duration.years) * 12 + duration.months;
  const long year = months >= 0 ? months / 12 : (months - 11) / 12;
  const int month = static_cast<int>(months - year * 12) + 1;
  Date moved{static_cast<int>(year), month, std::min(date.day, days_in_month(year, month))};
  const long days = static_cast<long>(duration.weeks) * 7 + duration.days;
  if (days == 0) return moved;
  return civil_from_days(days_from_civil(moved) + days);
}

long days_between(const Date& from, const Date& to) { return days_from_civil(to) - days_from_civil(from); }

Outcome<HolidayCalendar> HolidayCalendar::load(const std::string& path) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& error) {
    const auto& where = error.source().begin;
    const std::string cause = std::string(error.description());
    if (where.line == 0) return config_error("holidays-unreadable", path, "cannot read the holiday calendar: " + cause);
    return config_error("holidays-syntax", path,
                        std::to_string(where.line) + ":" + std::to_string(where.column) + ": " + cause);
  }
  const auto* years = table["years"].as_table();
  if (!years) return config_error("holidays-format", path, "the holiday calendar has no [years.YYYY] tables");

  HolidayCalendar calendar;
  for (const auto& [key, node] : *years) {
    const std::string name(key.str());
    int year = 0;
    if (name.size() != 4 || std::sscanf(name.c_str(), "%4d", &year) != 1 || year < 1900)
      return config_error("holidays-format", path, "[years." + name + "]: expected a four-digit year");
    const auto* entry = node.as_table();
    if (!entry) return config_error("holidays-format", path, "years." + name + " must be a table");
    for (const char* list : {"holidays", "workdays"}) {
      const auto* array = (*entry)[list].as_array();
      if (!array) return config_error("holidays-format", path, "years." + name + " has no '" + list + "' list");
      auto& into = std::string_view(list) == "holidays" ? calendar.holidays : calendar.workdays;
      for (const auto& item : *array) {
        const auto* text = item.as_string();
        const auto date = text ? parse_iso(text->get()) : std::nullopt;
        if (!date || date->year != year) {
          const std::string shown = text ? "'" + text->get() + "'" : "a non-string value";
          return config_error("holidays-format", path,
                              "years." + name + "." + list + ": " + shown + " is not a date YYYY-MM-DD of " + name);
        }
        into.insert(days_from_civil(*date));
      }
    }
    calendar.years.insert(year);
  }
  return calendar;
}

bool HolidayCalendar::covers(int year) const { return years.count(year) != 0; }

bool HolidayCalendar::is_working_day(const Date& date) const {
  const long days = days_from_civil(date);
  if (holidays.count(days)) return false;
  if (workdays.count(days)) return true;
  const int wd = weekday(days);
  return wd != 0 && wd != 6;
}

int HolidayCalendar::working_days_between(const Date& from, const Date& to) const {
  const long first = days_from_civil(from) + 1, last = days_from_civil(to);
  int count = 0;
  for (long day = first; day <= last; ++day) {
    if (holidays.count(day)) continue;
    const int wd = weekday(day);
    if ((wd != 0 && wd != 6) || workdays.count(day)) ++count;
  }
  return count;
}

}  // namespace legalint

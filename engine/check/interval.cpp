// check interval: days or working days between two dated facts.
//
//   check interval {
//     from     /招标文件.{0,6}发出|发售/   # the date after this anchor is the start
//     to       /投标截止/                # the date after this anchor is the end
//     within   sentence                # where each date is looked for (default sentence)
//     to-within document               # … or separately for one end (from-within, to-within)
//     from-end start                   # which end of a date range: start (default for from)
//     to-end   end                     #   or end (default for to)
//     count    days                    # or working-days
//     under    20日                    # or over / at-least / at-most; N日 or N个工作日
//     unless   /延长|顺延/               # excused when this occurs anywhere in the document
//     land     from                    # the finding's place: the to date (default) or the from date
//   }
//
// Each date is the first Date or DateRange fact after its anchor inside the
// anchor's `within` scope; the first anchor match with a complete date (year,
// month and day) is used, and a single date taken as the start is never also
// the end (the `to` anchor then moves on to its next match).
//
// days = to − from in calendar days (the start day is not counted, as
// 民法典 art. 201 counts periods). working-days = the working days strictly between the two dates (neither the day the period
// starts nor the day it ends is counted), by China's holiday calendar; a year
// the calendar does not cover counts Monday to Friday and the hit says so in
// {note}. One hit per document (per table row, below), on the `to` date (or the `from` date with
// `land from`, where a reviewer points at the start of the period); {from}, {to} are the two
// dates (the fact's text for a single date, 2024年10月8日 for a range's end),
// {days} the count, {limit} the limit.
//
// Tables rendered as text (cells separated by |, one row per line): when
// the `from` and `to` anchors both match in a table's header line, each row
// below it is compared on its own — the first date in the row's `from`
// column against the first date in its `to` column — and every row beyond
// the limit is a hit on that row's date. A register of several projects
// (中标通知书发出日期 | 合同签订日期, one project a line) thus gets one finding
// per late project, not one for the first. When such a table is found its
// rows are the only comparisons (when a row has both dates); otherwise the
// document is compared once, as above. (A .docx table is read one cell per line, so it is not a table here.)
#include <algorithm>
#include <string_view>

#include "check/dates.h"
#include "check/limit.h"
#include "check/registry.h"
#include "check/scope.h"

namespace legalint {
namespace {

struct Endpoint {
  Date date;
  std::string text;
  Span span;
  bool single = false;  // a Date fact, not an end of a DateRange
};

class IntervalCheck final : public Check {
 public:
  IntervalCheck(const Regex* from, const Regex* to, Scope from_within, Scope to_within, bool from_start, bool to_start, bool working,
                Limit limit, std::vector<const Regex*> unless, bool land_on_from)
      : from_(from), to_(to), from_within_(from_within), to_within_(to_within), from_start_(from_start), to_start_(to_start), working_(working),
        land_on_from_(land_on_from), limit_(std::move(limit)), unless_(std::move(unless)) {}

  std::vector<const Regex*> triggers() const override { return {from_}; }

  void evaluate(const EvalContext& context, std::vector<Hit>& hits) const override {
    const Analysis& analysis = context.analysis;
    const std::string& text = analysis.normalized.text();
    if (any_match(context, unless_, Span{0, static_cast<std::uint32_t>(text.size())})) return;
    if (table_rows(context, hits)) return;
    const auto from = endpoint(context, *from_, from_within_, from_start_);
    if (!from) return;
    const auto to = endpoint(context, *to_, to_within_, to_start_, from->single ? from->span : Span{});
    if (!to) return;
    compare(context, *from, *to, hits);
  }

 private:
  // The interval from `from` to `to`, and a hit when it is beyond the limit.
  void compare(const EvalContext& context, const Endpoint& from, const Endpoint& to, std::vector<Hit>& hits) const {
    long count = 0;
    std::string note;
    if (working_) {
      if (days_between(from.date, to.date) > 1) {
        const Date last = add(to.date, Duration{0, 0, 0, -1});
        count = context.calendar.working_days_between(from.date, last);
      }
      for (int year = std::min(from.date.year, to.date.year); year <= std::max(from.date.year, to.date.year); ++year) {
        if (context.calendar.covers(year)) continue;
        if (!note.empty()) note += ",";  // appended piece by piece: g++ 12 warns (-Wrestrict) on "" + std::string
        note += std::to_string(year);
        note += "年";
      }
      if (!note.empty()) note += "不在节假日表内,按周一至周五计算工作日";
    } else {
      count = days_between(from.date, to.date);
    }

    const auto& limit = std::get<Duration>(limit_.measure.value);
    const long bound = working_ ? limit.working_days : static_cast<long>(limit.weeks) * 7 + limit.days;
    const int order = count < bound ? -1 : (count > bound ? 1 : 0);
    if (!is_finding(limit_.comparison, order)) return;
    Hit hit{land_on_from_ ? from.span : to.span, {{"from", from.text}, {"to", to.text}, {"days", std::to_string(count)}, {"limit", describe(limit_.measure)}}};
    if (!note.empty()) hit.values.push_back({"note", note});
    hits.push_back(std::move(hit));
  }

  // One line of the text and where its cell separators are.
  struct TableLine {
    Span span;
    std::vector<std::uint32_t> bars;  // offsets of each '|'
  };

  // Every line, the last one too (empty after a final '\n'). Lines and bars
  // are found with find (memchr), not a byte at a time: this ran for every
  // interval check of every document holding a '|'.
  static std::vector<TableLine> lines_of(std::string_view text) {
    std::vector<TableLine> lines;
    for (std::size_t begin = 0; begin <= text.size();) {
      const std::size_t end = std::min(text.find('\n', begin), text.size());
      TableLine line{Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}, {}};
      const std::string_view content = text.substr(begin, end - begin);
      for (auto bar = content.find('|'); bar != std::string_view::npos; bar = content.find('|', bar + 1))
        line.bars.push_back(static_cast<std::uint32_t>(begin + bar));
      lines.push_back(std::move(line));
      begin = end + 1;
    }
    return lines;
  }

  // A table line has at least three cells; a row belongs to the table of a
  // header with as many separators.
  static bool is_table_line(const TableLine& line) { return line.bars.size() >= 2; }

  static std::size_t column_of(const TableLine& line, std::uint32_t offset) {
    std::size_t column = 0;
    while (column < line.bars.size() && line.bars[column] < offset) ++column;
    return column;
  }

  static Span cell(const TableLine& line, std::size_t column) {
    const std::uint32_t begin = column == 0 ? line.span.begin : line.bars[column - 1] + 1;
    const std::uint32_t end = column < line.bars.size() ? line.bars[column] : line.span.end;
    return Span{begin, end};
  }

  // The first complete date in a cell (not `skip`, the single date already
  // taken as the start), as the start or end of a range.
  static std::optional<Endpoint> cell_date(const Analysis& analysis, Span cell_span, bool start, Span skip = {}) {
    for (const Fact* fact : analysis.facts_in(cell_span)) {
      if (const auto* date = std::get_if<Date>(&fact->value)) {
        if (fact->kind != FactKind::date || (!skip.empty() && fact->span == skip)) continue;
        if (is_valid_date(*date)) return Endpoint{*date, fact->text, fact->span, true};
        continue;
      }
      if (fact->kind != FactKind::date_range) continue;
      const auto& range = std::get<DateRange>(fact->value);
      const Date& date = start ? range.from : range.to;
      if (is_valid_date(date)) return Endpoint{date, describe(date), fact->span, false};
    }
    return std::nullopt;
  }

  // Compares row by row every table whose header line holds both anchors.
  // True when a row had both dates (the rows are then the only comparisons).
  bool table_rows(const EvalContext& context, std::vector<Hit>& hits) const {
    const Analysis& analysis = context.analysis;
    const std::string& text = analysis.normalized.text();
    if (text.find('|') == std::string::npos) return false;
    const auto lines = lines_of(text);
    bool found = false;
    for (std::size_t h = 0; h + 1 < lines.size(); ++h) {
      const TableLine& header = lines[h];
      if (!is_table_line(header) || lines[h + 1].bars.size() != header.bars.size()) continue;
      // each anchor inside one cell: the from column is the first cell the
      // `from` anchor matches, the to column the first other cell `to` matches
      // (the same cell only when no other does, e.g. one 期间 column of ranges)
      std::optional<std::size_t> from_column, to_column, to_same;
      for (std::size_t c = 0; c <= header.bars.size(); ++c) {
        const Span cell_span = cell(header, c);
        if (!from_column && contains(context, *from_, cell_span)) {
          from_column = c;
          if (!to_column && contains(context, *to_, cell_span)) to_same = c;
          continue;
        }
        if (!to_column && contains(context, *to_, cell_span)) to_column = c;
      }
      if (!to_column) to_column = to_same;
      if (!from_column || !to_column) continue;
      for (std::size_t r = h + 1; r < lines.size() && lines[r].bars.size() == header.bars.size(); ++r) {
        const auto from = cell_date(analysis, cell(lines[r], *from_column), from_start_);
        if (!from) continue;
        const auto to = cell_date(analysis, cell(lines[r], *to_column), to_start_, from->single ? from->span : Span{});
        if (!to) continue;
        found = true;
        compare(context, *from, *to, hits);
      }
    }
    return found;
  }

  // `skip`: the single date already taken as the start, which cannot also be the end.
  std::optional<Endpoint> endpoint(const EvalContext& context, const Regex& anchor_regex, Scope within, bool start,
                                   Span skip = {}) const {
    const Analysis& analysis = context.analysis;
    auto dated = [](const Fact& f) { return f.kind == FactKind::date || f.kind == FactKind::date_range; };
    for (const Span anchor : find_all(context, anchor_regex)) {
      if (anchor.empty()) continue;
      const Fact* fact = fact_after(analysis, anchor, scope_span(analysis, within, anchor.begin), dated);
      if (!fact) continue;
      if (const auto* date = std::get_if<Date>(&fact->value)) {
        if (!skip.empty() && fact->span == skip) continue;
        if (is_valid_date(*date)) return Endpoint{*date, fact->text, fact->span, true};
        continue;
      }
      const auto& range = std::get<DateRange>(fact->value);
      const Date& date = start ? range.from : range.to;
      if (is_valid_date(date)) return Endpoint{date, describe(date), fact->span, false};
    }
    return std::nullopt;
  }

  const Regex* from_;
  const Regex* to_;
  Scope from_within_, to_within_;
  bool from_start_, to_start_, working_, land_on_from_;
  Limit limit_;
  std::vector<const Regex*> unless_;
};

}  // namespace

std::unique_ptr<Check> make_interval_check(CheckArgs& args) {
  const Regex* from = args.regex("from");
  const Regex* to = args.regex("to");
  const Scope within = args.scope("within", Scope::sentence);
  const Scope from_within = args.scope("from-within", within);
  const Scope to_within = args.scope("to-within", within);
  const auto from_end = args.word("from-end", {"start", "end"});
  const auto to_end = args.word("to-end", {"start", "end"});
  const auto count = args.word("count", {"days", "working-days"});
  bool written = false;
  auto limit = read_limit(args, "interval", &written);
  auto unless = args.regexes("unless");
  const auto land = args.word("land", {"from", "to"});
  const bool working = count && *count == "working-days";
  if (!written) {
    args.error("check 'interval' needs one of over, under, at-least, at-most");
  } else if (limit) {
    const auto* d = std::get_if<Duration>(&limit->measure.value);
    const bool days_only = d && d->years == 0 && d->months == 0 && d->working_days == 0;
    const bool working_only = d && d->years == 0 && d->months == 0 && d->weeks == 0 && d->days == 0 && d->working_days != 0;
    if (working && !working_only)
      args.error("check 'interval' counts working-days: its limit must be in working days, such as 7个工作日 (not '" + limit->measure.text + "')");
    if (!working && !days_only)
      args.error("check 'interval' counts days: its limit must be in days, such as 20日 (not '" + limit->measure.text + "')");
  }
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<IntervalCheck>(from, to, from_within, to_within, !from_end || *from_end == "start", to_end && *to_end == "start",
                                         working, std::move(*limit), std::move(unless), land && *land == "from");
}

}  // namespace legalint

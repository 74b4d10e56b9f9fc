// legalint dump FILE: what legalint reads from a file — encoding, kind,
// clause tree, sentences, facts with their places. For rule writers and tests.
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "batch.h"
#include "check/measure.h"
#include "text/segment.h"
#include "commands.h"

namespace legalint::cli {
namespace {

using nlohmann::ordered_json;

std::string date_text(const Date& d) {
  char buffer[32];
  if (d.day == 0) std::snprintf(buffer, sizeof buffer, "%04d-%02d", d.year, d.month);
  else std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return std::string(d.year == 0 ? "????" + std::string(buffer).substr(4) : buffer) + (d.year_inherited ? " (year inherited)" : "");
}

std::string decimal_text(const Decimal& d) {
  std::string digits = std::to_string(d.units < 0 ? -d.units : d.units);
  if (d.scale > 0) {
    if (digits.size() <= static_cast<std::size_t>(d.scale)) digits.insert(0, d.scale + 1 - digits.size(), '0');
    digits.insert(digits.size() - d.scale, ".");
  }
  return (d.units < 0 ? "-" : "") + digits;
}

// One value, as a reader checks it against the text.
std::string value_text(const Fact& fact) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, Money>) {
          return describe(v);
        } else if constexpr (std::is_same_v<T, Duration>) {
          std::string out;
          auto part = [&](int n, const char* unit) { if (n) out += std::to_string(n) + unit; };
          part(v.years, "年"); part(v.months, "个月"); part(v.weeks, "周"); part(v.days, "日"); part(v.working_days, "个工作日");
          return out.empty() ? "0日" : out;
        } else if constexpr (std::is_same_v<T, Date>) {
          return date_text(v);
        } else if constexpr (std::is_same_v<T, DateRange>) {
          return date_text(v.from) + " .. " + date_text(v.to);
        } else if constexpr (std::is_same_v<T, Ratio>) {
          return std::to_string(v.numerator) + "/" + std::to_string(v.denominator) + " (" + describe(v) + ")";
        } else {
          return decimal_text(v.value) + " " + v.unit;
        }
      },
      fact.value);
}

const char* style_name(NumeralStyle style) {
  switch (style) {
    case NumeralStyle::arabic: return "arabic";
    case NumeralStyle::chinese: return "chinese";
    case NumeralStyle::capital: return "capital";
  }
  return "arabic";
}

ordered_json where(const Analysis& a, Span span) {
  const Location l = a.locate(span);
  return {{"line", l.start.line}, {"column", l.start.column}, {"end_line", l.end.line}, {"end_column", l.end.column},
          {"byte_offset", l.byte_begin}, {"byte_end", l.byte_end}};
}

ordered_json to_json(const Analysis& a) {
  ordered_json out;
  out["path"] = a.document.path;
  out["format"] = to_string(a.document.format);
  out["encoding"] = a.document.encoding;
  out["kind"] = to_string(a.kind());
  out["kind_reason"] = a.classification.reason;
  out["title"] = a.classification.title;
  out["clauses"] = ordered_json::array();
  for (const auto& c : a.clauses.clauses()) {
    out["clauses"].push_back({{"label", c.label}, {"title", c.title}, {"style", to_string(c.style)}, {"depth", c.depth},
                              {"path", a.clauses.path_at(c.heading.begin)}, {"at", where(a, c.heading)}});
  }
  out["sentences"] = ordered_json::array();
  for (const Span s : split_sentences(a.normalized.text())) out["sentences"].push_back({{"text", a.original_text(s)}, {"at", where(a, s)}});
  out["facts"] = ordered_json::array();
  for (const auto& f : a.facts()) {
    out["facts"].push_back({{"kind", to_string(f.kind)}, {"text", a.original_text(f.span)}, {"value", value_text(f)},
                            {"style", style_name(f.style)}, {"at", where(a, f.span)}});
  }
  out["parties"] = ordered_json::array();
  for (const auto& p : a.parties()) out["parties"].push_back({{"role", p.role}, {"name", p.name}, {"at", where(a, p.span)}});
  return out;
}

void print_text(const Analysis& a, std::ostream& out) {
  out << a.document.path << ": " << to_string(a.document.format) << ", " << a.document.encoding << ", kind "
      << to_string(a.kind()) << " (" << a.classification.reason << ")\n";
  auto at = [&](Span s) {
    const Location l = a.locate(s);
    return std::to_string(l.start.line) + ":" + std::to_string(l.start.column);
  };
  out << "\nclauses (" << a.clauses.clauses().size() << "):\n";
  for (const auto& c : a.clauses.clauses())
    out << "  " << at(c.heading) << "\t" << std::string(2 * c.depth, ' ') << c.label << " " << c.title << "\n";
  out << "\nsentences: " << split_sentences(a.normalized.text()).size() << "\n";
  out << "\nfacts (" << a.facts().size() << "):\n";
  for (const auto& f : a.facts())
    out << "  " << at(f.span) << "\t" << to_string(f.kind) << "\t" << a.original_text(f.span) << "\t= " << value_text(f) << "\n";
  out << "\nparties (" << a.parties().size() << "):\n";
  for (const auto& p : a.parties()) out << "  " << at(p.span) << "\t" << p.role << "\t" << (p.name.empty() ? "(blank)" : p.name) << "\n";
}

}  // namespace

void add_dump_command(CLI::App& app, std::function<int()>& run) {
  struct Settings {
    std::string path;
    std::string format = "text";
    std::string kind;
  };
  auto s = std::make_shared<Settings>();
  CLI::App* dump = app.add_subcommand("dump", "Show what legalint reads from a file: clauses, sentences, facts, parties");
  dump->add_option("file", s->path, "The file (- for stdin)")->required();
  dump->add_option("--format", s->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  dump->add_option("--kind", s->kind, "Force the document kind")->check(CLI::IsMember({"lease", "tender", "decision", "contract"}));
  dump->callback([s, &run] {
    run = [s] {
      auto document = load_input(s->path, {});
      if (!document.ok()) {
        std::cerr << "legalint: " << document.error().to_string() << "\n";
        return static_cast<int>(kUnreadable);
      }
      AnalyzeOptions options;
      if (!s->kind.empty()) options.kind = parse_document_kind(s->kind);
      const Analysis analysis = analyze(std::move(document.value()), options);
      if (s->format == "json") std::cout << to_json(analysis).dump(2) << "\n";
      else print_text(analysis, std::cout);
      return static_cast<int>(kClean);
    };
  });
}

}  // namespace legalint::cli

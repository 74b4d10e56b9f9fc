// Helpers for the check-kind tests: compile one `check KIND { … }` block the
// way the engine does (parse_pack → CheckArgs → the kind's factory) and run
// it on a small document.
//
//   auto made = make_check("quantity", "fact term\n near /租期/\n over 20年");
//   REQUIRE(made.check);
//   auto hits = run(*made.check, "租期为二十五年。");
//   auto errors = check_errors("quantity", "near /租期/");   // "t.rules:3:9: …" lines
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "check/check.h"
#include "check/dates.h"
#include "check/registry.h"
#include "load/load.h"
#include "rulelang/parse.h"

namespace legalint::testing {

// Everything a made check points into: keep it alive while the check is used.
struct MadeCheck {
  std::unique_ptr<rulelang::PackSource> source;
  std::unique_ptr<rulelang::ParsedPack> pack;
  std::unique_ptr<RegexPool> pool = std::make_unique<RegexPool>();
  rulelang::Diagnostics diagnostics;
  std::unique_ptr<Check> check;

  // The diagnostics as "line:col: message" (no path, no caret).
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics)
      out.push_back(std::to_string(d.start.line) + ":" + std::to_string(d.start.column) + ": " + d.message);
    return out;
  }
};

// `body` is the inside of the check block. The pack reads:
//   line 1: pack t { param … }   (one line per parameter given)
//   then:   rule t/x {
//             check KIND {
//               <body>
inline MadeCheck make_check(const std::string& kind, const std::string& body, const Parameters& parameters = {},
                            const std::string& pack_entries = "") {
  MadeCheck made;
  std::string text = pack_entries.empty() ? "" : "pack t {\n" + pack_entries + "\n}\n";
  text += "rule t/x {\n  check " + kind + " {\n" + body + "\n  }\n}\n";
  made.source = std::make_unique<rulelang::PackSource>("t.rules", text);
  made.pack = std::make_unique<rulelang::ParsedPack>(rulelang::parse_pack(*made.source, made.diagnostics));
  if (!made.diagnostics.empty()) return made;
  for (const auto& declaration : made.pack->file.declarations) {
    const auto* rule = boost::get<rulelang::ast::Rule>(&declaration);
    if (!rule) continue;
    for (const auto& item : rule->items) {
      const auto* block = boost::get<rulelang::ast::CheckBlock>(&item);
      if (!block) continue;
      CheckArgs args(*block, *made.pack, parameters, *made.pool, made.diagnostics);
      const CheckKind* found = find_check_kind(block->kind.text);
      if (found) made.check = found->make(args);
    }
  }
  // RE2 checks the regexes when the pool is sealed; a check with a bad one is not made.
  const auto before = made.diagnostics.size();
  made.pool->seal(made.diagnostics);
  if (made.diagnostics.size() != before) made.check.reset();
  return made;
}

inline std::vector<std::string> check_errors(const std::string& kind, const std::string& body,
                                             const Parameters& parameters = {}) {
  return make_check(kind, body, parameters).errors();
}

inline const HolidayCalendar& calendar() {
  static const HolidayCalendar loaded = [] {
    auto outcome = HolidayCalendar::load(std::string(LEGALINT_SOURCE_DIR) + "/seeds/holidays.toml");
    if (!outcome.ok()) throw std::runtime_error(outcome.error().to_string());
    return outcome.value();
  }();
  return loaded;
}

inline Analysis analyze_text(const std::string& text) {
  return analyze(load_bytes("t.txt", text).value());
}

inline std::vector<Hit> run(const Check& check, const Analysis& analysis) {
  std::vector<Hit> hits;
  check.evaluate(EvalContext{analysis, calendar()}, hits);
  return hits;
}

inline std::vector<Hit> run(const Check& check, const std::string& text) { return run(check, analyze_text(text)); }

// Compile and run in one go; the check must compile.
inline std::vector<Hit> hits_of(const std::string& kind, const std::string& body, const std::string& text,
                                const Parameters& parameters = {}) {
  auto made = make_check(kind, body, parameters);
  if (!made.check) {
    std::string all;
    for (const auto& e : made.errors()) all += e + "\n";
    throw std::runtime_error("check did not compile:\n" + all);
  }
  return run(*made.check, text);
}

// A hit's value by name ("" when absent).
inline std::string value_of(const Hit& hit, const std::string& name) {
  for (const auto& [key, value] : hit.values)
    if (key == name) return value;
  return "";
}

// The normalized text a hit's span covers.
inline std::string hit_text(const Analysis& analysis, const Hit& hit) {
  return std::string(hit.span.in(analysis.normalized.text()));
}

}  // namespace legalint::testing

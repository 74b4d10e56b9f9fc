// The JSON sinks: `json`, one document for the whole run, and `jsonl`, one
// JSON object per line (a finding, or an unreadable file) for pipes and
// batch engines. The schema is in docs/output.md; keys are written in a
// fixed order, and nothing in them varies between runs of the same input.
//
//   {"type":"finding","path":"leases/L002.txt","line":11,"column":6,…,"rule":"lease/term-over-20y",…}
//   {"type":"unreadable","path":"x.doc","code":"legacy-format","message":"…"}
#pragma once

#include <nlohmann/json.hpp>

#include "report/report.h"

namespace legalint {

// Version of the JSON schema (docs/output.md), raised on incompatible changes.
inline constexpr int kJsonSchemaVersion = 1;

class JsonSink final : public Sink {
 public:
  void write(const RunReport& run, std::ostream& out) const override;
};

class JsonLinesSink final : public Sink {
 public:
  void write(const RunReport& run, std::ostream& out) const override;
};

// One finding as the json and jsonl formats write it (shared by both).
nlohmann::ordered_json finding_to_json(const Finding& finding, const RunReport& run);

// Serializes with UTF-8 kept as is (not \u-escaped); invalid UTF-8 is replaced.
std::string dump_json(const nlohmann::ordered_json& value, int indent);

// Writes a JSON document piece by piece, with the same bytes dump_json(…, 2)
// gives for it held whole: the json and sarif sinks stream their findings
// array through it instead of building the run's findings as one JSON tree.
//
//   JsonStream json(out);
//   json.open('{');
//   json.value("legalint", "name");        // a key's value
//   json.open('[', "results");
//   for (…) json.value(result);             // an array's element
//   json.close();
//   json.close();                          // then out << "\n" as dump_json's callers do
class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out) {}
  void open(char bracket, std::string_view key = {});  // '{' or '['; `key` inside an object
  void value(const nlohmann::ordered_json& value, std::string_view key = {});
  void close();

  // value() in two steps, so that values can be made on other threads
  // (RunReport::format_files): the text of `value` at a depth, then writing
  // it where value() would have.
  static std::string text_at(const nlohmann::ordered_json& value, std::size_t depth);
  std::size_t depth() const { return closers_.size(); }
  void raw(std::string_view text, std::string_view key = {});
  // What goes between two elements of an array at `depth`: for a piece
  // given to raw() that holds several of them.
  static std::string separator(std::size_t depth) { return "," + line_break(depth); }

 private:
  void next(std::string_view key);  // the comma, line break, indent and key before a member
  static std::string line_break(std::size_t depth) { return "\n" + std::string(2 * depth, ' '); }  // and the indent
  std::ostream& out_;
  std::string closers_;              // the closing bracket of each open level
  std::vector<bool> has_members_;    // of each open level
};

}  // namespace legalint

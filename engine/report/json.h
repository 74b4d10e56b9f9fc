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

}  // namespace legalint

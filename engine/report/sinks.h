// Every sink by its format name, for the CLI's --format:
//
//   SinkOptions options;  options.text.color = true;
//   std::unique_ptr<Sink> sink = make_sink("sarif", options);   // nullptr: unknown name
//   if (format_shows_text("html")) …   // keep each document's text in the RunReport
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/junit.h"
#include "report/report.h"
#include "report/text.h"

namespace legalint {

struct SinkOptions {
  TextOptions text;                                      // text
  std::optional<Severity> fail_level = Severity::error;  // junit: what counts as a failure
};

// "text", "json", "jsonl", "sarif", "junit", "html", in that order.
const std::vector<std::string>& format_names();

std::unique_ptr<Sink> make_sink(std::string_view format, const SinkOptions& options);

// Whether the format shows each document's text (so the batch keeps it).
bool format_shows_text(std::string_view format);

}  // namespace legalint

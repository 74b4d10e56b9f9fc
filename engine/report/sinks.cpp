#include "report/sinks.h"

#include "report/html.h"
#include "report/json.h"
#include "report/sarif.h"

namespace legalint {

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> names = {"text", "json", "jsonl", "sarif", "junit", "html"};
  return names;
}

std::unique_ptr<Sink> make_sink(std::string_view format, const SinkOptions& options) {
  if (format == "text") return std::make_unique<TextSink>(options.text);
  if (format == "json") return std::make_unique<JsonSink>();
  if (format == "jsonl") return std::make_unique<JsonLinesSink>();
  if (format == "sarif") return std::make_unique<SarifSink>();
  if (format == "junit") return std::make_unique<JUnitSink>(JUnitOptions{options.fail_level});
  if (format == "html") return std::make_unique<HtmlSink>();
  return nullptr;
}

bool format_shows_text(std::string_view format) { return format == "html"; }

}  // namespace legalint

// Writing a report to a file all at once: into a temporary file beside it,
// then renamed over it, so an interrupted run never leaves half a report.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "base/error.h"

namespace legalint::cli {

// Writes `content` to `path` atomically; on failure returns an Error.
std::optional<Error> write_file_atomically(const std::string& path, const std::string& content);
// The same with the content written by `write` as it goes, never held whole.
std::optional<Error> write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write);

// Emits a report: to standard output when `path` is empty, else atomically
// to the file. True on success; on failure the error is printed. A report
// is streamed by `write` (a big run's does not fit in memory whole).
bool emit_report(const std::string& path, const std::string& report);
bool emit_report(const std::string& path, const std::function<void(std::ostream&)>& write);

// Whether to color a report: --color forces it, --no-color and NO_COLOR
// forbid it, otherwise only when it goes to a terminal.
bool use_color(bool color_flag, bool no_color_flag, const std::string& output_path);

// Removes the temporary file of a write in progress, if any. Async-signal-safe:
// the Ctrl-C handler (main.cpp) calls it so that an interrupted run leaves nothing.
void remove_temporary_output() noexcept;

}  // namespace legalint::cli

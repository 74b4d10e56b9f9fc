#include "output_file.h"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace legalint::cli {
namespace {

// The temporary file being written, for remove_temporary_output (read from a signal handler).
char pending_temporary[4096];
volatile std::sig_atomic_t has_pending_temporary = 0;

// Clears the pending temporary when the write is over, however it ends.
struct PendingTemporary {
  explicit PendingTemporary(const std::string& path) {
    if (path.size() >= sizeof pending_temporary) return;
    std::memcpy(pending_temporary, path.c_str(), path.size() + 1);
    has_pending_temporary = 1;
  }
  PendingTemporary(const PendingTemporary&) = delete;  // one write, one record
  PendingTemporary& operator=(const PendingTemporary&) = delete;
  ~PendingTemporary() { has_pending_temporary = 0; }
};

}  // namespace

void remove_temporary_output() noexcept {
  if (has_pending_temporary) ::unlink(pending_temporary);
}

std::optional<Error> write_file_atomically(const std::string& path, const std::string& content) {
  return write_file_atomically(path, [&](std::ostream& out) { out << content; });
}

std::optional<Error> write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  const PendingTemporary pending(temporary);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    try {
      write(out);
    } catch (...) {  // a sink that fails (a spill that cannot be read back) leaves no half report behind
      out.close();
      std::remove(temporary.c_str());
      throw;
    }
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      return config_error("output", path, std::string("cannot write the report: ") + std::strerror(errno));
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::remove(temporary.c_str());
    return config_error("output", path, "cannot write the report: " + error.message());
  }
  return std::nullopt;
}

bool emit_report(const std::string& path, const std::string& report) {
  return emit_report(path, [&](std::ostream& out) { out << report; });
}

bool emit_report(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty()) {
    write(std::cout);
    std::cout << std::flush;
    return true;
  }
  if (auto error = write_file_atomically(path, write)) {
    std::cerr << "legalint: " << error->to_string() << "\n";
    return false;
  }
  return true;
}

bool use_color(bool color_flag, bool no_color_flag, const std::string& output_path) {
  const bool to_terminal = output_path.empty() && ::isatty(STDOUT_FILENO);
  return !no_color_flag && (color_flag || (to_terminal && !std::getenv("NO_COLOR")));
}

}  // namespace legalint::cli

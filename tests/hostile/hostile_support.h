// Running the real `legalint` binary on hostile inputs and measuring it: its
// exit code, stdout and stderr, wall and CPU time, and peak RSS (getrusage of
// the child through wait4). The inputs are made by the tests at run time.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace legalint::hostile {

// The bounds every hostile input must stay within. A sanitizer build is
// several times slower and bigger; there the bounds only catch hangs and blow-ups.
// kLinearCpuSeconds is the tighter bound of inputs that must stay linear
// (deep headings): 2 s here, and the same 8× headroom as kCpuSeconds under
// the sanitizers (which once took 2.04 s for what takes 0.8 s here).
#ifdef LEGALINT_SANITIZED
inline constexpr double kCpuSeconds = 40;
inline constexpr double kLinearCpuSeconds = 16;
inline constexpr long kRssMegabytes = 1200;
#else
inline constexpr double kCpuSeconds = 5;     // "a few seconds" of CPU (user + system)
inline constexpr double kLinearCpuSeconds = 2;
inline constexpr long kRssMegabytes = 200;
#endif
inline constexpr double kWallSeconds = 120;  // a hang: the child is killed

struct Run {
  int exit_code = -1;       // 128 + signal when killed by one
  std::string out, err;
  double wall_seconds = 0;
  double cpu_seconds = 0;
  long rss_megabytes = 0;
  bool timed_out = false;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

// A fresh directory removed with its contents at the end.
class Scratch {
 public:
  Scratch() {
    std::string pattern = (std::filesystem::temp_directory_path() / "legalint-hostile-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a scratch directory");
    path_ = pattern;
  }
  Scratch(const Scratch&) = delete;  // one owner removes it
  Scratch& operator=(const Scratch&) = delete;
  ~Scratch() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// Runs LEGALINT_BINARY with `args` in `cwd`, stdin from /dev/null; `extra_env`
// entries ("NAME=value") are added to the environment. `during(pid)`, if set,
// runs on a thread once the child has started (to signal it, say).
inline Run run_legalint(const std::vector<std::string>& args, const std::string& cwd,
                        const std::vector<std::string>& extra_env = {}, std::function<void(pid_t)> during = {}) {
  const std::string out_path = cwd + "/.stdout", err_path = cwd + "/.stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());

  std::vector<std::string> argv_strings{LEGALINT_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) env_strings.emplace_back(*e);
  env_strings.insert(env_strings.end(), extra_env.begin(), extra_env.end());
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);

  const auto started = std::chrono::steady_clock::now();
  pid_t pid = 0;
  if (posix_spawn(&pid, LEGALINT_BINARY, &actions, nullptr, argv.data(), envp.data()) != 0)
    throw std::runtime_error("cannot start " LEGALINT_BINARY);
  posix_spawn_file_actions_destroy(&actions);
  std::thread helper;
  if (during) helper = std::thread(during, pid);

  Run run;
  int status = 0;
  struct rusage usage {};
  for (;;) {
    const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
    if (done == pid) break;
    if (std::chrono::steady_clock::now() - started > std::chrono::duration<double>(kWallSeconds)) {
      ::kill(pid, SIGKILL);
      ::wait4(pid, &status, 0, &usage);
      run.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (helper.joinable()) helper.join();
  run.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  run.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                    static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  run.rss_megabytes = usage.ru_maxrss / 1024;  // kilobytes on Linux
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = read_file(out_path);
  run.err = read_file(err_path);
  return run;
}

// The lines of `text` that contain `needle`.
inline std::vector<std::string> lines_with(const std::string& text, const std::string& needle) {
  std::vector<std::string> found;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.find(needle) != std::string::npos) found.push_back(line);
  return found;
}

}  // namespace legalint::hostile

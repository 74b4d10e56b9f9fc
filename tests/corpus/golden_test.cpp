// The golden test of the engine: `legalint eval` over every corpus folder
// whose documents have sidecars (NAME.expected, corpus/README.md), through the
// built binary exactly as a user runs it. Any difference from a sidecar —
// a finding the reviewer wrote down and the engine did not produce, or one
// the engine produced and the reviewer did not write down — fails the test,
// which prints each difference as `file:line  rule-id`.
//
// A folder is its own batch (corpus-level rules see its documents together),
// as `legalint eval DIR` does. corpus/meetings has no sidecars: the meeting
// gate has its own expectations (tests/meeting).
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(LEGALINT_SOURCE_DIR) / "corpus";

// Every folder of the golden test, with the fewest documents it must judge
// (corpus/README.md: exactly 78 leases, ≥ 12 tender, ≥ 12 decisions, ≥ 10
// contracts, ≥ 5 of each variant), so that a folder whose documents stopped
// being found does not pass with nothing compared.
struct Folder {
  const char* path;
  std::size_t min_documents;
};
constexpr std::array<Folder, 6> kFolders{{
    {"corpus/leases", 78},
    {"corpus/tender", 12},
    {"corpus/decisions", 12},
    {"corpus/contracts", 10},
    {"corpus/variants/docx", 5},
    {"corpus/variants/gb18030", 5},
}};

bool is_document(const fs::path& p) {
  const auto ext = p.extension().string();
  const auto name = p.filename().string();
  if (name == "INDEX.md" || name == "README.md") return false;
  return ext == ".txt" || ext == ".docx" || ext == ".md";
}

struct Run {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

Run eval(const std::string& folder) {
  const std::string command = "cd " + shell_quote(LEGALINT_SOURCE_DIR) + " && " + shell_quote(LEGALINT_BINARY) + " eval " +
                              shell_quote(folder) + " 2>&1";
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

struct Differences {
  std::vector<std::string> missing, unexpected, other;
  std::size_t documents = 0;
  std::size_t reported = 0;  // "N differences" on the summary line
  bool summary = false;
};

// Reads eval's output: `path:line: missing    rule` / `path:line: unexpected rule  (message)`
// lines, the per-rule table, and `N documents, M differences`.
Differences parse(const std::string& output) {
  static const std::regex difference(R"(^(.+):(\d+): (missing|unexpected) +(\S+)(  \((.*)\))?$)");
  static const std::regex summary(R"(^(\d+) documents, (\d+) differences$)");
  Differences d;
  std::istringstream in(output);
  std::string line;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, difference)) {
      std::string row = m[1].str() + ":" + m[2].str() + "  " + m[4].str();
      if (m[3] == "missing") {
        d.missing.push_back(row + "   (in " + fs::path(m[1].str()).replace_extension(".expected").string() + ", not found)");
      } else {
        d.unexpected.push_back(row + (m[6].matched ? "   — " + m[6].str() : std::string()));
      }
    } else if (std::regex_match(line, m, summary)) {
      d.summary = true;
      d.documents = std::stoul(m[1].str());
      d.reported = std::stoul(m[2].str());
    } else if (line.rfind("legalint:", 0) == 0) {
      d.other.push_back(line);
    }
  }
  return d;
}

std::string readable(const std::string& folder, const Differences& d) {
  std::string out = folder + ": " + std::to_string(d.missing.size() + d.unexpected.size()) + " difference(s) from the sidecars\n";
  if (!d.missing.empty()) {
    out += "  missing (a reviewer's finding the engine did not produce):\n";
    for (const auto& m : d.missing) out += "    " + m + "\n";
  }
  if (!d.unexpected.empty()) {
    out += "  unexpected (a finding no sidecar lists):\n";
    for (const auto& u : d.unexpected) out += "    " + u + "\n";
  }
  for (const auto& o : d.other) out += "  " + o + "\n";
  return out;
}

void golden(const Folder& folder) {
  // every document of the folder has its sidecar: one without would silently not be judged
  std::vector<std::string> without_sidecar;
  std::size_t with_sidecar = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(LEGALINT_SOURCE_DIR) / folder.path)) {
    if (!entry.is_regular_file() || !is_document(entry.path())) continue;
    fs::path sidecar = entry.path();
    sidecar.replace_extension(".expected");
    if (fs::exists(sidecar))
      ++with_sidecar;
    else
      without_sidecar.push_back(std::string(folder.path) + "/" + entry.path().filename().string());
  }

  const Run run = eval(folder.path);
  const Differences d = parse(run.output);
  // The diff goes to stderr as it is: Catch's own messages are wrapped at 80
  // columns counted in bytes, which breaks Chinese rule messages apart.
  if (!d.missing.empty() || !d.unexpected.empty() || !d.other.empty()) std::cerr << "\n" << readable(folder.path, d) << std::endl;
  if (!d.summary) std::cerr << "\nlegalint eval " << folder.path << " (exit " << run.exit_code << ") printed no summary:\n" << run.output << std::endl;
  for (const auto& name : without_sidecar) std::cerr << "no sidecar: " << name << "\n";

  INFO("legalint eval " << folder.path << " — differences are listed above the test's result");
  CHECK(without_sidecar.empty());
  REQUIRE(d.summary);
  CHECK(d.documents >= folder.min_documents);
  CHECK(d.documents == with_sidecar);
  CHECK(d.reported == d.missing.size() + d.unexpected.size());
  CHECK(d.missing.size() + d.unexpected.size() == 0);
  CHECK(d.other.empty());
  CHECK(run.exit_code == 0);
}

}  // namespace

TEST_CASE("golden: corpus/leases", "[corpus]") { golden(kFolders[0]); }
TEST_CASE("golden: corpus/tender", "[corpus]") { golden(kFolders[1]); }
TEST_CASE("golden: corpus/decisions", "[corpus]") { golden(kFolders[2]); }
TEST_CASE("golden: corpus/contracts", "[corpus]") { golden(kFolders[3]); }
TEST_CASE("golden: corpus/variants/docx", "[corpus]") { golden(kFolders[4]); }
TEST_CASE("golden: corpus/variants/gb18030", "[corpus]") { golden(kFolders[5]); }

TEST_CASE("golden: every corpus folder with sidecars is in the golden test", "[corpus]") {
  std::set<std::string> listed;
  for (const auto& f : kFolders) listed.insert(f.path);
  std::set<std::string> with_sidecars;
  for (const auto& entry : fs::recursive_directory_iterator(kCorpus)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".expected") continue;
    with_sidecars.insert(fs::relative(entry.path().parent_path(), LEGALINT_SOURCE_DIR).generic_string());
  }
  for (const auto& folder : with_sidecars) {
    INFO(folder << " has sidecars but is not one of the golden test's folders (tests/corpus/golden_test.cpp)");
    CHECK(listed.count(folder) == 1);
  }
}

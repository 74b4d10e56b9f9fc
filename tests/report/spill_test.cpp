// The findings spill (report/spill.h) and the JSON stream the json and sarif
// sinks write through: what goes out comes back, byte for byte.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <thread>

#include "report/json.h"
#include "report/sinks.h"
#include "report/spill.h"
#include "report_fixture.h"
#include "files.h"

namespace legalint::test {
namespace {

using namespace std::string_literals;

Finding unusual_finding() {
  Finding f;
  f.path = "村务/二〇二四/鱼塘 租赁合同.txt";
  f.rule_id = "lease/double-lease";
  f.severity = Severity::error;
  f.title = "同一标的重复出租";
  f.message = "与“另一份合同.txt”的标的相同\n(第二行)";
  f.basis = {"civil-code/705", "land-contract-law/36"};
  f.span = {7, 70000};
  f.location.start = {3, 12};
  f.location.end = {4, 1};
  f.location.byte_begin = 41;
  f.location.byte_end = 4'000'000'000u;
  f.clause = "第五条(二)";
  f.excerpt = "坑塘\0水面 & <b>"s;  // a NUL and markup, kept as is
  f.source_line = "第五条 出租方将坑塘水面𠮷 出租给承租方。";  // a character outside the BMP
  f.kind = DocumentKind::lease;
  f.fingerprint = "0123456789abcdef";
  return f;  // fix stays empty
}

void require_same(const Finding& a, const Finding& b) {
  CHECK(a.path == b.path);
  CHECK(a.rule_id == b.rule_id);
  CHECK(a.severity == b.severity);
  CHECK(a.title == b.title);
  CHECK(a.message == b.message);
  CHECK(a.fix == b.fix);
  CHECK(a.basis == b.basis);
  CHECK(a.span == b.span);
  CHECK(a.location.start.line == b.location.start.line);
  CHECK(a.location.start.column == b.location.start.column);
  CHECK(a.location.end.line == b.location.end.line);
  CHECK(a.location.end.column == b.location.end.column);
  CHECK(a.location.byte_begin == b.location.byte_begin);
  CHECK(a.location.byte_end == b.location.byte_end);
  CHECK(a.clause == b.clause);
  CHECK(a.excerpt == b.excerpt);
  CHECK(a.source_line == b.source_line);
  CHECK(a.kind == b.kind);
  CHECK(a.fingerprint == b.fingerprint);
}

}  // namespace

TEST_CASE("a spill gives back every field of the findings written to it", "[report][spill]") {
  const Finding odd = unusual_finding();
  Finding plain;  // every field at its default
  CHECK(deserialize_findings(serialize_findings({})).empty());

  FindingSpill spill;
  const auto first = spill.write({odd, plain});
  const auto empty = spill.write({});
  const auto second = spill.write({plain, odd, odd});
  const auto back = spill.read(second);
  REQUIRE(back.size() == 3);
  require_same(back[0], plain);
  require_same(back[1], odd);
  require_same(back[2], odd);
  CHECK(spill.read(empty).empty());
  const auto again = spill.read(first);  // ranges stay readable in any order
  REQUIRE(again.size() == 2);
  require_same(again[0], odd);
  require_same(again[1], plain);
}

TEST_CASE("a run's spilled findings keep their counts and can be edited", "[report][spill]") {
  const auto fx = make_report_fixture(false);
  RunReport& run = fx->run;
  const auto held = run.findings_of(run.files[0]);
  const std::size_t errors = run.count(Severity::error), warnings = run.count(Severity::warning), infos = run.count(Severity::info);
  spill_all(run);
  CHECK(run.files[0].findings.empty());
  CHECK(run.files[0].count() == held.size());
  CHECK(run.count(Severity::error) == errors);
  CHECK(run.count(Severity::warning) == warnings);
  CHECK(run.count(Severity::info) == infos);
  CHECK(run.findings() == held.size());

  // Corpus-level findings join, as the batch adds them after the documents:
  // held in memory, sorted in among the spilled ones, which stay where they are.
  REQUIRE(held.size() >= 2);
  const auto range = run.files[0].spilled->range;
  Finding last = unusual_finding(), first = unusual_finding();
  last.path = first.path = run.files[0].path;
  last.location.byte_begin = held.back().location.byte_begin + 1;
  first.location.byte_begin = 0;
  first.location.byte_end = 0;
  first.rule_id = "";  // before any finding at offset 0
  run.add_findings(run.files[0], {last, first});
  CHECK(run.files[0].spilled->range.offset == range.offset);
  CHECK(run.files[0].findings.size() == 2);
  CHECK(run.files[0].count() == held.size() + 2);
  CHECK(run.count(Severity::error) == errors + 2);
  const auto after = run.findings_of(run.files[0]);
  REQUIRE(after.size() == held.size() + 2);
  CHECK(std::is_sorted(after.begin(), after.end()));
  require_same(after.front(), first);
  require_same(after.back(), last);
  require_same(after[1], held.front());

  // An edit that changes nothing leaves the findings where they were.
  run.edit_findings(run.files[0], [](std::vector<Finding>&) { return false; });
  CHECK(run.files[0].spilled->range.offset == range.offset);
  CHECK(run.findings_of(run.files[0]).size() == held.size() + 2);

  // An edit that changes them writes them all, joined ones too, to one new range.
  run.edit_findings(run.files[0], [](std::vector<Finding>& findings) {
    findings.erase(findings.begin());
    return true;
  });
  CHECK(run.files[0].findings.empty());
  CHECK(run.files[0].spilled->range.offset != range.offset);
  CHECK(run.files[0].count() == held.size() + 1);
  require_same(run.findings_of(run.files[0]).back(), last);

  // An edit that removes them all (an [[ignore]] of every rule, say): none
  // is read back, and nothing is written for the file.
  run.edit_findings(run.files[0], [](std::vector<Finding>& findings) {
    findings.clear();
    return true;
  });
  CHECK_FALSE(run.files[0].spilled);
  CHECK(run.files[0].count() == 0);
  CHECK(run.findings_of(run.files[0]).empty());
  CHECK(run.count(Severity::error) == errors + 2 - static_cast<std::size_t>(std::count_if(after.begin(), after.end(), [](const Finding& f) {
                                       return f.severity == Severity::error;
                                     })));
}

TEST_CASE("a spill that cannot be written keeps the findings in memory", "[report][spill]") {
  const auto fx = make_report_fixture(false);
  RunReport& run = fx->run;
  run.spill = std::make_shared<FindingSpill>(std::fopen("/dev/null", "r"));  // every write fails
  FileOutcome& file = run.files.front();
  const auto findings = file.findings;
  REQUIRE_FALSE(findings.empty());
  run.spill_findings(file);  // does not throw
  CHECK(run.findings_of(file).size() == findings.size());
  CHECK(run.count(findings.front().severity) > 0);
}

// Ranges wait in memory and go to the file a megabyte at a time; a range
// reads back the same from either side, and when the file cannot be
// written, everything stays readable from memory.
TEST_CASE("the spill writes a megabyte at a time, and every range reads back, written or not", "[report][spill]") {
  for (const bool writable : {true, false}) {
    INFO((writable ? "a temporary file" : "a file every write to fails"));
    FindingSpill spill = writable ? FindingSpill() : FindingSpill(std::fopen("/dev/null", "r"));
    std::vector<std::pair<FindingSpill::Range, std::size_t>> written;  // range, findings in it
    std::uint64_t bytes = 0;
    for (std::size_t i = 0; bytes < (3u << 20); ++i) {  // three megabytes: two writes and some left over
      std::vector<Finding> findings(1 + i % 5, unusual_finding());
      findings.push_back(unusual_finding());
      findings.back().fingerprint = std::to_string(i);  // which range this is
      const auto range = spill.write(findings);
      CHECK(range.offset == bytes);
      bytes += range.bytes;
      written.emplace_back(range, findings.size());
    }
    for (std::size_t i = 0; i < written.size(); ++i) {
      const auto back = spill.read(written[i].first);
      REQUIRE(back.size() == written[i].second);
      require_same(back.front(), unusual_finding());
      CHECK(back.back().fingerprint == std::to_string(i));
    }
  }
}

namespace {
// Sets an environment variable for one scope and puts back what was there.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};
}  // namespace

TEST_CASE("the spill's file is made where TMPDIR says, and leaves nothing there", "[report][spill]") {
  const std::string folder = temp_dir("spill-tmpdir");
  {
    const ScopedEnv tmpdir("TMPDIR", folder);
    FindingSpill spill;
    const auto range = spill.write({unusual_finding()});
    CHECK(spill.read(range).size() == 1);
    CHECK(std::filesystem::is_empty(folder));  // unlinked as soon as made
  }
  // A folder that is not there: the error names it (std::tmpfile would have used /tmp).
  const ScopedEnv missing("TMPDIR", folder + "/not-there");
  CHECK_THROWS_WITH(FindingSpill(), Catch::Contains(folder + "/not-there"));
  std::filesystem::remove_all(folder);
}

TEST_CASE("a JSON stream writes what dump_json writes for the whole value", "[report][json]") {
  using nlohmann::ordered_json;
  const ordered_json finding = {{"path", "租 赁.txt"}, {"message", "两行\n文字 \"引号\""}, {"basis", ordered_json::array()},
                                {"nested", {{"deep", ordered_json::array({1, ordered_json::object(), "x"})}}}};
  const ordered_json whole = {{"schema_version", 1},
                              {"empty", ordered_json::array()},
                              {"files", ordered_json::array({finding, finding})},
                              {"none", ordered_json::object()},
                              {"summary", {{"n", 2}}}};
  std::ostringstream out;
  JsonStream json(out);
  json.open('{');
  json.value(1, "schema_version");
  json.open('[', "empty");
  json.close();
  json.open('[', "files");
  json.value(finding);
  json.value(finding);
  json.close();
  json.open('{', "none");
  json.close();
  json.value({{"n", 2}}, "summary");
  json.close();
  CHECK(out.str() == dump_json(whole, 2));
}


namespace {
// A run of `count` files, file i with i % 4 findings of rules r0… (a
// corpus-level one joined to every fifth), all spilled to `spill`, on two threads.
RunReport spilled_run(std::size_t count, std::shared_ptr<FindingSpill> spill) {
  RunReport run;
  run.spill = std::move(spill);
  run.threads = 2;
  for (std::size_t i = 0; i < count; ++i) {
    FileOutcome file;
    file.path = "f" + std::to_string(1000 + i) + ".txt";
    for (std::size_t k = 0; k < i % 4; ++k) {
      Finding f = unusual_finding();
      f.path = file.path;
      f.rule_id = "r" + std::to_string(k);
      f.location.byte_begin = static_cast<std::uint32_t>(k);
      file.findings.push_back(f);
    }
    run.files.push_back(std::move(file));
    run.spill_findings(run.files.back());
    if (i % 5 == 0) {
      Finding joined = unusual_finding();
      joined.path = run.files.back().path;
      run.add_findings(run.files.back(), {joined});
    }
  }
  return run;
}

// A file's part in the tests below: its path and its findings' rules and offsets.
void describe_file(const FileOutcome& file, const std::vector<Finding>& findings, std::string& part) {
  part += file.path + ":";
  for (const auto& f : findings) part += " " + f.rule_id + "@" + std::to_string(f.location.byte_begin);
  part += "\n";
}
}  // namespace

// Sinks write a run through format_files, which formats every other batch
// of 64 files on a second thread: the parts must come in file order, each
// as one thread alone would make it, whatever the size of the run.
TEST_CASE("format_files writes every file's part in order, and counts the rules", "[report][spill]") {
  for (const std::size_t count : {0, 1, 255, 256, 257, 1000}) {
    INFO(count << " files");
    const RunReport run = spilled_run(count, std::make_shared<FindingSpill>());
    std::string expected;
    std::map<std::string, std::size_t> expected_counts;
    for (const auto& file : run.files) {
      const auto findings = run.findings_of(file);
      describe_file(file, findings, expected);
      for (const auto& f : findings) ++expected_counts[f.rule_id];
    }
    std::string written;
    std::size_t parts = 0;
    const auto counts = run.format_files(describe_file, [&](std::string_view part) {
      written += part;
      ++parts;
    });
    CHECK(parts == count);
    CHECK(written == expected);
    CHECK(counts == expected_counts);
  }
  // Formatted on two threads, or on the calling thread alone when the run
  // may use one (--jobs 1).
  for (const unsigned threads : {1u, 2u}) {
    INFO(threads << " threads");
    RunReport run = spilled_run(1000, std::make_shared<FindingSpill>());
    run.threads = threads;
    std::mutex mutex;
    std::set<std::thread::id> formatted_on;
    run.format_files(
        [&](const FileOutcome&, const std::vector<Finding>&, std::string&) {
          const std::lock_guard lock(mutex);
          formatted_on.insert(std::this_thread::get_id());
        },
        [](std::string_view) {});
    CHECK(formatted_on.size() == threads);
    CHECK(formatted_on.count(std::this_thread::get_id()) == 1);
  }
  // Without a spill, the same, from memory.
  const auto fx = make_report_fixture(false);
  std::string written;
  fx->run.format_files(describe_file, [&](std::string_view part) { written += part; });
  CHECK(written.find(fx->run.files.front().path + ": ") == 0);
}

TEST_CASE("format_files stops its helper when a write or a format throws", "[report][spill]") {
  const RunReport run = spilled_run(1000, std::make_shared<FindingSpill>());
  std::size_t written = 0;
  CHECK_THROWS_WITH(run.format_files(describe_file,
                                     [&](std::string_view) {
                                       if (++written == 3) throw std::runtime_error("the sink failed");
                                     }),
                    "the sink failed");
  CHECK(written == 3);  // and it returned: the helper, batches ahead and waiting for room, was stopped
  // A format that throws on file 130, in the third batch (the helper's):
  // the two batches before it are written, nothing after.
  for (const std::size_t failing : {130, 200}) {  // the helper's batch, the calling thread's
    INFO("fails at file " << failing);
    written = 0;
    CHECK_THROWS_WITH(run.format_files(
                          [&](const FileOutcome& file, const std::vector<Finding>& findings, std::string& part) {
                            if (&file == &run.files[failing]) throw std::runtime_error("a format failed");
                            describe_file(file, findings, part);
                          },
                          [&](std::string_view) { ++written; }),
                      "a format failed");
    CHECK(written == failing / 64 * 64);
  }
}

TEST_CASE("format_files reports a spill that cannot be read back", "[report][spill]") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file);
  RunReport run = spilled_run(4000, std::make_shared<FindingSpill>(file));  // over a megabyte: most of it in the file
  REQUIRE(::ftruncate(::fileno(file), 0) == 0);                            // then lost
  std::size_t written = 0;
  CHECK_THROWS_WITH(run.format_files(describe_file, [&](std::string_view) { ++written; }),
                    Catch::Contains("cannot read the findings spill file"));
  CHECK(written == 0);  // file 1's findings, in the first batch, cannot be read
}

// The sinks that format files on two threads write the same bytes as from
// a run held in memory, which one thread writes.
TEST_CASE("a big spilled run is reported as the same run held in memory", "[report][spill]") {
  const RunReport spilled = spilled_run(1000, std::make_shared<FindingSpill>());
  const RunReport held = spilled_run(1000, nullptr);
  REQUIRE(held.files[1].findings.size() == 1);  // really held
  for (const char* format : {"text", "json", "jsonl", "sarif", "junit", "html"}) {
    INFO(format);
    const auto sink = make_sink(format, SinkOptions{});
    std::ostringstream a, b;
    sink->write(spilled, a);
    sink->write(held, b);
    CHECK(a.str().size() > 100000);
    CHECK(a.str() == b.str());
  }
  // And what they write is whole: every finding, in valid JSON.
  std::ostringstream sarif, json;
  make_sink("sarif", SinkOptions{})->write(spilled, sarif);
  make_sink("json", SinkOptions{})->write(spilled, json);
  const auto sarif_doc = nlohmann::json::parse(sarif.str());
  CHECK(sarif_doc["runs"][0]["results"].size() == spilled.findings());
  const auto json_doc = nlohmann::json::parse(json.str());
  std::size_t in_json = 0;
  for (const auto& file : json_doc["files"]) in_json += file["findings"].size();
  CHECK(in_json == spilled.findings());
}

}  // namespace legalint::test

// run_batch (cli/batch.cpp): a file whose review throws — a bug in legalint,
// not in the file — is listed as that file's internal error, and the batch
// reviews every other file, on one thread or several. Small files are
// reviewed in groups (Engine::review_together): a group that throws or runs
// out of time is reviewed again file by file, so the error lands on the file
// that caused it.
#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/deadline.h"
#include "batch.h"
#include "eval_support.h"
#include "files.h"

using namespace legalint;
using namespace legalint::testing;

namespace {

// Throws on a document holding 引爆: the stand-in for a bug in some check.
class ThrowingCheck : public Check {
 public:
  std::vector<const Regex*> triggers() const override { return {}; }
  void evaluate(const EvalContext& context, std::vector<Hit>&) const override {
    if (context.analysis.normalized.text().find("引爆") != std::string::npos) throw std::runtime_error("a check failed");
  }
};

// On a document holding 拖延, spins until the file's time is out (at most
// ten seconds without a deadline): the stand-in for a check whose cost
// explodes on some text.
class SlowCheck : public Check {
 public:
  std::vector<const Regex*> triggers() const override { return {}; }
  void evaluate(const EvalContext& context, std::vector<Hit>&) const override {
    if (context.analysis.normalized.text().find("拖延") == std::string::npos) return;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!deadline_passed() && std::chrono::steady_clock::now() < give_up) {
    }
  }
};

// A lease pack whose one rule also runs `extra`, and the files of a batch
// in a fresh folder: small leases, those that `marked` holding `marker`.
struct TestBatch {
  Compiled compiled;
  std::unique_ptr<Engine> engine;
  std::string dir;
  std::vector<std::string> files;

  TestBatch(std::unique_ptr<Check> extra, const char* folder, int count, bool (*marked)(int), const std::string& marker)
      : compiled(compile(pack_with(kValidBody))), dir(test::temp_dir(folder)) {
    REQUIRE(compiled.diagnostics.empty());
    compiled.rules.rules[0].checks.push_back(std::move(extra));
    engine = std::make_unique<Engine>(compiled.rules, calendar());
    for (int i = 0; i < count; ++i) {
      files.push_back(dir + "/" + std::to_string(i) + ".txt");
      test::write_text_file(files.back(), marked(i) ? "租赁合同\n" + marker + "\n期满自动续期。\n" : "租赁合同\n期满自动续期。\n");
    }
  }
  ~TestBatch() { std::filesystem::remove_all(dir); }

  RunReport run(unsigned jobs, std::chrono::milliseconds time_limit = cli::kDefaultTimeLimit) const {
    cli::BatchOptions options;
    options.jobs = jobs;
    options.kind = DocumentKind::lease;
    options.time_limit = time_limit;
    return cli::run_batch(files, *engine, options);
  }
};

// An unmarked file of TestBatch: reviewed, with the pack's one finding.
void check_reviewed(const FileOutcome& file) {
  REQUIRE(file.reviewed());
  REQUIRE(file.findings.size() == 1);
  CHECK(file.findings[0].rule_id == "lease/x");
}

}  // namespace

TEST_CASE("a file whose review throws is an internal error of that file, and the batch goes on") {
  // Every third file throws, so that with two jobs the worker thread, not
  // only the calling one, meets one.
  const TestBatch batch(std::make_unique<ThrowingCheck>(), "batch-throws", 9, [](int i) { return i % 3 == 1; }, "引爆");
  for (const unsigned jobs : {1u, 2u}) {
    INFO("jobs " << jobs);
    RunReport run;
    REQUIRE_NOTHROW(run = batch.run(jobs));
    REQUIRE(run.files.size() == batch.files.size());
    for (std::size_t i = 0; i < batch.files.size(); ++i) {
      INFO(batch.files[i]);
      const FileOutcome& file = run.files[i];
      CHECK(file.path == batch.files[i]);
      if (i % 3 != 1) {
        check_reviewed(file);
        continue;
      }
      REQUIRE(file.error);
      CHECK(file.error->error_class == ErrorClass::internal);
      CHECK(file.error->id() == "internal/exception");
      CHECK(file.error->path == batch.files[i]);
      CHECK_THAT(file.error->message, Catch::Contains("a check failed") && Catch::Contains("内部错误"));
      CHECK(file.findings.empty());
    }
  }
}

TEST_CASE("a file that runs out of time inside a group is the only one reported, and the group's others are reviewed") {
  const TestBatch batch(std::make_unique<SlowCheck>(), "batch-slow", 6, [](int i) { return i == 2; }, "拖延");
  for (const unsigned jobs : {1u, 2u}) {
    INFO("jobs " << jobs);
    const RunReport run = batch.run(jobs, std::chrono::milliseconds(300));
    REQUIRE(run.files.size() == batch.files.size());
    for (std::size_t i = 0; i < batch.files.size(); ++i) {
      INFO(batch.files[i]);
      const FileOutcome& file = run.files[i];
      if (i != 2) {
        check_reviewed(file);
        continue;
      }
      REQUIRE(file.error);
      CHECK(file.error->id() == "input/time-limit");
      CHECK_THAT(file.error->message, Catch::Contains("检查阶段停止"));
      CHECK(file.findings.empty());
    }
  }
}

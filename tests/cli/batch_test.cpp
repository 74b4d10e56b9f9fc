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

}  // namespace

TEST_CASE("a file whose review throws is an internal error of that file, and the batch goes on") {
  auto compiled = compile(pack_with(kValidBody));
  REQUIRE(compiled.diagnostics.empty());
  compiled.rules.rules[0].checks.push_back(std::make_unique<ThrowingCheck>());
  Engine engine(compiled.rules, calendar());

  // Every third file throws, so that with two jobs the worker thread, not
  // only the calling one, meets one.
  const std::string dir = test::temp_dir("batch-throws");
  std::vector<std::string> files;
  for (int i = 0; i < 9; ++i) {
    files.push_back(dir + "/" + std::to_string(i) + ".txt");
    test::write_text_file(files.back(), i % 3 == 1 ? "租赁合同\n引爆\n期满自动续期。\n" : "租赁合同\n期满自动续期。\n");
  }

  for (const unsigned jobs : {1u, 2u}) {
    INFO("jobs " << jobs);
    cli::BatchOptions options;
    options.jobs = jobs;
    options.kind = DocumentKind::lease;
    RunReport run;
    REQUIRE_NOTHROW(run = cli::run_batch(files, engine, options));
    REQUIRE(run.files.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
      INFO(files[i]);
      const FileOutcome& file = run.files[i];
      CHECK(file.path == files[i]);
      if (i % 3 == 1) {
        REQUIRE(file.error);
        CHECK(file.error->error_class == ErrorClass::internal);
        CHECK(file.error->id() == "internal/exception");
        CHECK(file.error->path == files[i]);
        CHECK_THAT(file.error->message, Catch::Contains("a check failed") && Catch::Contains("内部错误"));
        CHECK(file.findings.empty());
      } else {
        REQUIRE(file.reviewed());
        REQUIRE(file.findings.size() == 1);
        CHECK(file.findings[0].rule_id == "lease/x");
      }
    }
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("a file that runs out of time inside a group is the only one reported, and the group's others are reviewed") {
  auto compiled = compile(pack_with(kValidBody));
  REQUIRE(compiled.diagnostics.empty());
  compiled.rules.rules[0].checks.push_back(std::make_unique<SlowCheck>());
  Engine engine(compiled.rules, calendar());

  const std::string dir = test::temp_dir("batch-slow");
  std::vector<std::string> files;
  for (int i = 0; i < 6; ++i) {
    files.push_back(dir + "/" + std::to_string(i) + ".txt");
    test::write_text_file(files.back(), i == 2 ? "租赁合同\n拖延\n期满自动续期。\n" : "租赁合同\n期满自动续期。\n");
  }

  for (const unsigned jobs : {1u, 2u}) {
    INFO("jobs " << jobs);
    cli::BatchOptions options;
    options.jobs = jobs;
    options.kind = DocumentKind::lease;
    options.time_limit = std::chrono::milliseconds(300);
    const RunReport run = cli::run_batch(files, engine, options);
    REQUIRE(run.files.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
      INFO(files[i]);
      const FileOutcome& file = run.files[i];
      if (i == 2) {
        REQUIRE(file.error);
        CHECK(file.error->id() == "input/time-limit");
        CHECK_THAT(file.error->message, Catch::Contains("检查阶段停止"));
        CHECK(file.findings.empty());
      } else {
        REQUIRE(file.reviewed());
        REQUIRE(file.findings.size() == 1);
        CHECK(file.findings[0].rule_id == "lease/x");
      }
    }
  }
  std::filesystem::remove_all(dir);
}

// RunReport::format_files: a sink's pass over a run's files, formatted on two
// threads. On a batch of 10,000 documents, reading each file's findings back
// from the spill and formatting them took 0.05 s for the text report and
// 0.85 s for json, all of it on one thread after the batch's threads had
// finished. The files now go in batches: a helper thread reads and formats
// the even ones, the calling thread the odd ones, and hands every file's
// part to `write` in order.
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

#include "report/report.h"

namespace legalint {
namespace {

constexpr std::size_t kBatchFiles = 64;   // files in a batch: a hand-over between the threads costs a wake-up
constexpr std::size_t kBatchesAhead = 4;  // how far the helper may get ahead of the writing: memory stays bounded

using RuleCounts = std::map<std::string, std::size_t>;

// A batch's formatted parts, one string for them all, and its rule counts.
struct FormattedBatch {
  std::string text;
  std::vector<std::size_t> ends;  // where each file's part ends in text
  RuleCounts counts;
  std::exception_ptr failure;  // reading or formatting threw: rethrown where the batch is written
};

}  // namespace

std::map<std::string, std::size_t> RunReport::format_files(const FormatFile& format,
                                                           const std::function<void(std::string_view)>& write) const {
  const std::size_t batches = (files.size() + kBatchFiles - 1) / kBatchFiles;
  auto format_batch = [&](std::size_t batch) {
    FormattedBatch out;
    try {
      const std::size_t end = std::min(files.size(), (batch + 1) * kBatchFiles);
      for (std::size_t i = batch * kBatchFiles; i < end; ++i) {
        const std::vector<Finding> findings = findings_of(files[i]);
        for (const auto& finding : findings) ++out.counts[finding.rule_id];
        format(files[i], findings, out.text);
        out.ends.push_back(out.text.size());
      }
    } catch (...) {
      out.failure = std::current_exception();
    }
    return out;
  };
  RuleCounts counts;
  auto write_batch = [&](FormattedBatch& batch) {
    if (batch.failure) std::rethrow_exception(batch.failure);
    std::size_t begin = 0;
    for (const std::size_t end : batch.ends) {
      write(std::string_view(batch.text).substr(begin, end - begin));
      begin = end;
    }
    for (const auto& [rule, n] : batch.counts) counts[rule] += n;
  };

  // A small run, one held in memory (tests, the meeting check), or one
  // limited to a thread (--jobs 1): the calling thread alone.
  if (!spill || threads < 2 || batches < 4) {
    for (std::size_t b = 0; b < batches; ++b) {
      auto batch = format_batch(b);
      write_batch(batch);
    }
    return counts;
  }

  struct {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<FormattedBatch> done;  // the helper's batches 0, 2, 4… not yet taken, in order
    std::size_t written = 0;          // batches written so far
    bool stop = false;                // the writing is over (or threw)
  } shared;
  const std::jthread helper([&] {
    for (std::size_t b = 0; b < batches; b += 2) {
      {
        std::unique_lock lock(shared.mutex);
        shared.changed.wait(lock, [&] { return shared.stop || b < shared.written + 2 * kBatchesAhead; });
        if (shared.stop) return;
      }
      FormattedBatch batch = format_batch(b);
      const std::lock_guard lock(shared.mutex);
      shared.done.push_back(std::move(batch));
      shared.changed.notify_all();
    }
  });
  // Declared after the helper, so destroyed before it joins: a write that
  // throws must not leave the helper waiting for room.
  struct StopHelper {
    decltype(shared)& s;
    ~StopHelper() {
      const std::lock_guard lock(s.mutex);
      s.stop = true;
      s.changed.notify_all();
    }
  } stop_helper{shared};

  for (std::size_t b = 0; b < batches; ++b) {
    std::optional<FormattedBatch> batch;
    if (b % 2 == 1) {
      batch = format_batch(b);
    } else {
      std::unique_lock lock(shared.mutex);
      shared.changed.wait(lock, [&] { return !shared.done.empty(); });
      batch = std::move(shared.done.front());
      shared.done.pop_front();
    }
    write_batch(*batch);
    const std::lock_guard lock(shared.mutex);
    shared.written = b + 1;
    shared.changed.notify_all();
  }
  return counts;
}

}  // namespace legalint

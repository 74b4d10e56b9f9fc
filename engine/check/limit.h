// What the comparing kinds (quantity, interval) share: a limit read from
// `over X` / `under X` / `at-least X` / `at-most X`, and picking the fact
// that an anchor word refers to.
//
//   std::optional<Limit> limit = read_limit(args);   // reports "takes only one of …"
//   if (limit && exceeds(*limit, *compare(value, limit->measure))) …
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "analyze/analysis.h"
#include "check/args.h"
#include "check/measure.h"

namespace legalint {

enum class Comparison {
  over,      // finding when value > limit
  under,     // finding when value < limit
  at_least,  // finding when value >= limit
  at_most,   // finding when value <= limit
};

struct Limit {
  Comparison comparison = Comparison::over;
  Measure measure;
};

// Reads the one comparison key of a check; nullopt when none is given (the
// caller decides whether that is an error). Two of them is an error.
// `written` is set when a comparison key was given, even one that failed to
// parse, so that callers do not also report it as missing.
std::optional<Limit> read_limit(CheckArgs& args, const std::string& kind, bool* written = nullptr);

// True when `order` (value compared with limit: -1, 0, +1) is a finding.
bool is_finding(Comparison comparison, int order);

// The fact an anchor refers to, among the facts in `scope` that `accept`
// takes: the first one starting at or after the anchor's end; if none, the
// last one ending at or before the anchor's start.
const Fact* fact_near(const Analysis& analysis, Span anchor, Span scope, const std::function<bool(const Fact&)>& accept);

// The first accepted fact starting at or after `anchor`'s end inside `scope`.
const Fact* fact_after(const Analysis& analysis, Span anchor, Span scope, const std::function<bool(const Fact&)>& accept);

// 2024年9月26日 — how a complete date reads in a message.
std::string describe(const Date& date);

}  // namespace legalint

// Finding text around an offset: the span of a scope, and the matches of a
// regex within a span. Shared by every check kind.
#pragma once

#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "analyze/analysis.h"
#include "check/args.h"
#include "check/check.h"

namespace legalint {

// The span of `scope` around `offset` in the analysis's normalized text.
Span scope_span(const Analysis& analysis, Scope scope, std::uint32_t offset);

// Every non-overlapping match of `regex` inside `range` (default: the whole
// document). With context.sites, only the lines where the regex can match
// are searched; the matches are the same as a search of the whole range.
std::vector<Span> find_all(const EvalContext& context, const Regex& regex, Span range);
std::vector<Span> find_all(const EvalContext& context, const Regex& regex);

// The first match inside `range`, if any.
std::optional<Span> find_first(const EvalContext& context, const Regex& regex, Span range);

// True when `regex` matches inside `range`. Cheaper than find_first: RE2
// need not find where the match starts (no reverse DFA).
bool contains(const EvalContext& context, const Regex& regex, Span range);

// True when any of `regexes` matches inside `range`.
bool any_match(const EvalContext& context, const std::vector<const Regex*>& regexes, Span range);

// The span of the document's first non-empty line: where findings about
// something missing from the whole document land.
Span title_span(const Analysis& analysis);

}  // namespace legalint

// Internal: the arithmetic behind numerals — folding Chinese numeral
// characters, reading Arabic digits, applying 万/亿 multipliers, converting to
// fen — with every step checked for overflow. The grammars (grammar_def.h)
// call these from their semantic actions; nothing here knows about parsing.
#pragma once

#include <cstdint>
#include <string_view>

#include "facts/ast.h"
#include "facts/fact.h"

namespace legalint::facts {

// Adds one Chinese numeral character. Returns false, leaving `fold`
// untouched, when the character cannot continue a well-formed numeral
// (二三, 百 at the start, 万万, …); the parser then stops before it.
bool cn_step(ast::cn_fold& fold, const ast::cn_token& token);

// The value of a finished fold; false when the numeral is incomplete (一百零).
bool cn_finish(const ast::cn_fold& fold, ast::numeral& out);

// "120500", "120,500.00", "1.5" → value with the scale as written.
bool arabic_value(std::string_view digits, ast::numeral& out);

// Appends one digit after the decimal point (一点五: the 五).
bool append_fraction_digit(ast::numeral& n, int digit);

// 1.5 × 万 → 15000 (scale dropped where the multiplier makes it exact).
bool apply_multiplier(ast::numeral& n, std::int64_t multiplier);

// Exact yuan → fen; false for sub-fen amounts (1.234元) and overflow.
bool to_fen(const ast::numeral& n, std::int64_t& fen);

// n / base, e.g. 0.5 with base 100 → {5, 1000}. False on overflow.
bool to_ratio(const ast::numeral& n, std::int64_t base, Ratio& out);

// The numeral as an integer; false if it has a fractional part.
bool to_int(const ast::numeral& n, std::int64_t& out);

}  // namespace legalint::facts

// Internal attribute types of the facts grammars (facts/grammar_def.h): a
// numeral as parsed, before it becomes money, a duration or a ratio, and the
// running state that folds a Chinese numeral (十二万零五百) into a value.
// Not part of the stage's interface: callers use facts.h and fact.h.
#pragma once

#include <cstdint>

namespace legalint::facts::ast {

// A numeral as written: units / 10^scale, plus what a fact grammar needs to
// know about how it was written.
struct numeral {
  std::int64_t units = 0;
  int scale = 0;
  bool chinese = false;     // written with Chinese numeral characters
  bool capital = false;     // with at least one financial capital (壹 拾 …)
  bool plain_int4 = false;  // exactly four ASCII digits, nothing else: reads as a year (2024年)
};

// One character of a Chinese numeral.
enum class cn_kind : std::uint8_t {
  digit,       // 零〇一二两三…九, 壹贰…玖
  small_unit,  // 十百千, 拾佰仟
  big_unit,    // 万亿, 萬億
};

struct cn_token {
  cn_kind kind = cn_kind::digit;
  std::int64_t value = 0;
  bool capital = false;
};

// State while folding Chinese numeral characters left to right. See
// facts/numerals.cpp for the rules it enforces.
struct cn_fold {
  std::int64_t total = 0;       // what the closed 亿/万 groups are worth
  std::int64_t section = 0;     // the open group below 万, 0..9999
  int pending = -1;             // a digit not yet multiplied by a unit
  std::int64_t last_small = 10000;  // the last 十/百/千 in this group: the next must be smaller
  std::int64_t last_big = 0;        // the last 万/亿: the next must be smaller (0 = none yet)
  std::int64_t last_unit = 0;       // the last unit of either kind, for 三千五 = 3500
  bool after_zero = false;      // the previous character was 零: the next digit is in the ones place
  bool leading_zero = false;    // the numeral so far is just 零
  int tokens = 0;
  bool capital = false;
};

}  // namespace legalint::facts::ast

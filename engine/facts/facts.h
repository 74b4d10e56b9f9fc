// Stage 3 of the pipeline: normalized text → facts.
//
//   std::vector<legalint::Fact> facts = legalint::extract_facts(normalized_text);
//   for (const auto& fact : facts)
//     if (const auto* money = std::get_if<legalint::Money>(&fact.value)) …
//
// The input is NFKC-folded UTF-8 (see text/normalize.h): full-width digits
// and punctuation are already ASCII. A cheap scan finds the few places where
// a numeral starts; Boost.Spirit X3 grammars (facts/grammar.h) then parse
// only those short spans. Facts come back sorted by span, never overlapping.
// Ordinals (第一条), idioms (十分重要, 一些) and bare numbers without a unit
// yield nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "facts/fact.h"

namespace legalint {

std::vector<Fact> extract_facts(std::string_view normalized);

// Parses one numeral written in any style (120500, 1,234.5, 十二万零五百,
// 贰拾万, 两万, 二〇二四, 1.5万, 3千, 十二万五千) that spans all of `text`.
std::optional<Decimal> parse_numeral(std::string_view text);

// A party to the contract, from lines such as "甲方(出租方):某某村股份经济合作社".
struct Party {
  std::string role;  // "甲方", "乙方", "出租方", "承租方", "发包方", "招标人" …
  std::string name;  // what follows the colon, trimmed; "" when left blank
  Span span;         // of the whole "role: name" run, in normalized text
  std::string alias; // the other role given in brackets: 甲方(出租方) → "出租方"; "" if none
};

// Every "role: name" run in the text, in order; a role that appears twice
// (the parties block and the signature block) is reported twice.
std::vector<Party> extract_parties(std::string_view normalized);

}  // namespace legalint

// Declarations of the facts grammars (Boost.Spirit X3), laid out like X3's
// rexpr_full example: rules are declared here, defined in grammar_def.h and
// compiled once in grammar.cpp. Each rule parses one fact starting exactly at
// `first` over raw UTF-8 bytes, with no skipper:
//
//   const char* it = text.data() + offset;
//   legalint::Money money;
//   if (x3::parse(it, text.data() + text.size(), facts::money(), money)) …
//
// The scanner (scanner.cpp) decides where to try them.
#pragma once

#include <string_view>

#include <boost/spirit/home/x3.hpp>

#include "facts/ast.h"
#include "facts/fact.h"

namespace legalint::facts {

namespace x3 = boost::spirit::x3;

namespace grammar {

using iterator_type = const char*;
using context_type = x3::unused_type;  // plain x3::parse, no skipper

using numeral_type = x3::rule<class numeral_class, ast::numeral>;
using whole_numeral_type = x3::rule<class whole_numeral_class, ast::numeral>;
using money_type = x3::rule<class money_class, Money>;
using duration_type = x3::rule<class duration_class, Duration>;
using date_type = x3::rule<class date_class, Date>;
using date_range_type = x3::rule<class date_range_class, DateRange>;
using ratio_type = x3::rule<class ratio_class, Ratio>;
using quantity_type = x3::rule<class quantity_class, Quantity>;

BOOST_SPIRIT_DECLARE(numeral_type, whole_numeral_type, money_type, duration_type, date_type,
                     date_range_type, ratio_type, quantity_type)

}  // namespace grammar

// One numeral in any style, as a prefix of the input (120,500.00; 十二万; 1.5万).
grammar::numeral_type const& numeral();
// A numeral that must span the whole input; also accepts digit sequences (二〇二四).
grammar::whole_numeral_type const& whole_numeral();
grammar::money_type const& money();        // 人民币壹拾贰万元整, ¥120,500.00, 1.5万元
grammar::duration_type const& duration();  // 20年, 6个月, 一年半, 7个工作日
grammar::date_type const& date();          // 2024年3月1日, 2024-03-01, 3月1日
grammar::date_range_type const& date_range();  // 自2024年1月1日起至2033年12月31日止
grammar::ratio_type const& ratio();        // 2%, 百分之二, 三分之二
grammar::quantity_type const& quantity();  // 5人, 三名, 200平方米

inline bool parse_whole_numeral(std::string_view text, ast::numeral& out) {
  const char* first = text.data();
  return x3::parse(first, text.data() + text.size(), whole_numeral(), out) &&
         first == text.data() + text.size();
}

}  // namespace legalint::facts

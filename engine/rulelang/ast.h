// The syntax tree of a rule-pack file, as the grammar (grammar_def.h) builds
// it. Nodes derive from x3::position_tagged so that every value can be
// traced back to its place in the pack file for error messages.
//
// A pack file is a list of declarations:
//
//   pack lease {                      # one per file, first
//     title "集体资产租赁"
//     kinds lease
//     param max_term 20年 "租赁期限上限"
//   }
//   rule lease/term-over-20y {
//     severity error
//     check quantity {
//       fact term
//       near /租赁期限|租期/
//       over {max_term}
//     }
//     bad "租赁期限为二十五年。"
//   }
//
// Every line inside braces is an entry: a key and its values. What keys a
// check takes is the check kind's business (engine/check), not the grammar's.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <string>
#include <vector>

namespace legalint::rulelang::ast {

namespace x3 = boost::spirit::x3;

// The raw text between the delimiters; escapes are resolved when compiling.
struct String : x3::position_tagged { std::string raw; bool triple = false; };
struct Regex : x3::position_tagged { std::string raw; };
struct ParamRef : x3::position_tagged { std::string name; };  // {max_term}
struct Word : x3::position_tagged { std::string text; };      // error, sentence, civil-code/705
struct Literal : x3::position_tagged { std::string text; };   // 20年, 2%, 400万元, 三分之二

struct Value : x3::variant<String, Regex, ParamRef, Word, Literal>, x3::position_tagged {
  using base_type::base_type;
  using base_type::operator=;
};

struct Entry : x3::position_tagged {
  Word key;
  std::vector<Value> values;
};

struct CheckBlock : x3::position_tagged {
  Word kind;
  std::vector<Entry> entries;
};

struct RuleItem : x3::variant<CheckBlock, Entry> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Rule : x3::position_tagged {
  Word id;
  std::vector<RuleItem> items;
};

struct Pack : x3::position_tagged {
  Word id;
  std::vector<Entry> entries;
};

struct Declaration : x3::variant<Pack, Rule> {
  using base_type::base_type;
  using base_type::operator=;
};

struct File {
  std::vector<Declaration> declarations;
};

}  // namespace legalint::rulelang::ast

BOOST_FUSION_ADAPT_STRUCT(legalint::rulelang::ast::String, raw, triple)
BOOST_FUSION_ADAPT_STRUCT(legalint::rulelang::ast::Regex, raw)
BOOST_FUSION_ADAPT_STRUCT(legalint::rulelang::ast::ParamRef, name)
BOOST_FUSION_ADAPT_STRUCT(legalint::rulelang::ast::Word, text)
BOOST_FUSION_ADAPT_STRUCT(legalint::rulelang::ast::Literal, text)
BOOST_FUSION_ADAPT_STRUCT(legalint::rulelang::ast::Entry, key, values)
BOOST_FUSION_ADAPT_STRUCT(legalint::rulelang::ast::CheckBlock, kind, entries)
BOOST_FUSION_ADAPT_STRUCT(legalint::rulelang::ast::Rule, id, items)
BOOST_FUSION_ADAPT_STRUCT(legalint::rulelang::ast::Pack, id, entries)

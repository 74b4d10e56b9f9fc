// The rule-pack grammar (see ast.h for what it reads).
//
// Line ends matter: an entry is a key and its values on one line, so the
// skipper skips blanks and comments but never a line end. `>` marks points
// after which a missing part is an error; those raise expectation failures
// that parse.cpp turns into `pack:line:col: error: expected …`.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "rulelang/ast.h"
#include "rulelang/grammar.h"

namespace legalint::rulelang {

namespace grammar {

using x3::char_;
using x3::eoi;
using x3::eol;
using x3::lexeme;
using x3::lit;
using x3::raw;

// Records each node's source range in the position cache, for messages.
struct annotate_position {
  template <typename T, typename Iterator, typename Context>
  void on_success(Iterator const& first, Iterator const& last, T& ast, Context const& context) {
    x3::get<position_cache_tag>(context).get().annotate(ast, first, last);
  }
};

struct string_class : annotate_position {};
struct regex_class : annotate_position {};
struct param_class : annotate_position {};
struct word_class : annotate_position {};
struct literal_class : annotate_position {};
struct value_class : annotate_position {};
struct entry_class : annotate_position {};
struct check_class : annotate_position {};
struct rule_item_class;
struct rule_class : annotate_position {};
struct pack_class : annotate_position {};
struct declaration_class;

const x3::rule<string_class, ast::String> string = "string";
const x3::rule<regex_class, ast::Regex> regex = "regular expression";
const x3::rule<param_class, ast::ParamRef> param = "parameter reference";
const x3::rule<word_class, ast::Word> word = "word";
const x3::rule<literal_class, ast::Literal> literal = "quantity";
const x3::rule<value_class, ast::Value> value = "value";
const x3::rule<entry_class, ast::Entry> entry = "entry";
const x3::rule<check_class, ast::CheckBlock> check = "check block";
const x3::rule<rule_item_class, ast::RuleItem> rule_item = "rule entry";
const x3::rule<rule_class, ast::Rule> rule = "rule";
const x3::rule<pack_class, ast::Pack> pack = "pack";
const x3::rule<declaration_class, ast::Declaration> declaration = "declaration";

// Character classes spelled out: X3's alpha/blank call <cctype> on raw
// chars, which is undefined for the bytes of UTF-8 text.
const auto letter = char_("a-zA-Z");
const auto letter_or_digit = char_("a-zA-Z0-9");
const auto blank = char_(" \t");

const auto comment = lit('#') >> *(char_ - eol);
const auto skipper_def = blank | comment;

// A keyword is a whole word: "check" must not match the start of "checks".
const auto keyword = [](const char* word) { return lexeme[lit(word) >> !(letter_or_digit | char_("_-/."))]; };

// Named tokens: an expectation failure reports the name, which is what the
// pack's author reads ("expected '}' to close the block").
const x3::rule<struct close_quote_class> close_quote = "'\"' to end the string";
const x3::rule<struct close_slash_class> close_slash = "'/' to end the regular expression";
const x3::rule<struct close_param_class> close_param = "'}' to end the parameter name";
const x3::rule<struct open_brace_class> open_brace = "'{' after the name";
const x3::rule<struct close_brace_class> close_brace = "'}' to close the block, or a key at the start of the line";
const x3::rule<struct line_ends_class> line_ends = "the end of the line (one entry per line)";
const x3::rule<struct end_of_file_class> end_of_file = "a 'pack' or 'rule' declaration";
struct name_class : annotate_position {};
const x3::rule<name_class, ast::Word> name = "a name such as lease or lease/term-over-20y";
const auto close_quote_def = lit('"');
const auto close_slash_def = lit('/');
const auto close_param_def = lit('}');
const auto open_brace_def = lit('{');
const auto close_brace_def = lit('}');
const auto line_ends_def = +eol;
const auto end_of_file_def = eoi;
const auto triple_quote = lit("\"\"\"");
const auto string_def = lexeme[(triple_quote >> raw[*(char_ - triple_quote)] >> triple_quote >> x3::attr(true)) |
                               (('"' >> raw[*(('\\' >> (char_ - eol)) | (char_ - char_("\"\\\r\n")))] > close_quote) >> x3::attr(false))];
const auto regex_def = lexeme['/' >> raw[*(('\\' >> (char_ - eol)) | (char_ - char_("/\\\r\n")))] > close_slash];
const auto word_def = lexeme[raw[(letter | '_') >> *(letter_or_digit | char_("_./-"))]];
const auto param_def = lexeme['{' >> word_def > close_param];
const auto literal_def = lexeme[raw[+(char_ - char_(" \t\r\n{}\"#/"))]];
const auto value_def = string | regex | param | word | literal;
// A declaration keyword never starts an entry: a pack missing its '}' is
// reported at the next 'rule', not taken as an entry named "rule".
const auto entry_def = !(keyword("rule") | keyword("pack")) >> word >> *value;
const auto name_def = word_def;
const auto check_def = keyword("check") > name > open_brace > line_ends > *(entry > line_ends) > close_brace;
const auto rule_item_def = check | entry;
const auto rule_def = keyword("rule") > name > open_brace > line_ends > *(rule_item > line_ends) > close_brace;
const auto pack_def = keyword("pack") > name > open_brace > line_ends > *(entry > line_ends) > close_brace;
const auto declaration_def = pack | rule;
const auto file_def = *eol >> *(declaration >> (line_ends | &eoi)) > end_of_file;

BOOST_SPIRIT_DEFINE(close_quote, close_slash, close_param, open_brace, close_brace, line_ends, end_of_file, name)
BOOST_SPIRIT_DEFINE(string, regex, param, word, literal, value, entry, check, rule_item, rule, pack, declaration)

}  // namespace grammar

// The two rules declared in grammar.h.
const skipper_type skipper_rule = "blank or comment";
const file_type file_rule = "rule pack";
const auto skipper_rule_def = grammar::skipper_def;
const auto file_rule_def = grammar::file_def;
BOOST_SPIRIT_DEFINE(skipper_rule, file_rule)

}  // namespace legalint::rulelang

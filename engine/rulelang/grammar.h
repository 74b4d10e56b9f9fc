// The rule-pack grammar's declaration. The rules are defined in
// grammar_def.h and instantiated once, in grammar.cpp, so that the heavy
// Spirit templates compile in one translation unit.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <string>

#include "rulelang/ast.h"

namespace legalint::rulelang {

namespace x3 = boost::spirit::x3;

using Iterator = std::string::const_iterator;
using PositionCache = x3::position_cache<std::vector<Iterator>>;

// Blanks and # comments are skipped; line ends are not: they end entries.
struct skipper_class;
using skipper_type = x3::rule<skipper_class>;
BOOST_SPIRIT_DECLARE(skipper_type)

struct file_class;
using file_type = x3::rule<file_class, std::vector<ast::Declaration>>;
BOOST_SPIRIT_DECLARE(file_type)

// The error-handler tag: annotate_on_success needs the cache in the context.
struct position_cache_tag;

using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type = x3::context<position_cache_tag, std::reference_wrapper<PositionCache>, phrase_context_type>;

const file_type& file_grammar();
const skipper_type& skipper();

}  // namespace legalint::rulelang

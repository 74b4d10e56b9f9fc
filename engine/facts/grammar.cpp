// Compiles the facts grammars once (see grammar_def.h); other files include
// only the declarations in grammar.h.
#include "facts/grammar_def.h"

namespace legalint::facts::grammar {

BOOST_SPIRIT_INSTANTIATE(numeral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(whole_numeral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(money_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(duration_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_range_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(ratio_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)

}  // namespace legalint::facts::grammar

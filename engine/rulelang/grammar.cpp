// Instantiates the rule-pack grammar once (see grammar_def.h).
#include "rulelang/grammar_def.h"

namespace legalint::rulelang {

BOOST_SPIRIT_INSTANTIATE(skipper_type, Iterator, x3::unused_type)
BOOST_SPIRIT_INSTANTIATE(file_type, Iterator, context_type)

const file_type& file_grammar() { return file_rule; }
const skipper_type& skipper() { return skipper_rule; }

}  // namespace legalint::rulelang

// Whether a regex can match text that contains a line break.
//
//   may_match_newline("定金[^\\n。]{0,8}不予退还")   // false: every match lies inside one line
//   may_match_newline("定金[^。]{0,8}不予退还")      // true: [^。] takes '\n' too
//   may_match_newline("甲方\\s*乙方")                // true: \s takes '\n'
//
// A regex that cannot is searched only on the lines where its literal atoms
// occur (prefilter.h), which is most of the speed of a review. The answer is
// read off the pattern's text and errs one way only: "true" for anything it
// cannot rule out (an unusual escape, a class it cannot read, (?s)), so a
// regex is never wrongly confined to one line.
#pragma once

#include <string_view>

namespace legalint {

bool may_match_newline(std::string_view pattern);

}  // namespace legalint

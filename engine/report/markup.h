// Escaping for the XML and HTML sinks (junit, html), written once.
//
//   out << "<td title=\"" << escape_markup(rule.title) << "\">";
//
// escape_markup makes any UTF-8 string safe as XML or HTML character data
// and as a double- or single-quoted attribute value: & < > " ' become
// entities, and the control characters XML 1.0 forbids (all of C0 but tab,
// line feed and carriage return) are dropped, so no input breaks a report.
#pragma once

#include <string>
#include <string_view>

namespace legalint {

std::string escape_markup(std::string_view text);

// Percent-encodes a path as a relative URI reference (RFC 3986): unreserved
// characters and '/' stay, every other byte (Chinese file names included)
// becomes %XX. "./a b/租.txt" → "a%20b/%E7%A7%9F.txt".
std::string path_to_uri(std::string_view path);

}  // namespace legalint

// .docx text extraction for the load stage: libzip opens the archive from
// memory, pugixml parses word/document.xml, and a walk over the body turns
// every paragraph (w:p) into one line.
//
// Internal to engine/load; load.h is the public interface.
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "load/load.h"

namespace legalint::load_internal {

// The text of the main document part, one line per w:p in body order (table
// cells and text boxes included), joined by "\n". Errors are input errors for
// `path`: "broken-zip", "not-docx", "encrypted", "zip-bomb", "malformed-xml".
// Does not check for an empty result; the caller does.
Outcome<std::string> extract_docx_text(const std::string& path, std::string_view bytes, const LoadOptions& options);

}  // namespace legalint::load_internal

// The files a command was given: files as they are, folders searched
// recursively for .txt, .md and .docx (sorted, so a batch's order is the same
// every time), "-" for standard input.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace legalint::cli {

struct Inputs {
  std::vector<std::string> files;   // in order; "-" is standard input
  std::vector<Error> errors;        // paths that do not exist or cannot be listed
};

// `skip` (if set) is asked about each file found in a folder — a file named
// on the command line is always reviewed — and returns true to leave it out
// (legalint.toml's [files] exclude).
Inputs collect_inputs(const std::vector<std::string>& paths, const std::function<bool(const std::string&)>& skip = {});

bool is_reviewable_extension(std::string_view path);

}  // namespace legalint::cli

// The files a command was given: files as they are, folders searched
// recursively for .txt, .md and .docx (sorted, so a batch's order is the same
// every time), "-" for standard input.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"

namespace legalint::cli {

struct Inputs {
  std::vector<std::string> files;   // in order; "-" is standard input
  std::vector<Error> errors;        // paths that do not exist or cannot be listed
};

Inputs collect_inputs(const std::vector<std::string>& paths);

bool is_reviewable_extension(const std::string& path);

}  // namespace legalint::cli

#include "inputs.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace legalint::cli {

bool is_reviewable_extension(std::string_view path) {
  // By hand, not with fs::path: a folder of 10,000 files asks 10,000 times,
  // and parsing each path into its parts was a sixth of the listing.
  const auto dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos || dot == 0 || path[dot - 1] == '/') return false;
  std::string ext(path.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".md" || ext == ".docx";
}

Inputs collect_inputs(const std::vector<std::string>& paths, const std::function<bool(const std::string&)>& skip) {
  Inputs inputs;
  for (const auto& path : paths) {
    std::error_code error;
    if (path == "-" || !fs::is_directory(path, error)) {
      inputs.files.push_back(path);  // a missing file is reported by the loader, with the others
      continue;
    }
    std::vector<std::string> found;
    // Symlinked folders are not followed: a link loop must not hang a batch.
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error), end;
    if (error) {
      inputs.errors.push_back(input_error("unreadable-folder", path, "cannot list the folder: " + error.message()));
      continue;
    }
    for (; it != end; it.increment(error)) {
      if (error) {
        inputs.errors.push_back(input_error("unreadable-folder", path, "cannot list part of the folder: " + error.message()));
        break;
      }
      std::error_code type_error;
      if (it->is_directory(type_error)) continue;
      const std::string& file = it->path().native();
      if (is_reviewable_extension(file)) found.push_back(file);
    }
    std::sort(found.begin(), found.end());
    if (skip) std::erase_if(found, skip);
    inputs.files.insert(inputs.files.end(), found.begin(), found.end());
  }
  return inputs;
}

}  // namespace legalint::cli

#include "eval/bases.h"

#include <toml++/toml.h>

namespace legalint {

Outcome<BasisIndex> BasisIndex::load(const std::string& path) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& error) {
    const auto& where = error.source().begin;
    return config_error("bases-syntax", path,
                        std::to_string(where.line) + ":" + std::to_string(where.column) + ": " + std::string(error.description()));
  }
  BasisIndex index;
  const auto* laws = table["laws"].as_table();
  const auto* entries = table["basis"].as_array();
  if (!laws || !entries) return config_error("bases-shape", path, "expected [laws.*] tables and [[basis]] entries");
  for (const auto& node : *entries) {
    const auto* entry = node.as_table();
    if (!entry) return config_error("bases-shape", path, "a [[basis]] entry is not a table");
    Basis basis;
    basis.id = (*entry)["id"].value_or(std::string());
    const std::string law_key = (*entry)["law"].value_or(std::string());
    basis.article = (*entry)["article"].value_or(std::string());
    basis.paraphrase = (*entry)["paraphrase"].value_or(std::string());
    basis.note = (*entry)["note"].value_or(std::string());
    const auto* law = (*laws)[law_key].as_table();
    if (basis.id.empty() || !law)
      return config_error("bases-shape", path, "basis '" + basis.id + "' names no id or an unknown law '" + law_key + "'");
    basis.law = (*law)["name"].value_or(std::string());
    basis.version = (*law)["version"].value_or(std::string());
    if (!index.bases_.emplace(basis.id, basis).second)
      return config_error("bases-duplicate", path, "basis '" + basis.id + "' is listed twice");
  }
  return index;
}

const Basis* BasisIndex::find(const std::string& id) const {
  const auto it = bases_.find(id);
  return it == bases_.end() ? nullptr : &it->second;
}

}  // namespace legalint

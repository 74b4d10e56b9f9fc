// The index of legal bases (seeds/bases.toml): the articles rules cite.
//
//   auto bases = BasisIndex::load("seeds/bases.toml");
//   const Basis* b = bases.value().find("civil-code/705");
//   b->citation();   // "《中华人民共和国民法典》第七百零五条"
#pragma once

#include <map>
#include <string>

#include "base/error.h"

namespace legalint {

struct Basis {
  std::string id;          // "civil-code/705"
  std::string law;         // "中华人民共和国民法典"
  std::string version;     // the law's version or date
  std::string article;     // "第七百零五条"
  std::string paraphrase;  // this project's own one-line summary
  std::string note;        // a caveat, if any

  std::string citation() const { return "《" + law + "》" + article; }
};

class BasisIndex {
 public:
  static Outcome<BasisIndex> load(const std::string& path);

  const Basis* find(const std::string& id) const;
  const std::map<std::string, Basis>& all() const { return bases_; }

 private:
  std::map<std::string, Basis> bases_;
};

}  // namespace legalint

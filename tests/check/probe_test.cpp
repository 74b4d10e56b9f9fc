#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include "check_support.h"
using namespace legalint;
TEST_CASE("probe corpus", "[.probe]") {
  struct R { const char* id; const char* kind; const char* body; };
  std::vector<R> rules = {
    {"lease/term-over-20y", "quantity", "fact term\nnear /租赁期限|租期|承包期|流转期|承包期限|流转期限/\nover 20年"},
    {"lease/term-dates-mismatch", "consistency", "compare term-dates\nnear /租赁期限|租期|承包期|流转期|承包期限|流转期限/"},
    {"contract/amount-words-mismatch", "consistency", "compare amount-words"},
  };
  std::vector<std::pair<std::string, std::unique_ptr<testing::MadeCheck>>> made;
  for (auto& r : rules) { auto m = std::make_unique<testing::MadeCheck>(testing::make_check(r.kind, r.body)); REQUIRE(m->check); made.emplace_back(r.id, std::move(m)); }
  auto corpus = testing::make_check("corpus", "detect overlap\nkey /坐落于|位于|坐落在/\nperiod /租赁期限|租期|承包期|流转期/");
  REQUIRE(corpus.check);
  std::vector<std::string> dirs = {"corpus/leases", "corpus/contracts", "corpus/tender", "corpus/decisions"};
  std::vector<std::filesystem::path> files;
  for (auto& d : dirs) for (auto& e : std::filesystem::directory_iterator(std::string(LEGALINT_SOURCE_DIR) + "/" + d)) if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::optional<CorpusEntry>> entries; std::vector<int> lines;
  for (auto& f : files) {
    std::ifstream in(f); std::stringstream ss; ss << in.rdbuf();
    auto a = testing::analyze_text(ss.str());
    std::ifstream ex(f.string().substr(0, f.string().size() - 4) + ".expected"); std::string line, expected;
    while (std::getline(ex, line)) if (!line.empty() && line[0] != '#') expected += line + "; ";
    for (auto& [id, m] : made) {
      for (auto& h : testing::run(*m->check, a)) {
        std::cout << f.filename().string() << ":" << a.locate(h.span).start.line << " " << id;
        for (auto& [k, v] : h.values) std::cout << " " << k << "=" << v;
        std::cout << "\n";
      }
      if (expected.find(id) != std::string::npos) {
        std::string all = expected; std::size_t p = 0;
        std::cout << "   EXPECTED " << f.filename().string() << ": " << expected << "\n";
      }
    }
    auto e = corpus.check->summarize(EvalContext{a, testing::calendar()});
    if (e) { e->path = f.filename().string(); lines.push_back(a.locate(e->anchor.span).start.line); }
    entries.push_back(std::move(e));
  }
  std::vector<const CorpusEntry*> ptrs; std::vector<std::size_t> idx;
  for (std::size_t i = 0; i < entries.size(); ++i) if (entries[i]) { ptrs.push_back(&*entries[i]); idx.push_back(i); }
  std::vector<CorpusHit> hits; corpus.check->evaluate_corpus(ptrs, hits);
  for (auto& h : hits) std::cout << ptrs[h.document]->path << " double-lease other=" << h.values[0].second << " keys=" << ptrs[h.document]->keys[0] << "\n";
}

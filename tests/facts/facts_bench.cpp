// facts_bench: throughput of extract_facts on the corpus, against a baseline
// run in the same process over the same bytes (RE2 finding every digit run),
// as DESIGN.md asks. Not a test: run it by hand after changing the scanner.
//
//   build/tests/facts/facts_bench [files…]   (default: every corpus/*/*.txt)
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "facts/facts.h"

namespace {

std::string nfkc(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return utf8;
  const icu::UnicodeString folded = normalizer->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  std::string out;
  if (U_FAILURE(status)) return utf8;
  folded.toUTF8String(out);
  return out;
}

template <typename F>
double seconds(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.empty()) {
    for (const auto& dir : std::filesystem::directory_iterator(std::string(LEGALINT_SOURCE_DIR) + "/corpus"))
      if (dir.is_directory())
        for (const auto& file : std::filesystem::directory_iterator(dir.path()))
          if (file.path().extension() == ".txt") paths.push_back(file.path().string());
  }
  std::string sample;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    sample += nfkc(buffer.str());
    sample += '\n';
  }
  if (sample.size() < 2) {
    std::cerr << "facts_bench: no input\n";
    return 1;
  }
  std::string text;
  while (text.size() < (32u << 20)) text += sample;  // 32 MB, fed in 1 MB documents
  constexpr std::size_t kDocument = 1u << 20;

  std::size_t facts = 0;
  const double facts_s = seconds([&] {
    for (std::size_t at = 0; at < text.size(); at += kDocument)
      facts += legalint::extract_facts(std::string_view(text).substr(at, kDocument)).size();
  });
  std::size_t runs = 0;
  const RE2 digits("[0-9]+");
  const double re2_s = seconds([&] {
    for (std::size_t at = 0; at < text.size(); at += kDocument) {
      re2::StringPiece input(text.data() + at, std::min(kDocument, text.size() - at));
      while (RE2::FindAndConsume(&input, digits)) ++runs;
    }
  });
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::cout << "input      " << mb << " MB from " << paths.size() << " files\n"
            << "facts      " << mb / facts_s << " MB/s (" << facts << " facts)\n"
            << "re2 [0-9]+ " << mb / re2_s << " MB/s (" << runs << " digit runs), baseline\n"
            << "ratio      " << re2_s / facts_s << "\n";
  return 0;
}

// collect_inputs (cli/inputs.cpp): which files of a folder a batch reviews,
// in what order.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "files.h"
#include "inputs.h"

using namespace legalint;
using namespace legalint::test;

TEST_CASE("reviewable files are told by their extension, in any case") {
  for (const char* path : {"a.txt", "合同.TXT", "dir/b.md", "./c.Docx", "x.y/租赁.txt", "a..txt"}) {
    INFO(path);
    CHECK(cli::is_reviewable_extension(path));
  }
  for (const char* path : {"a.doc", "a.txt.bak", "README", "dir.txt/file", ".txt", "dir/.md", "a.", "", "txt"}) {
    INFO(path);
    CHECK_FALSE(cli::is_reviewable_extension(path));
  }
}

TEST_CASE("a folder's reviewable files are listed sorted, and the skipped left out") {
  const std::string root = temp_dir("inputs");
  for (const char* name : {"b.txt", "a.md", "c.pdf", "sub/z.docx", "sub/skip.txt", "sub/.hidden.txt.swp", ".md"})
    write_text_file(root + "/" + name, "x");
  std::filesystem::create_directories(root + "/folder.txt");  // a folder named like a file is not one
  const auto inputs = cli::collect_inputs({root, "missing.txt"}, [](const std::string& file) { return file.ends_with("skip.txt"); });
  CHECK(inputs.errors.empty());
  CHECK(inputs.files == std::vector<std::string>{root + "/a.md", root + "/b.txt", root + "/sub/z.docx", "missing.txt"});
}

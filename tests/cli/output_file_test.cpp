// write_file_atomically (cli/output_file.cpp): a report or baseline appears
// whole under its name, or not at all.
#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "files.h"
#include "output_file.h"

using namespace legalint;
using namespace legalint::test;

TEST_CASE("a report written atomically appears whole, and a writer that throws leaves nothing") {
  const std::string folder = temp_dir("output-file");
  const std::string target = folder + "/report.txt";
  CHECK_FALSE(cli::write_file_atomically(target, std::string("审查报告\n")));
  CHECK(read_all(target) == "审查报告\n");

  // A sink that fails halfway: the old report stays, and no temporary file is left beside it.
  CHECK_THROWS_WITH(cli::write_file_atomically(target,
                                               [](std::ostream& out) {
                                                 out << "half";
                                                 throw std::runtime_error("cannot read the findings spill file");
                                               }),
                    "cannot read the findings spill file");
  CHECK(read_all(target) == "审查报告\n");
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++entries;
  CHECK(entries == 1);
}

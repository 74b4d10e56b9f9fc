// `legalint meeting --format html|sarif|junit` end to end, each checked
// against the verdicts of `--format json` for the same package (and those
// against the corpus's expected verdicts), so a format that drops or
// inverts a verdict fails:
// - html: the golden checklist (corpus/meetings/expected/<package>.golden.html,
//   <package>.unapproved.html written beside it on a mismatch), one section
//   per item with its verdict, a ✗ per missing material, every reason's
//   place; escaped, self-contained, the same for any --jobs, and it opens in
//   headless Chromium;
// - sarif: valid against the SARIF 2.1.0 schema, verdicts in run.properties;
// - junit: one testcase per item, a failure exactly for the NOT READY ones.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "../report/external_tools.h"
#include "meeting_support.h"

using namespace legalint::meeting_test;
namespace fs = std::filesystem;

namespace {

struct Package {
  std::string name;
  std::vector<bool> ready;  // the expected verdict of each item (corpus/meetings/README.md)
};

const std::vector<Package>& packages() {
  static const std::vector<Package> all = {
      {"M1-road-maintenance-ready", {true, true, true}},
      {"M2-sewage-plan-not-ready", {false, true}},
      {"M3-village-leases-inferred", {true, false}},
  };
  return all;
}

Package package_named(const std::string& name) {
  for (const auto& p : packages())
    if (p.name == name) return p;
  FAIL("no package " << name);
  return {};
}

// The package's verdicts as `--format json` gives them, checked against the corpus's.
nlohmann::json json_items(const Package& package) {
  const Run run = run_legalint("meeting corpus/meetings/" + package.name + " --format json");
  const auto json = nlohmann::json::parse(run.out);
  REQUIRE(json["items"].size() == package.ready.size());
  for (std::size_t i = 0; i < package.ready.size(); ++i) REQUIRE(json["items"][i]["ready"] == package.ready[i]);
  return json["items"];
}

std::string between(const std::string& text, const std::string& from, const std::string& to) {
  const auto begin = text.find(from);
  if (begin == std::string::npos) return "";
  const auto end = text.find(to, begin + from.size());
  return text.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

std::string html_escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::vector<std::string> package_names() {
  std::vector<std::string> names;
  for (const auto& p : packages()) names.push_back(p.name);
  return names;
}

}  // namespace

TEST_CASE("meeting html: each corpus package gives its golden checklist", "[cli][html][golden]") {
  const Package package = package_named(GENERATE(from_range(package_names())));
  const Run run = run_legalint("meeting corpus/meetings/" + package.name + " --format html --jobs 2");
  const bool all_ready = std::find(package.ready.begin(), package.ready.end(), false) == package.ready.end();
  CHECK(run.exit_code == (all_ready ? 0 : 1));
  const std::string expected_dir = LEGALINT_SOURCE_DIR "/corpus/meetings/expected/";
  const std::string expected = read_all(expected_dir + package.name + ".golden.html");
  if (run.out != expected) write_text_file(expected_dir + package.name + ".unapproved.html", run.out);
  CHECK(run.out == expected);
}

TEST_CASE("meeting html: one section per item with its verdict, its missing materials crossed and every reason's place",
          "[cli][html]") {
  const Package package = package_named(GENERATE(from_range(package_names())));
  const auto items = json_items(package);
  const std::string html = run_legalint("meeting corpus/meetings/" + package.name + " --format html").out;
  CHECK(occurrences(html, "<section class=\"item ") == items.size());
  for (const auto& item : items) {
    const std::string number = std::to_string(item["number"].get<int>());
    const std::string section = between(html, "<section class=\"item " + std::string(item["ready"] ? "ready" : "not-ready") +
                                                  "\" id=\"item-" + number + "\">",
                                        "</section>");
    INFO("item " << number << ": " << item["title"]);
    REQUIRE_FALSE(section.empty());
    CHECK(section.find(html_escaped(item["title"])) != std::string::npos);
    CHECK(section.find(item["ready"] ? "可以上会" : "暂缓上会") != std::string::npos);
    CHECK(occurrences(section, "<tr class=\"gap\">") == item["missing"].size());
    CHECK(occurrences(section, "<tr class=\"ok\">") + item["missing"].size() == item["required"].size());
    for (const auto& reason : item["reasons"]) {
      const std::string path = reason["path"];
      const std::string where = reason["line"] == 0 ? path
                                                    : path + ":" + std::to_string(reason["line"].get<int>()) + ":" +
                                                          std::to_string(reason["column"].get<int>());
      CHECK(section.find("<span class=\"where\">" + html_escaped(where) + "</span>") != std::string::npos);
      CHECK(section.find(html_escaped(reason["message"])) != std::string::npos);
    }
    CHECK((section.find("暂缓上会的原因") != std::string::npos) == !item["ready"].get<bool>());
  }
}

TEST_CASE("meeting html: every text is escaped, nothing is loaded, no script, same bytes for any --jobs", "[cli][html]") {
  const std::string dir = temp_dir("html-escape");
  fs::create_directories(dir + "/m/a");
  write_text_file(dir + "/m/a/合同<b>.txt", "保洁服务合同\n第一条 甲方:静海镇人民政府\n");
  write_text_file(dir + "/m/meeting.toml",
            "title = \"<script>alert('x')</script> & 会议\"\ndate = 2024-07-03\n"
            "[[items]]\ntitle = \"合同 \\\"<i onclick=x>\\\"\"\ntype = \"contract\"\nmaterials = [\"a/合同<b>.txt\"]\n");
  const Run one = run_legalint("meeting m --format html --jobs 1", dir);
  CHECK(one.exit_code == 1);  // the contract has no legality review opinion
  const std::string& html = one.out;
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 会议") != std::string::npos);
  CHECK(html.find("合同 &quot;&lt;i onclick=x&gt;&quot;") != std::string::npos);
  CHECK(html.find("a/合同&lt;b&gt;.txt") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<i ") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  legalint::test::require_self_contained(html);
  CHECK(run_legalint("meeting m --format html --jobs 4", dir).out == html);
  fs::remove_all(dir);
}

TEST_CASE("meeting html: the checklist opens in headless Chromium without console errors", "[cli][html][browser]") {
  const std::string dir = legalint::test::temp_dir("meeting-html");
  const Run run = run_legalint("meeting corpus/meetings/M3-village-leases-inferred --format html -o " + shell_quote(dir + "/gate.html"));
  CHECK(run.exit_code == 1);
  const auto result = legalint::test::open_in_chromium(dir + "/gate.html", dir + "/gate.png");
  INFO(result.log);
  CHECK(result.console.empty());
  CHECK(result.screenshot);
  fs::remove_all(dir);
}

TEST_CASE("meeting sarif: valid SARIF 2.1.0 with each item's verdict in run.properties", "[cli][sarif][schema]") {
  const Package package = package_named(GENERATE(from_range(package_names())));
  const auto items = json_items(package);
  const std::string dir = legalint::test::temp_dir("meeting-sarif");
  const std::string path = dir + "/gate.sarif";
  const Run run = run_legalint("meeting corpus/meetings/" + package.name + " --format sarif -o " + shell_quote(path));
  legalint::test::require_valid_sarif(path);

  const auto sarif = nlohmann::json::parse(read_all(path));
  const auto& meeting = sarif["runs"][0]["properties"]["legalint/meeting"];
  REQUIRE(meeting["items"].size() == items.size());
  CHECK(meeting["ready"] == (run.exit_code == 0));
  for (std::size_t i = 0; i < items.size(); ++i) {
    INFO("item " << i + 1);
    CHECK(meeting["items"][i]["number"] == items[i]["number"]);
    CHECK(meeting["items"][i]["ready"] == items[i]["ready"]);
    CHECK(meeting["items"][i]["verdict"] == (items[i]["ready"] ? "可以上会" : "暂缓上会"));
    CHECK(meeting["items"][i]["missing"] == items[i]["missing"]);
    CHECK(meeting["items"][i]["reasons"] == items[i]["reasons"]);
  }
  // Each result of an item's file names that item.
  std::size_t item_findings = 0;
  for (const auto& item : items)
    for (const auto& file : item["files"])
      if (file.contains("findings")) item_findings += file["findings"].size();
  std::size_t tagged = 0;
  for (const auto& result : sarif["runs"][0]["results"])
    if (result["properties"].contains("item")) {
      ++tagged;
      CHECK(result["properties"]["item"].get<std::size_t>() >= 1);
      CHECK(result["properties"]["item"].get<std::size_t>() <= items.size());
    }
  CHECK(tagged == item_findings);
  fs::remove_all(dir);
}

TEST_CASE("meeting junit: one testcase per item, failing exactly when the item is NOT READY", "[cli][junit]") {
  const Package package = package_named(GENERATE(from_range(package_names())));
  const auto items = json_items(package);
  const Run run = run_legalint("meeting corpus/meetings/" + package.name + " --format junit");
  pugi::xml_document xml;
  REQUIRE(xml.load_string(run.out.c_str()));
  const auto suite = xml.child("testsuites").child("testsuite");
  REQUIRE(suite);
  std::vector<pugi::xml_node> cases;
  for (const auto node : suite.children("testcase")) cases.push_back(node);
  REQUIRE(cases.size() == items.size());
  std::size_t not_ready = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    INFO("item " << i + 1);
    const std::string title = items[i]["title"];
    CHECK(std::string(cases[i].attribute("name").value()).find(title) != std::string::npos);
    const auto failure = cases[i].child("failure");
    CHECK(static_cast<bool>(failure) == !items[i]["ready"].get<bool>());
    if (!failure) continue;
    ++not_ready;
    const std::string message = failure.attribute("message").value();
    const std::string body = failure.text().get();
    for (const auto& reason : items[i]["reasons"]) {
      CHECK(message.find(reason["message"].get<std::string>()) != std::string::npos);
      CHECK(body.find(reason["path"].get<std::string>()) != std::string::npos);
    }
  }
  CHECK(suite.attribute("tests").as_ullong() == items.size());
  CHECK(suite.attribute("failures").as_ullong() == not_ready);
  CHECK(xml.child("testsuites").attribute("failures").as_ullong() == not_ready);
}

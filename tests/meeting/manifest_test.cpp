// meeting.toml parsing and its errors, material classification, inference
// from a folder, --write-manifest's text, required materials and
// [meeting.requires], and working days across China's holidays.
#include <catch2/catch.hpp>

#include "meeting/meeting.h"
#include "meeting_support.h"

using namespace legalint;
using namespace legalint::meeting_test;

namespace {

const char* kManifest = R"toml(title = "静海镇党政联席会议(2024年第18期)"
date = 2024-10-08
attendees = ["杨帆(镇司法所所长)"]
materials = ["会议通知.txt"]

[[items]]
title = "污水治理方案"
type = "major-decision"
technical = true
review-requested = 2024-09-26
materials = [
  "议题一/起草说明.txt",
  { file = "议题一/审查.txt", kind = "legality-review" },
]

[[items]]
title = "汇报"
type = "report"
)toml";

std::string error_of(const std::string& text) {
  Manifest m;
  const auto error = parse_manifest_text(text, "m/meeting.toml", m);
  return error ? error->to_string() : "";
}

}  // namespace

TEST_CASE("a manifest gives the title, date, attendees and items with their materials", "[manifest]") {
  Manifest m;
  REQUIRE_FALSE(parse_manifest_text(kManifest, "m/meeting.toml", m));
  CHECK(m.title == "静海镇党政联席会议(2024年第18期)");
  REQUIRE(m.date);
  CHECK(*m.date == date(2024, 10, 8));
  CHECK(m.date_place.line == 2);
  CHECK(m.attendees == std::vector<std::string>{"杨帆(镇司法所所长)"});
  REQUIRE(m.materials.size() == 1);
  CHECK_FALSE(m.materials[0].kind);
  REQUIRE(m.items.size() == 2);
  const Item& item = m.items[0];
  CHECK(item.title == "污水治理方案");
  CHECK(item.type == ItemType::major_decision);
  CHECK(item.technical == std::optional<bool>(true));
  CHECK_FALSE(item.market);
  CHECK(item.review_requested == std::optional<Date>(date(2024, 9, 26)));
  CHECK(item.place.line == 6);
  CHECK(item.materials_place.line == 11);
  REQUIRE(item.materials.size() == 2);
  CHECK(item.materials[0].file == "议题一/起草说明.txt");
  CHECK_FALSE(item.materials[0].kind);
  CHECK(item.materials[0].place.line == 12);
  CHECK(item.materials[1].kind == std::optional<MaterialKind>(MaterialKind::legality_review));
  CHECK(m.items[1].type == ItemType::report);
  CHECK(m.items[1].materials.empty());
  CHECK(m.source_lines.at(1) == "date = 2024-10-08");
}

TEST_CASE("manifest mistakes are reported at their line and column", "[manifest]") {
  using Case = std::pair<std::string, std::string>;
  const auto [text, expected] = GENERATE(table<std::string, std::string>({
      Case{"title = \"x\"\n[[items]]\ntitle = \"a\"\ntype = \"major\"\nmaterials = []\n",
           "m/meeting.toml:4:8: 未知的议题类型 'major'(可用:major-decision、sanzhong-yida、village-asset、contract、report)"},
      Case{"title = \"x\"\n[[items]]\ntitle = \"a\"\ntype = \"contract\"\nmaterials = [{ file = \"a.txt\", kind = \"review\" }]\n",
           "m/meeting.toml:5:39: 未知的材料种类 'review'(可用:draft、drafting-notes、public-participation、expert-opinion、"
           "risk-assessment、legality-review、fair-competition-review、assembly-resolution、legal-adviser-opinion、contract、notice、other)"},
      Case{"title = \"x\"\nwhen = 2024-10-08\n",
           "m/meeting.toml:2:1: 未知的键 'when'(可用:title、date、attendees、materials、[[items]])"},
      Case{"title = \"x\"\ndate = \"10月8日\"\n[[items]]\ntitle = \"a\"\ntype = \"report\"\n",
           "m/meeting.toml:2:8: date 应为日期,写作 date = 2024-10-08(不加引号)"},
      Case{"date = 2024-10-08\n[[items]]\ntitle = \"a\"\ntype = \"report\"\n",
           "m/meeting.toml:1:1: 缺少 title(会议名称),例如 title = \"静海镇党政联席会议(2024年第18期)\""},
      Case{"title = \"x\"\n", "m/meeting.toml:1:1: 没有议题:每个议题写作一个 [[items]] 表,含 title、type 和 materials"},
      Case{"title = \"x\"\n[[items]]\ntitle = \"a\"\ntype = \"contract\"\n",
           "m/meeting.toml:2:1: 议题“a”缺少 materials(没有材料时写 materials = [])"},
      Case{"title = \"x\"\n[[items]]\ntitle = \"a\"\ntype = \"contract\"\nmaterials = [\"../secret.txt\"]\n",
           "m/meeting.toml:5:14: 材料路径 '../secret.txt' 应为会议文件夹内的相对路径"},
      Case{"title = \"x\"\n[[items]]\ntitle = \"a\"\ntype = \"contract\"\nmaterials = [\"a.txt\"]\nowner = \"me\"\n",
           "m/meeting.toml:6:1: 议题中未知的键 'owner'(可用:title、type、materials、technical、market、review-requested)"},
  }));
  CHECK(error_of(text) == expected);
}

TEST_CASE("a TOML syntax error names its line", "[manifest]") {
  const std::string error = error_of("title = \"x\"\n[[items]\n");
  CHECK(error.rfind("m/meeting.toml:2:", 0) == 0);
  CHECK(error.find("TOML 语法错误") != std::string::npos);
}

TEST_CASE("materials are classified by file name, then by title", "[classify]") {
  using Case = std::tuple<std::string, std::string, MaterialKind>;
  const auto [name, title, kind] = GENERATE(table<std::string, std::string, MaterialKind>({
      Case{"议题一/起草说明.txt", "", MaterialKind::drafting_notes},
      Case{"合法性审查意见书.txt", "", MaterialKind::legality_review},
      Case{"征求意见情况报告.docx", "", MaterialKind::public_participation},
      Case{"方案(征求意见稿).txt", "", MaterialKind::draft},
      Case{"专家论证意见.txt", "", MaterialKind::expert_opinion},
      Case{"社会稳定风险评估报告.md", "", MaterialKind::risk_assessment},
      Case{"公平竞争审查表.txt", "", MaterialKind::fair_competition},
      Case{"村民代表会议决议.txt", "", MaterialKind::assembly_resolution},
      Case{"法律意见书.txt", "", MaterialKind::legal_adviser_opinion},
      Case{"鱼塘租赁合同.txt", "", MaterialKind::contract},
      Case{"会议通知.txt", "", MaterialKind::notice},
      Case{"附件3.txt", "关于东滩头村集体鱼塘出租事项的法律意见书", MaterialKind::legal_adviser_opinion},
      Case{"附件4.txt", "静海镇村道日常养护管理方案（草案）", MaterialKind::draft},
      Case{"附件5.txt", "某某情况", MaterialKind::other},
  }));
  std::string reason;
  CHECK(classify_material(name, title, &reason) == kind);
  CHECK_FALSE(reason.empty());
}

TEST_CASE("without a manifest, each subfolder is an item, typed by its materials", "[infer]") {
  const std::string dir = LEGALINT_SOURCE_DIR "/corpus/meetings/M3-village-leases-inferred";
  const Manifest m = infer_manifest(dir, "M3");
  CHECK(m.inferred);
  CHECK(m.title == "镇党政联席会议");  // from the notice's title
  REQUIRE(m.date);
  CHECK(*m.date == date(2024, 3, 14));
  REQUIRE(m.materials.size() == 1);
  CHECK(m.materials[0].kind == std::optional<MaterialKind>(MaterialKind::notice));
  REQUIRE(m.items.size() == 2);
  CHECK(m.items[0].title == "东滩头村鱼塘出租");
  CHECK(m.items[0].folder == "01-东滩头村鱼塘出租");
  CHECK(m.items[0].type == ItemType::village_asset);
  REQUIRE(m.items[0].materials.size() == 3);
  CHECK(m.items[0].materials[0].file == "01-东滩头村鱼塘出租/村民代表会议决议.txt");
  CHECK(m.items[0].materials[0].kind == std::optional<MaterialKind>(MaterialKind::assembly_resolution));
  CHECK(m.items[0].materials[1].kind == std::optional<MaterialKind>(MaterialKind::legal_adviser_opinion));
  CHECK(m.items[0].materials[2].kind == std::optional<MaterialKind>(MaterialKind::contract));
  CHECK(m.items[1].type == ItemType::village_asset);
  CHECK(m.items[1].materials.size() == 2);
  CHECK_FALSE(m.notes.empty());
}

TEST_CASE("the written manifest reads back as the inferred one", "[infer]") {
  const Manifest inferred = infer_manifest(LEGALINT_SOURCE_DIR "/corpus/meetings/M3-village-leases-inferred", "M3");
  Manifest back;
  const auto error = parse_manifest_text(manifest_to_toml(inferred), "meeting.toml", back);
  REQUIRE_FALSE(error);
  CHECK(back.title == inferred.title);
  CHECK(back.date == inferred.date);
  REQUIRE(back.items.size() == inferred.items.size());
  for (std::size_t i = 0; i < back.items.size(); ++i) {
    CHECK(back.items[i].title == inferred.items[i].title);
    CHECK(back.items[i].type == inferred.items[i].type);
    REQUIRE(back.items[i].materials.size() == inferred.items[i].materials.size());
    for (std::size_t j = 0; j < back.items[i].materials.size(); ++j) {
      CHECK(back.items[i].materials[j].file == inferred.items[i].materials[j].file);
      CHECK(back.items[i].materials[j].kind == inferred.items[i].materials[j].kind);
    }
  }
}

TEST_CASE("each item type requires its materials by default", "[requires]") {
  const Requirements r = Requirements::defaults();
  auto names = [&](ItemType type) {
    std::vector<std::string> out;
    for (const auto& q : r.of(type)) out.push_back(q.to_string());
    return out;
  };
  CHECK(names(ItemType::major_decision) ==
        std::vector<std::string>{"drafting-notes", "public-participation", "expert-opinion if technical", "risk-assessment",
                                 "legality-review", "fair-competition-review if market"});
  CHECK(names(ItemType::village_asset) == std::vector<std::string>{"assembly-resolution", "legal-adviser-opinion"});
  CHECK(names(ItemType::contract) == std::vector<std::string>{"legality-review"});
  CHECK(names(ItemType::sanzhong_yida) == std::vector<std::string>{"drafting-notes"});
  CHECK(names(ItemType::report).empty());
}

TEST_CASE("[meeting.requires] in legalint.toml replaces a type's list", "[requires]") {
  Requirements r = Requirements::defaults();
  const auto error = parse_meeting_config_text(
      "root = true\n[files]\nexclude = []\n[meeting.requires]\n\"village-asset\" = [\"assembly-resolution\", \"legal-adviser-opinion\", \"contract\"]\n"
      "\"sanzhong-yida\" = [\"drafting-notes\", \"legality-review if market\"]\n",
      "legalint.toml", r);
  REQUIRE_FALSE(error);
  REQUIRE(r.of(ItemType::village_asset).size() == 3);
  CHECK(r.of(ItemType::village_asset)[2].kind == MaterialKind::contract);
  REQUIRE(r.of(ItemType::sanzhong_yida).size() == 2);
  CHECK(r.of(ItemType::sanzhong_yida)[1].when == Requirement::When::market);
  CHECK(r.overridden.at(ItemType::village_asset).line == 5);
  CHECK(r.of(ItemType::contract).size() == 1);  // untouched
}

TEST_CASE("[meeting.requires] mistakes are reported at their line and column", "[requires]") {
  using Case = std::pair<std::string, std::string>;
  const auto [text, expected] = GENERATE(table<std::string, std::string>({
      Case{"[meeting.requires]\n\"lease\" = []\n",
           "legalint.toml:2:1: [meeting.requires] 中未知的议题类型 'lease'(可用:major-decision、sanzhong-yida、village-asset、contract、report)"},
      Case{"[meeting.requires]\n\"contract\" = [\"legal-review\"]\n",
           "legalint.toml:2:15: 未知的材料种类 'legal-review'(可用:draft、drafting-notes、public-participation、expert-opinion、"
           "risk-assessment、legality-review、fair-competition-review、assembly-resolution、legal-adviser-opinion、contract、notice、"
           "other;可加后缀 \" if technical\" 或 \" if market\")"},
      Case{"[meeting.requires]\n\"contract\" = \"legality-review\"\n",
           "legalint.toml:2:14: [meeting.requires] 的取值应为材料种类的数组,例如 \"village-asset\" = [\"assembly-resolution\", "
           "\"legal-adviser-opinion\"]"},
      Case{"[meeting]\nneeds = 1\n", "legalint.toml:2:1: [meeting] 中未知的键 'needs'(可用:requires)"},
  }));
  Requirements r = Requirements::defaults();
  const auto error = parse_meeting_config_text(text, "legalint.toml", r);
  REQUIRE(error);
  CHECK(error->to_string() == expected);
}

TEST_CASE("review time counts working days on China's holiday calendar", "[working-days]") {
  using Case = std::tuple<Date, Date, int>;
  const auto [requested, meeting, days] = GENERATE(table<Date, Date, int>({
      Case{date(2024, 6, 20), date(2024, 7, 3), 8},    // plain weeks
      Case{date(2024, 9, 26), date(2024, 10, 8), 3},   // National Day: Sep 27, Sep 29 (make-up Sunday), Sep 30
      Case{date(2024, 10, 8), date(2024, 10, 17), 7},  // exactly 7 thanks to the Oct 12 make-up Saturday
      Case{date(2025, 1, 22), date(2025, 2, 5), 4},    // Spring Festival
      Case{date(2025, 1, 24), date(2025, 2, 12), 8},   // across Spring Festival, two make-up days
      Case{date(2024, 11, 25), date(2024, 11, 29), 3},
      Case{date(2024, 10, 8), date(2024, 10, 8), 0},
  }));
  CHECK(review_working_days(calendar(), requested, meeting) == days);
}

TEST_CASE("the meeting rules carry the catalogue's ids, severities and bases", "[rules]") {
  REQUIRE(meeting_rules().size() == 4);
  const auto* missing = find_meeting_rule("meeting/item-missing-material");
  REQUIRE(missing);
  CHECK(missing->severity == Severity::error);
  CHECK(missing->basis == std::vector<std::string>{"major-decision/29"});
  CHECK(find_meeting_rule("meeting/legality-review-late")->severity == Severity::error);
  CHECK(find_meeting_rule("meeting/legality-review-late")->basis == std::vector<std::string>{"major-decision/26"});
  CHECK(find_meeting_rule("meeting/legal-adviser-opinion-missing")->severity == Severity::warning);
  CHECK(find_meeting_rule("meeting/judicial-office-absent")->severity == Severity::warning);
  CHECK(find_meeting_rule("meeting/judicial-office-absent")->basis == std::vector<std::string>{"town-rules/judicial-office-attends"});
  for (const auto& rule : meeting_rules())
    for (const auto& id : rule.basis) CHECK(bases().find(id) != nullptr);
}

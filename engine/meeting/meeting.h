// Stage after eval: the pre-meeting gate over a folder of agenda items
// (议题材料) for a party-government joint session (党政联席会议).
//
//   Manifest manifest;
//   if (auto error = parse_manifest("议题材料/meeting.toml", "议题材料/meeting.toml", manifest)) {
//     std::cerr << error->to_string() << "\n";            // "meeting.toml:12:3: …" — exit code 2
//   }
//   // or, without a manifest: Manifest manifest = infer_manifest("议题材料");
//   Requirements requires = Requirements::defaults();    // MAD art. 29 and the town's rules
//   load_meeting_config("legalint.toml", "legalint.toml", requires);   // [meeting.requires]
//   MeetingReport report = review_meeting(manifest, "议题材料", requires, engine, {});
//   for (const auto& item : report.items) item.ready; item.reasons; …
//
// A meeting is a title, a date and agenda items; an item is a title, a type
// (ItemType) and its material files, each of a MaterialKind. What an item
// type requires is data (Requirements), with defaults, overridable in
// legalint.toml. review_meeting reviews every material with the rule packs
// for its kind (through the Engine), then runs the four folder-level meeting
// rules (meeting/item-missing-material, meeting/legality-review-late,
// meeting/legal-adviser-opinion-missing, meeting/judicial-office-absent),
// which produce ordinary Findings so that the report sinks can print them.
//
// The reports: text and JSON in cli/meeting_command.cpp; the secretary's
// HTML checklist, SARIF and JUnit with the verdicts in meeting/formats.h.
//
// An item is READY when every required material is present and readable and
// none of its findings is an error; otherwise NOT READY, with one Reason per
// cause, each pointing at a file and line (or at the missing file's place in
// the manifest, or at the item's folder when the manifest was inferred).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/dates.h"
#include "eval/engine.h"
#include "eval/finding.h"
#include "load/load.h"
#include "report/report.h"

namespace legalint {

// What an agenda item is; it decides the materials it needs.
enum class ItemType {
  major_decision,  // 重大行政决策 (MAD; a town applies it by art. 42)
  sanzhong_yida,   // a "三重一大" matter: large sum of money, major project, key appointment
  village_asset,   // 村集体资产出租、处置 (leases included)
  contract,        // 合同审批: a contract the meeting approves
  report,          // 汇报、通报事项: nothing required
};

const char* to_string(ItemType type);                       // "major-decision", "village-asset" …
std::optional<ItemType> parse_item_type(std::string_view name);
const char* chinese_name(ItemType type);                    // 重大行政决策 …
const std::vector<ItemType>& all_item_types();

// What a material file is. Names are the manifest's `kind` values.
enum class MaterialKind {
  draft,                 // "draft": the decision draft (草案) itself
  drafting_notes,        // "drafting-notes": 起草说明 / 编制说明
  public_participation,  // "public-participation": 征求意见公告、意见采纳情况、听证记录
  expert_opinion,        // "expert-opinion": 专家论证意见
  risk_assessment,       // "risk-assessment": 风险评估报告
  legality_review,       // "legality-review": 合法性审查意见书
  fair_competition,      // "fair-competition-review": 公平竞争审查
  assembly_resolution,   // "assembly-resolution": 村民(代表)会议、成员(代表)大会决议
  legal_adviser_opinion, // "legal-adviser-opinion": 法律顾问的法律意见书
  contract,              // "contract": 合同、租赁合同、协议
  notice,                // "notice": 会议通知、议程、参会名单
  other,                 // "other": anything else (reviewed, required by nothing)
};

const char* to_string(MaterialKind kind);
std::optional<MaterialKind> parse_material_kind(std::string_view name);
const char* chinese_name(MaterialKind kind);                // 风险评估报告 …
const std::vector<MaterialKind>& all_material_kinds();

// A material's kind from its file name, then from its title (first line).
// `reason` (if given) says which: "文件名含“风险评估”".
MaterialKind classify_material(std::string_view file_name, std::string_view title, std::string* reason = nullptr);

// Where something was written in meeting.toml or legalint.toml (line 0: nowhere).
struct SourcePlace {
  std::string file;  // as shown to the user
  std::uint32_t line = 0, column = 0;
};

struct MeetingError {
  SourcePlace place;
  std::string message;
  std::string to_string() const;  // "dir/meeting.toml:12:3: message"
};

struct Material {
  std::string file;                      // relative to the meeting folder, '/'-separated
  std::optional<MaterialKind> kind;      // nullopt: told from its name and title when reviewed
  SourcePlace place;                     // its entry in the manifest
};

struct Item {
  std::string title;
  ItemType type = ItemType::report;
  std::optional<bool> technical;         // 专业性、技术性较强: needs expert argumentation (nullopt: told from the text)
  std::optional<bool> market;            // affects market entities: needs fair competition review (nullopt: told from the text)
  std::optional<Date> review_requested;  // when the legality review was requested (nullopt: read from the review opinion)
  SourcePlace review_place;
  std::vector<Material> materials;
  SourcePlace place;                     // its [[items]] header
  SourcePlace materials_place;           // its `materials` key (where a missing material is reported)
  std::string folder;                    // inferred manifests: the item's subfolder, relative
};

struct Manifest {
  std::string path;                      // meeting.toml as shown ("" when inferred)
  std::string title;
  std::optional<Date> date;              // nullopt: read from the notice
  SourcePlace date_place;
  std::vector<std::string> attendees;    // 参会、列席人员 as written; empty: read from the notice
  SourcePlace attendees_place;
  std::vector<Material> materials;       // meeting-level materials (notice, agenda)
  std::vector<Item> items;
  bool inferred = false;                 // no meeting.toml: built from the folder
  std::vector<std::string> source_lines; // meeting.toml's lines, for showing a finding's line
  std::vector<std::string> notes;        // what inference decided and why, one line each
};

// Parses meeting.toml. `path` is read from disk; `shown` names it in
// messages. Every mistake is one error at its line and column.
std::optional<MeetingError> parse_manifest(const std::string& path, const std::string& shown, Manifest& out);
std::optional<MeetingError> parse_manifest_text(std::string_view text, const std::string& shown, Manifest& out);

// Builds a manifest from a folder without one: files at the top are the
// meeting's (notice, agenda); each subfolder, in name order, is an item whose
// files (recursively) are its materials; the type comes from the materials.
// `shown_dir` is how the folder is named in messages and notes.
Manifest infer_manifest(const std::string& dir, const std::string& shown_dir);

// The manifest as meeting.toml text (for --write-manifest), kinds spelled out.
std::string manifest_to_toml(const Manifest& manifest);

// A material an item type needs, and when.
struct Requirement {
  enum class When {
    always,     // "risk-assessment"
    technical,  // "expert-opinion if technical": only for a technical item
    market,     // "fair-competition-review if market": only when market entities are affected
  };
  MaterialKind kind = MaterialKind::other;
  When when = When::always;
  std::string to_string() const;  // as written in legalint.toml
};

struct Requirements {
  std::map<ItemType, std::vector<Requirement>> by_type;
  std::map<ItemType, SourcePlace> overridden;  // types set in legalint.toml, and where

  // major-decision: drafting-notes, public-participation, expert-opinion if
  // technical, risk-assessment, legality-review, fair-competition-review if
  // market (MAD art. 29); sanzhong-yida: drafting-notes; village-asset:
  // assembly-resolution, legal-adviser-opinion (VC art. 24, 一村一法律顾问);
  // contract: legality-review; report: nothing.
  static Requirements defaults();
  const std::vector<Requirement>& of(ItemType type) const;
};

// Reads [meeting.requires] of a legalint.toml into `into` (other tables are
// left to their readers). A type given there replaces its default list.
std::optional<MeetingError> load_meeting_config(const std::string& path, const std::string& shown, Requirements& into);
std::optional<MeetingError> parse_meeting_config_text(std::string_view text, const std::string& shown, Requirements& into);

// "2024-10-08", as meeting.toml and the reports write a date.
std::string iso_date(const Date& date);

// Dates read from materials: the meeting date in a notice (会议时间 / 定于 /
// 召开 …) and the request date in a legality review opinion (送审时间 /
// 收到 / 收悉 …): the first complete date on the first line with such a word.
std::optional<Date> find_meeting_date(const Analysis& notice);
std::optional<Date> find_review_request_date(const Analysis& review_opinion);

// The four meeting rules: id, severity, title, basis ids and fix — the
// catalogue's, with bases from seeds/bases.toml.
struct MeetingRule {
  const char* id;
  Severity severity;
  const char* title;
  std::vector<std::string> basis;
  const char* fix;
};
const std::vector<MeetingRule>& meeting_rules();
const MeetingRule* find_meeting_rule(std::string_view id);

// The decision pack's rules that a meeting rule replaces. A draft records
// the procedure in its own text, a meeting package in separate materials, so
// "the draft does not mention a risk assessment" is the wrong finding when
// the risk assessment report lies beside the draft or its absence is
// already meeting/item-missing-material. The replacement is per item and
// only where the meeting rule really looked; elsewhere (say, a 三重一大
// item, which needs no risk assessment report by default, whose draft says
// 未进行风险评估) the finding on the draft or drafting notes stays, so the
// step is not lost. On the other materials these findings are always
// dropped: an expert opinion titled "《……方案(草案)》专家论证意见" is not a
// draft, though the pack's title test takes it for one.
struct Supersession {
  const char* decision_rule;             // "decision/missing-risk-assessment"
  // Replaced by meeting/item-missing-material when the item requires this
  // kind or has such a material; nullopt: replaced by
  // meeting/legality-review-late when that counted the item's working days.
  std::optional<MaterialKind> material;
};
// decision/missing-legality-review, -public-participation,
// -expert-argumentation, -risk-assessment, decision/fair-competition-review-missing
// (by material) and decision/legality-review-under-7wd (by the late review).
const std::vector<Supersession>& superseded_rules();

// Working days the reviewer had: strictly after the request, strictly
// before the meeting, on China's holiday calendar (as the decision pack's
// interval check counts them).
int review_working_days(const HolidayCalendar& calendar, const Date& requested, const Date& meeting);
inline constexpr int kMinReviewWorkingDays = 7;  // MAD art. 26: 一般不少于7个工作日

// One reason an item is not ready, pointing at a place.
struct Reason {
  std::string rule_id;  // the finding behind it ("" for an unreadable file)
  std::string message;
  std::string path;     // the file (or the manifest, or the item's folder)
  std::uint32_t line = 0, column = 0;
  std::string where() const;  // "path:line:col", or "path" when line is 0
};

struct MaterialOutcome {
  std::string path;            // as shown (meeting folder joined with Material::file)
  std::string file;            // Material::file: relative to the meeting folder
  MaterialKind kind = MaterialKind::other;
  std::string kind_reason;     // how the kind was told
  std::size_t file_index = 0;  // into MeetingReport::run.files
};

struct ItemOutcome {
  std::size_t number = 0;      // 1-based agenda position
  Item item;
  bool technical = false, market = false;   // as decided (given, or told from the text)
  std::string technical_reason, market_reason;
  std::vector<MaterialOutcome> materials;
  std::vector<MaterialKind> required;       // what its type requires, technical / market applied
  std::vector<MaterialKind> missing;        // required and absent (or unreadable)
  std::optional<int> review_days;           // working days the legality review had
  bool ready = false;
  std::vector<Reason> reasons;              // empty when ready
  // The item's outcomes for the sinks: its materials, then (when it has
  // findings) the manifest or the item folder; indexes into run.files.
  std::vector<std::size_t> files;
};

struct MeetingReport {
  Manifest manifest;
  std::string dir;                          // the meeting folder as shown
  std::optional<Date> date;                 // the manifest's, or the notice's
  std::string date_source;                  // where the date came from
  std::vector<ItemOutcome> items;
  std::vector<std::size_t> meeting_files;   // meeting-level outcomes (notice, manifest) in run.files
  RunReport run;                            // every outcome once, items in order, then the meeting's
  std::vector<std::string> notes;           // inference notes and calendar caveats

  bool all_ready() const;
  std::size_t ready_count() const;
};

struct MeetingOptions {
  unsigned jobs = 0;    // materials reviewed in parallel (0: one per core)
  LoadOptions load;
  bool keep_text = false;  // keep each material's text (and the manifest's) in run.files, for the html sink
};

// Reviews a meeting folder. `engine` reviews each material (its calendar
// counts the working days); `dir` is the folder on disk, `shown_dir` how the
// report names it. The result is deterministic whatever `jobs` is.
MeetingReport review_meeting(const Manifest& manifest, const std::string& dir, const std::string& shown_dir,
                             const Requirements& requirements, Engine& engine, const MeetingOptions& options);

}  // namespace legalint

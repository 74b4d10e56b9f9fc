// review_meeting: every material through the engine, then the four meeting
// rules, then READY / NOT READY per item.
#include <algorithm>
#include <atomic>
#include <map>
#include <sstream>
#include <thread>

#include "eval/fingerprint.h"
#include "meeting/meeting.h"

namespace legalint {
namespace {

std::string join_path(const std::string& dir, const std::string& file) {
  if (dir.empty() || dir == ".") return file;
  return dir.back() == '/' ? dir + file : dir + "/" + file;
}

std::string chinese_date(const Date& d) {
  return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) + "日";
}


// A meeting rule's finding, located by the caller.
Finding make_finding(const char* rule_id, std::string message, const std::string& key) {
  const MeetingRule& rule = *find_meeting_rule(rule_id);
  Finding f;
  f.rule_id = rule.id;
  f.severity = rule.severity;
  f.title = rule.title;
  f.message = std::move(message);
  f.fix = rule.fix;
  f.basis = rule.basis;
  f.fingerprint = fingerprint_text(fnv1a(key, fnv1a(f.rule_id + '\0')));
  return f;
}

// What a review of one material found beyond the engine's findings.
struct Located {
  Span span;          // normalized
  Location location;  // original file
  std::string source_line;
};

struct MaterialResult {
  FileOutcome outcome;
  MaterialKind kind = MaterialKind::other;
  std::string kind_reason;
  std::optional<std::pair<Date, Located>> review_requested;  // legality review: the request date
  std::optional<std::pair<Date, Located>> meeting_date;      // notice: the meeting date
  bool names_judicial_office = false;                        // the text names the 司法所所长 attending
  std::optional<Located> attendance_line;                    // notice: the 列席 line
  std::string text_for_cues;                                 // drafts and notes: for technical / market
};

bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

Located locate(const Analysis& analysis, Span span) {
  Located l;
  l.span = span;
  l.location = analysis.locate(span);
  l.source_line = std::string(analysis.line_index().line_text(l.location.start.line));
  return l;
}

// The first complete date on the first line (of the normalized text) that
// contains one of `words`, tried in the order the words are given.
std::optional<std::pair<Date, Located>> dated_line(const Analysis& analysis, const std::vector<std::string_view>& words) {
  const std::string& text = analysis.normalized.text();
  for (const auto word : words) {
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find('\n', begin);
      if (end == std::string::npos) end = text.size();
      const std::string_view line(text.data() + begin, end - begin);
      if (contains(line, word)) {
        for (const Fact* fact : analysis.facts_in(Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)})) {
          const Date* d = std::get_if<Date>(&fact->value);
          if (!d) {
            if (const auto* r = std::get_if<DateRange>(&fact->value)) d = &r->from;
          }
          if (d && is_complete(*d) && is_valid_date(*d)) return std::make_pair(*d, locate(analysis, fact->span));
        }
      }
      begin = end + 1;
    }
  }
  return std::nullopt;
}

const std::vector<std::string_view> kReviewWords = {"送审时间", "送审日期", "收到", "收悉", "送审", "提请", "报送"};
const std::vector<std::string_view> kMeetingWords = {"会议时间", "开会时间", "定于", "召开", "时间"};

std::string first_line(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto begin = line.find_first_not_of(" \t\r\xef\xbb\xbf");
    if (begin != std::string::npos) return line.substr(begin);
  }
  return "";
}

MaterialResult review_material(const std::string& disk_path, const std::string& shown, const Material& material, Engine& engine,
                               const LoadOptions& load_options, bool keep_text) {
  MaterialResult r;
  r.outcome.path = shown;
  auto loaded = load_file(disk_path, load_options);
  if (!loaded.ok()) {
    r.outcome.error = loaded.error();
    r.outcome.error->path = shown;
    r.kind = material.kind.value_or(MaterialKind::other);
    r.kind_reason = material.kind ? "清单写明" : "无法读取,种类未定";
    if (!material.kind) r.kind = classify_material(material.file, "", &r.kind_reason);
    return r;
  }
  Document document = std::move(loaded.value());
  document.path = shown;
  if (material.kind) {
    r.kind = *material.kind;
    r.kind_reason = "清单写明";
  } else {
    r.kind = classify_material(material.file, first_line(document.text), &r.kind_reason);
  }
  // Contracts and unknown files are classified as usual (lease, tender,
  // contract); the procedural materials are decision materials.
  AnalyzeOptions options;
  if (r.kind != MaterialKind::contract && r.kind != MaterialKind::other) options.kind = DocumentKind::decision;
  const Analysis analysis = analyze(std::move(document), options);
  r.outcome.kind = analysis.kind();
  r.outcome.kind_reason = options.kind ? "会议材料:" + std::string(chinese_name(r.kind)) : analysis.classification.reason;
  if (keep_text) r.outcome.text = analysis.document.text;
  const auto sites = engine.scan(analysis);  // one prefilter pass serves review and remember
  const RegexSites* where = sites ? &*sites : nullptr;
  r.outcome.findings = engine.review(analysis, nullptr, where);  // superseded decision findings are dropped per item, later
  engine.remember(analysis, where);

  const std::string& text = analysis.normalized.text();
  if (r.kind == MaterialKind::legality_review)
    r.review_requested = dated_line(analysis, kReviewWords);
  if (r.kind == MaterialKind::notice) {
    r.meeting_date = dated_line(analysis, kMeetingWords);
    for (const auto word : {"列席", "参会人员", "出席"}) {
      const auto at = text.find(word);
      if (at == std::string::npos) continue;
      const auto end = text.find('\n', at);
      r.attendance_line = locate(analysis, Span{static_cast<std::uint32_t>(at),
                                                static_cast<std::uint32_t>(end == std::string::npos ? text.size() : end)});
      break;
    }
  }
  r.names_judicial_office = contains(text, "司法所所长") || contains(text, "司法所长");
  if (r.kind == MaterialKind::draft || r.kind == MaterialKind::drafting_notes) r.text_for_cues = text;
  return r;
}

// "technical" and "market" told from the draft and notes when the manifest does not say.
std::pair<bool, std::string> cue(const std::vector<const MaterialResult*>& results, std::initializer_list<std::string_view> words,
                                 const char* yes, const char* no) {
  for (const auto* r : results)
    for (const auto w : words)
      if (contains(r->text_for_cues, w)) return {true, std::string(yes) + "(草案或起草说明含“" + std::string(w) + "”)"};
  return {false, no};
}

}  // namespace

std::optional<Date> find_meeting_date(const Analysis& notice) {
  if (auto found = dated_line(notice, kMeetingWords)) return found->first;
  return std::nullopt;
}

std::optional<Date> find_review_request_date(const Analysis& review_opinion) {
  if (auto found = dated_line(review_opinion, kReviewWords)) return found->first;
  return std::nullopt;
}

std::string Reason::where() const {
  if (line == 0) return path;
  return path + ":" + std::to_string(line) + ":" + std::to_string(column);
}

bool MeetingReport::all_ready() const {
  return std::all_of(items.begin(), items.end(), [](const ItemOutcome& i) { return i.ready; });
}

std::size_t MeetingReport::ready_count() const {
  return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), [](const ItemOutcome& i) { return i.ready; }));
}

MeetingReport review_meeting(const Manifest& manifest, const std::string& dir, const std::string& shown_dir,
                             const Requirements& requirements, Engine& engine, const MeetingOptions& options) {
  MeetingReport report;
  report.manifest = manifest;
  report.dir = shown_dir;
  report.notes = manifest.notes;

  // Every material once, items in order, then the meeting's own.
  struct Job {
    std::optional<std::size_t> item;
    const Material* material;
  };
  std::vector<Job> jobs;
  for (std::size_t i = 0; i < manifest.items.size(); ++i)
    for (const auto& m : manifest.items[i].materials) jobs.push_back({i, &m});
  for (const auto& m : manifest.materials) jobs.push_back({std::nullopt, &m});

  std::vector<MaterialResult> results(jobs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++)
      results[i] = review_material(join_path(dir, jobs[i].material->file), join_path(shown_dir, jobs[i].material->file),
                                   *jobs[i].material, engine, options.load, options.keep_text);
  };
  unsigned threads = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(jobs.size(), 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  // Corpus-level findings (a parcel leased twice …) join their documents.
  for (auto& finding : engine.review_corpus())
    for (auto& r : results)
      if (r.outcome.path == finding.path) {
        r.outcome.findings.push_back(finding);
        std::sort(r.outcome.findings.begin(), r.outcome.findings.end());
        break;
      }

  const HolidayCalendar& calendar = engine.calendar();

  // The meeting date: the manifest's, else the notice's.
  std::optional<std::pair<Date, Located>> notice_date;
  std::string notice_path;
  for (std::size_t j = 0; j < jobs.size(); ++j)
    if (results[j].meeting_date && !notice_date) {
      notice_date = results[j].meeting_date;
      notice_path = results[j].outcome.path;
    }
  if (manifest.date) {
    report.date = manifest.date;
    report.date_source = manifest.inferred ? "读自会议通知" : manifest.path + ":" + std::to_string(manifest.date_place.line);
  } else if (notice_date) {
    report.date = notice_date->first;
    report.date_source = notice_path + ":" + std::to_string(notice_date->second.location.start.line);
  } else {
    report.notes.push_back("会议日期未知(清单未写 date,也没有载明会议时间的会议通知):不检查合法性审查时间");
  }
  if (report.date && !calendar.covers(report.date->year))
    report.notes.push_back(std::to_string(report.date->year) + "年不在节假日表内,工作日按周一至周五计算");

  // Where a finding about an item (not about one of its files) points.
  auto item_place_finding = [&](Finding f, const Item& item) {
    if (!manifest.inferred) {
      f.path = manifest.path;
      const SourcePlace& p = item.materials_place.line ? item.materials_place : item.place;
      f.location.start = Position{std::max<std::uint32_t>(p.line, 1), std::max<std::uint32_t>(p.column, 1)};
      if (p.line >= 1 && p.line <= manifest.source_lines.size()) f.source_line = manifest.source_lines[p.line - 1];
    } else {
      f.path = join_path(shown_dir, item.folder) + "/";
      f.location.start = Position{1, 1};
    }
    f.location.end = Position{f.location.start.line, f.location.start.column + 1};
    return f;
  };

  std::vector<std::vector<Finding>> extra_for_item(manifest.items.size());  // findings at the manifest or folder
  std::vector<std::vector<std::size_t>> results_of_item(manifest.items.size());
  for (std::size_t j = 0; j < jobs.size(); ++j)
    if (jobs[j].item) results_of_item[*jobs[j].item].push_back(j);

  report.items.resize(manifest.items.size());
  for (std::size_t i = 0; i < manifest.items.size(); ++i) {
    const Item& item = manifest.items[i];
    ItemOutcome& out = report.items[i];
    out.number = i + 1;
    out.item = item;

    std::vector<const MaterialResult*> readable;
    std::map<MaterialKind, const MaterialResult*> present;
    for (const std::size_t j : results_of_item[i]) {
      const MaterialResult& r = results[j];
      if (!r.outcome.reviewed()) continue;
      readable.push_back(&r);
      present.emplace(r.kind, &r);
    }
    if (item.technical) {
      out.technical = *item.technical;
      out.technical_reason = "清单写明";
    } else {
      std::tie(out.technical, out.technical_reason) =
          cue(readable, {"专业性", "技术性", "工艺", "设计处理能力", "荷载", "桥梁", "管网", "检测"}, "专业性、技术性较强", "未见专业技术内容");
    }
    if (item.market) {
      out.market = *item.market;
      out.market_reason = "清单写明";
    } else {
      std::tie(out.market, out.market_reason) =
          cue(readable, {"市场主体", "经营主体", "经营者", "经营户", "公开采购", "政府采购", "招标", "准入", "摊位"}, "涉及市场主体经济活动",
              "未见涉及市场主体的内容");
    }

    // meeting/item-missing-material and meeting/legal-adviser-opinion-missing
    for (const auto& requirement : requirements.of(item.type)) {
      if (requirement.when == Requirement::When::technical && !out.technical) continue;
      if (requirement.when == Requirement::When::market && !out.market) continue;
      if (std::find(out.required.begin(), out.required.end(), requirement.kind) == out.required.end())
        out.required.push_back(requirement.kind);
      if (present.count(requirement.kind)) continue;
      if (std::find(out.missing.begin(), out.missing.end(), requirement.kind) != out.missing.end()) continue;
      out.missing.push_back(requirement.kind);
      const std::string what = chinese_name(requirement.kind);
      std::string why;
      if (requirement.when == Requirement::When::technical) why = "(" + out.technical_reason + ")";
      if (requirement.when == Requirement::When::market) why = "(" + out.market_reason + ")";
      const std::string key = item.title + '\0' + to_string(requirement.kind);
      if (requirement.kind == MaterialKind::legal_adviser_opinion) {
        extra_for_item[i].push_back(item_place_finding(
            make_finding("meeting/legal-adviser-opinion-missing", "议题“" + item.title + "”没有村法律顾问出具的法律意见", key), item));
      } else {
        extra_for_item[i].push_back(item_place_finding(
            make_finding("meeting/item-missing-material",
                         "议题“" + item.title + "”(" + chinese_name(item.type) + ")缺少" + what + why, key),
            item));
      }
    }

    // meeting/legality-review-late
    if (report.date) {
      std::optional<Date> requested;
      std::optional<Located> at;
      const MaterialResult* review = present.count(MaterialKind::legality_review) ? present[MaterialKind::legality_review] : nullptr;
      if (item.review_requested) {
        requested = item.review_requested;
      } else if (review && review->review_requested) {
        requested = review->review_requested->first;
        at = review->review_requested->second;
      } else if (review) {
        report.notes.push_back(review->outcome.path + ":未能读出送审日期(可在清单中写 review-requested = 2024-09-26)");
      }
      if (requested) {
        const int days = review_working_days(calendar, *requested, *report.date);
        out.review_days = days;
        if (days < kMinReviewWorkingDays) {
          Finding f = make_finding("meeting/legality-review-late",
                                   "合法性审查于" + chinese_date(*requested) + "送审,距" + chinese_date(*report.date) + "的会议只有" +
                                       std::to_string(days) + "个工作日,少于7个工作日",
                                   item.title + '\0' + iso_date(*requested));
          if (at && review) {
            f.path = review->outcome.path;
            f.span = at->span;
            f.location = at->location;
            f.source_line = at->source_line;
            f.excerpt = f.source_line;
            f.kind = review->outcome.kind;
            for (const std::size_t j : results_of_item[i])
              if (&results[j] == review) {
                results[j].outcome.findings.push_back(f);
                std::sort(results[j].outcome.findings.begin(), results[j].outcome.findings.end());
              }
          } else {
            f.path = manifest.path;
            f.location.start = Position{std::max<std::uint32_t>(item.review_place.line, 1), std::max<std::uint32_t>(item.review_place.column, 1)};
            f.location.end = Position{f.location.start.line, f.location.start.column + 1};
            if (item.review_place.line >= 1 && item.review_place.line <= manifest.source_lines.size())
              f.source_line = manifest.source_lines[item.review_place.line - 1];
            extra_for_item[i].push_back(f);
          }
        }
      }
    }

    // The decision findings a meeting rule has replaced for this item
    // (superseded_rules()). On the other materials (an expert opinion whose
    // title names the 草案) the decision pack mistakes them for the draft.
    auto replaced = [&](const Finding& finding, MaterialKind kind) {
      for (const auto& s : superseded_rules()) {
        if (finding.rule_id != s.decision_rule) continue;
        if (kind != MaterialKind::draft && kind != MaterialKind::drafting_notes) return true;
        if (!s.material) return out.review_days.has_value();
        return present.count(*s.material) > 0 ||
               std::find(out.required.begin(), out.required.end(), *s.material) != out.required.end();
      }
      return false;
    };
    for (const std::size_t j : results_of_item[i])
      std::erase_if(results[j].outcome.findings, [&](const Finding& f) { return replaced(f, results[j].kind); });
  }

  // meeting/judicial-office-absent: a session deciding major matters.
  std::vector<Finding> meeting_extra;
  const bool major = std::any_of(manifest.items.begin(), manifest.items.end(), [](const Item& item) {
    return item.type == ItemType::major_decision || item.type == ItemType::sanzhong_yida || item.type == ItemType::village_asset;
  });
  if (major) {
    bool named = std::any_of(manifest.attendees.begin(), manifest.attendees.end(),
                             [](const std::string& a) { return contains(a, "司法所所长") || contains(a, "司法所长"); });
    const MaterialResult* notice = nullptr;
    for (std::size_t j = 0; j < jobs.size(); ++j) {
      if (results[j].kind != MaterialKind::notice || !results[j].outcome.reviewed()) continue;
      if (!notice) notice = &results[j];
      named = named || results[j].names_judicial_office;
    }
    if (!named) {
      Finding f = make_finding("meeting/judicial-office-absent",
                               notice || !manifest.attendees.empty() ? "会议研究重大事项,但会议通知或参会名单中没有司法所所长列席"
                                                                     : "会议研究重大事项,但没有会议通知或参会名单,看不出司法所所长列席",
                               manifest.title);
      if (notice) {
        f.path = notice->outcome.path;
        if (notice->attendance_line) {
          f.span = notice->attendance_line->span;
          f.location = notice->attendance_line->location;
          f.source_line = notice->attendance_line->source_line;
        } else {
          f.location.start = Position{1, 1};
          f.location.end = Position{1, 2};
        }
        for (auto& r : results)
          if (&r == notice) {
            r.outcome.findings.push_back(f);
            std::sort(r.outcome.findings.begin(), r.outcome.findings.end());
          }
      } else if (!manifest.inferred) {
        f.path = manifest.path;
        const SourcePlace& p = manifest.attendees_place.line ? manifest.attendees_place : SourcePlace{manifest.path, 1, 1};
        f.location.start = Position{p.line, std::max<std::uint32_t>(p.column, 1)};
        f.location.end = Position{p.line, f.location.start.column + 1};
        if (p.line >= 1 && p.line <= manifest.source_lines.size()) f.source_line = manifest.source_lines[p.line - 1];
        meeting_extra.push_back(f);
      } else {
        f.path = shown_dir.empty() ? "." : shown_dir;
        f.location.start = Position{1, 1};
        f.location.end = Position{1, 2};
        meeting_extra.push_back(f);
      }
    }
  }

  // The run: each item's materials and its extra outcome; then the meeting's.
  auto extra_outcome = [&](std::vector<Finding> findings, const std::string& path) {
    FileOutcome o;
    o.path = path;
    o.kind_reason = "会议清单";
    std::sort(findings.begin(), findings.end());
    o.findings = std::move(findings);
    if (options.keep_text && path == manifest.path && !manifest.inferred) {
      std::string text;
      for (const auto& line : manifest.source_lines) text += line + "\n";
      o.text = std::move(text);
    }
    return o;
  };
  for (std::size_t i = 0; i < manifest.items.size(); ++i) {
    ItemOutcome& out = report.items[i];
    for (const std::size_t j : results_of_item[i]) {
      MaterialOutcome m;
      m.path = results[j].outcome.path;
      m.file = jobs[j].material->file;
      m.kind = results[j].kind;
      m.kind_reason = results[j].kind_reason;
      m.file_index = report.run.files.size();
      out.materials.push_back(m);
      out.files.push_back(report.run.files.size());
      report.run.files.push_back(results[j].outcome);
    }
    if (!extra_for_item[i].empty()) {
      const std::string path = extra_for_item[i].front().path;
      out.files.push_back(report.run.files.size());
      report.run.files.push_back(extra_outcome(extra_for_item[i], path));
    }

    // READY: every required material present and readable, no error-level finding.
    for (const std::size_t f : out.files) {
      const FileOutcome& file = report.run.files[f];
      if (!file.reviewed()) {
        out.reasons.push_back({"", "无法读取:" + file.error->message, file.path, 0, 0});
        continue;
      }
      for (const auto& finding : file.findings) {
        const bool missing_material = finding.rule_id == "meeting/legal-adviser-opinion-missing";
        if (finding.severity != Severity::error && !missing_material) continue;
        out.reasons.push_back({finding.rule_id, finding.message, finding.path, finding.location.start.line, finding.location.start.column});
      }
    }
    // Missing materials first, then the rest in file order.
    std::stable_partition(out.reasons.begin(), out.reasons.end(), [](const Reason& r) {
      return r.rule_id == "meeting/item-missing-material" || r.rule_id == "meeting/legal-adviser-opinion-missing";
    });
    out.ready = out.reasons.empty();
  }
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    if (jobs[j].item) continue;
    report.meeting_files.push_back(report.run.files.size());
    report.run.files.push_back(results[j].outcome);
  }
  if (!meeting_extra.empty()) {
    report.meeting_files.push_back(report.run.files.size());
    report.run.files.push_back(extra_outcome(meeting_extra, meeting_extra.front().path));
  }
  return report;
}

}  // namespace legalint

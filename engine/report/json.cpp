#include "report/json.h"

#include <map>

namespace legalint {

using nlohmann::ordered_json;

std::string dump_json(const ordered_json& value, int indent) {
  return value.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

void JsonStream::next(std::string_view key) {
  if (closers_.empty()) return;  // the document itself
  out_ << (has_members_.back() ? separator(closers_.size()) : line_break(closers_.size()));
  has_members_.back() = true;
  if (closers_.back() == '}') out_ << dump_json(std::string(key), -1) << ": ";
}

void JsonStream::open(char bracket, std::string_view key) {
  next(key);
  out_ << bracket;
  closers_ += bracket == '{' ? '}' : ']';
  has_members_.push_back(false);
}

void JsonStream::value(const ordered_json& value, std::string_view key) { raw(text_at(value, depth()), key); }

std::string JsonStream::text_at(const ordered_json& value, std::size_t depth) {
  // dump_json indents nested lines from column 0; here they start deeper.
  // Every line break in a dump is between members (strings escape theirs).
  const std::string indent = line_break(depth);
  const std::string text = dump_json(value, 2);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t from = 0;
  for (std::size_t at; (at = text.find('\n', from)) != std::string::npos; from = at + 1) {
    out.append(text, from, at - from);
    out += indent;
  }
  out.append(text, from);
  return out;
}

void JsonStream::raw(std::string_view text, std::string_view key) {
  next(key);
  out_.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void JsonStream::close() {
  const char closer = closers_.back();
  closers_.pop_back();
  if (has_members_.back()) out_ << "\n" << std::string(2 * closers_.size(), ' ');
  has_members_.pop_back();
  out_ << closer;
}

ordered_json finding_to_json(const Finding& f, const RunReport& run) {
  ordered_json basis = ordered_json::array();
  for (const auto& id : f.basis) {
    const Basis* b = run.bases ? run.bases->find(id) : nullptr;
    basis.push_back({{"id", id}, {"citation", b ? b->citation() : ""}, {"paraphrase", b ? b->paraphrase : ""}});
  }
  return {{"path", f.path},
          {"line", f.location.start.line},
          {"column", f.location.start.column},
          {"end_line", f.location.end.line},
          {"end_column", f.location.end.column},
          {"byte_offset", f.location.byte_begin},
          {"byte_length", f.location.byte_end - f.location.byte_begin},
          {"rule", f.rule_id},
          {"severity", to_string(f.severity)},
          {"title", f.title},
          {"message", f.message},
          {"fix", f.fix},
          {"clause", f.clause},
          {"excerpt", f.excerpt},
          {"basis", basis},
          {"kind", to_string(f.kind)},
          {"fingerprint", f.fingerprint}};
}

namespace {

ordered_json unreadable_to_json(const FileOutcome& file) {
  return {{"path", file.path}, {"code", file.error->code}, {"message", file.error->message}};
}

}  // namespace

void JsonSink::write(const RunReport& run, std::ostream& out) const {
  JsonStream json(out);
  json.open('{');
  json.value(kJsonSchemaVersion, "schema_version");
  json.value({{"name", "legalint"}, {"version", run.tool_version}}, "tool");
  json.open('[', "files");
  const std::size_t depth = json.depth();
  const auto by_rule = run.format_files(
      [&](const FileOutcome& file, const std::vector<Finding>& findings, std::string& part) {
        ordered_json entry;
        entry["path"] = file.path;
        if (!file.reviewed()) {
          entry["status"] = "unreadable";
          entry["error"] = {{"code", file.error->code}, {"message", file.error->message}};
        } else {
          entry["status"] = "reviewed";
          entry["kind"] = to_string(file.kind);
          entry["kind_reason"] = file.kind_reason;
          entry["findings"] = ordered_json::array();
          for (const auto& f : findings) entry["findings"].push_back(finding_to_json(f, run));
          entry["baselined"] = file.baselined;
          entry["accepted"] = file.accepted;
        }
        part += JsonStream::text_at(entry, depth);
      },
      [&](std::string_view part) { json.raw(part); });
  json.close();
  ordered_json rules = ordered_json::object();
  for (const auto& [rule, n] : by_rule) rules[rule] = n;
  json.value({{"files", run.files.size()},
              {"reviewed", run.files.size() - run.unreadable()},
              {"unreadable", run.unreadable()},
              {"findings", run.findings()},
              {"by_severity",
               {{"error", run.count(Severity::error)}, {"warning", run.count(Severity::warning)}, {"info", run.count(Severity::info)}}},
              {"by_rule", rules},
              {"baselined", run.baselined()},
              {"accepted", run.accepted()},
              {"fixed", run.fixed.size()}},
             "summary");
  json.close();
  out << "\n";
}

void JsonLinesSink::write(const RunReport& run, std::ostream& out) const {
  run.format_files(
      [&](const FileOutcome& file, const std::vector<Finding>& findings, std::string& part) {
        if (!file.reviewed()) {
          ordered_json line = {{"type", "unreadable"}};
          line.update(unreadable_to_json(file));
          part += dump_json(line, -1) + "\n";
          return;
        }
        for (const auto& f : findings) {
          ordered_json line = {{"type", "finding"}};
          line.update(finding_to_json(f, run));
          part += dump_json(line, -1) + "\n";
        }
      },
      [&](std::string_view part) { out.write(part.data(), static_cast<std::streamsize>(part.size())); });
}

}  // namespace legalint

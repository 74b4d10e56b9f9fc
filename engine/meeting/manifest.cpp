// meeting.toml: parsed with toml++, every mistake at its line and column;
// inferred from a folder when there is none; written back out for
// --write-manifest; and legalint.toml's [meeting.requires].
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "meeting/meeting.h"

namespace legalint {
namespace fs = std::filesystem;
namespace {

SourcePlace place_of(const std::string& shown, const toml::source_region& source) {
  return {shown, static_cast<std::uint32_t>(source.begin.line), static_cast<std::uint32_t>(source.begin.column)};
}

std::string quoted_list(std::initializer_list<const char*> names) {
  std::string out;
  for (const char* n : names) out += (out.empty() ? "" : "、") + std::string(n);
  return out;
}

std::string all_kind_names() {
  std::string out;
  for (const auto kind : all_material_kinds()) out += (out.empty() ? "" : "、") + std::string(to_string(kind));
  return out;
}

std::string all_type_names() {
  std::string out;
  for (const auto type : all_item_types()) out += (out.empty() ? "" : "、") + std::string(to_string(type));
  return out;
}

class ManifestParser {
 public:
  ManifestParser(std::string shown, Manifest& out) : shown_(std::move(shown)), out_(out) {}

  std::optional<MeetingError> error;

  void parse(const toml::table& table) {
    bool has_title = false;
    for (const auto& [key, node] : table) {
      if (error) return;
      const std::string name(key.str());
      if (name == "title") {
        if (!node.is_string()) return fail(node.source(), "title 应为字符串,例如 title = \"静海镇党政联席会议(2024年第18期)\"");
        out_.title = node.as_string()->get();
        has_title = true;
      } else if (name == "date") {
        out_.date = date(node, "date");
        out_.date_place = place_of(shown_, node.source());
      } else if (name == "attendees") {
        out_.attendees = strings(node, "attendees", "attendees = [\"杨帆(镇司法所所长)\"]");
        out_.attendees_place = place_of(shown_, node.source());
      } else if (name == "materials") {
        out_.materials = materials(node);
      } else if (name == "items") {
        items(node);
      } else {
        fail(key.source(), "未知的键 '" + name + "'(可用:" + quoted_list({"title", "date", "attendees", "materials", "[[items]]"}) + ")");
      }
    }
    if (error) return;
    if (!has_title) return fail_at_top("缺少 title(会议名称),例如 title = \"静海镇党政联席会议(2024年第18期)\"");
    if (out_.items.empty()) return fail_at_top("没有议题:每个议题写作一个 [[items]] 表,含 title、type 和 materials");
  }

 private:
  void fail(const toml::source_region& source, std::string message) {
    if (!error) error = MeetingError{place_of(shown_, source), std::move(message)};
  }
  void fail_at_top(std::string message) {
    if (!error) error = MeetingError{{shown_, 1, 1}, std::move(message)};
  }

  std::optional<Date> date(const toml::node& node, const std::string& what) {
    if (const auto* d = node.as_date()) {
      const toml::date v = d->get();
      return Date{v.year, v.month, v.day};
    }
    if (const auto* s = node.as_string()) {
      const std::string& text = s->get();
      int y = 0, m = 0, d = 0;
      char tail = 0;
      if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3) {
        const Date out{y, m, d};
        if (is_valid_date(out)) return out;
      }
    }
    fail(node.source(), what + " 应为日期,写作 " + what + " = 2024-10-08(不加引号)");
    return std::nullopt;
  }

  std::vector<std::string> strings(const toml::node& node, const std::string& what, const char* example) {
    std::vector<std::string> out;
    const auto* array = node.as_array();
    if (!array) {
      fail(node.source(), what + " 应为字符串数组,例如 " + example);
      return out;
    }
    for (const auto& item : *array) {
      if (!item.is_string()) {
        fail(item.source(), what + " 的每一项都应为字符串,例如 " + example);
        return out;
      }
      out.push_back(item.as_string()->get());
    }
    return out;
  }

  std::vector<Material> materials(const toml::node& node) {
    std::vector<Material> out;
    const auto* array = node.as_array();
    static const char* example = "materials = [\"议题一/起草说明.txt\", { file = \"议题一/审查意见.txt\", kind = \"legality-review\" }]";
    if (!array) {
      fail(node.source(), std::string("materials 应为数组,例如 ") + example);
      return out;
    }
    for (const auto& entry : *array) {
      Material m;
      m.place = place_of(shown_, entry.source());
      if (const auto* s = entry.as_string()) {
        m.file = s->get();
      } else if (const auto* t = entry.as_table()) {
        bool has_file = false;
        for (const auto& [key, value] : *t) {
          const std::string name(key.str());
          if (name == "file") {
            if (!value.is_string()) return fail(value.source(), "file 应为字符串(材料文件相对于会议文件夹的路径)"), out;
            m.file = value.as_string()->get();
            has_file = true;
          } else if (name == "kind") {
            const auto* k = value.as_string();
            const auto kind = k ? parse_material_kind(k->get()) : std::nullopt;
            if (!kind)
              return fail(value.source(), "未知的材料种类" + (k ? " '" + k->get() + "'" : std::string()) + "(可用:" + all_kind_names() + ")"), out;
            m.kind = kind;
          } else {
            return fail(key.source(), "材料中未知的键 '" + name + "'(可用:file、kind)"), out;
          }
        }
        if (!has_file) return fail(entry.source(), "材料缺少 file,例如 { file = \"议题一/审查意见.txt\", kind = \"legality-review\" }"), out;
      } else {
        fail(entry.source(), std::string("每项材料应为文件路径字符串或 { file = …, kind = … } 表,例如 ") + example);
        return out;
      }
      if (m.file.empty() || m.file.front() == '/' || m.file.find("..") != std::string::npos) {
        fail(entry.source(), "材料路径 '" + m.file + "' 应为会议文件夹内的相对路径");
        return out;
      }
      out.push_back(std::move(m));
    }
    return out;
  }

  void items(const toml::node& node) {
    const auto* array = node.as_array();
    if (!array || !array->is_array_of_tables()) return fail(node.source(), "items 应写作表数组:每个议题一个 [[items]]");
    for (const auto& entry : *array) {
      Item item;
      item.place = place_of(shown_, entry.source());
      item.materials_place = item.place;
      bool has_title = false, has_type = false, has_materials = false;
      for (const auto& [key, value] : *entry.as_table()) {
        if (error) return;
        const std::string name(key.str());
        if (name == "title") {
          if (!value.is_string()) return fail(value.source(), "议题的 title 应为字符串");
          item.title = value.as_string()->get();
          has_title = true;
        } else if (name == "type") {
          const auto* t = value.as_string();
          const auto type = t ? parse_item_type(t->get()) : std::nullopt;
          if (!type) return fail(value.source(), "未知的议题类型" + (t ? " '" + t->get() + "'" : std::string()) + "(可用:" + all_type_names() + ")");
          item.type = *type;
          has_type = true;
        } else if (name == "materials") {
          item.materials = materials(value);
          item.materials_place = place_of(shown_, key.source());
          has_materials = true;
        } else if (name == "technical" || name == "market") {
          if (!value.is_boolean()) return fail(value.source(), name + " 应为 true 或 false");
          (name == "technical" ? item.technical : item.market) = value.as_boolean()->get();
        } else if (name == "review-requested") {
          item.review_requested = date(value, "review-requested");
          item.review_place = place_of(shown_, value.source());
        } else {
          return fail(key.source(), "议题中未知的键 '" + name + "'(可用:" +
                                        quoted_list({"title", "type", "materials", "technical", "market", "review-requested"}) + ")");
        }
      }
      if (error) return;
      if (!has_title) return fail(entry.source(), "议题缺少 title");
      if (!has_type) return fail(entry.source(), "议题“" + item.title + "”缺少 type(可用:" + all_type_names() + ")");
      if (!has_materials && item.type != ItemType::report)
        return fail(entry.source(), "议题“" + item.title + "”缺少 materials(没有材料时写 materials = [])");
      out_.items.push_back(std::move(item));
    }
  }

  std::string shown_;
  Manifest& out_;
};

std::string read_text(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  std::stringstream text;
  if (ok) text << in.rdbuf();
  return text.str();
}

std::string toml_string(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

bool is_material_file(const fs::path& path) {
  const std::string name = path.filename().string();
  if (name.empty() || name.front() == '.') return false;
  if (name == "meeting.toml" || name == "INDEX.md" || name == "README.md" || name == "legalint.toml") return false;
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".md" || ext == ".docx";
}

// The first non-empty line of a material, for telling its kind; "" when unreadable.
std::string first_line(const std::string& path) {
  auto loaded = load_file(path);
  if (!loaded.ok()) return "";
  std::istringstream in(loaded.value().text);
  std::string line;
  while (std::getline(in, line)) {
    const auto begin = line.find_first_not_of(" \t\r\xef\xbb\xbf");
    if (begin != std::string::npos) return line.substr(begin);
  }
  return "";
}

// "01-东滩头村鱼塘出租" → "东滩头村鱼塘出租"; "议题一 xxx" stays as is.
std::string title_from_folder(std::string name) {
  std::size_t i = 0;
  while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i]))) ++i;
  if (i > 0 && i < name.size() && (name[i] == '-' || name[i] == '_' || name[i] == ' ' || name[i] == '.')) return name.substr(i + 1);
  return name;
}

std::pair<ItemType, std::string> infer_type(const std::string& folder_title, const std::vector<std::pair<MaterialKind, std::string>>& kinds) {
  auto has = [&](MaterialKind k) { return std::any_of(kinds.begin(), kinds.end(), [&](const auto& p) { return p.first == k; }); };
  auto titled = [&](MaterialKind k, const std::vector<std::string_view>& words) {
    for (const auto& [kind, title] : kinds)
      if (kind == k)
        for (const auto w : words)
          if (title.find(w) != std::string::npos) return true;
    return false;
  };
  static const std::vector<std::string_view> asset_words = {"租赁", "出租", "承包", "流转", "处置", "转让"};
  if (has(MaterialKind::assembly_resolution) || has(MaterialKind::legal_adviser_opinion))
    return {ItemType::village_asset, "有村民(代表)会议决议或法律顾问意见"};
  if (titled(MaterialKind::contract, asset_words) && folder_title.find("村") != std::string::npos)
    return {ItemType::village_asset, "有村集体资产的租赁、承包或流转合同"};
  if (folder_title.find("三重一大") != std::string::npos) return {ItemType::sanzhong_yida, "文件夹名含“三重一大”"};
  if (has(MaterialKind::draft) || has(MaterialKind::drafting_notes) || has(MaterialKind::public_participation) ||
      has(MaterialKind::risk_assessment) || has(MaterialKind::expert_opinion))
    return {ItemType::major_decision, "有决策草案、起草说明或决策程序材料"};
  if (has(MaterialKind::contract)) return {ItemType::contract, "有合同文本"};
  if (has(MaterialKind::legality_review)) return {ItemType::contract, "只有合法性审查意见"};
  return {ItemType::report, "没有需要审查的材料"};
}

}  // namespace

std::string MeetingError::to_string() const {
  std::string out = place.file;
  if (place.line > 0) out += ":" + std::to_string(place.line) + ":" + std::to_string(place.column);
  return out + ": " + message;
}

std::optional<MeetingError> parse_manifest_text(std::string_view text, const std::string& shown, Manifest& out) {
  out = Manifest{};
  out.path = shown;
  toml::table table;
  try {
    table = toml::parse(text, shown);
  } catch (const toml::parse_error& e) {
    return MeetingError{place_of(shown, e.source()), "TOML 语法错误:" + std::string(e.description())};
  }
  std::istringstream lines{std::string(text)};
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.source_lines.push_back(line);
  }
  ManifestParser parser(shown, out);
  parser.parse(table);
  return parser.error;
}

std::optional<MeetingError> parse_manifest(const std::string& path, const std::string& shown, Manifest& out) {
  bool ok = false;
  const std::string text = read_text(path, ok);
  if (!ok) return MeetingError{{shown, 0, 0}, "无法读取会议清单"};
  return parse_manifest_text(text, shown, out);
}

Manifest infer_manifest(const std::string& dir, const std::string& shown_dir) {
  Manifest m;
  m.inferred = true;
  std::vector<fs::path> top_files, folders;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_directory()) {
      if (entry.path().filename().string().front() != '.') folders.push_back(entry.path());
    } else if (is_material_file(entry.path())) {
      top_files.push_back(entry.path());
    }
  }
  std::sort(top_files.begin(), top_files.end());
  std::sort(folders.begin(), folders.end());

  std::string notice_title;
  for (const auto& file : top_files) {
    Material material;
    material.file = file.filename().string();
    std::string reason;
    const std::string title = first_line(file.string());
    material.kind = classify_material(material.file, title, &reason);
    if (*material.kind == MaterialKind::notice) {
      if (notice_title.empty()) notice_title = title;
      if (auto loaded = load_file(file.string()); loaded.ok() && !m.date) {
        m.date = find_meeting_date(analyze(std::move(loaded.value()), AnalyzeOptions{DocumentKind::decision}));
        if (m.date) m.notes.push_back(material.file + ":会议日期 " + iso_date(*m.date) + "(读自会议通知)");
      }
    }
    m.notes.push_back(material.file + ":会议材料,种类 " + to_string(*material.kind) + "(" + reason + ")");
    m.materials.push_back(std::move(material));
  }
  // "关于召开镇党政联席会议的通知" → "镇党政联席会议".
  for (const std::string prefix : {"关于召开", "关于"})
    if (notice_title.rfind(prefix, 0) == 0) {
      notice_title.erase(0, prefix.size());
      break;
    }
  for (const std::string suffix : {"的通知", "通知"})
    if (notice_title.size() > suffix.size() && notice_title.compare(notice_title.size() - suffix.size(), suffix.size(), suffix) == 0) {
      notice_title.resize(notice_title.size() - suffix.size());
      break;
    }
  m.title = notice_title.empty() ? fs::path(dir).lexically_normal().filename().string() : notice_title;
  if (m.title.empty()) m.title = fs::path(dir).lexically_normal().parent_path().filename().string();

  for (const auto& folder : folders) {
    Item item;
    item.folder = folder.filename().string();
    item.title = title_from_folder(item.folder);
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder, ec))
      if (entry.is_regular_file() && is_material_file(entry.path())) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::pair<MaterialKind, std::string>> kinds;
    for (const auto& file : files) {
      Material material;
      material.file = fs::relative(file, dir).generic_string();
      const std::string title = first_line(file.string());
      std::string reason;
      material.kind = classify_material(file.filename().string(), title, &reason);
      kinds.emplace_back(*material.kind, title);
      m.notes.push_back(material.file + ":种类 " + to_string(*material.kind) + "(" + reason + ")");
      item.materials.push_back(std::move(material));
    }
    const auto [type, why] = infer_type(item.title, kinds);
    item.type = type;
    m.notes.push_back(item.folder + "/:议题“" + item.title + "”,类型 " + to_string(type) + "(" + why + ")");
    m.items.push_back(std::move(item));
  }
  if (m.items.empty()) m.notes.push_back(shown_dir + " 下没有子文件夹,推断不出议题(每个议题一个子文件夹)");
  return m;
}

std::string manifest_to_toml(const Manifest& manifest) {
  std::ostringstream out;
  out << "# 会议清单(meeting.toml)。由 legalint meeting --write-manifest 根据文件夹推断写出,\n"
         "# 请核对会议日期、议题类型(type)和材料种类(kind)后保存。格式见 docs/meeting.md。\n"
         "# type:major-decision、sanzhong-yida、village-asset、contract、report\n"
         "# kind:"
      << all_kind_names() << "\n";
  out << "title = " << toml_string(manifest.title) << "\n";
  if (manifest.date)
    out << "date = " << iso_date(*manifest.date) << "\n";
  else
    out << "# date = 2024-10-08   # 会议日期:未能从会议通知中读出,请填写\n";
  if (!manifest.attendees.empty()) {
    out << "attendees = [";
    for (std::size_t i = 0; i < manifest.attendees.size(); ++i) out << (i ? ", " : "") << toml_string(manifest.attendees[i]);
    out << "]\n";
  }
  auto write_materials = [&](const std::vector<Material>& materials) {
    out << "materials = [\n";
    for (const auto& m : materials) {
      out << "  { file = " << toml_string(m.file);
      if (m.kind) out << ", kind = " << toml_string(to_string(*m.kind));
      out << " },\n";
    }
    out << "]\n";
  };
  if (!manifest.materials.empty()) write_materials(manifest.materials);
  for (const auto& item : manifest.items) {
    out << "\n[[items]]\n";
    out << "title = " << toml_string(item.title) << "\n";
    out << "type = " << toml_string(to_string(item.type)) << "\n";
    if (item.technical) out << "technical = " << (*item.technical ? "true" : "false") << "\n";
    if (item.market) out << "market = " << (*item.market ? "true" : "false") << "\n";
    if (item.review_requested) out << "review-requested = " << iso_date(*item.review_requested) << "\n";
    write_materials(item.materials);
  }
  return out.str();
}

std::optional<MeetingError> parse_meeting_config_text(std::string_view text, const std::string& shown, Requirements& into) {
  toml::table table;
  try {
    table = toml::parse(text, shown);
  } catch (const toml::parse_error& e) {
    return MeetingError{place_of(shown, e.source()), "TOML 语法错误:" + std::string(e.description())};
  }
  const toml::node* meeting = table.get("meeting");
  if (!meeting) return std::nullopt;
  if (!meeting->is_table()) return MeetingError{place_of(shown, meeting->source()), "meeting 应为一个表,写作 [meeting.requires]"};
  for (const auto& [key, node] : *meeting->as_table()) {
    if (key.str() != "requires")
      return MeetingError{place_of(shown, key.source()), "[meeting] 中未知的键 '" + std::string(key.str()) + "'(可用:requires)"};
    if (!node.is_table()) return MeetingError{place_of(shown, node.source()), "meeting.requires 应为一个表,写作 [meeting.requires]"};
    for (const auto& [type_key, list] : *node.as_table()) {
      const auto type = parse_item_type(type_key.str());
      if (!type)
        return MeetingError{place_of(shown, type_key.source()),
                            "[meeting.requires] 中未知的议题类型 '" + std::string(type_key.str()) + "'(可用:" + all_type_names() + ")"};
      const auto* array = list.as_array();
      if (!array)
        return MeetingError{place_of(shown, list.source()),
                            "[meeting.requires] 的取值应为材料种类的数组,例如 \"village-asset\" = [\"assembly-resolution\", \"legal-adviser-opinion\"]"};
      std::vector<Requirement> requirements;
      for (const auto& entry : *array) {
        const auto* s = entry.as_string();
        if (!s) return MeetingError{place_of(shown, entry.source()), "[meeting.requires] 的每一项应为字符串,例如 \"expert-opinion if technical\""};
        std::string name = s->get();
        Requirement r;
        for (const auto& [suffix, when] : {std::pair{" if technical", Requirement::When::technical}, std::pair{" if market", Requirement::When::market}}) {
          const std::string sfx(suffix);
          if (name.size() > sfx.size() && name.compare(name.size() - sfx.size(), sfx.size(), sfx) == 0) {
            name.resize(name.size() - sfx.size());
            r.when = when;
          }
        }
        const auto kind = parse_material_kind(name);
        if (!kind || *kind == MaterialKind::other)
          return MeetingError{place_of(shown, entry.source()),
                              "未知的材料种类 '" + s->get() + "'(可用:" + all_kind_names() + ";可加后缀 \" if technical\" 或 \" if market\")"};
        r.kind = *kind;
        requirements.push_back(r);
      }
      into.by_type[*type] = std::move(requirements);
      into.overridden[*type] = place_of(shown, type_key.source());
    }
  }
  return std::nullopt;
}

std::optional<MeetingError> load_meeting_config(const std::string& path, const std::string& shown, Requirements& into) {
  bool ok = false;
  const std::string text = read_text(path, ok);
  if (!ok) return MeetingError{{shown, 0, 0}, "无法读取配置文件"};
  return parse_meeting_config_text(text, shown, into);
}

}  // namespace legalint

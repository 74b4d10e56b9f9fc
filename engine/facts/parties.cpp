// extract_parties: finds "role: name" runs such as "甲方(出租方):某某村股份经济
// 合作社" at the start of a line (or after a wide gap on the same line, as in
// "甲方:张三    乙方:李四"). Plain scanning: the roles are a short closed
// list and the shape is fixed, so a regex engine would add nothing.
#include <algorithm>
#include <array>

#include "facts/facts.h"

namespace legalint {
namespace {

// Longest first where one role starts another.
constexpr std::array<std::string_view, 36> kRoles = {
    "甲方", "乙方", "丙方", "丁方", "出租方", "承租方", "出租人", "承租人", "发包方", "承包方", "发包人",
    "承包人", "招标人", "投标人", "中标人", "采购人", "供应商", "受让方", "转让方", "出让方", "受让人",
    "转让人", "委托方", "受托方", "委托人", "受托人", "买方", "卖方", "出卖人", "买受人", "贷款人",
    "借款人", "出借人", "用人单位", "劳动者", "代理机构"};

static_assert(std::all_of(kRoles.begin(), kRoles.end(), [](std::string_view role) { return role.size() >= 3; }));

std::string_view match_role(std::string_view text) {
  // Every role starts with a three-byte character: compare that inline
  // first, as nearly every line starts with none of them (memcmp for each
  // role at each line was 2% of a batch).
  if (text.size() < 3) return {};
  for (std::string_view role : kRoles)
    if (role[0] == text[0] && role[1] == text[1] && role[2] == text[2] && text.starts_with(role)) return role;
  return {};
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::size_t skip_spaces(std::string_view text, std::size_t i) {
  while (i < text.size() && is_space(text[i])) ++i;
  return i;
}

// A bracket after a name that annotates it rather than naming: "(以下简称甲方)",
// "(统一社会信用代码…)", "(住所:…)", a signature placeholder "(签字或盖章)".
bool is_annotation(std::string_view inner) {
  for (std::string_view prefix : {"以下简称", "统一社会信用代码", "身份证", "住所", "地址", "法定代表人", "负责人"})
    if (inner.substr(0, prefix.size()) == prefix) return true;
  for (std::string_view word : {"盖章", "签字", "签章", "公章", "签名"})
    if (inner.find(word) != std::string_view::npos) return true;
  return false;
}

// Drops what follows a name but is not part of it: trailing punctuation and
// spaces and annotation brackets. A name of only underscores is blank.
std::string_view clean_name(std::string_view name) {
  for (bool changed = true; changed;) {
    changed = false;
    while (!name.empty() && is_space(name.back())) {
      name.remove_suffix(1);
      changed = true;
    }
    if (!name.empty() && name.back() == ')') {
      const std::size_t open = name.rfind('(');
      if (open != std::string_view::npos && is_annotation(name.substr(open + 1, name.size() - open - 2))) {
        name = name.substr(0, open);
        changed = true;
      }
    }
  }
  if (name.find_first_not_of("_ ") == std::string_view::npos) return {};
  return name;
}

// "甲方(" or "甲方:" — the start of another party's field.
bool role_field_at(std::string_view line, std::size_t i) {
  const std::string_view role = match_role(line.substr(i));
  if (role.empty()) return false;
  const std::size_t after = skip_spaces(line, i + role.size());
  return after < line.size() && (line[after] == '(' || line[after] == ':');
}

// Where the name that starts at `i` ends: at a comma, semicolon or 。 outside
// brackets (吕振国,男,身份证号码…), at a tab or a wide gap before another
// field, or at the end of the line.
std::size_t name_end(std::string_view line, std::size_t i) {
  int depth = 0;
  for (; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (depth == 0 && (c == ',' || c == ';' || line.substr(i, 3) == "。")) return i;
    if (c == '\t' || (c == ' ' && i + 1 < line.size() && line[i + 1] == ' ')) return i;
  }
  return i;
}

// Parses one run starting at `at` (a role); returns the end of the run or 0.
std::size_t parse_party(std::string_view line, std::size_t at, std::size_t line_offset, std::vector<Party>& out) {
  const std::string_view role = match_role(line.substr(at));
  if (role.empty()) return 0;
  std::size_t i = at + role.size();
  std::string_view alias;
  if (i < line.size() && line[i] == '(') {
    const std::size_t close = line.find(')', i);
    if (close == std::string_view::npos) return 0;
    const std::string_view inner = line.substr(i + 1, close - i - 1);
    if (match_role(inner) == inner) alias = inner;  // 甲方(出租方); (盖章) is not a role
    i = close + 1;
  }
  i = skip_spaces(line, i);
  if (i >= line.size() || line[i] != ':') return 0;
  const std::size_t colon_end = ++i;
  i = skip_spaces(line, i);
  // "出租方(盖章):\t\t承租方(签字或盖章):" — a blank name, then the next field.
  const std::size_t end_of_name = role_field_at(line, i) ? i : name_end(line, i);
  const std::string_view name = clean_name(line.substr(i, end_of_name - i));
  Party party;
  party.role = std::string(role);
  party.alias = std::string(alias);
  party.name = std::string(name);
  const std::size_t end = name.empty() ? colon_end : static_cast<std::size_t>(name.data() + name.size() - line.data());
  party.span = Span{static_cast<std::uint32_t>(line_offset + at), static_cast<std::uint32_t>(line_offset + end)};
  out.push_back(std::move(party));
  return end_of_name;
}

}  // namespace

std::vector<Party> extract_parties(std::string_view normalized) {
  std::vector<Party> parties;
  std::size_t line_start = 0;
  while (line_start <= normalized.size()) {
    std::size_t line_end = normalized.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = normalized.size();
    const std::string_view line = normalized.substr(line_start, line_end - line_start);
    std::size_t i = skip_spaces(line, 0);
    while (i < line.size()) {
      const std::size_t end = parse_party(line, i, line_start, parties);
      if (end == 0) break;
      i = skip_spaces(line, end);
    }
    line_start = line_end + 1;
  }
  return parties;
}

}  // namespace legalint

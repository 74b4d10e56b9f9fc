#include "classify/classify.h"

#include <algorithm>
#include <array>
#include <utility>

namespace legalint {
namespace {

constexpr std::array lease_terms = {"租赁", "出租", "承租", "租用", "流转", "承包", "发包", "转租", "招租"};
constexpr std::array tender_terms = {"招标", "投标", "评标", "中标", "比选", "竞争性磋商", "竞争性谈判", "询价", "采购", "成交"};
// 施工承包合同 is a construction contract, not a lease of collective assets.
constexpr std::array works_terms = {"工程", "施工", "设计", "监理", "劳务", "服务"};
constexpr std::array decision_terms = {"决策", "决定", "方案", "办法", "规定", "起草说明", "审查意见", "纪要", "征求意见", "实施意见", "三重一大", "议题"};
constexpr std::array contract_words = {"合同", "协议"};
constexpr std::array contract_endings = {"合同", "协议", "合同书", "协议书"};
constexpr std::array title_suffixes = {"(草案)", "草案", "(样本)", "(范本)", "(试行)", "(征求意见稿)"};

template <std::size_t N>
const char* first_found(std::string_view text, const std::array<const char*, N>& terms) {
  for (const char* term : terms)
    if (text.find(term) != std::string_view::npos) return term;
  return nullptr;
}

template <std::size_t N>
int count_in(std::string_view text, const std::array<const char*, N>& terms) {
  int count = 0;
  for (const char* term : terms) {
    for (auto at = text.find(term); at != std::string_view::npos; at = text.find(term, at + 1)) ++count;
  }
  return count;
}

std::string_view trim(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view first_nonempty_line(std::string_view text) {
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const auto line = trim(text.substr(start, end - start));
    if (!line.empty()) return line;
    start = end + 1;
  }
  return {};
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// "…租赁合同(草案)" names a contract; "中标合同签订情况登记表" names a register.
bool names_a_contract(std::string_view title) {
  for (const char* suffix : title_suffixes)
    if (ends_with(title, suffix)) title.remove_suffix(std::string_view(suffix).size());
  for (const char* ending : contract_endings)
    if (ends_with(title, ending)) return true;
  return false;
}

Classification contract_or_lease(std::string_view title, Classification result) {
  const char* lease_term = first_found(title, lease_terms);
  if (lease_term && !first_found(title, works_terms)) {
    result.kind = DocumentKind::lease;
    result.reason = std::string("标题含“") + lease_term + "”";
  } else {
    result.kind = DocumentKind::contract;
    result.reason = "标题为合同或协议";
  }
  return result;
}

}  // namespace

const char* to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::lease: return "lease";
    case DocumentKind::tender: return "tender";
    case DocumentKind::decision: return "decision";
    case DocumentKind::contract: return "contract";
    case DocumentKind::unknown: return "unknown";
  }
  return "unknown";
}

std::optional<DocumentKind> parse_document_kind(std::string_view name) {
  for (auto kind : {DocumentKind::lease, DocumentKind::tender, DocumentKind::decision, DocumentKind::contract})
    if (name == to_string(kind)) return kind;
  return std::nullopt;
}

Classification classify(std::string_view text) {
  Classification result;
  const std::string_view title = first_nonempty_line(text);
  result.title = std::string(title);

  // A title that ends in 合同 or 协议 names a contract: "…租赁合同" is a lease,
  // "…采购合同" a contract. Other titles are told by their key terms.
  if (names_a_contract(title)) return contract_or_lease(title, std::move(result));
  if (const char* term = first_found(title, tender_terms)) {
    result.kind = DocumentKind::tender;
    result.reason = std::string("标题含“") + term + "”";
    return result;
  }
  if (const char* term = first_found(title, decision_terms)) {
    result.kind = DocumentKind::decision;
    result.reason = std::string("标题含“") + term + "”";
    return result;
  }

  if (first_found(title, contract_words)) return contract_or_lease(title, std::move(result));

  // No telling title: the body's vocabulary decides, if one kind clearly dominates.
  const std::array<std::pair<DocumentKind, int>, 3> scores = {{
      {DocumentKind::lease, count_in(text, lease_terms)},
      {DocumentKind::tender, count_in(text, tender_terms)},
      {DocumentKind::decision, count_in(text, decision_terms)},
  }};
  auto best = scores[0];
  int second = 0;
  for (std::size_t i = 1; i < scores.size(); ++i) {
    if (scores[i].second > best.second) { second = best.second; best = scores[i]; }
    else second = std::max(second, scores[i].second);
  }
  if (best.second >= 3 && best.second >= 2 * second) {
    result.kind = best.first;
    result.reason = "依据正文用语";
    return result;
  }
  if (text.find("甲方") != std::string_view::npos && text.find("乙方") != std::string_view::npos) {
    result.kind = DocumentKind::contract;
    result.reason = "正文称甲方、乙方";
    return result;
  }
  result.kind = DocumentKind::unknown;
  result.reason = "标题和正文都不能表明类型";
  return result;
}

}  // namespace legalint

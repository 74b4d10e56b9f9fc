// What kind of document this is: the kind chooses the rule packs.
//
//   Classification c = classify(normalized_text);
//   if (!c.certain) …  // told from weak evidence; the contract pack applies
//
// Told from the title (the first non-empty line) first, then from key terms
// in the body. A user can force the kind (--kind, legalint.toml).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace legalint {

enum class DocumentKind {
  lease,     // collective-asset leases, land-management-right transfers, 承包合同
  tender,    // tender notices, tender documents, clarifications, evaluation and award records
  decision,  // major-decision drafts, drafting notes, review opinions, comment notices, minutes
  contract,  // any other contract or agreement
  unknown,   // none of the above could be told; reviewed as a contract
};

const char* to_string(DocumentKind kind);
std::optional<DocumentKind> parse_document_kind(std::string_view name);

struct Classification {
  DocumentKind kind = DocumentKind::unknown;
  std::string title;   // the first non-empty line, trimmed
  std::string reason;  // why, in a few words for the user: "标题含“租赁”"
};

Classification classify(std::string_view normalized);

}  // namespace legalint

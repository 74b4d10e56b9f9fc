// The clause structure of a document: headings such as 第五条, 第二章,
// 三、, (二), 1., 1.1, (1) found at the start of a line, nested into a tree.
//
//   ClauseTree tree = parse_clauses(normalized_text);
//   std::string where = tree.path_at(offset);   // "第五条", "三、(二)"
//
// Nesting follows the document, not a fixed scheme: a heading whose style is
// already open closes it and starts a sibling; a new style opens a child.
// So "一、 … (一) … 1." nests three deep, and so does "第一条 … (一) … 1.".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace legalint {

enum class HeadingStyle {
  chapter,       // 第一章
  section,       // 第一节
  article,       // 第一条
  chinese_list,  // 一、
  chinese_paren, // (一)
  arabic_list,   // 1.  1、
  decimal,       // 1.1  1.2.3 (the depth is in Clause::decimal_depth)
  arabic_paren,  // (1)
};

const char* to_string(HeadingStyle style);

struct Clause {
  HeadingStyle style = HeadingStyle::article;
  int decimal_depth = 0;  // number of dots for HeadingStyle::decimal, else 0
  std::string label;      // the marker as written after folding: "第五条", "三、", "(二)", "1.1"
  std::string title;      // the words after the marker, up to the first punctuation: "租赁期限"
  Span heading;           // marker and title
  Span span;              // the whole clause: from its heading to the next heading that closes it
  int parent = -1;        // index into ClauseTree::clauses(), -1 for top level
  int depth = 0;          // 0 for top level
};

class ClauseTree {
 public:
  ClauseTree() = default;
  // `clauses` in document order, each parent before its children.
  explicit ClauseTree(std::vector<Clause> clauses);

  // In document order; a parent always comes before its children.
  const std::vector<Clause>& clauses() const { return clauses_; }

  // Index of the innermost clause containing `offset`, or -1 (also, for
  // every offset, once the thread's deadline has passed: base/deadline.h).
  int innermost_at(std::uint32_t offset) const;
  // Index of the top-level clause containing `offset`, or -1.
  int outermost_at(std::uint32_t offset) const;
  // The labels from the top level down to the innermost clause: "第五条(二)".
  // Past 8 levels: the outermost label, "…", the 7 innermost; a label over
  // 48 bytes is cut, with "…".
  std::string path_at(std::uint32_t offset) const;

 private:
  std::vector<Clause> clauses_;
  std::vector<int> top_;  // top_[i]: the top-level ancestor of clause i (itself at the top level)
};

// Stops early, with the headings found so far, once the file's time is up
// (base/deadline.h); the caller then discards the result.
ClauseTree parse_clauses(std::string_view normalized);

}  // namespace legalint

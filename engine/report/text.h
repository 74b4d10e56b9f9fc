// The compiler-style text report:
//
//   leases/L002.txt:11:6: error: 租赁期限为二十五年,超过二十年的部分无效 [lease/term-over-20y]
//      11 | 租赁期限为二十五年,自2024年1月1日起计算。
//         |      ^~~~~~~~~~
//         = 条款: 第三条
//         = 依据: 《中华人民共和国民法典》第七百零五条:租赁期限不得超过二十年……
//         = 建议: 将租赁期限约定为不超过二十年;期满可续订
//
// The first line is what editors and CI annotators parse; the caret is placed
// by display width, so it sits under the right Chinese characters.
#pragma once

#include "report/report.h"

namespace legalint {

struct TextOptions {
  bool color = false;    // ANSI colors (a terminal)
  bool details = true;   // source line, caret, clause, basis and fix under each finding
  bool summary = true;   // the closing summary
};

class TextSink final : public Sink {
 public:
  explicit TextSink(TextOptions options) : options_(options) {}
  void write(const RunReport& run, std::ostream& out) const override;

 private:
  TextOptions options_;
};

// The closing summary alone ("审查 78 份文件 …"), shared with the progress line.
std::string summary_line(const RunReport& run);

}  // namespace legalint

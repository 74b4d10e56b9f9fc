// The HTML sink: one self-contained page (inline CSS and script, no network,
// no external assets) that a legal adviser opens in a browser and prints.
//
// For each document: its text, with each finding highlighted where it is
// (overlapping findings share a highlight, which takes the worst severity),
// and beside it the findings by severity — rule, message, clause, legal basis
// (citation and paraphrase) and suggested fix. At the top: a summary table
// for a batch (findings per file and per rule) and filters by severity and
// by rule. Print CSS lays it out for A4, text above its findings.
//
// The text comes from FileOutcome::text (the batch keeps it only when this
// format is chosen); without it a document shows its findings only.
// Highlights are placed from Finding::location (line and column in the
// decoded text), so they sit on the characters the other formats point at.
#pragma once

#include "report/report.h"

namespace legalint {

class HtmlSink final : public Sink {
 public:
  void write(const RunReport& run, std::ostream& out) const override;
};

}  // namespace legalint

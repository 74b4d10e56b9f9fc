// The SARIF 2.1.0 sink (OASIS; what GitHub code scanning and most CI
// dashboards read). Output validates against the official schema
// (tests/report/sarif_schema_test.cpp checks it with a real validator).
//
// One run. tool.driver lists every loaded rule (id, name, descriptions,
// help with the legal basis and the fix, default level, pack and kinds as
// tags); each finding is a result with ruleId/ruleIndex, level, message,
// one physical location and partialFingerprints["legalint/v1"].
//
// Locations: artifactLocation.uri is the path as the user gave it,
// percent-encoded; a relative path gets uriBaseId "%SRCROOT%" (the
// directory the run started in, which CI sets to the checkout), an absolute
// path becomes a file:// URI. Lines and columns are 1-based, columns count
// code points (run.columnKind = "unicodeCodePoints"), endColumn is
// exclusive. Offsets: SARIF's charOffset counts characters, legalint knows
// byte offsets on disk, so the region carries byteOffset/byteLength (not for
// .docx, whose offsets are into the extracted text, not the zip).
//
// Unreadable files are toolExecutionNotifications of the one invocation,
// whose executionSuccessful is false when there is any (exit code 3).
#pragma once

#include "report/report.h"

namespace legalint {

inline constexpr const char* kInformationUri = "https://github.com/legalint/legalint";

class SarifSink final : public Sink {
 public:
  void write(const RunReport& run, std::ostream& out) const override;
};

}  // namespace legalint

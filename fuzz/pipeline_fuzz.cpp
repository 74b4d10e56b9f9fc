// libFuzzer target: the whole pipeline on arbitrary bytes — load_bytes (as
// .docx when the bytes are a zip, else as .txt) → analyze → Engine::review
// with the real rule packs of rules/ and the real seeds/, then the corpus
// checks. A finding must point inside the document it came from.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "analyze/analysis.h"
#include "check/dates.h"
#include "eval/bases.h"
#include "eval/compile.h"
#include "eval/engine.h"
#include "fuzz_support.h"
#include "load/load.h"

namespace {

struct Pipeline {
  legalint::BasisIndex bases;
  legalint::HolidayCalendar calendar;
  legalint::RuleSet rules;
  std::unique_ptr<legalint::Engine> engine;
};

Pipeline& pipeline() {
  static Pipeline* p = [] {
    auto* made = new Pipeline;
    const std::string data = legalint::fuzz::data_dir();
    auto bases = legalint::BasisIndex::load(data + "/seeds/bases.toml");
    auto calendar = legalint::HolidayCalendar::load(data + "/seeds/holidays.toml");
    if (!bases.ok() || !calendar.ok()) std::abort();
    made->bases = std::move(bases.value());
    made->calendar = std::move(calendar.value());
    legalint::rulelang::Diagnostics diagnostics;
    made->rules = legalint::load_packs(legalint::fuzz::pack_files(), made->bases, {}, diagnostics);
    if (!diagnostics.empty()) std::abort();  // the shipped packs must load
    made->engine = std::make_unique<legalint::Engine>(made->rules, made->calendar);
    return made;
  }();
  return *p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Pipeline& p = pipeline();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const bool zip = bytes.size() >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
  legalint::LoadOptions options;
  options.max_docx_entry_bytes = 8u << 20;
  auto loaded = legalint::load_bytes(zip ? "fuzz.docx" : "fuzz.txt", bytes, options);
  if (!loaded.ok()) return 0;
  const legalint::Analysis analysis = legalint::analyze(std::move(loaded.value()));
  const auto findings = p.engine->review(analysis);
  const std::size_t text_size = analysis.normalized.text().size();
  for (const auto& finding : findings)
    if (finding.span.begin > finding.span.end || finding.span.end > text_size) std::abort();
  return 0;
}

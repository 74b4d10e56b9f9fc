#include "eval/examples.h"

#include <algorithm>

#include "load/load.h"

namespace legalint {
namespace {

std::vector<std::string> split_documents(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const auto at = text.find("\n-----\n", start);
    if (at == std::string::npos) {
      parts.push_back(text.substr(start));
      return parts;
    }
    parts.push_back(text.substr(start, at - start + 1));
    start = at + 7;
  }
}

std::string where(const Location& l) {
  return std::to_string(l.start.line) + ":" + std::to_string(l.start.column);
}

// The findings of `rule` over the example's document(s).
Outcome<std::vector<Finding>> findings_for(const Engine& engine, const Rule& rule, const Example& example) {
  const bool corpus = std::any_of(rule.checks.begin(), rule.checks.end(), [](const auto& c) { return c->corpus_level(); });
  AnalyzeOptions options;
  options.kind = rule.kinds.empty() ? DocumentKind::contract : rule.kinds.front();
  const std::string name = rule.id + (example.bad ? ":bad" : ":good");

  // A corpus example is a little batch of its own, judged by a fresh engine.
  Engine batch(engine.rules(), engine.calendar(), {});
  std::vector<Finding> findings;
  const auto documents = corpus ? split_documents(example.text) : std::vector<std::string>{example.text};
  for (std::size_t i = 0; i < documents.size(); ++i) {
    auto document = load_bytes(documents.size() > 1 ? name + "#" + std::to_string(i + 1) : name, documents[i]);
    if (!document.ok()) return document.error();
    const Analysis analysis = analyze(std::move(document.value()), options);
    if (corpus) batch.remember(analysis);
    else findings = engine.review(analysis);
  }
  if (corpus) findings = batch.review_corpus();
  std::erase_if(findings, [&](const Finding& f) { return f.rule_id != rule.id; });
  return findings;
}

}  // namespace

std::vector<ExampleResult> run_examples(const Engine& engine, const Rule& rule) {
  std::vector<ExampleResult> results;
  for (const auto& example : rule.examples) {
    ExampleResult result{&rule, &example, false, ""};
    auto found = findings_for(engine, rule, example);
    if (!found.ok()) {
      result.detail = "the example cannot be read: " + found.error().message;
    } else if (example.bad) {
      const auto& findings = found.value();
      if (findings.empty()) {
        result.detail = "no finding";
      } else if (example.mark) {
        const auto at_mark = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) {
          return f.location.byte_begin == example.mark->begin && f.location.byte_end == example.mark->end;
        });
        result.passed = at_mark != findings.end();
        if (!result.passed)
          result.detail = "found \"" + findings[0].excerpt + "\" at " + where(findings[0].location) + ", not the marked \"" +
                          std::string(example.mark->in(example.text)) + "\"";
      } else {
        result.passed = true;
      }
    } else {
      const auto& findings = found.value();
      result.passed = findings.empty();
      if (!result.passed) result.detail = "unexpected finding \"" + findings[0].excerpt + "\" at " + where(findings[0].location);
    }
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace legalint

// check corpus: across the documents of one run.
//
//   check corpus {                # one parcel leased twice for overlapping periods
//     detect overlap
//     key    /坐落于|位于/          # what identifies the parcel
//     period /租赁期限|租期/         # the term
//   }
//
//   check corpus {                # one lessee's contracts split below a threshold
//     detect    split
//     key       /承租方[::]|乙方[::]/
//     amount    /合同总价|租金总额/
//     threshold 50万元
//   }
//
// Per document (summarize): the key is the text from the end of the first
// `key` match to the end of its sentence, without spaces and punctuation and
// without the area quantities in it, plus the area quantity of that sentence
// in square metres (so 15亩 and 10000平方米 are the same parcel). Two documents
// have the same key when their areas agree (or neither gives one) and either
// those texts are equal or their first phrases (the text up to the first
// punctuation mark, four characters or more) are: 坐落于后杨庄村西大洼南侧
// (台账编号HYZ-KT-02),面积41.3亩 and 位于后杨庄村西大洼南侧,面积41.3亩(含埝埂)
// name one parcel. The period is the complete DateRange near the first
// `period` match, within its article (first after it, else last before); the
// amount the Money fact near the first `amount` match, within its sentence.
// A document without its key, or without the period/amount its detection
// needs, is left out.
//
// overlap: a document whose key equals others' and whose period overlaps
// theirs (both end days included) gets one hit, {other} naming those others
// (up to three paths, then "等N份合同"). split: documents with equal keys whose amounts are
// each below the threshold; when there are two or more of them and their sum
// reaches the threshold, a hit on each, with {key} and {total}. An overlap
// lands on the sentence of the key anchor (the parcel's 坐落), a split on the
// document's amount.
#include "check/dates.h"
#include "check/limit.h"
#include "check/registry.h"
#include "check/scope.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "base/utf8.h"

namespace legalint {
namespace {

enum class Detect { overlap, split };

class CorpusCheck final : public Check {
 public:
  CorpusCheck(Detect detect, const Regex* key, const Regex* period, const Regex* amount, std::optional<Money> threshold)
      : detect_(detect), key_(key), period_(period), amount_(amount), threshold_(threshold) {}

  std::vector<const Regex*> triggers() const override { return {key_}; }
  void evaluate(const EvalContext&, std::vector<Hit>&) const override {}
  bool corpus_level() const override { return true; }

  std::optional<CorpusEntry> summarize(const EvalContext& context) const override {
    const Analysis& analysis = context.analysis;
    const std::string& text = analysis.normalized.text();
    const Span whole{0, static_cast<std::uint32_t>(text.size())};
    const auto anchor = find_first(context, *key_, whole);
    if (!anchor) return std::nullopt;
    const Span sentence = scope_span(analysis, Scope::sentence, anchor->begin);
    CorpusEntry entry;
    entry.anchor = Hit{sentence, {}};
    // The key: the rest of the sentence, without area quantities, spaces and punctuation.
    std::string area;
    std::string key;
    std::uint32_t at = anchor->end;
    for (const Fact* fact : analysis.facts_in(sentence)) {
      const auto* quantity = std::get_if<Quantity>(&fact->value);
      if (!quantity || !is_area_unit(quantity->unit)) continue;
      if (area.empty()) area = canonical_area(*quantity).value_or("");
      if (fact->span.begin < at) continue;
      key += strip(std::string_view(text).substr(at, fact->span.begin - at));
      at = fact->span.end;
    }
    if (at < sentence.end) key += strip(std::string_view(text).substr(at, sentence.end - at));
    entry.keys = {key, area, strip(first_phrase(std::string_view(text).substr(anchor->end, sentence.end - anchor->end)))};

    if (detect_ == Detect::overlap) {
      const auto match = find_first(context, *period_, whole);
      if (!match) return std::nullopt;
      const Fact* range = fact_near(analysis, *match, scope_span(analysis, Scope::article, match->begin), [](const Fact& f) {
        const auto* r = std::get_if<DateRange>(&f.value);
        return r && is_valid_date(r->from) && is_valid_date(r->to);
      });
      if (!range) return std::nullopt;
      entry.period = std::get<DateRange>(range->value);
    } else {
      const auto match = find_first(context, *amount_, whole);
      if (!match) return std::nullopt;
      const Fact* money = fact_near(analysis, *match, scope_span(analysis, Scope::sentence, match->begin),
                                    [](const Fact& f) { return f.kind == FactKind::money; });
      if (!money) return std::nullopt;
      entry.amount = std::get<Money>(money->value);
      entry.anchor = Hit{money->span, {}};  // a split is about the amounts: point at this one
    }
    return entry;
  }

  void evaluate_corpus(const std::vector<const CorpusEntry*>& entries, std::vector<CorpusHit>& hits) const override {
    const auto groups = group_by_key(entries);
    if (detect_ == Detect::overlap) {
      // Each document's overlapping others, in document order.
      std::map<std::size_t, std::vector<std::size_t>> others;
      for (const auto& members : groups) {
        for (std::size_t a = 0; a < members.size(); ++a) {
          for (std::size_t b = a + 1; b < members.size(); ++b) {
            const auto& x = *entries[members[a]]->period;
            const auto& y = *entries[members[b]]->period;
            if (days_from_civil(x.from) <= days_from_civil(y.to) && days_from_civil(y.from) <= days_from_civil(x.to)) {
              others[members[a]].push_back(members[b]);
              others[members[b]].push_back(members[a]);
            }
          }
        }
      }
      for (auto& [document, overlapping] : others) {
        std::sort(overlapping.begin(), overlapping.end());
        hits.push_back(CorpusHit{document, {{"other", name_others(entries, overlapping)}}});
      }
      return;
    }
    std::vector<CorpusHit> found;
    for (const auto& members : groups) {
      const auto& keys = entries[members.front()]->keys;
      std::vector<std::size_t> below;
      std::int64_t total = 0;
      for (const auto i : members) {
        if (entries[i]->amount->fen >= threshold_->fen) continue;
        below.push_back(i);
        total += entries[i]->amount->fen;
      }
      if (below.size() < 2 || total < threshold_->fen) continue;
      std::string key = keys[0];
      if (!keys[1].empty()) key += " " + keys[1];
      for (const auto i : below) found.push_back(CorpusHit{i, {{"key", key}, {"total", describe(Money{total})}}});
    }
    std::stable_sort(found.begin(), found.end(), [](const CorpusHit& a, const CorpusHit& b) { return a.document < b.document; });
    hits.insert(hits.end(), found.begin(), found.end());
  }

 private:
  // {other} for one document's overlaps: the path of each, or of the first
  // three and how many there are: "a.txt", "a.txt、b.txt",
  // "a.txt、b.txt、c.txt等5份合同". One finding a document, however many
  // others lease the same parcel: a town's ledger may hold a parcel in dozens.
  static std::string name_others(const std::vector<const CorpusEntry*>& entries, const std::vector<std::size_t>& others) {
    constexpr std::size_t kNamed = 3;
    std::string named;
    for (std::size_t i = 0; i < others.size() && i < kNamed; ++i) named += (i ? "、" : "") + entries[others[i]]->path;
    if (others.size() > kNamed) named += "等" + std::to_string(others.size()) + "份合同";
    return named;
  }

  // Groups of documents with the same key, in the order of their first
  // document; a document joins the first group whose first document has its
  // key. keys = {the rest of the sentence, the area in square metres or "",
  // its first phrase}. Two documents name the same thing when their areas
  // agree and either the whole texts or the first phrases (of four
  // characters or more) do: 坐落于后杨庄村西大洼老减河故道南侧(台账编号HYZ-KT-02),面积41.3亩
  // and 位于后杨庄村西大洼老减河故道南侧,面积41.3亩(含埝埂) are one parcel.
  // The groups are looked up by those two ways, not tried one by one: a
  // province's leases name tens of thousands of parcels, and trying each
  // group made the check quadratic.
  static std::vector<std::vector<std::size_t>> group_by_key(const std::vector<const CorpusEntry*>& entries) {
    using Key = std::pair<std::string_view, std::string_view>;  // {area, the whole text or the first phrase}
    struct KeyHash {
      std::size_t operator()(const Key& key) const {
        const std::hash<std::string_view> hash;
        return hash(key.first) * 31 + hash(key.second);
      }
    };
    std::unordered_map<Key, std::size_t, KeyHash> by_text, by_phrase;  // → the first group whose first document has it
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (!entries[i]) continue;
      const auto& keys = entries[i]->keys;
      const Key text{keys[1], keys[0]}, phrase{keys[1], keys[2]};
      const bool phrase_names = utf8::count_code_points(keys[2]) >= 4;
      std::optional<std::size_t> group;
      if (auto it = by_text.find(text); it != by_text.end()) group = it->second;
      if (auto it = phrase_names ? by_phrase.find(phrase) : by_phrase.end(); it != by_phrase.end())
        group = std::min(group.value_or(it->second), it->second);
      if (group) {
        groups[*group].push_back(i);
        continue;
      }
      by_text.emplace(text, groups.size());
      if (phrase_names) by_phrase.emplace(phrase, groups.size());
      groups.push_back({i});
    }
    return groups;
  }

  // The text up to the first punctuation mark or space, leading ones
  // skipped: the place name in :后杨庄村西大洼南侧(编号…),面积41.3亩.
  static std::string_view first_phrase(std::string_view text) {
    bool started = false;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < text.size();) {
      int length = 1;
      const auto c = static_cast<UChar32>(utf8::decode(text, i, &length));
      if (length <= 0) length = 1;
      const bool separator = u_ispunct(c) || u_isUWhiteSpace(c);
      if (!started && !separator) {
        started = true;
        begin = i;
      } else if (started && separator) {
        return text.substr(begin, i - begin);
      }
      i += static_cast<std::size_t>(length);
    }
    return started ? text.substr(begin) : std::string_view();
  }

  // Drops spaces, punctuation and symbols: "村东侧, 鱼塘。" → "村东侧鱼塘".
  static std::string strip(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      int length = 1;
      const char32_t cp = utf8::decode(text, i, &length);
      if (length <= 0) length = 1;
      const auto c = static_cast<UChar32>(cp);
      if (!u_isUWhiteSpace(c) && !u_ispunct(c) && u_charType(c) != U_MATH_SYMBOL && u_charType(c) != U_OTHER_SYMBOL &&
          u_charType(c) != U_CONTROL_CHAR)
        out.append(text.substr(i, static_cast<std::size_t>(length)));
      i += static_cast<std::size_t>(length);
    }
    return out;
  }

  Detect detect_;
  const Regex* key_;
  const Regex* period_;
  const Regex* amount_;
  std::optional<Money> threshold_;
};

}  // namespace

std::unique_ptr<Check> make_corpus_check(CheckArgs& args) {
  const auto detect = args.word("detect", {"overlap", "split"});
  const Regex* key = args.regex("key");
  const Regex* period = nullptr;
  const Regex* amount = nullptr;
  std::optional<Money> threshold;
  if (!detect) {
    args.error("check 'corpus' needs 'detect overlap' or 'detect split'");
  } else if (*detect == "overlap") {
    period = args.regex("period");
  } else {
    amount = args.regex("amount");
    const auto measure = args.measure("threshold");
    if (!measure) {
      if (args.ok()) args.error("check 'corpus' with 'detect split' needs 'threshold' with an amount such as 50万元");
    } else if (const auto* money = std::get_if<Money>(&measure->value)) {
      threshold = *money;
    } else {
      args.error("check 'corpus': 'threshold' must be an amount of money such as 50万元 (not '" + measure->text + "')");
    }
  }
  args.finish();
  if (!args.ok()) return nullptr;
  return std::make_unique<CorpusCheck>(*detect == "overlap" ? Detect::overlap : Detect::split, key, period, amount, threshold);
}

}  // namespace legalint

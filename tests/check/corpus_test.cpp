// check corpus: one parcel leased twice for overlapping periods; one lessee's
// contracts split below a threshold.
#include <catch2/catch.hpp>

#include "check_support.h"

using namespace legalint;
using namespace legalint::testing;

namespace {

const std::string overlap = "    detect overlap\n    key /坐落于/\n    period /租赁期限/";
const std::string split = "    detect split\n    key /承租方[::]/\n    amount /合同总价/\n    threshold 50万元";

// Summarizes each text as a document named by its index, then judges them all.
std::vector<CorpusHit> judge(const Check& check, const std::vector<std::string>& texts,
                             std::vector<std::optional<CorpusEntry>>* kept = nullptr) {
  std::vector<std::optional<CorpusEntry>> entries;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const auto analysis = analyze_text(texts[i]);
    auto entry = check.summarize(EvalContext{analysis, calendar()});
    if (entry) entry->path = "doc" + std::to_string(i) + ".txt";
    entries.push_back(std::move(entry));
  }
  std::vector<const CorpusEntry*> pointers;
  for (const auto& e : entries) pointers.push_back(e ? &*e : nullptr);
  std::vector<CorpusHit> hits;
  check.evaluate_corpus(pointers, hits);
  if (kept) *kept = std::move(entries);
  return hits;
}

std::string lease(const std::string& parcel, const std::string& term) {
  return "鱼塘租赁合同\n第一条 租赁物\n租赁物坐落于" + parcel + "。\n第二条 租赁期限\n租赁期限" + term + "。\n";
}

}  // namespace

TEST_CASE("corpus: the entry of one document", "[corpus]") {
  auto made = make_check("corpus", overlap);
  REQUIRE(made.check);
  CHECK(made.check->corpus_level());
  const auto analysis = analyze_text(lease("南王庄村东侧, 鱼塘 15亩", "自2024年1月1日起至2033年12月31日止"));
  const auto entry = made.check->summarize(EvalContext{analysis, calendar()});
  REQUIRE(entry);
  CHECK(entry->keys == std::vector<std::string>{"南王庄村东侧鱼塘", "10000平方米", "南王庄村东侧"});
  REQUIRE(entry->period);
  CHECK(entry->period->from == Date{2024, 1, 1});
  CHECK(hit_text(analysis, entry->anchor) == "租赁物坐落于南王庄村东侧, 鱼塘 15亩。");
  // no key, or no period: left out
  CHECK_FALSE(made.check->summarize(EvalContext{analyze_text("租赁期限自2024年1月1日起至2033年12月31日止。"), calendar()}));
  CHECK_FALSE(made.check->summarize(EvalContext{analyze_text("租赁物坐落于南王庄村东侧鱼塘。"), calendar()}));
}

TEST_CASE("corpus: one parcel leased twice for overlapping periods", "[corpus]") {
  auto made = make_check("corpus", overlap);
  const auto hits = judge(*made.check, {
      lease("南王庄村东侧鱼塘15亩", "自2024年1月1日起至2033年12月31日止"),
      lease("北王庄村西侧果园", "自2024年1月1日起至2033年12月31日止"),
      lease("南王庄村东侧鱼塘10000平方米", "自2033年12月31日起至2043年12月30日止"),  // shares the last day
  });
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].document == 0);
  CHECK(hits[0].values == std::vector<std::pair<std::string, std::string>>{{"other", "doc2.txt"}});
  CHECK(hits[1].document == 2);
  CHECK(hits[1].values == std::vector<std::pair<std::string, std::string>>{{"other", "doc0.txt"}});
}

TEST_CASE("corpus: a parcel leased many times gives one finding a document, naming the others", "[corpus]") {
  auto made = make_check("corpus", overlap);
  std::vector<std::string> texts;
  for (int i = 0; i < 6; ++i) texts.push_back(lease("南王庄村东侧鱼塘15亩", "自2024年1月1日起至2033年12月31日止"));
  texts.push_back(lease("南王庄村东侧鱼塘15亩", "自2040年1月1日起至2043年12月31日止"));  // later: no overlap
  const auto hits = judge(*made.check, texts);
  REQUIRE(hits.size() == 6);  // not 30: one per document of the six
  for (std::size_t i = 0; i < hits.size(); ++i) CHECK(hits[i].document == i);
  CHECK(hits[0].values == std::vector<std::pair<std::string, std::string>>{{"other", "doc1.txt、doc2.txt、doc3.txt等5份合同"}});
  CHECK(hits[5].values == std::vector<std::pair<std::string, std::string>>{{"other", "doc0.txt、doc1.txt、doc2.txt等5份合同"}});
  const auto three = judge(*made.check, {texts[0], texts[1], texts[2]});
  REQUIRE(three.size() == 3);
  CHECK(three[1].values == std::vector<std::pair<std::string, std::string>>{{"other", "doc0.txt、doc2.txt"}});
}

TEST_CASE("corpus: the same parcel described in other words", "[corpus]") {
  auto made = make_check("corpus", overlap);
  // same place name before the first punctuation mark, same area
  const auto hits = judge(*made.check, {
      lease("后杨庄村西大洼老减河故道南侧(集体资产台账编号HYZ-KT-02),水面及埝埂面积共41.3亩", "自2024年3月1日起至2030年2月28日止"),
      lease("后杨庄村西大洼老减河故道南侧,面积41.3亩(含埝埂),塘内有进排水闸一座", "自2025年1月1日起至2032年12月31日止"),
  });
  CHECK(hits.size() == 2);
  // same place name, another area: another parcel
  CHECK(judge(*made.check, {lease("后杨庄村西大洼,一号坑塘20亩", "自2024年3月1日起至2030年2月28日止"),
                            lease("后杨庄村西大洼,二号坑塘30亩", "自2025年1月1日起至2032年12月31日止")})
            .empty());
  // a place name too short to tell parcels apart
  CHECK(judge(*made.check, {lease("本村,北侧坑塘20亩", "自2024年3月1日起至2030年2月28日止"),
                            lease("本村,南侧洼地20亩", "自2025年1月1日起至2032年12月31日止")})
            .empty());
}

// The same wording twice: 前进村北鱼塘二号 is the whole text of the second
// parcel and, to its first comma, the place name of the first. A document
// joins the first group whose first document shares its key, whichever way.
TEST_CASE("corpus: a document that names two parcels joins the first", "[corpus]") {
  auto made = make_check("corpus", overlap);
  const std::string term = "自2024年1月1日起至2033年12月31日止";
  std::vector<std::optional<CorpusEntry>> entries;
  const auto hits = judge(*made.check, {lease("前进村北鱼塘,一号", term), lease("前进村北,鱼塘二号", term), lease("前进村北鱼塘,二号", term)},
                          &entries);
  REQUIRE(entries[2]);
  CHECK(entries[2]->keys == std::vector<std::string>{"前进村北鱼塘二号", "", "前进村北鱼塘"});
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].document == 0);
  CHECK(hits[0].values == std::vector<std::pair<std::string, std::string>>{{"other", "doc2.txt"}});
  CHECK(hits[1].document == 2);
  CHECK(hits[1].values == std::vector<std::pair<std::string, std::string>>{{"other", "doc0.txt"}});
  // Without the first parcel, the same document is the second's.
  const auto two = judge(*made.check, {lease("前进村北,鱼塘二号", term), lease("前进村北鱼塘,二号", term)});
  CHECK(two.size() == 2);
}

TEST_CASE("corpus: consecutive terms and different parcels do not overlap", "[corpus]") {
  auto made = make_check("corpus", overlap);
  CHECK(judge(*made.check, {lease("南王庄村东侧鱼塘", "自2024年1月1日起至2033年12月31日止"),
                            lease("南王庄村东侧鱼塘", "自2034年1月1日起至2043年12月31日止")})
            .empty());
  CHECK(judge(*made.check, {lease("南王庄村东侧鱼塘15亩", "自2024年1月1日起至2033年12月31日止"),
                            lease("南王庄村东侧鱼塘16亩", "自2024年1月1日起至2033年12月31日止")})
            .empty());
}

TEST_CASE("corpus: contracts split below a threshold", "[corpus]") {
  auto made = make_check("corpus", split);
  REQUIRE(made.check);
  auto works = [](const std::string& party, const std::string& amount) {
    return "维修合同\n承租方:" + party + "。\n合同总价为" + amount + "。\n";
  };
  const auto hits = judge(*made.check, {works("某某建筑公司", "30万元"), works("另一家公司", "45万元"),
                                        works("某某建筑公司", "25万元"), works("某某建筑公司", "80万元")});
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].document == 0);
  CHECK(hits[1].document == 2);
  CHECK(hits[0].values == std::vector<std::pair<std::string, std::string>>{{"key", "某某建筑公司"}, {"total", "¥550,000.00"}});
  // below the threshold together: nothing
  CHECK(judge(*made.check, {works("某某建筑公司", "20万元"), works("某某建筑公司", "29万元")}).empty());
  // exactly the threshold together: a finding
  CHECK(judge(*made.check, {works("某某建筑公司", "20万元"), works("某某建筑公司", "30万元")}).size() == 2);
}

TEST_CASE("corpus: argument errors", "[corpus][errors]") {
  CHECK(check_errors("corpus", "    key /坐落/") ==
        std::vector<std::string>{"2:9: check 'corpus' needs 'detect overlap' or 'detect split'"});
  CHECK(check_errors("corpus", "    detect overlap\n    key /坐落/") ==
        std::vector<std::string>{"2:9: check 'corpus' needs 'period /…/'"});
  CHECK(check_errors("corpus", "    detect split\n    key /乙方/\n    amount /总价/") ==
        std::vector<std::string>{"2:9: check 'corpus' with 'detect split' needs 'threshold' with an amount such as 50万元"});
  CHECK(check_errors("corpus", "    detect split\n    key /乙方/\n    amount /总价/\n    threshold 5年") ==
        std::vector<std::string>{"2:9: check 'corpus': 'threshold' must be an amount of money such as 50万元 (not '5年')"});
  CHECK(check_errors("corpus", "    detect overlap\n    key /坐落/\n    period /租期/\n    threshold 50万元") ==
        std::vector<std::string>{"6:5: unknown key 'threshold' for check 'corpus' (it takes: detect, key, period)"});
}

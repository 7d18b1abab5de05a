#include "base/ngram.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

using Grams = std::vector<std::string>;

TEST(Ngram, GivesDistinctBigramsInOrderOfFirstAppearance) {
  EXPECT_EQ(bigrams("培训人次"), (Grams{"培训", "训人", "人次"}));
  EXPECT_EQ(bigrams("哈哈哈"), (Grams{"哈哈"}));
  EXPECT_EQ(bigrams("培训培训"), (Grams{"培训", "训培"}));
}

TEST(Ngram, DropsWhiteSpaceAndPunctuation) {
  EXPECT_EQ(bigrams("培训 人次"), bigrams("培训人次"));
  EXPECT_EQ(bigrams("\xE3\x80\x80培训，人次。"), bigrams("培训人次"));
  EXPECT_EQ(normalize_text("“培训”（人次）《规划》【通知】、；：？！‘’—…·％"), "培训人次规划通知");
  EXPECT_EQ(normalize_text("a-b_c (d) 95%"), "abcd95");
  EXPECT_EQ(normalize_text("，。 ！"), "");
}

TEST(Ngram, FoldsFullWidthAndCase) {
  EXPECT_EQ(normalize_text("ＡＢｃ１２３"), "abc123");
  EXPECT_EQ(normalize_text("GDP增长"), "gdp增长");
  EXPECT_EQ(bigrams("PM2.5"), (Grams{"pm", "m2", "25"}));
}

TEST(Ngram, OneCharacterGivesItselfAndEmptyGivesNothing) {
  EXPECT_EQ(bigrams("书"), (Grams{"书"}));
  EXPECT_EQ(bigrams("（书）"), (Grams{"书"}));
  EXPECT_TRUE(bigrams("").empty());
  EXPECT_TRUE(bigrams("  ，。").empty());
}

TEST(Ngram, SurvivesInvalidUtf8) {
  EXPECT_EQ(normalize_text("培\xFF训"), "培训");
  EXPECT_EQ(normalize_text("培\xE7\xBB"), "培");
}

TEST(Ngram, SimilarityIsDiceInPerMille) {
  EXPECT_EQ(similarity("培训人次", "培训 人次"), 1000);
  // {培训, 训人, 人次} and {培训, 训合, 合格, 格率}: 2·1 / 7 = 285.7 → 285.
  EXPECT_EQ(similarity("培训人次", "培训合格率"), 285);
  EXPECT_EQ(similarity("培训人次", "就业率"), 0);
  EXPECT_EQ(similarity("", ""), 0);
  EXPECT_EQ(similarity("培训人次", "培训人次数"), 857);  // 2·3 / 7
}

TEST(Ngram, SharesABigram) {
  EXPECT_TRUE(share_bigram("培训合格率", "完成2000人次职业技能培训"));
  EXPECT_FALSE(share_bigram("就业率", "完成职业技能培训"));
  EXPECT_FALSE(share_bigram("", "培训"));
  EXPECT_FALSE(share_bigram("培训", ""));
  EXPECT_TRUE(share_bigram("书", "书"));
}

TEST(Ngram, ABigramSetComparesLikeTheTexts) {
  const BigramSet goal("完成2000人次职业技能培训，培训合格率达到95%以上");
  EXPECT_TRUE(BigramSet("培训合格率").shares_any(goal));
  EXPECT_FALSE(BigramSet("就业率").shares_any(goal));
  EXPECT_FALSE(BigramSet("").shares_any(goal));
  EXPECT_EQ(BigramSet("培训人次").similarity(BigramSet("培训合格率")), 285);
  EXPECT_EQ(BigramSet("培训人次").similarity(BigramSet("培训 人次")), 1000);
  EXPECT_EQ(BigramSet("").similarity(BigramSet("")), 0);
}

}  // namespace
}  // namespace jixiao

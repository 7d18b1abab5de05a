#include "key_evaluation/credit_code.h"

#include <gtest/gtest.h>

namespace jixiao::key_evaluation {
namespace {

TEST(KeyEvalCreditCode, CheckCharOfPublishedCodes) {
  // A code on a business licence (914403001922038216), and one worked by hand from the weights.
  EXPECT_EQ(credit_code_check_char("91440300192203821"), '6');
  EXPECT_EQ(credit_code_check_char("91110000600001760"), 'P');
  EXPECT_FALSE(credit_code_problem("914403001922038216"));
  EXPECT_FALSE(credit_code_problem("91110000600001760P"));
}

TEST(KeyEvalCreditCode, ARemainderOfZeroIsTheCharZero) {
  // 31 - 0 would be outside the alphabet: the check is 0 then.
  EXPECT_EQ(credit_code_check_char("00000000000000000"), '0');
  EXPECT_FALSE(credit_code_problem("000000000000000000"));
}

TEST(KeyEvalCreditCode, RejectsLengthAlphabetRegionAndCheck) {
  EXPECT_EQ(*credit_code_problem("91440300192203821"), "统一社会信用代码应为 18 位");
  EXPECT_TRUE(credit_code_problem("9144030019220382166"));
  EXPECT_TRUE(credit_code_problem("91440300192203821I"));  // I is not in the alphabet
  EXPECT_TRUE(credit_code_problem("914403001922038216 "));
  EXPECT_TRUE(credit_code_problem("9144030019220382i6"));  // lower case
  EXPECT_TRUE(credit_code_problem("91A403001922038216"));  // division code not digits
  EXPECT_EQ(*credit_code_problem("914403001922038217"), "统一社会信用代码校验位不正确，请核对");
  EXPECT_EQ(credit_code_check_char("9144030019220382I"), std::nullopt);
  EXPECT_EQ(credit_code_check_char("914403"), std::nullopt);
}

TEST(KeyEvalCreditCode, EveryChangedCharacterIsCaught) {
  // A single substituted character always changes the weighted sum mod 31 (31 is prime and no
  // weight is a multiple of it).
  const std::string good = "914403001922038216";
  constexpr std::string_view alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  for (std::size_t i = 0; i < 17; ++i)
    for (char c : alphabet) {
      if (c == good[i] || (i >= 2 && i < 8 && (c < '0' || c > '9'))) continue;
      std::string bad = good;
      bad[i] = c;
      EXPECT_TRUE(credit_code_problem(bad)) << bad;
    }
}

}  // namespace
}  // namespace jixiao::key_evaluation

#include "auth/password.h"

#include <gtest/gtest.h>

namespace jixiao::auth {

TEST(Password, HashesWithArgon2idAndVerifies) {
  const auto h = hash_password("Jixiao@2026");
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(verify_password("Jixiao@2026", h));
  EXPECT_FALSE(verify_password("jixiao@2026", h));
  EXPECT_NE(hash_password("Jixiao@2026"), h);  // salted
}

TEST(Password, RuleWantsEightCharactersOfThreeClasses) {
  EXPECT_FALSE(password_rule_violation("Jixiao@2026"));
  EXPECT_FALSE(password_rule_violation("abcdEF12"));  // upper, lower, digit
  EXPECT_FALSE(password_rule_violation("abcd@#12"));  // lower, symbol, digit
  EXPECT_TRUE(password_rule_violation("Ab@1234"));    // seven characters
  EXPECT_TRUE(password_rule_violation("abcdefgh1"));  // two classes
  EXPECT_TRUE(password_rule_violation("ABCDEFGH"));
  EXPECT_TRUE(password_rule_violation(""));
}

TEST(Password, GeneratedPasswordsPassTheRuleAndDiffer) {
  const std::string a = generate_password(), b = generate_password();
  EXPECT_EQ(a.size(), 14u);
  EXPECT_FALSE(password_rule_violation(a).has_value()) << a;
  EXPECT_NE(a, b);
  for (char c : a) EXPECT_EQ(std::string("0O1lI").find(c), std::string::npos) << a;
}

}  // namespace jixiao::auth

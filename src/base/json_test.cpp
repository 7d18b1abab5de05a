#include "base/json.h"

#include <gtest/gtest.h>

#include <string>

#include "base/error.h"

namespace jixiao {
namespace {

// The field and detail of the error check_json_text raises, or "ok".
std::string fault(const std::string& body) {
  try {
    check_json_text(body);
    return "ok";
  } catch (const AppError& e) {
    EXPECT_FALSE(e.detail().empty());
    return e.field();
  }
}

TEST(JsonText, NamesTheFieldOfAKeyGivenTwiceAtAnyDepth) {
  EXPECT_EQ(fault(R"({"a": 1, "b": {"c": 1}, "d": [{"c": 2}]})"), "ok");
  EXPECT_EQ(fault(R"({"name": "甲", "name": "乙"})"), "name");
  EXPECT_EQ(fault(R"({"tasks": [{"name": "a"}, {"name": "a", "name": "b"}]})"), "tasks[1].name");
}

TEST(JsonText, RefusesKeysThatAreNotIdentifiers) {
  EXPECT_NE(fault(R"({"   ": 1})"), "ok");
  EXPECT_NE(fault(R"({"a\u0000": 1})"), "ok");
  EXPECT_NE(fault(R"({"名称": 1})"), "ok");
  EXPECT_NE(fault("{\"" + std::string(65, 'k') + "\": 1}"), "ok");
}

TEST(JsonText, RefusesControlCharactersButKeepsLineBreaksAndTabs) {
  EXPECT_EQ(fault(R"({"goal": "一\n二\t三\r\n"})"), "ok");
  EXPECT_EQ(fault(R"({"name": "a\u0000b"})"), "name");
  EXPECT_EQ(fault(R"({"name": "a\u001bb"})"), "name");
  EXPECT_EQ(fault(R"({"tags": ["ok", "a\u0085"]})"), "tags[1]");
}

TEST(JsonText, BoundsStringsAndLists) {
  EXPECT_EQ(fault("{\"s\": \"" + std::string(kMaxJsonStringChars, 'x') + "\"}"), "ok");
  EXPECT_EQ(fault("{\"s\": \"" + std::string(kMaxJsonStringChars + 1, 'x') + "\"}"), "s");
  std::string list = "{\"p\": {\"ids\": [1";
  for (std::size_t i = 1; i <= kMaxJsonArrayItems; ++i) list += ",1";
  EXPECT_EQ(fault(list + "]}}"), "p.ids");
}

TEST(JsonText, LeavesSyntaxToTheParser) {
  EXPECT_EQ(fault(R"({"name": )"), "ok");
  EXPECT_THROW(parse_json_object(R"({"name": )"), AppError);
  EXPECT_THROW(parse_json_object(R"({"a": 1, "a": 2})"), AppError);
}

}  // namespace
}  // namespace jixiao

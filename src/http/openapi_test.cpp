#include "http/openapi.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <stdexcept>

namespace jixiao::http {
namespace {

RouteInfo route(std::string method, std::string pattern, RouteOptions options,
                bool guarded = true) {
  return RouteInfo{std::move(method), std::move(pattern), std::move(options), guarded, "项目库"};
}

const boost::json::object& operation(const boost::json::object& doc, const std::string& path,
                                     const std::string& method) {
  return doc.at("paths").at(path).at(method).as_object();
}

std::vector<std::string> keys(const boost::json::object& o) {
  std::vector<std::string> out;
  for (const auto& [k, v] : o) out.emplace_back(k);
  return out;
}

TEST(OpenApi, ParametersComeFromThePatternAndTheDeclaredQuery) {
  const auto doc = openapi_document(
      {route("GET", "/api/v1/key-evaluations/{id}/quality-sheets/{stage}",
             {.summary = "质量评分表", .subject = "key_evaluation", .query = {"year", "cursor"}})},
      openapi_schemas(), "v1");
  EXPECT_EQ(doc.at("openapi"), "3.1.0");
  const auto& op = operation(doc, "/api/v1/key-evaluations/{id}/quality-sheets/{stage}", "get");
  EXPECT_EQ(op.at("summary"), "质量评分表");
  EXPECT_EQ(op.at("tags").as_array().at(0), "项目库");
  const auto& params = op.at("parameters").as_array();
  ASSERT_EQ(params.size(), 4u);
  EXPECT_EQ(params[0].at("name"), "id");
  EXPECT_EQ(params[0].at("in"), "path");
  EXPECT_EQ(params[0].at("required"), true);
  EXPECT_EQ(params[0].at("schema").at("type"), "integer");
  EXPECT_EQ(params[1].at("name"), "stage");
  EXPECT_EQ(params[1].at("schema").at("type"), "string");
  EXPECT_EQ(params[2].at("name"), "year");
  EXPECT_EQ(params[2].at("in"), "query");
  EXPECT_EQ(params[2].at("required"), false);
  EXPECT_EQ(params[2].at("description"), "年度");
  EXPECT_EQ(params[3].at("name"), "cursor");
  EXPECT_FALSE(op.contains("requestBody"));  // a GET has none
}

TEST(OpenApi, ProblemsAndSecurityFollowWhatTheRouteIs) {
  const auto doc = openapi_document(
      {route("PATCH", "/api/v1/projects/{id}", {.summary = "修改项目", .subject = "project"}),
       route("GET", "/api/v1/projects",
             {.summary = "项目列表", .subject = "project", .answer = "ProjectPage"}),
       route("POST", "/api/v1/projects:import",
             {.summary = "导入项目",
              .upload = true,
              .subject = "project",
              .request = kCsv,
              .answer = "Imported"}),
       route("GET", "/healthz", {.summary = "健康检查", .subject = "own", .problems = {500}},
             false)},
      openapi_schemas(), "v1");
  const auto& patch = operation(doc, "/api/v1/projects/{id}", "patch");
  EXPECT_EQ(
      keys(patch.at("responses").as_object()),
      (std::vector<std::string>{"2XX", "400", "401", "403", "404", "409", "415", "422", "503"}));
  // Behind the login: the session cookie with the CSRF header on a change, or a bearer token.
  const auto& security = patch.at("security").as_array();
  ASSERT_EQ(security.size(), 2u);
  EXPECT_TRUE(security[0].as_object().contains("sessionCookie"));
  EXPECT_TRUE(security[0].as_object().contains("csrfToken"));
  EXPECT_TRUE(security[1].as_object().contains("bearerAuth"));
  EXPECT_EQ(patch.at("requestBody").at("content").as_object().count("application/json"), 1u);

  const auto& list = operation(doc, "/api/v1/projects", "get");
  EXPECT_EQ(
      list.at("responses").at("200").at("content").at("application/json").at("schema").at("$ref"),
      "#/components/schemas/ProjectPage");
  EXPECT_FALSE(list.at("security").at(0).as_object().contains("csrfToken"));
  EXPECT_EQ(keys(list.at("responses").as_object()),
            (std::vector<std::string>{"200", "401", "403", "503"}));

  const auto& upload = operation(doc, "/api/v1/projects:import", "post");
  EXPECT_EQ(upload.at("requestBody").at("content").as_object().count("text/csv"), 1u);
  EXPECT_TRUE(upload.at("responses").as_object().contains("413"));

  const auto& health = operation(doc, "/healthz", "get");
  EXPECT_TRUE(health.at("security").as_array().empty());  // public
  EXPECT_EQ(keys(health.at("responses").as_object()),
            (std::vector<std::string>{"2XX", "500", "503"}));
  EXPECT_EQ(health.at("responses").at("503").at("description"), "服务繁忙");

  const auto& schemes = doc.at("components").at("securitySchemes");
  EXPECT_EQ(schemes.at("sessionCookie").at("name"), "jixiao_session");
  EXPECT_EQ(schemes.at("csrfToken").at("name"), "X-CSRF-Token");
  EXPECT_EQ(schemes.at("bearerAuth").at("scheme"), "bearer");
  EXPECT_TRUE(doc.at("components").at("schemas").as_object().contains("Problem"));
}

TEST(OpenApi, ARouteWithoutSummaryOrWithAnUnknownSchemaIsRefused) {
  EXPECT_THROW(openapi_document({route("GET", "/api/v1/x", {.summary = "", .subject = "own"})},
                                openapi_schemas(), "v1"),
               std::invalid_argument);
  EXPECT_THROW(openapi_document({route("GET", "/api/v1/x",
                                       {.summary = "某物", .subject = "own", .answer = "Nowhere"})},
                                openapi_schemas(), "v1"),
               std::invalid_argument);
  try {
    openapi_document({route("DELETE", "/api/v1/x/{id}", {.summary = "", .subject = "own"})},
                     openapi_schemas(), "v1");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("DELETE /api/v1/x/{id}"), std::string::npos);
  }
}

TEST(OpenApi, EveryReferenceOfTheSchemasNamesASchemaOfTheRegistry) {
  const auto& schemas = openapi_schemas();
  // Walks every value for "$ref" members.
  std::vector<std::string> refs;
  const auto walk = [&](const auto& self, const boost::json::value& v) -> void {
    if (v.is_object()) {
      for (const auto& [k, x] : v.as_object()) {
        if (k == "$ref") refs.emplace_back(x.as_string());
        self(self, x);
      }
    } else if (v.is_array()) {
      for (const auto& x : v.as_array()) self(self, x);
    }
  };
  walk(walk, schemas);
  ASSERT_FALSE(refs.empty());
  for (const auto& r : refs) {
    const std::string prefix = "#/components/schemas/";
    ASSERT_TRUE(r.starts_with(prefix)) << r;
    EXPECT_TRUE(schemas.contains(r.substr(prefix.size()))) << r;
  }
}

}  // namespace
}  // namespace jixiao::http

#include "http/router.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "base/error.h"

namespace jixiao::http {
namespace {

Request get(const std::string& path) {
  Request req;
  req.method = "GET";
  req.path = path;
  return req;
}

Response text(const std::string& body) {
  Response r;
  r.body = body;
  return r;
}

TEST(Router, AFastAnswerComesFromItsRouteWithMetricsAndADeclineLeavesItToTheHandler) {
  Router router;
  bool answer_fast = true;
  router.add(
      "GET", "/items/{id}", [](Request& req) { return text("slow " + req.params.at("id")); },
      [&](Request& req) -> std::optional<Response> {
        if (!answer_fast) return std::nullopt;
        return text("fast " + req.params.at("id"));
      });
  router.add("GET", "/plain", [](Request&) { return text("plain"); });
  router.add(
      "GET", "/broken", [](Request&) { return text("handled"); },
      [](Request&) -> std::optional<Response> { throw std::runtime_error("bad input"); });

  auto req = get("/items/7");
  auto fast = router.dispatch_fast(req);
  ASSERT_TRUE(fast);
  EXPECT_EQ(fast->body, "fast 7");
  EXPECT_EQ(req.route, "/items/{id}");
  EXPECT_NE(router.metrics().render().find("/items/{id}"), std::string::npos);

  answer_fast = false;
  auto declined = get("/items/8");
  EXPECT_FALSE(router.dispatch_fast(declined));
  EXPECT_EQ(router.dispatch(declined).body, "slow 8");

  auto plain = get("/plain");
  EXPECT_FALSE(router.dispatch_fast(plain));  // no fast form
  auto broken = get("/broken");
  EXPECT_FALSE(router.dispatch_fast(broken));  // a throw declines: dispatch() answers it
  EXPECT_EQ(router.dispatch(broken).body, "handled");
  auto missing = get("/nowhere");
  EXPECT_FALSE(router.dispatch_fast(missing));
  EXPECT_EQ(router.dispatch(missing).status, 404);
}

TEST(Router, AnUploadIsTheRequestOfARouteThatSaysSoWhateverItsQueryOrEncoding) {
  Router router;
  const auto ok = [](Request&) { return text("ok"); };
  router.add("POST", "/api/v1/evidence", {.summary = "上传", .upload = true, .subject = "evidence"},
             ok);
  router.add("GET", "/api/v1/evidence", {.summary = "某项", .subject = "evidence"}, ok);
  router.add("POST", "/api/v1/projects:import",
             {.summary = "上传", .upload = true, .subject = "project"}, ok);
  router.add("POST", "/api/v1/projects", {.summary = "某项", .subject = "project"}, ok);
  router.add("POST", "/api/v1/projects/{id}/evidence-note",
             {.summary = "某项", .subject = "project"}, ok);
  const auto is_upload = [&](std::string_view method, std::string_view target) {
    return router.body_limit(method, target, 100, 200) == 200;
  };

  EXPECT_TRUE(is_upload("POST", "/api/v1/evidence"));
  EXPECT_TRUE(is_upload("POST", "/api/v1/evidence?document_type=project&document_id=7"));
  EXPECT_TRUE(is_upload("POST", "/api/v1/projects:import"));
  EXPECT_TRUE(is_upload("POST", "/api/v1/projects%3Aimport"));  // as the router decodes it
  EXPECT_FALSE(is_upload("GET", "/api/v1/evidence?document_type=project"));
  EXPECT_FALSE(is_upload("POST", "/api/v1/projects"));
  // A path that only mentions an upload is not one.
  EXPECT_FALSE(is_upload("POST", "/api/v1/projects/7/evidence-note"));
  EXPECT_FALSE(is_upload("POST", "/api/v1/evidence/7"));
  EXPECT_FALSE(is_upload("POST", "/api/v1/evidence%zz"));  // broken encoding
  EXPECT_FALSE(is_upload("PUT", "/api/v1/evidence"));

  // The routes say what they declared, in order; a route declaring nothing has no subject.
  router.add("GET", "/plain", ok);
  const auto routes = router.routes();
  ASSERT_EQ(routes.size(), 6u);
  EXPECT_EQ(routes[0].method, "POST");
  EXPECT_EQ(routes[0].pattern, "/api/v1/evidence");
  EXPECT_TRUE(routes[0].options.upload);
  EXPECT_EQ(routes[2].options.subject, "project");
  EXPECT_FALSE(routes[3].options.upload);
  EXPECT_EQ(routes[5].options.subject, "");
}

TEST(Router, RefusesTextThatIsNotUtf8AndQueryParametersTheRouteDoesNotDeclare) {
  Router router;
  int writes = 0;
  int reads = 0;
  router.add("GET", "/items/{name}", {.summary = "某项", .subject = "own", .query = {"year"}},
             [&](Request& req) {
               ++reads;
               (void)req.query_value("year");
               return text("ok");
             });
  router.add("PUT", "/items/{name}", {.summary = "某项", .subject = "own", .query = {"year"}},
             [&](Request&) {
               ++writes;
               return text("ok");
             });
  // A handler reading a parameter its route does not declare is a fault of the code.
  router.add("GET", "/sloppy", {.summary = "某项", .subject = "own", .query = {"year"}},
             [](Request& req) {
               (void)req.query_value("colour");
               return text("ok");
             });
  auto run = [&](const std::string& method, const std::string& target) {
    Request req = get("");
    req.method = method;
    EXPECT_TRUE(parse_target(target, req.path, req.query));
    return router.dispatch(req);
  };
  EXPECT_EQ(run("GET", "/items/a?year=2026").status, 200);
  const auto unknown = run("GET", "/items/a?year=2026&colour=red");
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("colour"), std::string::npos);
  EXPECT_EQ(reads, 1);  // refused before the handler runs
  EXPECT_EQ(run("GET", "/items/%ED%50%FF").status, 400);
  EXPECT_EQ(run("GET", "/items/a?year=%00").status, 400);
  EXPECT_EQ(run("PUT", "/items/a?year=2026").status, 200);
  EXPECT_EQ(run("PUT", "/items/a?year=2026&force=1").status, 400);
  EXPECT_EQ(writes, 1);  // a write with an unknown parameter never runs
  const auto sloppy = run("GET", "/sloppy");
  EXPECT_EQ(sloppy.status, 500);
  EXPECT_NE(sloppy.body.find("undeclared_query"), std::string::npos);
}

TEST(Router, EachRouteKnowsItsGroupAndWhetherItIsBehindTheLogin) {
  Router router;
  const auto ok = [](Request&) { return text("ok"); };
  router.add("GET", "/open", {.summary = "某项", .subject = "own"}, ok);
  router.group("项目库");
  router.add("GET", "/guarded", {.summary = "某项", .subject = "own"},
             Handler([](Request&) { return text("ok"); }, [](Request&) {}));
  const auto routes = router.routes();
  EXPECT_FALSE(routes[0].guarded);
  EXPECT_EQ(routes[0].group, "");
  EXPECT_TRUE(routes[1].guarded);
  EXPECT_EQ(routes[1].group, "项目库");
  EXPECT_EQ(path_parameters("/a/{id}/sheets/{stage}"), (std::vector<std::string>{"id", "stage"}));
}

TEST(Router, ARouteMayLimitItsBodyBelowItsKind) {
  Router router;
  const auto ok = [](Request&) { return text("ok"); };
  router.add("POST", "/files",
             {.summary = "上传", .upload = true, .max_body = 150, .subject = "own"}, ok);
  router.add("POST", "/notes", {.summary = "某项", .max_body = 50, .subject = "own"}, ok);
  router.add("POST", "/big", {.summary = "某项", .max_body = 500, .subject = "own"}, ok);
  EXPECT_EQ(router.body_limit("POST", "/files?x=1", 100, 200), 150u);
  EXPECT_EQ(router.body_limit("POST", "/notes", 100, 200), 50u);
  EXPECT_EQ(router.body_limit("POST", "/big", 100, 200), 100u);  // never above the server's
  EXPECT_EQ(router.body_limit("POST", "/other", 100, 200), 100u);
}

TEST(Router, AdmissionDecidesOnTheHeaderAloneAndOnlyWhereTheRouteHasOne) {
  Router router;
  int ran = 0;
  const auto run = [&](Request&) {
    ++ran;
    return text("ok");
  };
  router.add("POST", "/open", run);
  router.add("POST", "/guarded", Handler(run, [](Request& req) {
               if (req.header("x-token") != "yes")
                 throw AppError(ErrorKind::unauthenticated, "unauthenticated", "请先登录");
             }));
  const auto request = [](std::string method, std::string path, std::string token = "") {
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    if (!token.empty()) r.headers.emplace_back("x-token", token);
    return r;
  };
  auto open = request("POST", "/open");
  EXPECT_FALSE(router.admit(open));
  auto refused = request("POST", "/guarded");
  auto answer = router.admit(refused);
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, 401);
  auto admitted = request("POST", "/guarded", "yes");
  EXPECT_FALSE(router.admit(admitted));
  auto wrong_method = request("PUT", "/guarded", "yes");
  ASSERT_TRUE(router.admit(wrong_method));
  EXPECT_EQ(router.admit(wrong_method)->status, 405);
  auto missing = request("POST", "/nowhere");
  ASSERT_TRUE(router.admit(missing));
  EXPECT_EQ(router.admit(missing)->status, 404);
  EXPECT_EQ(ran, 0);  // no handler ran on a header alone
}

}  // namespace
}  // namespace jixiao::http

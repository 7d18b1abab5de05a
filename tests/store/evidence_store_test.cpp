#include <gtest/gtest.h>

#include "audit/log.h"
#include "base/crypto.h"
#include "base/error.h"
#include "evidence/repo.h"
#include "evidence/service.h"
#include "projects/evidence_document.h"
#include "store_fixture.h"

namespace jixiao {
namespace {

constexpr const char* kAt = "2026-03-01T08:00:00Z";

// One region with a department, two of its units, a user in each unit and a project of the first.
struct Org {
  long long region = 0, department = 0, unit = 0, unit2 = 0, user = 0, user2 = 0, project = 0;
};

long long insert_returning(soci::session& s, const std::string& sql) {
  long long id = 0;
  s << sql + " RETURNING id", soci::into(id);
  return id;
}

Org make_org(db::Database& db) {
  return db.write([](soci::session& s) {
    Org o;
    const std::string at = std::string("'") + kAt + "'";
    o.region = insert_returning(
        s,
        "INSERT INTO regions (code, name, level, path, created_at, updated_at) VALUES "
        "('530000', '测试省', 'province', '/1/', " +
            at + ", " + at + ")");
    auto unit = [&](const std::string& code, const std::string& kind, long long department) {
      const long long id = insert_returning(
          s,
          "INSERT INTO units (region_id, department_id, code, name, kind, path, created_at, "
          "updated_at) VALUES (" +
              std::to_string(o.region) + ", " + (department ? std::to_string(department) : "NULL") +
              ", '" + code + "', '单位" + code + "', '" + kind + "', '/" + code + "/', " + at +
              ", " + at + ")");
      s << "UPDATE units SET department_id = COALESCE(department_id, id) WHERE id = :id",
          soci::use(id);
      return id;
    };
    o.department = unit("D1", "department", 0);
    o.unit = unit("U1", "unit", o.department);
    o.unit2 = unit("U2", "unit", o.department);
    s << "INSERT INTO fiscal_years (region_id, year, status, created_at, updated_at) VALUES (:r, "
         "2026, 'open', :a, :b)",
        soci::use(o.region), soci::use(std::string(kAt)), soci::use(std::string(kAt));
    auto user = [&](const std::string& name, long long unit_id) {
      return insert_returning(
          s,
          "INSERT INTO users (username, display_name, password_hash, role, region_id, "
          "unit_id, created_at, updated_at) VALUES ('" +
              name + "', '用户" + name + "', 'x', 'unit', " + std::to_string(o.region) + ", " +
              std::to_string(unit_id) + ", " + at + ", " + at + ")");
    };
    o.user = user("u1", o.unit);
    o.user2 = user("u2", o.unit2);
    o.project = insert_returning(
        s,
        "INSERT INTO projects (region_id, year, code, name, unit_id, department_id, fund_type, "
        "amount_fen, function_class, category, status, created_at, updated_at) VALUES (" +
            std::to_string(o.region) + ", 2026, 'P1', '测试项目', " + std::to_string(o.unit) +
            ", " + std::to_string(o.department) +
            ", 'general', 100, '2050202', 'new', "
            "'draft', " +
            at + ", " + at + ")");
    return o;
  });
}

auth::Principal unit_user(const Org& o, long long user, long long unit, const char* name) {
  auth::Principal p;
  p.user_id = user;
  p.username = name;
  p.role = auth::Role::unit;
  p.region_id = o.region;
  p.region_path = "/1/";
  p.unit_id = unit;
  p.department_id = o.department;
  return p;
}

evidence::EvidenceFile meta(const Org& o, const std::string& bytes) {
  evidence::EvidenceFile f;
  f.region_id = o.region;
  f.unit_id = o.unit;
  f.document_type = "project";
  f.document_id = o.project;
  f.filename = "全部字节.bin";
  f.content_type = "application/octet-stream";
  f.size_bytes = static_cast<long long>(bytes.size());
  f.sha256 = sha256_hex(bytes);
  f.uploaded_by = o.user;
  f.created_at = kAt;
  return f;
}

TEST_F(StoreTest, EveryByteValueRoundTripsThroughTheBlobColumn) {
  const Org o = make_org(*db);
  std::string bytes;
  for (int round = 0; round < 3; ++round)
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(round == 1 ? 255 - i : i);
  bytes += std::string(70'000, '\0') + "end";  // long runs of NUL, and past 64 KiB
  const auto f = meta(o, bytes);

  const long long id = db->write(
      [&](soci::session& s) { return evidence::repo::insert(s, db->dialect(), f, bytes); });
  ASSERT_GT(id, 0);
  const auto back =
      db->read([&](soci::session& s) { return evidence::repo::content(s, db->dialect(), id); });
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->size(), bytes.size());
  EXPECT_TRUE(*back == bytes);
  EXPECT_EQ(sha256_hex(*back), f.sha256);

  // Stored as binary, byte for byte, not as text.
  long long stored_length = 0;
  db->read([&](soci::session& s) {
    s << (postgresql() ? "SELECT octet_length(content) FROM evidence_files WHERE id = :id"
                       : "SELECT length(content) FROM evidence_files WHERE id = :id"),
        soci::into(stored_length), soci::use(id);
  });
  EXPECT_EQ(stored_length, static_cast<long long>(bytes.size()));
  if (!postgresql()) {
    std::string type;
    db->read([&](soci::session& s) {
      s << "SELECT typeof(content) FROM evidence_files WHERE id = :id", soci::into(type),
          soci::use(id);
    });
    EXPECT_EQ(type, "blob");
  }

  const auto found = db->read([&](soci::session& s) { return evidence::repo::find(s, id); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->filename, "全部字节.bin");
  EXPECT_EQ(found->sha256, f.sha256);
  EXPECT_EQ(found->size_bytes, static_cast<long long>(bytes.size()));
  EXPECT_EQ(found->uploaded_by_name, "用户u1");
  EXPECT_EQ(found->unit_id, o.unit);

  EXPECT_FALSE(db->read(
      [&](soci::session& s) { return evidence::repo::content(s, db->dialect(), id + 1000); }));
}

TEST_F(StoreTest, EvidenceListsAndDeletesPerDocument) {
  const Org o = make_org(*db);
  std::vector<long long> ids;
  for (const std::string content : {"%PDF-1.4 a", "%PDF-1.4 b"}) {
    ids.push_back(db->write([&](soci::session& s) {
      return evidence::repo::insert(s, db->dialect(), meta(o, content), content);
    }));
  }
  auto list = [&] {
    return db->read(
        [&](soci::session& s) { return evidence::repo::list(s, "project", o.project); });
  };
  ASSERT_EQ(list().size(), 2u);
  EXPECT_EQ(list()[0].id, ids[0]);
  EXPECT_TRUE(db->read([&](soci::session& s) {
                  return evidence::repo::list(s, "project", o.project + 1);
                }).empty());
  EXPECT_TRUE(db->write([&](soci::session& s) { return evidence::repo::remove(s, ids[0]); }));
  EXPECT_FALSE(db->write([&](soci::session& s) { return evidence::repo::remove(s, ids[0]); }));
  ASSERT_EQ(list().size(), 1u);
  EXPECT_EQ(list()[0].id, ids[1]);
}

TEST_F(StoreTest, EvidenceServiceKeepsToTheDocumentsScopeAndAudits) {
  const Org o = make_org(*db);
  evidence::EvidenceService service(*db);
  service.documents().add(projects::evidence_document());
  const auto owner = unit_user(o, o.user, o.unit, "u1");
  const auto other = unit_user(o, o.user2, o.unit2, "u2");
  const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);

  const auto saved = service.upload(owner, "project", o.project, "C:\\扫描件\\图 1.png", png);
  EXPECT_EQ(saved.filename, "图 1.png");
  EXPECT_EQ(saved.content_type, "image/png");
  EXPECT_EQ(saved.region_id, o.region);
  EXPECT_EQ(saved.unit_id, o.unit);
  EXPECT_EQ(saved.sha256, sha256_hex(png));
  EXPECT_EQ(service.content(owner, saved.id).bytes, png);
  EXPECT_EQ(service.list(owner, "project", o.project).size(), 1u);

  auto kind_of = [](auto&& f) {
    try {
      f();
    } catch (const AppError& e) {
      return e.kind();
    }
    return ErrorKind::internal;
  };
  // Another unit learns nothing of the file or the project.
  EXPECT_EQ(kind_of([&] { service.get(other, saved.id); }), ErrorKind::not_found);
  EXPECT_EQ(kind_of([&] { service.content(other, saved.id); }), ErrorKind::not_found);
  EXPECT_EQ(kind_of([&] { service.list(other, "project", o.project); }), ErrorKind::not_found);
  EXPECT_EQ(kind_of([&] { service.remove(other, saved.id); }), ErrorKind::not_found);
  EXPECT_EQ(kind_of([&] { service.upload(other, "project", o.project, "a.png", png); }),
            ErrorKind::not_found);
  // A disguised executable, an empty file, an unknown document type.
  EXPECT_EQ(kind_of([&] { service.upload(owner, "project", o.project, "a.pdf", "MZ\x90\x00"); }),
            ErrorKind::unsupported);
  EXPECT_EQ(kind_of([&] { service.upload(owner, "project", o.project, "a.pdf", ""); }),
            ErrorKind::invalid);
  EXPECT_EQ(kind_of([&] { service.upload(owner, "target", o.project, "a.png", png); }),
            ErrorKind::invalid);
  // Over the limit.
  evidence::EvidenceService small(*db, evidence::EvidenceOptions{8});
  small.documents().add(projects::evidence_document());
  EXPECT_EQ(kind_of([&] { small.upload(owner, "project", o.project, "a.png", png); }),
            ErrorKind::too_large);
  EXPECT_EQ(service.list(owner, "project", o.project).size(), 1u);

  service.remove(owner, saved.id);
  EXPECT_TRUE(service.list(owner, "project", o.project).empty());
  EXPECT_EQ(kind_of([&] { service.get(owner, saved.id); }), ErrorKind::not_found);

  const auto history =
      db->read([&](soci::session& s) { return audit::history(s, "project", o.project, 10); });
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].entry.action, "evidence_upload");
  EXPECT_EQ(history[1].entry.action, "evidence_delete");
  EXPECT_NE(history[1].entry.before_json.find(saved.sha256), std::string::npos);
  EXPECT_EQ(history[1].entry.after_json, "null");
  EXPECT_TRUE(audit::verify_chain(*db).ok);
}

}  // namespace
}  // namespace jixiao

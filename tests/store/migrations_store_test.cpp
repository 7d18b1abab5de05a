#include <gtest/gtest.h>

#include "db/migrations.h"
#include "store_fixture.h"

namespace jixiao {

TEST_F(StoreTest, MigrationsBringTheSchemaToTheLatestVersion) {
  EXPECT_EQ(db::current_schema_version(*db), db::latest_schema_version());
  EXPECT_NO_THROW(db::require_current_schema(*db));
  EXPECT_EQ(db::migrate(*db), 0);  // a second run applies nothing
}

}  // namespace jixiao

// The demo's service account: 预算一体化接口, the budget execution system's nightly feed of
// spending into the prefecture, with a token limited to the executions import and an older one
// revoked. Tokens are shown once, when issued: the demo prints neither secret (an administrator
// issues one on the page, 组织机构 → 接口账号).
#pragma once

#include "db/database.h"

namespace jixiao::cli {

void insert_demo_service_account(db::Database& db);

}  // namespace jixiao::cli

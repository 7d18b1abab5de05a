// The monitoring stage's store tests start from the demo with its services, as its people would
// reach it: the project and target services beside the monitoring one.
#pragma once

#include <memory>
#include <string>

#include "auth/repo.h"
#include "monitoring/service.h"
#include "store_fixture.h"

namespace jixiao {

class MonitoringStoreBase : public StoreTest {
 protected:
  void SetUp() override {
    SetUpDemo();
    projects = std::make_unique<projects::ProjectService>(*db);
    targets = std::make_unique<targets::TargetService>(*db);
    service = std::make_unique<monitoring::MonitoringService>(*db, *projects, *targets);
  }
  auth::Principal who(const std::string& username) {
    return *db->read([&](soci::session& s) { return auth::repo::find_principal(s, username); });
  }
  std::unique_ptr<projects::ProjectService> projects;
  std::unique_ptr<targets::TargetService> targets;
  std::unique_ptr<monitoring::MonitoringService> service;
};

}  // namespace jixiao

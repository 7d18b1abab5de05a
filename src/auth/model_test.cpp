#include "auth/model.h"

#include <gtest/gtest.h>

namespace jixiao::auth {

TEST(Roles, RoundTripTheirNames) {
  for (auto r : {Role::admin, Role::performance_office, Role::business_section, Role::department,
                 Role::unit, Role::agency, Role::expert, Role::viewer}) {
    EXPECT_EQ(parse_role(role_name(r)), r);
    EXPECT_FALSE(role_label(r).empty());
  }
  EXPECT_FALSE(parse_role("root"));
}

TEST(DataScope, FollowsTheRole) {
  Principal p;
  p.region_id = 3;
  p.region_path = "/1/3/";
  p.unit_id = 40;
  p.department_id = 30;
  p.section_id = 7;

  p.role = Role::unit;
  EXPECT_EQ(read_scope(p).kind, DataScope::Kind::unit);
  EXPECT_EQ(read_scope(p).id, 40);
  EXPECT_EQ(write_scope(p).kind, DataScope::Kind::unit);

  p.role = Role::department;
  EXPECT_EQ(read_scope(p).kind, DataScope::Kind::department);
  EXPECT_EQ(read_scope(p).id, 30);

  p.role = Role::business_section;
  EXPECT_EQ(read_scope(p).kind, DataScope::Kind::section);
  EXPECT_EQ(read_scope(p).id, 7);

  p.role = Role::performance_office;
  EXPECT_EQ(read_scope(p).kind, DataScope::Kind::region_tree);
  EXPECT_EQ(read_scope(p).path, "/1/3/");
  EXPECT_EQ(write_scope(p).kind, DataScope::Kind::region);  // lower regions read-only

  p.role = Role::viewer;
  EXPECT_EQ(read_scope(p).kind, DataScope::Kind::region_tree);
  EXPECT_EQ(write_scope(p).kind, DataScope::Kind::none);

  p.role = Role::agency;
  EXPECT_EQ(read_scope(p).kind, DataScope::Kind::none);
}

}  // namespace jixiao::auth

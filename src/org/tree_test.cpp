#include "org/tree.h"

#include <gtest/gtest.h>

namespace jixiao::org {
namespace {

Region region(long long id, std::string code, std::string path) {
  Region r;
  r.id = id;
  r.code = std::move(code);
  r.path = std::move(path);
  return r;
}

TEST(RegionsBelow, EachRegionUnderTopBelongsToTheChildOnItsPath) {
  // A province (1) with two prefectures (12 sorts before 2 by id text, after it by code) and
  // their counties; another province's region (9) is not under it.
  const std::vector<Region> tree = {
      region(1, "530000", "/1/"),        region(12, "530200", "/1/12/"),
      region(2, "530100", "/1/2/"),      region(3, "530102", "/1/2/3/"),
      region(13, "530201", "/1/12/13/"), region(9, "540000", "/9/"),
      region(4, "530103", "/1/2/4/"),
  };
  const auto below = regions_below(tree, tree[0]);
  ASSERT_EQ(below.children.size(), 2u);
  EXPECT_EQ(below.children[0]->id, 2);  // by code
  EXPECT_EQ(below.children[1]->id, 12);
  const std::map<long long, long long> expected = {{2, 2}, {3, 2}, {4, 2}, {12, 12}, {13, 12}};
  EXPECT_EQ(below.row_of, expected);

  const auto county_level = regions_below(tree, tree[2]);
  ASSERT_EQ(county_level.children.size(), 2u);
  EXPECT_EQ(county_level.children[0]->id, 3);
  EXPECT_TRUE(regions_below(tree, tree[3]).children.empty());
}

}  // namespace
}  // namespace jixiao::org

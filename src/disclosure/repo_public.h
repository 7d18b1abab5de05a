// The public's reads (no login): published rows only, and of them only the frozen snapshot and
// where it stands. Lists go by keyset on the subject (region code/year/project code).
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace jixiao::disclosure::public_repo {

struct Region {
  long long id = 0;
  std::string code;
  std::string name;
  std::string level;
  std::string parent_code;
};
std::vector<Region> regions(soci::session& s);
std::optional<Region> region_by_code(soci::session& s, const std::string& code);

// A region's departments (its own level) with published items in the year.
struct Department {
  long long id = 0;
  std::string name;
  long long subjects = 0;  // projects (and evaluations about no project)
  long long items = 0;
};
std::vector<Department> departments(soci::session& s, long long region_id, long long year);

// What published items are about, one row per subject.
struct Subject {
  std::string subject;
  std::string title;
  std::string region_name;
  std::string department_name;
  long long items = 0;
};
struct SubjectFilter {
  std::optional<long long> department_id;
  std::optional<long long> year;
  std::optional<std::string> words;  // part of the name
  std::string after;                 // the subject to continue after
  int limit = 50;
};
// Ordered by subject; one more than limit tells a next page.
std::vector<Subject> subjects(soci::session& s, const SubjectFilter& f);

// The published items of a subject, by kind, with their snapshots.
struct Item {
  std::string kind;
  std::string slug;
  std::string published_at;
  std::string snapshot;
};
std::vector<Item> items_of(soci::session& s, const std::string& subject);

}  // namespace jixiao::disclosure::public_repo

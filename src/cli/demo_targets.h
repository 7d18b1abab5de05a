// Targets of the demo region: most of the year's projects carry one, written from the shipped
// case of their industry and spread over every workflow state, so that every page has work.
#pragma once

#include <soci/soci.h>

#include <cstddef>
#include <set>

#include "db/database.h"

namespace jixiao::cli {

// Adds targets to a year's projects, drawn from seed, leaving out the units in skip (the demo
// accounts' own units start empty so that people can write their first target). Returns how
// many.
std::size_t insert_demo_targets(soci::session& s, long long year, unsigned seed,
                                const std::set<long long>& skip_units);

// How many of a demo account's unit's approved projects carry a target (its other projects stay
// without one, for people to write their first target).
inline constexpr std::size_t kAccountTargets = 6;

// Approved targets for the first kAccountTargets approved or executing projects of each of the
// units (the demo accounts' own), so that their monitoring has work; demo_monitoring.cpp scripts
// their reports. Returns how many.
std::size_t insert_demo_account_targets(soci::session& s, long long year,
                                        const std::set<long long>& units);

// Approved targets of the year before the current one, closed: seven in ten of its projects in
// the budget, and every one of the units given (the demo accounts' own, so that their
// self-evaluation has work). Returns how many.
std::size_t insert_demo_closed_year_targets(soci::session& s, long long year, unsigned seed,
                                            const std::set<long long>& every_of_units);

// Approved department-overall targets (部门整体绩效目标) of a year: one for each department with
// projects in the year's budget, its amount theirs, its indicators from the shipped case of its
// main industry, so that each department's overall monitoring and self-evaluation have work.
// Returns how many.
std::size_t insert_demo_department_targets(soci::session& s, long long year);

// Review batches of the demo region's year: the office assigns the expert and the agency
// some targets waiting for finance's review, and the expert has sent an opinion on the first, so
// that their home pages and review queues have work.
// The letters of the office's decisions on the region's decided targets (a 批复 for each
// approved one, a notice for each failed one), as the office would have issued them.
void issue_demo_letters(soci::session& s, db::Dialect dialect, long long region_id,
                        long long office_id);

void insert_demo_review_batches(soci::session& s, long long region_id, long long year,
                                long long office_id, long long expert_id, long long agency_id);

}  // namespace jixiao::cli

// The demo's disclosure (信息公开): 云岭州's office opens the lists of 2025 and 2026, publishes
// most of its own items, leaves some due (past their dates: overdue), withdraws one with a
// reason, and one self-evaluation whose problems carry a phone number is refused and left
// unpublished. Through the service, as the office would.
#pragma once

#include <cstddef>

#include "db/database.h"

namespace jixiao::cli {

// Returns how many items were published.
std::size_t insert_demo_disclosure(db::Database& db);

}  // namespace jixiao::cli

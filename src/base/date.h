// Calendar dates as ISO text ("2026-05-31"): what the database stores and the API exchanges.
#pragma once

#include <string_view>

namespace jixiao {

// A real date written as YYYY-MM-DD (2026-02-29 is not one).
bool is_iso_date(std::string_view s);

}  // namespace jixiao

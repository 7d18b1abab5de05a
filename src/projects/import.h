// Importing a CSV of projects, as the API and the command line both answer it.
#pragma once

#include <string>
#include <vector>

#include "auth/model.h"
#include "base/csv_header.h"
#include "projects/service.h"

namespace jixiao::projects {

struct ImportAnswer {
  long long imported = 0;
  std::vector<ImportError> errors;  // row 0: the file itself; any error means nothing was written
};

// Parses and checks the CSV and writes every row, or none.
ImportAnswer import_csv(ProjectService& projects, const auth::Principal& me,
                        const std::string& csv_text);

}  // namespace jixiao::projects

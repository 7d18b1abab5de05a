#include "projects/import.h"

#include "base/csv.h"
#include "projects/import_rules.h"

namespace jixiao::projects {

ImportAnswer import_csv(ProjectService& projects, const auth::Principal& me,
                        const std::string& csv_text) {
  std::string csv_error;
  long long error_row = 0;
  auto csv = parse_csv(csv_text, &csv_error, &error_row);
  ParsedImport parsed;
  if (!csv)
    parsed.errors.push_back({error_row, "", csv_error});
  else
    parsed = parse_project_rows(*csv);
  ImportAnswer answer;
  answer.imported = projects.import(me, parsed);
  answer.errors = std::move(parsed.errors);
  return answer;
}

}  // namespace jixiao::projects

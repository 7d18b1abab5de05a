// Reference data shipped in data/ (indicator framework, library, rule defaults), compiled into
// the binary so that one file carries it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

struct EmbeddedFile {
  std::string path;  // relative to data/, e.g. "framework/2021.json"
  std::string text;
};

const std::vector<EmbeddedFile>& embedded_data();

// The text of one file; throws std::out_of_range when it was not shipped.
const std::string& embedded_file(std::string_view path);
// Files whose path starts with the prefix, in path order.
std::vector<const EmbeddedFile*> embedded_files_under(std::string_view prefix);

}  // namespace jixiao

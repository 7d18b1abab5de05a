#include "base/embedded_data.h"

#include <stdexcept>

namespace jixiao {

const std::string& embedded_file(std::string_view path) {
  for (const auto& f : embedded_data())
    if (f.path == path) return f.text;
  throw std::out_of_range("no shipped data file " + std::string(path));
}

std::vector<const EmbeddedFile*> embedded_files_under(std::string_view prefix) {
  std::vector<const EmbeddedFile*> out;
  for (const auto& f : embedded_data())
    if (std::string_view(f.path).starts_with(prefix)) out.push_back(&f);
  return out;
}

}  // namespace jixiao

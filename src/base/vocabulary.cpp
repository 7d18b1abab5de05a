#include "base/vocabulary.h"

#include <boost/json.hpp>
#include <map>
#include <stdexcept>

#include "base/embedded_data.h"

namespace jixiao {

std::string_view Vocabulary::label(std::string_view value) const {
  const auto i = index_of(value);
  return i ? std::string_view(terms_[*i].label) : std::string_view();
}

std::optional<std::string> Vocabulary::value_of(std::string_view text) const {
  for (const auto& t : terms_)
    if (t.value == text || t.label == text) return t.value;
  return std::nullopt;
}

std::optional<std::size_t> Vocabulary::index_of(std::string_view value) const {
  for (std::size_t i = 0; i < terms_.size(); ++i)
    if (terms_[i].value == value) return i;
  return std::nullopt;
}

const Vocabulary& vocabulary(std::string_view name) {
  // Read once; afterwards only read, so concurrent requests need no lock.
  static const std::map<std::string, Vocabulary, std::less<>> all = [] {
    std::map<std::string, Vocabulary, std::less<>> out;
    for (const auto* file : embedded_files_under("vocabularies/")) {
      const auto root = boost::json::parse(file->text).as_object();
      for (const auto& [key, v] : root) {
        if (!v.is_object()) continue;  // "about"
        std::vector<Term> terms;
        for (const auto& t : v.as_object().at("terms").as_array())
          terms.push_back(
              {std::string(t.at("value").as_string()), std::string(t.at("label").as_string())});
        if (!out.emplace(std::string(key), Vocabulary(std::move(terms))).second)
          throw std::logic_error("vocabulary shipped twice: " + std::string(key));
      }
    }
    return out;
  }();
  const auto it = all.find(name);
  if (it == all.end()) throw std::logic_error("no vocabulary " + std::string(name));
  return it->second;
}

}  // namespace jixiao

#include "documents/numbering.h"

namespace jixiao::documents {

std::string fill_template(std::string_view tmpl, std::string_view region, long long year,
                          long long seq) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size();) {
    const auto take = [&](std::string_view key, const std::string& value) {
      if (tmpl.substr(i, key.size()) != key) return false;
      out += value;
      i += key.size();
      return true;
    };
    if (take("{地区}", std::string(region)) || take("{年度}", std::to_string(year)) ||
        take("{序号}", std::to_string(seq)))
      continue;
    out += tmpl[i++];
  }
  return out;
}

bool numbers_apart(std::string_view tmpl) {
  return tmpl.find("{年度}") != std::string_view::npos &&
         tmpl.find("{序号}") != std::string_view::npos;
}

std::string chinese_date(std::string_view iso) {
  if (iso.size() < 10) return std::string(iso);
  const auto part = [&](std::size_t at, std::size_t n) {
    std::string_view p = iso.substr(at, n);
    while (p.size() > 1 && p.front() == '0') p.remove_prefix(1);
    return std::string(p);
  };
  return part(0, 4) + "年" + part(5, 2) + "月" + part(8, 2) + "日";
}

}  // namespace jixiao::documents

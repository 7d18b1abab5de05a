// R-DOC-1 [jixiao]: how a region names itself on its letters and numbers them. Pure text work,
// kept apart from storage so that the rules read as cases.
#pragma once

#include <string>
#include <string_view>

namespace jixiao::documents {

// Fills a template's {地区}, {年度} and {序号}: "{地区}财绩〔{年度}〕{序号}号" with 云岭州, 2026
// and 3 → "云岭州财绩〔2026〕3号". Unknown braces stay as written.
std::string fill_template(std::string_view tmpl, std::string_view region, long long year,
                          long long seq);

// Whether a number template can tell documents apart: it holds both {年度} and {序号}.
bool numbers_apart(std::string_view tmpl);

// "2026-01-20" → "2026年1月20日" (GB/T 9704: Arabic numerals, no leading zeros).
std::string chinese_date(std::string_view iso_date);

}  // namespace jixiao::documents

#include "key_evaluation/credit_code.h"

#include <array>

namespace jixiao::key_evaluation {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
// The weight of position i is 3^i mod 31 (GB 32100-2015, 附录).
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};

}  // namespace

std::optional<char> credit_code_check_char(std::string_view first17) {
  if (first17.size() != 17) return std::nullopt;
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    const auto v = kAlphabet.find(first17[i]);
    if (v == std::string_view::npos) return std::nullopt;
    sum += static_cast<int>(v) * kWeights[i];
  }
  return kAlphabet[(31 - sum % 31) % 31];
}

std::optional<std::string> credit_code_problem(std::string_view code) {
  if (code.size() != 18) return "统一社会信用代码应为 18 位";
  for (char c : code)
    if (kAlphabet.find(c) == std::string_view::npos)
      return "统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）";
  for (std::size_t i = 2; i < 8; ++i)
    if (code[i] < '0' || code[i] > '9')
      return "统一社会信用代码第 3 至 8 位应为行政区划代码（数字）";
  if (*credit_code_check_char(code.substr(0, 17)) != code[17])
    return "统一社会信用代码校验位不正确，请核对";
  return std::nullopt;
}

}  // namespace jixiao::key_evaluation

// 统一社会信用代码 (GB 32100-2015): 18 characters of the code's alphabet, the administrative
// division code in positions 3–8, and a check character computed from the first 17.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::key_evaluation {

// The check character of the first 17 characters of a code, or nullopt when one of them is not
// in the code's alphabet (0–9 and the capitals but I, O, Z, S, V).
std::optional<char> credit_code_check_char(std::string_view first17);

// Why the code is not a valid unified social credit code (a Chinese message), or nullopt when it
// is.
std::optional<std::string> credit_code_problem(std::string_view code);

}  // namespace jixiao::key_evaluation

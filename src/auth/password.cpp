#include "auth/password.h"

#include <sodium.h>

#include <stdexcept>

#include "base/text.h"

namespace jixiao::auth {

std::string hash_password(std::string_view password, const PasswordOptions& o) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), o.ops_limit, o.mem_limit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory hashing a password");
  return out;
}

bool verify_password(std::string_view password, const std::string& hash) {
  if (sodium_init() < 0) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::optional<std::string> password_rule_violation(std::string_view password) {
  if (!is_valid_utf8(password) || utf8_length(password) < 8)
    return "密码至少 8 位，并包含大写字母、小写字母、数字、符号中的三类";
  if (password.size() > 128) return "密码不能超过 128 个字符";
  bool upper = false, lower = false, digit = false, symbol = false;
  for (unsigned char c : password) {
    if (c >= 'A' && c <= 'Z')
      upper = true;
    else if (c >= 'a' && c <= 'z')
      lower = true;
    else if (c >= '0' && c <= '9')
      digit = true;
    else
      symbol = true;
  }
  if (upper + lower + digit + symbol < 3)
    return "密码至少 8 位，并包含大写字母、小写字母、数字、符号中的三类";
  return std::nullopt;
}

std::string generate_password() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  static constexpr std::string_view kClasses[] = {
      "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "@#%+=?!"};
  constexpr std::size_t kLength = 14;
  std::string out;
  // One of each class first, the rest from all of them, then a shuffle.
  for (auto cls : kClasses) out += cls[randombytes_uniform(static_cast<uint32_t>(cls.size()))];
  std::string all;
  for (auto cls : kClasses) all += cls;
  while (out.size() < kLength) out += all[randombytes_uniform(static_cast<uint32_t>(all.size()))];
  for (std::size_t i = out.size() - 1; i > 0; --i)
    std::swap(out[i], out[randombytes_uniform(static_cast<uint32_t>(i + 1))]);
  return out;
}

}  // namespace jixiao::auth

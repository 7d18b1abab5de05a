// Passwords: argon2id hashes (libsodium) and the strength rule.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::auth {

struct PasswordOptions {
  // argon2id cost. Defaults follow the OWASP minimum (t=2, m=19 MiB) so that a login burst on a
  // small server stays within memory; raise them where logins are rare.
  unsigned long long ops_limit = 2;
  std::size_t mem_limit = 19u << 20;
};

std::string hash_password(std::string_view password, const PasswordOptions& o = {});
bool verify_password(std::string_view password, const std::string& hash);

// Why a new password is not acceptable (in Chinese), or nullopt when it is: at least 8
// characters with three of upper case, lower case, digits and symbols.
std::optional<std::string> password_rule_violation(std::string_view password);

// A random password an administrator hands out (the user must change it): 14 characters with
// every class, avoiding look-alikes (0/O, 1/l/I) so that it can be read out over the phone.
std::string generate_password();

}  // namespace jixiao::auth

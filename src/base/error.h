// Typed errors that services raise and the HTTP layer turns into problem+json.
#pragma once

#include <stdexcept>
#include <string>

namespace jixiao {

// Chosen by what the caller should do next: retry the call (unavailable, 503), retry the
// transaction (conflict, 409), fix the state first (precondition, 422).
enum class ErrorKind {
  invalid,          // fix the request: 400 (or 422 for a well-formed request that breaks a rule)
  unauthenticated,  // log in: 401
  forbidden,        // not allowed even when logged in: 403
  not_found,        // does not exist or lies outside the caller's scope: 404
  conflict,         // stale version or duplicate: 409, reload and retry
  precondition,     // the document's state forbids it: 422, fix the state first
  too_large,        // body or file over the limit: 413
  unsupported,      // media type not accepted: 415
  locked,           // account locked: 423
  unavailable,      // retry later: 503
  internal,         // a bug: 500
};

class AppError : public std::runtime_error {
 public:
  AppError(ErrorKind kind, std::string code, std::string detail, std::string field = {})
      : std::runtime_error(detail),
        kind_(kind),
        code_(std::move(code)),
        detail_(std::move(detail)),
        field_(std::move(field)) {}

  ErrorKind kind() const { return kind_; }
  // Stable machine-readable code, e.g. "invalid_field", "version_conflict".
  const std::string& code() const { return code_; }
  // Chinese explanation for the person at the screen.
  const std::string& detail() const { return detail_; }
  // The request field at fault, or empty.
  const std::string& field() const { return field_; }
  // Further members of the problem, as the text of a JSON object, for a client to act on (every
  // unmet condition of a step, say); empty for none.
  const std::string& extra_json() const { return extra_json_; }
  AppError& with_extra(std::string json) {
    extra_json_ = std::move(json);
    return *this;
  }

 private:
  ErrorKind kind_;
  std::string code_;
  std::string detail_;
  std::string field_;
  std::string extra_json_;
};

inline AppError invalid(std::string field, std::string detail) {
  return AppError(ErrorKind::invalid, "invalid_field", std::move(detail), std::move(field));
}
inline AppError not_found(std::string detail = "资源不存在或无权访问") {
  return AppError(ErrorKind::not_found, "not_found", std::move(detail));
}
inline AppError forbidden(std::string detail = "无权执行此操作") {
  return AppError(ErrorKind::forbidden, "forbidden", std::move(detail));
}
inline AppError conflict(std::string code, std::string detail, std::string field = {}) {
  return AppError(ErrorKind::conflict, std::move(code), std::move(detail), std::move(field));
}
inline AppError precondition(std::string code, std::string detail) {
  return AppError(ErrorKind::precondition, std::move(code), std::move(detail));
}

int http_status(ErrorKind kind);

}  // namespace jixiao

#pragma once

// An exact rational number of any size, kept as two 64-bit integers while it fits in them.
// Scoring's fractions (a weight's share of a category, a ratio of two typed values, a rescaling)
// almost always do; the arbitrary-precision form, with its allocations, is taken only for the
// rare value that does not, so every result stays exact either way.

#include <compare>
#include <memory>
#include <string>

namespace jixiao {

class Rational {
 public:
  Rational() noexcept;
  Rational(long long value);  // NOLINT: implicit, so that formulas mix integers in freely
  Rational(const Rational& other);
  Rational(Rational&& other) noexcept;
  Rational& operator=(const Rational& other);
  Rational& operator=(Rational&& other) noexcept;
  ~Rational();

  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  // Throws std::domain_error on division by zero.
  friend Rational operator/(const Rational& a, const Rational& b);
  Rational& operator+=(const Rational& b) { return *this = *this + b; }
  Rational& operator-=(const Rational& b) { return *this = *this - b; }

  friend bool operator==(const Rational& a, const Rational& b);
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

  // Rounded half up to a whole number (the value is not negative), as its decimal digits: any
  // size. half_up() is the same as a long long, and throws std::overflow_error past its range.
  std::string half_up_digits() const;
  long long half_up() const;

  // "n/d" in lowest terms, or "n" for a whole number.
  std::string str() const;
  bool fits_64() const { return !big_; }

 private:
  friend struct RationalOps;
  struct Big;
  explicit Rational(std::unique_ptr<Big> big);
  static Rational of(const Big& big);  // the 64-bit form again when the value fits it
  Big as_big() const;

  long long n_ = 0, d_ = 1;  // d_ > 0, in lowest terms; n_ is never LLONG_MIN
  std::unique_ptr<Big> big_;
};

}  // namespace jixiao

#include "base/rational.h"

#include <boost/multiprecision/cpp_int.hpp>
#include <climits>
#include <numeric>
#include <stdexcept>

namespace jixiao {

namespace {

// Without expression templates: every step is a value.
using Q = boost::multiprecision::number<boost::multiprecision::cpp_rational_backend,
                                        boost::multiprecision::et_off>;
using Z = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<>,
                                        boost::multiprecision::et_off>;
// Products of two 64-bit values and sums of two such products fit in 128 bits.
__extension__ typedef __int128 Wide;
__extension__ typedef unsigned __int128 UWide;

bool fits(Wide v) { return v > LLONG_MIN && v <= LLONG_MAX; }
bool fits(const Z& v) { return v > LLONG_MIN && v <= LLONG_MAX; }

UWide magnitude(Wide v) { return v < 0 ? -static_cast<UWide>(v) : static_cast<UWide>(v); }

UWide gcd(UWide a, UWide b) {
  while (b != 0) {
    if ((a >> 64) == 0 && (b >> 64) == 0)
      return std::gcd(static_cast<unsigned long long>(a), static_cast<unsigned long long>(b));
    a %= b;
    std::swap(a, b);
  }
  return a;
}

unsigned long long magnitude64(long long v) {
  return v < 0 ? -static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
}

Z wide_z(Wide v) {
  const UWide u = magnitude(v);
  Z z = static_cast<unsigned long long>(u >> 64);
  z <<= 64;
  z += static_cast<unsigned long long>(u);
  return v < 0 ? Z(-z) : z;
}

std::string digits(Wide v) {
  if (v == 0) return "0";
  UWide u = magnitude(v);
  std::string out;
  for (; u != 0; u /= 10)
    out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
  if (v < 0) out.insert(out.begin(), '-');
  return out;
}

}  // namespace

struct Rational::Big {
  Q q;
};

Rational::Rational(long long value) {
  if (value == LLONG_MIN)
    big_ = std::make_unique<Big>(Big{Q(value)});
  else
    n_ = value;
}

Rational::Rational(const Rational& other)
    : n_(other.n_), d_(other.d_), big_(other.big_ ? std::make_unique<Big>(*other.big_) : nullptr) {}

Rational& Rational::operator=(const Rational& other) {
  if (this != &other) {
    n_ = other.n_;
    d_ = other.d_;
    big_ = other.big_ ? std::make_unique<Big>(*other.big_) : nullptr;
  }
  return *this;
}

Rational::Rational() noexcept = default;
Rational::Rational(Rational&& other) noexcept = default;
Rational& Rational::operator=(Rational&& other) noexcept = default;
Rational::~Rational() = default;

Rational::Rational(std::unique_ptr<Big> big) : big_(std::move(big)) {}

Rational Rational::of(const Big& big) {
  const Z n = boost::multiprecision::numerator(big.q);
  const Z d = boost::multiprecision::denominator(big.q);
  if (!fits(n) || !fits(d)) return Rational(std::make_unique<Big>(big));
  Rational r;
  r.n_ = n.convert_to<long long>();
  r.d_ = d.convert_to<long long>();
  return r;
}

Rational::Big Rational::as_big() const {
  if (big_) return *big_;
  Q q(n_);
  if (d_ != 1) q /= Q(d_);
  return Big{std::move(q)};
}

// The 64-bit forms' arithmetic; a result that leaves 64 bits goes to the exact big form.
struct RationalOps {
  // n / d with d > 0, in any terms.
  static Rational reduced(Wide n, Wide d) {
    const UWide g = gcd(magnitude(n), static_cast<UWide>(d));
    if (g > 1) {
      n /= static_cast<Wide>(g);
      d /= static_cast<Wide>(g);
    }
    if (!fits(n) || !fits(d)) {
      Q q(wide_z(n));
      q /= Q(wide_z(d));
      return Rational(std::make_unique<Rational::Big>(Rational::Big{std::move(q)}));
    }
    Rational r;
    r.n_ = static_cast<long long>(n);
    r.d_ = static_cast<long long>(d);
    return r;
  }
  static Rational sum(const Rational& a, const Rational& b, int sign) {
    const Wide bn = sign * static_cast<Wide>(b.n_);
    if (a.d_ == b.d_) return reduced(a.n_ + bn, a.d_);
    return reduced(static_cast<Wide>(a.n_) * b.d_ + bn * a.d_, static_cast<Wide>(a.d_) * b.d_);
  }
  // Each numerator reduced against the other's denominator first: the product is in lowest
  // terms without a gcd of the products.
  static Rational product(long long an, long long ad, long long bn, long long bd) {
    if (an == 0 || bn == 0) return Rational();
    const long long g1 = static_cast<long long>(std::gcd(magnitude64(an), magnitude64(bd)));
    const long long g2 = static_cast<long long>(std::gcd(magnitude64(bn), magnitude64(ad)));
    const Wide n = static_cast<Wide>(an / g1) * (bn / g2);
    const Wide d = static_cast<Wide>(ad / g2) * (bd / g1);
    if (fits(n) && fits(d)) {
      Rational r;
      r.n_ = static_cast<long long>(n);
      r.d_ = static_cast<long long>(d);
      return r;
    }
    return reduced(n, d);
  }
  static std::strong_ordering compare(const Rational& a, const Rational& b) {
    return static_cast<Wide>(a.n_) * b.d_ <=> static_cast<Wide>(b.n_) * a.d_;
  }
};

Rational operator+(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) return RationalOps::sum(a, b, 1);
  return Rational::of(Rational::Big{a.as_big().q + b.as_big().q});
}

Rational operator-(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) return RationalOps::sum(a, b, -1);
  return Rational::of(Rational::Big{a.as_big().q - b.as_big().q});
}

Rational operator*(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) return RationalOps::product(a.n_, a.d_, b.n_, b.d_);
  return Rational::of(Rational::Big{a.as_big().q * b.as_big().q});
}

Rational operator/(const Rational& a, const Rational& b) {
  if (b == Rational()) throw std::domain_error("除数为零");
  if (!a.big_ && !b.big_)
    return RationalOps::product(a.n_, a.d_, b.n_ < 0 ? -b.d_ : b.d_,
                                static_cast<long long>(magnitude64(b.n_)));
  return Rational::of(Rational::Big{a.as_big().q / b.as_big().q});
}

bool operator==(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) return a.n_ == b.n_ && a.d_ == b.d_;  // both in lowest terms
  return a.as_big().q == b.as_big().q;
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
  if (!a.big_ && !b.big_) return RationalOps::compare(a, b);
  const Q qa = a.as_big().q, qb = b.as_big().q;
  return qa < qb   ? std::strong_ordering::less
         : qa > qb ? std::strong_ordering::greater
                   : std::strong_ordering::equal;
}

std::string Rational::half_up_digits() const {
  if (!big_) return digits((2 * static_cast<Wide>(n_) + d_) / (2 * static_cast<Wide>(d_)));
  const Z n = boost::multiprecision::numerator(big_->q);
  const Z d = boost::multiprecision::denominator(big_->q);
  return Z((2 * n + d) / (2 * d)).str();
}

long long Rational::half_up() const {
  if (!big_) {
    const Wide h = (2 * static_cast<Wide>(n_) + d_) / (2 * static_cast<Wide>(d_));
    if (fits(h)) return static_cast<long long>(h);
  } else {
    const Z n = boost::multiprecision::numerator(big_->q);
    const Z d = boost::multiprecision::denominator(big_->q);
    const Z h = (2 * n + d) / (2 * d);
    if (fits(h)) return h.convert_to<long long>();
  }
  throw std::overflow_error("数值超出范围");
}

std::string Rational::str() const {
  if (big_) {
    const Z n = boost::multiprecision::numerator(big_->q);
    const Z d = boost::multiprecision::denominator(big_->q);
    return d == 1 ? n.str() : n.str() + "/" + d.str();
  }
  return d_ == 1 ? std::to_string(n_) : std::to_string(n_) + "/" + std::to_string(d_);
}

}  // namespace jixiao

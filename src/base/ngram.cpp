#include "base/ngram.h"

#include <algorithm>
#include <cstdint>
#include <set>

#include "base/text.h"

namespace jixiao {
namespace {

// White space, punctuation and symbols that carry no meaning for matching names.
bool is_dropped(char32_t cp) {
  if (cp < 0x80) return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z'));
  switch (cp) {
    case 0x00A0:  // no-break space
    case 0x00A1:
    case 0x00A7:  // §
    case 0x00AB:  // «
    case 0x00B7:  // · middle dot, as in 少数民族人名
    case 0x00BB:  // »
    case 0x00BF:
    case 0x3030:  // 〰
    case 0x303D:  // 〽
    case 0x30FB:  // ・ katakana middle dot
    case 0xFFFD:  // what an invalid byte decodes to
      return true;
    default:
      break;
  }
  return (cp >= 0x2000 && cp <= 0x206F)  // spaces, dashes —, quotes “”‘’, ellipsis …, ‰
         || (cp >= 0x3000 && cp <= 0x3003)   // ideographic space, 、。〃
         || (cp >= 0x3008 && cp <= 0x3011)   // 〈〉《》「」『』【】
         || (cp >= 0x3013 && cp <= 0x301F)   // 〔〕〖〗 〜 〝〞
         || (cp >= 0xFE10 && cp <= 0xFE1F)   // vertical forms
         || (cp >= 0xFE30 && cp <= 0xFE6F)   // CJK compatibility and small forms
         || (cp >= 0xFF5F && cp <= 0xFF65);  // half-width CJK punctuation ｡｢｣､･
}

// The code points kept after normalising (see normalize_text).
std::vector<char32_t> kept_code_points(std::string_view text) {
  std::vector<char32_t> out;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t cp = next_code_point(text, i);
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width ASCII: Ａ１％（ → A1%(
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (is_dropped(cp)) continue;
    out.push_back(cp);
  }
  return out;
}

std::vector<std::string> bigrams_of(const std::vector<char32_t>& cps) {
  std::vector<std::string> out;
  if (cps.size() == 1) {
    std::string one;
    append_utf8(one, cps[0]);
    out.push_back(std::move(one));
    return out;
  }
  std::set<std::string> seen;
  for (std::size_t k = 0; k + 1 < cps.size(); ++k) {
    std::string pair;
    append_utf8(pair, cps[k]);
    append_utf8(pair, cps[k + 1]);
    if (seen.insert(pair).second) out.push_back(std::move(pair));
  }
  return out;
}

std::size_t common_count(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t n = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

}  // namespace

// Each key is two 21-bit code points side by side (a lone code point is marked by the top bit):
// comparing texts this way allocates no strings, which is what the lint and the rankings do most.
std::vector<std::uint64_t> bigram_keys(std::string_view text) {
  const auto cps = kept_code_points(text);
  std::vector<std::uint64_t> keys;
  if (cps.size() == 1) {
    keys.push_back((std::uint64_t{1} << 63) | cps[0]);
    return keys;
  }
  keys.reserve(cps.size());
  for (std::size_t k = 0; k + 1 < cps.size(); ++k)
    keys.push_back((static_cast<std::uint64_t>(cps[k]) << 21) | cps[k + 1]);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::string normalize_text(std::string_view text) {
  std::string out;
  for (char32_t cp : kept_code_points(text)) append_utf8(out, cp);
  return out;
}

std::vector<std::string> bigrams(std::string_view text) {
  return bigrams_of(kept_code_points(text));
}

int similarity(std::string_view a, std::string_view b) {
  const auto sa = bigram_keys(a);
  const auto sb = bigram_keys(b);
  const std::size_t total = sa.size() + sb.size();
  if (total == 0) return 0;  // nothing to compare
  const std::size_t common = common_count(sa, sb);
  // Dice coefficient, rounded down so that only identical sets reach 1000.
  return static_cast<int>(2 * common * 1000 / total);
}

bool share_bigram(std::string_view a, std::string_view b) {
  return share_bigram(bigram_keys(a), bigram_keys(b));
}

bool share_bigram(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  return common_count(a, b) > 0;
}

}  // namespace jixiao

// Character bigrams of Chinese (and mixed) text: the index behind name search and the measure
// behind "similar names". Chinese words are mostly two characters, which trigram indexes miss.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao {

// The text as bigrams see it: ASCII letters lower-cased, full-width ASCII folded, white space and
// punctuation dropped ("培训 人次（人）" → "培训人次人"). Also the key for "the same text" checks.
std::string normalize_text(std::string_view text);

// The distinct bigrams of text in order of first appearance. Text is normalised first: ASCII
// letters lower-cased, full-width ASCII (Ａ１) folded to half-width, white space and punctuation
// (ASCII and CJK: ，。、；：“”（）《》 etc.) dropped, so "培训 人次" and "培训人次" match. A text
// of one character after normalising gives that character; empty text gives nothing.
std::vector<std::string> bigrams(std::string_view text);

// Similarity of two texts by their bigram sets (Dice coefficient) in per mille, 0..1000; exact
// integers so that rankings never depend on floating point.
int similarity(std::string_view a, std::string_view b);

// True when the two texts share at least one bigram.
bool share_bigram(std::string_view a, std::string_view b);

// The bigrams of text as sorted, distinct integers, for comparing one text with many: compute
// its keys once and test each other text's keys against them.
std::vector<std::uint64_t> bigram_keys(std::string_view text);
bool share_bigram(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

}  // namespace jixiao

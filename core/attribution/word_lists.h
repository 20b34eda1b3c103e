// Word lists of core/lexicons/ that are no per-token lookup (word endings,
// stems), read by the attribution rules: the entries of one list in file order.
// (Whole words go through the lexicon's flags, computed once per token.)
#ifndef NEWSMARK_CORE_ATTRIBUTION_WORD_LISTS_H
#define NEWSMARK_CORE_ATTRIBUTION_WORD_LISTS_H

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon.h"  // SuffixSet

namespace newsmark {
namespace attribution {

// The list core/lexicons/<name>.txt ("de/information-nouns"): one entry per
// line, "#" lines and blank lines left out. Empty when there is no such list.
// The lists are found once (one pass over the image); each call splits the
// list's lines anew: keep the result in a function-local static.
std::vector<std::string_view> word_list(std::string_view name);

// A word list for membership tests only: most words are told apart by their
// length and first byte (a bit each, set for the entries) before the entries
// are compared; in_list over the plain vector compares with every entry.
class WordSet {
 public:
  explicit WordSet(std::vector<std::string_view> words);
  bool contains(std::string_view w) const {
    if (w.empty() || !((lengths_ >> (w.size() < 63 ? w.size() : 63)) & 1u)) return false;
    const auto c = static_cast<unsigned char>(w[0]);
    if (!((first_[c >> 6] >> (c & 63)) & 1u)) return false;
    const std::size_t length = w.size() < 63 ? w.size() : 63;
    // (The first and last bytes compared inline first: most entries differ there, without a call to memcmp.)
    for (std::uint32_t k = by_length_[length]; k < by_length_[length + 1]; ++k)
      if (words_[k][0] == w[0] && words_[k].back() == w.back() && w == words_[k]) return true;
    return false;
  }

 private:
  std::vector<std::string_view> words_;  // by length (up to 63)
  std::uint32_t by_length_[65] = {};     // where the words of each length begin in words_
  std::uint64_t lengths_ = 0;   // bit min(size, 63) of every entry
  std::uint64_t first_[4] = {};  // bit of every entry's first byte
};

// Whether w ends with one of the endings (or is one); endings made once, as
// `static const SuffixSet kEndings(word_list("…"))`.
inline bool ends_with_any(std::string_view w, const SuffixSet& endings) { return endings.match(w); }
bool in_list(std::string_view w, const std::vector<std::string_view>& words);
inline bool in_list(std::string_view w, const WordSet& words) { return words.contains(w); }
// Whether w begins with one of the stems; stems made once, as
// `static const PrefixSet kStems(word_list("…"))`.
inline bool starts_with_one_of(std::string_view w, const PrefixSet& stems) { return stems.match(w); }

}  // namespace attribution
}  // namespace newsmark

#endif

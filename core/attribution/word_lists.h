// Word lists of core/lexicons/ that are no per-token lookup (word endings,
// stems), read by the attribution rules: the entries of one list in file order.
// (Whole words go through the lexicon's flags, computed once per token.)
#ifndef NEWSMARK_CORE_ATTRIBUTION_WORD_LISTS_H
#define NEWSMARK_CORE_ATTRIBUTION_WORD_LISTS_H

#include <string_view>
#include <vector>

namespace newsmark {
namespace attribution {

// The list core/lexicons/<name>.txt ("de/information-nouns"): one entry per
// line, "#" lines and blank lines left out. Empty when there is no such list.
// Parsed on every call: keep the result in a function-local static.
std::vector<std::string_view> word_list(std::string_view name);

// Whether w ends with one of the entries / starts with one of them.
bool ends_with_any(std::string_view w, const std::vector<std::string_view>& endings);
bool in_list(std::string_view w, const std::vector<std::string_view>& words);
bool starts_with_one_of(std::string_view w, const std::vector<std::string_view>& stems);

}  // namespace attribution
}  // namespace newsmark

#endif

#include "attribution/word_lists.h"

#include <utility>

#include "table.h"

namespace newsmark {
namespace attribution {

std::vector<std::string_view> word_list(std::string_view name) {
  // The "lists" section of the lexicon image (core/lexicons/tools/tables.mjs): "@name" and then
  // the list's entries, trimmed, without comments or blank lines, one per line.
  std::vector<std::string_view> out;
  const std::string_view text = compiled_table("lexicons").bytes("lists");
  bool in = false;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.front() == '@') {
      if (in) break;
      in = line.substr(1) == name;
    } else if (in) {
      out.push_back(line);
    }
  }
  return out;
}

WordSet::WordSet(std::vector<std::string_view> words) : words_(std::move(words)) {
  for (const std::string_view x : words_) {
    if (x.empty()) continue;  // (word_list() has none: blank lines are left out)
    lengths_ |= std::uint64_t{1} << (x.size() < 63 ? x.size() : 63);
    const auto c = static_cast<unsigned char>(x[0]);
    first_[c >> 6] |= std::uint64_t{1} << (c & 63);
  }
}

bool in_list(std::string_view w, const std::vector<std::string_view>& words) {
  for (const std::string_view x : words)
    if (w == x) return true;
  return false;
}

}  // namespace attribution
}  // namespace newsmark

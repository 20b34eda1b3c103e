#include "attribution/word_lists.h"

#include "lexicon_data.h"

namespace newsmark {
namespace attribution {

std::vector<std::string_view> word_list(std::string_view name) {
  std::vector<std::string_view> out;
  for (unsigned i = 0; i < lexdata::kBlobCount; ++i) {
    if (name != lexdata::kBlobs[i].name) continue;
    const std::string_view text(lexdata::kBlobs[i].text, lexdata::kBlobs[i].size);
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view line = text.substr(pos, nl - pos);
      pos = nl + 1;
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      if (!line.empty() && line.front() != '#') out.push_back(line);
    }
  }
  return out;
}

bool ends_with_any(std::string_view w, const std::vector<std::string_view>& endings) {
  for (const std::string_view e : endings)
    if (w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  return false;
}

bool in_list(std::string_view w, const std::vector<std::string_view>& words) {
  for (const std::string_view x : words)
    if (w == x) return true;
  return false;
}

bool starts_with_one_of(std::string_view w, const std::vector<std::string_view>& stems) {
  for (const std::string_view s : stems)
    if (w.compare(0, s.size(), s) == 0) return true;
  return false;
}

}  // namespace attribution
}  // namespace newsmark

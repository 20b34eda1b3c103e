#include "attribution/word_lists.h"

#include <algorithm>
#include <utility>

#include "table.h"

namespace newsmark {
namespace attribution {

namespace {

// Each list's name and its entries' bytes in the "lists" section of the lexicon image
// (core/lexicons/tools/tables.mjs): "@name" and then the list's entries, trimmed, without comments
// or blank lines, one per line. Found in one pass over the section, on the first call.
struct ListSpan {
  std::string_view name, body;
};

std::vector<ListSpan> list_spans() {
  std::vector<ListSpan> out;
  const std::string_view text = compiled_table("lexicons").bytes("lists");
  std::size_t body = 0;  // where the last list's entries begin
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (text[pos] == '@') {
      if (!out.empty()) out.back().body = text.substr(body, pos - body);
      out.push_back({text.substr(pos + 1, nl - pos - 1), {}});
      body = nl < text.size() ? nl + 1 : nl;
    }
    pos = nl + 1;
  }
  if (!out.empty()) out.back().body = text.substr(body);
  return out;
}

}  // namespace

std::vector<std::string_view> word_list(std::string_view name) {
  static const std::vector<ListSpan> spans = list_spans();
  std::vector<std::string_view> out;
  for (const ListSpan& s : spans) {
    if (s.name != name) continue;
    std::string_view body = s.body;
    while (!body.empty()) {
      const std::size_t nl = body.find('\n');
      out.push_back(body.substr(0, nl));
      body.remove_prefix(nl == std::string_view::npos ? body.size() : nl + 1);
    }
    break;
  }
  return out;
}

WordSet::WordSet(std::vector<std::string_view> words) : words_(std::move(words)) {
  const auto length = [](std::string_view x) { return x.size() < 63 ? x.size() : std::size_t{63}; };
  std::stable_sort(words_.begin(), words_.end(),
                   [&](std::string_view a, std::string_view b) { return length(a) < length(b); });
  for (std::size_t k = 0, l = 0; l <= 64; ++l) {
    while (k < words_.size() && length(words_[k]) < l) ++k;
    by_length_[l] = static_cast<std::uint32_t>(k);
  }
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

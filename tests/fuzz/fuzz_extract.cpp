// libFuzzer target over the whole extraction entry point. The first byte
// picks the options so that every language and offset unit is exercised.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "newsmark/newsmark.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  newsmark::Options options;
  if (size > 0) {
    static const char* const kLangs[] = {"auto", "de", "en"};
    options.lang = kLangs[data[0] % 3];
    options.offsets = static_cast<newsmark::OffsetUnit>((data[0] / 3) % 3);
    ++data;
    --size;
  }
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  newsmark::Result result;
  const newsmark::Status status = newsmark::extract(text, options, &result);
  if (!status.ok()) return 0;
  // Every span must lie inside the text, in the caller's unit.
  std::size_t limit = size;  // bytes bound every unit from above
  auto check = [&](const std::vector<newsmark::Span>& spans) {
    for (const auto& s : spans)
      if (s.start > s.end || s.end > limit) __builtin_trap();
  };
  for (const auto& a : result.actors) check(a.mentions);
  for (const auto& q : result.quotes) {
    check(q.spans);
    check(q.cue);
    if (q.speaker) check(q.speaker->spans);
  }
  for (const auto& s : result.sources) check(s.spans);
  (void)newsmark::to_json(result);
  return 0;
}

// The one file that knows it runs in WebAssembly: a C ABI over newsmark::extract_json for
// newsmark.js. One coarse call per text: UTF-8 bytes in, a malloc'ed NUL-terminated JSON
// string out (the result contract, or {"error": "..."}). Built with -fno-exceptions; the
// engine reports every failure as a value, so nothing here can throw.
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "newsmark/newsmark.h"

namespace {

char* copy_out(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out == nullptr) return nullptr;  // newsmark.js reports this as out of memory
  std::memcpy(out, s.data(), s.size());
  out[s.size()] = '\0';
  return out;
}

}  // namespace

extern "C" {

// text: len UTF-8 bytes (need not be NUL-terminated; invalid bytes are read as U+FFFD).
// lang: "auto" | "de" | "en" (NUL-terminated; null means "auto").
// offsets: "utf16" | "utf8" | "codepoints" (null means "utf16", what JS strings use).
// explain: nonzero adds the rule that made each quote, speaker and source ("rule").
// disable: attribution rules to switch off, comma-separated (null or "" means none).
// Returns JSON to be released with free(); null only when even that allocation failed.
char* newsmark_extract(const char* text, std::size_t len, const char* lang, const char* offsets, int explain,
                       const char* disable) {
  newsmark::Options options;
  options.lang = lang != nullptr ? lang : "auto";
  options.offsets = newsmark::OffsetUnit::utf16;
  if (offsets != nullptr && !newsmark::parse_offset_unit(offsets, &options.offsets)) {
    return copy_out(std::string("{\"error\":\"unknown offsets unit (use utf16, utf8 or codepoints)\"}"));
  }
  options.explain = explain != 0;
  for (std::string_view names = disable != nullptr ? disable : ""; !names.empty();) {
    const std::size_t comma = names.find(',');
    const std::string_view name = names.substr(0, comma);
    if (!name.empty()) options.disable.emplace_back(name);
    names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
  }
  const std::string_view input(text != nullptr ? text : "", text != nullptr ? len : 0);
  return copy_out(newsmark::extract_json(input, options));
}

const char* newsmark_version() { return newsmark::version(); }

}  // extern "C"

// The caller's bytes as valid UTF-8, and the way back from internal byte
// offsets to the caller's offsets in any unit of the result contract.
#ifndef NEWSMARK_CORE_TEXT_H
#define NEWSMARK_CORE_TEXT_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsmark/newsmark.h"

namespace newsmark {

class Text {
 public:
  // Invalid UTF-8 becomes U+FFFD, one per bad byte (the contract's rule), so
  // that every later stage can assume valid UTF-8.
  explicit Text(std::string_view raw);

  const std::string& utf8() const { return clean_; }
  std::string_view view() const { return clean_; }
  std::size_t size() const { return clean_.size(); }
  bool had_invalid_bytes() const { return !replaced_.empty(); }

  // Converts an offset into utf8() (on a character boundary) to the caller's unit.
  std::size_t to_unit(std::uint32_t clean_offset, OffsetUnit unit) const;

 private:
  std::string clean_;
  // Offsets in clean_ where a U+FFFD stands for one bad input byte.
  std::vector<std::uint32_t> replaced_;
  // Every kStride bytes: UTF-16 units and code points before that byte.
  static constexpr std::uint32_t kStride = 64;
  std::vector<std::uint32_t> utf16_at_;
  std::vector<std::uint32_t> cp_at_;
};

// Length in bytes of the UTF-8 sequence starting with lead byte c (1 for
// continuation bytes, so that scanning always advances).
inline int utf8_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Decodes the code point at s[i] (valid UTF-8 assumed) and advances i.
char32_t next_code_point(std::string_view s, std::size_t& i);
// Decodes the code point that ends at s[i] (exclusive) and moves i back.
char32_t previous_code_point(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t c);

}  // namespace newsmark

#endif

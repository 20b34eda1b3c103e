#include "text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace newsmark {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid
// (overlong, surrogate, out of range, truncated).
std::size_t valid_sequence(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const std::size_t n = s.size();
  if (c < 0x80) return 1;
  const auto cont = [&](std::size_t k) { return k < n && (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    const unsigned char c1 = b(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    const unsigned char c1 = b(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;   // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // beyond U+10FFFF
    return 4;
  }
  return 0;
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Of eight UTF-8 bytes: how many begin a code point (are no continuation
// byte, 10xxxxxx), and how many begin one of four bytes (11110xxx: two UTF-16
// units). Each test looks at bits 7..4 of a byte only; the shifts move bits
// within a byte (a bit carried into the next byte lands below bit 7).
// How many bytes of a word that has bit 7 of a byte set at most are set (without
// a popcount instruction, which the baseline x86-64 target lacks: GCC calls libgcc).
int high_bits(std::uint64_t x) { return static_cast<int>(((x >> 7) * 0x0101010101010101ull) >> 56); }
int leads(std::uint64_t w) { return 8 - high_bits(w & ~(w << 1) & kHighBits); }
int four_byte_leads(std::uint64_t w) { return high_bits(w & (w << 1) & (w << 2) & (w << 3) & kHighBits); }

}  // namespace

Text::Text(std::string_view raw) {
  std::size_t i = 0;
  // Fast path: copy runs of valid input at once.
  clean_.reserve(raw.size());
  while (i < raw.size()) {
    std::size_t start = i;
    std::size_t len = 0;
    for (;;) {
      while (i + 8 <= raw.size() && (load8(raw.data() + i) & kHighBits) == 0) i += 8;  // ASCII
      if (i >= raw.size() || (len = valid_sequence(raw, i)) == 0) break;
      i += len;
    }
    clean_.append(raw.data() + start, i - start);
    if (i < raw.size()) {
      replaced_.push_back(static_cast<std::uint32_t>(clean_.size()));
      clean_.append("\xEF\xBF\xBD");
      ++i;
    }
  }
  const std::size_t checkpoints = clean_.size() / kStride + 1;
  utf16_at_.reserve(checkpoints);
  cp_at_.reserve(checkpoints);
  std::uint32_t u16 = 0, cps = 0;
  std::size_t k = 0;
  for (; k + kStride <= clean_.size(); k += kStride) {
    utf16_at_.push_back(u16);
    cp_at_.push_back(cps);
    for (std::size_t q = 0; q < kStride; q += 8) {
      const std::uint64_t w = load8(clean_.data() + k + q);
      const int l = leads(w);
      cps += static_cast<std::uint32_t>(l);
      u16 += static_cast<std::uint32_t>(l + four_byte_leads(w));
    }
  }
  for (; k < clean_.size(); ++k) {
    if (k % kStride == 0) {
      utf16_at_.push_back(u16);
      cp_at_.push_back(cps);
    }
    const unsigned char c = static_cast<unsigned char>(clean_[k]);
    if ((c & 0xC0) != 0x80) {
      ++cps;
      u16 += c >= 0xF0 ? 2 : 1;
    }
  }
  if (clean_.size() % kStride == 0) {
    utf16_at_.push_back(u16);
    cp_at_.push_back(cps);
  }
}

std::size_t Text::to_unit(std::uint32_t offset, OffsetUnit unit) const {
  if (offset > clean_.size()) offset = static_cast<std::uint32_t>(clean_.size());
  if (unit == OffsetUnit::utf8) {
    // Each U+FFFD before the offset took 3 bytes for 1 input byte.
    const auto before = std::lower_bound(replaced_.begin(), replaced_.end(), offset) - replaced_.begin();
    return offset - 2 * static_cast<std::size_t>(before);
  }
  const std::uint32_t cp = offset / kStride;
  std::size_t count = unit == OffsetUnit::utf16 ? utf16_at_[cp] : cp_at_[cp];
  std::size_t k = static_cast<std::size_t>(cp) * kStride;
  for (; k + 8 <= offset; k += 8) {
    const std::uint64_t w = load8(clean_.data() + k);
    count += static_cast<std::size_t>(leads(w) + (unit == OffsetUnit::utf16 ? four_byte_leads(w) : 0));
  }
  for (; k < offset; ++k) {
    const unsigned char c = static_cast<unsigned char>(clean_[k]);
    if ((c & 0xC0) != 0x80) count += (unit == OffsetUnit::utf16 && c >= 0xF0) ? 2 : 1;
  }
  return count;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  const int len = utf8_length(c);
  if (len == 1 || i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return c;
  }
  char32_t cp = c & (0x7F >> len);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

char32_t previous_code_point(std::string_view s, std::size_t& i) {
  std::size_t start = i;
  do {
    --start;
  } while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 && i - start < 4);
  std::size_t k = start;
  const char32_t cp = next_code_point(s, k);
  i = start;
  return cp;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace newsmark

#include "sentence_breaks.h"

#include <unicode/uchar.h>

#include <array>

namespace newsmark {
namespace {

// Sentence_Break classes (UAX #29); Extend and Format (rule SB5) are kComplex.
enum Class : std::uint8_t {
  kOther,
  kUpper,
  kLower,
  kOLetter,
  kNumeric,
  kATerm,
  kSTerm,
  kClose,
  kSContinue,
  kSp,
  kCR,
  kLF,
  kSep,
  kComplex,
};

Class from_property(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_UPPER: return kUpper;
    case U_SB_LOWER: return kLower;
    case U_SB_OLETTER: return kOLetter;
    case U_SB_NUMERIC: return kNumeric;
    case U_SB_ATERM: return kATerm;
    case U_SB_STERM: return kSTerm;
    case U_SB_CLOSE: return kClose;
    case U_SB_SCONTINUE: return kSContinue;
    case U_SB_SP: return kSp;
    case U_SB_CR: return kCR;
    case U_SB_LF: return kLF;
    case U_SB_SEP: return kSep;
    case U_SB_EXTEND:
    case U_SB_FORMAT: return kComplex;
    default: return kOther;
  }
}

struct AsciiClasses {
  AsciiClasses() {
    for (UChar32 c = 0; c < 128; ++c) {
      const Class k = from_property(c);
      of[c] = k;
      // The scan stops at terminators and separators only (no ASCII character is Extend or Format).
      stops[c] = k == kATerm || k == kSTerm || k == kCR || k == kLF || k == kSep || k == kComplex;
    }
  }
  std::array<Class, 128> of{};
  std::array<bool, 128> stops{};
};
const AsciiClasses kAscii;

// The class of the character at byte i (< s.size()), its length in bytes and in UTF-16 units.
Class class_at(std::string_view s, std::size_t i, std::size_t* length, std::int32_t* units) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *length = 1;
    *units = 1;
    return kAscii.of[b];
  }
  std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) return kComplex;  // not valid UTF-8 (the engine's text always is)
  char32_t c = len == 2 ? (b & 0x1Fu) : len == 3 ? (b & 0x0Fu) : (b & 0x07u);
  for (std::size_t k = 1; k < len; ++k) {
    const auto cont = static_cast<unsigned char>(s[i + k]);
    if ((cont & 0xC0) != 0x80) return kComplex;
    c = (c << 6) | (cont & 0x3Fu);
  }
  *length = len;
  *units = len == 4 ? 2 : 1;
  return from_property(static_cast<UChar32>(c));
}

}  // namespace

bool SentenceBreaks::next(std::uint32_t* end) {
  const std::size_t n = s_.size();
  if (at_.pos >= n) return false;
  std::size_t i = at_.pos, len = 0;
  std::int32_t u = at_.pos16, units = 0;
  const auto to_icu = [&] {  // the boundary is ICU's to find
    *end = follow_icu(nullptr);
    return true;
  };
  const auto finish = [&](std::size_t at, std::int32_t at16) {
    at_.pos = static_cast<std::uint32_t>(at);
    at_.pos16 = at16;
    *end = at_.pos;
    return true;
  };
  // A paragraph separator at k: the position after it (CR LF together, SB3), else k.
  const auto after_separator = [&](std::size_t& k, std::int32_t& k16) {
    if (k >= n) return;
    const Class c = class_at(s_, k, &len, &units);
    if (c == kLF || c == kSep) {
      k += len;
      k16 += units;
    } else if (c == kCR) {
      k += len;
      k16 += units;
      if (k < n && class_at(s_, k, &len, &units) == kLF) {
        k += len;
        k16 += units;
      }
    }
  };
  while (i < n) {
    // Most characters are ASCII that can end no sentence: skip them in a tight loop.
    const auto b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80 && !kAscii.stops[b]) {
      ++i;
      ++u;
      continue;
    }
    const Class c = class_at(s_, i, &len, &units);
    if (c == kComplex) return to_icu();
    if (c == kCR || c == kLF || c == kSep) {  // SB4: a break after each
      after_separator(i, u);
      return finish(i, u);
    }
    if (c != kATerm && c != kSTerm) {  // SB998: no break
      i += len;
      u += units;
      continue;
    }
    const Class term = c;
    const std::size_t t = i;
    std::size_t j = i + len;
    std::int32_t j16 = u + units;
    if (term == kATerm && j < n) {
      std::size_t next_len = 0;
      std::int32_t next_units = 0;
      const Class next = class_at(s_, j, &next_len, &next_units);
      if (next == kComplex) return to_icu();
      if (next == kNumeric) {  // SB6: "3.5"
        i = j;
        u = j16;
        continue;
      }
      if (next == kUpper && t > at_.pos) {  // SB7: "U.S" (a letter of this sentence before the full stop)
        std::size_t p = t - 1;
        while (p > at_.pos && (static_cast<unsigned char>(s_[p]) & 0xC0) == 0x80) --p;
        std::size_t prev_len = 0;
        std::int32_t prev_units = 0;
        const Class prev = class_at(s_, p, &prev_len, &prev_units);
        if (prev == kComplex) return to_icu();
        if (prev == kUpper || prev == kLower) {
          i = j;
          u = j16;
          continue;
        }
      }
    }
    // Closing marks, then spaces (SB9, SB10).
    std::size_t k = j;
    std::int32_t k16 = j16;
    Class kc = kOther;
    while (k < n && (kc = class_at(s_, k, &len, &units)) == kClose) k += len, k16 += units;
    while (k < n && (kc = class_at(s_, k, &len, &units)) == kSp) k += len, k16 += units;
    if (k < n && kc == kComplex) return to_icu();
    if (k < n) {
      if (term == kATerm) {
        // SB8: no break when the next letter after it (nothing that ends a sentence between) is lower case.
        std::size_t m = k;
        Class mc = kOther;
        while (m < n) {
          mc = class_at(s_, m, &len, &units);
          if (mc == kComplex) return to_icu();
          if (mc == kOLetter || mc == kUpper || mc == kLower || mc == kCR || mc == kLF || mc == kSep ||
              mc == kATerm || mc == kSTerm)
            break;
          m += len;
        }
        if (m < n && mc == kLower) {
          i = k;
          u = k16;
          continue;
        }
      }
      if (kc == kSContinue || kc == kATerm || kc == kSTerm) {  // SB8a: "?!", "etc.,"
        i = k;
        u = k16;
        continue;
      }
      after_separator(k, k16);  // SB11: a break after the terminator, its closing marks, spaces and one separator
    }
    return finish(k, k16);
  }
  return finish(n, u);
}

}  // namespace newsmark

#include "word_breaks.h"

#include <unicode/ubrk.h>

namespace newsmark {
namespace {

// The word break classes (UAX #29) of the characters read without ICU;
// everything else is kComplex and goes to ICU.
enum Class : std::uint8_t {
  kComplex,
  kLetter,     // ALetter: Latin letters, "@"
  kDigit,      // Numeric: 0-9
  kSpace,      // WSegSpace: U+0020
  kCR,
  kLF,
  kNewline,    // U+000B, U+000C, U+0085, U+2028, U+2029
  kMidLetter,  // U+00B7 U+2027 (ICU's root rules leave ":" out, as CLDR does)
  kMidNumLet,  // "." "'" U+2018 U+2019 U+2024 (MidNumLet and Single_Quote)
  kMidNum,     // "," ";"
  kOther,      // punctuation and symbols of no other class
};

constexpr Class ascii_class(unsigned char b) {
  // ("@" too: ICU's rules count it a letter, so that an e-mail address stays one word.)
  if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '@') return kLetter;
  if (b >= '0' && b <= '9') return kDigit;
  switch (b) {
    case ' ': return kSpace;
    case '\r': return kCR;
    case '\n': return kLF;
    case 0x0B:
    case 0x0C: return kNewline;
    case '.':
    case '\'': return kMidNumLet;
    case ',':
    case ';': return kMidNum;
    case '_': return kComplex;  // ExtendNumLet
    default: return kOther;
  }
}

struct AsciiTable {
  constexpr AsciiTable() : of() {
    for (unsigned b = 0; b < 128; ++b) of[b] = ascii_class(static_cast<unsigned char>(b));
  }
  Class of[128];
  constexpr Class operator[](unsigned char b) const { return of[b]; }
};
constexpr AsciiTable kAsciiClasses;

Class code_point_class(char32_t c) {
  if (c >= 0xA0 && c <= 0xBF) {
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return kLetter;
    if (c == 0xB7) return kMidLetter;
    if (c == 0xAD || c == 0xA9 || c == 0xAE) return kComplex;  // soft hyphen (Format); (c), (R) (pictographs)
    return kOther;
  }
  if (c >= 0xC0 && c <= 0x24F) return c == 0xD7 || c == 0xF7 ? kOther : kLetter;
  if (c == 0x85 || c == 0x2028 || c == 0x2029) return kNewline;
  if (c >= 0x2010 && c <= 0x203E) {
    if (c == 0x2018 || c == 0x2019 || c == 0x2024) return kMidNumLet;
    if (c == 0x2027) return kMidLetter;
    if (c >= 0x202A && c <= 0x202F) return kComplex;  // bidi controls (Format), U+202F (ExtendNumLet)
    if (c == 0x203C) return kComplex;                  // a pictograph
    return kOther;
  }
  if (c >= 0x20A0 && c <= 0x20C0) return kOther;  // currency signs
  return kComplex;
}

// The class of the character at byte i of s (i < s.size()) and its length in bytes.
Class class_at(std::string_view s, std::size_t i, std::size_t* length) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *length = 1;
    return kAsciiClasses[b];
  }
  if (b >= 0xC2 && b <= 0xDF && i + 1 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b1 & 0xC0) != 0x80) return kComplex;
    *length = 2;
    return code_point_class(static_cast<char32_t>(((b & 0x1Fu) << 6) | (b1 & 0x3Fu)));
  }
  if (b >= 0xE0 && b <= 0xEF && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return kComplex;
    *length = 3;
    return code_point_class(static_cast<char32_t>(((b & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu)));
  }
  return kComplex;
}

}  // namespace

bool BreakCursor::follow(std::string_view s, IteratorSource& icu, std::int32_t* status) {
  icu::BreakIterator* const it = icu.iterator();
  const std::int32_t end16 = it != nullptr ? it->following(pos16) : icu::BreakIterator::DONE;
  if (status != nullptr) *status = it != nullptr ? it->getRuleStatus() : UBRK_WORD_NONE;
  if (end16 == icu::BreakIterator::DONE) {
    pos = static_cast<std::uint32_t>(s.size());
    return it != nullptr;
  }
  // Forward to end16, counting UTF-16 units.
  while (pos16 < end16 && pos < s.size()) {
    const auto b = static_cast<unsigned char>(s[pos]);
    const std::uint32_t length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    pos += length;
    pos16 += length == 4 ? 2 : 1;
  }
  if (pos > s.size()) pos = static_cast<std::uint32_t>(s.size());
  return true;
}

bool WordBreaks::next(std::uint32_t* end, std::int32_t* status) {
  const std::size_t n = s_.size();
  if (at_.pos >= n) return false;
  std::size_t length = 0;
  const Class first = class_at(s_, at_.pos, &length);
  std::size_t at = at_.pos + length;  // bytes read so far
  std::int32_t units = 1;            // UTF-16 units read so far (every class but kComplex is in the BMP)
  const auto next_class = [&](std::size_t i, std::size_t* len) { return i < n ? class_at(s_, i, len) : kOther; };
  std::int32_t rule = UBRK_WORD_NONE;
  switch (first) {
    case kComplex:
      *end = follow_icu(status);
      return true;
    case kCR: {
      std::size_t len = 0;
      if (at < n && next_class(at, &len) == kLF) {
        at += len;
        ++units;
      }
      break;
    }
    case kLF:
    case kNewline:
      break;  // a break after each (WB3a)
    case kSpace:
    case kOther:
    case kMidLetter:
    case kMidNumLet:
    case kMidNum: {
      std::size_t len = 0;
      Class c = at < n ? next_class(at, &len) : kOther;
      while (first == kSpace && c == kSpace) {  // spaces stay together (WB3d)
        at += len;
        ++units;
        c = at < n ? next_class(at, &len) : kOther;
      }
      if (c == kComplex) {  // an extending or format character would join it (WB4)
        *end = follow_icu(status);
        return true;
      }
      break;
    }
    case kLetter:
    case kDigit: {
      // A run of letters (WB5), or of digits (WB8), over the middle marks
      // between two of the same (WB6/7: "." "'" between letters; WB11/12:
      // "," ";" "." "'" between digits). Letters next to digits (WB9/10, and
      // the status ICU gives them) are ICU's.
      const Class mid_other = first == kLetter ? kMidLetter : kMidNum;
      rule = first == kLetter ? UBRK_WORD_LETTER : UBRK_WORD_NUMBER;
      for (;;) {
        // ASCII bytes of the run's own class in a tight loop.
        while (at < n && static_cast<unsigned char>(s_[at]) < 0x80 &&
               kAsciiClasses[static_cast<unsigned char>(s_[at])] == first) {
          ++at;
          ++units;
        }
        std::size_t len = 0;
        const Class c = at < n ? next_class(at, &len) : kOther;
        if (c == first) {
          at += len;
          ++units;
          continue;
        }
        if (c == kMidNumLet || c == mid_other) {
          std::size_t len2 = 0;
          const Class after = at + len < n ? next_class(at + len, &len2) : kOther;
          if (after == first) {
            at += len + len2;
            units += 2;
            continue;
          }
          if (after == kComplex) {
            *end = follow_icu(status);
            return true;
          }
          break;
        }
        if (c == kComplex || c == kLetter || c == kDigit) {
          *end = follow_icu(status);
          return true;
        }
        break;
      }
      break;
    }
  }
  at_.pos = static_cast<std::uint32_t>(at);
  at_.pos16 += units;
  *end = at_.pos;
  *status = rule;
  return true;
}

}  // namespace newsmark

#include <doctest/doctest.h>

#include "text.h"

using newsmark::OffsetUnit;
using newsmark::Text;

TEST_CASE("valid UTF-8 is kept as it is and offsets convert to every unit") {
  // "ä😀x": ä = 2 bytes / 1 unit, 😀 = 4 bytes / 2 UTF-16 units / 1 code point.
  const Text t("\xC3\xA4\xF0\x9F\x98\x80x");
  CHECK_FALSE(t.had_invalid_bytes());
  CHECK(t.size() == 7);
  CHECK(t.to_unit(6, OffsetUnit::utf8) == 6);
  CHECK(t.to_unit(6, OffsetUnit::utf16) == 3);
  CHECK(t.to_unit(6, OffsetUnit::codepoints) == 2);
  CHECK(t.to_unit(7, OffsetUnit::utf16) == 4);
}

TEST_CASE("each invalid byte becomes one U+FFFD and utf8 offsets still refer to the input") {
  const Text t("a\xFF" "b\xC0\xAF" "c");
  CHECK(t.had_invalid_bytes());
  CHECK(t.utf8() == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "c");
  // 'c' is at clean byte 11, input byte 5.
  CHECK(t.to_unit(11, OffsetUnit::utf8) == 5);
  CHECK(t.to_unit(11, OffsetUnit::utf16) == 5);
  CHECK(t.to_unit(11, OffsetUnit::codepoints) == 5);
}

TEST_CASE("surrogates, overlong forms, truncated sequences and code points past U+10FFFF are invalid") {
  CHECK(Text("\xED\xA0\x80").utf8() == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(Text("\xE0\x80\x80").had_invalid_bytes());
  CHECK(Text("\xF4\x90\x80\x80").had_invalid_bytes());
  CHECK(Text("abc\xE2\x82").utf8() == "abc\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("offsets convert correctly across checkpoint strides") {
  std::string s;
  for (int i = 0; i < 1000; ++i) s += "\xF0\x9F\x98\x80";  // 1000 emoji
  const Text t(s);
  CHECK(t.to_unit(4000, OffsetUnit::utf16) == 2000);
  CHECK(t.to_unit(2052, OffsetUnit::utf16) == 1026);
  CHECK(t.to_unit(2052, OffsetUnit::codepoints) == 513);
}

TEST_CASE("offsets and cleaning agree with a byte-by-byte count on mixed text (eight bytes at a time inside)") {
  // ASCII runs longer and shorter than eight bytes, two-, three- and four-byte
  // sequences and invalid bytes at every alignment, across several strides.
  const std::string pieces[] = {"abcdefghijk", "x", "\xC3\xA4", "\xE2\x80\x9E", "\xF0\x9F\x98\x80", "\xFF", "  ",
                                "\xED\xA0\x80", "Merkel sagte", "\xC3"};
  std::string s;
  std::uint32_t seed = 12345;
  for (int i = 0; i < 600; ++i) {
    seed = seed * 1103515245u + 12345u;
    s += pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
  }
  const Text t(s);
  // The expected clean text: each invalid byte one U+FFFD (as the decoder of text.cpp).
  std::string clean;
  std::size_t replaced = 0;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (len > 1 && i + len <= s.size()) {
      for (std::size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) len = 0;
      const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
      if (len && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)))
        len = 0;
    } else if (len > 1) {
      len = 0;
    }
    if (len == 0) {
      clean += "\xEF\xBF\xBD";
      ++replaced;
      ++i;
    } else {
      clean.append(s, i, len);
      i += len;
    }
  }
  CHECK(replaced > 0);
  REQUIRE(t.utf8() == clean);
  std::size_t u16 = 0, cps = 0;
  bool all = true;
  for (std::size_t k = 0; k <= clean.size(); ++k) {
    if (t.to_unit(static_cast<std::uint32_t>(k), OffsetUnit::utf16) != u16 ||
        t.to_unit(static_cast<std::uint32_t>(k), OffsetUnit::codepoints) != cps)
      all = false;
    if (k < clean.size()) {
      const unsigned char c = static_cast<unsigned char>(clean[k]);
      if ((c & 0xC0) != 0x80) {
        ++cps;
        u16 += c >= 0xF0 ? 2 : 1;
      }
    }
  }
  CHECK(all);
}

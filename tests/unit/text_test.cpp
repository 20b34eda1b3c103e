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

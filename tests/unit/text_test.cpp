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

// The segmenter's word breaks (core/word_breaks.h) against ICU's own iterator, on random texts of
// characters of every class it reads itself and of some it leaves to ICU: the same boundaries, the
// same rule statuses.
#include <unicode/brkiter.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <initializer_list>
#include <memory>
#include <random>
#include <vector>

#include "word_breaks.h"

namespace {

std::string utf8_of(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// An iterator set to a text (as UTF-16) for as long as this lives.
struct OnText {
  OnText(icu::BreakIterator* it, const std::string& text) : u16(text.size() + 1) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(u16.data(), static_cast<int32_t>(u16.size()), &length, text.data(), static_cast<int32_t>(text.size()),
                  &status);
    ut = utext_openUChars(nullptr, u16.data(), length, &status);
    it->setText(ut, status);
  }
  ~OnText() { utext_close(ut); }
  OnText(const OnText&) = delete;
  OnText& operator=(const OnText&) = delete;
  std::vector<UChar> u16;
  UText* ut = nullptr;
};

// Hands out the iterator it was given and counts how often it was asked.
struct Given final : newsmark::IteratorSource {
  explicit Given(icu::BreakIterator* i) : it(i) {}
  icu::BreakIterator* iterator() override {
    ++asked;
    return it;
  }
  icu::BreakIterator* it;
  int asked = 0;
};

struct Piece {
  std::uint32_t end;
  std::int32_t status;
  bool operator==(const Piece& o) const { return end == o.end && status == o.status; }
};

std::vector<Piece> icu_pieces(icu::BreakIterator* it, const std::string& text) {
  const OnText on(it, text);
  std::vector<Piece> out;
  std::size_t byte = 0;
  int32_t unit = 0;
  it->first();
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    while (unit < b) {
      const auto c = static_cast<unsigned char>(text[byte]);
      const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      byte += len;
      unit += len == 4 ? 2 : 1;
    }
    out.push_back({static_cast<std::uint32_t>(byte), it->getRuleStatus()});
  }
  return out;
}

std::vector<Piece> fast_pieces(icu::BreakIterator* it, const std::string& text) {
  const OnText on(it, text);
  Given source(it);
  newsmark::WordBreaks breaks(text, source);
  std::vector<Piece> out;
  Piece p{0, 0};
  while (breaks.next(&p.end, &p.status)) out.push_back(p);
  return out;
}

// Every character the fast paths read (ASCII, Latin, general punctuation,
// currency signs), some they must leave to ICU (combining marks, other
// scripts, emoji, wide forms, format characters), and `extra`.
std::vector<char32_t> character_pool(std::initializer_list<char32_t> extra) {
  std::vector<char32_t> pool;
  for (char32_t c = 0x01; c <= 0x24F; ++c) pool.push_back(c);
  for (char32_t c = 0x2000; c <= 0x2070; ++c) pool.push_back(c);
  for (char32_t c = 0x20A0; c <= 0x20C0; ++c) pool.push_back(c);
  for (const char32_t c : {0x0301u, 0x05D0u, 0x30A2u, 0x4E00u, 0x3000u, 0xFEFFu, 0xFF0Eu, 0x1F600u}) pool.push_back(c);
  pool.insert(pool.end(), extra.begin(), extra.end());
  return pool;
}

// Reads a text's pieces: ICU's way or the fast way.
using Reader = std::vector<Piece> (*)(icu::BreakIterator*, const std::string&);

std::string pieces_text(const std::vector<Piece>& pieces) {
  std::string out;
  for (const Piece& p : pieces) out += std::to_string(p.end) + "/" + std::to_string(p.status) + " ";
  return out;
}

// How many of `rounds` random texts (1 to max_length characters, one in
// pool_one_in from pool, the others from common) the fast reader reads as ICU
// does; it stops at the first it does not, and says which.
int agreeing_texts(icu::BreakIterator* it, Reader icu, Reader fast, std::uint32_t seed, int max_length, unsigned pool_one_in,
                   const std::vector<char32_t>& pool, const std::vector<char32_t>& common, int rounds = 60000) {
  std::mt19937 rng(seed);
  for (int round = 0; round < rounds; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(rng() % static_cast<unsigned>(max_length));
    for (int k = 0; k < length; ++k)
      text += utf8_of(rng() % pool_one_in == 0 ? pool[rng() % pool.size()] : common[rng() % common.size()]);
    const auto want = icu(it, text), got = fast(it, text);
    if (!(got == want)) {
      const std::string ends_want = pieces_text(want), ends_got = pieces_text(got);
      CAPTURE(text);
      CAPTURE(ends_want);
      CAPTURE(ends_got);
      FAIL_CHECK("the fast reading differs from ICU's");
      return round;
    }
  }
  return rounds;
}

}  // namespace

TEST_CASE("word breaks: the segmenter's own reading agrees with ICU's iterator, boundaries and statuses") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("de"), status));
  REQUIRE(U_SUCCESS(status));
  const std::vector<char32_t> pool = character_pool({0x0308u, 0x05D1u, 0x30A4u, 0x1F1E9u, 0x1F1EAu, 0x0E01u, 0x0627u});
  // Texts drawn mostly from a few common classes, so that runs and middle marks meet.
  const std::vector<char32_t> common = {'a', 'b', 'Z', 0xE4, 0xDF, '1', '0', ' ', ' ', '.', ',', ':', ';', '\'', 0x2019,
                                        '-', '_', '\n', '\r', 0xAD, 0x0301, 0xA0, 0x201E, 0x201C, '"', 0x2013};
  CHECK(agreeing_texts(it.get(), icu_pieces, fast_pieces, 12345, 12, 3, pool, common) == 60000);
}

#include "sentence_breaks.h"

namespace {

// Sentence ends only (the statuses are not compared).
std::vector<Piece> icu_sentence_ends(icu::BreakIterator* it, const std::string& text) {
  std::vector<Piece> out = icu_pieces(it, text);
  for (Piece& p : out) p.status = 0;
  return out;
}

std::vector<Piece> fast_sentence_ends(icu::BreakIterator* it, const std::string& text) {
  const OnText on(it, text);
  Given source(it);
  newsmark::SentenceBreaks breaks(text, source);
  std::vector<Piece> out;
  Piece p{0, 0};
  while (breaks.next(&p.end)) out.push_back(p);
  return out;
}

}  // namespace

TEST_CASE("sentence breaks: the segmenter's own reading agrees with ICU's iterator") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("de"), status));
  REQUIRE(U_SUCCESS(status));
  const std::vector<char32_t> pool = character_pool({0x3002u, 0xFF01u, 0x0964u, 0x061Fu, 0x00ADu, 0x200Bu, 0x2029u});
  const std::vector<char32_t> common = {'a', 'b', 'Z', 'U', 0xE4, 0xC4, '1', ' ', ' ', '.', '.', '!', '?', ',', ':', ';',
                                        '"', ')', '(', '\'', 0x201C, 0x201E, 0xBB, '-', 0x2013, '\n', '\r', 0xA0,
                                        0xAD, 0x0301, '\t'};
  CHECK(agreeing_texts(it.get(), icu_sentence_ends, fast_sentence_ends, 4242, 14, 4, pool, common) == 60000);
}

TEST_CASE("word and sentence breaks ask ICU only for what they do not read themselves, and a missing ICU is a failure") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("de"), status));
  std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(icu::Locale("de"), status));
  REQUIRE(U_SUCCESS(status));
  const auto count = [](newsmark::IteratorSource& source, const std::string& text, bool word_breaks) {
    std::uint32_t end = 0;
    std::int32_t rule = 0;
    if (word_breaks) {
      newsmark::WordBreaks breaks(text, source);
      while (breaks.next(&end, &rule)) {}
      return breaks.failed();
    }
    newsmark::SentenceBreaks breaks(text, source);
    while (breaks.next(&end)) {}
    return breaks.failed();
  };
  const std::string plain = "Die Regierung teilte am Montag mit, sie prüfe „die Angaben“. Das dauere.";
  Given w(words.get()), s(sentences.get());
  CHECK_FALSE(count(w, plain, true));
  CHECK_FALSE(count(s, plain, false));
  CHECK(w.asked == 0);
  CHECK(s.asked == 0);
  // "G20" mixes letters and digits; a combining mark after a full stop is ICU's to judge (SB5).
  const std::string mixed = "Die G20 tagt.\u0301 Dann nicht.";
  Given w2(words.get()), s2(sentences.get());
  CHECK_FALSE(count(w2, mixed, true));
  CHECK_FALSE(count(s2, mixed, false));
  CHECK(w2.asked > 0);
  CHECK(s2.asked > 0);
  Given none(nullptr);
  CHECK(count(none, mixed, true));
  CHECK(count(none, mixed, false));
  CHECK_FALSE(count(none, plain, true));
}

// Word boundaries of a UTF-8 text exactly as ICU's word break iterator gives
// them (UAX #29 with ICU's rule statuses), most of them without ICU: runs of
// Latin letters, of digits, of spaces and single punctuation marks are read
// straight from the bytes; a word that mixes letters and digits or meets any
// character outside those classes (combining marks, format characters, other
// scripts, emoji, "_") is left to ICU, from that word's start. The segmenter
// (core/segmenter.cpp) reads its tokens from here; ICU's own iterator took a
// tenth of the engine's time. tests/unit/text_test.cpp compares the two on
// random texts of every class.
#ifndef NEWSMARK_CORE_WORD_BREAKS_H
#define NEWSMARK_CORE_WORD_BREAKS_H

#include <unicode/brkiter.h>

#include <cstdint>
#include <string_view>

namespace newsmark {

// ICU's break iterator over the same text as UTF-16 (setText done), asked for
// only when a piece needs it, so that a text that needs none costs no UTF-16
// copy and no iterator; null when ICU cannot give one.
class IteratorSource {
 public:
  virtual icu::BreakIterator* iterator() = 0;

 protected:
  ~IteratorSource() = default;
};

// A position in a UTF-8 text, in bytes and in UTF-16 units (ICU's offsets):
// where the fast paths stand, and what they hand to ICU.
struct BreakCursor {
  std::uint32_t pos = 0;
  std::int32_t pos16 = 0;
  // Moves to ICU's next boundary after the position and gives its rule
  // status; false (and to the end) when ICU gives no iterator.
  bool follow(std::string_view s, IteratorSource& icu, std::int32_t* status);
};

// What the word and the sentence scanners share: the text, where ICU comes
// from, the position, and whether ICU failed them.
class BreakScanner {
 public:
  // Whether a piece needed ICU and it gave no iterator (the rest of the text was one piece).
  bool failed() const { return failed_; }

 protected:
  BreakScanner(std::string_view utf8, IteratorSource& icu) : s_(utf8), icu_(icu) {}
  // To ICU's next boundary (its byte offset; its rule status in *status, if
  // asked); the end of the text when ICU gives no iterator.
  std::uint32_t follow_icu(std::int32_t* status) {
    failed_ = !at_.follow(s_, icu_, status) || failed_;
    return at_.pos;
  }
  std::string_view s_;
  IteratorSource& icu_;
  bool failed_ = false;
  BreakCursor at_;
};

class WordBreaks : public BreakScanner {
 public:
  WordBreaks(std::string_view utf8, IteratorSource& icu) : BreakScanner(utf8, icu) {}
  // The next boundary: *end is its byte offset, *status the rule status of
  // the piece before it (ICU's getRuleStatus(): < 100 none, < 200 a number,
  // else a word). False after the last piece.
  bool next(std::uint32_t* end, std::int32_t* status);
};

}  // namespace newsmark

#endif

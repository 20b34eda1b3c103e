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

class WordBreaks {
 public:
  WordBreaks(std::string_view utf8, IteratorSource& icu) : s_(utf8), icu_(icu) {}
  // The next boundary: *end is its byte offset, *status the rule status of
  // the piece before it (ICU's getRuleStatus(): < 100 none, < 200 a number,
  // else a word). False after the last piece.
  bool next(std::uint32_t* end, std::int32_t* status);
  // Whether a piece needed ICU and it gave no iterator (the rest of the text was one piece).
  bool failed() const { return failed_; }

 private:
  // The piece from pos_ as ICU reads it.
  void from_icu(std::uint32_t* end, std::int32_t* status);
  std::string_view s_;
  IteratorSource& icu_;
  bool failed_ = false;
  std::uint32_t pos_ = 0;  // bytes
  std::int32_t pos16_ = 0;  // UTF-16 units before pos_
};

}  // namespace newsmark

#endif

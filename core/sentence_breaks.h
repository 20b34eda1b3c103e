// Sentence boundaries of a UTF-8 text exactly as ICU's sentence break
// iterator gives them (UAX #29, SB1-SB11), found without ICU's per-character
// state machine: a boundary can only follow a paragraph separator or a
// sentence terminator ("." "!" "?", closing marks and spaces after it), so
// the scan jumps from one terminator to the next and applies the rules there.
// A terminator with an extending or format character near it (rule SB5) is
// left to ICU, from the sentence's start. tests/unit/text_test.cpp compares
// the two on random texts.
#ifndef NEWSMARK_CORE_SENTENCE_BREAKS_H
#define NEWSMARK_CORE_SENTENCE_BREAKS_H

#include <unicode/brkiter.h>

#include <cstdint>
#include <string_view>

namespace newsmark {

class SentenceBreaks {
 public:
  // icu: a sentence break iterator whose text is utf8 as UTF-16 (setText done).
  SentenceBreaks(std::string_view utf8, icu::BreakIterator* icu) : s_(utf8), icu_(icu) {}
  // The next boundary's byte offset in *end; false after the last.
  bool next(std::uint32_t* end);

 private:
  bool from_icu(std::uint32_t* end);
  std::string_view s_;
  icu::BreakIterator* icu_;
  std::uint32_t pos_ = 0;   // bytes
  std::int32_t pos16_ = 0;  // UTF-16 units before pos_
};

}  // namespace newsmark

#endif

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

#include "word_breaks.h"  // IteratorSource, BreakScanner

namespace newsmark {

class SentenceBreaks : public BreakScanner {
 public:
  // icu: gives ICU's sentence break iterator over the same text when needed.
  SentenceBreaks(std::string_view utf8, IteratorSource& icu) : BreakScanner(utf8, icu) {}
  // The next boundary's byte offset in *end; false after the last.
  bool next(std::uint32_t* end);
};

}  // namespace newsmark

#endif

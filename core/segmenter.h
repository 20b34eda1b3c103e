// Words and sentences, from ICU's break iterators, with the corrections
// German and English news need (abbreviations, ordinals, initials).
#ifndef NEWSMARK_CORE_SEGMENTER_H
#define NEWSMARK_CORE_SEGMENTER_H

#include "document.h"
#include "newsmark/newsmark.h"

namespace newsmark {

// Fills doc.tokens and doc.sentences. Returns an error message or "".
std::string segment(Document& doc);

// True when the token is a quotation mark of any style.
bool is_quote_mark(std::string_view token);

}  // namespace newsmark

#endif

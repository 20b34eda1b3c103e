// Pairs quotation marks of every style into quoted stretches. Pairing is
// local and bounded: a stray or apostrophe-like mark never swallows the rest
// of the article, and the work is linear in the number of marks.
#ifndef NEWSMARK_CORE_QUOTE_MARKS_H
#define NEWSMARK_CORE_QUOTE_MARKS_H

#include "document.h"

namespace newsmark {

// Fills doc.quote_pairs (outermost pairs only, text order).
void pair_quote_marks(Document& doc);

}  // namespace newsmark

#endif

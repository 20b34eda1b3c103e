// From the internal document to the public Result, in the caller's offsets.
#ifndef NEWSMARK_CORE_RESULT_H
#define NEWSMARK_CORE_RESULT_H

#include "document.h"
#include "newsmark/newsmark.h"

namespace newsmark {

// explain: with the name of the rule that made each quote, speaker and source.
Result make_result(const Document& doc, OffsetUnit unit, bool explain = false);

}  // namespace newsmark

#endif

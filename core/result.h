// From the internal document to the public Result, in the caller's offsets.
#ifndef NEWSMARK_CORE_RESULT_H
#define NEWSMARK_CORE_RESULT_H

#include "document.h"
#include "newsmark/newsmark.h"

namespace newsmark {

Result make_result(const Document& doc, OffsetUnit unit);

}  // namespace newsmark

#endif

// Who said what: direct quotes get their speaker and cue, reported speech
// (German Konjunktiv, English "said that", "laut", "according to") becomes
// indirect or mixed quotes, and the phrases that name an origin become sources.
#ifndef NEWSMARK_CORE_ATTRIBUTION_H
#define NEWSMARK_CORE_ATTRIBUTION_H

#include "document.h"

namespace newsmark {

// Needs doc.mentions, doc.quote_pairs and doc.body_end; fills doc.quotes and
// adds to doc.sources.
void attribute_quotes(Document& doc);

}  // namespace newsmark

#endif

// Agency credits ("(dpa)", "(afp/bearbeitet von phs)", "BERLIN (Reuters) -")
// and where the article body ends (boilerplate after the closing credit).
#ifndef NEWSMARK_CORE_SOURCES_H
#define NEWSMARK_CORE_SOURCES_H

#include "document.h"

namespace newsmark {

// Adds agency_credit sources, their media actors, and sets doc.body_end.
void find_agency_credits(Document& doc);

}  // namespace newsmark

#endif

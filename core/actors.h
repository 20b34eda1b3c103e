// Actors: people, organisations, places and media named in the text, with
// every mention of one actor joined ("Kim" -> "Kim Jong-un").
#ifndef NEWSMARK_CORE_ACTORS_H
#define NEWSMARK_CORE_ACTORS_H

#include "document.h"

namespace newsmark {

// Fills doc.mentions and doc.actors.
void find_actors(Document& doc);

// The actor of a new mention, made for an unnamed group ("officials") that
// speaks; returns its index in doc.actors.
std::int32_t add_group_actor(Document& doc, std::uint32_t first, std::uint32_t last);

// The mention that covers token i, or -1.
std::int32_t mention_at(const Document& doc, std::uint32_t token);

}  // namespace newsmark

#endif

// The tagging stage: part-of-speech and named-entity tags for every token,
// from the compiled-in models (core/models/*.nmt, trained by
// core/tagger/train/train.cpp). Runs right after segmentation; the tags are
// in Token::pos, Token::entity and Token::entity_begin (see document.h).
#ifndef NEWSMARK_CORE_TAGGER_TAGGER_H
#define NEWSMARK_CORE_TAGGER_TAGGER_H

#include <string_view>

#include "../document.h"

namespace newsmark {

// Fills Token::pos / entity / entity_begin for every token of doc.
// A language without a model leaves its tags at their defaults (Upos::none,
// EntityTag::none).
void tag_tokens(Document& doc);

// The name of a tag ("PROPN", "PER"), for tests and tools.
std::string_view upos_name(Upos tag);
std::string_view entity_name(EntityTag tag);

// The compiled-in models' names for a language ("pos-en", "ner-de"); empty
// when the language has none.
std::string_view pos_model_name(Lang lang);
std::string_view entity_model_name(Lang lang);

}  // namespace newsmark

#endif

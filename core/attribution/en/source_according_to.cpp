// Rule en-source-according-to (core/attribution/registry.cpp): "according to X": X is the source.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::en_source_according_to(std::uint32_t i) {
  if (!(std::string_view(tok(i).lower) == "according" && i + 1 < n_ && std::string_view(tok(i + 1).lower) == "to")) return false;
  if (according_to_manner_en(i)) return false;
  const std::uint32_t limit = sentence_of(i).last;
  Range np = with_attachments(with_nouns(phrase_from(i + 2, limit)));
  // "according to the latest survey from the Institute …", "according to a round-up of … compiled by Stuff
  // Magazine", "According to In-Stat/MDR": no phrase the phrase finder reads (an adjective in lower case
  // first, a slash); the tagger's noun phrase, with what it is from.
  if (np.empty()) np = within_clause(with_attachments(tagged_np_after_en(i + 2, limit)));
  if (!np.empty()) {
    add_phrase_source(i, np.last, np, SourceKind::according_to);
  } else {
    // "according to earlier event plans, …": no phrase the actor finder
    // reads (a lower-case adjective first); the words up to the comma.
    std::uint32_t k = i + 2;
    while (k < limit && k < i + 8 && tc_.word(k) && in_pair_[k] < 0) ++k;
    if (k > i + 2 && (k >= limit || clause_punct(k))) add_source(SourceKind::according_to, doc_.token_span(i, k), -1);
  }
  return true;
}

}  // namespace attribution
}  // namespace newsmark

// Rule en-source-according-to (core/attribution/registry.cpp): "according to X": X is the source.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::en_source_according_to(std::uint32_t i) {
  if (!(tok(i).lower == "according" && i + 1 < n_ && tok(i + 1).lower == "to")) return false;
  const Range np = with_attachments(with_nouns(phrase_from(i + 2, sentence_of(i).last)));
  if (!np.empty()) add_phrase_source(i, np.last, np, SourceKind::according_to);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

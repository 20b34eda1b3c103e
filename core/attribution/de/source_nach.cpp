// Rule de-source-nach (core/attribution/registry.cpp): "nach Angaben X", "nach SPIEGEL ONLINE": "nach" with an information noun or a medium.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::de_source_nach(std::uint32_t i) {
  if (!nach_source(i, sentence_of(i).last)) return false;
  // (The phrase the speaker of the sentence it leads has, de-source-led.)
  const Range np = phrase_after_source(i, sentence_of(i).last);
  if (!np.empty()) add_phrase_source(i, np.last, np, SourceKind::according_to);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

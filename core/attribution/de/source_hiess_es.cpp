// Rule de-source-hiess-es (core/attribution/registry.cpp): "hieß es in einem Bericht X": the text named after the impersonal cue.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::de_source_hiess_es(std::uint32_t i) {
  const std::string_view w = tok(i).lower;
  if (!((w == "hieß" || w == "heißt") && i + 1 < n_ && std::string_view(tok(i + 1).lower) == "es")) return false;
  std::uint32_t k = i + 2;
  while (k < n_ && k < i + 5 && tc_.word(k) && !one_of(tok(k).lower, {"in", "im", "aus", "von"})) ++k;
  if (k < n_ && tc_.word(k) && one_of(tok(k).lower, {"in", "im", "aus", "von"})) {
    const Range np = phrase_from(k + 1, sentence_of(i).last);
    if (!np.empty()) add_phrase_source(i, np.last, np, SourceKind::report);
  }
  return true;
}

}  // namespace attribution
}  // namespace newsmark

// Rule de-impersonal-cue (core/attribution/registry.cpp): "In dem Schreiben heißt es, …", "Aus Militärkreisen hieß es, …": the phrase in front is the origin.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "In dem Schreiben heißt es, …" / "Aus Militärkreisen hieß es, …": the
// phrase before an impersonal cue names the origin.
bool Attributor::de_impersonal_cue(std::uint32_t si) {
  const Sentence& s = doc_.sentences[si];
  std::uint32_t p = s.first;
  if (p >= s.last || !tc_.word(p) || !one_of(tok(p).lower, {"in", "im", "aus"})) return false;
  for (std::uint32_t v = p + 2; v + 1 < s.last && v < p + 12; ++v) {
    if (in_pair_[v] >= 0 || clause_punct(v)) return false;
    if (!one_of(tok(v).lower, {"heißt", "hieß", "verlautete", "verlautet"})) continue;
    Attribution a;
    a.cue = {v, std::string_view(tok(v + 1).lower) == "es" ? v + 2 : v + 1};
    a.speaker = resolve(phrase_from(p + 1, v));
    a.speaker.phrase.first = p;  // the preposition belongs to the phrase ("Aus Militärkreisen")
    std::uint32_t c = a.cue.last;
    while (c < s.last && c < a.cue.last + 4 && !punct(c, ",") && !punct(c, ":") && in_pair_[c] < 0) ++c;
    const std::uint32_t body = c < s.last && (punct(c, ",") || punct(c, ":")) ? c + 1 : a.cue.last;
    if (speaker_is_group(a.speaker.phrase) && a.speaker.actor < 0)
      add_source(SourceKind::anonymous, doc_.token_span(p, a.speaker.phrase.last), -1);
    add_reported({body, s.last}, a);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

// Rule de-direct-frame-later (core/attribution/registry.cpp): a short quoted phrase with a speech verb later in its sentence: "hatte den Bericht als „falsch“ zurückgewiesen".
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// A short quoted phrase with a speech verb later in its sentence: „Die
// Regierung hatte den Bericht als „falsch“ zurückgewiesen.“ Only wording
// with a lower-case word: a quoted name or title („Berliner Zeitung“) is no speech.
Attribution Attributor::de_frame_later(const QuotePair& pair) const {
  Attribution a;
  if (pair.close - pair.open > 7) return a;
  bool lower = false;
  for (std::uint32_t k = pair.open + 1; k < pair.close; ++k)
    if (tc_.word(k) && !tok(k).upper) lower = true;
  if (!lower) return a;
  const Sentence& s = sentence_of(pair.open);
  // At the start of its sentence a quoted phrase is the subject of the
  // verb after it („So arbeitet die Redaktion“ informiert Sie …): a title.
  if (pair.open <= s.first) return a;
  for (std::uint32_t v = pair.close + 1; v < s.last && v < pair.close + 16; ++v) {
    if (in_pair_[v] >= 0 || punct(v, ";") || punct(v, ":")) break;
    Attribution c = cue_at(v, s.last);
    if (c.cue.empty() && tc_.word(v) && !tok(v).upper && speech_act_verb(v)) c.cue = {v, v + 1};
    if (c.cue.empty()) continue;
    c.speaker = resolve(speaker_of_verb(v, s));
    return c;
  }
  return a;
}

}  // namespace attribution
}  // namespace newsmark

// Rule en-source-led (core/attribution/registry.cpp): a sentence with "according to X": the rest is what X says.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "According to X, …", "…, according to police.": the sentence without the
// source phrase is what the source says.
bool Attributor::en_source_led(std::uint32_t si) {
  const Sentence& s = doc_.sentences[si];
  for (std::uint32_t i = s.first; i < s.last && i < s.first + 40; ++i) {
    if (!tc_.word(i) || in_pair_[i] >= 0) continue;
    if (!(std::string_view(tok(i).lower) == "according" && i + 1 < s.last && std::string_view(tok(i + 1).lower) == "to")) continue;
    const Range np = phrase_from(i + 2, s.last);
    if (np.empty()) continue;
    Attribution a;
    a.cue = {i, i + 2};
    a.speaker = resolve(np);
    // (The speaker phrase may reach further: "data | from the Weather Service".)
    std::uint32_t np_end = std::max(np.last, a.speaker.phrase.last);
    // "According to a post by Amy Cook, director of the event, the tusk …":
    // an apposition set off by commas (no verb in it) is no part of what was said.
    if (np_end + 2 < s.last && punct(np_end, ",") && tc_.word(np_end + 1) &&
        (!tok(np_end + 1).upper || determiner(np_end + 1)) && tok(np_end + 1).pos != Upos::none) {
      for (std::uint32_t m = np_end + 1; m < s.last && m < np_end + 12; ++m) {
        if (in_pair_[m] >= 0 || tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX) break;
        if (punct(m, ",")) {
          np_end = m;
          break;
        }
      }
    }
    Range after{np_end, s.last};
    // "…, according to police." ends a clause: what stands before it was said.
    if (i > s.first && punct(i - 1, ",")) after = {};
    add_reported({s.first, i}, a, -1, false, false, after);
    // "…, according to police, who said officers arrived minutes later": the
    // relative clause reports what the source said, a quote of its own.
    const std::uint32_t rel = np_end + 1;
    if (after.empty() && rel + 2 < s.last && punct(np_end, ",") && tc_.word(rel) &&
        one_of(tok(rel).lower, {"who", "which"})) {
      Attribution b = cue_at(rel + 1, s.last);
      if (!b.cue.empty() && b.cue.first == rel + 1) {
        std::uint32_t clause = std::max(b.cue.last, b.cue2.last);
        if (clause < s.last && tok(clause).lower == "that") ++clause;
        if (clause < s.last && in_pair_[clause] < 0 && tc_.word(clause)) {
          b.speaker = resolve({rel, rel + 1});
          if (!b.speaker.found()) b.speaker.phrase = {rel, rel + 1};
          if (b.speaker.actor < 0) b.speaker.actor = a.speaker.actor;
          add_reported({clause, s.last}, b);
        }
      }
    }
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

// Rule en-source-led (core/attribution/registry.cpp): a sentence with "according to X": the rest is what X says.
#include "attributor.h"

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
    Range after{np.last, s.last};
    // "…, according to police." ends a clause: what stands before it was said.
    if (i > s.first && punct(i - 1, ",")) after = {};
    add_reported({s.first, i}, a, -1, false, false, after);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

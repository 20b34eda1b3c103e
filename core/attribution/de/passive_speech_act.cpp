// Rule de-passive-speech-act (core/attribution/registry.cpp): "Die Forderungen wurden von Stolpe als unrealistisch bezeichnet.": a passive that reports a speech act.
#include "attributor.h"

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "Die Forderungen wurden von Stolpe als unrealistisch bezeichnet.", "Als
// Ursache wurde ein Computerproblem angegeben.": the sentence ends in the
// participle of a speech act after a passive "wird"/"wurde"; the whole
// sentence reports it (the corpus marks no cue). The agent after "von"
// speaks; with none, the speaker of reported speech right before goes on.
bool Attributor::de_passive_speech_act(std::uint32_t si) {
  static const WordSet kParticiples(word_list("de/speech-act-participles"));
  const Sentence& s = doc_.sentences[si];
  std::uint32_t end = s.last;
  while (end > s.first && tok(end - 1).kind == TokenKind::punct) --end;
  if (end < s.first + 4) return false;
  std::uint32_t p = end - 1;
  const bool worden = tc_.word(p) && std::string_view(tok(p).lower) == "worden";
  if (worden) --p;
  if (!tc_.word(p) || tok(p).upper || in_pair_[p] >= 0 || !in_list(tok(p).lower, kParticiples)) return false;
  // The finite passive auxiliary, second in the main clause, and the agent.
  std::uint32_t aux = 0, agent = 0;
  for (std::uint32_t k = s.first; k < p; ++k) {
    if (in_pair_[k] >= 0) {
      const QuotePair& pair = doc_.quote_pairs[in_pair_[k]];
      // A quotation that says something ("als „falsch“ zurückgewiesen") is direct speech.
      if (pair.open == k && speech_like(pair) && !quoted_name(pair)) return false;
      continue;
    }
    if (punct(k, ";") || punct(k, ":")) return false;
    if (!tc_.word(k)) continue;
    const std::string_view w = tok(k).lower;
    if (aux == 0 && (one_of(w, {"wird", "werden", "wurde", "wurden"}) ||
                     (worden && one_of(w, {"ist", "sind", "war", "waren"}))))
      aux = k;
    else if (agent == 0 && one_of(w, {"von", "vom"}) && (aux != 0 || k == first_word(s))) agent = k;
  }
  if (aux == 0 || aux > s.first + 12) return false;
  // A subordinate clause ending in the participle ("…, weil er kritisiert
  // wurde") has its auxiliary last; the main clause is elsewhere.
  if (aux > p) return false;
  Attribution a;
  std::int32_t inherit = -1;
  if (agent != 0) {
    // "Von der Opposition wurde … kritisiert": the agent may open the sentence.
    const Range np = phrase_from(agent + 1, agent < aux ? aux : p);
    if (np.empty() || !(names_speaker(np) || tok(head_of(np).last > np.first ? head_of(np).last - 1 : np.first).upper)) return false;
    a.speaker = resolve(np);
  } else {
    // No agent: only right after reported speech, whose speaker goes on.
    if (doc_.quotes.empty() || carry_.chain < 0 || carry_.last_reported_sentence + 1 != si ||
        !doc_.quotes[carry_.chain].has_speaker)
      return false;
    inherit = carry_.chain;
  }
  add_reported({s.first, s.last}, a, inherit, true);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

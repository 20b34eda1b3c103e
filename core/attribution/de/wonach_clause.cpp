// Rule de-wonach-clause (core/attribution/registry.cpp): "ein Bericht, wonach …", "Gerüchte, nach denen …": the phrase before is the source of the clause.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "Ein Bericht der Agentur, wonach der Politiker festgenommen worden sein
// soll, …", "Spekulationen, wonach …": the phrase before "wonach" is the
// source, the clause after it what the source says.
bool Attributor::de_wonach_clause(std::uint32_t si) {
  static const WordSet kParticles(word_list("de/closing-particles"));
  const Sentence& s = doc_.sentences[si];
  for (std::uint32_t w = s.first + 2; w + 3 < s.last; ++w) {
    if (!punct(w - 1, ",") || !tc_.word(w) || in_pair_[w] >= 0) continue;
    // "Gerüchte, nach denen Barrett an Krebs litt": the same with the
    // preposition apart; the corpus marks the relative pronoun as the
    // source. ("Pause, nach der …" is temporal: only "denen", "welchem".)
    const bool apart = std::string_view(tok(w).lower) == "nach" && tc_.word(w + 1) &&
                       one_of(tok(w + 1).lower, {"denen", "welchem", "welcher", "welchen"}) &&
                       tc_.capitalized(w - 2);
    if (std::string_view(tok(w).lower) != "wonach" && !apart) continue;
    // "schließt sich dem Verdacht an, wonach …": a verb particle may close the source.
    std::uint32_t np_end = w - 1;
    if (np_end > s.first + 1 && tc_.word(np_end - 1) && !tok(np_end - 1).upper &&
        in_list(tok(np_end - 1).lower, kParticles))
      --np_end;
    // Only a noun or a name may close the source: not "…, den Bären einzufangen, wonach …".
    if (!(tc_.capitalized(np_end - 1) || in_pair_[np_end - 1] >= 0 || punct(np_end - 1, ")"))) continue;
    // The longest phrase that ends there, a quoted name included ("Ein
    // Bericht der Nachrichtenagentur „Interfax“, wonach …").
    Range np{};
    std::uint32_t start = np_end;
    while (start > s.first && np_end - start < 14 && !clause_punct(start - 1)) --start;
    for (std::uint32_t k = start; k < np_end && np.empty(); ++k) {
      if (!(determiner(k) || tc_.capitalized(k) || attributive_adjective(k))) continue;
      const Range r = phrase_from(k, np_end);
      if (!r.empty() && r.first == k && r.last == np_end) np = r;
    }
    if (!np.empty() && (!nominal(np) || !(tc_.capitalized(np.last - 1) || in_pair_[np.last - 1] >= 0))) continue;
    Attribution a;
    a.cue = {w, w + 1};
    // (The corpus marks "wonach" itself when no phrase is at hand.)
    if (np.empty() || (np.last == np.first + 1 && tc_.pronoun(np.first))) np = {w, w + 1};
    if (apart) np = {w + 1, w + 2};
    a.speaker = resolve(np);
    // The clause ends where the main clause resumes ("…, wonach X sein
    // könnte, konnte der Minister nicht bestätigen") or at a colon.
    const std::uint32_t body = apart ? w + 2 : w + 1;
    std::uint32_t end = body;
    for (; end < s.last; ++end) {
      if (in_pair_[end] >= 0) continue;
      if (punct(end, ":")) break;
      if (punct(end, ",") && end + 1 < s.last &&
          (tc_.finite_auxiliary(end + 1) || tc_.speech_verb(end + 1) || tc_.separable_speech_verb(end + 1)))
        break;
    }
    add_reported({body, end}, a);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

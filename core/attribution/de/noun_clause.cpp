// Rule de-noun-clause (core/attribution/registry.cpp): "die Forderung des X, … zu …", "Ängste, die Regierung könnte …": a noun of saying and its content clause.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// A noun of saying, asking or planning with its content clause: "der
// Vorschlag, die Flaggen zu wechseln", "die wachsenden Ängste, die
// Regierung könnte …", "die Forderung des Vorsitzenden, auf die SPD
// zuzugehen". The noun phrase is the source, the clause what it says.
bool Attributor::de_noun_clause(std::uint32_t si) {
  static const WordSet kOpeners(word_list("de/clause-openers"));
  const Sentence& s = doc_.sentences[si];
  static const SuffixSet kNouns(word_list("de/saying-nouns"));
  for (std::uint32_t c = s.first + 1; c + 3 < s.last; ++c) {
    if (!punct(c, ",") || in_pair_[c] >= 0) continue;
    // The noun phrase before the comma, with its genitive ("die Forderung
    // des CSU-Vorsitzenden Edmund Stoiber"): find the noun within it.
    std::uint32_t start = c;
    while (start > s.first && c - start < 12 && !clause_punct(start - 1) && in_pair_[start - 1] < 0) --start;
    Range np{};
    for (std::uint32_t k = start; k < c && np.empty(); ++k) {
      if (!(determiner(k) || tc_.capitalized(k) || attributive_adjective(k))) continue;
      const Range r = phrase_from(k, c);
      if (!r.empty() && r.first == k && r.last == c) np = r;
    }
    if (np.empty()) continue;
    bool noun = false;
    for (std::uint32_t k = np.first; k < np.last && !noun; ++k)
      if (tc_.capitalized(k))
        noun = ends_with_any(tok(k).lower, kNouns);
    if (!noun) continue;
    // The clause: "dass …", a zu-infinitive, or a Konjunktiv; not a
    // relative clause ("die Gerüchte, die sie verbreitet").
    const std::uint32_t b = c + 1;
    if (tc_.word(b) && in_list(tok(b).lower, kOpeners) &&
        !(b + 1 < s.last && tc_.capitalized(b + 1) && one_of(tok(b).lower, {"der", "die", "das", "den", "dem"})))
      continue;
    std::uint32_t end = b;
    bool content = tc_.word(b) && std::string_view(tok(b).lower) == "dass";
    for (; end < s.last; ++end) {
      if (in_pair_[end] >= 0) continue;
      if (clause_punct(end) && !punct(end, "(") && !punct(end, ")")) break;
      if (tc_.konjunktiv(end) || zu_infinitive_word(end) ||
          (std::string_view(tok(end).lower) == "zu" && end + 1 < s.last && tc_.word(end + 1) && !tok(end + 1).upper))
        content = true;
    }
    if (!content || !word_count_at_least({b, end}, 3)) continue;
    Attribution a;
    a.speaker = resolve(np);
    add_reported({b, end}, a);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

// Rule de-as-reported (core/attribution/registry.cpp): "Wie das Ministerium mitteilte, …": the main clause after the "wie" clause.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "Wie das Ministerium mitteilte, wird Island …":
// the main clause after the comma is what was said.
bool Attributor::de_as_reported(std::uint32_t si) {
  const Sentence& s = doc_.sentences[si];
  std::uint32_t wie = first_word(s);
  // "Denn wie die Zeitung berichtete, …": a conjunction may come first.
  if (wie + 1 < s.last && tc_.word(wie) && one_of(tok(wie).lower, {"denn", "doch", "und", "aber"}) &&
      std::string_view(tok(wie + 1).lower) == "wie")
    ++wie;
  // "Ein weiterer Umstand kommt hinzu: Wie sich aus … ergab, hatte …": the
  // clause may open after a colon.
  if (wie < s.last && std::string_view(tok(wie).lower) != "wie")
    for (std::uint32_t k = wie + 1; k + 1 < s.last && k < wie + 15; ++k)
      if (punct(k, ":") && in_pair_[k + 1] < 0 && std::string_view(tok(k + 1).lower) == "wie") {
        wie = k + 1;
        break;
      }
  if (wie >= s.last || !tc_.word(wie) || std::string_view(tok(wie).lower) != "wie") return false;
  Attribution a;
  const std::uint32_t c = as_clause(wie, s.last, a);
  if (c == 0 || !punct(c, ",")) return false;
  add_reported({c + 1, s.last}, a);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

// Rule en-as-reported (core/attribution/registry.cpp): "As Reuters reported, …": the main clause after the "as" clause.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "As Reuters reported, the talks collapsed.", "As the ministry said on
// Monday, …": the main clause after the comma is what was said.
bool Attributor::en_as_reported(std::uint32_t si) {
  const Sentence& s = doc_.sentences[si];
  const std::uint32_t as = first_word(s);
  if (as >= s.last || !tc_.word(as) || std::string_view(tok(as).lower) != "as") return false;
  Attribution a;
  const std::uint32_t c = as_clause(as, s.last, a);
  if (c == 0 || !punct(c, ",")) return false;
  // The clause is one stretch to its first comma: "As a result, they say, …",
  // "As ever, the player will have the final say, …" are no such frame (the
  // commas of a German apposition, "Wie der Leiter, X, mitteilte", are rare here).
  for (std::uint32_t k = as + 1; k < c; ++k)
    if (punct(k, ",")) return false;
  // "As of writing, …": a gerund names no one speaking.
  if (ends_with(tok(c - 1).lower, "ing")) return false;
  add_reported({c + 1, s.last}, a);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

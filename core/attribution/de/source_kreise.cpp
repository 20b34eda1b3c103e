// Rule de-source-kreise (core/attribution/registry.cpp): "aus Sicherheitskreisen", "in ägyptischen Justizkreisen": an anonymous source.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "…, verlautete am Montag aus Sicherheitskreisen.", "In ägyptischen
// Justizkreisen war von acht Toten die Rede.": "aus"/"in", maybe
// adjectives, then a noun in "-kreisen": circles nobody in them named.
bool Attributor::de_source_kreise(std::uint32_t i) {
  if (!tc_.word(i) || !one_of(tok(i).lower, {"aus", "in"}) || in_pair_[i] >= 0) return false;
  const std::uint32_t limit = sentence_of(i).last;
  for (std::uint32_t k = i + 1; k < limit && k < i + 5; ++k) {
    if (!tc_.word(k)) return false;
    if (tok(k).upper) {
      if (!ends_with(tok(k).lower, "kreisen") || tok(k).lower.size() < 10) return false;
      add_source(SourceKind::anonymous, doc_.token_span(i, k + 1), -1);
      return true;
    }
    if (!adjective_ending(k)) return false;  // "ägyptischen", "gut informierten"
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

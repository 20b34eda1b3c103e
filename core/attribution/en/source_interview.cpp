// Rule en-source-interview (core/attribution/registry.cpp): "in an interview with X", "in remarks to X": a report.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::en_source_interview(std::uint32_t i) {
  if (!(std::string_view(tok(i).lower) == "in" && i + 3 < n_ && (determiner(i + 1) || tc_.word(i + 1)) &&
        interview_within(i + 1, i + 5)))
    return false;
  const std::uint32_t with = interview_within(i + 1, i + 5);
  const std::uint32_t limit = sentence_of(i).last;
  Range np = phrase_from(with + 1, limit);
  // "in a 2006 interview with magazine The Bark": a lower-case medium word
  // before the name, which the phrase finder does not take.
  if (np.empty() && with + 2 < limit && tc_.word(with + 1) && !tok(with + 1).upper)
    np = phrase_from(with + 2, limit);
  if (!np.empty()) add_phrase_source(i, np.last, np, SourceKind::report);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

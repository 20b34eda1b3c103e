// Rule en-source-interview (core/attribution/registry.cpp): "in an interview with X", "in remarks to X": a report.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::en_source_interview(std::uint32_t i) {
  if (!(tok(i).lower == "in" && i + 3 < n_ && (determiner(i + 1) || tc_.word(i + 1)) &&
        interview_within(i + 1, i + 5)))
    return false;
  const std::uint32_t with = interview_within(i + 1, i + 5);
  const Range np = phrase_from(with + 1, sentence_of(i).last);
  if (!np.empty()) add_phrase_source(i, np.last, np, SourceKind::report);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

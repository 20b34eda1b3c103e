// Rule en-source-as-reported-by (core/attribution/registry.cpp): "as reported by X", "when interviewed by X": a report.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::en_source_as_reported_by(std::uint32_t i) {
  if (!(one_of(tok(i).lower, {"as", "when"}) && i + 2 < n_ &&
        one_of(tok(i + 1).lower, {"reported", "quoted", "interviewed", "cited"}) && std::string_view(tok(i + 2).lower) == "by"))
    return false;
  const Range np = phrase_from(i + 3, sentence_of(i).last);
  if (!np.empty()) add_phrase_source(i, np.last, np, SourceKind::report);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

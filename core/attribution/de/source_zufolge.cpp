// Rule de-source-zufolge (core/attribution/registry.cpp): "X zufolge", "seiner Meinung nach": the phrase before the postposition is the source.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::de_source_zufolge(std::uint32_t i) {
  if (!(std::string_view(tok(i).lower) == "zufolge" || nach_after_source(i))) return false;
  const Range np = postposition_source(i);
  if (!np.empty()) add_phrase_source(np.first, i + 1, np, SourceKind::according_to);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

// Rule de-source-laut (core/attribution/registry.cpp): "laut X": X is the source.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::de_source_laut(std::uint32_t i) {
  if (std::string_view(tok(i).lower) != "laut") return false;
  Range np = phrase_from(i + 1, sentence_of(i).last);
  if (np.empty()) np = phrase_after_source(i, sentence_of(i).last);  // "laut „Welt“", "laut bildblog.de"
  if (!np.empty()) add_phrase_source(i, np.last, np, SourceKind::according_to);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

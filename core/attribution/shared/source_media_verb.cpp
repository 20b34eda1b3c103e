// Rule source-media-verb (core/attribution/registry.cpp): "Reuters reported", "Die Zeitung berichtete": a medium speaking is a report.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::source_media_verb(std::uint32_t i) {
  if (!speech_verb_of_media(i)) return false;
  const Range np = phrase_before_verb(i);
  add_phrase_source(np.first, i + 1, np, SourceKind::report);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

// Rule de-source-demnach (core/attribution/registry.cpp): "Die Zahl stieg demnach auf 92": the adverb points back at a source.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::de_source_demnach(std::uint32_t i) {
  if (std::string_view(tok(i).lower) != "demnach") return false;
  add_source(SourceKind::according_to, doc_.token_span(i, i + 1), -1);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

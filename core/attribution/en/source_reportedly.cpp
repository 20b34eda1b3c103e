// Rule en-source-reportedly (core/attribution/registry.cpp): "reportedly", "reputedly": a report with no origin named.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::en_source_reportedly(std::uint32_t i) {
  if (!one_of(tok(i).lower, {"reportedly", "reputedly"})) return false;
  add_source(SourceKind::report, doc_.token_span(i, i + 1), -1);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

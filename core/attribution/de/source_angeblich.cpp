// Rule de-source-angeblich (core/attribution/registry.cpp): "angeblich": hearsay, a report with no origin named.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "Der Minister soll das Geld angeblich veruntreut haben.": the writer
// passes on what others say without naming them (the German "reportedly").
bool Attributor::de_source_angeblich(std::uint32_t i) {
  if (std::string_view(tok(i).lower) != "angeblich" || in_pair_[i] >= 0) return false;
  add_source(SourceKind::report, doc_.token_span(i, i + 1), -1);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

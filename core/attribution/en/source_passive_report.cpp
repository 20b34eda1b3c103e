// Rule en-source-passive-report (core/attribution/registry.cpp): "was reported", "is reported to",
// "been rumored", "is said to", "reported by X", "by reports": a report whose origin is left out or follows "by".
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

namespace {
bool be_form(std::string_view w) { return one_of(w, {"is", "are", "was", "were", "been", "being", "be"}); }
bool passive_report_verb(std::string_view w) {
  return one_of(w, {"reported", "rumored", "rumoured", "reputed"});
}
}  // namespace

// "The president is reported to have left", "Three deaths were reported",
// "had long been rumored", "The deal was first reported by Reuters",
// "By reports on Saturday, …".
bool Attributor::en_source_passive_report(std::uint32_t i) {
  const std::uint32_t limit = sentence_of(i).last;
  // "by reports", "by local reports": the reports are the origin.
  if (std::string_view(tok(i).lower) == "by" && i + 1 < limit) {
    std::uint32_t k = i + 1;
    if (k + 1 < limit && one_of(tok(k).lower, {"local", "media", "press", "news", "early", "earlier", "some"})) ++k;
    if (!one_of(tok(k).lower, {"reports", "report"})) return false;
    // "By reports on Saturday, …": the day belongs to it.
    if (k + 2 < limit && std::string_view(tok(k + 1).lower) == "on" && tc_.capitalized(k + 2)) k += 2;
    add_source(SourceKind::report, doc_.token_span(i, k + 1), -1);
    return true;
  }
  std::uint32_t v = i;
  const bool be = be_form(tok(i).lower);
  if (be) {
    v = i + 1;
    // "was first reported", "were also reported", "has long been rumored"
    if (v + 1 < limit && one_of(tok(v).lower, {"first", "also", "widely", "long", "previously", "initially", "later"}))
      ++v;
    // ("is said to be considering", "is alleged to have", "is understood to have": hearsay with "to" after.)
    const bool hearsay_to = v + 2 < limit && one_of(tok(v).lower, {"said", "alleged", "understood"}) &&
                            std::string_view(tok(v + 1).lower) == "to";
    if (v >= limit || !(passive_report_verb(tok(v).lower) || hearsay_to)) return false;
  } else if (!(std::string_view(tok(i).lower) == "reported" && i + 1 < limit && std::string_view(tok(i + 1).lower) == "by" && i > 0 &&
                 (punct(i - 1, ",") || one_of(tok(i - 1).lower, {"first", "widely", "also", "originally"})))) {
    // "A plane, reported by local press as …", "first reported by Reuters";
    // "the cost of fraud reported by consumers" names what was counted, no report.
    return false;
  }
  // "reported by local press": the medium named after "by" belongs to it.
  if (v + 1 < limit && std::string_view(tok(v + 1).lower) == "by") {
    const Range np = phrase_from(v + 2, limit);
    if (!np.empty()) {
      add_phrase_source(i, np.last, np, SourceKind::report);
      return true;
    }
  }
  // "was reported missing" is a report too; "reported" after "be" with no
  // "by" stands for a report whose origin is left out.
  add_source(SourceKind::report, doc_.token_span(i, v + 1), -1);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

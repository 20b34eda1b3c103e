// Rule en-source-findings (core/attribution/registry.cpp): "the study found", "a UN report concluded",
// "The Aviation Herald states": a text or publication whose verb is no speech verb of a medium.
#include "attributor.h"

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

namespace {
bool findings_verb(std::string_view w) {
  static const WordSet kVerbs(word_list("en/findings-verbs"));
  return in_list(w, kVerbs);
}
}  // namespace

// Token i is the head noun; the verb follows it. What source-media-verb
// takes (a speech verb after a medium: "the newspaper said") stays with it.
bool Attributor::en_source_findings(std::uint32_t i) {
  static const WordSet kHeads(word_list("media/head-nouns"));
  const std::uint32_t limit = sentence_of(i).last;
  const std::string_view w = tok(i).lower;
  if (i + 1 >= limit) return false;
  // Both ways on need one of these verbs after the head (the cheap test first:
  // this runs at every token).
  if (std::string_view(tok(i + 1).lower) != "published" && !findings_verb(tok(i + 1).lower)) return false;
  if (!(in_list(w, kHeads) || one_of(w, {"studies", "reports", "findings", "research", "paper", "analysis", "poll"})))
    return false;
  const std::uint32_t v = i + 1;
  // "In findings published Wednesday in Science Advances, …": the journal
  // named as where the findings appeared, up to the comma.
  if (i > 0 && tok(i - 1).lower == "in" && tok(i - 1).upper && tok(v).lower == "published") {
    for (std::uint32_t k = v + 1; k + 1 < limit && k < v + 8; ++k) {
      if (clause_punct(k) || in_pair_[k] >= 0) break;
      if (tok(k).lower != "in" || !tc_.capitalized(k + 1)) continue;
      std::uint32_t end = k + 1;
      while (end < limit && end < k + 8 && (tc_.capitalized(end) || one_of(tok(end).lower, {"of", "and"})) &&
             !clause_punct(end))
        ++end;
      while (end > k + 1 && !tc_.capitalized(end - 1)) --end;
      add_source(SourceKind::report, doc_.token_span(i - 1, end), -1);
      return true;
    }
  }
  if (!findings_verb(tok(v).lower)) return false;
  if (speech_verb_of_media(v)) return false;
  // The phrase it heads: "the study", "a UN report", "The Aviation Herald", "the new study".
  std::uint32_t start = i;
  const std::uint32_t first = sentence_of(i).first;
  while (start > first && i - start < 4 && in_pair_[start - 1] < 0 &&
         (determiner(start - 1) || tc_.capitalized(start - 1) || tok(start - 1).kind == TokenKind::number ||
          one_of(tok(start - 1).lower, {"new", "latest", "recent", "separate", "official", "government", "earlier"})))
    --start;
  if (start == i || !(determiner(start) || tc_.capitalized(start))) return false;
  add_source(SourceKind::report, doc_.token_span(start, i + 1), -1);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

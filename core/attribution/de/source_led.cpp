// Rule de-source-led (core/attribution/registry.cpp): a sentence led by "laut X", "X zufolge", "nach Angaben X", "demnach": the rest is what X says.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// After a source phrase that opens the sentence and ends at token `at`: when
// a comma, then a relative pronoun (after a preposition too; not an
// article before its noun) follow, the token after the next comma if a lower-case word (the finite
// verb) stands there; `at` otherwise.
std::uint32_t Attributor::source_attachment_end(std::uint32_t at, const Sentence& s) const {
  if (at + 2 >= s.last || !punct(at, ",")) return at;
  std::uint32_t k = at + 1;
  if (tc_.preposition(k)) ++k;
  const bool relative = tc_.word(k) && !tok(k).upper &&
                        one_of(tok(k).lower, {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche",
                                              "welcher", "welches", "welchem", "welchen"}) &&
                        !tc_.capitalized(k + 1);  // ("…, dem Direktor der Behörde": an apposition's article)
  if (!relative) return at;
  for (std::uint32_t c = k + 1; c + 1 < s.last && c < k + 25; ++c) {
    if (in_pair_[c] >= 0 || (clause_punct(c) && !punct(c, ","))) return at;
    if (!punct(c, ",")) continue;
    return tc_.word(c + 1) && !tok(c + 1).upper && !determiner(c + 1) && !tc_.pronoun(c + 1) ? c + 1 : at;
  }
  return at;
}

// "Laut X …", "X zufolge …", "Nach Angaben X …", "Seiner Meinung nach …",
// "Demnach …": the sentence without the source phrase is what the source says.
bool Attributor::de_source_led(std::uint32_t si) {
  const Sentence& s = doc_.sentences[si];
  const std::uint32_t first = first_word(s);
  for (std::uint32_t i = s.first; i < s.last && i < s.first + 40; ++i) {
    if (!tc_.word(i) || in_pair_[i] >= 0) continue;
    const std::string_view w = tok(i).lower;
    Range np;
    Attribution a;
    std::uint32_t src_first = i, src_last = i;
    if (w == "laut" || w == "gemäß") {
      np = phrase_after_source(i, s.last);
      a.cue = {i, i + 1};
      src_last = np.last;
    } else if (nach_after_source(i)) {
      // "Seiner Meinung nach werden …", "dem Vernehmen nach"
      np = postposition_source(i);
      // Inside a sentence with a cue of its own ("erklärte X, Nordkorea
      // besitze seiner Meinung nach …") the cue frames the sentence.
      if (np.first > first && has_cue(si)) continue;
      a.cue = {i, i + 1};
      src_first = np.first;
      src_last = i + 1;
    } else if (nach_source(i, s.last) || (i == first && nach_plan_source(i, s.last))) {
      np = phrase_after_source(i, s.last);
      a.cue = {i, i + 1};
      src_last = np.last;
    } else if (w == "zufolge") {
      np = postposition_source(i);
      a.cue = {i, i + 1};
      src_first = np.first;
      src_last = i + 1;
    } else if (w == "demnach" && i > first + 1 && !tok(i).upper && tc_.word(i - 1) && !tok(i - 1).upper &&
               !has_konjunktiv({s.first, s.last}, false) && !has_cue(si) && reportative_before(s.first, i)) {
      // "Die Rolle der Fed soll demnach gestärkt werden": after a
      // reportative or future verb the adverb points back at the source as
      // well ("Die Zahl stieg demnach auf 92" only concludes). (With a
      // Konjunktiv the sentence goes on with reported speech already.)
      np = {i, i + 1};
      a.cue = {i, i + 1};
      src_first = i;
      src_last = i + 1;
    } else if ((w == "demnach" || (w == "danach" && document_before(si))) && i == first &&
               i + 1 < s.last && tc_.word(i + 1) && !tok(i + 1).upper) {
      // "Demnach erwartet Russland, …": the adverb points back at the source.
      np = {i, i + 1};
      a.cue = {i, i + 1};
      src_last = i + 1;
    } else {
      continue;
    }
    if (np.empty()) continue;
    // "Nach Angaben des Fonds (MIF) der Interamerikanischen Entwicklungsbank
    // (IADB) sandten …": a source that opens the sentence runs to the finite verb.
    if (src_first == s.first && src_last == np.last && np.last < s.last) {
      np = fronted_source_to_verb(np, s);
      src_last = np.last;
    }
    // "X sagte laut der Agentur SPA, der Kran sei …": the cue right before
    // the source opens the clause after it (rule de-cue-then-clause).
    if (src_first > s.first && in_pair_[src_first - 1] < 0 && tc_.speech_verb(src_first - 1) && src_last < s.last &&
        punct(src_last, ","))
      return false;
    // "Bei einer Versammlung wurde angekündigt, dass nach vorläufigen
    // Berechnungen …", "Die UN hatten die EU darum gebeten, …, weil die
    // Mission nach Angaben der UN überfordert ist": a source inside a
    // clause that a cue before it frames is part of what that cue says.
    if (src_first > s.first + 1) {
      std::uint32_t comma = src_first;
      while (comma > s.first && !(punct(comma - 1, ",") && in_pair_[comma - 1] < 0)) --comma;
      // (Only where the clause is what the cue frames: one the cue's comma
      // opens with "dass", "weil" …, one in the Konjunktiv, or the main
      // clause after "Wie X berichtete, …"; not a main clause of its own,
      // "…, Prieth wird die Domain nun gemäß dem Vergleich nicht mehr
      // verwenden", nor one with a cue of its own, "…, sagte X nach Angaben Y".)
      bool framed = false;
      for (std::uint32_t k = s.first; k < comma && !framed; ++k) {
        if (!punct(k, ",") || in_pair_[k] >= 0 || !tc_.word(k + 1)) continue;
        framed = one_of(tok(k + 1).lower, {"dass", "daß", "ob", "weil", "da", "worauf", "wonach", "wobei", "obwohl",
                                           "nachdem", "wenn"});
      }
      framed = framed || has_konjunktiv({comma, s.last}, false) ||
               (tc_.word(first_word(s)) && std::string_view(tok(first_word(s)).lower) == "wie");
      for (std::uint32_t k = comma; k < src_first && framed; ++k)
        if (in_pair_[k] < 0 && tc_.speech_verb(k)) framed = false;
      // (The source may follow the "dass" right away: "…, dass nach
      // vorläufigen Berechnungen …"; not a relative pronoun, "…, das seiner
      // Meinung nach …", whose clause the corpus marks as a quote of its own.)
      if (framed && comma > s.first + 1 &&
          (comma + 1 < src_first ||
           (comma + 1 == src_first && tc_.word(comma) && one_of(tok(comma).lower, {"dass", "daß", "ob"}))))
        for (std::uint32_t k = s.first; k + 1 < comma; ++k)
          if (in_pair_[k] < 0 && !cue_at(k, comma).cue.empty()) return false;
    }
    a.speaker = resolve(np);
    Range before{s.first, src_first}, after{src_last, s.last};
    // "Nach Angaben des Senders, der … befragt wurde, würde dies …": a
    // source that opens the sentence takes its relative clause along up to
    // the comma before the finite verb; what was said starts there. (Not a
    // participle phrase: "vertreten durch X, soll …" reads like the finite
    // verb in "…, Tarik Toros, drangen die Polizisten ein, was …".)
    if (src_first == s.first) after.first = source_attachment_end(src_last, s);
    // "X sagte, nach neuesten Erkenntnissen habe …": after a comma the
    // source starts a clause of its own; "…, according to police." ends one.
    if (src_first > s.first && punct(src_first - 1, ",")) {
      if (word_count_at_least(after, 3)) {
        // With a speech verb before the comma, its subject said it all,
        // source phrase included: the cue of the sentence decides.
        for (std::uint32_t k = s.first; k + 1 < src_first; ++k)
          if (!cue_at(k, src_first).cue.empty()) return false;
        before = {};
      } else {
        after = {};
      }
    }
    add_reported(before, a, -1, false, false, after);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

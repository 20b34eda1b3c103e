// Rule de-speech-act (core/attribution/registry.cpp): "Der Sender berichtete von …", "X kritisierte den Plan als …": a sentence that reports a speech act.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "Der Fernsehsender berichtete von der Bergung von 56 Leichen.": a
// sentence whose finite verb, second in the clause, is a speech act.
bool Attributor::de_speech_act(std::uint32_t si) {
  const Sentence& s = doc_.sentences[si];
  // With a quotation in it the sentence frames a direct quote ("nannte den
  // Plan „einen Erfolg“"): that is handled as direct speech.
  for (std::uint32_t k = s.first; k < s.last; ++k)
    if (in_pair_[k] >= 0 && doc_.quote_pairs[in_pair_[k]].open == k && speech_like(doc_.quote_pairs[in_pair_[k]]))
      return false;
  bool comma = false;
  for (std::uint32_t v = s.first + 1; v < s.last && v < s.first + 25; ++v) {
    if (in_pair_[v] >= 0) {
      // A quoted name in the subject: "Der Fernsehsender „Silverbird“ berichtete".
      const QuotePair& pair = doc_.quote_pairs[in_pair_[v]];
      if (pair.open != v || !quoted_name(pair)) return false;
      v = pair.close;
      continue;
    }
    if (punct(v, ";") || punct(v, ":")) return false;
    if (clause_punct(v)) comma = true;
    // A capitalised word is no finite verb ("Die Tat bezeichnete er", not "tat … kund").
    if (tok(v).upper || (!tc_.speech_verb(v) && !tc_.separable_speech_verb(v))) continue;
    if (tok(v).lower.rfind("ge", 0) == 0) return false;  // a participle: the finite verb is elsewhere
    if (!reported_speech_act(v)) return false;
    Attribution a = cue_at(v, s.last);
    if (a.cue.empty()) return false;
    Range subject = subject_of(v, s);
    const std::uint32_t begin = skip_particles(s.first, v);
    // "Am Abend sprach die Polizei von …": with a prepositional phrase in
    // front of a verb that takes no accusative object, the phrase after the
    // verb is the subject, whatever its article.
    const bool von_verb = starts_with_any(tok(v).lower, {"sprach", "sprich", "sprech", "bericht"});
    const bool pp_first = !comma && von_verb && tc_.preposition(begin);
    if (pp_first && (subject.empty() || subject.first < v)) {
      const Range after = phrase_from(past_reflexive(v + 1, s.last), s.last);
      if (!after.empty()) subject = after;
    }
    if (subject.empty()) return false;
    // "sprach Angela Merkel von der Möglichkeit …": after the verb, "von"
    // opens the verb's object, not a part of the speaker's phrase.
    if (subject.first > v && von_verb)
      for (std::uint32_t k = subject.first + 1; k < subject.last; ++k)
        if (one_of(tok(k).lower, {"von", "vom"})) {
          subject.last = k;
          break;
        }
    // The subject opens the sentence, maybe with its apposition ("Lars
    // Schauer, Manager von Energie Cottbus, bezeichnete"), or follows the
    // verb after a fronted phrase ("In einem Interview sprach Angela Merkel
    // von …", "Als Grund gab die Behörde … an").
    const bool front = subject.first == begin && (subject.last == v || (subject.last + 1 == v && punct(v - 1, ",")));
    const bool inverted = subject.first > v && !comma && (names_speaker(subject) || pp_first);
    if (!front && !inverted) return false;
    if (front && comma && subject.last == v) return false;
    if (!reported_act_in(v, a, subject, s)) return false;
    a.speaker = resolve(subject);
    // The whole sentence is the report of a speech act: the verb is part
    // of it, not a cue that introduces it (the corpus marks no cue here).
    a.cue = {};
    a.cue2 = {};
    add_reported({s.first, s.last}, a, -1, true);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

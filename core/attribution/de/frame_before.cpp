// Rule de-direct-frame-before (core/attribution/registry.cpp): Kim sagte: „…“ / Kim spricht von „…“ / Kim zum Spiel: „…“: the frame before the quotation.
#include "attributor.h"

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "Hier sparte der Bundespräsident nicht mit Kritik: „…“", "Den Unmut
// brachte die Sprecherin zum Ausdruck: „…“": with the subject found after the
// verb, that verb is the cue, and the word or phrase that closes the clause
// before the colon ("an", "zufrieden", "zum Ausdruck", "mit den Worten") its
// second part.
void Attributor::verb_before_subject(Range subject, std::uint32_t floor, std::uint32_t colon, Attribution& a) const {
  std::uint32_t v = subject.first;
  bool found = false;
  while (v > floor && v + 3 > subject.first) {
    --v;
    if (!tc_.word(v) || in_pair_[v] >= 0) return;
    if (std::string_view(tok(v).lower) == "sich" || tc_.time_word(v)) continue;
    if (tok(v).upper || tc_.function_word(v) || determiner(v) || tc_.preposition(v) || tc_.pronoun(v)) return;
    found = true;
    break;
  }
  if (!found) return;
  a.cue = {v, v + 1};
  if (v + 1 < subject.first && std::string_view(tok(v + 1).lower) == "sich") a.cue.last = v + 2;
  const std::uint32_t w = colon - 1;
  if (w < subject.last || !tc_.word(w) || in_pair_[w] >= 0) return;
  // ("mit den Worten" the cue takes in of itself, de_cue_frame.)
  static const WordSet kParticles(word_list("de/separable-particles"));
  if (!tok(w).upper && (in_list(tok(w).lower, kParticles) ||
                        (!tc_.function_word(w) && !tc_.pronoun(w) && !determiner(w)))) {
    a.cue2 = {w, w + 1};
  } else if (std::string_view(tok(w).lower) == "sich" && w >= subject.last + 1 &&
             std::string_view(tok(w - 1).lower) == "von") {
    a.cue2 = {w - 1, w + 1};  // "weist … von sich"
  } else if (tok(w).upper && w >= subject.last + 1 && tc_.word(w - 1) &&
             one_of(tok(w - 1).lower, {"zum", "zur", "in", "mit"})) {
    a.cue2 = {w - 1, w + 1};
  }
}

Attribution Attributor::de_frame_before(const QuotePair& pair) const {
  Attribution a;
  if (!(pair.close - pair.open > 5 || speech_like(pair))) return a;
  const Sentence& s = sentence_of(pair.open);
  const std::uint32_t start = frame_start(pair, s);
  for (std::uint32_t k = pair.open; k > start; --k) {
    const std::uint32_t i = k - 1;
    // The particle of a separable verb may follow the quote: "wies alle
    // Vorwürfe als „haltlos“ zurück".
    // "In einer Erklärung der Minister hatte es geheißen: „…“": the
    // participle of the impersonal cue.
    if (in_pair_[i] < 0 && tc_.word(i) && std::string_view(tok(i).lower) == "geheißen" && i >= start + 2 &&
        (std::string_view(tok(i - 1).lower) == "es" || std::string_view(tok(i - 2).lower) == "es")) {
      Attribution c;
      c.cue = {i, i + 1};
      c.speaker = resolve(origin_of_impersonal(i, s));
      return c;
    }
    Attribution c = cue_at(i, tc_.separable_speech_verb(i) ? s.last : pair.open);
    // "kritisierte den Plan als „…“": a speech act.
    if (c.cue.empty() && in_pair_[i] < 0 && tc_.word(i) && !tok(i).upper && speech_act_verb(i)) c.cue = {i, i + 1};
    // "Küng hofft aber, „dass Ratzinger keinen Einfluss nimmt.“": a verb of
    // belief before a quoted clause.
    if (c.cue.empty() && pair.open + 1 < pair.close && tc_.word(pair.open + 1) &&
        one_of(tok(pair.open + 1).lower, {"dass", "daß"}))
      c = belief_cue_at(i, pair.open + 1);
    if (c.cue.empty()) continue;
    // "bezeichnete acht Karten in einem Spiel, in dem es nur 26 Fouls gab,
    // als „übertrieben“": the verb that closes a relative clause frames
    // nothing after it.
    if (i + 1 < pair.open && punct(i + 1, ",") && in_relative_clause(i, start)) continue;
    // "Auf der Homepage heißt es: „…“", "So heißt es in der Meldung: „…“":
    // the impersonal cue names where it is written, if anything.
    if (c.cue.last == i + 2 && std::string_view(tok(i + 1).lower) == "es") {
      c.speaker = resolve(origin_of_impersonal(i, s));
      return c;
    }
    Range subject = speaker_of_verb(i, s);
    // (After the verb the subject may take its apposition along.)
    if (!subject.empty() && subject.first > i) subject = with_apposition(subject, pair.open);
    if (!subject.empty() && subject.last <= i) subject = with_name_before(subject, first_word(s));
    c.speaker = resolve(subject);
    // "In seiner Stellungnahme befand der Premierminister … den Angriff als
    // gerechtfertigt und nannte Trumps Angriffsauftrag „schnell …“": after
    // "und" the verb shares the subject of the clause before; the phrase
    // after it is its object.
    const bool joined = i > start && tc_.word(i - 1) && one_of(tok(i - 1).lower, {"und", "sowie"}) &&
                        !clause_punct_between(s.first, i);
    // (A pronoun after the verb is its subject, "und sagte er", unless it is
    // an object: "und verurteilte ihn als „hinterhältigen Anschlag“".)
    const bool object_pronoun = !subject.empty() && tc_.word(subject.first) &&
                                one_of(tok(subject.first).lower, {"ihn", "ihm", "ihnen", "uns", "mich", "mir", "dich",
                                                                  "dir", "euch", "sich"});
    if (joined && !passive(i) &&
        (subject.empty() || (subject.first > i && (!tc_.pronoun(subject.first) || object_pronoun)))) {
      const SpeakerFound before = resolve(subject_after_first_verb(first_word(s), i - 1, true));
      if (before.found()) c.speaker = before;
    }
    if (!c.speaker.found() && !passive(i)) c.speaker = resolve(with_apposition(phrase_from(c.cue.last, pair.open), pair.open));
    return c;
  }
  // "Kohlschreiber zum Spiel: „…“" and a previous sentence "Er sagte:".
  // "…, so Elshorst weiter: „…“": the "so" frame before the colon names the speaker.
  if (pair.open > start + 3 && punct(pair.open - 1, ":"))
    for (std::uint32_t k = pair.open - 2; k > start && k + 8 > pair.open; --k) {
      if (!punct(k - 1, ",") || !tc_.word(k) || std::string_view(tok(k).lower) != "so") continue;
      const Range np = phrase_from(k + 1, pair.open - 1);
      if (np.empty() || pair.open - 1 - np.last > 1 || !names_speaker(head_of(np))) break;
      a.cue = {k, k + 1};
      a.speaker = resolve(np);
      return a;
    }
  if (pair.open > 0 && punct(pair.open - 1, ":")) {
    // ("…“), und der norwegische Ministerpräsident Jens Stoltenberg: „…“":
    // after an earlier quotation, the next speaker of a list.)
    const Range np = phrase_from(start > s.first ? skip_particles(start, pair.open - 1) : start, pair.open - 1);
    if (!np.empty()) {
      // "Den Unmut der Partei brachte die Sprecherin … zum Ausdruck: „…“",
      // "Die Anwendung der Regel stellte der Vorsitzende in Frage: „…“": a
      // fronted object that cannot speak; the subject follows the verb.
      if (oblique(np.first) || !names_speaker(head_of(np))) {
        const Range after = subject_after_first_verb(np.last, pair.open - 1);
        if (!after.empty() && !oblique(after.first)) {
          a.speaker = resolve(after);
          verb_before_subject(after, np.last, pair.open - 1, a);
          return a;
        }
      }
      a.speaker = resolve(np);
      if (a.speaker.found()) return a;
    }
    // "Hier sparte der Bundespräsident nicht mit Kritik: „…“", "Im Kongress
    // warb Obama … mit den Worten: „…“": the subject after the verb of the
    // clause that the colon ends.
    const Range after = subject_after_first_verb(start, pair.open - 1);
    if (!after.empty()) {
      a.speaker = resolve(after);
      verb_before_subject(after, start, pair.open - 1, a);
      return a;
    }
    if (named_before_colon(start, pair.open - 1, a)) return a;
  }
  // "…, so der Leiter der Behörde, Mohammed ElBaradei („Mir fällt niemand
  // ein, …“)": the quotation in parentheses right after its speaker.
  // (Not a translation of a name: "Jobbik („Bewegung für ein besseres Ungarn“)".)
  if (pair.open > start + 1 && punct(pair.open - 1, "(") && ends_sentence({pair.open + 1, pair.close})) {
    const Range np = phrase_ending_at(pair.open - 1, start);
    if (!np.empty() && np.last == pair.open - 1 && names_speaker(head_of(np))) {
      a.speaker = resolve(np);
      return a;
    }
  }
  if (const Sentence* prev = colon_sentence_before(pair, s)) {
    const Attribution c = first_cue_in(*prev);
    if (!c.cue.empty()) return c;
    if (named_before_colon(prev->first, s.first - 1, a)) return a;
  }
  return a;
}

}  // namespace attribution
}  // namespace newsmark

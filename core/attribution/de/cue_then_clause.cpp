// Rule de-cue-then-clause (core/attribution/registry.cpp): "X sagte, dass …", "X erklärte, es sei …", "X geht davon aus, dass …": the clause after the cue.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// A frame that closes the sentence after token `from`: "…, sagte X.", "…, so
// X.", "…, erklärte der Minister am Montag in Berlin." (the phrase after the
// cue runs to the sentence's end).
bool Attributor::closing_frame_after(std::uint32_t from, const Sentence& s) const {
  for (std::uint32_t c = from; c + 2 < s.last; ++c) {
    if (in_pair_[c] >= 0 || !punct(c, ",") || in_pair_[c + 1] >= 0) continue;
    const std::uint32_t i = c + 1;
    Attribution a;
    if (std::string_view(tok(i).lower) == "so") {
      a.cue = {i, i + 1};
    } else if (tc_.speech_verb(i) && !tc_.finite_auxiliary(i)) {
      a = cue_at(i, s.last);
      if (a.cue.empty() || a.cue.first != i) continue;
    } else {
      continue;
    }
    const Range speaker = phrase_from(frame_adverbs(a.cue.last, s.last), s.last);
    if (speaker.empty() || oblique(speaker.first)) continue;
    if (frame_closes(speaker.last, s.last, a)) return true;
  }
  return false;
}

// "X sagte, dass …", "X erklärte, die Lage sei ernst", "X hofft, …"
bool Attributor::de_cue_then_clause(std::uint32_t si) {
  static const WordSet kSubordinators(word_list("de/subordinators"));
  const Sentence& s = doc_.sentences[si];
  // Every body below runs to the end of the sentence, so whether it holds a
  // Konjunktiv or a zu-infinitive is known from the last one in the sentence:
  // found once (on the first cue), not once per cue, which was quadratic on
  // long sentences with many cues (tests/scaling). 1 + index, 0 = none.
  std::uint32_t last_konjunktiv = 0, last_zu = 0;
  bool scanned = false;
  std::uint32_t commas = 0;  // commas before token i, counted as i moves on
  for (std::uint32_t i = s.first; i < s.last; ++i) {
    if (i > s.first && punct(i - 1, ",")) ++commas;
    Attribution a = cue_at(i, s.last);
    bool belief = false;
    if (a.cue.empty()) {
      a = belief_cue_at(i, s.last);
      belief = !a.cue.empty();
    }
    if (a.cue.empty()) continue;
    // "Es ist eine reine Fiktion zu sagen: …", "Es ist damit zu rechnen, dass …": an infinitive with "zu"
    // in a clause of the expletive "es" says who nobody is.
    if (a.cue.first > s.first && std::string_view(tok(a.cue.first - 1).lower) == "zu") {
      const std::uint32_t cs = subject_start(a.cue.first, s);
      if (tc_.word(cs) && std::string_view(tok(cs).lower) == "es") continue;
    }
    if (!scanned) {
      scanned = true;
      for (std::uint32_t k = s.first; k < s.last; ++k) {
        if (in_pair_[k] < 0 && (tc_.konjunktiv(k) || tc_.konjunktiv_ambiguous(k))) last_konjunktiv = k + 1;
        if (k + 1 < s.last && std::string_view(tok(k).lower) == "zu" && tc_.word(k + 1) && !tok(k + 1).upper) last_zu = k + 1;
        if (zu_infinitive_word(k)) last_zu = k + 1;
      }
    }
    std::uint32_t after = std::max(a.cue.last, a.cue2.last);
    std::uint32_t clause = 0;
    bool later_cue = false;
    // The reported clause follows the next comma: "erklärt, dass …".
    std::uint32_t reach = after + 12;  // words, not counting quoted names
    for (std::uint32_t k = after; k < s.last && k < reach; ++k) {
      if (in_pair_[k] >= 0) {
        // A quoted name on the way ("sagte der „Berliner Zeitung“, dass",
        // "berichtete im Fachmagazin „Public Library of Science“, es sei")
        // is stepped over; quoted wording ends the search.
        const QuotePair& pair = doc_.quote_pairs[in_pair_[k]];
        if (pair.open != k || pair.close - pair.open > 6 || (speech_like(pair) && !names_something(pair))) break;
        reach += pair.close - pair.open + 1;
        k = pair.close;
        continue;
      }
      if (punct(k, ",") || punct(k, ":")) {
        clause = k + 1;
        break;
      }
      // "äußerte Vorbehalte und wagte die Prognose, …", "erwartet eine
      // Entscheidung und gab bekannt, dass …": a second cue before the
      // comma is the one the clause depends on (reached later in the loop).
      // (Not a participle before its noun: "in der bereits erwähnten
      // Videobotschaft".)
      if (k > after && !cue_at(k, s.last).cue.empty() &&
          !(k + 1 < s.last && tc_.capitalized(k + 1) && !determiner(k + 1))) {
        clause = 0;
        later_cue = true;
        break;
      }
    }
    if (later_cue) continue;
    // "Die Wahl findet im Dezember statt, …", "hielt sich damals noch
    // zurück, …": the particle that closes the main clause makes another
    // verb (stattfinden, sich zurückhalten), which says nothing. ("Das
    // Abkommen sieht vor, dass …" gives what a text lays down: reported.)
    if (clause > after + 1 && a.cue2.empty() && tc_.word(clause - 2) && tc_.word(a.cue.first)) {
      const std::string_view particle = tok(clause - 2).lower, verb = tok(a.cue.first).lower;
      if (particle == "statt" || (particle == "zurück" && one_of(verb, {"hält", "halten", "hielt", "hielten"})))
        continue;
    }
    // The comma before a zu-infinitive is optional: "hat angekündigt
    // ihr Mandat niederzulegen." A participle cue with the infinitive
    // closing the sentence.
    if (clause == 0 && participle(i) && after + 1 < s.last && !clause_punct(after) && in_pair_[after] < 0) {
      std::uint32_t e = s.last;
      while (e > after && tok(e - 1).kind == TokenKind::punct) --e;
      bool finite = false;
      for (std::uint32_t k = after; k < e && !finite; ++k)
        finite = (clause_punct(k) && !(punct(k, ".") && k > after && tok(k - 1).kind == TokenKind::number)) ||
                 in_pair_[k] >= 0 || tc_.finite_auxiliary(k);  // ("ab 1. Oktober": an ordinal)
      if (!finite && e > after + 1 && (zu_infinitive_word(e - 1) || std::string_view(tok(e - 2).lower) == "zu")) clause = after;
    }
    if (clause == 0 || clause >= s.last) continue;
    // "Besorgt äußerte sich der Vorsitzende der Initiative, Wolfgang Muster, zu den Vorgängen: „…“": the
    // comma after the cue is inside its own subject (a name in apposition), which opens no clause.
    // "sagte Li Fei, der stellvertretende Vorsitzende des Ausschusses, aber auch, dass …", "sagte General
    // Hagee, Kommandant des Marine-Corps, ohne … zu verweisen, dass …": after the subject the comma opens
    // its apposition; what was said is the dass clause after it (no verb of its own on the way).
    if (clause > after + 1 && tc_.capitalized(clause - 2) && (determiner(clause) || tc_.capitalized(clause)) &&
        !tc_.pronoun(clause)) {
      bool moved = false;
      for (std::uint32_t k = clause + 1; k + 1 < s.last && k < clause + 30; ++k) {
        if (in_pair_[k] >= 0 || punct(k, ":") || tc_.finite_auxiliary(k) || tc_.konjunktiv(k) ||
            tc_.konjunktiv_ambiguous(k) || tc_.speech_verb(k))
          break;
        if (punct(k, ",") && tc_.word(k + 1) && one_of(tok(k + 1).lower, {"dass", "daß", "ob"})) {
          clause = k + 1;
          moved = true;
          break;
        }
      }
      // ("äußerte sich der Vorsitzende der Initiative, Wolfgang Muster, zu den Vorgängen: „…“": a name
      // alone between the commas is the subject's apposition, and no clause follows it.)
      std::uint32_t e = clause;
      while (e < s.last && tc_.word(e) && tc_.capitalized(e) && in_pair_[e] < 0) ++e;
      if (!moved && e >= clause + 2 && e < s.last && punct(e, ",")) continue;
    }
    // "So müsse die Regierung einem solchen Einsatz zustimmen, es müsse …",
    // "Er hätte nicht daran gedacht, dass …": a cue whose clause is already
    // in the Konjunktiv is part of what someone said before, not a new frame
    // (free indirect speech goes on).
    // (Right after reported speech only, as in de-free-indirect: "Der
    // 58-Jährige habe darin geschrieben, er müsse …" after a plain
    // statement is a frame of its own.)
    if (!doc_.quotes.empty() && carry_.last_reported_sentence + 1 == si) {
      // ("Ich habe gesagt, …": with "ich" or "wir" the form is the indicative.)
      bool reported = false, first_person = false;
      for (std::uint32_t k = std::max(s.first, subject_start(i, s)); k < after; ++k) {
        reported = reported || (in_pair_[k] < 0 && tc_.konjunktiv(k) && !tc_.konjunktiv_ambiguous(k));
        first_person = first_person || (tc_.word(k) && one_of(tok(k).lower, {"ich", "wir"}));
      }
      if (reported && !first_person) continue;
    }
    // "Einen Plan B – für den Fall, dass das Gericht das Verfahren für
    // grundgesetzwidrig erklären sollte – gäbe es nicht, sagte Müntefering.":
    // a frame that closes the sentence ("…, sagte X.", "…, so X.") says the
    // clause before it; a cue inside that clause does not frame it.
    if (closing_frame_after(clause, s)) return false;
    // "…, die die Stärke mit 5,2 angab, sagte, dass …": a finite verb right
    // after the comma closes a relative clause; the cue is that verb's.
    // (After "Wie X berichtet," the main clause is what was reported.)
    if (clause < s.last && tc_.word(clause) && !tok(clause).upper &&
        (tc_.speech_verb(clause) || tc_.finite_auxiliary(clause)) && in_relative_clause(a.cue.first, s.first))
      continue;
    // A quote mark right after the comma is direct speech, handled there.
    if (in_pair_[clause] >= 0 && doc_.quote_pairs[in_pair_[clause]].close + 2 >= s.last) continue;
    // "Das Institut bestätigte die Befunde des Amts, wonach …", "zitiert
    // aus der Zeitung „Hoy Bolivia“, wonach …": the report named right
    // before "wonach" says the clause (de-wonach-clause), not the verb's
    // subject, which only passes it on.
    // (Only a report with its author named, in the genitive or as a quoted
    // title: "bestätigte am Freitag Berichte, wonach …" passes on what it
    // confirms, and the news-de gold marks the verb.)
    if (tc_.word(clause) && std::string_view(tok(clause).lower) == "wonach" && clause >= after + 2 &&
        (tc_.capitalized(clause - 2) || in_pair_[clause - 2] >= 0)) {
      bool authored = false;
      for (std::uint32_t k = after + 1; k + 1 < clause && !authored; ++k)
        authored = (in_pair_[k] >= 0 && tc_.capitalized(k - 1)) ||
                   (tc_.capitalized(k - 1) && !determiner(k - 1) && tc_.word(k) && !tok(k).upper &&
                    one_of(tok(k).lower, {"des", "der"}) && tc_.capitalized(k + 1));
      if (authored) continue;
    }
    // The body is {clause, s.last}.
    const bool dass = tc_.word(clause) && one_of(tok(clause).lower, {"dass", "daß", "ob", "wonach"});
    // "darüber zu entscheiden, ob …", "hat darüber geurteilt, ob …": what
    // is to be decided is an open question, not what anyone said.
    if (tc_.word(clause) && std::string_view(tok(clause).lower) == "ob") {
      bool decide = false;
      for (const Range& c : {a.cue, a.cue2})
        for (std::uint32_t k = c.first; k < c.last; ++k)
          decide = decide || starts_with_any(tok(k).lower, {"entscheid", "geurteilt", "urteil"});
      if (decide) continue;
    }
    // "Der Zeuge, der gegen ihn ausgesagt hatte, war …": after a relative
    // clause (or any clause) a finite verb resumes the main clause; what
    // was said never opens with one. ("Wie der Spiegel berichtet, soll …",
    // "so betont die Polizei, ist dies …": the "wie"/"so" clause is the
    // frame; "sagte, sollte X …, …": a condition opens the clause.)
    if (tc_.word(clause) && !tok(clause).upper && tc_.finite_auxiliary(clause) && !tc_.konjunktiv(clause) &&
        !one_of(tok(clause).lower, {"sollte", "sollten"}) && !one_of(tok(subject_start(i, s)).lower, {"wie", "so"}))
      continue;
    // "Die Wahlbeobachter monieren Unregelmäßigkeiten, sprechen aber davon,
    // dass …", "Die UN bestätigten den Zwischenfall, teilten jedoch mit, es
    // sei …": a second verb of saying of the same subject right after the
    // comma frames what follows; the first verb says nothing of it.
    if (tc_.word(clause) && !tok(clause).upper && in_pair_[clause] < 0 && !tc_.konjunktiv(clause) &&
        !tc_.konjunktiv_ambiguous(clause) && !cue_at(clause, s.last).cue.empty() &&
        !one_of(tok(subject_start(i, s)).lower, {"wie", "so"}))
      continue;
    // "… „der Dicke“ genannt, galt er als …": a verb with its subject
    // after it is the main clause too.
    if (tc_.word(clause) && !tok(clause).upper && !dass && last_zu <= clause && clause + 1 < s.last &&
        !tc_.function_word(clause) && !adverb_suffix(clause) &&
        !determiner(clause) && !tc_.pronoun(clause) && !zu_infinitive_word(clause) && !tc_.konjunktiv(clause) &&
        !tc_.konjunktiv_ambiguous(clause) && tc_.word(clause + 1) &&
        (one_of(tok(clause + 1).lower, {"er", "sie", "es", "man", "wir"}) ||
         (determiner(clause + 1) && !tok(clause + 1).upper &&
          one_of(tok(clause + 1).lower, {"der", "die", "das", "ein", "eine"}))) &&
        !one_of(tok(subject_start(i, s)).lower, {"wie", "so"}))
      continue;
    if (i > s.first && !punct(i - 1, ",") && tc_.word(clause) && !tok(clause).upper && !dass &&
        !tc_.function_word(clause) && !determiner(clause) && !tc_.pronoun(clause) && !zu_infinitive_word(clause)) {
      // A relative pronoun as the subject of the cue: "die Bilder, die
      // Augenzeugen beschrieben, weisen …".
      const std::uint32_t first = subject_start(i, s);
      if (first + 1 < i && punct(first - 1, ",") &&
          one_of(tok(first).lower, {"der", "die", "das", "welcher", "welche", "welches", "denen", "dem", "den"}))
        continue;
    }
    // "…, nachdem er nicht mehr zu sehen war", "…, um den Weg freizumachen",
    // "…, doch er selbst wird …": a clause of time, purpose or contrast is
    // not what the cue says, whatever mood follows.
    if (tc_.word(clause) && !tok(clause).upper &&
        one_of(tok(clause).lower, {"nachdem", "bevor", "doch", "seit", "seitdem", "bis", "sodass", "obwohl"}))
      continue;
    // "Arbeitgeber rufen die Gerichte an, um Streiks zu unterbinden", "…,
    // ohne den Wahlerfolg direkt zu erwähnen", "…, statt eigenverantwortlich
    // zu handeln": an infinitive clause of purpose or manner is not what
    // the cue says. (Not "ohne" as a preposition: "sagte, ohne Fortschritte
    // werde es keine Ratifizierung geben".)
    if (tc_.word(clause) && !tok(clause).upper && one_of(tok(clause).lower, {"um", "ohne", "anstatt", "statt"})) {
      // (Over a dash or an aside in parentheses: "um – wegen … – Streiks
      // zu unterbinden", "um die Probleme (Le Pen, Terror) anzupacken".)
      bool infinitive = false;
      int depth = 0;
      for (std::uint32_t k = clause + 1; k < s.last && !infinitive; ++k) {
        if (in_pair_[k] >= 0) break;
        if (punct(k, "(")) ++depth;
        else if (punct(k, ")")) depth = depth > 0 ? depth - 1 : 0;
        else if (clause_punct(k) && !punct(k, "\u2013") && !punct(k, "\u2014") && !(depth > 0 && punct(k, ",")))
          break;
        infinitive = zu_infinitive_word(k) || (std::string_view(tok(k).lower) == "zu" && k + 1 < s.last &&
                                                tc_.word(k + 1) && !tok(k + 1).upper);
      }
      if (infinitive) continue;
    }
    // "…, der dienstfrei gestellt wurde", "…, das viel mit der Hypo zu tun
    // hatte", "…, der kurz vor einem Ziel war": a d-word with an uninflected
    // word after it (an article takes a noun or an inflected adjective; a
    // demonstrative subject its finite verb, "das sei …") opens a relative
    // clause, not what was said.
    if (tc_.word(clause) && !tok(clause).upper && clause + 2 < s.last &&
        one_of(tok(clause).lower, {"der", "die", "das", "dem", "den", "denen"}) && tc_.word(clause + 1) &&
        !tok(clause + 1).upper && in_pair_[clause + 1] < 0 && !tc_.function_word(clause + 1) &&
        !adjective_ending(clause + 1) && !ends_with(tok(clause + 1).lower, "em") && !tc_.konjunktiv(clause + 1) &&
        !tc_.konjunktiv_ambiguous(clause + 1) && !tc_.finite_auxiliary(clause + 1) && !tc_.speech_verb(clause + 1) &&
        tok(clause + 1).lower.size() > 2) {
      // (In the Konjunktiv the relative clause is reported: "eine Krankheit
      // bezeichnet, die behandelt werden müsse", as the corpus marks it.)
      bool konjunktiv = false;
      for (std::uint32_t k = clause + 1; k < s.last && !konjunktiv && !punct(k, ","); ++k)
        konjunktiv = in_pair_[k] < 0 && tc_.konjunktiv(k) && !tc_.konjunktiv_ambiguous(k);
      if (!konjunktiv) continue;
    }
    // "…, da sie zuerst zugestellt werden muss", "…, während der Parti de
    // Gauche eher … vergleichbar ist": a clause of reason or contrast says
    // what the cue says only in the Konjunktiv ("…, weil die Abgeordneten
    // keinen Eilantrag gestellt hätten"); a form that may be the indicative
    // ("werden", "haben") does not tell.
    if (tc_.word(clause) && !tok(clause).upper && one_of(tok(clause).lower, {"da", "weil", "während"})) {
      bool konjunktiv = false;
      for (std::uint32_t k = clause; k < s.last && !konjunktiv; ++k)
        konjunktiv = in_pair_[k] < 0 && tc_.konjunktiv(k) && !tc_.konjunktiv_ambiguous(k);
      if (!konjunktiv) continue;
    }
    // "…, die er begangen haben soll", "…, mit dem er unterwegs war": nor is
    // a relative clause, its pronoun followed by a pronoun or an article.
    {
      std::uint32_t rel = clause;
      if (tc_.preposition(rel) && rel + 1 < s.last) ++rel;
      if (rel + 1 < s.last && tc_.word(rel) && !tok(rel).upper &&
          one_of(tok(rel).lower, {"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher",
                                  "welches", "welchem", "welchen"}) &&
          tc_.word(rel + 1) && !tok(rel + 1).upper &&
          false && (tc_.pronoun(rel + 1) || one_of(tok(rel + 1).lower, {"dem", "den", "der", "die", "das", "ein", "eine", "einem", "einen", "einer"})))
        continue;
    }
    const bool zu = last_zu > clause;  // a zu-infinitive in the clause
    // Right after the verb or its particle ("sagte, die USA hielten sich …")
    // a clause is what was said; after a noun it may be a relative clause.
    const std::uint32_t before_comma = clause - 2;
    const bool after_verb = before_comma == i || (!a.cue2.empty() && before_comma == a.cue2.first) ||
                            (tc_.word(before_comma) && !tok(before_comma).upper);
    const bool subordinate = tc_.word(clause) && in_list(tok(clause).lower, kSubordinators);
    // Without a Konjunktiv, "dass" or "zu", the clause must look like a
    // main clause: not a relative clause ("die durch …", "über den man …")
    // nor one that starts with a participle ("dicht gefolgt von …").
    const bool relative = tc_.preposition(clause) || tok(clause).kind == TokenKind::punct ||
                          (tc_.word(clause) && !tok(clause).upper && tc_.function_word(clause) &&
                           !determiner(clause) && !tc_.pronoun(clause) && !tc_.finite_auxiliary(clause)) ||
                          (determiner(clause) && clause + 1 < s.last &&
                           (tc_.preposition(clause + 1) || tc_.pronoun(clause + 1) ||
                            (tc_.word(clause + 1) && !tok(clause + 1).upper && tc_.function_word(clause + 1))));
    if (!dass && !(last_konjunktiv > clause) && !zu && (belief || !(after_verb && !subordinate && !relative)))
      continue;  // has_konjunktiv(body, true)
    // "Sarkozy bestritt dies, indem er sagte, …", "…, da sie befürchten,
    // viele könnten …", "einen Zettel, in dem er verlangte, dass …": a
    // subordinate or relative clause with a cue of its own frames what
    // follows; that cue (reached later in this loop) names the speaker.
    if ((tc_.word(clause) && one_of(tok(clause).lower, {"indem", "da", "weil", "wobei"})) ||
        (clause + 1 < s.last && tc_.preposition(clause) &&
         one_of(tok(clause + 1).lower, {"dem", "der", "denen", "welchem", "welcher"}))) {
      bool inner = false;
      for (std::uint32_t k = clause; k < s.last && k < clause + 8 && !inner; ++k) {
        if (in_pair_[k] >= 0 || (clause_punct(k) && !punct(k, ","))) break;
        if (punct(k, ",")) break;
        inner = !cue_at(k, s.last).cue.empty() || !belief_cue_at(k, s.last).cue.empty();
      }
      if (inner) continue;
    }
    // "X wies dies zurück, die Sprecherin der Fraktion, Y, erklärte: „…“":
    // a clause with its own speech verb and a colon introduces its own
    // quotation.
    {
      bool own_frame = false;
      for (std::uint32_t k = clause; k + 1 < s.last && k < clause + 25 && in_pair_[k] < 0; ++k) {
        if (punct(k, ";") || punct(k, ".")) break;
        if (punct(k, ":") && k > clause && in_pair_[k + 1] >= 0) {
          // (Not a second verb of the same subject: "Er sagte, Europa brauche
          // sie, und fügte hinzu: „…“".)
          for (std::uint32_t v = clause; v < k; ++v) {
            if (tc_.word(v) && one_of(tok(v).lower, {"und", "sowie", "oder"})) break;
            if (!cue_at(v, s.last).cue.empty()) {
              own_frame = true;
              break;
            }
          }
          break;
        }
      }
      if (own_frame) continue;
    }
    // "wurde bekannt, dass", "ist geplant, dass": nobody is named as speaking.
    const bool known = belief && one_of(tok(i).lower, {"bekannt", "geplant"});
    const bool impersonal = known || (a.cue.last == i + 2 && std::string_view(tok(i + 1).lower) == "es");
    {
      Range subject = speaker_of_verb(i, s);
      // (After the verb the subject may take its apposition along.)
      if (!subject.empty() && subject.first > i) subject = with_apposition(subject, s.last);
      if (!subject.empty() && subject.last <= i) subject = with_name_before(subject, first_word(s));
      a.speaker = resolve(known ? Range{} : impersonal ? origin_of_impersonal(i, s) : subject);
      // "Die Partei lehnte den Antrag ab und warf der Regierung vor, …": after
      // "und" the verb shares the subject of the clause before (rule
      // de-direct-frame-before does the same).
      const bool joined = i > s.first && tc_.word(i - 1) && one_of(tok(i - 1).lower, {"und", "sowie"}) &&
                        !clause_punct_between(s.first, i);
      if (joined && !passive(i) && !impersonal &&
          (subject.empty() || (subject.first > i && !tc_.pronoun(subject.first)))) {
        const SpeakerFound before = resolve(subject_after_first_verb(first_word(s), i - 1, true));
        if (before.found()) a.speaker = before;
      }
      // "Zahlreiche Zeugen sahen das anders, sagten jedoch aus, dass …": a
      // verb right after the comma with no subject of its own shares the
      // subject that opens the sentence. (One no list knows as a speaker
      // speaks when that first verb is one of saying too: "Internationale
      // Wahlbeobachter monieren Unregelmäßigkeiten, sprechen aber davon, …".)
      if (!a.speaker.found() && subject.empty() && !passive(i) && !impersonal && i > s.first + 2 &&
          punct(i - 1, ",") && in_pair_[i - 1] < 0 && !clause_punct_between(s.first, i - 1)) {
        const std::uint32_t first = first_word(s);
        const Range front = phrase_from(first, i - 1);
        if (!front.empty() && front.first == first && front.last + 1 < i && !oblique(first) &&
            tc_.word(front.last) && !tok(front.last).upper &&
            (tc_.pronoun(first) || names_speaker(head_of(front)) ||
             (tc_.capitalized(front.last - 1) && (tc_.speech_verb(front.last) || speech_act_verb(front.last)))))
          a.speaker = resolve(front);
      }
    }
    // After the cue the phrase is its subject only in the nominative:
    // "warnte die CDU", "bat den Papst" name whom it was said to.
    if (!a.speaker.found() && !passive(i) && !impersonal && !oblique(a.cue.last)) {
      a.speaker = resolve(with_apposition(phrase_from(a.cue.last, s.last), s.last));
      // "Manche Analysten halten es für möglich, dass …", "eBay hält es für
      // möglich": "es" after the verb is its object; the few words in front
      // that the phrase finder passed over are the subject.
      if (a.speaker.phrase.last == a.speaker.phrase.first + 1 && std::string_view(tok(a.speaker.phrase.first).lower) == "es") {
        const Range front = words_before(i, s);
        if (!front.empty()) a.speaker = resolve(front);
      }
    }
    add_reported({clause, reported_clause_end(clause, s)}, a);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

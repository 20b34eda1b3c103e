// Rule de-free-indirect (core/attribution/registry.cpp): a Konjunktiv sentence with no cue continues the reported speech before it.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// Whether the word at k stands in a relative or subordinate clause after a
// comma ("…, das nicht mehr aus dem Haushalt finanziert werden soll"): the
// main clause around it says nothing of what was reported.
bool Attributor::in_subordinate_clause(std::uint32_t k, const Sentence& s) const {
  static const WordSet kRelative(word_list("de/relative-pronouns"));
  static const WordSet kSubordinators(word_list("de/subordinators"));
  std::uint32_t c = k;
  while (c > s.first && !punct(c - 1, ",") && k - c < 30) --c;
  if (c == s.first || !punct(c - 1, ",") || c >= k) return false;
  if (tc_.preposition(c) && c + 1 < k) ++c;  // "…, in dem …"
  if (!tc_.word(c) || tok(c).upper) return false;
  const std::string_view w = tok(c).lower;
  if (one_of(w, {"und", "aber", "um"})) return false;  // a second main clause, or "um … zu"
  return in_list(w, kRelative) || in_list(w, kSubordinators) || one_of(w, {"dass", "ob", "wann", "wie", "was", "wer"});
}

// Whether the sentence's first clause (up to its first comma) holds a
// Konjunktiv form and each stands next to "ich" ("Ich glaube, …", "Ihren
// Detailfragen stelle ich … voran"), where it is the first person's
// indicative.
bool Attributor::first_person_only(const Sentence& s) const {
  bool any = false;
  for (std::uint32_t k = s.first; k < s.last && !punct(k, ","); ++k) {
    if (in_pair_[k] >= 0 || !(tc_.konjunktiv(k) || tc_.konjunktiv_ambiguous(k))) continue;
    const bool ich = (k > s.first && tc_.word(k - 1) && std::string_view(tok(k - 1).lower) == "ich") ||
                     (k + 1 < s.last && tc_.word(k + 1) && std::string_view(tok(k + 1).lower) == "ich");
    if (!ich) return false;
    any = true;
  }
  return any;
}

// A Konjunktiv sentence with no cue of its own continues the reported
// speech just before it ("Russland habe das Recht, …").
bool Attributor::de_free_indirect(std::uint32_t si) {
  static const WordSet kCircumstance(word_list("de/circumstance-conjunctions"));
  static const WordSet kKonjunktivII(word_list("de/konjunktiv-ii"));
  static constexpr std::uint32_t kSollReach = 2;
  static constexpr std::uint32_t kSollStateReach = 3;
  const Sentence& s = doc_.sentences[si];
  // (Right after reported speech a speech verb inside the Konjunktiv
  // sentence is part of what was said; elsewhere any one bars it.)
  // ("Er soll Meldungen für den Sender geschrieben haben": after the
  // reportative "soll" of its clause a speech verb's participle is part of
  // the hearsay, no cue; only with the perfect infinitive at the end, "soll
  // … geschrieben haben", not the plan "soll die Piloten warnen".)
  const auto soll_cue = [&]() {
    std::uint32_t last = s.last;
    while (last > s.first && tok(last - 1).kind == TokenKind::punct) --last;
    if (last < s.first + 3 || !tc_.word(last - 1) || !one_of(tok(last - 1).lower, {"haben", "sein"})) return true;
    bool soll = false;
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      if (in_pair_[k] >= 0) continue;
      if (clause_punct(k)) soll = false;
      if (tc_.word(k) && one_of(tok(k).lower, {"soll", "sollen"})) soll = true;
      if (!tc_.speech_verb(k)) continue;
      if (soll && participle(k)) continue;
      return true;
    }
    return false;
  };
  if (!doc_.quotes.empty() && carry_.last_reported_sentence + 1 == si ? has_frame_cue(si) && soll_cue()
                                                                     : has_cue(si) && soll_cue())
    return false;
  // "Ich glaube, die Künstler wollen …", "Ihren Detailfragen stelle ich …
  // voran": a verb in "-e" next to "ich" is the first person's indicative,
  // not a Konjunktiv (an interview's answer, not reported speech).
  if (first_person_only(s)) return false;
  // "Er soll … geholfen haben.": the reportative "soll" reports what others
  // say. Right after reported speech it continues it; one sentence further
  // in the same paragraph too (the corpus marks it as free indirect speech
  // of that speaker); further off it is no quote here (its hearsay shows as
  // a source where "angeblich" says so).
  if (!has_konjunktiv({s.first, s.last}, false)) {
    bool soll = false;
    for (std::uint32_t k = s.first; k < s.last && !soll; ++k)
      soll = in_pair_[k] < 0 && tc_.word(k) && one_of(tok(k).lower, {"soll", "sollen"}) && !in_subordinate_clause(k, s);
    if (!soll) return false;
    if (doc_.quotes.empty() || carry_.chain < 0 || carry_.last_reported_sentence + 1 != si) {
      // ("Er soll resistent gegen Medikamente sein.", "Daran soll Lenz beteiligt
      // gewesen sein.": hearsay of a state, with "sein"/"haben" last, goes on a
      // few sentences further and into the next paragraph; a plan, "soll am
      // Montag beginnen", does not.)
      std::uint32_t end = s.last;
      while (end > s.first && tok(end - 1).kind == TokenKind::punct) --end;
      const bool state = end > s.first && tc_.word(end - 1) && one_of(tok(end - 1).lower, {"sein", "haben"});
      const bool near = !doc_.quotes.empty() && doc_.quotes.back().has_speaker && carry_.last_reported_sentence < si &&
                        ((si - carry_.last_reported_sentence <= kSollReach &&
                          doc_.sentences[carry_.last_reported_sentence].paragraph == s.paragraph) ||
                         (state && si - carry_.last_reported_sentence <= kSollStateReach &&
                          s.paragraph <= doc_.sentences[carry_.last_reported_sentence].paragraph + 1));
      if (!near) return false;
      carry_.chain = static_cast<std::int32_t>(doc_.quotes.size()) - 1;
      const std::size_t before = doc_.quotes.size();
      // ("Die Kampagne berichtete über einen Marsch. Die Demonstranten sollen
      // Bildnisse mit sich geführt haben.": a sentence of saying with a new
      // named subject in between names who speaks now; not one that says
      // nothing, whose subject is mostly the one the hearsay is about, "Der
      // Minister reiste nach Peking. Er soll dort …", nor a pronoun.)
      Attribution a;
      if (carry_.last_reported_sentence + 1 < si && has_cue(si - 1)) {
        const Range subject = subject_of_sentence(si - 1);
        if (!subject.empty() && !tc_.pronoun(subject.first)) a.speaker = resolve(subject);
      }
      add_reported({s.first, s.last}, a, a.speaker.found() ? -1 : carry_.chain, false, false);
      if (doc_.quotes.size() > before) {
        carry_.last_free_quote = doc_.quotes.size() - 1;
        carry_.last_free_sentence = si;
      }
      return true;
    }
  }
  if (carry_.chain < 0 && !doc_.quotes.empty() && si - carry_.last_reported_sentence <= 6 && doc_.quotes.back().has_speaker)
    carry_.chain = static_cast<std::int32_t>(doc_.quotes.size()) - 1;
  bool inherit = carry_.chain >= 0 && si - carry_.last_reported_sentence <= 6;
  if (inherit) {
    const QuoteEntry& prev = doc_.quotes[carry_.chain];
    inherit = !prev.spans.empty() && tok(s.first).begin >= prev.spans.back().end;
    // "Laut dem Magazin ist es zu Zwischenfällen gekommen. Demnach haben …
    // Üblicherweise sei dies …": the adverb points back; the source before
    // it goes on speaking.
    if (inherit && carry_.chain > 0 && prev.speaker_spans.size() == 1 && doc_.quotes[carry_.chain - 1].has_speaker &&
        doc_.text.view().substr(prev.speaker_spans[0].begin,
                                prev.speaker_spans[0].end - prev.speaker_spans[0].begin) == "Demnach")
      carry_.chain = carry_.chain - 1;
  }
  // "Sollte der Antrag angenommen werden, könnte …", "Falls …, wäre es …",
  // "Hätte er nur Bier getrunken, so müsste er …", "Im Falle eines …
  // müsste …": a sentence that opens with a condition and has no Konjunktiv I
  // is a hypothesis of the writer, even right after reported speech.
  {
    const std::uint32_t w = first_word(s);
    const bool condition =
        w < s.last && tc_.word(w) &&
        (one_of(tok(w).lower, {"falls", "wenn", "sollte", "sollten"}) || in_list(tok(w).lower, kKonjunktivII) ||
         (std::string_view(tok(w).lower) == "im" && w + 1 < s.last && std::string_view(tok(w + 1).lower) == "falle"));
    bool first_form = false;
    for (std::uint32_t k = s.first; k < s.last && !first_form; ++k)
      first_form = in_pair_[k] < 0 && tc_.konjunktiv(k) && !in_list(tok(k).lower, kKonjunktivII) &&
                   !one_of(tok(k).lower, {"sollte", "sollten"});
    if (condition && !first_form) return false;
  }
  // A Konjunktiv II alone ("könnte", "wäre", "würde") is a hypothesis of the
  // writer, not reported speech, unless it follows reported speech directly.
  if (!inherit || carry_.last_reported_sentence + 1 < si) {
    bool first_form = false;
    for (std::uint32_t k = s.first; k < s.last && !first_form; ++k)
      first_form = in_pair_[k] < 0 && tc_.konjunktiv(k) &&
                   !in_list(tok(k).lower, kKonjunktivII);
    if (!first_form) return false;
  }
  // Konjunktiv I in a news text is reported speech even when its speaker
  // was named too far back to tell. Right after another such sentence of
  // the same paragraph it continues that quotation.
  const bool extend = !doc_.quotes.empty() && carry_.last_free_quote + 1 == doc_.quotes.size() && si > 0 &&
                      carry_.last_free_sentence + 1 == si &&
                      doc_.sentences[si - 1].paragraph == s.paragraph;
  const std::size_t before = doc_.quotes.size();
  Attribution a;
  if (si > 0 && (!inherit || carry_.last_reported_sentence + 1 < si)) {
    // A sentence with a new named subject between the quotation and this
    // one: that subject is who speaks now.
    a.speaker = resolve(subject_of_sentence(si - 1));
    if (a.speaker.found()) inherit = false;
  }
  // "Die Experten kamen zu dem Ergebnis, dass es keine Beweise gäbe.", "Die
  // DSW ist der Ansicht, dass …": a main clause in the indicative before
  // the Konjunktiv one names who speaks, not the quotation before.
  std::uint32_t body_first = s.first;
  if (!extend) {
    // The main clause ends at the first comma after the subject and its
    // apposition ("Der Bürgermeister, Bob Parker, teilte mit, dass …").
    const Range own = frame_subject(si);
    const std::uint32_t main_from = !own.empty() && own.first >= s.first && own.last < s.last ? own.last : s.first;
    std::uint32_t comma = 0;
    bool main_konjunktiv = false;
    for (std::uint32_t k = s.first; k < s.last && comma == 0; ++k) {
      if (in_pair_[k] >= 0) {
        // A quoted name on the way ("gegenüber der Zeitschrift „Automobilwoche“").
        const QuotePair& pair = doc_.quote_pairs[in_pair_[k]];
        if (pair.open != k || !quoted_name(pair)) break;
        k = pair.close;
        continue;
      }
      if (punct(k, ",") && (k > main_from || (main_from == s.first && k > s.first))) comma = k;
      else if (tc_.konjunktiv(k) || tc_.konjunktiv_ambiguous(k)) main_konjunktiv = true;
      // The reportative "soll" and a verb in "-e" that is no past tense
      // ("propagiere") make the main clause reported too.
      else if (tc_.word(k) && !tok(k).upper && k > s.first &&
               (one_of(tok(k).lower, {"soll", "sollen"}) ||
                (ends_with(tok(k).lower, "e") && !ends_with(tok(k).lower, "te") &&
                 !ends_with(tok(k).lower, "de") && !tc_.function_word(k) && tc_.capitalized(k - 1) &&
                 !determiner(k - 1) && tok(k).lower.size() > 4)))
        main_konjunktiv = true;
    }
    if (tc_.word(s.first) && one_of(tok(s.first).lower, {"denn", "und", "aber"})) main_konjunktiv = true;
    // (Not a second main clause with a subject of its own, ", und er wolle
    // …", nor a purpose, ", um zu verhindern, dass …".)
    if (comma > s.first + 2 && comma + 1 < s.last && tc_.word(comma + 1) &&
        one_of(tok(comma + 1).lower, {"und", "oder", "aber", "doch", "sondern", "um"}))
      main_konjunktiv = true;
    if (comma > s.first + 2 && !main_konjunktiv) {
      // (Not when the clause after the comma tells when or why: "Er war
      // … ins Netz gegangen, als er Kontakt …".)
      const bool circumstance = tc_.word(comma + 1) &&
                                in_list(tok(comma + 1).lower, kCircumstance);
      if (!own.empty() && own.last <= comma && !circumstance) {
        const SpeakerFound speaker = resolve(own);
        if (speaker.found()) {
          a.speaker = speaker;
          inherit = false;
          body_first = comma + 1;  // what was said is the clause after the comma
        }
      }
    }
  }
  add_reported({body_first, s.last}, a, inherit ? carry_.chain : -1, false, extend);
  if (doc_.quotes.size() > before || extend) {
    carry_.last_free_quote = doc_.quotes.size() - 1;
    carry_.last_free_sentence = si;
  }
  return true;
}

}  // namespace attribution
}  // namespace newsmark

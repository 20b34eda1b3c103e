// Rule de-clause-then-cue (core/attribution/registry.cpp): "…, sagte Kim.", "…, so Kim.", "…, wie X mitteilte.", "…, das teilte X mit.": the clause before the cue.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "…, sagte Kim.", "…, so Kim.", "…, hieß es in einem KCNA-Bericht.", "…, wie X mitteilte."
bool Attributor::de_clause_then_cue(std::uint32_t si) {
  const Sentence& s = doc_.sentences[si];
  const auto dash = [this](std::uint32_t k) { return punct(k, "\u2013") || punct(k, "\u2014") || punct(k, "-"); };
  for (std::uint32_t i = s.first + 2; i < s.last; ++i) {
    if (in_pair_[i] >= 0) continue;
    // "Dennoch, so Nacke, habe …", "… dankbar – so Canny –, trotzdem sei …":
    // an inserted "so" may follow one word or a dash.
    const bool so = std::string_view(tok(i).lower) == "so";
    if (!(punct(i - 1, ",") || (so && dash(i - 1))) || (i == s.first + 2 && !so)) continue;
    Attribution a;
    Range speaker;
    Range after{};  // what was said after an inserted "…, so X, …"
    bool resumed = false;  // "…, das teilte X mit"
    if (std::string_view(tok(i).lower) == "wie" && in_pair_[i - 2] < 0) {
      // "…, wie die Polizei mitteilte." / "Die Zahl, wie X sagte, stieg …"
      const std::uint32_t end = as_clause(i, s.last, a);
      if (end == 0) continue;
      if (end < s.last && punct(end, ",")) after = {end + 1, s.last};
      add_reported({s.first, i - 1}, a, -1, false, false, after);
      return true;
    } else if (std::string_view(tok(i).lower) == "so" && i + 1 < s.last) {
      a.cue = {i, i + 1};
      speaker = speaker_after_cue(i + 1, s.last);
      if (speaker.empty()) continue;  // "…, so dass …", "…, so wurde …": no source named
      // "Sein Rivale McCain, so Obama, habe …": the clause goes on after the
      // comma or dash that closes the inserted frame (maybe after where it
      // was said: "so X in einem Blogeintrag, …").
      for (std::uint32_t k = speaker.last; k + 3 < s.last && k < speaker.last + 15; ++k) {
        if (in_pair_[k] >= 0 || punct(k, ":") || punct(k, ";")) break;
        if (punct(k, ",") || dash(k)) {
          std::uint32_t from = k + 1;
          if (dash(k) && punct(from, ",")) ++from;  // "– so Canny –, trotzdem"
          after = {from, s.last};
          break;
        }
      }
    } else if (tc_.speech_verb(i) || one_of(tok(i).lower, {"hieß", "heißt"}) || tc_.separable_speech_verb(i)) {
      a = cue_at(i, s.last);
      if (a.cue.empty()) continue;
      // "…, die Sprecherin, Y, erklärte: „…“": the cue opens a quotation;
      // what stands before it was not said.
      if (a.cue.last + 1 < s.last && punct(a.cue.last, ":") && in_pair_[a.cue.last + 1] >= 0) continue;
      if (i + 1 < s.last && std::string_view(tok(i + 1).lower) == "es") {
        a.cue.last = i + 2;
        // "hieß es in einem KCNA-Bericht": the report speaks.
        std::uint32_t k = i + 2;
        // ("hieß es bei Russland Aktuell": "bei" names where it was said too.)
        // ("heißt es seitens der Pressestelle", "heißt es auf der Webseite", not "auf Anfrage".)
        const auto opener = [&](std::uint32_t j) {
          return tc_.word(j) && (one_of(tok(j).lower, {"in", "im", "aus", "von", "vom", "bei", "beim", "seitens"}) ||
                                 (std::string_view(tok(j).lower) == "auf" && j + 1 < s.last && determiner(j + 1)));
        };
        while (k < s.last && k < i + 6 && !clause_punct(k) && !opener(k)) ++k;
        // (The preposition itself, in the same clause: "heißt es darin, womit Anzeigen wegen illegaler
        // Einreise gemeint sind" names no speaker.)
        speaker = k < s.last && opener(k) ? phrase_from(k + 1, s.last) : Range{};
      } else {
        // "…, teilte später der Direktor mit": an adverb before the subject.
        speaker = speaker_after_cue(frame_adverbs(a.cue.last, s.last), s.last);
        // "…, verlautete aus Sicherheitskreisen": unnamed circles speak.
        // ("…, verlautete am Montag aus Sicherheitskreisen": a time between.)
        std::uint32_t from = a.cue.last;
        while (speaker.empty() && from + 2 < s.last && from < a.cue.last + 3 && tc_.word(from) &&
               (one_of(tok(from).lower, {"am", "gestern", "heute", "zuvor"}) || tc_.time_word(from)))
          ++from;
        if (speaker.empty() && from + 1 < s.last && tc_.word(from) && one_of(tok(from).lower, {"aus", "in"})) {
          const Range np = phrase_from(from + 1, s.last);
          if (!np.empty() && speaker_is_group(np)) {
            speaker = {from, np.last};
            add_source(SourceKind::anonymous, doc_.token_span(speaker.first, speaker.last), -1);
          }
        }
      }
    } else if (one_of(tok(i).lower, {"das", "dies"}) && i + 2 < s.last && in_pair_[i + 1] < 0 &&
               (tc_.speech_verb(i + 1) || tc_.separable_speech_verb(i + 1))) {
      // "…, das teilte die Universität mit.", "…, das entschied die NASA.":
      // "das" takes up the clause before it, which is what was said.
      a = cue_at(i + 1, s.last);
      if (a.cue.empty() || a.cue.last > i + 2) continue;
      speaker = phrase_from(frame_adverbs(a.cue.last, s.last), s.last);
      if (speaker.empty() || oblique(speaker.first) || !frame_closes(speaker.last, s.last, a)) continue;
      resumed = true;
    } else {
      continue;
    }
    Range body{s.first, i - 1};
    // Skip a headline-style lead-in or a leading quotation that stands alone.
    if (body.empty()) continue;
    // "Besorgt äußerte sich X zu den Vorgängen: „Wir befürchten das
    // Schlimmste“, sagte er.": what was said is the quotation after the colon.
    if (in_pair_[i - 2] >= 0) {
      const QuotePair& pair = doc_.quote_pairs[in_pair_[i - 2]];
      if (pair.close == i - 2 && pair.open > s.first + 1 && punct(pair.open - 1, ":")) body = {pair.open, pair.close + 1};
    }
    // "Auch die Industriellenvereinigung wandte sich dagegen: Die Forderung
    // sei …, meinte Neumayer.": so is the clause after the colon.
    for (std::uint32_t k = body.last; k > body.first + 1; --k) {
      if (in_pair_[k - 1] >= 0) continue;
      if (punct(k - 1, ")")) break;
      if (punct(k - 1, ":")) {
        // (A clause of its own, capitalised: not "nach dem Motto: wer streikt, …".)
        if (word_count_at_least({k, body.last}, 3) && tc_.capitalized(k)) body.first = k;
        break;
      }
    }
    if (!after.empty() && (i == s.first + 2 || has_konjunktiv(after, false))) {
      // What was said runs on after the inserted frame, in the Konjunktiv
      // ("…, so Obama, habe keine Ahnung …").
      speaker = without_addressed_outlet(speaker);
      a.speaker = resolve(speaker);
      add_reported(body, a, -1, false, false, after);
      return true;
    }
    if (i == s.first + 2 || !punct(i - 1, ",")) continue;
    // "Der Leiter des Programms, Klaus Stöhr, sagte …": a subject with its
    // apposition is no clause that was said.
    // ("Sein Rivale McCain, so Obama, …": an inserted "so" splits what was said.)
    if (std::string_view(tok(a.cue.first).lower) != "so" && nominal(body) && in_pair_[body.first] < 0) continue;
    // In the indicative only a frame that closes the sentence says the
    // clause before it was said: "Der Umsatz wird steigen, teilte das
    // Unternehmen heute mit." (not "…, forderte er einen Neuanfang").
    if (!has_konjunktiv(body, true) &&
        !one_of(tok(a.cue.first).lower, {"so", "hieß", "heißt", "sagte", "sagt", "erklärte", "betonte", "meinte"}) &&
        !resumed &&
        !(indicative_frame(a) && !speaker.empty() && !oblique(speaker.first) && frame_closes(speaker.last, s.last, a)))
      continue;
    speaker = without_addressed_outlet(speaker);
    a.speaker = resolve(speaker);
    // "…, heißt es weiter.": with no source named, the one quoted just before
    // goes on.
    std::int32_t inherit = -1;
    if (!a.speaker.found() && one_of(tok(a.cue.first).lower, {"hieß", "heißt"}) && a.cue.last < s.last &&
        tc_.word(a.cue.last) && std::string_view(tok(a.cue.last).lower) == "weiter" && !doc_.quotes.empty() &&
        doc_.quotes.back().has_speaker && carry_.last_reported_sentence + 3 >= si)
      inherit = static_cast<std::int32_t>(doc_.quotes.size()) - 1;
    add_reported(body, a, inherit);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

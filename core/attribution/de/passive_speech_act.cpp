// Rule de-passive-speech-act (core/attribution/registry.cpp): "Die Forderungen wurden von Stolpe als unrealistisch bezeichnet.": a passive that reports a speech act.
#include "attributor.h"

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "Die Forderungen wurden von Stolpe als unrealistisch bezeichnet.", "Als
// Ursache wurde ein Computerproblem angegeben.": the sentence ends in the
// participle of a speech act after a passive "wird"/"wurde"; the whole
// sentence reports it (the corpus marks no cue). The agent after "von"
// speaks; with none, the speaker of reported speech right before goes on.
bool Attributor::de_passive_speech_act(std::uint32_t si) {
  static const WordSet kParticiples(word_list("de/speech-act-participles"));
  static const WordSet kReportParticiples(word_list("de/passive-report-participles"));
  static const WordSet kPublished(word_list("de/published-nouns"));
  static const WordSet kInformation(word_list("de/information-nouns"));
  static const WordSet kDocuments(word_list("de/document-nouns"));
  const Sentence& s = doc_.sentences[si];
  // A listed participle, or "bekannt gegeben".
  const auto participle = [&](std::uint32_t k) {
    if (!tc_.word(k) || in_pair_[k] >= 0) return false;
    const std::string_view w = tok(k).lower;
    return in_list(w, kParticiples) || in_list(w, kReportParticiples) || w == "bekanntgegeben" ||
           (w == "gegeben" && k > s.first && tc_.word(k - 1) && std::string_view(tok(k - 1).lower) == "bekannt");
  };
  std::uint32_t end = s.last;
  while (end > s.first && tok(end - 1).kind == TokenKind::punct) --end;
  if (end < s.first + 4) return false;
  // "Bemängelt werden außerdem …": the participle may open the sentence, its
  // auxiliary right after it.
  const bool opens = participle(s.first) && tc_.word(s.first + 1) &&
                     one_of(tok(s.first + 1).lower, {"wird", "werden", "wurde", "wurden"});
  std::uint32_t p = end - 1;
  const bool worden = !opens && tc_.word(p) && std::string_view(tok(p).lower) == "worden";
  if (worden) --p;
  if (opens) p = s.first;
  else if (!participle(p) || tok(p).upper) return false;
  // ("Von einer hohen Brandgefahr wird … berichtet": the topic, not the agent.)
  const bool von_topic = one_of(tok(p).lower, {"gesprochen", "ausgegangen", "berichtet"});
  // The participles beside the speech-act list report only what was said:
  // not "wurde nicht bekannt gegeben", nor "schuldig gesprochen" without a
  // topic after "von"/"über".
  if (!in_list(tok(p).lower, kParticiples)) {
    const std::uint32_t before = std::string_view(tok(p).lower) == "gegeben" ? p - 1 : p;
    if (before > s.first && tc_.word(before - 1) && std::string_view(tok(before - 1).lower) == "nicht") return false;
    if (von_topic) {
      bool topic = false;
      for (std::uint32_t k = s.first; k < end && !topic; ++k)
        topic = k != p && tc_.word(k) && one_of(tok(k).lower, {"von", "über"});
      if (!topic) return false;
    }
  }
  // The finite passive auxiliary, second in the main clause, and the agent;
  // or the report that says it ("werden im Bericht auf … zurückgeführt",
  // "In ersten Berichten wurde … vermutet").
  std::uint32_t aux = 0, agent = 0, report = 0, origin = 0;
  const std::uint32_t from = opens ? s.first + 1 : s.first, to = opens ? end : p;
  for (std::uint32_t k = from; k < to; ++k) {
    if (in_pair_[k] >= 0) {
      const QuotePair& pair = doc_.quote_pairs[in_pair_[k]];
      // A quotation that says something ("als „falsch“ zurückgewiesen") is direct speech.
      if (pair.open == k && speech_like(pair) && !quoted_name(pair)) return false;
      continue;
    }
    if (punct(k, ";") || punct(k, ":")) return false;
    if (!tc_.word(k)) continue;
    const std::string_view w = tok(k).lower;
    if (aux == 0 && (one_of(w, {"wird", "werden", "wurde", "wurden"}) ||
                     (worden && one_of(w, {"ist", "sind", "war", "waren"}))))
      aux = k;
    else if (agent == 0 && (w == "vom" || (w == "von" && !von_topic)) && (aux != 0 || k == first_word(s)) &&
             (!opens || k <= aux + 2))  // ("Verlangt wird … die Zahlung von Anwaltskosten": no agent)
      agent = k;
    // ("Von einer hohen Brandgefahr wird auch aus Bonn berichtet": where the report comes from.)
    else if (origin == 0 && w == "aus" && aux != 0 && k > aux && std::string_view(tok(p).lower) == "berichtet" &&
             k + 1 < to && tc_.capitalized(k + 1))
      origin = k;
    else if (report == 0 && one_of(w, {"im", "in"})) {
      std::uint32_t n = k + 1;  // (over lower-case words: "In ersten Berichten")
      while (n < to && n < k + 4 && tc_.word(n) && !tok(n).upper) ++n;
      if (n < to && tc_.word(n) && tok(n).upper &&
          (in_list(tok(n).lower, kPublished) || in_list(tok(n).lower, kInformation) || in_list(tok(n).lower, kDocuments)))
        report = k;
    }
  }
  if (aux == 0 || aux > s.first + 12) return false;
  // A subordinate clause ending in the participle ("…, weil er kritisiert
  // wurde") has its auxiliary last; the main clause is elsewhere.
  if (aux > p && !opens) return false;
  Attribution a;
  std::int32_t inherit = -1;
  if (agent != 0) {
    // "Von der Opposition wurde … kritisiert": the agent may open the sentence.
    Range np = phrase_from(agent + 1, agent < aux ? aux : to);
    // ("Genannt wurden von ihr Tirol, …": the pronoun alone.)
    if (!np.empty() && np.first == agent + 1 && one_of(tok(agent + 1).lower, {"ihr", "ihm", "ihnen"})) np.last = np.first + 1;
    if (np.empty() || !(names_speaker(np) || tok(head_of(np).last > np.first ? head_of(np).last - 1 : np.first).upper)) return false;
    a.speaker = resolve(np);
  } else if (origin != 0) {
    std::uint32_t e = origin + 1;  // (places joined by "und": "aus Bonn und dem Rhein-Sieg-Kreis")
    while (e < to && (tc_.capitalized(e) || determiner(e) ||
                      (tc_.word(e) && std::string_view(tok(e).lower) == "und" && e + 1 < to && (tc_.capitalized(e + 1) || determiner(e + 1)))))
      ++e;
    a.speaker = resolve({origin, e});
  } else if (report != 0) {
    const Range np = phrase_from(report + 1, report < aux ? aux : to);
    if (np.empty()) return false;
    a.speaker = resolve(np);
  } else if (!doc_.quotes.empty() && carry_.chain >= 0 && carry_.last_reported_sentence + 1 == si &&
             doc_.quotes[carry_.chain].has_speaker) {
    // No agent: right after reported speech, whose speaker goes on.
    inherit = carry_.chain;
  } else {
    // Else "Von Versuchen, … zu vernichten, wird gesprochen", and a fronted
    // "als" phrase that names what was said ("Als Ursache wurde ein
    // Computerproblem angegeben", not the definition "Als Taifun werden …
    // bezeichnet"); the speaker of reported speech a little before goes on.
    const bool als = tc_.word(s.first) && std::string_view(tok(s.first).lower) == "als" &&
                     one_of(tok(p).lower, {"angegeben", "genannt", "vermutet"});
    if (!von_topic && !als) return false;
    if (!doc_.quotes.empty() && carry_.chain >= 0 && carry_.last_reported_sentence + 3 >= si &&
        doc_.sentences[carry_.last_reported_sentence].paragraph == s.paragraph && doc_.quotes[carry_.chain].has_speaker)
      inherit = carry_.chain;
  }
  add_reported({s.first, s.last}, a, inherit, true);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

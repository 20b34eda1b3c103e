// Rule en-clause-then-cue (core/attribution/registry.cpp): "…, officials said.", "…, said Bash.": the clause before the cue.
#include "attributor.h"

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "…, officials said.", "…, said Bash.", "…, he said."
bool Attributor::en_clause_then_cue(std::uint32_t si) {
  static const WordSet kTellingVerbs(word_list("en/telling-verbs"));
  const Sentence& s = doc_.sentences[si];
  for (std::uint32_t i = s.first + 3; i < s.last; ++i) {
    if (!punct(i - 1, ",") || in_pair_[i] >= 0) continue;
    Attribution a;
    Range speaker;
    if (tc_.speech_verb(i)) {
      // An English gerund ("…, observing the rescue", "…, saying that")
      // leads to what follows, never back to the clause before it.
      if (ends_with(tok(i).lower, "ing")) continue;
      // "… remotely controlled computers, called bot nets, used by …": a naming participle, no frame.
      if (naming_verb_en(i)) continue;
      a = cue_at(i, s.last);
      if (a.cue.empty()) continue;
      // '"…," Roy Asher, chief investment officer of X, told Reuters.': after a verb of telling stands
      // who was told, never the speaker ("asked" is a question's cue: '"Why?" asked Smith').
      if (in_list(tok(i).lower, kTellingVerbs) && tok(i).lower != "asked") continue;
      speaker = phrase_from(a.cue.last, s.last);
      // '"…," the headteacher, Sarah Jones, said, "…"': an English verb
      // with no subject after it closes a frame whose speaker came first.
      if (speaker.empty()) continue;
    } else {
      // "…, officials said." / "…, he said."
      // ("…, the Deutsche Welle radio station reported.": nouns in lower case after a name go on the phrase.)
      Range np = phrase_from(i, s.last);
      const std::uint32_t read = np.last;
      if (!np.empty() && np.last < s.last && !tc_.speech_verb(np.last)) np = with_nouns(np);
      if (np.empty() || np.last >= s.last) continue;
      // ("…, the Financial Times has reported.", "…, officials have said.": a perfect closing the sentence.)
      std::uint32_t verb = np.last;
      if (verb + 2 < s.last + 1 && verb + 1 < s.last && tc_.word(verb) && one_of(tok(verb).lower, {"has", "have", "had"}) &&
          tc_.speech_verb(verb + 1) && ends_with(tok(verb + 1).lower, "ed") &&
          (verb + 2 == s.last || clause_punct(verb + 2)))
        ++verb;
      // (Nor a gerund after the nouns: "…, said Greg Abbott, Texas attorney general announcing the legal action.")
      if (!tc_.speech_verb(verb) || (verb > read && ends_with(tok(verb).lower, "ing"))) continue;
      // ("…, a daily 40 minute podcast called The Daily Source Code": a naming participle.)
      if (naming_verb_en(verb)) continue;
      a.cue = {verb, verb + 1};
      speaker = np;
    }
    const Range body{s.first, i - 1};
    // Skip a headline-style lead-in or a leading quotation that stands alone.
    if (body.empty()) continue;
    // "On Wednesday, as part of his campaign, Erdoğan pledged to …",
    // "When interviewed by the BBC, Day said: …": a cue that goes on into a
    // clause of its own is preceded by an adverbial, not by what was said.
    if (ends_own_clause(a.cue.last, s.last)) continue;
    // "Speaking to Reuters, Smith said …": a short lead-in opening with a gerund said nothing.
    if (i - s.first <= 9 && ends_with(tok(s.first).lower, "ing") && tok(s.first).upper) continue;
    a.speaker = resolve(speaker);
    // "The ministers' comments, said Junya Tanase, were too weak": a body with no verb is the subject of
    // what follows the speaker's comma, and that is what was said (as with "Day, they said, desired …").
    // (The rest opens with its verb: not "…, says the study, and melts the ice"; no naming participle:
    // "The invention, called a smooth coating, involves …".)
    // (Also with the cue after the speaker: "A series of recent shocks, the Colorado centre has argued, have
    // demonstrated …".)
    const std::uint32_t close = a.cue.first >= speaker.last ? a.cue.last : speaker.last;
    if (close + 2 < s.last && punct(close, ",") && in_pair_[close + 1] < 0 &&
        (tok(close + 1).pos == Upos::VERB || tok(close + 1).pos == Upos::AUX) && !naming_verb_en(a.cue.first)) {
      bool verb = false;
      for (std::uint32_t m = body.first; m < body.last; ++m)
        if (tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX || in_pair_[m] >= 0) verb = true;
      // ("From Israel, Secretary of State Mike Pompeo spoke, defending …": a phrase opening with a preposition is
      // where or when, nothing said.)
      if (!verb && close == a.cue.last && close != speaker.last && tc_.preposition(body.first)) continue;
      if (!verb && tok(body.first).pos != Upos::none) {
        // (With the cue after the speaker the subject before it is said too, a quote in two pieces: "One
        // possible reason …, Ms Diemont says, is the fact that …".)
        if (close == a.cue.last && close != speaker.last)
          add_reported(body, a, -1, false, false, {close + 1, s.last});
        else
          add_reported({close + 1, s.last}, a);
        return true;
      }
    }
    add_reported(body, a);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

// Rule de-speech-act-relative (core/attribution/registry.cpp): "Lammert würdigte die Bundeswehr als ein Kind des Kalten Krieges, das half, …", "Byrs forderte einen Seekorridor, um Hilfe ins Land zu bringen": a speech act whose object goes on in a relative or purpose clause.
#include "attributor.h"

#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "UNICEF schätzt die Zahl der Kinder, die missbraucht werden, auf 150
// Millionen.", "Elizabeth Byrs forderte einen Luft- und Seekorridor, um
// Hilfe ins Land zu bringen.": the first comma of a sentence whose finite
// verb is a speech act (rule de-speech-act) opens a relative clause (a
// relative pronoun, maybe after a preposition, then a word that opens no
// noun phrase: not "…, die Regierung habe …", "…, die meisten Staaten …")
// or a purpose ("um … zu"). That clause says nothing of what was said; the
// whole sentence reports the speech act, as de-speech-act makes it. It runs
// before de-cue-then-clause, which would quote the clause after the comma.
bool Attributor::de_speech_act_relative(std::uint32_t si) {
  static const WordSet kRelative(word_list("de/relative-pronouns"));
  const Sentence& s = doc_.sentences[si];
  std::uint32_t c = s.first;
  for (; c < s.last && !punct(c, ","); ++c)
    if (in_pair_[c] >= 0 || punct(c, ":") || punct(c, ";")) return false;
  // ("Elon Musk, der Milliardär hinter der Firma, kündigte …": the subject's
  // apposition, an article and a noun between two commas with the verb
  // after them, is stepped over.)
  if (c + 2 < s.last && tc_.word(c + 1) && determiner(c + 1) && tc_.capitalized(c + 2)) {
    std::uint32_t close = c + 2;
    while (close < s.last && close < c + 15 && !clause_punct(close) && in_pair_[close] < 0) ++close;
    if (close + 1 < s.last && punct(close, ",") && tc_.word(close + 1) && !tok(close + 1).upper) {
      c = close + 1;
      for (; c < s.last && !punct(c, ","); ++c)
        if (in_pair_[c] >= 0 || punct(c, ":") || punct(c, ";")) return false;
    }
  }
  if (c < s.first + 3 || c + 3 >= s.last || !tc_.word(c + 1)) return false;
  // ("…, dass …" anywhere, or a quotation: what was said is there.)
  for (std::uint32_t k = c + 1; k < s.last; ++k)
    if (in_pair_[k] >= 0 || (tc_.word(k) && std::string_view(tok(k).lower) == "dass")) return false;
  // The clause: up to the next comma or the sentence's end.
  std::uint32_t end = c + 1;
  while (end < s.last && !clause_punct(end)) ++end;
  std::uint32_t k = c + 1;
  const std::string_view w = tok(k).lower;
  bool clause = w == "um";
  if (!clause) {
    const bool prep = tc_.preposition(k) && k + 1 < s.last && tc_.word(k + 1) && in_list(tok(k + 1).lower, kRelative);
    if (prep) ++k;
    if (!in_list(tok(k).lower, kRelative) || tok(k).upper || k + 2 >= s.last || !tc_.word(k + 1)) return false;
    const std::uint32_t n = k + 1;
    // (A lower-case word that opens a noun phrase, "die meisten Staaten", "die
    // beiden Länder", "für die afghanischen Truppen", makes the pronoun an article.)
    clause = !tok(n).upper && !(adjective_ending(n) && (prep || tc_.capitalized(n + 1)));
    // (Nor "…, der Klage stattzugeben", "…, spioniert zu haben": a zu-infinitive
    // that says what was asked or alleged.)
    static const auto kParticles = word_list("de/separable-particles");
    const std::string_view last = tok(end - 1).lower;
    if (clause && end - 1 > k && tc_.word(end - 1)) {
      bool zu = tc_.word(end - 2) && std::string_view(tok(end - 2).lower) == "zu";
      for (std::string_view p : kParticles)
        zu = zu || (last.size() > p.size() + 4 && last.substr(0, p.size()) == p && last.substr(p.size(), 2) == "zu");
      if (zu) return false;
    }
  }
  // (The Konjunktiv after the comma reports what was said: "…, das den
  // Piloten zur Rückkehr bewogen hätte" goes to de-cue-then-clause; so does
  // a speech verb of its own, "…, in der ihr vorgeworfen wird, sie habe …".)
  if (!clause || has_konjunktiv({c + 1, s.last}, false)) return false;
  for (std::uint32_t j = c + 1; j < s.last; ++j)
    if (tc_.speech_verb(j) || tc_.separable_speech_verb(j)) return false;
  // ("Elon Musk kündigte einen Pick-up-Truck an, der in den nächsten 18 bis
  // 24 Monaten vorgestellt werden soll": what was announced goes on in the
  // clause; the corpus marks the sentence, as for any speech act.)
  act_with_relative_ = true;
  const bool made = de_speech_act(si);
  act_with_relative_ = false;
  return made;
}

}  // namespace attribution
}  // namespace newsmark

// Rule de-speech-act-clause (core/attribution/registry.cpp): "…, die Polizei spricht von 4.000 Teilnehmern", "Während die Zeitung von 100.000 Demonstranten sprach, …": one clause of a sentence reports a speech act.
#include "attributor.h"

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "…, der darin einen Eingriff in die Pressefreiheit sah.", "…, in der Hu
// die Vergabe als Menschenrechtskatastrophe bezeichnete, …", "…, in dem er
// Unzufriedenheit als Motiv angab.": a relative clause (not the sentence's
// first) that ends in a verb of judgement with what it judged ("als",
// "darin"): its subject, the relative pronoun or the phrase after a
// preposition and the pronoun, speaks; empty otherwise.
Range Attributor::judging_clause(std::uint32_t v, const Sentence& s) const {
  static const WordSet kRelative(word_list("de/relative-pronouns"));
  const std::string_view w = tok(v).lower;
  const bool names = one_of(w, {"bezeichnete", "bezeichneten", "bezeichnet", "nannte", "nannten", "nennt", "angab",
                                "angaben", "angibt", "wertete", "werteten", "wertet"});
  const bool sees = one_of(w, {"sah", "sahen", "sieht", "ansah", "ansahen", "ansieht"});
  if (!names && !sees) return {};
  if (v + 1 >= s.last || !(clause_punct(v + 1) && in_pair_[v + 1] < 0)) return {};  // (the verb ends the clause)
  std::uint32_t open = v;
  while (open > s.first && !(in_pair_[open - 1] < 0 && clause_punct(open - 1))) --open;
  if (open == s.first || !punct(open - 1, ",") || open + 2 >= v) return {};
  bool what = false;  // "als …", "darin"
  for (std::uint32_t k = open; k < v; ++k) {
    if (in_pair_[k] >= 0) return {};  // (a quotation: direct speech, framed elsewhere)
    if (!tc_.word(k)) continue;
    const std::string_view t = tok(k).lower;
    if (t == "sich") return {};  // ("das sich selbst … nennt")
    what = what || t == "als" || (sees && t == "darin");
  }
  if (!what || !tc_.word(open)) return {};
  if (in_list(tok(open).lower, kRelative) && one_of(tok(open).lower, {"der", "die", "welcher", "welche"}))
    return {open, open + 1};  // ("das" is no speaker: "ein Kommentar, der …" is)
  if (tc_.preposition(open) && in_list(tok(open + 1).lower, kRelative)) {
    const Range r = phrase_from(open + 2, v);
    // (A name the actor stage does not know, "Hu", or a noun: "in der Forscher …".)
    if (!r.empty() && r.first == open + 2 &&
        (names_speaker(r) || tc_.capitalized(r.first) || one_of(tok(r.first).lower, {"er", "sie"})))
      return r;
  }
  return {};
}

// "Die Veranstalter zählten 10.000 Menschen, die Polizei spricht von 4.000
// Teilnehmern.", "Während die Bangkok Post von 100.000 Demonstranten
// sprach, …", "…, sprach die Nachrichtenagentur Reuters von 50.000
// Menschen": a clause (between commas) whose verb is "sprechen von" or
// "berichten von" reports what its subject said, as the whole sentence
// does in rule de-speech-act. The clause is the quote; its subject, before
// the verb, right after it, or after the subordinator of a clause with the
// verb last, speaks.
bool Attributor::de_speech_act_clause(std::uint32_t si) {
  static const WordSet kRelative(word_list("de/relative-pronouns"));
  static const WordSet kVerbLast(word_list("de/verb-last-conjunctions"));
  static const WordSet kInstitutions(word_list("orgs/institution-words"));
  // A phrase that names a speaker, or an institution ("die Polizei").
  const auto speaks = [&](Range r) {
    if (r.empty()) return false;
    if (names_speaker(r)) return true;
    for (std::uint32_t k = r.first; k < r.last; ++k)
      if (tc_.word(k) && in_list(tok(k).lower, kInstitutions)) return true;
    return false;
  };
  const Sentence& s = doc_.sentences[si];
  // A quotation that says something is direct speech, framed elsewhere.
  for (std::uint32_t k = s.first; k < s.last; ++k)
    if (in_pair_[k] >= 0 && doc_.quote_pairs[in_pair_[k]].open == k && speech_like(doc_.quote_pairs[in_pair_[k]]) &&
        !quoted_name(doc_.quote_pairs[in_pair_[k]]))
      return false;
  bool made = false;
  for (std::uint32_t v = s.first + 1; v < s.last; ++v) {
    if (in_pair_[v] >= 0 || !tc_.word(v) || tok(v).upper) continue;
    if (const Range judged = judging_clause(v, s); !judged.empty()) {
      Attribution a;
      a.speaker = resolve(judged);
      if (!a.speaker.found()) continue;
      std::uint32_t first = v;
      while (first > s.first && !(in_pair_[first - 1] < 0 && clause_punct(first - 1))) --first;
      const std::size_t before = doc_.quotes.size();
      add_reported({first, v + 1}, a, -1, true);
      made = made || doc_.quotes.size() > before;
      continue;
    }
    if (!one_of(tok(v).lower, {"spricht", "sprach", "sprachen", "sprechen", "berichtet", "berichtete", "berichteten",
                               "berichten"}))
      continue;
    // The clause around the verb: from the clause punctuation before it
    // to the one after it.
    std::uint32_t first = v, last = v + 1;
    while (first > s.first && !(in_pair_[first - 1] < 0 && clause_punct(first - 1))) --first;
    while (last < s.last && !(in_pair_[last] < 0 && clause_punct(last))) ++last;
    // ("Stoiber sprach sich für … aus": no speech act.)
    bool von_after = false, von_before = false, sich = false;
    for (std::uint32_t k = first; k < last; ++k) {
      if (!tc_.word(k)) continue;
      sich = sich || std::string_view(tok(k).lower) == "sich";
      if (one_of(tok(k).lower, {"von", "vom"})) (k > v ? von_after : von_before) = true;
    }
    if (sich) continue;
    // A clause opened by "und"/"aber" goes on with its own subject or the sentence's.
    std::uint32_t open = first;
    if (open < v && tc_.word(open) && one_of(tok(open).lower, {"und", "aber", "doch"})) ++open;
    Range subject;
    if (von_after && open == v) {
      // "…, sprach die Nachrichtenagentur Reuters von 50.000 Menschen"
      if (first == s.first || oblique(v + 1)) continue;
      subject = before_von(phrase_from(v + 1, last));
      if (!speaks(subject)) continue;
    } else if (von_after && open < v) {
      // "…, die Polizei spricht von 4.000 Teilnehmern": the phrase before
      // the verb is the whole rest of the clause before it.
      if (first == s.first) continue;  // the whole sentence: rule de-speech-act
      if (tc_.word(open) && in_list(tok(open).lower, kVerbLast)) continue;
      subject = phrase_from(open, v);
      if (subject.empty() || subject.first != open || subject.last != v || !speaks(subject)) continue;
    } else if (von_before && v + 1 == last) {
      // "Während die Bangkok Post von 100.000 Demonstranten sprach", "…, die
      // von Erschütterungen sprachen": the verb ends a subordinate clause.
      if (!tc_.word(open) || open + 1 >= v) continue;
      if (in_list(tok(open).lower, kRelative) && first > s.first) {
        subject = {open, open + 1};
      } else if (in_list(tok(open).lower, kVerbLast) && !one_of(tok(open).lower, {"wie", "dass", "ob", "als"})) {
        subject = before_von(phrase_from(open + 1, v));
        if (subject.empty() || subject.first != open + 1 || !speaks(subject)) continue;
      } else {
        continue;
      }
    } else {
      continue;
    }
    Attribution a;
    a.speaker = resolve(subject);
    if (!a.speaker.found()) continue;
    const std::size_t before = doc_.quotes.size();
    add_reported({first, last}, a, -1, true);
    made = made || doc_.quotes.size() > before;
    v = last;  // (each clause once; a sentence may hold two: "Während X von … sprach, sprach Y von …")
  }
  return made;
}

}  // namespace attribution
}  // namespace newsmark

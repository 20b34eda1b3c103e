// Rule en-source-led (core/attribution/registry.cpp): a sentence with "according to X": the rest is what X says.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "According to X, …", "…, according to police.": the sentence without the
// source phrase is what the source says.
bool Attributor::en_source_led(std::uint32_t si) {
  const Sentence& s = doc_.sentences[si];
  for (std::uint32_t i = s.first; i < s.last && i < s.first + 40; ++i) {
    if (!tc_.word(i) || in_pair_[i] >= 0) continue;
    if (!(std::string_view(tok(i).lower) == "according" && i + 1 < s.last && std::string_view(tok(i + 1).lower) == "to")) continue;
    if (according_to_manner_en(i)) continue;
    Range np = phrase_from(i + 2, s.last);
    // ("according to the latest survey from …", "According to In-Stat/MDR": the tagger's noun phrase, with
    // what it is from, as en-source-according-to reads it.)
    // Only opening the sentence or closing it: 'Friday was when, according to earlier event plans, millions
    // …' is no report of the plans.
    if (np.empty()) {
      np = within_clause(with_attachments(tagged_np_after_en(i + 2, s.last)));
      const bool closes = np.last + 1 >= s.last && (np.last == s.last || clause_punct(np.last));
      if (!np.empty() && i != first_word(s) && !closes) np = {};
    }
    if (np.empty()) continue;
    Attribution a;
    a.cue = {i, i + 2};
    a.speaker = resolve(np);
    // (The speaker phrase may reach further: "data | from the Weather Service".)
    std::uint32_t np_end = std::max(np.last, a.speaker.phrase.last);
    // "According to reports from the ministry of internal affairs on Friday, 200 people …": opening the
    // sentence, the source runs to its comma (no verb before it).
    bool to_comma = false;
    if (i == first_word(s) && np_end < s.last && !punct(np_end, ",")) {
      for (std::uint32_t m = np_end; m < s.last && m < np_end + 16; ++m) {
        if (in_pair_[m] >= 0 || tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX || (clause_punct(m) && !punct(m, ",")))
          break;
        if (punct(m, ",")) {
          np_end = m;
          to_comma = true;
          break;
        }
      }
    }
    // ("According to police in Frisco, Texas, Zhukovskyy …": a place's state or country after its comma.)
    if (to_comma && np_end + 2 < s.last) {
      const std::int32_t place = mention_at(doc_, np_end + 1);
      if (place >= 0 && doc_.mentions[place].first == np_end + 1 &&
          doc_.actors[doc_.mentions[place].actor].type == ActorType::location &&
          doc_.mentions[place].last + 1 < s.last && punct(doc_.mentions[place].last, ","))
        np_end = doc_.mentions[place].last;
    }
    // ("According to Standard & Poor's, which has recently upgraded the rating, the rise …": a relative clause
    // set off by commas goes with the source.)
    if (i == first_word(s) && np_end + 2 < s.last && punct(np_end, ",") && tc_.word(np_end + 1) &&
        one_of(tok(np_end + 1).lower, {"which", "who"})) {
      for (std::uint32_t m = np_end + 2; m + 1 < s.last && m < np_end + 24 && in_pair_[m] < 0; ++m)
        if (punct(m, ",")) {
          np_end = m;
          to_comma = true;
          break;
        }
    }
    // "According to a post by Amy Cook, director of the event, the tusk …":
    // an apposition set off by commas (no verb in it) is no part of what was said.
    // (So is the title of a work after its noun: "According to a new book, Brown's Britain, Mr Blair …"; not
    // "According to analysts' forecasts, HSBC, the biggest UK bank, will …".)
    const bool titled = tc_.word(np_end - 1) && one_of(tok(np_end - 1).lower, {"book", "report", "study", "film", "album",
                                                                                "survey", "documentary", "biography",
                                                                                "memoir", "article", "paper"});
    if (!to_comma && np_end + 2 < s.last && punct(np_end, ",") && tc_.word(np_end + 1) &&
        (!tok(np_end + 1).upper || determiner(np_end + 1) || titled) && tok(np_end + 1).pos != Upos::none) {
      for (std::uint32_t m = np_end + 1; m < s.last && m < np_end + 12; ++m) {
        if (in_pair_[m] >= 0 || tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX) break;
        if (punct(m, ",")) {
          np_end = m;
          break;
        }
      }
    }
    Range after{np_end, s.last};
    // "…, according to police." ends a clause: what stands before it was said.
    if (i > s.first && punct(i - 1, ",")) after = {};
    add_reported({s.first, i}, a, -1, false, false, after);
    // "…, according to police, who said officers arrived minutes later": the
    // relative clause reports what the source said, a quote of its own.
    const std::uint32_t rel = np_end + 1;
    if (after.empty() && rel + 2 < s.last && punct(np_end, ",") && tc_.word(rel) &&
        one_of(tok(rel).lower, {"who", "which"})) {
      Attribution b = cue_at(rel + 1, s.last);
      if (!b.cue.empty() && b.cue.first == rel + 1) {
        std::uint32_t clause = std::max(b.cue.last, b.cue2.last);
        if (clause < s.last && tok(clause).lower == "that") ++clause;
        if (clause < s.last && in_pair_[clause] < 0 && tc_.word(clause)) {
          b.speaker = resolve({rel, rel + 1});
          if (!b.speaker.found()) b.speaker.phrase = {rel, rel + 1};
          if (b.speaker.actor < 0) b.speaker.actor = a.speaker.actor;
          add_reported({clause, s.last}, b);
        }
      }
    }
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

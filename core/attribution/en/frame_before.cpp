// Rule en-direct-frame-before (core/attribution/registry.cpp): He said "…" / Kim said: "…": the frame before the quotation.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// He said "…"   Kim said: "…"   Kim: "…"
// A short quoted name ("The Guardian") is no speech even with a verb before it.
Attribution Attributor::en_frame_before(const QuotePair& pair) const {
  Attribution a;
  if (!(pair.close - pair.open > 5 || speech_like(pair))) return a;
  const Sentence& s = sentence_of(pair.open);
  const std::uint32_t start = frame_start(pair, s);
  for (std::uint32_t k = pair.open; k > start; --k) {
    const std::uint32_t i = k - 1;
    Attribution c = cue_at(i, tc_.separable_speech_verb(i) ? s.last : pair.open);
    if (c.cue.empty()) continue;
    // 'praised by police for "…"': in the passive the agent after "by" speaks.
    if (c.cue.last + 1 < pair.open && tc_.word(c.cue.last) && tok(c.cue.last).lower == "by" &&
        ends_with(tok(i).lower, "ed") && !one_of(tok(i).lower, {"reported", "quoted", "cited", "interviewed", "asked"})) {
      c.speaker = resolve(phrase_from(c.cue.last + 1, pair.open));
      if (c.speaker.found()) return c;
    }
    // 'was declared a "global emergency" by the agency': in the passive the
    // subject is spoken about; the agent after the quotation speaks, if any.
    const std::uint32_t be = i > s.first && tok(i - 1).pos == Upos::ADV && i - 1 > s.first ? i - 2 : i - 1;
    if (ends_with(tok(i).lower, "ed") && be >= s.first && be < i && tc_.word(be) &&
        one_of(tok(be).lower, {"was", "were", "is", "are", "been", "be", "being"})) {
      const std::uint32_t by = pair.close + 1;
      if (by + 1 < s.last && tc_.word(by) && tok(by).lower == "by") c.speaker = resolve(phrase_from(by + 1, s.last));
      return c;
    }
    // 'They released a statement which said, "…"': the text the relative
    // pronoun stands for speaks.
    if (i > s.first + 2 && tc_.word(i - 1) && one_of(tok(i - 1).lower, {"which", "that"}) &&
        tok(i - 2).pos == Upos::NOUN) {
      const Range np = tagged_np_before(i - 1, s.first);
      if (!np.empty()) {
        c.speaker = resolve(np);
        if (c.speaker.found()) return c;
      }
    }
    // '"…," she said, asking Cengiz to be "…"': a gerund after the frame of
    // another quotation goes on with that frame's speaker.
    if (i > s.first + 2 && punct(i - 1, ",") && ends_with(tok(i).lower, "ing")) {
      const std::uint32_t v = i - 2;
      if (in_pair_[v] < 0 && tc_.speech_verb(v) && !ends_with(tok(v).lower, "ing")) {
        Range who = tc_.pronoun(v - 1) ? Range{v - 1, v} : tagged_np_before(v, s.first);
        if (who.empty()) who = phrase_from(v + 1, i - 1);
        if (!who.empty()) {
          c.speaker = resolve(who);
          if (c.speaker.found()) return c;
        }
      }
    }
    c.speaker = resolve(speaker_of_verb(i, s));
    // 'But an FA spokesman told BBC Sport: "…"': after a verb of telling stands who was told, never the
    // speaker; the subject is before it, also after "But" (or a pronoun, or the noun phrase right before).
    static const WordSet kTellingVerbs(word_list("en/telling-verbs"));
    const bool telling = in_list(tok(i).lower, kTellingVerbs) && tok(i).lower != "asked";
    if (telling && c.speaker.found() && c.speaker.phrase.first >= c.cue.last) c.speaker = SpeakerFound{};
    // A name right before the verb is its subject: "Kenteris' lawyer Gregory Ioannidis told", not Kenteris
    // or the phrase cut before the name. (Not a name after a preposition, "George Kimbrell of the Center
    // for Food Safety said", nor past a person found already.)
    // (Past auxiliaries and a short adverb: "Mr Blair is saying:", "Wenger has also said:".)
    std::uint32_t verb = i;
    while (verb > s.first + 1 && i - verb < 3 && in_pair_[verb - 1] < 0 &&
           (tok(verb - 1).pos == Upos::AUX ||
            (tok(verb - 1).pos == Upos::ADV && tc_.word(verb - 1) && !ends_with(tok(verb - 1).lower, "ly"))))
      --verb;
    const std::int32_t name = verb > s.first && in_pair_[verb - 1] < 0 ? mention_at(doc_, verb - 1) : -1;
    const std::uint32_t name_first = name >= 0 ? doc_.mentions[name].first : 0;
    const bool after_preposition =
        name >= 0 && name_first > s.first &&
        (tok(name_first - 1).pos == Upos::ADP ||
         (name_first > s.first + 1 && determiner(name_first - 1) && tok(name_first - 2).pos == Upos::ADP));
    const bool person_found = c.speaker.found() && c.speaker.actor >= 0 &&
                              doc_.actors[c.speaker.actor].type == ActorType::person;
    // (A place replaces nothing found: not "Amnesty International … the UK has …".)
    const bool place = name >= 0 && doc_.actors[doc_.mentions[name].actor].type == ActorType::location;
    if (name >= 0 && doc_.mentions[name].last == verb && !after_preposition && !person_found &&
        !(place && c.speaker.found()) &&
        (!c.speaker.found() || c.speaker.actor != doc_.mentions[name].actor) &&
        (!c.speaker.found() || c.speaker.phrase.last <= i)) {
      const SpeakerFound named = resolve({doc_.mentions[name].first, verb});
      if (named.found()) c.speaker = named;
    }
    // 'Jo Anne Van Tilburg of the University of California, Los Angeles disagreed: "…"': a place right
    // after a comma closes the name before it; the subject opens the sentence.
    if (c.speaker.found() && c.speaker.actor >= 0 && doc_.actors[c.speaker.actor].type == ActorType::location &&
        c.speaker.phrase.first > s.first + 1 && punct(c.speaker.phrase.first - 1, ",")) {
      const SpeakerFound before = resolve(speaker_of_verb(c.speaker.phrase.first - 1, s));
      if (before.found() && before.actor >= 0 && doc_.actors[before.actor].type == ActorType::person) c.speaker = before;
    }
    if (!c.speaker.found() && telling) {
      const Range opened = subject_after_opener(i, s);
      const Range before = !opened.empty() ? opened : tagged_np_before(i, s.first);
      if (!before.empty()) c.speaker = resolve(before);
    }
    if (!c.speaker.found() && !telling) c.speaker = resolve(phrase_from(c.cue.last, pair.open));
    // 'But a Conservative spokeswoman said: "…"', 'As Paul Flynn said: "…"': the subject after an
    // opening conjunction, or the tagged noun phrase right before the cue.
    // (The noun phrase must open the clause: not the object of a verb before it, "warned against
    // complacency, saying: …".)
    if (!c.speaker.found() && !telling) {
      Range before = subject_after_opener(i, s);
      if (before.empty()) {
        const Range np = tagged_np_before(i, s.first);
        const std::uint32_t lead = first_word(s);
        if (!np.empty() && (np.first == lead || (np.first == lead + 1 && tc_.word(lead) && tok(lead).lower == "as")))
          before = np;
      }
      if (!before.empty()) c.speaker = resolve(before);
    }
    // 'Trump, also on Twitter, defended his decision, "…"': the subject
    // stands before the parenthetical.
    // ('Bell, who featured in the England A side which beat France 30-20 10 days ago, added: "…"': a relative
    // clause may be longer; 'Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:' has
    // no comma before: the subject closed by the comma.)
    if (!c.speaker.found() && i > s.first + 2 && punct(i - 1, ",")) {
      bool comma = false;
      for (std::uint32_t p = i - 2; p > s.first && i - p < 30 && in_pair_[p] < 0; --p)
        if (punct(p, ",")) {
          comma = true;
          const bool relative = p + 1 < i && tc_.word(p + 1) && one_of(tok(p + 1).lower, {"who", "which"});
          if (i - p >= 12 && !relative) break;
          Range np = tagged_np_before(p, s.first);
          // (Or the phrase that opens the sentence up to the comma: "Bell, who …", with 'Bell' tagged a verb.)
          if (np.empty()) {
            const Range opening = phrase_from(first_word(s), p);
            if (!opening.empty() && opening.first == first_word(s) && opening.last == p) np = opening;
          }
          if (!np.empty()) c.speaker = resolve(np);
          break;
        }
      if (!comma) {
        // (Only a noun phrase that opens the sentence: not "He warned against complacency, saying: …".)
        const Range np = tagged_np_before(i - 1, s.first);
        if (!np.empty() && np.first == first_word(s)) c.speaker = resolve(np);
      }
    }
    // 'On the radio he said, "…"': a pronoun right before the cue.
    if (!c.speaker.found() && i > s.first && tc_.pronoun(i - 1) && tok(i - 1).pos == Upos::PRON)
      c.speaker = resolve({i - 1, i});
    // 'Reacting to a comment by …, the American said: "…"', 'the 34-year-old added:': a description by age or
    // nationality right before the cue is the person the text is about before the sentence.
    for (std::uint32_t d = i > s.first + 6 ? i - 6 : s.first; !c.speaker.found() && d + 1 < i; ++d) {
      const Range description = person_description_en(d, i + 1);
      // (The person named before the sentence: not "a comment by Tim Phillips".)
      if (!description.empty() && description.last == i) c.speaker = described_speaker_en(description, s.first);
    }
    // 'The firm will cut jobs after reporting "weak" sales': a gerund after
    // "after", "before", "while" … goes with the subject of the sentence.
    const bool gerund_after = ends_with(tok(i).lower, "ing") && i > s.first && tc_.word(i - 1) &&
                              one_of(tok(i - 1).lower, {"after", "before", "while", "when", "since", "by"});
    // A subject that runs into the "after" has swallowed the sentence's verb, which the tagger
    // took for a noun ('The carmaker cut jobs | after reporting'): the verb is the word before a
    // plural object, else the last word.
    if (gerund_after && c.speaker.found() && c.speaker.phrase.last + 1 == i &&
        c.speaker.phrase.last > c.speaker.phrase.first + 2 && tok(c.speaker.phrase.first).pos == Upos::DET) {
      Range np = c.speaker.phrase;
      const bool object = np.last > np.first + 3 && ends_with(tok(np.last - 1).lower, "s") &&
                          tok(np.last - 1).pos == Upos::NOUN && tok(np.last - 2).pos == Upos::NOUN;
      np.last -= object ? 2 : 1;
      SpeakerFound trimmed = resolve(np);
      if (trimmed.found()) {
        trimmed.phrase = np;  // (resolving would take the nouns after it back in)
        c.speaker = trimmed;
      }
    }
    if (!c.speaker.found() && gerund_after) {
      for (std::uint32_t w = first_word(s); w < i && w < first_word(s) + 12; ++w) {
        const Range np = phrase_from(w, i);
        if (np.empty()) continue;
        c.speaker = resolve(np);
        if (c.speaker.found()) break;
        w = std::max(w, np.last - 1);
      }
    }
    return c;
  }
  if (pair.open > 0 && punct(pair.open - 1, ":")) {
    // 'Said Williams: "…"', 'Added the coach:': the cue opens its sentence (capitalised, so no cue to
    // cue_at) and the speaker stands between it and the colon. A past or third-person form only ('Note
    // the word: "…"' is no frame), and not the name "Said" of a person ('Said Ahmed:' is a mention).
    const std::uint32_t lead = skip_particles(start, pair.open - 1);
    if (lead + 2 < pair.open && tc_.capitalized(lead) && tc_.speech_verb_any_case(lead) &&
        (ends_with(tok(lead).lower, "ed") || ends_with(tok(lead).lower, "s") || tok(lead).lower == "said") &&
        mention_at(doc_, lead) < 0 &&
        (tok(lead + 1).upper || determiner(lead + 1))) {
      const Range who = phrase_from(lead + 1, pair.open - 1);
      if (!who.empty() && who.first == lead + 1) {
        Attribution c;
        c.cue = {lead, lead + 1};
        c.speaker = resolve(who);
        if (c.speaker.found()) return c;
      }
    }
    // ('- Brentford boss Martin Allen: "…"': past a list's dash or bullet too.)
    const Range np = phrase_from(skip_particles(start, pair.open - 1), pair.open - 1);
    // "Image caption: \"…\"", "Photo by John Smith: \"…\"": a credit or caption label speaks not.
    static const WordSet kLabels(word_list("en/credit-labels"));
    for (std::uint32_t k = start; k + 1 < pair.open; ++k)
      if (tc_.word(k) && in_list(tok(k).lower, kLabels)) return a;
    if (!np.empty()) {
      a.speaker = resolve(np);
      return a;
    }
  }
  if (const Sentence* prev = colon_sentence_before(pair, s)) {
    const Attribution c = first_cue_in(*prev);
    if (!c.cue.empty()) return c;
  }
  return a;
}

}  // namespace attribution
}  // namespace newsmark

// Rule en-direct-frame-after (core/attribution/registry.cpp): "…," said Bash. / "…," Bash said.: the frame after the quotation.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "…," said Bash.  "…," Bash said.  "…" tweeted Mayor Sadiq Khan.
Attribution Attributor::en_frame_after(const QuotePair& pair) const {
  Attribution a;
  std::uint32_t k = pair.close + 1;
  if (k >= n_ || tok(k).newlines_before > 0) return a;
  const bool comma_after = punct(k, ",");
  const bool comma_inside = ends_before_frame(pair);
  // '"I am in awe of the people …" tweeted Mayor Sadiq Khan': a verb right
  // after the closing mark, the comma left out.
  const bool verb_right_after = tc_.speech_verb(k) && word_count_at_least({pair.open + 1, pair.close}, 4);
  if (!comma_after && !comma_inside && !verb_right_after) {
    // '"We are ready for the match now" she said.', '"We will win." he added.', '"…" a spokeswoman for
    // Lloyds said.': no comma (or a full stop inside), then a subject and its verb of saying that close the
    // sentence (a time after them at most: 'on Monday').
    // (A quoted sentence, capitalised, not a phrase: '"campaign of illegal …" tax claims' is none; the cue a
    // verb by the tagger.)
    if (!word_count_at_least({pair.open + 1, pair.close}, 4) || !tc_.word(k) || !tc_.capitalized(pair.open + 1))
      return a;
    const std::uint32_t end = sentence_of(k).last;
    Attribution b = subject_then_cue(k, end);
    // (With the tagger, a longer description: "a spokeswoman for the bank said".)
    for (std::uint32_t v = k + 1; b.cue.empty() && v < end && v < k + 12; ++v) {
      const Upos p = tok(v - 1).pos;
      if (!(p == Upos::NOUN || p == Upos::PROPN || p == Upos::ADJ || p == Upos::DET || p == Upos::NUM ||
            (p == Upos::ADP && one_of(tok(v - 1).lower, {"of", "for", "at", "from"}))) ||
          in_pair_[v - 1] >= 0)
        break;
      if (!tc_.speech_verb(v) || (p != Upos::NOUN && p != Upos::PROPN)) continue;
      b = cue_at(v, end);
      if (!b.cue.empty()) b.speaker = resolve({k, v});
    }
    if (b.cue.empty() || !b.speaker.found() || ends_with(tok(b.cue.first).lower, "ing") ||
        (tok(b.cue.first).pos != Upos::VERB && tok(b.cue.first).pos != Upos::none))
      return a;
    std::uint32_t e = std::max(b.cue.last, b.cue2.last);
    while (e < end && tc_.word(e) && (tc_.time_word(e) || one_of(tok(e).lower, {"on", "last", "this", "later"}))) ++e;
    if (!(e == end || (e + 1 == end && tok(e).kind == TokenKind::punct))) return a;
    // (A name in capitals after a full stop opens a sentence of its own unless the verb closes it, as here.)
    return b;
  }
  if (comma_after) ++k;
  if (k >= n_ || tok(k).newlines_before > 0) return a;
  const std::uint32_t limit = sentence_of(k).last;
  if (tc_.speech_verb(k) || tc_.separable_speech_verb(k)) {
    a = cue_at(k, limit);
    if (a.cue.empty()) return a;
    Range phrase = phrase_from(a.cue.last, limit);
    // '"…", adding, "…"': the gerund frames the quote after it, not this one.
    if (ends_with(tok(k).lower, "ing") && phrase.empty()) return Attribution{};
    // '"…," said one of their lawyers, Michalis Dimitrakopoulos.': "one of" and the phrase after it.
    const std::uint32_t one = a.cue.last;
    if (phrase.empty() && one + 1 < limit && tc_.word(one) && tok(one).lower == "one") {
      const std::uint32_t end = end_over_of(one + 1, limit);
      if (end > one + 1) phrase = {one, end};
    }
    // '"…," said the 20-year-old.': the person the text is about, when the description names nobody.
    const Range description = person_description_en(a.cue.last, limit);
    if (!description.empty()) {
      // (The person the text is about before the quotation, not the latest speaker: '"…," said McEnroe.
      // Roddick was left frustrated. "…," said the American.')
      a.speaker = described_speaker_en(description, pair.open);
      return a;
    }
    a.speaker = resolve(phrase);
    // '"…," said Economic and Fiscal Policy Minister Heizo Takenaka.': a person named in the stretch after the
    // cue, when the phrase found names nobody.
    if (a.speaker.actor < 0) {
      for (std::uint32_t m = a.cue.last; m < limit && m < a.cue.last + 12; ++m) {
        if (in_pair_[m] >= 0 || (clause_punct(m) && !punct(m, "&"))) break;
        const std::int32_t name = mention_at(doc_, m);
        if (name < 0 || doc_.actors[doc_.mentions[name].actor].type != ActorType::person) continue;
        SpeakerFound named = resolve({a.cue.last, doc_.mentions[name].last});
        if (named.actor < 0) named = resolve({doc_.mentions[name].first, doc_.mentions[name].last});
        if (named.actor >= 0) a.speaker = named;
        break;
      }
    }
    return a;
  }
  Attribution b = subject_then_cue(k, limit);
  // '"bot nets", spam continued to be a problem': the verb goes on with an infinitive, no frame.
  if (!b.cue.empty() && b.cue.last + 1 < limit && tc_.word(b.cue.last) && tok(b.cue.last).lower == "to" &&
      (tok(b.cue.last + 1).pos == Upos::VERB || tok(b.cue.last + 1).pos == Upos::AUX))
    return Attribution{};
  // '"…," the 34-year-old told Norwich's website.', '"…," the American said.': a description by age or
  // nationality before the cue is the person the text is about before the quotation.
  const Range description = b.speaker.actor < 0 ? person_description_en(k, limit) : Range{};
  if (!description.empty() && description.last < limit && (b.cue.empty() || b.cue.first == description.last)) {
    Attribution d = cue_at(description.last, limit);
    if (!d.cue.empty()) {
      d.speaker = described_speaker_en(description, pair.open);
      return d;
    }
  }
  if (!b.cue.empty() || b.speaker.found()) return b;
  // '"…," Birgit Kuhlhoff, from Sal Oppenheim investment bank, told Reuters.': a name, then what it is
  // between commas (not a clause: no verb in it), then the cue.
  const std::int32_t name = mention_at(doc_, k);
  if (name >= 0 && doc_.mentions[name].first == k) {
    const std::uint32_t after_name = doc_.mentions[name].last;
    if (after_name < limit && punct(after_name, ",")) {
      for (std::uint32_t c = after_name + 2; c + 1 < limit && c < after_name + 14; ++c) {
        if (in_pair_[c] >= 0 || (clause_punct(c) && !punct(c, ",")) || tok(c).pos == Upos::VERB ||
            tok(c).pos == Upos::AUX)
          break;
        if (!punct(c, ",")) continue;
        if (!tc_.speech_verb(c + 1)) break;
        b = cue_at(c + 1, limit);
        if (b.cue.empty()) break;
        b.speaker = resolve({k, after_name});
        return b;
      }
    }
  }
  // With the tagger: a longer description before the verb ('"…,"
  // director of telecoms research Tony Lavender said'): nouns, names,
  // adjectives, articles and "of"/"for"/"at", ending in a noun or name ('"…," a statement from the company
  // said': "from" too).
  for (std::uint32_t v = k + 1; v < limit && v < k + 12; ++v) {
    const Upos p = tok(v - 1).pos;
    const bool np_word = p == Upos::NOUN || p == Upos::PROPN || p == Upos::ADJ || p == Upos::DET || p == Upos::NUM ||
                         (p == Upos::ADP && one_of(tok(v - 1).lower, {"of", "for", "at", "from"}));
    if (!np_word || in_pair_[v - 1] >= 0) break;
    if (!tc_.speech_verb(v) || (p != Upos::NOUN && p != Upos::PROPN)) continue;
    b = cue_at(v, limit);
    if (b.cue.empty()) break;
    b.speaker = resolve({k, v});
    return b;
  }
  return Attribution{};
}

}  // namespace attribution
}  // namespace newsmark

// Rule en-cue-then-clause (core/attribution/registry.cpp): "X said that …", "X told reporters …", "X said the talks …": the clause after the cue.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "X said that …", "X told reporters that …", "Kim said the talks …"
Range Attributor::subject_after_opener(std::uint32_t verb, const Sentence& s) const {
  std::uint32_t start = verb;
  while (start > s.first && verb - start < 12 && in_pair_[start - 1] < 0 && !clause_punct(start - 1)) --start;
  bool skipped = false;
  while (start + 1 < verb && tc_.word(start) &&
         one_of(tok(start).lower, {"but", "and", "yet", "however", "more", "than", "over", "nearly", "almost"})) {
    ++start;
    skipped = true;
  }
  if (!skipped) return {};
  const Range np = phrase_from(start, verb);
  return !np.empty() && np.first == start && np.last == verb ? np : Range{};
}

bool Attributor::gerund_after_comma(std::uint32_t i) const {
  static const auto kSayingGerunds = word_list("en/saying-gerunds");
  return i > 0 && punct(i - 1, ",") && in_list(tok(i).lower, kSayingGerunds);
}

bool Attributor::en_cue_then_clause(std::uint32_t si) {
  static const auto kClauseStarters = word_list("en/clause-starters");
  static const auto kSayingGerunds = word_list("en/saying-gerunds");
  static const auto kObjectVerbs = word_list("en/object-verbs");
  const Sentence& s = doc_.sentences[si];
  std::uint32_t commas = 0;  // commas before token i, counted as i moves on
  bool fired = false;
  for (std::uint32_t i = s.first; i < s.last; ++i) {
    if (i > s.first && punct(i - 1, ",")) ++commas;
    Attribution a = cue_at(i, s.last);
    if (a.cue.empty()) continue;
    std::uint32_t after = std::max(a.cue.last, a.cue2.last);
    std::uint32_t clause = 0;
    std::uint32_t k = after;
    const bool told = one_of(tok(i).lower, {"told", "tells", "tell", "assured", "informed", "reminded", "warned"});
    // "said in a statement that", "told reporters that": up to 7 words before "that".
    std::uint32_t that = 0;
    for (std::uint32_t m = k; m < s.last && m < k + 8; ++m) {
      if (in_pair_[m] >= 0 || clause_punct(m)) break;
      if (std::string_view(tok(m).lower) == "that") {
        that = m;
        break;
      }
    }
    if (that) {
      clause = that + 1;
    } else if (ends_with(tok(i).lower, "ing") &&
               !in_list(tok(i).lower, kSayingGerunds)) {
      continue;  // "…, observing the rescue mission": only a verb of saying takes a bare clause
    } else if (told) {
      const Range obj = phrase_from(k, s.last);
      clause = obj.empty() ? 0 : obj.last;
    } else if ((k = after_time_adverbial(k, s.last)) < s.last &&
               (tc_.pronoun(k) || determiner(k) || tc_.capitalized(k) || tok(k).kind == TokenKind::number ||
                in_list(tok(k).lower, kClauseStarters) ||
                bare_clause_at(k, s.last))) {
      // After a quotation or a comma the verb comes before its subject
      // ('"…," said UCL astronomer Angelos Tsiaras.'): what follows is
      // the speaker, not what was said.
      // A comma closing an apposition ("Wayne A. Frederick, president of
      // Howard University, said the loss …") leaves the subject before it.
      // "Ovum welcomed the move, saying BT had …": a gerund is never inverted.
      const bool inverted = i == s.first || in_pair_[i - 1] >= 0 ||
                            (punct(i - 1, ",") && !gerund_after_comma(i) &&
                             (commas < 2 || (i >= 2 && in_pair_[i - 2] >= 0)));
      if (!inverted) clause = k;
      // "ordered a strike on the rebel positions", "will announce a strategy":
      // a verb that takes a plain object reports a clause only when a finite
      // verb follows in it ("announced the talks had failed"). Without a POS
      // tagger only auxiliaries and modals are known to be finite.
      if (clause && in_list(tok(i).lower, kObjectVerbs) && !finite_within(clause, s.last)) clause = 0;
    }
    if (clause == 0 || clause >= s.last) continue;
    if (in_pair_[clause] >= 0) continue;  // direct speech
    if (std::string_view(tok(clause).lower) == "to" || std::string_view(tok(clause).lower) == "by") continue;
    if (!word_count_at_least({clause, s.last}, 3)) continue;
    if (!that && object_then_infinitive(clause, s.last)) continue;
    const Range subject = speaker_of_verb(i, s);
    a.speaker = resolve(subject);
    // A phrase after the cue ("said stagnant growth was …") is handled below as before,
    // even when it could not speak.
    if (!a.speaker.found() && !subject.empty() && subject.first >= a.cue.last) a.speaker.phrase = subject;
    // "But the Home Office says …", "…, but the commissioner stated …",
    // "More than two million people replied …": the subject right before the
    // verb, after a conjunction or a quantity word the phrase finder stops at.
    if ((!a.speaker.found() || a.speaker.phrase.first >= a.cue.last) && !gerund_after_comma(i)) {
      const Range np = subject_after_opener(i, s);
      if (!np.empty()) a.speaker = resolve(np);
    }
    // ", saying …" goes on from the verb before it: its subject speaks.
    // "Souness dropped Bellamy, claiming …": with no verb of saying before
    // it, the subject opening the sentence.
    if (gerund_after_comma(i) && (!a.speaker.found() || a.speaker.phrase.first >= clause)) {
      Range main{s.first, s.first};
      for (std::uint32_t j = i - 1; j > s.first; --j)
        if (in_pair_[j - 1] < 0 && tc_.speech_verb(j - 1) && !ends_with(tok(j - 1).lower, "ing")) {
          main = speaker_of_verb(j - 1, s);
          if (main.last > j - 1) main = {};
          break;
        }
      if (main.empty() && tc_.word(s.first) && in_pair_[s.first] < 0) {
        main = phrase_from(s.first, i);
        if (main.first != s.first || main.last + 1 >= i) main = {};
      }
      if (!main.empty()) a.speaker = resolve(main);
    }
    if (a.speaker.found() && a.speaker.phrase.first >= clause) {
      // The subject of the reported clause is not who said it ("…, said
      // ministers had failed"): no speaker, when the clause follows the cue.
      if (clause != after_time_adverbial(a.cue.last, s.last) && clause != a.cue.last) continue;
      a.speaker = SpeakerFound{};
    } else if (!a.speaker.found()) {
      continue;
    }
    // "X said the talks had failed; the BBC reported he would resign": a
    // semicolon with a cue of its own after it ends the clause, and the rest
    // is read on its own.
    std::uint32_t end = s.last;
    for (std::uint32_t m = clause; m < s.last; ++m)
      if (in_pair_[m] < 0 && punct(m, ";")) {
        for (std::uint32_t v = m + 1; v < s.last; ++v)
          if (in_pair_[v] < 0 && tc_.speech_verb(v)) {
            end = m;
            break;
          }
        break;
      }
    add_reported({clause, end}, a);
    if (end == s.last) return true;
    fired = true;
    i = end;  // the loop goes on after the semicolon
    commas = 0;
  }
  return fired;
}

}  // namespace attribution
}  // namespace newsmark

// English rules: the shapes of a clause after "said" (bare clauses, time
// adverbials, requests with an object and an infinitive, inverted frames).
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "In an interview with", "In remarks to": the token of "with"/"to".
std::uint32_t Attributor::interview_within(std::uint32_t from, std::uint32_t to) const {
  for (std::uint32_t k = from; k < to && k + 1 < n_; ++k) {
    if (!tc_.word(k) && tok(k).kind != TokenKind::number) return 0;  // "in a 2006 interview with"
    if (one_of(tok(k).lower, {"interview", "remarks", "comments"}) && one_of(tok(k + 1).lower, {"with", "to"}))
      return k + 1;
  }
  return 0;
}

// "said late Sunday the police …", "said earlier he …", "noted on Monday, the …":
// a time between an English cue and its clause is stepped over.
std::uint32_t Attributor::after_time_adverbial(std::uint32_t k, std::uint32_t end) const {
  const std::uint32_t start = k;
  for (int guard = 0; guard < 4 && k < end; ++guard) {
    if (tc_.word(k) && (tc_.time_word(k) || one_of(tok(k).lower, {"earlier", "later", "late", "previously", "also",
                                                                    "yesterday", "today", "tonight"}))) {
      ++k;
    } else if (tc_.word(k) && std::string_view(tok(k).lower) == "on" && k + 1 < end && tc_.time_word(k + 1)) {
      k += 2;
    } else if (punct(k, ",") && k > start) {
      ++k;
      break;
    } else {
      break;
    }
  }
  return k;
}

// "urged the embassy to reconsider", "asks US to waive immunity": an object
// with an infinitive is a request, not a reported clause.
bool Attributor::object_then_infinitive(std::uint32_t k, std::uint32_t end) const {
  if (tc_.word(k) && one_of(tok(k).lower, {"he", "she", "they", "we", "i", "it"})) return false;  // a subject
  for (std::uint32_t m = k; m < end && m < k + 5; ++m) {
    if (tc_.finite_auxiliary(m) || clause_punct(m)) return false;
    if (m > k && tc_.word(m) && !tok(m).upper && ends_with(tok(m).lower, "ed")) return false;  // "it planned to"
    // ("reported Hamza bin Laden to be dead" is a report all the same.)
    if (tc_.word(m) && std::string_view(tok(m).lower) == "to" && m + 1 < end && tc_.word(m + 1) && !tok(m + 1).upper &&
        !determiner(m + 1))
      return m > k && !one_of(tok(m + 1).lower, {"be", "have"});
  }
  return false;
}

// With the POS tagger: the noun phrase right before a verb, by its tags
// ("Two million people | replied"), when the phrase finder found none.
// Empty unless it ends in a noun, name or pronoun.
Range Attributor::tagged_np_before(std::uint32_t verb, std::uint32_t floor) const {
  std::uint32_t k = verb;
  std::uint32_t hyphens = 0;  // tokens of glued hyphens passed, which count as no words
  while (k > floor && verb - k - hyphens < 8 && in_pair_[k - 1] < 0) {
    // ("The 41-year-old chart-topper | told": a compound glued by hyphens is one word.)
    if (k >= floor + 2 && k < verb && tok(k - 1).key == "-" && !tok(k - 1).space_before && !tok(k).space_before &&
        (tok(k - 2).pos == Upos::NOUN || tok(k - 2).pos == Upos::ADJ || tok(k - 2).pos == Upos::PROPN ||
         tok(k - 2).pos == Upos::NUM)) {
      k -= 2;
      hyphens += 2;
      continue;
    }
    const Upos p = tok(k - 1).pos;
    if (!(p == Upos::NOUN || p == Upos::PROPN || p == Upos::NUM || p == Upos::ADJ || p == Upos::DET)) break;
    --k;
    if (p == Upos::DET) break;  // an article opens the phrase ("a statement | the RSPCA said")
  }
  if (k == verb) return {};
  const Upos head = tok(verb - 1).pos;
  if (head != Upos::NOUN && head != Upos::PROPN) return {};
  return {k, verb};
}

Range Attributor::tagged_np_after_en(std::uint32_t first, std::uint32_t limit) const {
  std::uint32_t e = first, head = 0;
  while (e < limit && e < first + 8 && in_pair_[e] < 0 && (e == first || tok(e).newlines_before == 0)) {
    if (e > first && tok(e).kind == TokenKind::punct && one_of(tok(e).key, {"-", "/"}) && !tok(e).space_before &&
        e + 1 < limit && !tok(e + 1).space_before && tc_.word(e + 1)) {
      e += 2;
      head = e;
      continue;
    }
    const Upos p = tok(e).pos;
    // (A capitalised word opens it whatever its tag: "In" of "In-Stat".)
    const bool glued = e + 2 < limit && tok(e + 1).kind == TokenKind::punct && one_of(tok(e + 1).key, {"-", "/"}) &&
                       !tok(e + 1).space_before && !tok(e + 2).space_before && tc_.capitalized(e + 2);
    const bool name = e == first && tc_.capitalized(e) && (!tc_.function_word(e) || glued);
    if (!tc_.word(e) && p != Upos::NUM) break;
    if (!(name || p == Upos::DET || p == Upos::ADJ || p == Upos::NUM || p == Upos::NOUN || p == Upos::PROPN)) break;
    if (p == Upos::DET && e > first) break;
    ++e;
    if (name || p == Upos::NOUN || p == Upos::PROPN) head = e;
  }
  return head > first ? Range{first, head} : Range{};
}

Range Attributor::within_clause(Range np) const {
  for (std::uint32_t k = np.first; k < np.last; ++k)
    if (clause_punct(k) && !punct(k, "(") && !punct(k, ")") && !punct(k, "&")) return {np.first, k};
  return np;
}

std::int32_t Attributor::described_person_en(std::uint32_t before) const {
  const auto person = [&](std::int32_t m) {
    return doc_.actors[doc_.mentions[m].actor].type == ActorType::person;
  };
  std::int32_t m = mentions_before(before) - 1;
  const std::uint32_t sentence = tok(before).sentence;
  while (m >= 0 && !person(m) && sentence - tok(doc_.mentions[m].first).sentence <= 4) --m;
  if (m < 0 || sentence - tok(doc_.mentions[m].first).sentence > 4) return -1;
  const std::uint32_t named = tok(doc_.mentions[m].first).sentence;
  for (std::int32_t k = m - 1; k >= 0 && tok(doc_.mentions[k].first).sentence == named; --k)
    if (person(k)) m = k;
  return doc_.mentions[m].actor;
}

std::uint32_t Attributor::end_over_of(std::uint32_t e, std::uint32_t end) const {
  if (e >= end || !tc_.word(e) || tok(e).lower != "of") return e;
  const Range of = phrase_from(e + 1, end);
  return !of.empty() && of.first == e + 1 ? of.last : e;
}

bool Attributor::according_to_manner_en(std::uint32_t according) const {
  static const WordSet kMannerNouns(word_list("en/manner-nouns"));
  const std::uint32_t limit = sentence_of(according).last;
  if (according + 2 >= limit) return false;
  // The head: the last noun before a preposition, a comma or the sentence's end ("their value | in 1991",
  // "the laws | of physics").
  std::uint32_t head = limit;
  for (std::uint32_t k = according + 2; k < limit && k < according + 10; ++k) {
    if (tok(k).pos == Upos::ADP || tok(k).kind == TokenKind::punct) break;
    if (tok(k).pos == Upos::NOUN) head = k;
  }
  return head < limit && in_list(tok(head).lower, kMannerNouns);
}

Range Attributor::person_description_en(std::uint32_t k, std::uint32_t limit) const {
  static const WordSet kDemonyms(word_list("en/demonym-nouns"));
  if (k + 1 >= limit || !tc_.word(k) || tok(k).lower != "the") return {};
  std::uint32_t e = k + 1;
  while (e < limit && e < k + 8 && (tc_.word(e) || tok(e).kind == TokenKind::number || tok(e).key == "-") &&
         in_pair_[e] < 0 && tok(e).newlines_before == 0 && !(e > k + 1 && tc_.speech_verb(e)))
    ++e;
  if (e > limit || e == k + 1) return {};
  // The end: punctuation, the sentence's end or a verb of saying ('the 34-year-old told …').
  if (e < limit && !punct(e, ",") && !punct(e, ".") && !punct(e, ";") && !tc_.speech_verb(e)) return {};
  const std::string& last = tok(e - 1).lower;
  const bool age = e >= k + 4 && last == "old" && tok(e - 2).key == "-" && !tok(e - 2).space_before;
  const bool nationality = e == k + 2 && tok(e - 1).upper &&
                           ((tc_.flags(e - 1) & kNationalityEn) || in_list(tok(e - 1).key, kDemonyms));
  return age || nationality ? Range{k, e} : Range{};
}

// A clause opening with a lower-case noun ("said officers arrived", "said
// ministers had failed"): it must show a verb soon, an auxiliary or an -ed form.
// With the POS tagger also a subject opened by a number or an adjective and
// a verb right after its noun ("said nine people drowned", "said annual
// profit fell 36%").
bool Attributor::bare_clause_at(std::uint32_t k, std::uint32_t end) const {
  // (An adverb in -ly right before a noun modifies it like an adjective:
  // "said quarterly sales rose 12%", where the tagger may say ADV.)
  const bool tagged_subject = tok(k).pos == Upos::NUM || tok(k).pos == Upos::ADJ ||
                              (tok(k).pos == Upos::ADV && ends_with(tok(k).lower, "ly") && k + 1 < end &&
                               tok(k + 1).pos == Upos::NOUN);
  if (!tagged_subject &&
      (!tc_.word(k) || tok(k).upper || tc_.function_word(k) || tc_.preposition(k) || ends_with(tok(k).lower, "ly")))
    return false;
  for (std::uint32_t m = k + 1; m < end && m < k + 6; ++m) {
    if (clause_punct(m) || in_pair_[m] >= 0) return false;
    if (tc_.finite_auxiliary(m) || (tc_.word(m) && !tok(m).upper && ends_with(tok(m).lower, "ed"))) return true;
    if (tagged_subject && tok(m).pos == Upos::VERB && !ends_with(tok(m).lower, "ing") &&
        (tok(m - 1).pos == Upos::NOUN || tok(m - 1).pos == Upos::PROPN))
      return true;
  }
  return false;
}

// After an English cue: what it says comes next (":", a quotation, "that"),
// or more than a short adverbial runs on before the sentence or clause ends.
bool Attributor::ends_own_clause(std::uint32_t after, std::uint32_t end) const {
  static const WordSet kFrameFollowers(word_list("en/frame-followers"));
  static const WordSet kTellingVerbs(word_list("en/telling-verbs"));
  if (after >= end) return false;
  if (punct(after, ":") || in_pair_[after] >= 0 || std::string_view(tok(after).lower) == "that") return true;
  // "…, spam continued to be a problem": the verb goes on with an infinitive of its own.
  if (after + 1 < end && tc_.word(after) && tok(after).lower == "to" &&
      (tok(after + 1).pos == Upos::VERB || tok(after + 1).pos == Upos::AUX))
    return true;
  // 'said, "…"', 'said of Hudson, "…"': a quotation follows closely.
  for (std::uint32_t k = after; k < end && k < after + 6; ++k)
    if (in_pair_[k] >= 0) return true;
  // "…, said quarterly sales rose 12%": a clause of its own follows.
  if (bare_clause_at(after, end)) return true;
  // 'pledged converting …', 'criticized the decision': the verb takes an
  // object; only an addressee ('told reporters'), a time or a place may follow a frame.
  const Token& next = tok(after);
  // '…, reported officials, with …', '…, says the study, it rises': the
  // subject after the verb closes the frame.
  Range subject = phrase_from(after, end);
  // ("…, says a panel | of industry experts.": the phrase goes on over "of"; not after a verb that takes an
  // object, "declared a state of emergency".)
  static const WordSet kObjectVerbs(word_list("en/object-verbs"));
  if (!subject.empty() && after > 0 && !in_list(tok(after - 1).lower, kObjectVerbs))
    subject.last = end_over_of(subject.last, end);
  const bool inverted_subject = !subject.empty() && !ends_with(next.lower, "ing") &&
                                (subject.last >= end || punct(subject.last, ",") || punct(subject.last, "."));
  if (!inverted_subject && tc_.word(after) && !next.upper && !tc_.preposition(after) && !tc_.time_word(after) &&
      !ends_with(next.lower, "ly") &&
      !in_list(next.lower, kFrameFollowers) &&
      !in_list(tok(after - 1).lower, kTellingVerbs))
    return true;
  // "…, said the loss was great": a phrase with a verb after it is a clause.
  if (!subject.empty() && subject.last < end && tc_.finite_auxiliary(subject.last)) return true;
  std::uint32_t words = 0;
  for (std::uint32_t k = after; k < end && words <= 5 && !punct(k, ",") && !punct(k, ";"); ++k)
    if (tc_.word(k)) ++words;
  return words > 5;
}

}  // namespace attribution
}  // namespace newsmark

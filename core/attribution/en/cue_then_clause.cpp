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
         (one_of(tok(start).lower, {"but", "and", "yet", "however", "more", "than", "over", "nearly", "almost", "even", "just"}) ||
          subordinator(start))) {
    ++start;
    skipped = true;
  }
  if (!skipped) return {};
  const Range np = phrase_from(start, verb);
  return !np.empty() && np.first == start && np.last == verb ? np : Range{};
}

// "before", "after", "when" … opening a clause: "After the minister said the
// plant would close, workers walked out" - what was said ends at the comma.
bool Attributor::subordinator(std::uint32_t k) const {
  return tc_.word(k) && one_of(tok(k).lower, {"before", "after", "when", "since", "until", "because", "once",
                                              "although", "though", "while", "whereas", "unless"});
}

bool Attributor::gerund_after_comma(std::uint32_t i) const {
  static const auto kSayingGerunds = word_list("en/saying-gerunds");
  return i > 0 && punct(i - 1, ",") && in_list(tok(i).lower, kSayingGerunds);
}

// English: is the bare clause at `clause` after the cue at i (no "that", no comma opening it) what
// was said? Not after a verb that takes an object unless a finite verb follows, not after a naming
// verb that names, not after a gerund of saying without a comma or an infinitive of saying unless
// the clause has a finite verb, and not a question word after an object verb.
bool Attributor::bare_clause_reported_en(std::uint32_t i, std::uint32_t clause, const Sentence& s) const {
  static const WordSet kObjectVerbs(word_list("en/object-verbs"));
  // "ordered a strike on the rebel positions", "will announce a strategy":
  // a verb that takes a plain object reports a clause only when a finite
  // verb follows in it ("announced the talks had failed"). Without a POS
  // tagger only auxiliaries and modals are known to be finite.
  if (in_list(tok(i).lower, kObjectVerbs) && !finite_within(clause, s.last)) return false;
  // "Earlier versions were called Phoenix and Firebird", "called the decision a disgrace": a naming
  // verb takes a name or a description, not a clause (without "that"); with quoted words in it, it
  // reports them ('called the plans "dangerous"').
  // (Only where it names: in the passive, or after a common noun and before a name: "a song called
  // Judge Y'Self". "Experts called this dubious", "Biden called Trump a clown" report a judgement.)
  if ((naming_verb_en(i) || tok(i).lower == "termed") &&
      i > s.first &&
      ((tc_.word(i - 1) && one_of(tok(i - 1).lower, {"was", "were", "is", "are", "be", "been", "being"})) ||
       (tc_.capitalized(clause) && tok(i - 1).pos == Upos::NOUN && !tok(i - 1).upper))) {
    bool quoted = false;
    for (std::uint32_t m = clause; m < s.last && m < clause + 12 && !quoted && (in_pair_[m] >= 0 || !clause_punct(m)); ++m)
      quoted = in_pair_[m] >= 0;
    if (!quoted) return false;
  }
  // "Ulster just lost out to adding the inaugural Celtic Cup": a gerund of saying with no comma before
  // it takes a bare clause only with a finite verb in it.
  // ("saying", "telling" always report: "Chirac, … saying Europe needed to …"; so does a clause with a
  // verb right after its noun: "cited the Air Force stating Saha Airlines owned the plane".)
  if (ends_with(tok(i).lower, "ing") && !(i > s.first && punct(i - 1, ",")) &&
      !one_of(tok(i).lower, {"saying", "telling"}) && !finite_within(clause, s.last)) {
    bool subject_verb = false;
    for (std::uint32_t m = clause + 1; m < s.last && m < clause + 8 && !subject_verb && in_pair_[m] < 0 &&
                                       !clause_punct(m);
         ++m)
      subject_verb = tok(m).pos == Upos::VERB && !ends_with(tok(m).lower, "ing") &&
                     (tok(m - 1).pos == Upos::NOUN || tok(m - 1).pos == Upos::PROPN);
    if (!subject_verb) return false;
  }
  // "needs to add a hard edge to his game": a verb of saying in the infinitive takes a bare clause
  // only with a finite verb in it ("was quick to add the deal would close").
  if (i > s.first && tc_.word(i - 1) && tok(i - 1).lower == "to" && !finite_within(clause, s.last))
    return false;
  // "will reveal who will have the festive chart-topper": after a verb that takes an object, a
  // clause opened by a question word is what is made known, not what was said ("described how …"
  // is kept: it reports a telling).
  if (in_list(tok(i).lower, kObjectVerbs) && !starts_with_any(tok(i).lower, {"describ"}) &&
      tc_.word(clause) && one_of(tok(clause).lower, {"who", "what", "which", "where", "when", "why", "how", "whether"}))
    return false;
  return true;
}

bool Attributor::en_cue_then_clause(std::uint32_t si) {
  static const WordSet kClauseStarters(word_list("en/clause-starters"));
  static const auto kSayingGerunds = word_list("en/saying-gerunds");
  const Sentence& s = doc_.sentences[si];
  std::uint32_t commas = 0;  // commas before token i, counted as i moves on
  bool fired = false;
  // The end of the report made last in this sentence and its speaker: a cue
  // right after it ("…, but did not rule out that …", "… saying that …")
  // shares its subject.
  std::uint32_t prev_end = 0;
  SpeakerFound prev_speaker;
  const auto shares_subject = [&](std::uint32_t cue) {
    if (prev_end == 0 || cue < prev_end || cue - prev_end > 5) return false;
    for (std::uint32_t m = prev_end; m < cue; ++m)
      if (!(punct(m, ",") || (tc_.word(m) && one_of(tok(m).lower, {"but", "and", "did", "does", "do", "would", "could",
                                                                      "also", "not", "n't", "then", "yet"}))))
        return false;
    return true;
  };
  for (std::uint32_t i = s.first; i < s.last; ++i) {
    if (i > s.first && punct(i - 1, ",")) ++commas;
    Attribution a = cue_at(i, s.last);
    if (a.cue.empty()) continue;
    // "The alleged death of Hamza …": after an article the word is an adjective, no cue.
    if (i > s.first && tc_.word(i - 1) && one_of(tok(i - 1).lower, {"the", "a", "an", "this", "these", "its", "their"}))
      continue;
    std::uint32_t after = std::max(a.cue.last, a.cue2.last);
    // "Orders will keep the plant busy, Novak said, and the loan looks safe;
    // …": a cue set off by commas in mid-sentence reports the clause before
    // it, and after ", and" the one up to a semicolon.
    // (Not when a quotation follows the comma: 'Speaking about the movie, the archbishop said, "…"' frames it.)
    if (prev_end == 0 && after + 1 < s.last && punct(after, ",") && !ends_with(tok(i).lower, "ing") &&
        in_pair_[after + 1] < 0) {
      const Range np = tagged_np_before(i, s.first);
      // "Day, they said, desired no memorials", "… fighters which, the statement said, European nations
      // have refused to repatriate": set off after a subject with no verb yet, or after a relative
      // pronoun, the cue reports what follows it, to the end of the sentence.
      const Range said_by = !np.empty() ? np : (i > s.first && tc_.pronoun(i - 1) ? Range{i - 1, i} : Range{});
      if (!said_by.empty() && said_by.first > s.first + 1 && punct(said_by.first - 1, ",") &&
          in_pair_[said_by.first - 2] < 0) {
        const std::uint32_t before = said_by.first - 2;  // the last word before the first comma
        bool verb_before = false;
        for (std::uint32_t m = first_word(s); m <= before; ++m)
          if (tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX || in_pair_[m] >= 0) verb_before = true;
        const bool relative = tc_.word(before) && one_of(tok(before).lower, {"which", "who", "that"});
        Attribution b = a;
        b.speaker = resolve(said_by);
        if ((relative || (!verb_before && before - first_word(s) < 6)) && b.speaker.found() &&
            word_count_at_least({after + 1, s.last}, 3)) {
          add_reported({after + 1, s.last}, b);
          return true;
        }
      }
      bool verb = false;
      if (!np.empty() && np.first > s.first + 3 && punct(np.first - 1, ","))
        for (std::uint32_t m = s.first; m + 1 < np.first; ++m)
          if (in_pair_[m] < 0 && (tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX)) verb = true;
      Attribution b = a;
      if (verb) b.speaker = resolve(np);
      if (verb && b.speaker.found() && word_count_at_least({s.first, np.first - 1}, 4)) {
        add_reported({s.first, np.first - 1}, b);
        std::uint32_t next = after;
        if (tc_.word(after + 1) && tok(after + 1).lower == "and") {
          std::uint32_t second_end = s.last;
          for (std::uint32_t m = after + 2; m < s.last; ++m)
            if (in_pair_[m] < 0 && punct(m, ";")) {
              second_end = m;
              break;
            }
          bool second_verb = false;
          for (std::uint32_t m = after + 2; m < second_end; ++m)
            if (tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX) second_verb = true;
          if (second_verb && word_count_at_least({after + 2, second_end}, 3)) {
            add_reported({after + 2, second_end}, b);
            next = second_end;
          }
        }
        if (next >= s.last) return true;
        fired = true;
        prev_end = next;
        prev_speaker = b.speaker;
        i = next;
        continue;
      }
    }
    std::uint32_t clause = 0;
    std::uint32_t k = after;
    bool subject_comma = false;  // the comma before the cue closes its subject (below)
    const bool told = one_of(tok(i).lower, {"told", "tells", "tell", "assured", "informed", "reminded", "warned"});
    // "said in a statement that", "told reporters that": up to 7 words before "that".
    std::uint32_t that = 0;
    bool about = false;
    for (std::uint32_t m = k; m < s.last && m < k + 8; ++m) {
      if (in_pair_[m] >= 0 || clause_punct(m)) break;
      // "spoke quietly about the fire that destroyed …", "asked him about it":
      // what follows "about" is a topic, no reported clause.
      if (tok(m).lower == "about" && (m == k || (m == k + 1 && tok(k).pos == Upos::ADV) ||
                                      (m == k + 1 && tc_.pronoun(k)) || (mention_at(doc_, k) >= 0 && m == doc_.mentions[mention_at(doc_, k)].last))) {
        about = true;
        break;
      }
      if (std::string_view(tok(m).lower) == "that") {
        // ("agreeing a long-term contract that takes him …", "a disgrace that would hurt fans": after a noun
        // and before a verb, "that" opens a relative clause, not what was said.)
        // (Not after a word of saying: "those warning that aid pledges must …".)
        if (m > k && m + 1 < s.last && tok(m - 1).pos == Upos::NOUN && !tc_.speech_verb_any_case(m - 1) &&
            !ends_with(tok(m - 1).lower, "ing") &&
            (tok(m + 1).pos == Upos::VERB || tok(m + 1).pos == Upos::AUX))
          break;
        that = m;
        break;
      }
      // "has posted record profits and predicted that …": the "that" of another cue is that cue's.
      // (A noun of saying does not: "denied all claims that …".)
      if (m > k && tc_.speech_verb(m) && tok(m).pos == Upos::VERB) break;
    }
    if (about) {
      continue;
    } else if (that) {
      clause = that + 1;
    } else if (ends_with(tok(i).lower, "ing") &&
               !in_list(tok(i).lower, kSayingGerunds)) {
      continue;  // "…, observing the rescue mission": only a verb of saying takes a bare clause
    } else if (told) {
      const Range obj = phrase_from(k, s.last);
      clause = obj.empty() ? 0 : obj.last;
      // "has warned it will go bankrupt": a subject pronoun with its verb after it is the clause's subject,
      // not who was told.
      if (clause == k + 1 && k + 1 < s.last && tc_.word(k) && one_of(tok(k).lower, {"it", "he", "she", "they", "we"}) &&
          (tc_.finite_auxiliary(k + 1) || tok(k + 1).pos == Upos::VERB || tok(k + 1).pos == Upos::AUX))
        clause = k;
      // "told counterparts at UFJ of its decision", "told BBC Radio 4's Today programme": a preposition
      // after who was told, or the rest of a word, opens no clause. "warned demand for Opec's crude in the
      // first quarter would outstrip supply": "warn" also takes a clause of its own.
      // ("told BBC Radio 4's Today programme the US had …": the possessive's owned noun is told too.)
      // ("BBC Radio 4's": after a number the apostrophe and the "s" are tokens of their own.)
      while (clause && clause + 1 < s.last && !tok(clause).space_before &&
             ((tc_.word(clause) && one_of(tok(clause).lower, {"s", "'s", "\u2019s"})) ||
              (clause + 2 < s.last && one_of(tok(clause).key, {"'", "\u2019"}) && !tok(clause + 1).space_before &&
               tok(clause + 1).lower == "s"))) {
        const std::uint32_t owner_end = tc_.word(clause) ? clause + 1 : clause + 2;
        const Range owned = phrase_from(owner_end, s.last);
        clause = owned.empty() || owned.first != owner_end ? 0 : owned.last;
      }
      // ("told Reuters that …" where the "that" looked relative: the clause starts after it.)
      if (clause && clause + 1 < s.last && tc_.word(clause) && tok(clause).lower == "that") ++clause;
      if (clause && clause < s.last && (tok(clause).pos == Upos::ADP || (tc_.word(clause) && !tok(clause).space_before)))
        clause = starts_with_any(tok(i).lower, {"warn"}) && finite_within(k, s.last) ? k : 0;
      // "he told BBC Five Live's Sportsweek.": the rest of who was told, no clause (no verb in it, nor
      // before a colon: 'He told Sky News' Sunday with Adam Boulton: "…"').
      if (clause && clause != that + 1) {
        bool verb = false;
        for (std::uint32_t m = clause; m < s.last && !verb && (in_pair_[m] >= 0 || !punct(m, ":")); ++m)
          verb = in_pair_[m] >= 0 || tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX || tc_.finite_auxiliary(m);
        if (!verb) clause = 0;
      }
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
      // (Inverted all the same when a name closed by punctuation follows: "The tone of the campaign, said
      // Mr Milburn, would be …".)
      // "Both he and the commissioner, urged the immunity be waived": the comma closes the subject, and the
      // verb is not inverted. Only a subject closes with that comma: one comma, no adverbial opening the
      // sentence ("At the same time, reported fraud …"), a noun or a name before the comma, and no
      // verbless stretch up to the next punctuation after the cue ("…, said Junya Tanase of JPMorgan Chase
      // bank in Tokyo, were …").
      subject_comma = punct(i - 1, ",") && commas == 1 && i >= 2 && first_word(s) < i &&
                      tok(first_word(s)).pos != Upos::ADP && tok(first_word(s)).pos != Upos::ADV &&
                      tok(first_word(s)).pos != Upos::SCONJ &&
                      (tok(i - 2).pos == Upos::NOUN || tok(i - 2).pos == Upos::PROPN);
      // (A name right after the cue is its speaker: "…, said Junya Tanase of JPMorgan Chase bank, were".
      // A naming participle is an apposition: "The invention, called a LESS coating, involves …". Before
      // the comma no verb, no quotation, and no preposition other than "of", which makes it an adverbial's:
      // "… won the race in 2002 on her marathon debut, defended her title" with "won" tagged ADP.)
      if (subject_comma && k < s.last && (tok(k).pos == Upos::PROPN || tc_.capitalized(k))) subject_comma = false;
      if (subject_comma && naming_verb_en(i)) subject_comma = false;
      for (std::uint32_t m = first_word(s); subject_comma && m + 1 < i; ++m)
        if (tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX || in_pair_[m] >= 0 ||
            (tok(m).pos == Upos::ADP && tok(m).lower != "of"))
          subject_comma = false;
      if (subject_comma) {
        bool verb_after = false;
        std::uint32_t m = k;
        for (; m < s.last && m < k + 14 && !clause_punct(m); ++m)
          if (tok(m).pos == Upos::VERB || tok(m).pos == Upos::AUX) verb_after = true;
        subject_comma = verb_after || m >= k + 14;
      }
      // (After more commas too when a phrase alone closes the sentence after the cue, or runs into an
      // apposition: "…, and are on the verge of being exploited, says a panel of industry experts.", "…,
      // said Michael Weiss, president of StreamCast Networks.")
      const auto closing_speaker = [&]() {
        const Range np = phrase_from(k, s.last);
        if (np.empty() || np.first != k || ends_with(tok(i).lower, "ing")) return false;
        const std::uint32_t e = end_over_of(np.last, s.last);  // "a panel | of industry experts"
        return e >= s.last || (punct(e, ".") && e + 1 >= s.last) || (punct(e, ",") && mention_at(doc_, k) >= 0);
      };
      const bool inverted = i == s.first || in_pair_[i - 1] >= 0 ||
                            (punct(i - 1, ",") && !gerund_after_comma(i) && !subject_comma &&
                             (commas < 2 || (i >= 2 && in_pair_[i - 2] >= 0) || closing_speaker()));
      if (!inverted) clause = k;
      if (clause && !bare_clause_reported_en(i, clause, s)) clause = 0;
    }
    if (clause == 0 || clause >= s.last) continue;
    if (in_pair_[clause] >= 0) continue;  // direct speech
    if (std::string_view(tok(clause).lower) == "to" || std::string_view(tok(clause).lower) == "by") continue;
    if (!word_count_at_least({clause, s.last}, 3)) continue;
    // ("say" takes no object with an infinitive: "saying the policy amounts to forcible removal", with
    // 'amounts' tagged NOUN, is a report.)
    if (!that && !one_of(tok(i).lower, {"say", "says", "said", "saying"}) && object_then_infinitive(clause, s.last))
      continue;
    Range subject = speaker_of_verb(i, s);
    // 'While the economy grows at a "good pace" he warned that …': a subject pronoun right before the
    // cue (an adverb between: "he also warned") is its subject, whatever stands before it.
    // ("But he did add that …": past the auxiliary of an emphatic or negated verb too.)
    // (Only with a token before the cue: a cue opening the text has none, "said or …", and i - 1 would
    // wrap around; found by the fuzzer, tests/fuzz/corpus/regress-cue-opens-text.)
    if (i > s.first) {
      std::uint32_t p = i - 1;
      if (p > s.first && tok(p).pos == Upos::ADV && ends_with(tok(p).lower, "ly") == false) --p;
      if (p > s.first && tc_.word(p) && one_of(tok(p).lower, {"did", "does", "do"})) --p;
      if (in_pair_[p] < 0 && tc_.word(p) && one_of(tok(p).lower, {"he", "she", "they", "we", "i"}) &&
          !(subject.first <= p && subject.last > p))
        subject = {p, p + 1};
    }
    a.speaker = resolve(subject);
    // "UK advertising giant WPP predicted …" (with 'advertising' tagged VERB): a subject that stops short
    // of the cue gives way to the tagged noun phrase right before it, when that names an actor.
    if (a.speaker.found() && a.speaker.phrase.last < i && a.speaker.phrase.last > s.first) {
      const Range np = tagged_np_before(i, a.speaker.phrase.last);
      // (Not a noun phrase attached to the subject: "Laura Brownlees of Save the Children said", "A
      // spokesman for the embassy in London said".)
      bool attached = false;
      for (std::uint32_t m = a.speaker.phrase.last; !np.empty() && m < np.first; ++m)
        attached = attached || tok(m).pos == Upos::ADP || (tok(m).kind == TokenKind::punct && !punct(m, "&")) ||
                   (tc_.word(m) && one_of(tok(m).lower, {"and", "or"}));  // (coordinated: "X and Y said")
      // (Nor the rest of a name the subject cuts: "Laura Brownlees of Save | the Children said".)
      const std::int32_t cut = mention_at(doc_, a.speaker.phrase.last - 1);
      if (cut >= 0 && doc_.mentions[cut].last > a.speaker.phrase.last) attached = true;
      // (The name must end right before the cue: not "Police investigating Stefan's murder dismissed".)
      const std::int32_t head = mention_at(doc_, i - 1);
      if (!np.empty() && np.last == i && !attached && head >= 0 && doc_.mentions[head].last == i) {
        const SpeakerFound nearer = resolve(np);
        if (nearer.found() && nearer.actor >= 0 && nearer.actor == doc_.mentions[head].actor &&
            nearer.actor != a.speaker.actor)
          a.speaker = nearer;
      }
    }
    // "was declared a "pandemic" by the agency": in the passive the agent
    // after "by" speaks, and without one nobody is named (not the subject).
    std::uint32_t agent_by = 0;
    const std::uint32_t be = i > s.first + 1 && tok(i - 1).pos == Upos::ADV ? i - 2 : i - 1;
    const bool passive_cue = i > s.first && ends_with(tok(i).lower, "ed") && tc_.word(be) &&
                             one_of(tok(be).lower, {"was", "were", "is", "are", "been", "be", "being"});
    if (passive_cue) {
      a.speaker = SpeakerFound{};
      for (std::uint32_t m = clause; m + 1 < s.last && m < clause + 30; ++m) {
        if (in_pair_[m] >= 0) continue;
        if (clause_punct(m)) break;
        if (tc_.word(m) && tok(m).lower == "by") {
          a.speaker = resolve(phrase_from(m + 1, s.last));
          if (a.speaker.found()) agent_by = m;
          break;
        }
      }
    }
    // A phrase after the cue ("said stagnant growth was …") is handled below as before,
    // even when it could not speak.
    // ("The 21-year-old told a news conference …": who was told never speaks.)
    if (!passive_cue && !told && !a.speaker.found() && !subject.empty() && subject.first >= a.cue.last)
      a.speaker.phrase = subject;
    // "The 21-year-old told a news conference in Cairo that …": a description by age or nationality right
    // before the cue is the person the text is about (described_person_en).
    if (!passive_cue && (!a.speaker.found() || a.speaker.phrase.first >= a.cue.last)) {
      const Range description = person_description_en(first_word(s), s.last);
      if (!description.empty() && description.last == i) a.speaker = described_speaker_en(description, i);
    }
    // "But the Home Office says …", "…, but the commissioner stated …",
    // "More than two million people replied …": the subject right before the
    // verb, after a conjunction or a quantity word the phrase finder stops at.
    if (!passive_cue && (!a.speaker.found() || a.speaker.phrase.first >= a.cue.last) && !gerund_after_comma(i)) {
      const Range np = subject_after_opener(i, s);
      if (!np.empty()) a.speaker = resolve(np);
    }
    // ", saying …" goes on from the verb before it: its subject speaks.
    // "Souness dropped Bellamy, claiming …": with no verb of saying before
    // it, the subject opening the sentence.
    if (!passive_cue && gerund_after_comma(i) && (!a.speaker.found() || a.speaker.phrase.first >= clause)) {
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
      // With the tagger: the noun phrase opening the sentence, before its
      // verb ("Youth groups | have reacted with dismay, saying …").
      if (main.empty() || !resolve(main).found()) {
        std::uint32_t e = first_word(s);
        while (e < i && e < s.first + 8 && in_pair_[e] < 0 &&
               (tok(e).pos == Upos::NOUN || tok(e).pos == Upos::PROPN || tok(e).pos == Upos::ADJ ||
                tok(e).pos == Upos::DET || tok(e).pos == Upos::NUM ||
                (tok(e).pos == Upos::PART && tok(e).key == "'s")))
          ++e;
        if (e > first_word(s) && e < i && (tok(e - 1).pos == Upos::NOUN || tok(e - 1).pos == Upos::PROPN) &&
            (tok(e).pos == Upos::VERB || tok(e).pos == Upos::AUX))
          main = {first_word(s), e};
      }
      if (!main.empty()) a.speaker = resolve(main);
    }
    if (!passive_cue && (!a.speaker.found() || a.speaker.phrase.first >= a.cue.last) && !gerund_after_comma(i)) {
      // ("During the interview Mr Blair also said …": past an adverb before the cue.)
      const std::uint32_t before_adverb = i > s.first + 1 && tok(i - 1).pos == Upos::ADV && tc_.word(i - 1) &&
                                                  !ends_with(tok(i - 1).lower, "ly")
                                              ? i - 1
                                              : i;
      Range np = tagged_np_before(before_adverb, s.first);
      // "President Kim, in a statement read on TV, announced …": the subject
      // stands before the parenthetical.
      // ("Both he and the commissioner Stephen Mold, urged …": the subject closed by a comma.)
      // (Not after an apposition: "Andrew Hogg, spokesman for the Care of Victims of Torture, said".)
      if (np.empty() && i > s.first + 2 && punct(i - 1, ",") && subject_comma) np = tagged_np_before(i - 1, s.first);
      if (np.empty() && i > s.first + 2 && punct(i - 1, ",")) {
        for (std::uint32_t c = i - 2; c > s.first && i - c < 16 && in_pair_[c] < 0; --c)
          if (punct(c, ",")) {
            // "the chairman of the group, Sir John Smith, said": the name
            // between the commas; else the phrase before the parenthetical.
            const Range between = tagged_np_before(i - 1, c + 1);
            np = !between.empty() && between.first == c + 1 && tok(i - 2).pos == Upos::PROPN
                     ? between
                     : tagged_np_before(c, s.first);
            break;
          }
      }
      if (!np.empty()) {
        const SpeakerFound before = resolve(np);
        if (before.found()) a.speaker = before;
      }
    }
    // "Police described the man as tall and said he …", "The group opposed
    // the plan and said it …": a second verb of the sentence's subject.
    // ("UK advertising giant WPP has posted profits and predicted …": also when the subject found stops
    // short of the first verb's noun phrase.)
    // ("Volkswagen is considering a plant in India, but said it had yet to decide": so too after "but".)
    if (!passive_cue && i > s.first + 2 && tc_.word(i - 1) && one_of(tok(i - 1).lower, {"and", "but"})) {
      const bool replace_any = !a.speaker.found() || a.speaker.phrase.first >= a.cue.last;
      for (std::uint32_t v = first_word(s) + 1; v + 1 < i; ++v) {
        if (in_pair_[v] >= 0) break;
        if (tok(v).pos != Upos::VERB && tok(v).pos != Upos::AUX) continue;
        // ("UK advertising giant WPP has posted …": a form in -ing before a noun is part of the subject.)
        if (tok(v).pos == Upos::VERB && ends_with(tok(v).lower, "ing") && v + 1 < i &&
            (tok(v + 1).pos == Upos::NOUN || tok(v + 1).pos == Upos::PROPN || tok(v + 1).pos == Upos::ADJ))
          continue;
        Range np = tagged_np_before(v, s.first);
        if (np.empty()) {
          np = speaker_of_verb(v, s);
          if (np.last > v) np = {};
        }
        if (!np.empty()) {
          const SpeakerFound main = resolve(np);
          if (main.found() && (replace_any || (main.actor >= 0 && main.phrase.first >= a.speaker.phrase.last &&
                                               main.actor != a.speaker.actor)))
            a.speaker = main;
        }
        break;
      }
    }
    // "It cited the air force as stating …", "quoted the minister as saying":
    // who is cited speaks.
    if (!passive_cue && ends_with(tok(i).lower, "ing") && i > s.first + 2 && tok(i - 1).lower == "as") {
      for (std::uint32_t v = i - 2; v > s.first && i - v < 10; --v) {
        if (in_pair_[v] >= 0 || clause_punct(v)) break;
        if (tc_.word(v) && one_of(tok(v).lower, {"cited", "cites", "citing", "quoted", "quotes", "quoting"})) {
          const Range np = phrase_from(v + 1, i - 1);
          if (!np.empty() && np.first == v + 1) {
            const SpeakerFound cited = resolve(np);
            if (cited.found()) a.speaker = cited;
          }
          break;
        }
      }
    }
    // "The deal comes after energy regulator Ofgem said …": a subordinator
    // between the phrase found and the cue opens a clause with its own subject.
    if (!passive_cue && a.speaker.found() && a.speaker.phrase.last < i) {
      for (std::uint32_t m = a.speaker.phrase.last; m < i; ++m)
        if (subordinator(m) || tok(m).pos == Upos::SCONJ) {
          const Range np = tagged_np_before(i, m + 1);
          if (!np.empty() && np.first > m) a.speaker = resolve(np);
          break;
        }
    }
    if (shares_subject(i) && prev_speaker.found() &&
        (!a.speaker.found() || a.speaker.phrase.first >= a.cue.last || a.speaker.phrase.last <= prev_end))
      a.speaker = prev_speaker;
    if (agent_by != 0) {
      // (the agent is no part of what was said)
    } else if (a.speaker.found() && a.speaker.phrase.first >= clause) {
      // The subject of the reported clause is not who said it ("…, said
      // ministers had failed"): no speaker, when the clause follows the cue.
      // (So too after "that": "Only 42% of them say that saving money is …" reports, naming nobody.)
      if (clause != after_time_adverbial(a.cue.last, s.last) && clause != a.cue.last && !(that && clause == that + 1))
        continue;
      a.speaker = SpeakerFound{};
    } else if (!a.speaker.found() && !passive_cue && !(told && subject.first >= a.cue.last)) {
      // (After a verb of telling whose subject was not found, the report stays, naming nobody: who was told
      // never speaks.)
      continue;
    }
    // "X said the talks had failed; the BBC reported he would resign": a
    // semicolon with a cue of its own after it, or ", and"/", but" with a
    // subject and its cue, ends the clause, and the rest is read on its own.
    std::uint32_t end = agent_by != 0 ? agent_by : s.last;
    // In a clause opened by "before", "after", "when" …, the report ends at
    // the comma that closes it ("Even before Chelsea said the defender would
    // stay, Terry insisted …").
    std::uint32_t opener = subject_start(i, s);
    while (opener < i && tc_.word(opener) && one_of(tok(opener).lower, {"but", "and", "yet", "even", "just"})) ++opener;
    const bool subordinate = opener < i && subordinator(opener);
    bool next_cue_at_end = false;  // the report ends right before the next cue
    for (std::uint32_t m = clause; m < end; ++m) {
      if (in_pair_[m] >= 0) continue;
      if (subordinate && punct(m, ",")) {
        end = m;
        break;
      }
      // "… products saying that demand is falling": a gerund of saying with
      // "that" starts another report by the same speaker.
      if (m > clause + 2 && tc_.word(m) && in_list(tok(m).lower, kSayingGerunds) && m + 1 < s.last &&
          tok(m + 1).lower == "that") {
        end = m;
        next_cue_at_end = true;
        break;
      }
      // "…, but did not rule out that …": a cue of the same subject after ", but".
      if (punct(m, ",") && m + 2 < s.last && tc_.word(m + 1) && one_of(tok(m + 1).lower, {"but", "and"})) {
        std::uint32_t v = m + 2;
        while (v < s.last && v < m + 6 && tc_.word(v) &&
               one_of(tok(v).lower, {"did", "does", "do", "would", "could", "also", "not", "n't", "then"}))
          ++v;
        const Attribution next = v < s.last && in_pair_[v] < 0 ? cue_at(v, s.last) : Attribution{};
        const std::uint32_t after_next = std::max(next.cue.last, next.cue2.last);
        if (!next.cue.empty() && next.cue.first == v && after_next < s.last && tok(after_next).lower == "that") {
          end = m;
          break;
        }
      }
      if (punct(m, ";")) {
        for (std::uint32_t v = m + 1; v < s.last; ++v)
          if (in_pair_[v] < 0 && tc_.speech_verb(v)) {
            end = m;
            break;
          }
        break;
      }
      // "…, and the local paper reported that …", "…, but the BBC said …": a
      // new subject with a cue of its own right after it starts another report.
      if (punct(m, ",") && m + 2 < s.last && tc_.word(m + 1) &&
          one_of(tok(m + 1).lower, {"and", "but", "while", "whereas", "however"})) {
        // (", however, a UN report eventually concluded …": the comma after "however", an adverb before the cue.)
        const std::uint32_t from = tok(m + 1).lower == "however" && punct(m + 2, ",") ? m + 3 : m + 2;
        std::uint32_t v = from;
        // (Past a noun of saying: "…, and the report said …".)
        while (v < s.last && v < from + 8 && in_pair_[v] < 0 && !clause_punct(v) &&
               !(tc_.speech_verb(v) && tok(v).pos == Upos::VERB))
          ++v;
        if (v > from && v < s.last && in_pair_[v] < 0 && tc_.speech_verb(v) && !cue_at(v, s.last).cue.empty()) {
          const Range np = phrase_from(from, v);
          std::uint32_t subject_end = v;
          while (subject_end > from + 1 && tok(subject_end - 1).pos == Upos::ADV) --subject_end;
          const Range tagged = tagged_np_before(subject_end, from);
          if ((!np.empty() && np.first == from && (np.last == v || np.last == subject_end)) ||
              (!tagged.empty() && tagged.first == from)) {
            end = m;
            break;
          }
        }
      }
    }
    add_reported({clause, end}, a);
    if (end == s.last) return true;
    prev_end = end;
    prev_speaker = a.speaker;
    fired = true;
    i = next_cue_at_end ? end - 1 : end;  // the loop goes on after the semicolon (or at the next cue)
    commas = 0;
  }
  return fired;
}

}  // namespace attribution
}  // namespace newsmark

// The attribution stage (core/attribution.h) over a document's tokens,
// internal to core/. The rules are named units, one file each, in
// core/attribution/{de,en,shared}/, run in the order of
// core/attribution/registry.cpp by core/attribution/driver.cpp. This class
// holds what they share: the document, the helpers they are written with
// (attribution.cpp: noun phrases, cues, speakers, records; attribution_de.cpp:
// German word order, Konjunktiv, "nach" sources; attribution_en.cpp: English
// clause shapes) and the state that carries from one sentence to the next.
#ifndef NEWSMARK_CORE_ATTRIBUTOR_H
#define NEWSMARK_CORE_ATTRIBUTOR_H

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "attribution/registry.h"
#include "document.h"
#include "token_class.h"

namespace newsmark {
namespace attribution {

struct Range {
  std::uint32_t first = 0, last = 0;  // tokens [first, last)
  bool empty() const { return last <= first; }
};

// A speaker found next to a cue: the phrase and the actor it names.
struct SpeakerFound {
  Range phrase;
  std::int32_t actor = -1;
  bool found() const { return !phrase.empty(); }
};

struct Attribution {
  Range cue;
  Range cue2;  // the particle of a separable verb ("teilte ... mit")
  SpeakerFound speaker;
};

class Attributor {
 public:
  explicit Attributor(Document& doc);

  void run();

  // ---- the rules (one file each in core/attribution/, listed in registry.cpp) ----
  // source stage: token i; true when the rule's trigger matched (it takes the token).
  bool de_source_laut(std::uint32_t i);
  bool de_source_zufolge(std::uint32_t i);
  bool de_source_nach(std::uint32_t i);
  bool en_source_according_to(std::uint32_t i);
  bool en_source_as_reported_by(std::uint32_t i);
  bool en_source_interview(std::uint32_t i);
  bool source_media_verb(std::uint32_t i);
  bool de_source_hiess_es(std::uint32_t i);
  bool en_source_reportedly(std::uint32_t i);
  bool de_source_angeblich(std::uint32_t i);
  bool de_source_kreise(std::uint32_t i);
  bool en_source_passive_report(std::uint32_t i);
  bool en_source_findings(std::uint32_t i);
  bool de_source_demnach(std::uint32_t i);
  // sentence stage: sentence si; true when the rule took the sentence.
  bool de_anaphoric_report(std::uint32_t si);
  bool de_source_led(std::uint32_t si);
  bool en_source_led(std::uint32_t si);
  bool de_impersonal_cue(std::uint32_t si);
  bool de_as_reported(std::uint32_t si);
  bool en_as_reported(std::uint32_t si);
  bool de_cue_then_clause(std::uint32_t si);
  bool en_cue_then_clause(std::uint32_t si);
  bool de_clause_then_cue(std::uint32_t si);
  bool en_clause_then_cue(std::uint32_t si);
  bool de_wonach_clause(std::uint32_t si);
  bool de_noun_clause(std::uint32_t si);
  bool de_free_indirect(std::uint32_t si);
  bool de_speech_act(std::uint32_t si);
  bool de_passive_speech_act(std::uint32_t si);
  bool de_speech_act_clause(std::uint32_t si);
  bool de_speech_act_relative(std::uint32_t si);
  bool de_speech_act_beside(std::uint32_t si);
  // frame stage: the frame of a pair of quotation marks, empty when none.
  Attribution de_frame_after(const QuotePair& pair) const;
  Attribution en_frame_after(const QuotePair& pair) const;
  Attribution de_frame_before(const QuotePair& pair) const;
  Attribution en_frame_before(const QuotePair& pair) const;
  Attribution de_frame_later(const QuotePair& pair) const;

 private:
  const Token& tok(std::uint32_t i) const { return doc_.tokens[i]; }
  const Sentence& sentence_of(std::uint32_t i) const { return doc_.sentences[tok(i).sentence]; }
  bool punct(std::uint32_t i, std::string_view p) const { return i < n_ && tc_.punct(i, p); }
  Range english_speaker_phrase(Range phrase) const;  // see attribution.cpp
  // Speaker heads (issue 11), attribution.cpp: a speaker is a noun phrase or a pronoun.
  std::uint32_t tagged_head(Range phrase) const;
  Range noun_phrase_speaker(Range phrase) const;
  std::int32_t latest_namesake(Range phrase, std::int32_t actor) const;  // see attribution.cpp
  bool gerund_after_comma(std::uint32_t i) const;
  bool subordinator(std::uint32_t k) const;  // "before", "after", "when" … (en-cue-then-clause)
  Range subject_after_opener(std::uint32_t verb, const Sentence& s) const;  // "But the Home Office says"  // ", saying …" (rule en-cue-then-clause)
  // A finite auxiliary or modal, or quoted words ('described it as "jarring"'), in the clause
  // from `from`, before its first clause punctuation.
  bool bare_clause_reported_en(std::uint32_t i, std::uint32_t clause, const Sentence& s) const;
  bool finite_within(std::uint32_t from, std::uint32_t limit) const {
    for (std::uint32_t m = from; m < limit && m < from + 12 && (in_pair_[m] >= 0 || !clause_punct(m)); ++m) {
      if (in_pair_[m] >= 0 || tc_.finite_auxiliary(m)) return true;
      if (m > from && tc_.speech_verb(m)) return false;  // "… profits and predicted that it will": another cue's clause
      // "has unveiled its phone Walkman and Motorola is working on …": a new subject after "and" opens a
      // clause of its own.
      if (m > from && m + 1 < limit && tc_.word(m) && one_of(tok(m).lower, {"and", "but", "while", "whereas"}) &&
          (tc_.capitalized(m + 1) || tc_.pronoun(m + 1)))
        return false;
    }
    return false;
  }
  bool clause_punct(std::uint32_t i) const {
    return tok(i).kind == TokenKind::punct &&
           one_of(tok(i).key, {",", ";", ":", ".", "!", "?", "(", ")", "\u2013", "\u2014"});
  }
  // Whether a clause mark outside quotation marks stands in [from, to).
  bool clause_punct_between(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = from; k < to; ++k)
      if (in_pair_[k] < 0 && clause_punct(k)) return true;
    return false;
  }
  bool in_body(std::uint32_t i) const { return i < doc_.body_end; }
  // The first token of a sentence that is no punctuation (s.last when none).
  std::uint32_t first_word(const Sentence& s) const {
    std::uint32_t k = s.first;
    while (k < s.last && tok(k).kind == TokenKind::punct) ++k;
    return k;
  }
  template <typename Stems>
  static bool starts_with_any(std::string_view w, const Stems& stems) {
    for (const char* stem : stems) {
      const std::string_view st(stem);
      if (w.size() >= st.size() && w.substr(0, st.size()) == st) return true;
    }
    return false;
  }
  static bool starts_with_any(std::string_view w, std::initializer_list<const char*> stems) {
    return starts_with_any<std::initializer_list<const char*>>(w, stems);
  }

  // ---- shared by both languages (attribution.cpp) ----
  bool determiner(std::uint32_t i) const;
  Range phrase_from(std::uint32_t i, std::uint32_t limit) const;
  Range speaker_after_cue(std::uint32_t i, std::uint32_t limit) const;
  Range with_apposition(Range np, std::uint32_t limit) const;
  Range with_name_before(Range role, std::uint32_t first) const;  // German: "Theo Zwanziger, Präsident des DFB"
  // The phrase up to a "von"/"vom" after its first word ("Angela Merkel" of
  // "Angela Merkel von der Möglichkeit"): after a verb of speaking it opens
  // the object, not the speaker's phrase.
  Range before_von(Range r) const;
  bool has_title(Range r) const;
  bool attributive_adjective(std::uint32_t k) const;
  bool adjective_ending(std::uint32_t k) const;
  Range without_relative_clause(Range phrase) const;  // German: "Der Ermittler, der als Zeuge gilt" -> "Der Ermittler"
  bool starts_with_article(std::uint32_t i, std::uint32_t k) const;
  SpeakerFound resolve(Range phrase) const;
  std::int32_t antecedent(std::uint32_t pronoun) const;
  std::int32_t nearest_mentioned(std::uint32_t before, bool plural) const;  // see antecedent
  // The number of mentions that open before token `before` (mentions are in text order: a binary search).
  std::int32_t mentions_before(std::uint32_t before) const;
  // The first token at or after a byte offset (n_ when none).
  std::uint32_t token_at_byte(std::uint32_t begin) const;
  Attribution cue_at(std::uint32_t i, std::uint32_t clause_end) const;
  Range particle_of(std::uint32_t i, std::uint32_t clause_end) const;
  std::vector<ByteSpan> spans_of(const Attribution& a) const;
  void inherit_speaker(QuoteEntry& q, const QuoteEntry& from);
  void set_speaker(QuoteEntry& q, const SpeakerFound& s);
  bool speaker_is_group(Range phrase) const;
  void add_source(SourceKind kind, ByteSpan span, std::int32_t actor);
  Range trim(Range r, bool keep_stop = false) const;
  std::uint32_t after_dateline(std::uint32_t k, std::uint32_t limit) const;
  bool word_count_at_least(Range r, int n) const;
  void add_reported(Range span, const Attribution& a, std::int32_t inherit_from = -1, bool keep_stop = false,
                    bool extend_last = false, Range second = {});
  void source_phrases();  // the driver's stages (driver.cpp)
  Range with_nouns(Range np) const;
  Range with_attachments(Range np) const;
  bool speech_verb_of_media(std::uint32_t v) const;
  Range phrase_before_verb(std::uint32_t v) const;
  Range phrase_before_word(std::uint32_t word) const;
  void add_phrase_source(std::uint32_t first, std::uint32_t last, Range np, SourceKind kind);
  void reported_speech(std::uint32_t si);
  void direct_quotes(std::size_t from, std::size_t to);
  bool has_cue(std::uint32_t si) const;
  Range phrase_after_source(std::uint32_t i, std::uint32_t limit) const;
  Range phrase_ending_at(std::uint32_t end, std::uint32_t floor) const;
  std::uint32_t subject_start(std::uint32_t v, const Sentence& s) const;
  Range speaker_of_verb(std::uint32_t verb, const Sentence& s) const;
  Range subject_of(std::uint32_t verb, const Sentence& s) const;
  Range words_before(std::uint32_t verb, const Sentence& s) const;
  std::uint32_t past_reflexive(std::uint32_t k, std::uint32_t limit) const;
  std::uint32_t finite_verb_of(std::uint32_t start, std::uint32_t verb) const;
  bool time_phrase(Range r) const;
  bool oblique(std::uint32_t k) const;
  bool names_speaker(Range r) const;
  Range head_of(Range r) const;
  bool nominal(Range r) const;
  std::uint32_t skip_particles(std::uint32_t k, std::uint32_t limit) const;
  bool has_finite_auxiliary(Range r) const;
  bool quoted_name(const QuotePair& pair) const;
  bool speech_like(const QuotePair& pair) const;
  bool names_something(const QuotePair& pair) const;
  bool noun_not_person(std::uint32_t k) const;
  bool named_as(const QuotePair& pair) const;
  std::uint32_t source_attachment_end(std::uint32_t at, const Sentence& s) const;
  Range sentence_after_colon(Range piece, const Attribution& a) const;
  void add_said_after_colon(Range said, const QuoteEntry& clause);
  bool quoted_title(const QuotePair& pair) const;
  bool quoted_name_shape(const QuotePair& pair) const;
  bool continues_after_frame(std::size_t p) const;
  const Token& last_inside(const QuotePair& pair) const;
  bool ends_before_frame(const QuotePair& pair) const;
  bool ends_sentence(Range inside) const;
  bool stands_alone(const QuotePair& pair) const;
  Attribution subject_then_cue(std::uint32_t k, std::uint32_t limit) const;
  std::uint32_t frame_start(const QuotePair& pair, const Sentence& s) const;
  const Sentence* colon_sentence_before(const QuotePair& pair, const Sentence& s) const;
  Attribution first_cue_in(const Sentence& s) const;
  void sort_and_merge();

  // ---- German rules (attribution_de.cpp) ----
  void de_cue_frame(const Attribution& a, std::vector<Range>& parts) const;
  Attribution belief_cue_at(std::uint32_t i, std::uint32_t clause_end) const;
  bool participle(std::uint32_t i) const;
  Range with_seat(Range phrase) const;
  Range with_outlet(Range phrase) const;
  Range without_addressed_outlet(Range speaker) const;
  bool has_konjunktiv(Range r, bool allow_ambiguous) const;
  bool information_noun(std::uint32_t k) const;
  bool document_noun(std::uint32_t k) const;
  bool nach_source(std::uint32_t i, std::uint32_t limit) const;
  Range postposition_source(std::uint32_t i) const;
  bool nach_plan_source(std::uint32_t i, std::uint32_t limit) const;
  bool nach_after_source(std::uint32_t i) const;
  bool has_frame_cue(std::uint32_t si) const;
  bool reportative_before(std::uint32_t first, std::uint32_t last) const;
  bool document_before(std::uint32_t si) const;
  std::uint32_t web_address(std::uint32_t k, std::uint32_t limit) const;
  std::uint32_t as_clause(std::uint32_t wie, std::uint32_t limit, Attribution& a);
  bool zu_infinitive_word(std::uint32_t k) const;
  Range origin_of_impersonal(std::uint32_t verb, const Sentence& s) const;
  bool passive(std::uint32_t verb) const;
  Range subject_after_reflexive(std::uint32_t finite, std::uint32_t limit) const;
  bool attributive_adjective_or_participle(std::uint32_t k) const;
  Range with_named_head(Range r, std::uint32_t verb, const Sentence& s) const;
  Range subject_after_verb(Range front, std::uint32_t verb, const Sentence& s) const;
  bool adverb_form(std::uint32_t k) const;
  bool adverb_suffix(std::uint32_t k) const;
  std::uint32_t frame_adverbs(std::uint32_t k, std::uint32_t end) const;
  bool indicative_frame(const Attribution& a) const;
  bool frame_closes(std::uint32_t k, std::uint32_t end, const Attribution& a) const;
  bool closing_frame_after(std::uint32_t from, const Sentence& s) const;
  void verb_before_subject(Range subject, std::uint32_t floor, std::uint32_t colon, Attribution& a) const;
  Range frame_subject(std::uint32_t si) const;
  Range subject_of_sentence(std::uint32_t si) const;
  Range text_in(std::uint32_t at, std::uint32_t limit, bool any_word) const;
  std::uint32_t verb_after_fronted(std::uint32_t start, std::uint32_t limit) const;
  bool speech_act_verb(std::uint32_t v) const;
  bool reported_speech_act(std::uint32_t v) const;
  bool speech_act_in(const Sentence& s, std::uint32_t si);  // de-speech-act on a stretch of sentence si
  std::uint32_t perfect_auxiliary(std::uint32_t v, const Sentence& s) const;
  bool stance_verb(std::uint32_t v, const Sentence& s) const;
  Range reported_separable(std::uint32_t v, const Sentence& s) const;
  bool first_person_only(const Sentence& s) const;
  Range judging_clause(std::uint32_t v, const Sentence& s) const;
  bool quoted_fragment(const QuotePair& pair, const Sentence& s) const;
  bool reported_act_in(std::uint32_t v, const Attribution& a, Range subject, const Sentence& s) const;
  bool in_relative_clause(std::uint32_t v, std::uint32_t floor) const;
  bool named_before_colon(std::uint32_t start, std::uint32_t colon, Attribution& a) const;
  Range subject_after_first_verb(std::uint32_t first, std::uint32_t last, bool any_noun = false) const;
  bool in_subordinate_clause(std::uint32_t k, const Sentence& s) const;  // (de-free-indirect)
  std::uint32_t reported_clause_end(std::uint32_t clause, const Sentence& s) const;  // (de-cue-then-clause)
  Range fronted_source_to_verb(Range np, const Sentence& s) const;  // (de-source-led)

  // ---- English rules (attribution_en.cpp) ----
  std::uint32_t interview_within(std::uint32_t from, std::uint32_t to) const;
  std::uint32_t after_time_adverbial(std::uint32_t k, std::uint32_t end) const;
  bool object_then_infinitive(std::uint32_t k, std::uint32_t end) const;
  bool bare_clause_at(std::uint32_t k, std::uint32_t end) const;
  Range tagged_np_before(std::uint32_t verb, std::uint32_t floor) const;
  // English, with the tagger: the noun phrase from token `first` ("the latest survey", "a round-up",
  // "In-Stat/MDR"): articles, adjectives, numbers and nouns up to the last noun, words glued by a hyphen or
  // a slash as one; empty when none.
  Range tagged_np_after_en(std::uint32_t first, std::uint32_t limit) const;
  // The phrase up to its first clause mark (not a bracket): "Notes from Poland (NFP)" of "…, some stores …".
  Range within_clause(Range np) const;
  // '"…," said the 20-year-old.', 'said the American': "the" and a description by age or nationality
  // from k on (empty when none); the person the text is about speaks (attribution_en.cpp).
  Range person_description_en(std::uint32_t k, std::uint32_t limit) const;
  // "graded according to their value", "according to the laws of physics": "according to" with a noun of manner
  // (en/manner-nouns) tells how, names no source (attribution_en.cpp).
  bool according_to_manner_en(std::uint32_t according) const;
  // The person a description ('the American', 'the 34-year-old') stands for: the first person named in the
  // latest sentence before token `before` that names one, its subject as a rule ("Andy Roddick beat Nicolas
  // Massu … \"…\", said the American."); -1 when none within four sentences (attribution_en.cpp).
  std::int32_t described_person_en(std::uint32_t before) const;
  // A description found by person_description_en() as a speaker: its phrase, and the person
  // described_person_en() gives for token `before` (none: no actor).
  SpeakerFound described_speaker_en(Range description, std::uint32_t before) const {
    SpeakerFound s;
    s.phrase = description;
    s.actor = described_person_en(before);
    return s;
  }
  // One past the end of a phrase that goes on over "of" at token e ("a panel | of industry experts",
  // "one | of their lawyers"); e itself when no "of" and phrase follow (attribution_en.cpp).
  std::uint32_t end_over_of(std::uint32_t e, std::uint32_t end) const;
  // English: a participle that names ("called", "named", "dubbed", "titled", "entitled"), no frame.
  bool naming_verb_en(std::uint32_t k) const {
    return tc_.word(k) && one_of(tok(k).lower, {"called", "named", "dubbed", "titled", "entitled"});
  }
  bool ends_own_clause(std::uint32_t after, std::uint32_t end) const;

  Document& doc_;
  TokenClass tc_;
  std::uint32_t n_;
  bool de_;  // for the shared helpers only; no rule asks it
  std::vector<std::int32_t> in_pair_;  // token -> its pair of quotation marks, -1 outside
  // The rules that run (Document::rules_off removed), by stage, in order.
  std::vector<const Rule*> source_rules_, sentence_rules_, frame_rules_;
  const Rule* gerund_goes_on_ = nullptr;  // the direct stage's rules, null when not run
  const Rule* standalone_ = nullptr;
  const Rule* subject_before_ = nullptr;
  const Rule* interrupted_ = nullptr;
  const Rule* interrupted_after_ = nullptr;
  // The rule running now: what add_reported, set_speaker, inherit_speaker and
  // add_source record as the maker.
  const Rule* rule_ = nullptr;

  // What carries from one sentence (and one rule) to the next. The driver
  // runs the rules in order; these are the only things one rule leaves for
  // another, each with its writers:
  struct Carry {
    // The quote that free indirect speech goes on with, -1 when none. The
    // driver after each sentence (a sentence rule's quote starts a chain
    // unless its Rule::chains is false; a sentence without speech ends it)
    // and after each attributed direct quote; de-free-indirect.
    std::int32_t chain = -1;
    // The last attributed direct quote, for direct-standalone and
    // en-direct-gerund-goes-on. The driver.
    std::int32_t previous_direct = -1;
    // The sentence of the latest quote made by a sentence rule or attributed
    // direct quote. add_reported(); the driver for direct quotes.
    std::uint32_t last_reported_sentence = 0;
    // The first quote the rule that took the sentence made. The driver;
    // the rules that follow (de-speech-act-beside).
    std::size_t sentence_first_quote = 0;
    // The quote de-free-indirect made last and its sentence, to extend a run
    // of such sentences into one quote. de-free-indirect.
    std::size_t last_free_quote = static_cast<std::size_t>(-2);
    std::uint32_t last_free_sentence = 0;
  };
  Carry carry_;
  // An announcement or a tribute ("kündigte … an", "würdigte") whose object
  // goes on in a relative clause counts as a speech act: set by
  // de-speech-act-relative while it asks de-speech-act, whose test leaves
  // these verbs out elsewhere (mostly a plain statement of fact there).
  bool act_with_relative_ = false;
};

}  // namespace attribution
}  // namespace newsmark

#endif

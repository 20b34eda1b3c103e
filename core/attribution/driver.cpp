// The driver: runs the rules of core/attribution/registry.cpp in their order,
// source phrases over the whole text, then sentence by sentence reported
// speech and the direct quotes in it, and records which rule made what.
#include "attribution.h"

#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

namespace {

// The rules of a stage that are not switched off.
std::vector<const Rule*> active(const Document& doc, Stage stage) {
  std::vector<const Rule*> out;
  for (const Rule* r : rules_for(doc.lang, stage))
    if (!((doc.rules_off >> r->id) & 1)) out.push_back(r);
  return out;
}

}  // namespace

Attributor::Attributor(Document& doc)
    : doc_(doc),
      tc_(doc),
      n_(static_cast<std::uint32_t>(doc.tokens.size())),
      de_(doc.lang == Lang::de),
      source_rules_(active(doc, Stage::source)),
      sentence_rules_(active(doc, Stage::sentence)),
      frame_rules_(active(doc, Stage::frame)) {
  for (const Rule* r : active(doc, Stage::direct)) {
    const std::string_view name = r->name;
    if (name == kDirectGerundGoesOn) gerund_goes_on_ = r;
    if (name == kDirectStandalone) standalone_ = r;
    if (name == kDirectSubjectBefore) subject_before_ = r;
    if (name == kDirectInterrupted) interrupted_ = r;
    if (name == kDirectInterruptedAfter) interrupted_after_ = r;
  }
}

void Attributor::run() {
  in_pair_.assign(n_, -1);
  for (std::size_t p = 0; p < doc_.quote_pairs.size(); ++p)
    for (std::uint32_t k = doc_.quote_pairs[p].open; k <= doc_.quote_pairs[p].close; ++k)
      in_pair_[k] = static_cast<std::int32_t>(p);
  source_phrases();
  // Sentence by sentence, so that a direct quote's speaker carries over to
  // the reported speech after it and the other way round.
  std::size_t next_pair = 0;
  for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    reported_speech(s);
    const std::uint32_t end = doc_.sentences[s].last;
    std::size_t last_pair = next_pair;
    while (last_pair < doc_.quote_pairs.size() && doc_.quote_pairs[last_pair].open < end) ++last_pair;
    direct_quotes(next_pair, last_pair);
    next_pair = last_pair;
  }
  sort_and_merge();
}

// Per token, the first source rule whose trigger matches takes it.
void Attributor::source_phrases() {
  if (source_rules_.empty()) return;
  for (std::uint32_t i = 0; i < n_; ++i) {
    if (!tc_.word(i) || in_pair_[i] >= 0) continue;
    for (const Rule* r : source_rules_) {
      rule_ = r;
      if ((this->*(r->run))(i)) break;
    }
  }
}

// Per sentence, the first sentence rule that fires takes it.
void Attributor::reported_speech(std::uint32_t si) {
  const Sentence& s = doc_.sentences[si];
  if (s.last <= s.first || !in_body(s.first)) return;
  // Sentences entirely inside one quotation are direct speech.
  if (in_pair_[s.first] >= 0 && in_pair_[s.last - 1] >= 0 && in_pair_[s.first] == in_pair_[s.last - 1]) return;
  const std::size_t before = doc_.quotes.size();
  const Rule* fired = nullptr;
  for (const Rule* r : sentence_rules_) {
    if (r->follows) continue;
    rule_ = r;
    if ((this->*(r->run))(si)) {
      fired = r;
      break;
    }
  }
  // The rules that follow one that took the sentence look beside its
  // quotes; the chain goes on with the quote the sentence's rule made.
  const std::size_t made = doc_.quotes.size();
  if (fired != nullptr && made > before) {
    carry_.sentence_first_quote = before;
    for (const Rule* r : sentence_rules_) {
      if (!r->follows) continue;
      rule_ = r;
      (this->*(r->run))(si);
    }
  }
  if (doc_.quotes.size() == before && !has_cue(si)) {
    // a sentence without speech breaks a chain of free indirect speech
    if (!de_ || !has_konjunktiv({s.first, s.last}, false)) carry_.chain = -1;
  } else if (doc_.quotes.size() > before) {
    // What a "wonach" clause reports is no speech the next sentence goes on with.
    if (fired == nullptr || fired->chains) carry_.chain = static_cast<std::int32_t>(made) - 1;
  }
}

void Attributor::direct_quotes(std::size_t from, std::size_t to) {
  std::int32_t& previous = carry_.previous_direct;  // the last attributed direct quote, for continuations
  for (std::size_t p = from; p < to; ++p) {
    QuotePair& pair = doc_.quote_pairs[p];
    if (pair.used || !in_body(pair.open)) continue;
    if (de_ && (names_something(pair) || named_as(pair))) continue;
    const Range inside{pair.open + 1, pair.close};
    // The first frame rule that finds a cue or a speaker frames the quote.
    Attribution a;
    const Rule* framed = nullptr;
    for (const Rule* r : frame_rules_) {
      a = (this->*(r->frame))(pair);
      if (!a.cue.empty() || a.speaker.found()) {
        framed = r;
        break;
      }
    }
    // '…", adding, "…"': an English gerund with no subject of its own goes
    // on with the speaker of the quote before.
    const bool goes_on = gerund_goes_on_ != nullptr && !a.cue.empty() && !a.speaker.found() && previous >= 0 &&
                         ends_with(tok(a.cue.first).lower, "ing");
    QuoteEntry q;
    q.kind = QuoteKind::direct;
    q.spans = {doc_.token_span(pair.open, pair.close + 1)};
    if (goes_on) {
      q.rule = framed->name;
      q.cue = spans_of(a);
      rule_ = gerund_goes_on_;
      inherit_speaker(q, doc_.quotes[previous]);
    } else if (framed != nullptr) {
      q.rule = framed->name;
      rule_ = framed;
      q.cue = spans_of(a);
      set_speaker(q, a.speaker);
      // English: 'after reporting "weak" sales for 2024': a few quoted words
      // that the clause goes on after are a mixed quote to the clause's end.
      if (!de_ && !a.cue.empty() && a.cue.last <= pair.open && pair.close + 1 < n_ &&
          !word_count_at_least(inside, 5) && tc_.word(pair.close + 1) && in_pair_[pair.close + 1] < 0 &&
          tok(pair.close + 1).sentence == tok(pair.open).sentence) {
        const Sentence& s = sentence_of(pair.open);
        std::uint32_t end = pair.close + 1;
        // (Up to the clause's end, or to a passive's agent: '"…" by the union'.)
        while (end < s.last && end < pair.close + 30 && in_pair_[end] < 0 && !clause_punct(end) &&
               tok(end).lower != "by")
          ++end;
        if (word_count_at_least({pair.close + 1, end}, 2)) {
          q.kind = QuoteKind::mixed;
          q.verbatim = {doc_.token_span(pair.open, pair.close + 1)};
          q.spans = {doc_.token_span(pair.open, end)};
        }
      }
    } else {
      // No frame of its own: a quotation that fills its paragraph continues
      // the speaker of the quote before it; a short one is a title or a
      // scare quote ("So arbeitet die Redaktion"), not speech.
      if (standalone_ == nullptr) continue;
      const bool long_enough = word_count_at_least(inside, 6) && ends_sentence(inside);
      if (!long_enough) continue;
      q.rule = standalone_->name;
      // The quote right before, when it was attributed as reported speech
      // ('„…“, so Schnappauf. „…“'), is as good a previous one.
      std::int32_t source = previous;
      if (!doc_.quotes.empty() && doc_.quotes.back().has_speaker &&
          static_cast<std::int32_t>(doc_.quotes.size()) - 1 > previous &&
          tok(pair.open).begin - doc_.quotes.back().spans.back().end < 400)
        source = static_cast<std::int32_t>(doc_.quotes.size()) - 1;
      const std::uint32_t si = tok(pair.open).sentence;
      if (subject_before_ != nullptr && source < 0 && stands_alone(pair) && si > 0 &&
          pair.open == doc_.sentences[si].first) {
        // "Sadiq Khan, einer der Abgeordneten, verurteilte die Haltung der
        // Regierung. „Diese Regierung hat …“": with no quotation before it,
        // the one who is named in the sentence before speaks.
        const SpeakerFound before = resolve(subject_of_sentence(si - 1));
        rule_ = subject_before_;
        if (before.found()) set_speaker(q, before);
      }
      rule_ = standalone_;
      if (source >= 0 && stands_alone(pair)) {
        inherit_speaker(q, doc_.quotes[source]);
        // German: '„…“, sagte Beck. „Die Menschen …“': the continuation is
        // said with the cue of the quote it continues.
        // (Not a source's preposition when the speaker is its sentence's
        // subject: "… war nach eigenem Bekunden eingeweiht. „…“".)
        const auto same_speaker = [&](const QuoteEntry& e) {
          return q.speaker_spans.size() == e.speaker_spans.size() &&
                 std::equal(e.speaker_spans.begin(), e.speaker_spans.end(), q.speaker_spans.begin(),
                            [](ByteSpan x, ByteSpan y) { return x.begin == y.begin && x.end == y.end; });
        };
        if (de_ && q.has_speaker && same_speaker(doc_.quotes[source])) {
          q.cue = doc_.quotes[source].cue;
          // ("Stöhr sagte: „…“ Die Gefahr sei real. … „Aber das Virus …“":
          // after free indirect speech, which has no cue, the cue of the
          // quote that named the speaker.)
          for (std::int32_t e = source - 1; q.cue.empty() && e >= 0 && e + 6 > source; --e)
            if (same_speaker(doc_.quotes[e])) q.cue = doc_.quotes[e].cue;
        }
        // English: the speaker's mention is the nearest one before the
        // quotation ('She expressed her anger. "But …"'): a mention of the
        // same person, or "He"/"She" opening a sentence, after the one inherited.
        if (!de_ && q.has_speaker && q.speaker_actor >= 0 && !q.speaker_spans.empty() &&
            doc_.actors[q.speaker_actor].type == ActorType::person) {
          const std::uint32_t floor = pair.open > 120 ? pair.open - 120 : 0;
          for (std::uint32_t k = pair.open; k > floor; --k) {
            const std::uint32_t t = k - 1;
            if (tok(t).end <= q.speaker_spans.front().end) break;
            if (in_pair_[t] >= 0) continue;
            const std::int32_t m = mention_at(doc_, t);
            if (m >= 0 && doc_.mentions[m].actor == q.speaker_actor) {
              q.speaker_spans = {doc_.mentions[m].span};
              break;
            }
            if (tc_.word(t) && one_of(tok(t).key, {"He", "She"}) && t == first_word(sentence_of(t))) {
              q.speaker_spans = {doc_.token_span(t, t + 1)};
              break;
            }
            if (m >= 0 && doc_.actors[doc_.mentions[m].actor].type == ActorType::person) break;  // someone else
          }
        }
      }
    }
    pair.used = true;
    // „Wir werden“, sagte er, „nicht aufgeben.“ is one quote in two pieces;
    // not when the words between are a frame of the next quote ('"…", adding, "…"').
    // (English only when the frame follows the first piece.)
    const Rule* joins = interrupted_ != nullptr ? interrupted_
                        : interrupted_after_ != nullptr && !a.cue.empty() && a.cue.first > pair.close
                            ? interrupted_after_
                            : nullptr;
    if (!goes_on && !a.cue.empty() && joins != nullptr && continues_after_frame(p)) {
      QuotePair& next = doc_.quote_pairs[p + 1];
      next.used = true;
      q.spans.push_back(doc_.token_span(next.open, next.close + 1));
      q.rule = joins->name;
      ++p;
    }
    doc_.quotes.push_back(q);
    // (A continued quote leaves the chain with the quote it continues.)
    if (q.has_speaker && !goes_on) {
      previous = static_cast<std::int32_t>(doc_.quotes.size()) - 1;
      carry_.chain = previous;
      carry_.last_reported_sentence = tok(pair.open).sentence;
    }
  }
}

}  // namespace attribution

void attribute_quotes(Document& doc) { attribution::Attributor(doc).run(); }

}  // namespace newsmark

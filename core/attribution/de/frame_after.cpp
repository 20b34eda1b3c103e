// Rule de-direct-frame-after (core/attribution/registry.cpp): „…“, sagte Kim. / „…“, so Kim. / „…“, hatte Kim erklärt.: the frame after the quotation.
#include "attributor.h"

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

Attribution Attributor::de_frame_after(const QuotePair& pair) const {
  Attribution a;
  std::uint32_t k = pair.close + 1;
  if (k >= n_ || tok(k).newlines_before > 0) return a;
  const bool comma_after = punct(k, ",");
  const bool comma_inside = ends_before_frame(pair);
  // „… etabliert.“ erklärte Kultusministerin Eisenmann: a lower-case
  // speech verb after the closing mark continues the sentence.
  const Token& closing = last_inside(pair);
  const bool stop_inside = closing.kind == TokenKind::punct && closing.key == "." && tc_.speech_verb(k);
  if (!comma_after && !comma_inside && !stop_inside) return a;
  if (comma_after) ++k;
  if (k >= n_ || tok(k).newlines_before > 0) return a;
  const std::uint32_t limit = sentence_of(k).last;
  if (std::string_view(tok(k).lower) == "so") {
    a.cue = {k, k + 1};
    a.speaker = resolve(speaker_after_cue(k + 1, limit));
    return a.speaker.found() ? a : Attribution{};
  }
  if (tc_.speech_verb(k) || tc_.separable_speech_verb(k) || one_of(tok(k).lower, {"hieß", "heißt"})) {
    a = cue_at(k, limit);
    if (a.cue.empty()) return a;
    if (a.cue.last < n_ && std::string_view(tok(a.cue.last - 1).lower) == "es") {
      std::uint32_t m = a.cue.last;
      while (m < limit && m < a.cue.last + 4 && !one_of(tok(m).lower, {"in", "im", "aus", "von", "vom", "bei", "beim"}))
        ++m;
      a.speaker = resolve(m < limit ? phrase_from(m + 1, limit) : Range{});
    } else {
      a.speaker = resolve(speaker_after_cue(a.cue.last, limit));
    }
    return a;
  }
  // „…“, hatte VW-Chef Winterkorn in einem Interview erklärt.
  if (tc_.finite_auxiliary(k)) {
    const Range np = phrase_from(k + 1, limit);
    if (!np.empty()) {
      for (std::uint32_t v = np.last; v < limit && v < np.last + 8; ++v) {
        if (clause_punct(v) || in_pair_[v] >= 0) break;
        if (tc_.speech_verb(v)) {
          Attribution b;
          b.cue = {v, v + 1};
          b.speaker = resolve(np);
          return b;
        }
      }
    }
  }
  // „…“, ließ ein IWF-Sprecher kurz verlauten. / „…“, zeigte sich der
  // Trainer zufrieden.: a German verb the lists don't know, right after
  // the quotation and before who speaks, frames it all the same; the
  // word that closes the clause ("verlauten", "zufrieden") completes it.
  if (comma_after && tc_.word(k) && !tok(k).upper && !tc_.function_word(k) && !tc_.pronoun(k) &&
      word_count_at_least({pair.open + 1, pair.close}, 4)) {
    const std::uint32_t at = past_reflexive(k + 1, limit);
    const Range np = phrase_from(at, limit);
    if (!np.empty() && names_speaker(np) && !oblique(at)) {
      std::uint32_t end = np.last;
      while (end < limit && end < np.last + 6 && !clause_punct(end) && in_pair_[end] < 0) ++end;
      Attribution b;
      b.cue = {k, at > k + 1 ? k + 2 : k + 1};
      if (end > np.last && tc_.word(end - 1) && !tok(end - 1).upper && !tc_.function_word(end - 1))
        b.cue2 = {end - 1, end};
      b.speaker = resolve(np);
      return b;
    }
  }
  return subject_then_cue(k, limit);
}

}  // namespace attribution
}  // namespace newsmark

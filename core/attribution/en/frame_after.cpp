// Rule en-direct-frame-after (core/attribution/registry.cpp): "…," said Bash. / "…," Bash said.: the frame after the quotation.
#include "attributor.h"

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
  const Token& last_inside = tok(pair.close - 1 > pair.open ? pair.close - 1 : pair.open);
  const bool comma_inside = last_inside.kind == TokenKind::punct && one_of(last_inside.key, {",", "?", "!", "\u2026"});
  // '"I am in awe of the people …" tweeted Mayor Sadiq Khan': a verb right
  // after the closing mark, the comma left out.
  const bool verb_right_after = tc_.speech_verb(k) && word_count_at_least({pair.open + 1, pair.close}, 4);
  if (!comma_after && !comma_inside && !verb_right_after) return a;
  if (comma_after) ++k;
  if (k >= n_ || tok(k).newlines_before > 0) return a;
  const std::uint32_t limit = sentence_of(k).last;
  if (tc_.speech_verb(k) || tc_.separable_speech_verb(k)) {
    a = cue_at(k, limit);
    if (a.cue.empty()) return a;
    // '"…", adding, "…"': the gerund frames the quote after it, not this one.
    if (ends_with(tok(k).lower, "ing") && phrase_from(a.cue.last, limit).empty()) return Attribution{};
    a.speaker = resolve(phrase_from(a.cue.last, limit));
    return a;
  }
  return subject_then_cue(k, limit);
}

}  // namespace attribution
}  // namespace newsmark

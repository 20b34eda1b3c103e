// Rule de-anaphoric-report (core/attribution/registry.cpp): "Dies bestätigte X.", "Das geht aus … hervor.": the sentence before is what X said.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// "Dies bestätigte der Parteivorsitzende am Abend.", "Das geht aus einer
// Pressemitteilung hervor.": the sentence before is what was said, and
// this one is its frame, no report of its own.
bool Attributor::de_anaphoric_report(std::uint32_t si) {
  if (si == 0) return false;
  const Sentence& s = doc_.sentences[si];
  const Sentence& prev = doc_.sentences[si - 1];
  const std::uint32_t d = s.first;
  if (s.last < d + 4 || prev.paragraph != s.paragraph || !tc_.capitalized(d) ||
      !one_of(tok(d).lower, {"dies", "das", "dieses"}) || in_pair_[d + 1] >= 0)
    return false;
  const std::uint32_t v = d + 1;
  Attribution a;
  if (one_of(tok(v).lower, {"geht", "ging"}) && std::string_view(tok(v + 1).lower) == "aus") {
    std::uint32_t h = 0;
    for (std::uint32_t k = v + 2; k < s.last && k < v + 24 && h == 0; ++k)
      if (std::string_view(tok(k).lower) == "hervor") h = k;
    if (h == 0) return false;
    a.cue = {v, v + 1};
    a.cue2 = {h, h + 1};
    a.speaker = resolve(phrase_from(v + 2, h));
  } else {
    a = cue_at(v, s.last);
    if (a.cue.empty() || passive(v)) return false;
    std::uint32_t k = std::max(a.cue.last, v + 1);
    if (k < s.last && std::string_view(tok(k).lower) == "sich") ++k;
    // "Das erklärte gestern ein Sprecher": an adverb before the subject.
    // ("Das bestätigte der Präsident, Susilo Bambang Yudhoyono.": with the
    // apposition that closes the sentence.)
    a.speaker = resolve(with_apposition(phrase_from(frame_adverbs(k, s.last), s.last), s.last));
  }
  // "Dies nennt man einen „Aktiensplit“": a definition, nobody speaks.
  if (!a.speaker.found() || one_of(tok(a.speaker.phrase.first).lower, {"man", "es"})) return false;
  if (!doc_.quotes.empty() && !doc_.quotes.back().spans.empty() &&
      doc_.quotes.back().spans.back().end > tok(prev.first).begin) {
    // The sentence before is already a quotation: this names its speaker
    // if it had none.
    QuoteEntry& q = doc_.quotes.back();
    if (!q.has_speaker) {
      q.cue = spans_of(a);
      set_speaker(q, a.speaker);
    }
    return true;
  }
  add_reported({prev.first, prev.last}, a);
  return true;
}

}  // namespace attribution
}  // namespace newsmark

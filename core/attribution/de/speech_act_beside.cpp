// Rule de-speech-act-beside (core/attribution/registry.cpp): "Er bezeichnete die Proteste als rechtmäßig und forderte die Anhänger auf, Ruhe zu bewahren", "Sie räumte ein, es könnten Stellen verloren gehen, sprach aber von einem offenen Prozess": a speech act in the clause beside the quote another rule made.
#include "attributor.h"

#include <algorithm>

#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// Another sentence rule took sentence si and quoted one clause of it, with
// a cue ("X sagte, …", "…, forderte … auf, …"). The clause before the cue's
// clause, up to the comma or "und" that ends it, may report a speech act
// of its own ("Der Rat stufte das Gesetz als verfassungswidrig ein, und
// UNICEF rief Russland auf, …"): it is a quote as rule de-speech-act makes
// one of a whole sentence. The clause after the quote, opened by a comma or
// "und" and a finite verb of a speech act with no subject of its own
// ("…, sprach aber von …", "… und warnte vor …"), reports what the quote's
// speaker said next.
bool Attributor::de_speech_act_beside(std::uint32_t si) {
  static const PrefixSet kFactStems(word_list("de/fact-verb-stems"));
  const Sentence& s = doc_.sentences[si];
  const std::size_t from = carry_.sentence_first_quote, to = doc_.quotes.size();
  if (from >= to) return false;
  // The first token at or after a byte offset, within the sentence.
  const auto token_at = [&](std::uint32_t begin) { return std::clamp(token_at_byte(begin), s.first, s.last); };
  bool made = false;
  // Before: the clause ahead of the first quote and its cue.
  const QuoteEntry first = doc_.quotes[from];
  if (!first.cue.empty()) {
    std::uint32_t anchor = token_at(first.spans.front().begin);
    for (const ByteSpan& c : first.cue) anchor = std::min(anchor, token_at(c.begin));
    std::uint32_t end = anchor;
    while (end > s.first && !(in_pair_[end - 1] < 0 && (punct(end - 1, ",") || (tc_.word(end - 1) &&
                                                                                  std::string_view(tok(end - 1).lower) == "und"))))
      --end;
    if (end > s.first + 1 && std::string_view(tok(end - 1).lower) == "und" && punct(end - 2, ",")) --end;
    if (end > s.first + 3) {
      --end;  // the comma or "und" itself
      // (One clause, no comma in it: not the subject's apposition or
      // relative clause before the cue's verb.)
      bool one = true;
      for (std::uint32_t k = s.first; k < end && one; ++k) one = !clause_punct(k) && in_pair_[k] < 0;
      Sentence head = s;
      head.last = punct(end, ",") ? end + 1 : end;  // (the comma ends a separable verb's clause: "stufte … ein,")
      if (one && speech_act_in(head, si)) made = true;
    }
  }
  // After: the clause that follows the last quote, with a cue before it.
  const QuoteEntry last = doc_.quotes[to - 1];
  if (last.cue.empty()) return made;
  const std::uint32_t quote_first = token_at(last.spans.front().begin);
  for (const ByteSpan& c : last.cue)
    if (token_at(c.begin) >= quote_first) return made;
  const std::uint32_t after = token_at(last.spans.back().end);
  std::uint32_t v = after;
  if (punct(v, ",")) ++v;
  const std::uint32_t open = v;
  if (v < s.last && tc_.word(v) && one_of(tok(v).lower, {"und", "sowie"})) ++v;
  if (v == after || v + 2 >= s.last || !tc_.word(v) || tok(v).upper || in_pair_[v] >= 0) return made;
  const std::string_view w = tok(v).lower;
  if (w.rfind("ge", 0) == 0) return made;  // a participle, not the finite verb
  // ("Gerüchte, wonach …, dementierte das Ministerium": after a comma alone
  // the verb of a fronted clause has its subject next; "…, sprach aber von
  // …" goes on with an adverb.)
  if (v == open && (!tc_.word(v + 1) || tok(v + 1).upper || determiner(v + 1) || tc_.pronoun(v + 1))) return made;
  std::uint32_t end = v + 1;
  while (end < s.last && in_pair_[end] < 0 && !clause_punct(end)) ++end;
  Sentence tail = s;
  tail.first = open;
  tail.last = end;
  const bool act = (reported_speech_act(v) && !starts_with_one_of(w, kFactStems)) ||
                   !reported_separable(v, tail).empty() || stance_verb(v, tail);
  if (!act) return made;
  Attribution a;
  if (!reported_act_in(v, a, Range{}, tail)) return made;
  const std::size_t n = doc_.quotes.size();
  add_reported({v > open ? open : v, end}, a, static_cast<std::int32_t>(to - 1), true);
  return made || doc_.quotes.size() > n;
}

}  // namespace attribution
}  // namespace newsmark

// The attribution rules by name, in the order they run. Every quote, speaker
// and source records the rule that made it (QuoteEntry::rule, ::speaker_rule,
// SourceEntry::rule); Options::disable switches rules off by name.
//
// A rule belongs to one stage, and a stage runs its rules in registry order:
//   source    per token, the first rule whose trigger matches takes the token
//             ("laut X", "X zufolge", "according to X"): sources only;
//   sentence  per sentence, the first rule that fires takes the sentence
//             (reported speech: "X sagte, dass …", Konjunktiv, "wonach"); a
//             rule marked Rule::follows runs only after one took it, beside
//             that rule's quote;
//   frame     per pair of quotation marks, the first rule that finds a cue or
//             a speaker frames the direct quote;
//   direct    what a direct quote without a frame of its own gets (the speaker
//             before it, the second piece of an interrupted quote);
//   credit    agency credits, "(dpa)" (core/sources.cpp).
// The per-language list (rules_for) holds the shared rules and that
// language's rules, nothing else: no rule asks which language it runs in.
#ifndef NEWSMARK_CORE_ATTRIBUTION_REGISTRY_H
#define NEWSMARK_CORE_ATTRIBUTION_REGISTRY_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace newsmark {
namespace attribution {

class Attributor;
struct Attribution;

enum class Stage : std::uint8_t { source, sentence, frame, direct, credit };

struct Rule {
  const char* name;         // kebab-case, "de-"/"en-" for one language
  const char* lang;         // "de", "en" or "shared"
  Stage stage;
  const char* description;  // one line, for --list-rules
  // source: token index; sentence: sentence index. True when the rule took it.
  bool (Attributor::*run)(std::uint32_t) = nullptr;
  // frame: the frame of a pair of quotation marks (empty when none).
  Attribution (Attributor::*frame)(const QuotePair&) const = nullptr;
  // sentence: whether the quote it makes may be continued by free indirect
  // speech in the next sentence (what a "wonach" clause reports is not).
  bool chains = true;
  // sentence: runs only after another sentence rule took the sentence, on
  // what that rule left beside its quote (it never takes a sentence itself).
  bool follows = false;
  std::uint32_t id = 0;     // position in all_rules(): the bit in Document::rules_off
};

// Every rule, in order.
const std::vector<Rule>& all_rules();

// The rules of one language (shared ones included) for one stage, in order.
const std::vector<const Rule*>& rules_for(Lang lang, Stage stage);

// The rule of that name, or null.
const Rule* find_rule(std::string_view name);

// Names of the rules of the direct and credit stages, whose place in the
// flow is fixed (they are switched off by name like the others).
extern const char kDirectGerundGoesOn[];
extern const char kDirectStandalone[];
extern const char kDirectSubjectBefore[];
extern const char kDirectInterrupted[];
extern const char kDirectInterruptedAfter[];
extern const char kAgencyCredit[];

// Whether the rule is switched off for this document.
bool rule_off(const Document& doc, const char* name);

// Options::disable as the bit set of Document::rules_off; false with the
// unknown name in *unknown.
bool disabled_set(const std::vector<std::string>& names, std::uint64_t* off, std::string* unknown);

}  // namespace attribution
}  // namespace newsmark

#endif

// newsmark: who the actors are, what they said, and where each claim comes from.
//
// The one public header. Plain value types only: no ICU, no JSON library, no
// exceptions cross this boundary (WebAssembly builds have them off). Errors are
// values: every entry point reports failure through its return value.
#ifndef NEWSMARK_NEWSMARK_H
#define NEWSMARK_NEWSMARK_H

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark {

// The unit of every start/end offset in a Result.
enum class OffsetUnit { utf16, utf8, codepoints };

struct Options {
  // "auto" detects German or English; "de" and "en" force the language.
  std::string lang = "auto";
  OffsetUnit offsets = OffsetUnit::utf16;
  // Adds to every quote, speaker and source the name of the attribution rule
  // that made it ("rule" in the JSON); see rules().
  bool explain = false;
  // Attribution rules switched off by name; an unknown name is an error.
  std::vector<std::string> disable;
};

// One attribution rule, in the order rules run (newsmark --list-rules).
struct RuleInfo {
  const char* name;         // e.g. "de-cue-then-clause"
  const char* lang;         // "de", "en" or "shared"
  const char* stage;        // "source", "sentence", "frame", "direct" or "credit"
  const char* description;  // one line
};

// Every attribution rule, in order.
std::vector<RuleInfo> rules();

// [start, end) in the unit of Result::offsets, relative to the caller's text.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
};

struct Actor {
  std::string id;    // "a1", "a2", ... stable within one result only
  std::string name;  // the fullest form found in the text
  std::string type;  // person | organization | location | media | group
  std::string role;  // title or function found with it; empty when none
  std::vector<Span> mentions;  // text order
};

struct Speaker {
  std::string actor;  // id of an Actor; empty when the speaker is no actor
  std::vector<Span> spans;
  std::string rule;   // with Options::explain: the rule that named the speaker
  // With Options::explain: the tokens of the speaker spans with their
  // part-of-speech tag (UPOS; empty where the language has no tagger), so
  // tools can check that a speaker is a noun phrase or pronoun.
  struct Token {
    Span span;
    std::string pos;
  };
  std::vector<Token> tokens;
};

struct Quote {
  std::string id;
  std::string kind;  // direct | indirect | mixed
  std::vector<Span> spans;         // one or more pieces, text order
  std::optional<Speaker> speaker;  // nullopt: nobody can be named
  std::vector<Span> cue;           // empty: no cue
  std::vector<Span> verbatim;      // of a mixed quote: its pieces inside quotation marks
  std::string rule;                // with Options::explain: the rule that made it
};

struct Source {
  std::string id;
  std::string kind;   // according_to | report | agency_credit | anonymous
  std::string actor;  // id of an Actor; empty when none is named
  std::vector<Span> spans;
  std::string rule;   // with Options::explain: the rule that made it
};

struct Result {
  std::string lang;
  OffsetUnit offsets = OffsetUnit::utf16;
  std::vector<Actor> actors;    // sorted by first mention
  std::vector<Quote> quotes;    // sorted by first span
  std::vector<Source> sources;  // sorted by first span
};

// What went wrong, as a value. ok() is true when message is empty.
struct Status {
  std::string message;
  bool ok() const { return message.empty(); }
};

// Input larger than this is refused with a Status, never truncated silently.
constexpr std::size_t kMaxInputBytes = std::size_t{64} << 20;

// Analyses one UTF-8 text. Invalid UTF-8 is read as U+FFFD, one per bad byte;
// offsets still refer to the caller's bytes. Never throws.
Status extract(std::string_view utf8_text, const Options& options, Result* out);

// The result as the JSON document of the result contract (schema newsmark/1).
std::string to_json(const Result& result, bool pretty = false);

// extract() + to_json(); on failure {"error": "..."}. Never throws.
std::string extract_json(std::string_view utf8_text, const Options& options,
                         bool pretty = false);

// Parses "utf16" | "utf8" | "codepoints"; false when unknown.
bool parse_offset_unit(std::string_view name, OffsetUnit* out);
const char* offset_unit_name(OffsetUnit unit);

const char* version();

}  // namespace newsmark

#endif  // NEWSMARK_NEWSMARK_H

// The internal picture of one text that every pipeline stage reads and adds
// to. Offsets here are byte offsets into Text::utf8(); the result stage turns
// them into the caller's unit.
#ifndef NEWSMARK_CORE_DOCUMENT_H
#define NEWSMARK_CORE_DOCUMENT_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text.h"

namespace newsmark {

enum class Lang : std::uint8_t { de, en };

struct ByteSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

enum class TokenKind : std::uint8_t { word, number, punct };

// Universal part-of-speech tags (UD v2), from the tagging stage
// (core/tagger/); none where the language has no model.
enum class Upos : std::uint8_t {
  none, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X
};

// Named-entity tags from the tagging stage: the type of the entity a token
// belongs to (other = a name that is no person, organisation or place:
// an event, a product, a work).
enum class EntityTag : std::uint8_t { none, person, organization, location, other };

struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::punct;
  std::uint8_t newlines_before = 0;  // line breaks in the white space before it
  bool space_before = false;
  bool upper = false;     // first letter is upper case
  bool all_caps = false;  // two or more letters, all upper case
  std::uint32_t sentence = 0;
  std::string key;    // NFC form, case kept: what gazetteers are looked up with
  std::string lower;  // NFC, lower case: what word lists are looked up with
  // Lexicon flags of key and of lower, looked up once by the segmenter:
  // every stage asks for them many times.
  std::uint64_t key_flags = 0;
  std::uint64_t lower_flags = 0;
  // The first token of the text with the same form (kind, key, case, flags;
  // itself when it is the first; kItself: not known, treat as itself): what
  // depends on the form alone is worked out once per form and shared.
  static constexpr std::uint32_t kItself = 0xFFFFFFFFu;
  std::uint32_t same = kItself;
  // Tags from the tagging stage (core/tagger/tagger.h):
  Upos pos = Upos::none;                // part of speech
  EntityTag entity = EntityTag::none;   // the entity this token is part of
  bool entity_begin = false;            // ... and it is the entity's first token

  bool proper_noun() const { return pos == Upos::PROPN; }
  bool verb_or_aux() const { return pos == Upos::VERB || pos == Upos::AUX; }
};

struct Sentence {
  std::uint32_t first = 0;  // first token
  std::uint32_t last = 0;   // one past the last token
  std::uint32_t paragraph = 0;
};

enum class ActorType : std::uint8_t { person, organization, location, media, group };

struct Mention {
  std::uint32_t first = 0;  // tokens [first, last)
  std::uint32_t last = 0;
  ByteSpan span;
  std::int32_t actor = -1;
};

struct ActorEntry {
  std::string name;
  ActorType type = ActorType::person;
  std::string role;
  std::vector<std::int32_t> mentions;  // indexes into Document::mentions
  // Mentions added after the actor stage (a group that speaks, an agency in a
  // credit): kept apart so Document::mentions stays sorted without shifting.
  std::vector<ByteSpan> extra_mentions;
};

enum class QuoteKind : std::uint8_t { direct, indirect, mixed };

struct QuoteEntry {
  QuoteKind kind = QuoteKind::direct;
  std::vector<ByteSpan> spans;
  bool has_speaker = false;
  std::vector<ByteSpan> speaker_spans;
  std::int32_t speaker_actor = -1;
  std::vector<ByteSpan> cue;
  // Of a mixed quote: the pieces inside quotation marks (marks included),
  // the speaker's own words, in text order.
  std::vector<ByteSpan> verbatim;
  // The attribution rules (core/attribution/registry.cpp) that made the
  // quote and that named its speaker: static strings, never freed.
  const char* rule = nullptr;
  const char* speaker_rule = nullptr;
};

enum class SourceKind : std::uint8_t { according_to, report, agency_credit, anonymous };

struct SourceEntry {
  SourceKind kind = SourceKind::according_to;
  ByteSpan span;
  std::int32_t actor = -1;
  const char* rule = nullptr;  // the rule that made it (a static string)
};

// A pair of quotation marks found in the text: [open, close] tokens.
struct QuotePair {
  std::uint32_t open = 0;
  std::uint32_t close = 0;  // token index of the closing mark
  bool used = false;        // taken into an attributed quote
};

struct Document {
  explicit Document(const Text& t) : text(t) {}
  const Text& text;
  Lang lang = Lang::de;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;  // text order, never overlapping
  std::vector<ActorEntry> actors;
  std::vector<QuotePair> quote_pairs;
  std::vector<QuoteEntry> quotes;
  std::vector<SourceEntry> sources;
  // Token index where boilerplate after the article starts (a page footer
  // after the agency credit); tokens.size() when there is none.
  std::uint32_t body_end = 0;
  // The attribution rules switched off (Options::disable): bit Rule::id.
  std::uint64_t rules_off = 0;
  // The entity tagger ran (the language has a model): Token::entity is its answer.
  bool entities_tagged = false;

  std::string_view slice(std::uint32_t begin, std::uint32_t end) const {
    return text.view().substr(begin, end - begin);
  }
  ByteSpan token_span(std::uint32_t first, std::uint32_t last) const {
    return {tokens[first].begin, tokens[last - 1].end};
  }
};

}  // namespace newsmark

#endif

// Questions every stage asks about a token, answered from the word lists
// for the document's language.
#ifndef NEWSMARK_CORE_TOKEN_CLASS_H
#define NEWSMARK_CORE_TOKEN_CLASS_H

#include <initializer_list>
#include <string_view>

#include "document.h"
#include "lexicon.h"

namespace newsmark {

// Is w one of the listed words? (string_view literals: no strlen per call)
inline bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
  for (const std::string_view x : list)
    if (w == x) return true;
  return false;
}

inline bool ends_with(std::string_view s, std::string_view suffix) {
  // The last byte first: most tries fail there, without a call to memcmp.
  if (s.size() < suffix.size()) return false;
  if (suffix.empty()) return true;
  return s.back() == suffix.back() && s.substr(s.size() - suffix.size()) == suffix;
}

// The last label of a web address that a news text names ("ndr.de", "faz.net").
inline bool top_level_domain(std::string_view label) {
  return one_of(label, {"de", "com", "net", "org", "at", "ch", "uk", "fr", "eu", "info"});
}

// The byte length of an English possessive ending ("'s", "\u2019s") at the end of s, or 0.
inline std::size_t possessive_length(std::string_view s) {
  if (ends_with(s, "'s")) return 2;
  if (ends_with(s, "\u2019s")) return 4;
  return 0;
}

// The part of a German compound from a cut on, as the noun list spells it: its first letter upper-cased
// (ASCII, or an umlaut of Latin-1 in UTF-8: "autos" -> "Autos", "ämter" -> "Ämter"); false when the part
// starts otherwise.
bool capitalised_part(std::string_view rest, std::string* out);

class TokenClass {
 public:
  explicit TokenClass(const Document& doc) : doc_(doc), lex_(Lexicon::get(doc.lang)), de_(doc.lang == Lang::de) {}

  const Token& tok(std::uint32_t i) const { return doc_.tokens[i]; }
  std::uint64_t flags(std::uint32_t i) const { return doc_.tokens[i].key_flags; }
  std::uint64_t lower_flags(std::uint32_t i) const { return doc_.tokens[i].lower_flags; }
  bool is(std::uint32_t i, std::string_view lower) const { return doc_.tokens[i].lower == lower; }
  bool punct(std::uint32_t i, std::string_view p) const {
    return doc_.tokens[i].kind == TokenKind::punct && doc_.tokens[i].key == p;
  }
  bool word(std::uint32_t i) const { return doc_.tokens[i].kind == TokenKind::word; }
  bool capitalized(std::uint32_t i) const { return word(i) && doc_.tokens[i].upper; }

  bool function_word(std::uint32_t i) const {
    return word(i) && (lower_flags(i) & (de_ ? kFunctionDe : kFunctionEn));
  }
  bool time_word(std::uint32_t i) const {
    return (flags(i) | lower_flags(i)) & (de_ ? kTimeDe : kTimeEn);
  }
  bool speech_verb(std::uint32_t i) const {
    return word(i) && !doc_.tokens[i].upper && (flags(i) & (de_ ? kSpeechDe : kSpeechEn));
  }
  bool speech_verb_any_case(std::uint32_t i) const {
    return word(i) && (lower_flags(i) & (de_ ? kSpeechDe : kSpeechEn));
  }
  bool separable_speech_verb(std::uint32_t i) const {
    return de_ && word(i) && (lower_flags(i) & kSpeechSeparableDe);
  }
  bool konjunktiv(std::uint32_t i) const { return de_ && word(i) && !tok(i).upper && (flags(i) & kKonjunktiv); }
  bool konjunktiv_ambiguous(std::uint32_t i) const {
    return de_ && word(i) && !tok(i).upper && (flags(i) & kKonjunktivAmbiguous);
  }
  bool title(std::uint32_t i) const;
  bool group_noun(std::uint32_t i) const {
    return word(i) && (flags(i) & (de_ ? kGroupDe : kGroupEn));
  }
  // A German common noun (from the list, or by a noun suffix / a listed noun
  // as the last part of a compound); for English a word of the common vocabulary.
  bool common_noun(std::uint32_t i) const;
  bool nationality_adjective(std::uint32_t i) const;
  bool pronoun(std::uint32_t i) const;
  bool preposition(std::uint32_t i) const;
  bool finite_auxiliary(std::uint32_t i) const;
  bool de() const { return de_; }
  const Lexicon& lex() const { return lex_; }

 private:
  bool compute_common_noun(std::uint32_t i) const;
  bool compute_title(std::uint32_t i) const;
  bool compute_nationality_adjective(std::uint32_t i) const;
  bool compute_preposition(std::uint32_t i) const;
  bool compute_finite_auxiliary(std::uint32_t i) const;
  // The answer of `compute` for token i, worked out once per form (Token::same).
  bool remembered(std::vector<std::int8_t>& cache, std::uint32_t i, bool (TokenClass::*compute)(std::uint32_t) const) const;

  const Document& doc_;
  const Lexicon& lex_;
  bool de_;
  // common_noun() tries every split of a compound: worth remembering per token.
  mutable std::vector<std::int8_t> noun_cache_;
  // title() tries every German title suffix, and the stages ask it often.
  mutable std::vector<std::int8_t> title_cache_;
  // nationality_adjective() tries six German endings.
  mutable std::vector<std::int8_t> nationality_cache_;
  // preposition() and finite_auxiliary() compare with 20-35 words, asked of the
  // same tokens by many rules.
  mutable std::vector<std::int8_t> preposition_cache_;
  mutable std::vector<std::int8_t> auxiliary_cache_;
};

}  // namespace newsmark

#endif

#include "token_class.h"

namespace newsmark {

bool capitalised_part(std::string_view rest, std::string* out) {
  out->clear();
  if (rest.empty()) return false;
  if (rest[0] >= 'a' && rest[0] <= 'z') {
    out->push_back(static_cast<char>(rest[0] - 32));
    out->append(rest.substr(1));
  } else if (rest.size() >= 2 && static_cast<unsigned char>(rest[0]) == 0xC3) {
    out->push_back(rest[0]);
    out->push_back(static_cast<char>(static_cast<unsigned char>(rest[1]) - 0x20));
    out->append(rest.substr(2));
  } else {
    return false;
  }
  return true;
}

bool TokenClass::remembered(std::vector<std::int8_t>& cache, std::uint32_t i,
                            bool (TokenClass::*compute)(std::uint32_t) const) const {
  if (cache.empty()) cache.assign(doc_.tokens.size(), -1);
  // The answer depends on the form alone: one per form.
  const std::uint32_t same = doc_.tokens[i].same;
  if (same < i) i = same;
  if (cache[i] < 0) cache[i] = (this->*compute)(i) ? 1 : 0;
  return cache[i] == 1;
}

bool TokenClass::title(std::uint32_t i) const { return word(i) && remembered(title_cache_, i, &TokenClass::compute_title); }

bool TokenClass::compute_title(std::uint32_t i) const {
  const Token& t = tok(i);
  // English: "PM" after a time is the afternoon, no prime minister ("03:48 PM John Griffith").
  if (!de_ && std::string_view(t.key) == "PM" && i > 0 && tok(i - 1).kind == TokenKind::number) return false;
  if (flags(i) & (de_ ? kTitleDe : kTitleEn)) return true;
  if (!de_) return lower_flags(i) & kTitleEn;
  if (!t.upper) return false;
  // Genitive: "des Verteidigungsministers".
  const std::string_view key = t.key;
  if (ends_with(key, "s") && (lex_.flags(key.substr(0, key.size() - 1)) & kTitleDe)) return true;
  // A listed ending, with three bytes or more before it ("Verteidigungsminister", "Ministers").
  return ends_with_listed(lex_.title_suffixes_de(), t.lower, 3);
}

bool TokenClass::common_noun(std::uint32_t i) const {
  return word(i) && remembered(noun_cache_, i, &TokenClass::compute_common_noun);
}

bool TokenClass::compute_common_noun(std::uint32_t i) const {
  const Token& t = tok(i);
  if (!de_) return (lower_flags(i) & (kCommonEn | kFunctionEn)) != 0;
  if (flags(i) & kNounDe) return true;
  if (!t.upper || t.all_caps) return false;
  static constexpr std::string_view kNounSuffixes[] = {
      "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
      "ität", "itäten", "ismus", "nis", "nisse", "tum", "ment", "ments", "chen", "lein",
      "sion", "sionen", "enz", "anz", "ungs", "heits", "keits", "schafts", "tions"};
  if (t.lower.size() > 5)
    for (const std::string_view s : kNounSuffixes)
      if (ends_with(t.lower, s)) return true;
  // A compound whose last part is a listed noun: "Flugabwehrraketen".
  const std::string& key = t.key;
  std::string cap;  // one buffer for every cut
  for (std::size_t cut = 3; cut + 4 <= key.size(); ++cut) {
    if ((static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) continue;
    if (!capitalised_part(std::string_view(key).substr(cut), &cap)) continue;
    if (lex_.flags(cap) & kNounDe) return true;
  }
  return false;
}

bool TokenClass::nationality_adjective(std::uint32_t i) const {
  return word(i) && remembered(nationality_cache_, i, &TokenClass::compute_nationality_adjective);
}

bool TokenClass::compute_nationality_adjective(std::uint32_t i) const {
  const Token& t = tok(i);
  if (!de_) return flags(i) & kNationalityEn;
  // The word itself: its lower-case form's flags, looked up by the segmenter.
  if (t.lower.size() > 3 && (lower_flags(i) & kNationalityDe)) return true;
  static constexpr std::string_view kEndings[] = {"e", "en", "er", "es", "em"};
  for (const std::string_view e : kEndings) {
    if (t.lower.size() > e.size() + 3 && ends_with(t.lower, e) &&
        (lex_.flags(std::string_view(t.lower).substr(0, t.lower.size() - e.size())) & kNationalityDe))
      return true;
  }
  return false;
}

bool TokenClass::pronoun(std::uint32_t i) const {
  if (!word(i)) return false;
  const std::string_view w = tok(i).lower;
  if (de_) return one_of(w, {"er", "sie", "es", "man", "dieser", "diese", "jener", "wir", "ich"});
  return one_of(w, {"he", "she", "they", "it", "we", "i", "who"});
}

bool TokenClass::preposition(std::uint32_t i) const {
  return word(i) && remembered(preposition_cache_, i, &TokenClass::compute_preposition);
}

bool TokenClass::compute_preposition(std::uint32_t i) const {
  const std::string_view w = tok(i).lower;
  if (de_)
    return one_of(w, {"am", "im", "in", "an", "auf", "bei", "beim", "gegenüber", "vor", "nach", "mit", "für",
                      "über", "unter", "zu", "zum", "zur", "aus", "seit", "während", "wegen", "durch", "gegen",
                      "ohne", "um", "laut", "zufolge", "hinter", "neben", "zwischen", "ins", "vom", "bis"});
  return one_of(w, {"in", "on", "at", "to", "for", "with", "from", "by", "about", "after", "before", "during",
                    "on", "into", "over", "under", "through", "against", "since", "until", "per", "via", "of"});
}

bool TokenClass::finite_auxiliary(std::uint32_t i) const {
  return word(i) && remembered(auxiliary_cache_, i, &TokenClass::compute_finite_auxiliary);
}

bool TokenClass::compute_finite_auxiliary(std::uint32_t i) const {
  const std::string_view w = tok(i).lower;
  if (de_)
    return one_of(w, {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
                      "wurden", "habe", "hätte", "hätten", "sei", "seien", "kann", "können", "konnte", "konnten",
                      "will", "wollte", "wollten", "soll", "sollen", "sollte", "sollten", "muss", "müssen",
                      "musste", "mussten", "würde", "würden"});
  return one_of(w, {"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "did",
                    "does", "do", "should", "may", "might", "must"});
}

}  // namespace newsmark

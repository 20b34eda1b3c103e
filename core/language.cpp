#include "language.h"

#include <cctype>
#include <string>

namespace newsmark {
namespace {

int vote(std::string_view word) {
  // +1 German, -1 English. Words that are frequent in one language and rare
  // or absent in the other.
  static const char* const kDe[] = {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "des", "dem",
                                    "ein", "eine", "zu", "von", "den", "im", "auf", "für", "auch", "sagte",
                                    "wurde", "werden", "nach", "bei", "sind", "einer", "einem", "noch", "über"};
  static const char* const kEn[] = {"the", "and", "of", "to", "is", "that", "for", "with", "was", "on",
                                    "said", "he", "it", "as", "by", "at", "from", "his", "are", "were",
                                    "have", "has", "an", "be", "this", "which", "their", "they"};
  for (const char* w : kDe)
    if (word == w) return 1;
  for (const char* w : kEn)
    if (word == w) return -1;
  return 0;
}

}  // namespace

Lang detect_language(std::string_view s) {
  if (s.size() > 20000) s = s.substr(0, 20000);
  int score = 0;
  std::string word;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if (std::isalpha(c)) {
      word.push_back(static_cast<char>(std::tolower(c)));
    } else {
      if (c >= 0x80) {
        // Umlauts and ß are a German signal of their own.
        if (c == 0xC3 && i + 1 < s.size()) {
          const unsigned char d = static_cast<unsigned char>(s[i + 1]);
          if (d == 0xA4 || d == 0xB6 || d == 0xBC || d == 0x9F) score += 1;
        }
      }
      if (!word.empty() && word.size() <= 6) score += vote(word);
      word.clear();
    }
  }
  return score > 0 ? Lang::de : Lang::en;
}

bool parse_lang(std::string_view name, Lang* out) {
  std::string l;
  for (const char c : name.substr(0, 2)) l.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (name.size() > 2 && name[2] != '-' && name[2] != '_') return false;
  if (l == "de") {
    *out = Lang::de;
    return true;
  }
  if (l == "en") {
    *out = Lang::en;
    return true;
  }
  return false;
}

const char* lang_code(Lang lang) { return lang == Lang::de ? "de" : "en"; }

}  // namespace newsmark

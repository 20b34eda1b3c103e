// Which of the supported languages a text is written in.
#ifndef NEWSMARK_CORE_LANGUAGE_H
#define NEWSMARK_CORE_LANGUAGE_H

#include <string_view>

#include "document.h"

namespace newsmark {

// Counts the commonest function words of each language in the first 20 KB.
Lang detect_language(std::string_view utf8);

// Parses "de" / "en" (also "de-AT", "en_US"); false for anything else.
bool parse_lang(std::string_view name, Lang* out);
const char* lang_code(Lang lang);

}  // namespace newsmark

#endif

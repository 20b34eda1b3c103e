// Small helpers shared by the unit tests: run the engine, read spans back.
#ifndef NEWSMARK_TESTS_HELPERS_H
#define NEWSMARK_TESTS_HELPERS_H

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsmark/newsmark.h"

namespace test {

inline newsmark::Result run(std::string_view text, const char* lang = "auto",
                            newsmark::OffsetUnit unit = newsmark::OffsetUnit::utf8) {
  newsmark::Options o;
  o.lang = lang;
  o.offsets = unit;
  newsmark::Result r;
  const newsmark::Status st = newsmark::extract(text, o, &r);
  REQUIRE_MESSAGE(st.ok(), st.message);
  return r;
}

// The result with explain on (rule names, a speaker's tagged tokens) and
// rules switched off by name.
inline newsmark::Result explained(std::string_view text, const char* lang, std::vector<std::string> disable = {},
                                  newsmark::OffsetUnit unit = newsmark::OffsetUnit::utf8) {
  newsmark::Options o;
  o.lang = lang;
  o.explain = true;
  o.disable = std::move(disable);
  o.offsets = unit;
  newsmark::Result r;
  const newsmark::Status st = newsmark::extract(text, o, &r);
  REQUIRE_MESSAGE(st.ok(), st.message);
  return r;
}

// The text of a span given in UTF-8 byte offsets.
inline std::string at(std::string_view text, const newsmark::Span& s) {
  return std::string(text.substr(s.start, s.end - s.start));
}

// The text of a quote's speaker mention, "-" when it names none.
inline std::string speaker_text(std::string_view text, const newsmark::Quote& q) {
  return q.speaker.has_value() && !q.speaker->spans.empty() ? at(text, q.speaker->spans.at(0)) : "-";
}

// The speaker text of each quote of a text, in order.
inline std::vector<std::string> speakers_of(const std::string& text, const char* lang = "de") {
  std::vector<std::string> out;
  for (const auto& q : run(text, lang).quotes) out.push_back(speaker_text(text, q));
  return out;
}

inline const newsmark::Actor* actor(const newsmark::Result& r, const std::string& id) {
  for (const auto& a : r.actors)
    if (a.id == id) return &a;
  return nullptr;
}

inline const newsmark::Actor* actor_named(const newsmark::Result& r, const std::string& name) {
  for (const auto& a : r.actors)
    if (a.name == name) return &a;
  return nullptr;
}

}  // namespace test

#endif

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "helpers.h"

TEST_CASE("5 MB of news prose gives a result with spans inside the text") {
  const std::string paragraph =
      "Die Regierung habe die Pläne gestoppt, sagte Ministerin Anna Keller am Montag in Berlin. "
      "„Wir werden das prüfen“, erklärte ein Sprecher. Laut Polizei wurden zwei Menschen verletzt. (dpa)\n";
  std::string text;
  while (text.size() < 5u << 20) text += paragraph;
  const auto r = test::run(text, "de", newsmark::OffsetUnit::utf8);
  CHECK(r.quotes.size() > 1000);
  for (const auto& q : r.quotes)
    for (const auto& s : q.spans) REQUIRE(s.end <= text.size());
}

TEST_CASE("one huge sentence with no punctuation and megabytes of one name") {
  std::string words;
  while (words.size() < 1u << 20) words += "wort ";
  test::run(words, "de");
  std::string names;
  while (names.size() < 2u << 20) names += "Kim Jong-un ";
  const auto r = test::run(names, "de");
  CHECK(r.actors.size() >= 1);
}

TEST_CASE("10,000 levels of nested quotation marks") {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += (i % 2 == 0) ? "„" : "‚";
  text += "Mitte";
  for (int i = 0; i < 10000; ++i) text += (i % 2 == 0) ? "‘" : "“";
  test::run(text, "de");
}

TEST_CASE("the BBC article with a raw Latin-1 byte reads as U+FFFD and keeps its offsets") {
  const std::string path = std::string(NEWSMARK_SHARED_DIR) + "/corpora/en-bbc/sport/199.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    MESSAGE("SKIPPED: " << path << " does not exist here; this check runs where ../shared exists");
    return;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto r8 = test::run(text, "en", newsmark::OffsetUnit::utf8);
  for (const auto& a : r8.actors)
    for (const auto& m : a.mentions) {
      REQUIRE(m.end <= text.size());
      // Mentions are names: the original bytes there are the name, intact.
      CHECK(test::at(text, m).find('\xA3') == std::string::npos);
    }
  const auto r16 = test::run(text, "en", newsmark::OffsetUnit::utf16);
  CHECK(r16.quotes.size() == r8.quotes.size());
}

TEST_CASE("regression: an English cue opening the text read the token before the first (fuzzer, session 13)") {
  for (const char* text : {"said or Sunday that he would vote against the bill.", "said that he would vote.",
                           "warned that the bill would fail, he said."}) {
    CAPTURE(text);
    const auto r = test::run(text, "en");
    CHECK(r.quotes.size() <= 2);
  }
}

#include <doctest/doctest.h>

#include <chrono>

#include "helpers.h"
#include "newsmark/newsmark.h"

TEST_CASE("empty input gives an empty result, not an error") {
  const auto r = test::run("");
  CHECK(r.actors.empty());
  CHECK(r.quotes.empty());
  CHECK(r.sources.empty());
}

TEST_CASE("errors are values: unknown language, oversized input, null output") {
  newsmark::Options o;
  o.lang = "fr";
  newsmark::Result r;
  CHECK_FALSE(newsmark::extract("Hallo", o, &r).ok());
  CHECK(newsmark::extract("Hallo", newsmark::Options{}, nullptr).message.find("null") != std::string::npos);
  const std::string huge(newsmark::kMaxInputBytes + 1, 'a');
  const auto st = newsmark::extract(huge, newsmark::Options{}, &r);
  CHECK_FALSE(st.ok());
  CHECK(st.message.find("too large") != std::string::npos);
  CHECK(newsmark::extract_json("x", o).find("\"error\"") != std::string::npos);
}

TEST_CASE("language detection tells German from English") {
  CHECK(test::run("Die Regierung hat am Freitag erklärt, dass sie die Pläne nicht umsetzen werde.").lang == "de");
  CHECK(test::run("The government said on Friday that it would not carry out the plans.").lang == "en");
}

TEST_CASE("the JSON has the contract's fields, nulls where nothing was found") {
  const std::string j = newsmark::extract_json("Kim sagte: „Wir werden nicht aufgeben.“", newsmark::Options{});
  CHECK(j.find("\"schema\":\"newsmark/1\"") != std::string::npos);
  CHECK(j.find("\"offsets\":\"utf16\"") != std::string::npos);
  CHECK(j.find("\"actors\":[") != std::string::npos);
  CHECK(j.find("\"quotes\":[") != std::string::npos);
  CHECK(j.find("\"sources\":[") != std::string::npos);
}

TEST_CASE("NUL bytes, only punctuation and invalid UTF-8 give a result") {
  const std::string with_nul("Kim\0sagte: \"Ja.\"\0", 18);
  test::run(with_nul);
  test::run("!!! ??? ... ,,, ;;; ::: --- ((( ))) »»» «««");
  const auto r = test::run("\xFF\xFE sagte \xC0 \xE2\x80\x9E\xFF\xE2\x80\x9C", "de", newsmark::OffsetUnit::utf8);
  for (const auto& q : r.quotes)
    for (const auto& s : q.spans) CHECK(s.end <= 19);
}

TEST_CASE("offsets in UTF-16 count emoji as two units and combining marks as their own") {
  // "😀 " is 2 UTF-16 units + 1; the quote starts at 3. "é" as e + U+0301 is 2 units.
  const std::string text = "\xF0\x9F\x98\x80 \xE2\x80\x9EWir werden nicht aufgeben, sagte Rene\xCC\x81.\xE2\x80\x9C, sagte Kim.";
  const auto r = test::run(text, "de", newsmark::OffsetUnit::utf16);
  REQUIRE_FALSE(r.quotes.empty());
  CHECK(r.quotes[0].spans[0].start == 3);
  const auto r8 = test::run(text, "de", newsmark::OffsetUnit::utf8);
  CHECK(r8.quotes[0].spans[0].start == 5);
  const auto rc = test::run(text, "de", newsmark::OffsetUnit::codepoints);
  CHECK(rc.quotes[0].spans[0].start == 2);
  // The end differs by the combining mark (1 unit) and the emoji (1 extra UTF-16 unit).
  CHECK(r.quotes[0].spans[0].end == rc.quotes[0].spans[0].end + 1);
}

// The table image format (core/table.h): the writer's bytes, reading in
// place, and malformed images read as empty tables, never out of bounds.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "table.h"
#include "tables/image_writer.h"

namespace newsmark {
namespace {

Table view(const std::string& image) { return Table(reinterpret_cast<const unsigned char*>(image.data()), image.size()); }

// The same bytes tests/wasm/table-image.test.mjs expects from core/tables/image.mjs.
const char kExpected[] =
    "NMT1\x01\0\0\0\x02\0\0\0\0\0\0\0"
    "words\0\0\0\x30\0\0\0\x03\0\0\0"
    "weights\0\x38\0\0\0\x04\0\0\0"
    "abc\0\0\0\0\0"
    "\x01\x00\xff\xff";

TEST_CASE("tables: the writer lays sections out 8-byte aligned after the directory") {
  ImageWriter w;
  w.add("words", std::string_view("abc"));
  w.add("weights", std::vector<std::int16_t>{1, -1});
  const std::string image = w.image();
  CHECK(image == std::string(kExpected, sizeof kExpected - 1));

  const Table t = view(image);
  REQUIRE(t.ok());
  CHECK(t.section_count() == 2);
  CHECK(t.section_name(1) == "weights");
  CHECK(t.bytes("words") == "abc");
  const ArrayView<std::int16_t> weights = t.array<std::int16_t>("weights");
  REQUIRE(weights.size == 2);
  CHECK(weights[0] == 1);
  CHECK(weights[1] == -1);
  CHECK(t.bytes("missing").empty());
  CHECK(t.array<std::uint32_t>("words").empty());  // 3 bytes make no u32
}

TEST_CASE("tables: a malformed image is an empty table") {
  const std::string good(kExpected, sizeof kExpected - 1);
  CHECK_FALSE(Table(nullptr, 0).ok());
  CHECK_FALSE(view(good.substr(0, 15)).ok());  // shorter than the header
  std::string bad = good;
  bad[0] = 'X';
  CHECK_FALSE(view(bad).ok());  // magic
  bad = good;
  bad[4] = 2;
  CHECK_FALSE(view(bad).ok());  // version
  bad = good;
  bad[8] = 100;
  CHECK_FALSE(view(bad).ok());  // more sections than the directory holds
  bad = good;
  bad[16 + 12] = 100;
  CHECK_FALSE(view(bad).ok());  // a section past the end
  bad = good;
  bad[16 + 8] = 0x31;
  CHECK_FALSE(view(bad).ok());  // a misaligned section
  CHECK(view(bad).bytes("words").empty());
  CHECK(view(good.substr(0, good.size() - 1)).ok() == false);  // last section cut short
}

TEST_CASE("tables: an image name this build does not have is an empty table") {
  CHECK_FALSE(compiled_table("no-such-image").ok());
}

}  // namespace
}  // namespace newsmark

TEST_CASE("tables: a suffix set finds a listed ending within the length asked for, and no other") {
  // Words: a length byte, then the bytes.
  const std::string data = std::string("\x08" "minister") + "\x02" "er" + "\x06" "sprech";
  const newsmark::SuffixSet set{newsmark::Words(data)};
  CHECK(set.match("verteidigungsminister", 100));
  CHECK(set.match("verteidigungsminister", 2));   // "er" is short enough
  CHECK_FALSE(set.match("verteidigungsminister", 1));
  CHECK(set.match("sprech", 6));                  // the whole word
  CHECK_FALSE(set.match("sprech", 5));
  CHECK_FALSE(set.match("sprecherin", 100));
  CHECK_FALSE(set.match("", 10));
  CHECK_FALSE(newsmark::SuffixSet().match("minister", 10));
  CHECK(set.listed("minister"));
  CHECK(set.listed("er"));
  CHECK_FALSE(set.listed("ster"));      // only a part of a listed ending
  CHECK_FALSE(set.listed("ministers"));
  CHECK_FALSE(newsmark::SuffixSet().listed("er"));
}

TEST_CASE("tables: a prefix set finds a listed beginning, the whole word too, and no other") {
  const std::vector<std::string_view> stems = {"forder", "kritisier", "sag"};
  const newsmark::PrefixSet set(stems);
  CHECK(set.match("forderte"));
  CHECK(set.match("sag"));
  CHECK(set.match("sagten", 3));
  CHECK_FALSE(set.match("sagten", 2));
  CHECK_FALSE(set.match("forde"));                              // only a part of a stem
  CHECK_FALSE(set.match("aussagen"));                           // a stem inside the word is no beginning
  CHECK(set.listed("kritisier"));
  CHECK_FALSE(set.listed("kritisierte"));
  CHECK(newsmark::PrefixSet(std::vector<std::string_view>{""}).match("egal"));  // the empty stem begins every word
}

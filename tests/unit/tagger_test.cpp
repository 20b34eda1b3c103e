// The tagging stage (core/tagger/): tags per token from the compiled-in
// models, the same answer every time, no trouble with empty or odd input.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "segmenter.h"
#include "tagger/model.h"
#include "tagger/tagger.h"
#include "tables/image_writer.h"
#include "text.h"

namespace newsmark {
namespace {

struct Tagged {
  std::vector<std::string> words;
  std::vector<Upos> pos;
  std::vector<EntityTag> entity;
  std::vector<bool> begin;
};

Tagged tag(const std::string& s, Lang lang) {
  const Text text(s);
  Document doc(text);
  doc.lang = lang;
  REQUIRE(segment(doc).empty());
  tag_tokens(doc);
  Tagged out;
  for (const Token& t : doc.tokens) {
    out.words.push_back(t.key);
    out.pos.push_back(t.pos);
    out.entity.push_back(t.entity);
    out.begin.push_back(t.entity_begin);
  }
  return out;
}

TEST_CASE("tagger: an English sentence gets its parts of speech and its names") {
  const Tagged t = tag("The president of France, Emmanuel Macron, visited Berlin on Monday.", Lang::en);
  REQUIRE(t.words.size() == 13);
  CHECK(t.pos[0] == Upos::DET);        // The
  CHECK(t.pos[1] == Upos::NOUN);       // president
  CHECK(t.pos[2] == Upos::ADP);        // of
  CHECK(t.pos[3] == Upos::PROPN);      // France
  CHECK(t.pos[4] == Upos::PUNCT);      // ,
  CHECK(t.pos[5] == Upos::PROPN);      // Emmanuel
  CHECK(t.pos[6] == Upos::PROPN);      // Macron
  CHECK(t.pos[8] == Upos::VERB);       // visited
  CHECK(t.entity[5] == EntityTag::person);
  CHECK(t.begin[5]);
  CHECK(t.entity[6] == EntityTag::person);
  CHECK_FALSE(t.begin[6]);
  CHECK(t.entity[9] == EntityTag::location);  // Berlin
  CHECK(t.entity[1] == EntityTag::none);
  CHECK(upos_name(t.pos[3]) == "PROPN");
  CHECK(entity_name(t.entity[5]) == "PER");
}

TEST_CASE("tagger: a German sentence gets its names (German has no POS model)") {
  const Tagged t = tag("Bundeskanzlerin Angela Merkel sprach am Montag mit Vertretern der Deutschen Bahn in Hamburg.",
                       Lang::de);
  CHECK(t.entity[1] == EntityTag::person);  // Angela
  CHECK(t.entity[2] == EntityTag::person);  // Merkel
  CHECK(t.entity[12] == EntityTag::location);  // Hamburg
  CHECK(t.entity[3] == EntityTag::none);       // sprach
  for (const Upos p : t.pos) CHECK(p == Upos::none);
}

TEST_CASE("tagger: the same text gets the same tags every time") {
  const std::string s = "Officials in Virginia said the Red Cross would help. Smith agreed.";
  const Tagged a = tag(s, Lang::en), b = tag(s + " ", Lang::en), c = tag(s, Lang::en);
  CHECK(a.pos == c.pos);
  CHECK(a.entity == c.entity);
  CHECK(a.pos == b.pos);
}

TEST_CASE("tagger: empty text, punctuation only and very long tokens") {
  CHECK(tag("", Lang::en).words.empty());
  const Tagged p = tag("!!! ... ???", Lang::de);
  for (const EntityTag e : p.entity) CHECK(e == EntityTag::none);
  const std::string longword(100000, 'x');
  const Tagged l = tag("Er sagte " + longword + " und " + std::string(5000, 'A') + ".", Lang::de);
  CHECK(l.words.size() == 6);
  const Tagged e = tag(std::string(20000, 'Z') + " " + std::string(3000, '7'), Lang::en);
  CHECK(e.words.size() == 2);
}

TEST_CASE("tagger: a model image that is not well formed is no model") {
  ImageWriter w;
  w.add("meta", std::vector<std::uint32_t>{9, 3, 0, 0});  // slot count not a power of two
  w.add("tags", std::string_view("O"));
  const std::string image = w.image();
  const tagger::Model bad(Table(reinterpret_cast<const unsigned char*>(image.data()), image.size()));
  CHECK_FALSE(bad.ok());
  const tagger::Model none{Table()};
  CHECK_FALSE(none.ok());
}

TEST_CASE("tagger: the compiled-in models are there") {
  CHECK(compiled_table(pos_model_name(Lang::en)).ok());
  CHECK(compiled_table(entity_model_name(Lang::en)).ok());
  CHECK(compiled_table(entity_model_name(Lang::de)).ok());
}

}  // namespace
}  // namespace newsmark

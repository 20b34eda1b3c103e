#include <doctest/doctest.h>

#include "helpers.h"

using test::at;

TEST_CASE("all mentions of one person are joined under the fullest name") {
  const std::string text =
      "Kim Jong-un hat den russischen Verteidigungsminister Andrej Beloussow empfangen. "
      "Kim lobte Beloussows Besuch. Beloussow dankte.";
  const auto r = test::run(text, "de");
  const auto* kim = test::actor_named(r, "Kim Jong-un");
  REQUIRE(kim != nullptr);
  CHECK(kim->mentions.size() == 2);
  const auto* bel = test::actor_named(r, "Andrej Beloussow");
  REQUIRE(bel != nullptr);
  CHECK(bel->type == "person");
  CHECK(bel->mentions.size() == 3);
}

TEST_CASE("common German nouns are not names; places in the genitive and in compounds are") {
  const std::string text = "Bei einem Besuch in Nordkoreas Hauptstadt gab es eine Erklärung zu UN-Sanktionen und einem KCNA-Bericht.";
  const auto r = test::run(text, "de");
  CHECK(test::actor_named(r, "Besuch") == nullptr);
  CHECK(test::actor_named(r, "Erklärung") == nullptr);
  const auto* nk = test::actor_named(r, "Nordkorea");
  REQUIRE(nk != nullptr);
  CHECK(at(text, nk->mentions.at(0)) == "Nordkoreas");
  const auto* un = test::actor_named(r, "UN");
  REQUIRE(un != nullptr);
  CHECK(at(text, un->mentions.at(0)) == "UN");
  const auto* kcna = test::actor_named(r, "KCNA");
  REQUIRE(kcna != nullptr);
  CHECK(kcna->type == "media");
}

TEST_CASE("English titles give people and roles; possessives are trimmed") {
  const std::string text = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris. Scholz's office said nothing.";
  const auto r = test::run(text, "en");
  const auto* scholz = test::actor_named(r, "Olaf Scholz");
  REQUIRE(scholz != nullptr);
  CHECK(scholz->role == "Chancellor");
  REQUIRE(scholz->mentions.size() == 2);
  CHECK(at(text, scholz->mentions[1]) == "Scholz");
  const auto* paris = test::actor_named(r, "Paris");
  REQUIRE(paris != nullptr);
  CHECK(paris->type == "location");
}

TEST_CASE("regression: declined German names of listed organisations and media are found") {
  const std::string text =
      "Nach Angaben des Deutschen Wetterdienstes regnete es. Das sagte er der Süddeutschen Zeitung. In Bayern blieb es ruhig.";
  const auto r = test::run(text, "de");
  const auto* dwd = test::actor_named(r, "Deutscher Wetterdienst");
  REQUIRE(dwd != nullptr);
  CHECK(at(text, dwd->mentions.at(0)) == "Deutschen Wetterdienstes");
  const auto* sz = test::actor_named(r, "Süddeutsche Zeitung");
  REQUIRE(sz != nullptr);
  CHECK(sz->type == "media");
  const auto* by = test::actor_named(r, "Bayern");
  REQUIRE(by != nullptr);
  CHECK(by->type == "location");
}

TEST_CASE("regression: an English surname that is a common word follows a first name ('Doris Day'), and joins its mentions") {
  const std::string text = "Actor Doris Day died on Monday. Day's career spanned decades; Day was 97. One day she sang.";
  const auto r = test::run(text, "en");
  const auto* day = test::actor_named(r, "Doris Day");
  REQUIRE(day != nullptr);
  REQUIRE(day->mentions.size() == 3);
  CHECK(at(text, day->mentions[1]) == "Day");  // the possessive ending is no part of the mention
}

TEST_CASE("English names told by their last word: publications, counties, airports") {
  const std::string text = "The Aviation Herald reported the crash near Fath Airport in Northamptonshire.";
  const auto r = test::run(text, "en");
  const auto* herald = test::actor_named(r, "The Aviation Herald");
  REQUIRE(herald != nullptr);
  CHECK(herald->type == "media");
  const auto* airport = test::actor_named(r, "Fath Airport");
  REQUIRE(airport != nullptr);
  CHECK(airport->type == "location");
  const auto* county = test::actor_named(r, "Northamptonshire");
  REQUIRE(county != nullptr);
  CHECK(county->type == "location");
}

TEST_CASE("regression: names in lower case ('die taz', 'eBay') and reporting web sites ('ndr.de') were no actors") {
  const std::string text =
      "Ein Titel.\n\nDie taz vermutet, dass der Zugriff üblich ist. Wie ndr.de berichtet, seien Tausende im Einsatz "
      "gewesen. Der Händler eBay schwieg.";
  const auto r = test::run(text, "de");
  const auto* taz = test::actor_named(r, "taz");
  REQUIRE(taz != nullptr);
  CHECK(taz->type == "media");
  const auto* ndr = test::actor_named(r, "ndr.de");
  REQUIRE(ndr != nullptr);
  CHECK(ndr->type == "media");
  CHECK(test::actor_named(r, "eBay") != nullptr);
  REQUIRE(r.quotes.size() == 2);
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(r.quotes[0].speaker->actor == taz->id);
}

TEST_CASE("German: a name in a hyphenated word takes the entity tagger's span of the whole word") {
  const std::string text =
      "Die Feier fand gestern in Bremen-Vegesack statt. Ziel sei die Hauptanstalt in Berlin-Charlottenburg "
      "gewesen. Das erklärte die Stadträtin Hedi Weiler-Kiderlen in der Sitzung.";
  const auto r = test::run(text, "de");
  const auto* bv = test::actor_named(r, "Bremen-Vegesack");
  REQUIRE(bv != nullptr);
  CHECK(bv->type == "location");
  CHECK(test::actor_named(r, "Bremen") == nullptr);
  CHECK(test::actor_named(r, "Vegesack") == nullptr);
  const auto* bc = test::actor_named(r, "Berlin-Charlottenburg");
  REQUIRE(bc != nullptr);
  CHECK(bc->type == "location");
  const auto* hw = test::actor_named(r, "Hedi Weiler-Kiderlen");
  REQUIRE(hw != nullptr);
  CHECK(hw->type == "person");
  CHECK(test::actor_named(r, "Hedi Weiler") == nullptr);
}

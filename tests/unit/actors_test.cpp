#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "attribution/word_lists.h"
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

namespace {
// Every mention of a result as "type text", in the order of the actors.
std::vector<std::string> typed_mentions(const std::string& text, const newsmark::Result& r) {
  std::vector<std::string> out;
  for (const auto& a : r.actors)
    for (const auto& m : a.mentions) out.push_back(a.type + " " + at(text, m));
  return out;
}
bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }
}  // namespace

TEST_CASE("English: web addresses and host names are no actors") {
  const std::string text =
      "You can read more at http://www.example.com/news/today.html and on irc.example.net tonight. "
      "Mail the team at office.example.org if you have questions.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CHECK_MESSAGE(m.empty(), m.size());
}

TEST_CASE("English: places written in lower case count in a text written in lower case, not in news") {
  const std::string casual = "i am moving to kerala next month. has anyone been to san francisco or to malaysia?";
  const auto m = typed_mentions(casual, test::run(casual, "en"));
  CHECK(has(m, "location kerala"));
  CHECK(has(m, "location san francisco"));
  CHECK(has(m, "location malaysia"));
  // ... but not after an article: "the island" is a word, though Island is a listed town.
  const std::string island = "i went to the island last summer with my chihuahua.";
  const auto w = typed_mentions(island, test::run(island, "en"));
  CHECK_FALSE(has(w, "location island"));
  // Properly written text: a lower-case word that is also a listed town stays a word.
  const std::string news = "The virus reached the island nation last week. Officials in Fiji said the corona cases rose.";
  const auto n = typed_mentions(news, test::run(news, "en"));
  CHECK_FALSE(has(n, "location island"));
  CHECK_FALSE(has(n, "location corona"));
  CHECK(has(n, "location Fiji"));
}

TEST_CASE("English: names listed one after another are separate people; a repeated name starts again") {
  const std::string text =
      "The meeting went well. Attendees: Pam Butler Renee Ratcliff Larry Lewis and others. "
      "Thank you, Phillip Phillip, for the notes.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "person Pam Butler"));
  CHECK(has(m, "person Renee Ratcliff"));
  CHECK(has(m, "person Larry Lewis"));
  CHECK_FALSE(has(m, "person Phillip Phillip"));
  // A signature before a letter's greeting: the greeting is no part of the name and no name.
  const std::string letter = "I shall take a look at it. Vince Dear All, my name is Sam.";
  const auto l = typed_mentions(letter, test::run(letter, "en"));
  CHECK(has(l, "person Vince"));
  for (const auto& x : l) CHECK(x.find("Dear") == std::string::npos);
  // A middle name after a first name stays in the name.
  const std::string one = "Yesterday Sarah Jessica Parker and George Walker Bush spoke.";
  const auto n = typed_mentions(one, test::run(one, "en"));
  CHECK(has(n, "person Sarah Jessica Parker"));
  CHECK(has(n, "person George Walker Bush"));
}

TEST_CASE("English: a place word after a name makes the name a place ('Tampa Bay', 'Gulf of Mexico')") {
  const std::string text =
      "The storm moved across the Gulf of Mexico on Monday. Fishermen in Tampa Bay stayed home, and the "
      "concert on Dallas Street was cancelled.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "location Gulf of Mexico"));
  CHECK(has(m, "location Tampa Bay"));
  CHECK(has(m, "location Dallas Street"));
  CHECK_FALSE(has(m, "location Tampa"));
  // An organisation's name by form that ends in a place word is the place.
  const std::string hall = "Cheap restaurants close to Orchestra Hall in Chicago?";
  CHECK(has(typed_mentions(hall, test::run(hall, "en")), "location Orchestra Hall"));
}

TEST_CASE("English: religions and movements are no actors ('the Sunni vote', 'the Zionists')") {
  const std::string text =
      "Turnout among the Sunni voters was low. The cleric blamed the Zionists for the war.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  for (const auto& x : m) {
    CHECK(x.find("Sunni") == std::string::npos);
    CHECK(x.find("Zionists") == std::string::npos);
  }
}

TEST_CASE("English: an abbreviation is an organisation where the text defines it, not any word in capitals") {
  const std::string text =
      "She filed a complaint with the Equal Employment Opportunity Commission (EEOC) in May. The EEOC has not "
      "answered. Her brother got a DUI last year, and the RFP for the pipeline is late.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(std::count(m.begin(), m.end(), "organization EEOC") == 2);
  CHECK_FALSE(has(m, "organization DUI"));
  CHECK_FALSE(has(m, "organization RFP"));
}

TEST_CASE("English: an abbreviation that is the subject of a verb is an organisation ('BT has moved'), not after an article") {
  const std::string text =
      "BT has moved to pre-empt a break-up of its business. The regulator welcomed the offer, and BT said it "
      "would cut prices. A BT spokesman agreed. The RFP is late, and a DUI was found.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(std::count(m.begin(), m.end(), "organization BT") == 3);
  // (Not asked of "The RFP is late": after "the" the entity tagger may call an unknown abbreviation an
  // organisation, as news mostly means one: 44 of 49 "the/a" + capitals in news-en-dev are actors,
  // "the SDF", "the WH", "the IAAF". This rule never does; "a DUI" shows it.)
  CHECK_FALSE(has(m, "organization DUI"));
}

TEST_CASE("English: a name made only of listed first names and surnames is a person where the tagger says otherwise") {
  const std::string a = "It was the implications of Arafat 's passing that worried them.";
  CHECK(has(typed_mentions(a, test::run(a, "en")), "person Arafat"));
  const std::string b = "He is close to the Bush administration, they said.";
  CHECK(has(typed_mentions(b, test::run(b, "en")), "person Bush"));
}

TEST_CASE("English: a name with 's that possesses nothing is a shop and keeps its 's; a possessive does not") {
  const std::string text = "We had dinner at Kenneally's in Philadelphia. Then we watched Joe Biden's speech.";
  const auto r = test::run(text, "en");
  std::vector<std::string> spans;
  for (const auto& a : r.actors)
    for (const auto& m : a.mentions) spans.push_back(at(text, m));
  CHECK(has(spans, "Kenneally's"));
  CHECK(has(spans, "Joe Biden"));
  CHECK_FALSE(has(spans, "Joe Biden's"));
  // The ending written apart, as web text and treebanks write it.
  const std::string apart = "I will be going to Del Frisco 's in late November for dinner.";
  CHECK(has(typed_mentions(apart, test::run(apart, "en")), "location Del Frisco 's"));
}

TEST_CASE("English: storms are no actors ('Hurricane Rita', and 'Rita' later in the text)") {
  const std::string text =
      "Hurricane Rita hit the coast of Texas on Saturday. After Rita passed, Governor Rick Perry visited Houston.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  for (const auto& x : m) CHECK(x.find("Rita") == std::string::npos);
  CHECK(has(m, "person Rick Perry"));
  CHECK(has(m, "location Houston"));
}

TEST_CASE("English: a legal form after a comma and its full stop belong to the organisation ('CCNG, Inc.', 'Enron Corp.')") {
  const std::string text = "He sold shares of Enron Corp. last week. Calls went to CCNG, Inc. in Houston.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "organization Enron Corp."));
  CHECK(has(m, "organization CCNG, Inc."));
  CHECK(has(m, "location Houston"));
}

TEST_CASE("English: initials before a name and an e-mail header's \"Surname, First name\" belong to the person") {
  const std::string text = "Bush also nominated A. Noel Anketell Kramer for the court. \"Lenhart, Matthew\" <ml@example.com> wrote back.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "person A. Noel Anketell Kramer"));
  CHECK(has(m, "person Lenhart, Matthew"));
  CHECK_FALSE(has(m, "person Matthew"));
  // A particle before a surname standing alone belongs to it.
  const std::string p = "Many look to bin Laden for cues, and al-Sadr said so on Friday.";
  const auto n = typed_mentions(p, test::run(p, "en"));
  CHECK(has(n, "person bin Laden"));
  // The span is the rule's; the type is the entity tagger's (the pos-en/ner-en of session 7 say
  // organisation here, those before person).
  CHECK(std::any_of(n.begin(), n.end(), [](const std::string& x) { return x.size() > 8 && x.substr(x.size() - 8) == " al-Sadr"; }));
}

TEST_CASE("English: 'St.' is no title: 'St. Thomas' is one name, not a person named Thomas") {
  const std::string text = "The city approved the redevelopment of St. Thomas, now known as River Garden.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  // Its type is the entity tagger's: a place with the models before session 7's, an organisation now.
  CHECK((has(m, "location St. Thomas") || has(m, "organization St. Thomas")));
  CHECK_FALSE(has(m, "person Thomas"));
  CHECK_FALSE(has(m, "person St. Thomas"));
}

TEST_CASE("English: 'US Marines' is one organisation; days in the plural are no places") {
  const std::string text = "Later the US Marines took most of Fallujah on Wednesday. Give it three days barring Sundays and holidays.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "organization US Marines"));
  for (const auto& x : m) CHECK(x.find("Sundays") == std::string::npos);
}

TEST_CASE("English: 'St.' and one name is a place, whatever kind of name the tagger guessed") {
  // (pos-en/ner-en of session 7 call both an organisation.)
  const std::string text = "Residents of St. Thomas filed a complaint. Former St. Bernard residents asked for housing.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "location St. Thomas"));
  CHECK(has(m, "location St. Bernard"));
  for (const auto& x : m) CHECK(x.rfind("organization St.", 0) != 0);
}

TEST_CASE("English: a name ending in 'Garden' or 'Gardens' is a place ('River Garden', 'Kew Gardens')") {
  const std::string text = "The housing authority said River Garden has 60 public units. The concert at Madison Square "
                           "Garden sold out, and Kew Gardens reopened.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "location River Garden"));
  CHECK(has(m, "location Madison Square Garden"));
  CHECK(has(m, "location Kew Gardens"));
}

TEST_CASE("English: 'cleric' before a name is a role: the name is a person's") {
  // (pos-en/ner-en of session 7 call both names organisations.)
  const std::string text = "Firebrand cleric Moqtada al-Sadr called for protests in Najaf. Radical Sunni cleric Abu Qatada "
                           "al-Filistini was deported on Sunday.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CHECK(has(m, "person Moqtada al-Sadr"));
  CHECK(has(m, "person Abu Qatada al-Filistini"));
  const auto* sadr = test::actor_named(r, "Moqtada al-Sadr");
  REQUIRE(sadr != nullptr);
  CHECK(sadr->role == "cleric");
}

TEST_CASE("English: a person known by a title gives the actor its type where the tagger guessed another elsewhere") {
  // The tagger calls the first mention a place; the second has a title and is the same actor.
  const std::string text = "Police clashed with followers of Moqtada al-Sadr on Sunday. Later the cleric Moqtada al-Sadr "
                           "said he wanted calm.";
  const auto r = test::run(text, "en");
  const auto* sadr = test::actor_named(r, "Moqtada al-Sadr");
  REQUIRE(sadr != nullptr);
  CHECK(sadr->type == "person");
  CHECK(sadr->mentions.size() == 2);
  // A first name + a word is no title: the organisation stays one.
  const std::string aid = "Christian Aid warned of famine in the region. Aid agencies, including Christian Aid, asked for money.";
  const auto ra = test::run(aid, "en");
  const auto* ca = test::actor_named(ra, "Christian Aid");
  REQUIRE(ca != nullptr);
  CHECK(ca->type == "organization");
}

TEST_CASE("English: a name with 's before an adverb and what it qualifies possesses it, and is no shop") {
  const std::string text = "Critics attacked Britain's hastily drafted law on Monday. Lawmakers criticised Germany's poorly "
                           "planned rollout.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "location Britain"));
  CHECK(has(m, "location Germany"));
  CHECK_FALSE(has(m, "location Britain's"));
  CHECK_FALSE(has(m, "location Germany's"));
}

TEST_CASE("English: 'PM' before a name is a title, after a time the afternoon") {
  const std::string text = "On Monday, PM Sharif met the army chief in Islamabad.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CHECK(has(m, "person Sharif"));
  CHECK_FALSE(has(m, "person PM Sharif"));
  const auto* sharif = test::actor_named(r, "Sharif");
  REQUIRE(sharif != nullptr);
  CHECK(sharif->role == "PM");
  const std::string mail = "Posted 10/02/2004 06:23 PM Kathy Moore";
  const auto rm = test::run(mail, "en");
  const auto* kathy = test::actor_named(rm, "Kathy Moore");
  REQUIRE(kathy != nullptr);
  CHECK(kathy->role.empty());
}

TEST_CASE("English: 'Chowk' (a square in South Asian names) ends a place's name") {
  const std::string text = "Shops near Ghanta Ghar Chowk stayed shut. Police blocked the road at Sadar Chowk on Friday.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "location Ghanta Ghar Chowk"));
  CHECK(has(m, "location Sadar Chowk"));
  CHECK_FALSE(has(m, "person Sadar Chowk"));
}

TEST_CASE("English: 'bin'/'ibn' and a proper noun is a person's surname even where the tagger sees no name") {
  const std::string text = "The kingdom was founded by ibn Saud in 1932. Empty the bin Sunday and the box.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "person ibn Saud"));
  for (const auto& x : m) CHECK(x.find("Sunday") == std::string::npos);
}

TEST_CASE("the word lists moved out of actors.cpp and the attribution rules are compiled in (a misspelt or missing list would read as empty)") {
  // The lists the code reads with word_list(), with an entry each must hold.
  const std::vector<std::pair<std::string, std::string>> lists = {
      {"en/place-words", "Chowk"},          {"en/place-of-words", "Gulf"},
      {"en/greetings", "Attendees"},        {"en/non-actor-names", "Pluto"},
      {"en/storm-words", "Hurricane"},      {"en/publication-heads", "Herald"},
      {"en/landmark-heads", "Airport"},     {"en/legal-forms", "Limited"},
      {"en/legal-form-abbreviations", "Corp"}, {"orgs/software", "Thunderbird"},
      {"names/title-abbreviations", "Dres"}, {"names/name-particles", "von"},
      {"names/foreign-particles", "van"},   {"de/english-org-heads", "Industries"},
      {"de/kin-nouns", "Lebensgefährtin"},  {"de/club-abbreviations", "SpVgg"},
      {"de/landmark-nouns", "Chaussee"},    {"de/street-endings", "straße"},
      {"de/national-adjective-endings", "ischem"}, {"de/place-nouns", "Landkreis"},
      {"de/party-nouns", "Grünen"},         {"de/non-name-endings", "seits"},
      // (and the verb lists moved out of the attribution rules)
      {"en/findings-verbs", "reveals"},     {"en/telling-verbs", "reminded"},
      {"de/indicative-frame-verbs", "entschied"}, {"de/fact-verb-stems", "bekräftig"},
  };
  for (const auto& list : lists) {
    const auto& name = list.first;  // (not a structured binding: clang 14 cannot capture one in CAPTURE)
    CAPTURE(name);
    const auto words = newsmark::attribution::word_list(name);
    CHECK(newsmark::attribution::in_list(list.second, words));
  }
  // The foreign particles are particles, without the German ones ("von", "zu", "der", "den").
  const auto all = newsmark::attribution::word_list("names/name-particles");
  for (const auto p : newsmark::attribution::word_list("names/foreign-particles")) CHECK(newsmark::attribution::in_list(p, all));
  CHECK_FALSE(newsmark::attribution::in_list("zu", newsmark::attribution::word_list("names/foreign-particles")));
  CHECK(newsmark::attribution::word_list("en/no-such-list").empty());
}

// Session 8: the English models written again by the trainer tag some names otherwise; the
// rules read those tags as the names they are.
TEST_CASE("English: an organisation the tagger opens with a capitalised adjective is one name ('Christian Aid', 'British Airways'); the adjective alone is none") {
  const std::string text = "Christian Aid warned of famine. Christian leaders met in London.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "organization Christian Aid"));
  CHECK_FALSE(has(m, "person Christian"));
  CHECK_FALSE(has(m, "organization Christian"));
}

TEST_CASE("English: a capitalised word the tagger calls an auxiliary is a name only when it is no auxiliary; capitals in capitals are no abbreviation") {
  const std::string text = "Would Apple do it? Could Microsoft? PROTESTERS MARCH ON CITY HALL. Calls went to CCNG, Inc. in Houston.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  for (const char* w : {"Would", "Could", "MARCH", "ON"})
    for (const char* type : {"person ", "organization ", "location "}) CHECK_FALSE(has(m, std::string(type) + w));
  CHECK(has(m, "organization CCNG, Inc."));
}

TEST_CASE("English: a name goes on after a dash with no space ('Harvard–Smithsonian Center'), not after a spaced one") {
  const std::string text = "He works at the Harvard\u2013Smithsonian Center for Astrophysics. Flights between London \u2013 Paris resumed.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CHECK(has(m, "organization Harvard\u2013Smithsonian Center for Astrophysics"));
  CHECK(has(m, "location London"));
  CHECK(has(m, "location Paris"));
}

TEST_CASE("WordSet answers as in_list over the same words (length and first-byte bits, then the entries)") {
  using newsmark::attribution::WordSet;
  const std::vector<std::string_view> words = {"FC", "VfL", "SpVgg", "Sohn", "Lebensgefährtin"};
  const WordSet set(words);
  for (const std::string_view w : {"FC", "VfL", "SpVgg", "Sohn", "Lebensgefährtin", "", "F", "FCB", "fc", "VfB", "Sohne",
                                   "Lebensgefährtinnen", "SpVgg ", "Xohn"}) {
    CAPTURE(w);
    CHECK(set.contains(w) == newsmark::attribution::in_list(w, words));
  }
  CHECK(set.contains("VfL"));
  CHECK_FALSE(set.contains("VfB"));  // same length and first byte, another entry
  CHECK_FALSE(WordSet({}).contains("FC"));
}

TEST_CASE("German: a name that stops at a hyphen goes on over name parts to the word's end, not over a noun") {
  const std::string text =
      "Der Weckruf an den Landeroboter auf dem Kometen 67P/Tschurjumow-Gerasimenko ist verhallt. Das sagte Katrin Göring-Eckhardt "
      "in Berlin. Die Merkel-Regierung schwieg, und Facebook-Account und SPÖ-Stadtrat auch.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location Tschurjumow-Gerasimenko"));
  CHECK_FALSE(has(m, "location Tschurjumow"));
  CHECK(has(m, "person Katrin Göring-Eckhardt"));
  CHECK_FALSE(has(m, "person Merkel-Regierung"));
  CHECK_FALSE(has(m, "organization Facebook-Account"));
  CHECK_FALSE(has(m, "organization SPÖ-Stadtrat"));
}

TEST_CASE("German: a listed town the tagger sees in a two-word person's name is the person's ('Hartmut Buchholz')") {
  const std::string text = "Das Buch schrieb Hartmut Buchholz im Jahr 2009. Er wohnt in Buchholz.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CHECK(has(m, "person Hartmut Buchholz"));
  CHECK_FALSE(has(m, "location Hartmut Buchholz"));
  CHECK(has(m, "location Buchholz"));
}

TEST_CASE("German: a word for a kind of organisation alone is no name ('Mutterkonzern'); with a name it may be one") {
  const std::string text =
      "Der Mutterkonzern meldete Verluste, und der Zeitungsverlag schwieg. Der Angelverein Vordersteinenberg "
      "lädt ein. Das Verteidigungsministerium widersprach.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CHECK_FALSE(has(m, "organization Mutterkonzern"));
  CHECK_FALSE(has(m, "organization Zeitungsverlag"));
  CHECK(has(m, "organization Verteidigungsministerium"));
}

TEST_CASE("German: a ruler's number keeps its full stop ('Karl IV.'); other names end before it") {
  const std::string text = "Im Jahr 1364 baute Kaiser Karl IV. auf dem Oybin ein Haus. Das sagte Angela Merkel.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Karl IV."));
  CHECK_FALSE(has(m, "person Karl IV"));
  CHECK(has(m, "person Angela Merkel"));
  CHECK_FALSE(has(m, "person Angela Merkel."));
}

TEST_CASE("German: an organisation word with the place it serves is one organisation ('Landgericht Cottbus')") {
  const std::string text =
      "Das Landgericht Cottbus verurteilte ihn. Der Autokonzern Japan? Nein. Der Chemiekonzern BASF meldete Gewinne.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Landgericht Cottbus"));
  CHECK_FALSE(has(m, "location Cottbus"));
  CHECK_FALSE(has(m, "organization Autokonzern Japan"));
  CHECK_FALSE(has(m, "organization Chemiekonzern BASF"));
}

TEST_CASE("German: a club keeps its number ('1. FC Nürnberg', '1. FFC Frankfurt'), which the tagger leaves out") {
  const std::string text =
      "Er zahlte die Gehälter der Mannschaft des 1. FC Nürnberg. Birgit Prinz bleibt beim 1. FFC Frankfurt.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization 1. FC Nürnberg"));
  CHECK_FALSE(has(m, "organization FC Nürnberg"));
  CHECK(has(m, "organization 1. FFC Frankfurt"));
  CHECK_FALSE(has(m, "organization 1"));
}

TEST_CASE("German: a legal form after a listed organisation belongs to it ('Deutschen Bahn AG'), a noun does not") {
  const std::string text =
      "Die Abgeordneten kennen die Rechnung der Deutschen Bahn AG nicht. Die Deutsche Bahn Gruppe schwieg.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Deutschen Bahn AG"));
  CHECK_FALSE(has(m, "organization Deutschen Bahn"));
  CHECK_FALSE(has(m, "organization Deutsche Bahn Gruppe"));
}

TEST_CASE("German: a name after 'in' or 'aus' is a place unless a first name, a particle or a noun after it makes it a person") {
  const std::string text =
      "Sie kam aus Nowakowski zurück. Das hieß es auf Nachfrage aus Prölls Büro. Er traf sich in Günther von "
      "Magdeburgs Haus.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  // (the tagger calls the unknown "Nowakowski" a person)
  CHECK(has(m, "location Nowakowski"));
  CHECK_FALSE(has(m, "person Nowakowski"));
  CHECK_FALSE(has(m, "location Prölls"));
  CHECK_FALSE(has(m, "location Günther von Magdeburg"));
  CHECK_FALSE(has(m, "location Günther von Magdeburgs"));
}

TEST_CASE("German: a listed organisation or outlet with the country or town it serves, as the tagger sees it, is one name") {
  const std::string text =
      "Das sagte Andreas Albath der \" Financial Times Deutschland \" . Berg spricht als Chef von Microsoft "
      "Deutschland auch für Microsoft.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "media Financial Times Deutschland"));
  CHECK(has(m, "organization Microsoft Deutschland"));
  CHECK_FALSE(has(m, "location Deutschland"));  // no mention inside another
  CHECK(has(m, "organization Microsoft"));
}

TEST_CASE("German: a listed club with its town, as the tagger sees it, is one name ('Galatasaray Istanbul')") {
  const std::string text = "Dessen Klub Galatasaray Istanbul steht nach einer katastrophalen Saison vor dem Umbruch.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Galatasaray Istanbul"));
  CHECK_FALSE(has(m, "location Istanbul"));
}

TEST_CASE("regression: a name widened by a town is the actor's name, and the shorter mentions still join it "
          "('LASK Linz' ... 'LASK')") {
  const std::string text =
      "Der LASK Linz gewann am Sonntag. Der LASK spielt nun in Wien. Dessen Klub Galatasaray Istanbul steht vor "
      "dem Umbruch.";
  const auto r = test::run(text, "de");
  const auto* lask = test::actor_named(r, "LASK Linz");
  REQUIRE(lask != nullptr);  // was named "LASK": the name before the town
  CHECK(lask->mentions.size() == 2);
  CHECK(test::actor_named(r, "LASK") == nullptr);
  CHECK(test::actor_named(r, "Galatasaray Istanbul") != nullptr);
  CHECK(test::actor_named(r, "Galatasaray") == nullptr);
}

TEST_CASE("German: motorways and federal roads are places with their number ('A 7', 'B 10'), not at a sentence's start") {
  const std::string text =
      "Der Wald ist zerschnitten von den Autobahnen A 2 und A 7. Der Verkehr läuft über die B 10. A 12 Punkte "
      "gab es.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location A 2"));
  CHECK(has(m, "location B 10"));
  CHECK_FALSE(has(m, "location A 12"));
  CHECK_FALSE(has(m, "location B"));
}

TEST_CASE("German: a place takes a point of the compass joined to it by a hyphen ('West-Berlin', 'Nord-Irak')") {
  const std::string text = "Der Zustand wurde für West-Berlin untragbar. Die Türkei plant eine Invasion im Nord-Irak.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location West-Berlin"));
  CHECK_FALSE(has(m, "location Berlin"));
  CHECK(has(m, "location Nord-Irak"));
}

TEST_CASE("German: a listed country or region inside an organisation's name the tagger sees takes its span") {
  const std::string text =
      "Nach einem Jurastudium an der University of Michigan wurde er Anwalt. Lycos Europe und Lycos Inc haben "
      "nichts gemeinsam. Er lebt in Michigan.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization University of Michigan"));
  CHECK(has(m, "organization Lycos Europe"));
  CHECK_FALSE(has(m, "location Europe"));
  CHECK(has(m, "location Michigan"));  // the place alone stays a place
}

TEST_CASE("German: an outlet takes its web edition ('SPIEGEL ONLINE'); a word after it that is no edition does not join") {
  const std::string text =
      "Das erklärte Tristan Nito im Gespräch mit SPIEGEL ONLINE schlicht. Der SPIEGEL Verlag schwieg.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "media SPIEGEL ONLINE"));
  CHECK_FALSE(has(m, "media SPIEGEL Verlag"));
}

TEST_CASE("German: a place goes on over a hyphen to a district or a part of it ('Berlin-Mitte', 'Eutingen-Weitingen')") {
  const std::string text =
      "Im Herzen der Hauptstadt in Berlin-Mitte können die Gäste feiern. Zum Ortsteil Eutingen-Weitingen gehört "
      "ein Dorf. Das Zentrum des Rhein-Sieg-Kreises liegt in Siegburg.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location Berlin-Mitte"));
  CHECK_FALSE(has(m, "location Berlin"));
  CHECK(has(m, "location Eutingen-Weitingen"));
  CHECK(has(m, "location Rhein-Sieg-Kreises"));
}

TEST_CASE("German: a street keeps its house number ('Neuendorfer Straße 90', 'Landstraße 223')") {
  const std::string text =
      "Die Anstalt befand sich in der Neuendorfer Straße 90 im alten Zuchthaus. Er wohnt in der Goethestraße 12 "
      "in Bonn.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location Neuendorfer Straße 90"));
  CHECK_FALSE(has(m, "location Neuendorfer Straße"));
  CHECK(has(m, "location Goethestraße 12"));  // (the tagger stops before the number here)
  CHECK_FALSE(has(m, "location Goethestraße"));
  CHECK(has(m, "location Bonn"));
}

TEST_CASE("a name goes on over two particles ('Ursula von der Leyen', 'Rafael van der Vaart', 'Rodrigo de la Serna')") {
  const std::string de = "Das sagte Familienministerin Ursula von der Leyen ( CDU ) der Zeitung. Trainer Rafael van der Vaart lobte.";
  const auto rd = test::run(de, "de");
  const auto md = typed_mentions(de, rd);
  CAPTURE(md.size());
  CHECK(has(md, "person Ursula von der Leyen"));
  CHECK(has(md, "person Rafael van der Vaart"));
  CHECK_FALSE(has(md, "person Ursula"));
  const std::string en = "The film stars actor Rodrigo de la Serna as the young doctor.";
  const auto re = test::run(en, "en");
  const auto me = typed_mentions(en, re);
  CAPTURE(me.size());
  CHECK(has(me, "person Rodrigo de la Serna"));
}

TEST_CASE("German: a name ends after its genitive where the tagger sees no person go on ('Quentin Tarantinos The Hateful Eight')") {
  const std::string text =
      "Der Abend gehört Quentin Tarantinos The Hateful Eight, der im Kino läuft. "
      "Am Samstag verlor Peter Stögers FC Köln in Berlin.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Quentin Tarantino"));  // a listed surname: the genitive's s is not the name's
  CHECK(has(m, "person Peter Stögers"));
  CHECK(has(m, "organization FC Köln"));
  CHECK_FALSE(has(m, "person Peter Stögers FC Köln"));
}

TEST_CASE("German: a genitive inside a person's name, or before a particle, does not end it") {
  const std::string text =
      "Das Buch berichtete die Taten des Don Silves de la Selva. Der Roman von Charlotte Perkins Gilman "
      "erschien 1915.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Don Silves de la Selva"));
  CHECK(has(m, "person Charlotte Perkins Gilman"));
}

TEST_CASE("names joined by '&' are one organisation ('Ernst & Young', 'Marsh & McLennan'); not two people, nor common words") {
  const std::string en =
      "The auditors Deloitte & Touche said tax revenue fell. Marsh & McLennan said it would pay. "
      "Transport & General Worker's Union general secretary Tony Woodley spoke. Serbia & Montenegro voted. "
      "Tim Henman & Andy Murray won the doubles.";
  const auto r = test::run(en, "en");
  const auto m = typed_mentions(en, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Deloitte & Touche"));
  CHECK(has(m, "organization Marsh & McLennan"));
  CHECK_FALSE(has(m, "person McLennan"));
  CHECK(has(m, "organization Transport & General Worker's Union"));
  CHECK(has(m, "location Serbia & Montenegro"));
  CHECK(has(m, "person Andy Murray"));
  const std::string de =
      "Sarah Brugner & Michael Luger sangen. Die Rubrik Stadt & Wien erscheint montags. "
      "Der Verlag Müller & Söhne teilte mit, er werde sparen.";
  const auto r2 = test::run(de, "de");
  const auto m2 = typed_mentions(de, r2);
  CAPTURE(m2.size());
  CHECK(has(m2, "person Sarah Brugner"));
  CHECK_FALSE(has(m2, "organization Stadt & Wien"));
  CHECK(has(m2, "organization Müller & Söhne"));
}

TEST_CASE("English: a common word the tagger alone calls a place or an organisation is no actor ('Value', 'Heaven'); "
          "an institution's word and a listed name stay ('Council', 'Oxfam')") {
  const std::string text =
      "Fans voted for Value and Heaven in the poll. The Parliament voted on Tuesday, and the Council agreed. "
      "Oxfam welcomed it.";
  const auto r = test::run(text, "en");
  CHECK(test::actor_named(r, "Value") == nullptr);
  CHECK(test::actor_named(r, "Heaven") == nullptr);
  CHECK(test::actor_named(r, "Council") != nullptr);
  CHECK(test::actor_named(r, "Oxfam") != nullptr);
}

TEST_CASE("English: a person's name ends at a possessive inside it; a first name after it starts the person; "
          "a hyphenated adjective is no name; a title, a name and 'of' an organisation are two actors") {
  const std::string text =
      "The film shows Bush's America in decline. Coldplay's Chris Martin sang. Who's David Blaine? "
      "Oscar-winning actor Jamie Foxx spoke. Inspector Paul Miller of Thames Valley Police said it was over. "
      "Police and Crime Commissioner Stephen Mold said the force would act.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Bush"));
  CHECK_FALSE(has(m, "person Bush's America"));
  CHECK(has(m, "person Chris Martin"));
  CHECK(has(m, "person David Blaine"));
  CHECK_FALSE(has(m, "person Oscar-winning"));
  CHECK(has(m, "person Paul Miller"));
  CHECK(has(m, "organization Thames Valley Police"));
  const auto* miller = test::actor_named(r, "Paul Miller");
  REQUIRE(miller != nullptr);
  CHECK(miller->role == "Inspector");
  CHECK(has(m, "person Stephen Mold"));  // (was the organisation 'Police and Crime Commissioner Stephen Mold')
}

TEST_CASE("English: a listed name with a possessive is the listed name, and a first name after it starts a person "
          "('Deutsche Bank's Simon Champion', 'Hong Kong's'); a month with a possessive is no person ('February's Oscars')") {
  const std::string text =
      "Deutsche Bank's Simon Champion said profits would rise. Hong Kong's leader spoke. "
      "The film won at February's Oscars. The People's Bank said little.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Deutsche Bank"));
  CHECK(has(m, "person Simon Champion"));
  CHECK_FALSE(has(m, "location Bank's Simon Champion"));  // (was the tagger's span, typed as a place)
  CHECK(has(m, "location Hong Kong"));                      // (the mention ends before the possessive)
  CHECK_FALSE(has(m, "location Hong Kong's"));
  CHECK_FALSE(has(m, "person February"));                   // (was a person)
  const auto* bank = test::actor_named(r, "Deutsche Bank");
  REQUIRE(bank != nullptr);
  CHECK(bank->type == "organization");
  CHECK(test::actor_named(r, "People's Bank") != nullptr);  // (no first name after the possessive: one name)
  // A person's name and 'of' an organisation are two actors, not one organisation.
  const std::string other = "Mary Smith of Acme Holdings said no. Simon Champion of Deutsche Bank said profits would rise.";
  const auto r2 = test::run(other, "en");
  CHECK(test::actor_named(r2, "Mary Smith") != nullptr);
  CHECK(test::actor_named(r2, "Acme Holdings") != nullptr);
  CHECK(test::actor_named(r2, "Deutsche Bank") != nullptr);
  CHECK(test::actor_named(r2, "Simon Champion of Deutsche Bank") == nullptr);  // (was one organisation)
  CHECK(test::actor_named(r2, "Mary Smith of Acme Holdings") == nullptr);
}

TEST_CASE("English: an organisation's name by its form keeps the capitalised adjective the tagger leaves out "
          "('Financial Services Authority', 'Monetary Policy Committee')") {
  const std::string text =
      "The Financial Services Authority fined the bank. Members of the Bank of England's Monetary Policy Committee "
      "voted to hold rates.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Financial Services Authority"));  // (was 'Services Authority')
  CHECK(has(m, "organization Monetary Policy Committee"));      // (was 'Policy Committee')
  CHECK(has(m, "organization Bank of England"));
  // Not widened: a lower-case adjective stays out ('the new Services Authority').
  const std::string other = "The new Services Authority fined the bank.";
  CHECK_FALSE(has(typed_mentions(other, test::run(other, "en")), "organization new Services Authority"));
}

TEST_CASE("English: a name after a noun for a company is an organisation ('anti-virus firm Sophos', 'regulator Ofcom'); "
          "not a person's name with a first name ('the firm Steve Jobs founded')") {
  const std::string text =
      "Anti-virus firm Sophos said 10% of e-mail was infected. Telecom regulator Ofcom said no. "
      "The firm Steve Jobs founded grew.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Sophos"));  // (was a person)
  CHECK(has(m, "organization Ofcom"));   // (was a person)
  CHECK(has(m, "person Steve Jobs"));
  CHECK_FALSE(has(m, "organization Steve Jobs"));
}

TEST_CASE("English: an award's name alone is no actor ('Oscar hopefuls', 'the Grammys'); a person so named keeps it") {
  const std::string text = "Oscar hopefuls Mike Leigh and Imelda Staunton were there. The Grammys were held in LA.";
  const auto r = test::run(text, "en");
  CHECK(test::actor_named(r, "Oscar") == nullptr);    // (was a person)
  CHECK(test::actor_named(r, "Grammys") == nullptr);
  CHECK(test::actor_named(r, "Mike Leigh") != nullptr);
  const std::string other = "Oscar Pistorius ran in London. Later Oscar said he was tired.";
  const auto r2 = test::run(other, "en");
  const auto* oscar = test::actor_named(r2, "Oscar Pistorius");
  REQUIRE(oscar != nullptr);
  CHECK(oscar->mentions.size() == 2);
}

TEST_CASE("English: a name before 'Cup', 'Prize' or 'Act' names a competition, a prize or a law, no actor "
          "('Davis Cup', 'Sarbanes-Oxley Act')") {
  const std::string text =
      "Henman decided to retire from Davis Cup tennis. Firms must comply with the Sarbanes-Oxley Act. "
      "Mark Steve said he would play on.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Davis"));            // (was a person)
  CHECK_FALSE(has(m, "person Sarbanes-Oxley"));   // (was a person)
  CHECK(has(m, "person Mark Steve"));
  // Not dropped: the name before any other capitalised word ('Davis Thompson').
  const std::string other = "Davis Thompson said he would play on.";
  CHECK(has(typed_mentions(other, test::run(other, "en")), "person Davis Thompson"));
}

TEST_CASE("English: capitalised words between a nationality or a country and a title are a portfolio, no person "
          "(portfolios_before_titles_en: 'German Economy minister Wolfgang Clement')") {
  const std::string text =
      "German Economy minister Wolfgang Clement said the figures were bad. German Foreign Minister Joschka Fischer "
      "agreed. Israel Defence Minister Shaul Mofaz left.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person German Economy"));  // (was a person)
  CHECK_FALSE(has(m, "person German Foreign"));  // (was a person)
  CHECK(has(m, "person Wolfgang Clement"));
  CHECK(has(m, "person Joschka Fischer"));
  CHECK_FALSE(has(m, "person Israel Defence"));  // (was a person)
  CHECK(has(m, "location Israel"));              // a listed place that opens it stays
  CHECK(has(m, "person Shaul Mofaz"));
  // Not fired: a person's name before a title ('Gordon Brown', a first name in it) stays.
  const std::string other = "Chancellor Gordon Brown Minister Tessa Jowell and others met.";
  const auto m2 = typed_mentions(other, test::run(other, "en"));
  CAPTURE(m2.size());
  CHECK(has(m2, "person Tessa Jowell"));
  CHECK(has(m2, "person Gordon Brown"));
}

TEST_CASE("English: an organisation known by the noun before it gives its actor the type, wherever it stands first "
          "('Yukos accused …' then 'Russian oil firm Yukos'); 'technology analysts Gartner' is a firm") {
  const std::string text = "Yukos accused of lying to court. Russian oil firm Yukos has been accused of lying. "
                           "Yukos said it would appeal.";
  const auto r_yukos = test::run(text, "en");  // (kept: the actor points into it)
  const auto* yukos = test::actor_named(r_yukos, "Yukos");
  REQUIRE(yukos != nullptr);
  CHECK(yukos->type == "organization");  // (was a person: the headline came first)
  const std::string firm = "Sales rose, according to technology analysts Gartner. Gartner said so.";
  const auto r_gartner = test::run(firm, "en");  // (kept: the actor points into it)
  const auto* gartner = test::actor_named(r_gartner, "Gartner");
  REQUIRE(gartner != nullptr);
  CHECK(gartner->type == "organization");
  // Not fired: a person named after the noun keeps the type ('analysts John Smith and Mary Jones').
  const std::string people = "Analysts John Smith and Mary Jones said so.";
  const auto r_smith = test::run(people, "en");  // (kept: the actor points into it)
  const auto* smith = test::actor_named(r_smith, "John Smith");
  REQUIRE(smith != nullptr);
  CHECK(smith->type == "person");
}

TEST_CASE("English: one word with a capital after three small letters is a company (camel_case_companies_en: "
          "'DaimlerChrysler'); 'McCartney', 'DiCaprio' stay people") {
  const std::string text = "Overall, DaimlerChrysler saw worldwide vehicle sales rise. DaimlerChrysler said so.";
  const auto r_dc = test::run(text, "en");  // (kept: the actor points into it)
  const auto* dc = test::actor_named(r_dc, "DaimlerChrysler");
  REQUIRE(dc != nullptr);
  CHECK(dc->type == "organization");
  const std::string people = "McCartney sang on Sunday. DiCaprio watched the show.";
  const auto r = test::run(people, "en");
  for (const char* name : {"McCartney", "DiCaprio"}) {
    const auto* a = test::actor_named(r, name);
    if (a != nullptr) CHECK(a->type != "organization");
  }
}

TEST_CASE("English: no German genitive -s comes off a name to find a listed place ('Joss' is no 'Jos', 'Davies' no "
          "'Davie'); a place's plural after a stem of five letters does ('the Midlands', 'the Orkneys')") {
  const std::string text = "After the prize, Joss Stone said it was great. The Midlands and the Orkneys voted.";
  const auto r = test::run(text, "en");
  CHECK(test::actor_named(r, "Jos") == nullptr);  // (was a place named 'Jos', the city in Nigeria)
  CHECK(test::actor_named(r, "Midland") != nullptr);
  const std::string possessive = "Russia's army moved.";
  const auto r_russia = test::run(possessive, "en");  // (kept: the actor points into it)
  const auto* russia = test::actor_named(r_russia, "Russia");
  REQUIRE(russia != nullptr);
  CHECK(russia->type == "location");
  // German keeps its genitive: "Nordkoreas" is Nordkorea.
  const auto r_nk = test::run("Nordkoreas Armee marschiert.", "de");  // (kept: the actor points into it)
  const auto* nk = test::actor_named(r_nk, "Nordkorea");
  REQUIRE(nk != nullptr);
  CHECK(nk->type == "location");
}

TEST_CASE("English: a month after a first name is the surname unless a number follows ('Theresa May', 'Brian May "
          "… May said'); 'in May 2005' and 'John may go' name no May") {
  const std::string text = "Prime Minister Theresa May appointed him. Guitarist Brian May toured with the band.";
  const auto r = test::run(text, "en");
  CHECK(test::actor_named(r, "Theresa May") != nullptr);  // (was 'Theresa')
  CHECK(test::actor_named(r, "Brian May") != nullptr);    // (was nobody)
  const auto r2 = test::run("Sean left in May 2005. John may go.", "en");
  CHECK(test::actor_named(r2, "Sean May") == nullptr);
  CHECK(test::actor_named(r2, "John may") == nullptr);
}

TEST_CASE("English: a noun for the people of a country alone is no actor ('Britons', 'a Scot', 'Russians'); "
          "a person so named keeps the name") {
  const std::string text =
      "Britons would most like the song played. As a Scot living in England, I agree. Russians voted on Sunday.";
  const auto r = test::run(text, "en");
  CHECK(test::actor_named(r, "Britons") == nullptr);
  CHECK(test::actor_named(r, "Scot") == nullptr);  // (was a person)
  CHECK(test::actor_named(r, "Russians") == nullptr);
  CHECK(test::actor_named(r, "England") != nullptr);
  const std::string adjectives = "Flights left from the Czech capital. The book was attacked by some Christian teachers.";
  const auto r3 = test::run(adjectives, "en");
  CHECK(test::actor_named(r3, "Czech") == nullptr);
  CHECK(test::actor_named(r3, "Christian") == nullptr);
  const std::string other = "Brit Marling starred in the film. Brit said she was happy.";
  const auto r2 = test::run(other, "en");
  const auto* brit = test::actor_named(r2, "Brit Marling");
  REQUIRE(brit != nullptr);
  CHECK(brit->mentions.size() == 2);
}

TEST_CASE("English: a club's name alone that is also a first name or a common word is the club ('Chelsea', 'Arsenal'); "
          "a person so named keeps it ('Chelsea Clinton … Chelsea')") {
  const std::string text = "Arsenal beat Spurs 2-1 on Sunday. The firm lost sponsorship deals with Chelsea and Celtic.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Chelsea"));  // (was a person)
  CHECK(has(m, "organization Celtic"));
  CHECK_FALSE(has(m, "person Chelsea"));
  const std::string other = "Chelsea Clinton spoke on Monday. Chelsea said she was happy.";
  const auto r2 = test::run(other, "en");
  const auto* chelsea = test::actor_named(r2, "Chelsea Clinton");
  REQUIRE(chelsea != nullptr);
  CHECK(chelsea->type == "person");
  CHECK(chelsea->mentions.size() == 2);
}

TEST_CASE("a company with and without its legal form is one actor ('Deutsche Bahn AG' ... 'Deutsche Bahn', 'Enron Corp.' ... 'Enron'); "
          "a noun of the list is no legal form ('Allianz Gruppe')") {
  const std::string de = "Die Telekom Austria AG schwieg, die Telekom Austria auch. Die Allianz Gruppe wuchs.";
  const auto r = test::run(de, "de");
  const auto* ta = test::actor_named(r, "Telekom Austria AG");
  REQUIRE(ta != nullptr);
  CHECK(ta->mentions.size() == 2);
  CHECK(test::actor_named(r, "Telekom Austria") == nullptr);
  const std::string en = "Enron Corp. collapsed in 2001. Enron had lied to its investors.";
  const auto r2 = test::run(en, "en");
  const auto* enron = test::actor_named(r2, "Enron Corp.");
  REQUIRE(enron != nullptr);
  CHECK(enron->mentions.size() == 2);
}

TEST_CASE("a name right after a medium's noun is a medium ('the daily Népszava', 'der Sender Arte'); not after 'agency'") {
  const std::string en =
      "The left-leaning daily Népszava noted that the loan was large. The tabloid Blikk said the minister had lied. "
      "The agency Frontex said it would help.";
  const auto r = test::run(en, "en");
  const auto m = typed_mentions(en, r);
  CAPTURE(m.size());
  CHECK(has(m, "media Népszava"));
  CHECK(has(m, "media Blikk"));
  CHECK_FALSE(has(m, "media Frontex"));
  // the medium's report is a source
  bool report = false;
  for (const auto& s : r.sources) report = report || (s.kind == "report" && test::at(en, s.spans.at(0)).find("Népszava") != std::string::npos);
  CHECK(report);
  const std::string de = "Die Tageszeitung Danas berichtete, der Minister sei zurückgetreten.";
  const auto m2 = typed_mentions(de, test::run(de, "de"));
  CAPTURE(m2.size());
  CHECK(has(m2, "media Danas"));
}

TEST_CASE("German: a full name in the genitive names the person without its s and joins the other mentions") {
  const std::string text =
      "Der Regisseur Ridley Scott drehte den Film. Ridley Scotts neuer Film lief gut, sagte Scott. "
      "Ein Satz zu Max Frischs Roman. Ein Satz zu Egon Schieles Bildern, sagte Schiele.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Max Frisch"));
  CHECK_FALSE(has(m, "person Max Frischs"));
  CHECK(has(m, "person Egon Schiele"));
  const auto* scott = test::actor_named(r, "Ridley Scott");
  REQUIRE(scott != nullptr);
  CHECK(scott->mentions.size() == 3);
  CHECK(test::actor_named(r, "Ridley Scotts") == nullptr);
}

TEST_CASE("German: a name ending in s keeps it where it is no genitive ('Alexis Tsipras', 'Serena Williams', 'Harnik-Lauris')") {
  const std::string text =
      "Der Premier Alexis Tsipras sprach. Serena Williams gewann. Der Sprecher Urs Harnik-Lauris sagte nichts. "
      "Der Abend gehört Tom Rostons Film, den Kritiker mögen.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Alexis Tsipras"));
  CHECK(has(m, "person Serena Williams"));
  CHECK(has(m, "person Urs Harnik-Lauris"));
  CHECK_FALSE(has(m, "person Urs Harnik-Lauri"));
  CHECK_FALSE(has(m, "person Tom Roston"));  // "Roston" is neither listed nor found alone
}

TEST_CASE("German: a common noun the tagger alone calls a person is dropped ('Urlaub', 'Benzin'); a surname stays") {
  const std::string text =
      "Er hat im Sommer mit seinem Onkel Urlaub gemacht. Der Preis für Benzin stieg, weil Benzin knapp ist. "
      "Der Teamchef Marcel Koller war zufrieden. Das Team sei gut, sagte Koller. "
      "Im Sommer sprach Arabella Kiesbauers Sender, sagte Kiesbauer.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Urlaub"));
  CHECK_FALSE(has(m, "person Benzin"));
  const auto* koller = test::actor_named(r, "Marcel Koller");
  REQUIRE(koller != nullptr);
  CHECK(koller->mentions.size() == 2);
  const auto* kiesbauer = test::actor_named(r, "Arabella Kiesbauer");
  REQUIRE(kiesbauer != nullptr);
  CHECK(kiesbauer->mentions.size() == 2);
}

TEST_CASE("German: a noun after a name in the genitive is not part of the name ('Janusz Kaminskis Kamera', 'Niessls Gunst')") {
  const std::string text =
      "Der Film lebt von Janusz Kaminskis Kamera. Landeshauptmann Hans Niessl sprach. Das Team sucht "
      "Niessls Gunst, sagte Niessl.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Janusz Kaminskis Kamera"));
  CHECK(test::actor_named(r, "Janusz Kaminski") != nullptr);
  CHECK_FALSE(has(m, "person Niessls Gunst"));
  const auto* niessl = test::actor_named(r, "Hans Niessl");
  REQUIRE(niessl != nullptr);
  CHECK(niessl->mentions.size() == 3);
}

TEST_CASE("German: a name ending in a noun stays whole where no genitive is known before it ('Fats Domino', 'Johannes')") {
  const std::string text = "Der Sänger Fats Domino ist tot. Der Chor sang Johannes Passion.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Fats Domino"));
  CHECK_FALSE(has(m, "person Fats"));
  CHECK_FALSE(has(m, "person Johannes"));  // a listed first name
}

TEST_CASE("German: a title or a person's noun the tagger took into a name is cut off ('Presseratsmitglied Koller', 'Klubobfrau Krismer')") {
  const std::string text =
      "Diese Form der Öffentlichkeitsarbeit ist widerwärtig, sagte Presseratsmitglied Koller. "
      "Das alles ist schon sehr beunruhigend, sagt Weinbauer Trummer und erklärt, was es mit der Fahne auf sich hat. "
      "Die Abgeordnete Helga Krismer stimmte dagegen. Da zeigt sich schon ein interessantes "
      "Demokratieverständnis der Regierungsparteien, sagt Klubobfrau Krismer im Gespräch mit dem STANDARD.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Presseratsmitglied Koller"));
  CHECK(has(m, "person Koller"));
  CHECK_FALSE(has(m, "person Weinbauer Trummer"));
  CHECK(has(m, "person Trummer"));
  CHECK_FALSE(has(m, "person Klubobfrau Krismer"));
  const auto* krismer = test::actor_named(r, "Helga Krismer");
  REQUIRE(krismer != nullptr);
  CHECK(krismer->mentions.size() == 2);
}

TEST_CASE("German: first names that read like nouns stay in the name ('Ernst Strasser', 'Nicolaus Schafhausen', 'Heidemarie Wieczorek-Zeul')") {
  const std::string text =
      "Der frühere Innenminister Ernst Strasser sprach. Der Kurator Nicolaus Schafhausen kam. "
      "Die Ministerin Heidemarie Wieczorek-Zeul reiste ab.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Ernst Strasser"));
  CHECK(has(m, "person Nicolaus Schafhausen"));
  CHECK(has(m, "person Heidemarie Wieczorek-Zeul"));
}

TEST_CASE("German: an English organisation's name is no person ('Glenn Research Center', 'Goldsmiths College', 'Sean Daniel Company')") {
  const std::string text =
      "Der Test solle der Sicherheit künftiger Missionen dienen, sagte Nasa-Ingenieur Gary Ruff vom Glenn "
      "Research Center in Cleveland, Ohio. Das Team um Andrew Bremner vom Goldsmiths College in London forscht. "
      "Diesen Geldgeber hat man nun in Form der Sean Daniel Company (Die Mumie) gefunden. "
      "Der Historiker Roger Ekirch (Virginia Tech University) widersprach.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Glenn Research Center"));
  CHECK_FALSE(has(m, "person Goldsmiths College"));
  CHECK_FALSE(has(m, "person Sean Daniel Company"));
  CHECK_FALSE(has(m, "person Virginia Tech University"));
  CHECK(has(m, "person Gary Ruff"));
  CHECK(has(m, "person Andrew Bremner"));
  CHECK(has(m, "person Roger Ekirch"));
}

TEST_CASE("German: a person's name ending in an English word that heads no organisation stays a person") {
  const std::string text = "Der Sänger Billy Ocean trat auf. Die Schauspielerin Jennifer Hudson sprach.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Jennifer Hudson"));
  CHECK_FALSE(has(m, "organization Jennifer Hudson"));
}

TEST_CASE("German: 'von' after a surname names where the person works, not their name ('Gabor Wichmann von Birdlife')") {
  const std::string text =
      "Die Jäger sollen umdenken, sagt Gabor Wichmann von Birdlife.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Gabor Wichmann von Birdlife"));
  CHECK(has(m, "person Gabor Wichmann"));
}

TEST_CASE("German: 'von' before two capitalised words is where the person works, after a first name too "
          "('Richard Cassidy von Alert Logic': a person and an organisation)") {
  const std::string text = "Richard Cassidy von Alert Logic rät zudem, dass man wenig veröffentlicht.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Richard Cassidy von Alert Logic"));  // (was one person)
  CHECK(has(m, "person Richard Cassidy"));
  CHECK(has(m, "organization Alert Logic"));
  // Not cut: one word after 'von' after a first name ('Johann Wolfgang von Goethe').
  const std::string noble = "Der Dichter Johann Wolfgang von Goethe starb in Weimar.";
  const auto r2 = test::run(noble, "de");
  CHECK(has(typed_mentions(noble, r2), "person Johann Wolfgang von Goethe"));
}

TEST_CASE("German: a name that opens a compound with a noun after a hyphen is no person there "
          "('Oscar-Verleihung', 'Georg-Danzer-Stegs'); a name before a hyphen and another name stays") {
  const std::string text =
      "Er ging in die 88. Oscar-Verleihung. Ein Frachter lag nahe des Georg-Danzer-Stegs in Floridsdorf. "
      "Die Ministerin Sabine Leutheusser-Schnarrenberger sprach.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Oscar"));         // (was a person)
  CHECK_FALSE(has(m, "person Georg-Danzer"));  // (was a person)
  CHECK(has(m, "location Floridsdorf"));
  CHECK(has(m, "person Sabine Leutheusser-Schnarrenberger"));
}

TEST_CASE("German: an English organisation word after a word read as a title is the organisation ('Premier League')") {
  const std::string text = "Leicester will den Titel in der Premier League fixieren. Premier Orbán sprach in Budapest.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person League"));  // (was a person with the role 'Premier')
  CHECK(has(m, "organization Premier League"));
  CHECK(has(m, "person Orbán"));
}

TEST_CASE("German: a dateline in mixed case opening a sentence is a place ('Neusiedl am See/Eisenstadt – Im …', "
          "'Weiz – Der …'); not a noun ('Etappe – Die …') nor a name before a dash and lower case") {
  const std::string text =
      "Polizei will rigoros vorgehen. Neusiedl am See/Eisenstadt – Im Zusammenhang mit dem Drama gibt es Kritik. "
      "Weiz – Der Bürgermeister sagte, es gehe gut. Etappe – Die Fahrer kamen spät an. "
      "Huber – der Mann aus Graz – blieb stumm.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location Neusiedl am See"));  // (was a person 'Neusiedl')
  CHECK(has(m, "location Weiz"));
  CHECK_FALSE(has(m, "location Etappe"));
  CHECK_FALSE(has(m, "location Huber"));
}

TEST_CASE("software and platforms named like people are organisations ('Youtube', 'Ubuntu')") {
  const std::string text = "Er nutzt die von Youtube eingespielte Werbung. Der Marktanteil von Ubuntu bei Smartphones ist gering.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Youtube"));  // (was a person)
  CHECK(has(m, "organization Ubuntu"));   // (was a place)
}

TEST_CASE("German: a particle after a first name stays in the name ('Johann Wolfgang von Goethe', 'Joost den Haan')") {
  const std::string text =
      "Der Erfinder Wolfgang von Kempelen baute den Schachtürken. Der Trainer Joost den Haan sagte, "
      "das Team sei bereit. Die Präsidentin Ursula von der Leyen reiste ab. Der Dichter Johann Wolfgang von "
      "Goethe starb in Weimar.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Wolfgang von Kempelen"));
  CHECK(has(m, "person Joost den Haan"));
  CHECK(has(m, "person Ursula von der Leyen"));
  CHECK(has(m, "person Johann Wolfgang von Goethe"));
}

TEST_CASE("German: 'St. Pölten' is a place, not a person 'Pölten' with the title 'St.'") {
  const std::string text = "Mattersburg empfängt St.Pölten. Der SKN St. Pölten gewann in Wien.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Pölten"));
  CHECK(has(m, "location St. Pölten"));
  const auto* p = test::actor_named(r, "St.Pölten");
  REQUIRE(p != nullptr);
  CHECK(p->mentions.size() == 2);
}

TEST_CASE("German: a person after 'St.' that is no listed saint's place stays a person") {
  const std::string text = "Die Kirche St. Martin ist alt. Das sagte Martin Huber, der Pfarrer.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "location St. Martin"));
  CHECK(has(m, "person Martin Huber"));
}

TEST_CASE("German: a compound of two listed nouns the tagger alone calls a person is dropped ('Sargfabrik')") {
  const std::string text =
      "Dann allerdings begab es sich, dass Krakauer ein Konzert in der Wiener Sargfabrik hatte und dass er "
      "zuvor in Prag war.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Sargfabrik"));
}

TEST_CASE("German: a surname made of two nouns stays a person ('Steinberg', 'Pechstein')") {
  const std::string text = "Das sagte Steinberg am Montag in Berlin. Auch Pechstein war dort.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Steinberg"));
  CHECK(has(m, "person Pechstein"));
}

TEST_CASE("German: a person's name goes on over a particle and the name after it (particle_names_de)") {
  const std::string text =
      "Das Schloss bekam sein Aussehen unter Heinrich Gottlob von Miltitz. Bereits Giacomo della Porta hatte "
      "einen Zentralbau vorgesehen. Er heiratete Amalie Zephyrine von Hohenzollern-Sigmaringen.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Heinrich Gottlob von Miltitz"));
  CHECK_FALSE(has(m, "location Miltitz"));
  CHECK(has(m, "person Giacomo della Porta"));
  CHECK(has(m, "person Amalie Zephyrine von Hohenzollern-Sigmaringen"));
}

TEST_CASE("German: no name goes on over 'den', 'von der' + a noun or an organisation (particle_names_de)") {
  const std::string text =
      "Die Welt sah, wie später Neil Armstrong den Mond betrat. Angela Merkel von der CDU kam. "
      "Angela Merkel von der Linken sprach.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Neil Armstrong"));
  CHECK(has(m, "person Angela Merkel"));
  CHECK(has(m, "organization CDU"));
  CHECK_FALSE(has(m, "person Angela Merkel von der Linken"));
}

TEST_CASE("German: a foreign name with a place head is a place (foreign_place_names_de)") {
  const std::string text =
      "Das Schiff fuhr den Hudson River hinauf bis zur Fifth Avenue. Sie wuchs in Canning Town auf. "
      "Die Strände Lido di Spina und Lido di Pomposa sind voll.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location Hudson River"));
  CHECK(has(m, "location Canning Town"));
  CHECK(has(m, "location Lido di Spina"));
  CHECK_FALSE(has(m, "person Lido di Spina"));
}

TEST_CASE("German: a person named like a place head stays a person (foreign_place_names_de)") {
  const std::string text = "Der Regisseur Michael Bay drehte den Film. Der Rennfahrer Damon Hill gewann.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Michael Bay"));
  CHECK(has(m, "person Damon Hill"));
}

TEST_CASE("German: an English organisation the tagger calls a person is one by its head ('School', 'Theatre')") {
  const std::string text = "Sie wurde am Lee Strasberg Theatre ausgebildet und besuchte die Matthew Humberstone School.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Lee Strasberg Theatre"));
  CHECK_FALSE(has(m, "person Lee Strasberg Theatre"));
}

TEST_CASE("German: a person's one-word name takes in the unknown capitalised word after it (adjacent_name_parts_de)") {
  const std::string text = "Dagegen war zum Beispiel Dick Advocaat für Borussia Mönchengladbach ein echter Fehlgriff.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Dick Advocaat"));
  CHECK_FALSE(has(m, "person Dick"));
}

TEST_CASE("German: no adjective, genitive or noun joins a one-word name (adjacent_name_parts_de)") {
  const std::string text = "Dagegen war zum Beispiel Dick Österreichischer Meister. Eichmanns Fluchtweg führte über Italien.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Dick"));
  CHECK_FALSE(has(m, "person Dick Österreichischer"));
  CHECK_FALSE(has(m, "person Eichmanns Fluchtweg"));
}

TEST_CASE("German: an English organisation head after a person's name makes the organisation ('Dave Matthews Band')") {
  const std::string text = "Der Gitarrist spielte lange in der Dave Matthews Band mit. Dave Matthews sagte, er sei stolz.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Dave Matthews Band"));
  CHECK_FALSE(has(m, "person Dave Matthews Band"));
  CHECK(has(m, "person Dave Matthews"));  // no head after it: the person
}

TEST_CASE("German: an unknown word in a list of places is a place (names_in_lists_de)") {
  const std::string text = "Die Dörfer Hokkala , Kumpula , Oulu und Noposenaho gehören zur Gemeinde.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location Kumpula"));
  CHECK(has(m, "location Noposenaho"));
}

TEST_CASE("German: no list of one name, no abbreviation in a list (names_in_lists_de)") {
  const std::string text =
      "Die Dörfer Hokkala und Kumpula gehören zur Gemeinde. Die Dörfer Hokkala , Kumpula , Oulu und Anmk. liegen am See.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location Hokkala"));
  CHECK_FALSE(has(m, "location Anmk"));
  CHECK_FALSE(has(m, "location Anmk."));
  // (the first "Kumpula", in a list of one name, is no place: one mention only, in the second list)
  const auto* k = test::actor_named(r, "Kumpula");
  REQUIRE(k != nullptr);
  CHECK(k->mentions.size() == 1);
}

TEST_CASE("German: a listed opening word before a name makes the place (foreign_place_names_de, 'Río Xingú')") {
  const std::string text = "Das Schiff fuhr den Río Xingú hinauf bis nach Altamira.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location Río Xingú"));
  CHECK_FALSE(has(m, "location Xingú"));
  CHECK_FALSE(has(m, "location Altamira Río"));
}

TEST_CASE("German: 'Norden' alone is a direction, no place (compass_directions_de)") {
  const std::string text = "Die Flüchtlinge wurden nicht nach Norden durchgelassen.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "location Norden"));
}

TEST_CASE("German: 'in Norden' is the town (compass_directions_de does not fire)") {
  const std::string text = "Das Fest fand in Norden statt, einer Stadt in Ostfriesland.";
  const auto r = test::run(text, "de");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "location Norden"));
}

TEST_CASE("German: a name after a noun for a kind of place is the place (places_after_place_words_de)") {
  for (const std::string text : {std::string("Der Landesdelegiertentag fand auf dem Flughafen Hahn statt."),
                                 std::string("Das Dorf wurde 1272 als Besitz des Klosters Teplá erwähnt."),
                                 std::string("Zwei Afghanen starben auf dem US-Stützpunkt Bagram.")}) {
    const auto m = typed_mentions(text, test::run(text, "de"));
    CAPTURE(text);
    const bool place = has(m, "location Hahn") || has(m, "location Teplá") || has(m, "location Bagram");
    CHECK(place);
    CHECK_FALSE((has(m, "person Hahn") || has(m, "person Teplá") || has(m, "person Bagram")));
  }
  // (a word the tagger left out, and the names listed after it)
  const std::string a = "Im Herbst 1993 trat er in das Kloster Andechs ein.";
  CHECK(has(typed_mentions(a, test::run(a, "de")), "location Andechs"));
  const std::string b = "Die Zentren auf den Inseln Lesbos, Chios, Leros und Samos sollen öffnen.";
  const auto n = typed_mentions(b, test::run(b, "de"));
  CHECK(has(n, "location Chios"));
  CHECK(has(n, "location Leros"));
  CHECK(has(n, "location Samos"));
}

TEST_CASE("German: a full name with a first name after a place noun stays a person (places_after_place_words_de does not fire)") {
  const std::string text = "Zuletzt wurde die Kathedrale von Peter Berat neu aufgebaut.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "person Peter Berat"));
  CHECK_FALSE(has(m, "location Peter Berat"));
  // (nor a word before a verb: "Paroli bieten")
  const std::string c = "Die Stadt will den Nachbargemeinden Paroli bieten.";
  CHECK_FALSE(has(typed_mentions(c, test::run(c, "de")), "location Paroli"));
  // (nor the genitive of a person's name: "die Residenz Castros")
  const std::string b = "Fidel Castro empfing den Papst. Das Gespräch in der Residenz Castros dauerte 40 Minuten.";
  CHECK_FALSE(has(typed_mentions(b, test::run(b, "de")), "location Castros"));
}

TEST_CASE("German: initials belong to the name, with their full stops (initials_de)") {
  const std::string a = "Das sagte H. Knoflacher gestern.";
  CHECK(has(typed_mentions(a, test::run(a, "de")), "person H. Knoflacher"));
  const std::string b = "Welz wird durch die M. Kaindl Holzindustrie übernommen.";
  CHECK(has(typed_mentions(b, test::run(b, "de")), "person M. Kaindl"));
  const std::string c = "«Sie gab mir Geld», so L. Doch gleichzeitig sei Bianca B. nicht ehrlich gewesen.";
  const auto m = typed_mentions(c, test::run(c, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "person L."));
  CHECK_FALSE(has(m, "person L. Doch"));
}

TEST_CASE("German: no initial, no join (initials_de does not fire)") {
  const std::string text = "Das sagte Knoflacher gestern, und Peter Müller nickte.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Knoflacher gestern"));
  CHECK(has(m, "person Peter Müller"));
  // (an abbreviation's letter before a hyphen keeps no full stop)
  const std::string b = "Der Einsatz von K.-o.-Tropfen wurde bekannt.";
  CHECK_FALSE(has(typed_mentions(b, test::run(b, "de")), "person K."));
}

TEST_CASE("German: a reference's 'Surname, First name' is one person (inverted_names_de)") {
  const std::string a = "Baßler, Ulrich; Heinrich, Jürgen; Utecht, Burkhard: Grundlagen der Volkswirtschaft.";
  const auto m = typed_mentions(a, test::run(a, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "person Baßler, Ulrich"));
  CHECK(has(m, "person Heinrich, Jürgen"));
  CHECK(has(m, "person Utecht, Burkhard"));
  const std::string b = "Die Studie von Blank, H., Fischer, V. & Erdfelder, E. (2003) zeigt es.";
  const auto n = typed_mentions(b, test::run(b, "de"));
  CHECK(has(n, "person Blank, H."));
  CHECK(has(n, "person Erdfelder, E."));
}

TEST_CASE("German: names in a list are no inverted name (inverted_names_de does not fire)") {
  const std::string text = "Das sagten Müller, Peter und Hans gestern.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Müller, Peter"));
  CHECK(has(m, "person Müller"));
  // (first names in a list; a team's line-up, a bracket after a player)
  const std::string b = "Hans, Karl, Hannes, David und Max sind zwischen 27 und 46 Jahre alt.";
  const auto n = typed_mentions(b, test::run(b, "de"));
  CHECK_FALSE(has(n, "person Hans, Karl"));
  CHECK_FALSE(has(n, "person Hannes, David"));
  const std::string c = "Österreich: Almer – Klein, Prödl, Dragovic, Fuchs – Baumgartlinger, Alaba (92. Ilsanker) – Harnik.";
  CHECK_FALSE(has(typed_mentions(c, test::run(c, "de")), "person Baumgartlinger, Alaba"));
}

TEST_CASE("German: 'Mio' after a number is an amount, no person (amounts_de)") {
  const std::string text = "Der Umsatz verdoppelte sich auf 7,401 Mio US-Dollar (5,845 Mio Euro).";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Mio Euro"));
  CHECK_FALSE(has(m, "person Mio"));
}

TEST_CASE("German: 'Mio' as a first name stays a person (amounts_de does not fire)") {
  const std::string text = "Das sagte Mio Takahashi gestern in Tokio.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "person Mio Takahashi"));
}

TEST_CASE("German: a name after a noun that describes an organisation is the organisation (organisations_after_description_de)") {
  const std::string a = "Auch der Südamerika-Chef des Reifenherstellers Michelin kam ums Leben.";
  const auto m = typed_mentions(a, test::run(a, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "organization Michelin"));
  CHECK_FALSE(has(m, "person Michelin"));
  const std::string b = "Er übernahm den Anteil des französischen Automobilzulieferers Valeo.";
  CHECK(has(typed_mentions(b, test::run(b, "de")), "organization Valeo"));
  // (an unknown name the tagger left out)
  const std::string c = "Der Elektronik-Konzern Parrot präsentiert neue Bilderrahmen.";
  CHECK(has(typed_mentions(c, test::run(c, "de")), "organization Parrot"));
}

TEST_CASE("German: a person's full name after such a noun stays a person (organisations_after_description_de does not fire)") {
  const std::string text = "Die Band Peter Maffay spielte am Abend.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "person Peter Maffay"));
  // (a name with a number goes on: "Puls 4"; a noun is none: "Wachstum")
  const std::string c = "Die Serie läuft beim Privatsender Puls 4 am Abend. Der Konzern Wachstum zeigt sich.";
  const auto n = typed_mentions(c, test::run(c, "de"));
  CHECK_FALSE(has(n, "organization Puls"));
  CHECK_FALSE(has(n, "organization Wachstum"));
  // ("Bandes" is a book's volume)
  const std::string b = "Er schrieb das Vorwort des 2012 erschienenen Bandes Aftermath: On Marriage.";
  CHECK_FALSE(has(typed_mentions(b, test::run(b, "de")), "organization Aftermath"));
}

TEST_CASE("German: a surname's particle the tagger takes in opens the name (leading_particles_de)") {
  const std::string a = "Das war, wie de Maizière sagte, ein Erfolg.";
  CHECK(has(typed_mentions(a, test::run(a, "de")), "person de Maizière"));
  const std::string b = "Die folgende Stunde war van Gaal aber zu wenig.";
  const auto m = typed_mentions(b, test::run(b, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "person van Gaal"));
  CHECK_FALSE(has(m, "person Gaal"));
}

TEST_CASE("German: 'von' before a place is no particle of a name (leading_particles_de does not fire)") {
  const std::string text = "Er kam von Berlin nach Hamburg.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "location Berlin"));
  CHECK_FALSE(has(m, "location von Berlin"));
  CHECK_FALSE(has(m, "person von Berlin"));
}

TEST_CASE("German: a word no list knows that ends in a landmark noun is the landmark (landmark_names_de)") {
  const std::string a = "Die Bergretter fanden ihn im Kleinwalsertal auf einer Skitour.";
  CHECK(has(typed_mentions(a, test::run(a, "de")), "location Kleinwalsertal"));
  const std::string b = "Sie kamen über die Saalachbrücke nach Freilassing.";
  CHECK(has(typed_mentions(b, test::run(b, "de")), "location Saalachbrücke"));
}

TEST_CASE("German: common nouns ending so are no landmark (landmark_names_de does not fire)") {
  const std::string text = "Die Pfarrkirche und die Auferstehungskirche sind alt, das Gebirgstal ist weit.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "location Pfarrkirche"));
  CHECK_FALSE(has(m, "location Auferstehungskirche"));
  CHECK_FALSE(has(m, "location Gebirgstal"));
}

TEST_CASE("German: a word no list knows that ends like a town's name is the town (town_names_de)") {
  const std::string a = "1623 hat Spaichingen das Recht erhalten, einen Wochenmarkt abzuhalten.";
  CHECK(has(typed_mentions(a, test::run(a, "de")), "location Spaichingen"));
  const std::string b = "Die Fahrt ging von Pfullingen aus weiter.";
  CHECK(has(typed_mentions(b, test::run(b, "de")), "location Pfullingen"));
}

TEST_CASE("German: nouns in '-ingen' are no town (town_names_de does not fire)") {
  const std::string text =
      "Das Skispringen fiel aus, den Kriegsflüchtlingen half man, und das Eindringen der Kälte blieb. Er verlangt "
      "von den Schreiberlingen Geld. Dietrich von Gemmingen kam.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "location Skispringen"));
  CHECK_FALSE(has(m, "location Kriegsflüchtlingen"));
  CHECK_FALSE(has(m, "location Eindringen"));
  CHECK_FALSE(has(m, "location Schreiberlingen"));
  CHECK_FALSE(has(m, "location Gemmingen"));
}

TEST_CASE("German: an institution's name goes on with 'für' and what it is for (org_purpose_phrases_de)") {
  const std::string text =
      "Das Bundesamt für Bevölkerungsschutz und Katastrophenhilfe warnte. Auch das Staatsministerium für "
      "Landwirtschaft und Forsten äußerte sich.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "organization Bundesamt für Bevölkerungsschutz und Katastrophenhilfe"));
  CHECK(has(m, "organization Staatsministerium für Landwirtschaft und Forsten"));
}

TEST_CASE("German: 'für' after a name that is no institution stays out (org_purpose_phrases_de does not fire)") {
  const std::string text = "Die SPD stimmte für Steuererhöhungen. Die EU-Kommission für Reformen lobte das.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "organization SPD stimmte für Steuererhöhungen"));
  CHECK_FALSE(has(m, "organization EU-Kommission für Reformen"));
  CHECK(has(m, "organization EU-Kommission"));
}

TEST_CASE("German: a league's ordinal is part of its name (ordinal_leagues_de)") {
  const std::string text = "Der Verein spielt in der 2. Bundesliga. Er stieg in die 2. Fußball-Bundesliga auf.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK(has(m, "organization 2. Bundesliga"));
  CHECK(has(m, "organization 2. Fußball-Bundesliga"));
}

TEST_CASE("German: a round's number or a league in a compound keeps no ordinal (ordinal_leagues_de does not fire)") {
  const std::string text =
      "Am 28. Spieltag der Bundesliga gewann Rapid. Im Spiel der 28. Fußball-Bundesliga-Runde verlor Ried.";
  const auto m = typed_mentions(text, test::run(text, "de"));
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "organization 28. Fußball-Bundesliga"));
  CHECK_FALSE(has(m, "organization 28. Spieltag der Bundesliga"));
}

TEST_CASE("English: 'Bill' closing a name is a bill before parliament, no actor (drop_bills_en: 'the Mental Capacity "
          "Bill', 'The Bill now faces', 'the Finance Bill')") {
  const std::string text =
      "The Mental Capacity Bill has broad support. Labour's majority was reduced to 14. The Bill now faces "
      "opposition from peers. A shortened Finance Bill would have to be rushed through. MPs changed it at a late "
      "stage of the Criminal Justice Bill. It is the Health Service (Miscellaneous Provisions) Bill, which was read.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Capacity Bill"));  // (was a person)
  CHECK_FALSE(has(m, "person Bill"));           // (was a person, four times)
  // Not fired: a first name before 'Bill', a title, a name after it, a call ('Oh no Bill').
  const std::string other =
      "Sonny Bill Williams scored twice. Former union leader Sir Bill Morris said so. \"Oh no Bill don't do it,\" "
      "she said.";
  const auto m2 = typed_mentions(other, test::run(other, "en"));
  CAPTURE(m2.size());
  CHECK(has(m2, "person Bill Morris"));
  CHECK(has(m2, "person Bill"));
}

TEST_CASE("English: a name right after a compass word in lower case is a place (places_after_compass_words_en: "
          "'a small east Devon village', 'south Devon')") {
  const std::string text = "The singer from a small east Devon village said so. The band members met in south Devon.";
  const auto r_devon = test::run(text, "en");  // (kept: the actor points into it)
  const auto* devon = test::actor_named(r_devon, "Devon");
  REQUIRE(devon != nullptr);
  CHECK(devon->type == "location");  // (was a person)
  // Not fired: a capitalised compass word ('East Devon' is a name of its own) or none before the name.
  const std::string other = "Devon Malcolm said he was happy. The singer met Devon Smith in London.";
  const auto r = test::run(other, "en");
  for (const auto& a : r.actors)
    if (a.name.find("Devon") != std::string::npos) CHECK(a.type == "person");
}

TEST_CASE("English: two words whose plural is a listed organisation are the organisation "
          "(singular_of_listed_organisations_en: 'Lib Dem spokesman Mark Oaten' of the listed 'Lib Dems')") {
  const std::string text =
      "Lib Dem spokesman Mark Oaten said the visa affair was bad. The Tories criticised the Lib Dem stance.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Lib Dem"));  // (was a person 'Lib' and a person 'Dem', or a person 'Lib Dem')
  CHECK_FALSE(has(m, "person Lib"));
  CHECK_FALSE(has(m, "person Dem"));
  CHECK(has(m, "person Mark Oaten"));
  // Not fired: words whose plural no list has as an organisation ('Gordon Brown' is no 'Gordon Browns').
  const std::string other = "Gordon Brown said the figures were good.";
  CHECK(has(typed_mentions(other, test::run(other, "en")), "person Gordon Brown"));
}

TEST_CASE("English: a one-word name no list knows, in a list of organisations, is an organisation "
          "(organisations_in_lists_en: 'Sony, IBM and Toshiba', 'Motorola and Apple announced')") {
  const std::string text =
      "Sony, IBM and Toshiba, who have been working on the chip, showed it. In July, Motorola and Apple announced "
      "a phone.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Toshiba"));  // (was a person)
  CHECK(has(m, "organization Motorola"));  // (was a person)
  CHECK_FALSE(has(m, "person Toshiba"));
  CHECK_FALSE(has(m, "person Motorola"));
  // Not fired: an organisation before a title is a person's ('FBI director Christopher Wray'); a list with
  // a person in it.
  const std::string other =
      "Additionally, Ratcliffe and FBI director Christopher Wray said so. Ratcliffe claimed it was Iran.";
  const auto m2 = typed_mentions(other, test::run(other, "en"));
  CAPTURE(m2.size());
  CHECK_FALSE(has(m2, "organization Ratcliffe"));
}

TEST_CASE("English: an organisation or a place by the tagger alone that is the surname of a person named before is "
          "the person (surnames_of_people_named_before_en: 'Don Cheadle ... Cheadle's wife')") {
  const std::string text =
      "The movie's star Don Cheadle also received a standing ovation. It has three Oscar nominations, including best "
      "actor for Cheadle. Sophie Okonedo, who plays Cheadle's wife Tatiana, is nominated for best supporting actress.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "organization Cheadle's"));  // (was an organisation)
  CHECK_FALSE(has(m, "organization Cheadle"));
  const auto* cheadle = test::actor_named(r, "Don Cheadle");
  REQUIRE(cheadle != nullptr);
  CHECK(cheadle->mentions.size() == 3);
  // Not fired: the surname before the person is named ('Roddick's grit ... Andy Roddick').
  const std::string other = "Eventually, Roddick's grit pays off. Andy Roddick served well.";
  const auto m2 = typed_mentions(other, test::run(other, "en"));
  CAPTURE(m2.size());
  CHECK(has(m2, "organization Roddick"));
}

TEST_CASE("English: a person's full name with 's before a word in lower case is no shop (english_shop_names: "
          "'Tony Blair's right-hand man'); 'John Smith's, Strongbow' still is one") {
  const std::string text =
      "He joined Number 10 in August 2003 after being Tony Blair's right-hand man at the 1997 election. Brands "
      "include Newcastle Brown Ale, Foster's, John Smith's, Strongbow and Kronenbourg.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Tony Blair"));  // (was a place 'Tony Blair's', a shop)
  CHECK_FALSE(has(m, "location Tony Blair's"));
  CHECK_FALSE(has(m, "person John Smith"));  // (a comma after it: the shop rule stands)
}

TEST_CASE("English: a common noun written as an acronym is no actor (drop_common_acronyms_en: 'sales of PCs and "
          "DVDs', 'GDP', 'HD-DVD', 'Blu-ray DVD')") {
  const std::string text =
      "Sales of PCs and DVDs rose, while GDP grew 3%. Sony is competing against Toshiba and NEC-backed HD-DVD. "
      "The next-generation DVD format Blu-ray is winning. Games win for Blu-ray DVD format.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  for (const auto& a : r.actors) {
    CAPTURE(a.name);
    CHECK(a.name.find("DVD") == std::string::npos);
    CHECK(a.name.find("PCs") == std::string::npos);
    CHECK(a.name != "GDP");
  }
  // Not fired: a name of more words with such an acronym inside, and other acronyms ('IBM').
  const std::string other = "IBM said its PC division was sold. IBM chief Sam Palmisano agreed.";
  const auto r2 = test::run(other, "en");
  CHECK(test::actor_named(r2, "IBM") != nullptr);
}

TEST_CASE("English: a capital letter alone before a person's name is its initial (letter_initials_en: 'D Humphreys "
          "(Ireland)'), and no mention of the person alone ('D Peel')") {
  const std::string text =
      "The squad: C Hodgson (Sale Sharks), H Ellis (Leicester), D Humphreys (Ireland), D Peel (Wales). A spokesman "
      "said so.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person D Humphreys"));  // (was 'Humphreys')
  CHECK_FALSE(has(m, "person D"));
  // Not fired: the article opening a sentence.
  const std::string other = "A Smith spokesman said so.";
  const auto m2 = typed_mentions(other, test::run(other, "en"));
  CAPTURE(m2.size());
  CHECK_FALSE(has(m2, "person A Smith"));
}

TEST_CASE("English: a name that stops at a hyphen inside a word goes on to the word's end (whole_hyphenated_names_en: "
          "'Robert Kilroy-Silk' was 'Robert Kilroy'); two listed names stay apart ('Gazprom-Rosneft')") {
  const std::string text =
      "Controversial chat show host Robert Kilroy-Silk has quit. Kilroy-Silk said so. The merged Gazprom-Rosneft "
      "group will grow.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Robert Kilroy-Silk"));  // (was 'Robert Kilroy')
  CHECK_FALSE(has(m, "person Robert Kilroy"));
  // Not fired: organisations of their own on both sides of the hyphen.
  CHECK(has(m, "organization Gazprom"));
  CHECK(has(m, "organization Rosneft"));
}

TEST_CASE("German: a town that spells a plural noun is the noun after a number, 'den' or an adjective "
          "(plural_nouns_not_towns_de: 'nach zwei Siegen', 'in den Tiroler Bergen')") {
  const std::string text =
      "Nach zwei Siegen ist der Verein Erster. Die Gruppe wanderte in den Bergen. Die Mannschaft startete mit "
      "souveränen Siegen. Der Boxer trainiert in den Tiroler Bergen.";
  const auto r = test::run(text, "de");
  CHECK(test::actor_named(r, "Siegen") == nullptr);
  CHECK(test::actor_named(r, "Bergen") == nullptr);
  // Not fired: the towns themselves, also after an adjective with a singular article.
  const std::string towns = "In Siegen regnet es seit Tagen. Die Verpuffung im niedersächsischen Bergen verletzte eine Frau.";
  const auto r2 = test::run(towns, "de");
  REQUIRE(test::actor_named(r2, "Siegen") != nullptr);
  CHECK(test::actor_named(r2, "Siegen")->type == "location");
  REQUIRE(test::actor_named(r2, "Bergen") != nullptr);
  CHECK(test::actor_named(r2, "Bergen")->type == "location");
}

TEST_CASE("German: an adverb opening a sentence is no name (sentence_adverbs_de: 'Genau das fordern nun Aktivisten')") {
  const std::string text = "Das Gesetz sieht keine Frist vor. Genau das fordern nun die Aktivisten. Genau: Das Haus ist alt.";
  const auto r = test::run(text, "de");
  CHECK(test::actor_named(r, "Genau") == nullptr);
  // Not fired: a name of the same spelling inside the sentence stays what it is ("Herr Genau").
  const std::string name = "Der Bürgermeister heißt Peter Genau. Peter Genau sagte, er werde bleiben.";
  const auto r2 = test::run(name, "de");
  CHECK(test::actor_named(r2, "Peter Genau") != nullptr);
}

TEST_CASE("German: a capitalised adjective alone is no organisation (adjective_organisations_de: 'Der Deutsche "
          "Sebastian Vettel', 'die Internationale Organisation für Migration')") {
  const std::string text =
      "Der Deutsche Sebastian Vettel kam nicht über Platz vier hinaus. Der Deutsche war mit dem Auto unterwegs. "
      "Das teilte die Internationale Organisation für Migration am Freitag mit.";
  const auto r = test::run(text, "de");
  CHECK(test::actor_named(r, "Deutsche") == nullptr);
  CHECK(test::actor_named(r, "Internationale") == nullptr);
  const auto* iom = test::actor_named(r, "Internationale Organisation für Migration");
  REQUIRE(iom != nullptr);
  CHECK(iom->type == "organization");
  // Not fired: a listed name that is an adjective ("Die Linke"), a name of more words ("Deutsche Telekom").
  const std::string names = "Die Linke stimmte dagegen. Die Deutsche Telekom teilte mit, sie werde klagen.";
  const auto r2 = test::run(names, "de");
  CHECK(test::actor_named(r2, "Deutsche Telekom") != nullptr);
  CHECK((test::actor_named(r2, "Die Linke") != nullptr || test::actor_named(r2, "Linke") != nullptr));
}

TEST_CASE("German: a deed or a thing that ends like an organisation is none (de/not-org-endings: 'Brandstiftung', "
          "'Datenbank', 'Anklagebank')") {
  const std::string text =
      "Die Ermittler gehen von Brandstiftung aus. Die Daten liegen in einer Datenbank. Er saß auf der Anklagebank.";
  const auto r = test::run(text, "de");
  CHECK(test::actor_named(r, "Brandstiftung") == nullptr);
  CHECK(test::actor_named(r, "Datenbank") == nullptr);
  CHECK(test::actor_named(r, "Anklagebank") == nullptr);
  // Not fired: organisations of the same endings.
  const std::string orgs = "Die Bertelsmann-Stiftung und die Volksbank teilten mit, sie würden helfen.";
  const auto r2 = test::run(orgs, "de");
  CHECK(test::actor_named(r2, "Volksbank") != nullptr);
  CHECK(test::actor_named(r2, "Bertelsmann-Stiftung") != nullptr);
}

TEST_CASE("German: the genitive of a person known by one name joins that person ('Aysha' … 'Ayshas Mann')") {
  const std::string text = "Die Syrerin Aysha lebt in Wien. Ayshas Mann arbeitet dort. Aysha sagt, sie sei müde.";
  const auto r = test::run(text, "de");
  CHECK(test::actor_named(r, "Ayshas") == nullptr);
  REQUIRE(test::actor_named(r, "Aysha") != nullptr);
  CHECK(test::actor_named(r, "Aysha")->mentions.size() == 3);
  // Not fired: English has no plain-s genitive ("Williams" is no genitive of "William").
  const std::string en = "William arrived on Monday. Williams said the match was over.";
  const auto r2 = test::run(en, "en");
  const auto* william = test::actor_named(r2, "William");
  if (william != nullptr) CHECK(william->mentions.size() == 1);
}

TEST_CASE("German: a football club's short name alone is the club (clubs_by_short_name_de: 'Rapid', 'Austria', "
          "'Napoli')") {
  const std::string text =
      "Rapid empfängt am Sonntag die Austria. Trainer Zoran Barisic sagte, Rapid sei bereit. Juventus verlor in "
      "Napoli.";
  const auto r = test::run(text, "de");
  for (const char* club : {"Rapid", "Austria"}) {
    CAPTURE(club);
    const auto* a = test::actor_named(r, club);
    if (a != nullptr) CHECK(a->type == "organization");
  }
  // Not fired: a listed country or a person is no club ("Österreich", "Zoran Barisic").
  const auto* barisic = test::actor_named(r, "Zoran Barisic");
  REQUIRE(barisic != nullptr);
  CHECK(barisic->type == "person");
}

TEST_CASE("German: a role after 'des' is written as the title, not its genitive ('des Trainers Ralph Hasenhüttl': "
          "'Trainer')") {
  const std::string text = "Der Vertrag des Trainers Ralph Hasenhüttl läuft aus. Der Trainer Peter Stöger sagte, es gehe gut.";
  const auto r = test::run(text, "de");
  const auto* a = test::actor_named(r, "Ralph Hasenhüttl");
  REQUIRE(a != nullptr);
  CHECK(a->role == "Trainer");
  // Not fired: a role in the nominative keeps its spelling.
  const auto* b = test::actor_named(r, "Peter Stöger");
  REQUIRE(b != nullptr);
  CHECK(b->role == "Trainer");
}

TEST_CASE("English (enfix): a listed town that is the surname of a person named before is the person, not after a "
          "preposition (surnames_of_people_named_before_en: 'Lindsay Davenport … Davenport said')") {
  const std::string text =
      "Lindsay Davenport beat Serena Williams in three sets. Davenport said she was tired. The council leader Bob "
      "Wellington welcomed the money. Mr Wellington said it was not enough.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Davenport"));  // (was a place)
  CHECK(has(m, "person Wellington"));
  CHECK_FALSE(has(m, "location Davenport"));
  const auto* davenport = test::actor_named(r, "Lindsay Davenport");
  REQUIRE(davenport != nullptr);
  CHECK(davenport->mentions.size() == 2);
  // Not fired: after a preposition the town stays a place ('flew to Davenport'), and with no such person named.
  const std::string other = "Lindsay Davenport beat Serena Williams. Her family flew to Davenport on Monday.";
  const auto m2 = typed_mentions(other, test::run(other, "en"));
  CAPTURE(m2.size());
  CHECK(has(m2, "location Davenport"));
  const std::string alone = "Davenport said the river was rising.";
  CHECK_FALSE(has(typed_mentions(alone, test::run(alone, "en")), "person Davenport"));
}

TEST_CASE("English (enfix): a capitalised particle goes on a name though the surname is a listed first name "
          "('Robert De Niro'), and the surname with its particle alone joins the full name ('De Niro said')") {
  const std::string text =
      "The comedy stars Ben Stiller, Robert De Niro and Dustin Hoffman. De Niro said he enjoyed the part. Later, "
      "Vincent van Gogh was discussed. Van Gogh sold one painting.";
  const auto r = test::run(text, "en");
  const auto* niro = test::actor_named(r, "Robert De Niro");
  REQUIRE(niro != nullptr);  // (was "Robert De", and "De Niro" another person)
  CHECK(niro->mentions.size() == 2);
  CHECK(test::actor_named(r, "Robert De") == nullptr);
  CHECK(test::actor_named(r, "De Niro") == nullptr);
  const auto* gogh = test::actor_named(r, "Vincent van Gogh");
  REQUIRE(gogh != nullptr);
  CHECK(gogh->mentions.size() == 2);
  // Not fired: a first name after a surname that is no particle starts a new name ("Pam Butler Renee Ratcliff"),
  // and a particle surname of someone else stays apart.
  const std::string other = "Thanks to Pam Butler Renee Ratcliff for the notes. De Niro was not there.";
  const auto r2 = test::run(other, "en");
  CHECK(test::actor_named(r2, "Pam Butler Renee Ratcliff") == nullptr);
  const auto* alone = test::actor_named(r2, "De Niro");
  CHECK((alone == nullptr || alone->mentions.size() == 1));
}

TEST_CASE("English (enfix): 'Keys' after a listed first name is a surname, not a place word ('Alicia Keys'); "
          "'the Florida Keys' stays a place") {
  const std::string text = "Awards went to Usher and Alicia Keys on Sunday. Keys said she was thrilled.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Alicia Keys"));  // (was a place)
  CHECK_FALSE(has(m, "location Alicia Keys"));
  const std::string other = "Tourists love the Florida Keys in winter.";
  CHECK(has(typed_mentions(other, test::run(other, "en")), "location Florida Keys"));
}

TEST_CASE("English (enfix): a US call sign joined to its town is a broadcaster (call_sign_stations_en: "
          "'WGBH-Boston'); three letters are none ('WTO-Geneva')") {
  const std::string text =
      "Clark Boyd is technology correspondent for The World, a BBC World Service and WGBH-Boston co-production.";
  const auto m = typed_mentions(text, test::run(text, "en"));
  CAPTURE(m.size());
  CHECK(has(m, "media WGBH-Boston"));  // (was a person)
  CHECK_FALSE(has(m, "person WGBH-Boston"));
  const std::string other = "The WTO-Geneva meeting ended without a deal.";
  for (const auto& x : typed_mentions(other, test::run(other, "en"))) CHECK(x.rfind("media", 0) != 0);
}

TEST_CASE("English (enfix): a word for a thing alone is no actor (drop_non_actor_words_en: 'Walkman', 'Trojan', "
          "'Achilles'), unless a person is so named ('Carlo Trojan … Trojan said')") {
  const std::string text =
      "The Walkman was launched by Sony in 1979. The Trojan spread quickly. He is out with an Achilles tendon injury.";
  const auto r = test::run(text, "en");
  CHECK(test::actor_named(r, "Walkman") == nullptr);
  CHECK(test::actor_named(r, "Trojan") == nullptr);
  CHECK(test::actor_named(r, "Achilles") == nullptr);
  CHECK(test::actor_named(r, "Sony") != nullptr);
  const std::string other = "The EU official Carlo Trojan visited Athens. Trojan said the talks were useful.";
  const auto r2 = test::run(other, "en");
  const auto* trojan = test::actor_named(r2, "Carlo Trojan");
  REQUIRE(trojan != nullptr);
  CHECK(trojan->mentions.size() == 2);
}

TEST_CASE("English (enfix): a person's name that ends in a word of an event, prize, plan or show is none "
          "(drop_named_events_en: 'the Brit Awards', 'the Marshall Plan', 'The Catherine Tate Show')") {
  const std::string text =
      "The Brit Awards will be held in London. He called for a new Marshall Plan for Africa. The singer Amy Brown "
      "was nominated.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "person Brit Awards"));
  CHECK_FALSE(has(m, "person Marshall Plan"));
  // Not fired: a person's name with no such word stays ('Amy Brown').
  CHECK(has(m, "person Amy Brown"));
}

TEST_CASE("English (enfix): post-nominal letters are no actor, and a silk's letters make the two words before "
          "them a person (drop_post_nominals_en: 'Guy Mansfield QC', 'the Dublin MP')") {
  const std::string text =
      "The chairman of the Bar Council, Guy Mansfield QC, has warned of a real risk. The Dublin MP said the threat "
      "was real.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "person Guy Mansfield"));  // (was 'Mansfield' a place and 'QC' an organisation)
  CHECK_FALSE(has(m, "organization QC"));
  CHECK_FALSE(has(m, "organization MP"));
  // Not fired: before an MP's letters the place stays a place.
  CHECK(has(m, "location Dublin"));
}

TEST_CASE("English (enfix): an organisation's name that runs on into a person's is two names "
          "(people_after_organisations_en: 'The Royal Society Martin Rees said')") {
  const std::string text = "The Royal Society Martin Rees said the results were clear. Later Mr Rees left.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK(has(m, "organization Royal Society"));
  CHECK(has(m, "person Martin Rees"));  // (was one organisation 'Royal Society Martin Rees')
  // Not fired: no first name after the organisation's word ('the Royal Society Summer Exhibition').
  const std::string other = "She visited the Royal Society Summer Exhibition in London.";
  for (const auto& x : typed_mentions(other, test::run(other, "en"))) CHECK(x.rfind("person", 0) != 0);
}

TEST_CASE("English (enfix): a listed outlet's one-word name that is an English word here is none (outlet_words_en: "
          "'first-choice kicker', 'Howard Stern … Stern')") {
  const std::string text =
      "Wales may make Gavin Henson his first-choice kicker in Rome. Shock jock Howard Stern is moving to satellite "
      "radio. Stern will join the Sirius service.";
  const auto r = test::run(text, "en");
  CHECK(test::actor_named(r, "kicker") == nullptr);  // (was the German magazine)
  const auto* stern = test::actor_named(r, "Howard Stern");
  REQUIRE(stern != nullptr);
  CHECK(stern->mentions.size() >= 2);
  CHECK_FALSE(has(typed_mentions(text, r), "media Stern"));
  // Not fired: the magazine named with no such person stays a medium; an agency written in lower case stays.
  const std::string other = "The German magazine Stern reported the story (dpa).";
  const auto m = typed_mentions(other, test::run(other, "en"));
  CAPTURE(m.size());
  CHECK(has(m, "media Stern"));
}

TEST_CASE("English (enfix): a one-word place no list knows that speaks is no place (speaking_places_en: 'Lycos "
          "said' an organisation, 'Graeme Souness … said Souness' the person)") {
  const std::string text =
      "Shares in Lycos fell sharply in New York. Lycos said the attack had been stopped. Graeme Souness was angry. "
      "\"That is not good enough,\" said Souness.";
  const auto r = test::run(text, "en");
  const auto m = typed_mentions(text, r);
  CAPTURE(m.size());
  CHECK_FALSE(has(m, "location Lycos"));
  CHECK_FALSE(has(m, "location Souness"));
  CHECK(has(m, "location New York"));
  // Not fired: after a preposition or a naming participle no place speaks ('the city was called Quirksville').
  const std::string other = "The city in which she was based was called Quirksville in the blog.";
  const auto m2 = typed_mentions(other, test::run(other, "en"));
  CAPTURE(m2.size());
  CHECK_FALSE(has(m2, "organization Quirksville"));
  CHECK_FALSE(has(m2, "person Quirksville"));
}

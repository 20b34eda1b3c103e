#include <doctest/doctest.h>

#include <chrono>

#include "helpers.h"

using test::at;

namespace {

std::vector<std::string> quote_texts(const std::string& text, const char* lang = "de") {
  std::vector<std::string> out;
  for (const auto& q : test::run(text, lang).quotes) {
    std::string joined;
    for (const auto& s : q.spans) joined += (joined.empty() ? "" : " | ") + at(text, s);
    out.push_back(joined);
  }
  return out;
}

}  // namespace

TEST_CASE("direct quotes in every quotation-mark style") {
  const char* const cases[][2] = {
      {"Kim sagte: „Wir werden nicht aufgeben.“", "„Wir werden nicht aufgeben.“"},
      {"Kim sagte: »Wir werden nicht aufgeben.«", "»Wir werden nicht aufgeben.«"},
      {"Kim sagte: «Wir werden nicht aufgeben.»", "«Wir werden nicht aufgeben.»"},
      {"Kim sagte: \"Wir werden nicht aufgeben.\"", "\"Wir werden nicht aufgeben.\""},
      {"Kim sagte: ‹Wir werden nicht aufgeben.›", "‹Wir werden nicht aufgeben.›"},
      {"Kim sagte: ‚Wir werden nicht aufgeben.‘", "‚Wir werden nicht aufgeben.‘"},
  };
  for (const auto& c : cases) {
    CAPTURE(c[0]);
    const auto q = quote_texts(c[0]);
    REQUIRE(q.size() == 1);
    CHECK(q[0] == c[1]);
  }
  const auto en = quote_texts("“We will not give up,” said Bash.", "en");
  REQUIRE(en.size() == 1);
  CHECK(en[0] == "“We will not give up,”");
}

TEST_CASE("the speaker and the cue of a direct quote, before and after it") {
  const std::string text = "„Wir werden nicht aufgeben“, sagte Verteidigungsminister Andrej Beloussow am Freitag.";
  const auto r = test::run(text, "de");
  REQUIRE(r.quotes.size() == 1);
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(at(text, r.quotes[0].cue.at(0)) == "sagte");
  const auto* a = test::actor(r, r.quotes[0].speaker->actor);
  REQUIRE(a != nullptr);
  CHECK(a->name == "Andrej Beloussow");
  CHECK(a->role == "Verteidigungsminister");

  const std::string en = "Officials were cautious. \"The talks have failed,\" Smith said on Monday.";
  const auto re = test::run(en, "en");
  REQUIRE(re.quotes.size() == 1);
  REQUIRE(re.quotes[0].speaker.has_value());
  CHECK(at(en, re.quotes[0].speaker->spans.at(0)) == "Smith");
  CHECK(at(en, re.quotes[0].cue.at(0)) == "said");
}

TEST_CASE("an unbalanced opening mark does not swallow the rest of the article") {
  std::string text = "Er nannte es „Unsinn. Danach ging er.\n";
  for (int i = 0; i < 50; ++i) text += "Die Regierung tagte lange und beschloss nichts.\n";
  text += "Kim sagte: „Wir bleiben.“";
  const auto q = quote_texts(text);
  // "Er nannte es …" may be reported speech of its own; what matters is that
  // no quote runs from the stray mark into the next lines.
  REQUIRE_FALSE(q.empty());
  for (const auto& quote : q) CHECK(quote.find("Regierung") == std::string::npos);
  CHECK(q.back() == "„Wir bleiben.“");
}

TEST_CASE("apostrophes and inch marks are not quotation marks") {
  const auto q = quote_texts("He played Rock 'n' Roll at the Jones' house. The player is 5' 10\" tall. "
                             "Kim said: \"We won't stop.\"", "en");
  REQUIRE(q.size() == 1);
  CHECK(q[0] == "\"We won't stop.\"");
}

TEST_CASE("short quoted titles without a speaker are not quotes") {
  const auto q = quote_texts("\"So arbeitet die Redaktion\" informiert Sie, wann und worüber wir berichten.");
  CHECK(q.empty());
}

TEST_CASE("50,000 quote marks are handled in linear time") {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += (i % 3 == 0) ? "„a " : (i % 3 == 1 ? "\" b " : "» ");
  const auto start = std::chrono::steady_clock::now();
  test::run(text, "de");
  // Not a speed test: a generous bound that only an accidental quadratic pass would break.
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
}

TEST_CASE("a quote interrupted by its frame is one quote with two spans") {
  const std::string text = "„Wir werden“, sagte er, „nicht aufgeben.“";
  const auto r = test::run(text, "de");
  REQUIRE(r.quotes.size() == 1);
  REQUIRE(r.quotes[0].spans.size() == 2);
  CHECK(at(text, r.quotes[0].spans[0]) == "„Wir werden“");
  CHECK(at(text, r.quotes[0].spans[1]) == "„nicht aufgeben.“");
}

TEST_CASE("a multi-paragraph quote is one quote") {
  const std::string text =
      "\"We will rebuild the bridge within a year and we will pay for all of it.\n\n"
      "\"Nobody will be left behind,\" the mayor said.";
  const auto q = quote_texts(text, "en");
  REQUIRE(q.size() == 1);
  CHECK(q[0].find("Nobody will be left behind") != std::string::npos);
  CHECK(q[0].rfind("\"We will", 0) == 0);
}

TEST_CASE("regression: an inverted English frame ('\"…,\" said X') is no reported clause") {
  const std::string text =
      "\"This is the best candidate,\" said UCL astronomer Angelos Tsiaras. \"It is a good sign\", said Ryan Cloutier.";
  const auto r = test::run(text, "en");
  REQUIRE(r.quotes.size() == 2);
  for (const auto& q : r.quotes) {
    CHECK(q.kind == "direct");
    CHECK(at(text, q.spans.at(0)).front() == '"');
  }
  REQUIRE(r.quotes[0].speaker.has_value());
  const auto* a = test::actor(r, r.quotes[0].speaker->actor);
  REQUIRE(a != nullptr);
  CHECK(a->name == "Angelos Tsiaras");
}

TEST_CASE("regression: an apposition between commas in an interrupting frame names the speaker") {
  const std::string text = "\"We have rebuilt the school,\" the headteacher, Sarah Jones, said, \"and we did it fast.\"";
  const auto r = test::run(text, "en");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].spans.size() == 2);
  REQUIRE(r.quotes[0].speaker.has_value());
  const auto* a = test::actor(r, r.quotes[0].speaker->actor);
  REQUIRE(a != nullptr);
  CHECK(a->name == "Sarah Jones");
}

TEST_CASE("regression: '\"…\", adding, \"…\"' is two quotes of the same speaker, the second with its own cue") {
  const std::string text =
      "Ebrard said, \"As far as I know, this would be the first case\", adding, \"For Mexico, this man is a terrorist\".";
  const auto r = test::run(text, "en");
  REQUIRE(r.quotes.size() == 2);
  REQUIRE(r.quotes[1].speaker.has_value());
  CHECK(r.quotes[1].speaker->actor == r.quotes[0].speaker->actor);
  CHECK(at(text, r.quotes[1].cue.at(0)) == "adding");
}

TEST_CASE("regression: 'Former US Ambassador to the United Nations X wrote' and 'US officials said' name their speakers") {
  const std::string text =
      "Former US Ambassador to the United Nations Nikki Haley wrote, \"We must always have the backs of our allies.\"";
  const auto r = test::run(text, "en");
  REQUIRE(r.quotes.size() == 1);
  REQUIRE(r.quotes[0].speaker.has_value());
  const auto* a = test::actor(r, r.quotes[0].speaker->actor);
  REQUIRE(a != nullptr);
  CHECK(a->name == "Nikki Haley");
  const std::string us = "US officials said the talks had failed on Monday.";
  const auto ru = test::run(us, "en");
  REQUIRE(ru.quotes.size() == 1);
  REQUIRE(ru.quotes[0].speaker.has_value());
  CHECK(at(us, ru.quotes[0].speaker->spans.at(0)) == "US officials");
}

TEST_CASE("regression: an English lead-in before 'X said: \"…\"' is no reported clause") {
  for (const std::string text : {std::string("During the broadcast, she said: \"We will win.\""),
                                 std::string("Speaking to Reuters, Smith said the talks had failed.")}) {
    const auto r = test::run(text, "en");
    REQUIRE(r.quotes.size() == 1);
    CHECK(at(text, r.quotes[0].spans.at(0)).find("broadcast") == std::string::npos);
    CHECK(at(text, r.quotes[0].spans.at(0)).find("Reuters") == std::string::npos);
  }
  const std::string kept = "In 2019 the company lost money, the chief executive said.";
  const auto r = test::run(kept, "en");
  REQUIRE(r.quotes.size() == 1);
  CHECK(at(kept, r.quotes[0].spans.at(0)) == "In 2019 the company lost money");
}

TEST_CASE("regression: English subjects with a parenthesis before the verb keep their speaker") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Actor Denzel Washington, who paid for his school, stated \"He was a gentle soul.\"", "Denzel Washington"},
      {"Dunn's mother, Charlotte Charles, said on TV, \"She did not mean it.\"", "Charlotte Charles"},
      {"Wayne A. I. Frederick, president of Howard University, wrote \"It is with profound sadness.\"",
       "Wayne A. I. Frederick"},
  };
  for (const auto& c : cases) {
    const std::string& text = c.first;
    const std::string& name = c.second;
    CAPTURE(text);
    const auto r = test::run(text, "en");
    REQUIRE(r.quotes.size() == 1);
    REQUIRE(r.quotes[0].speaker.has_value());
    const auto* a = test::actor(r, r.quotes[0].speaker->actor);
    REQUIRE(a != nullptr);
    CHECK(a->name == name);
  }
  // The apposition's commas do not turn the subject into what was said.
  const std::string text = "Wayne Frederick, president of Howard University, said the loss was great.";
  const auto r = test::run(text, "en");
  REQUIRE(r.quotes.size() == 1);
  CHECK(at(text, r.quotes[0].spans.at(0)) == "the loss was great");
}

TEST_CASE("regression: a lead-in before a verb with an object is no quote; an inverted subject still frames") {
  const std::string lead = "When interviewed by the BBC, Day said of Hudson, \"Nothing was ever talked about.\"";
  const auto r1 = test::run(lead, "en");
  REQUIRE(r1.quotes.size() == 1);
  CHECK(r1.quotes[0].kind == "direct");
  const std::string inverted = "Warm water rises above cooler water, says the study, and melts the ice.";
  const auto r2 = test::run(inverted, "en");
  REQUIRE(r2.quotes.size() == 1);
  CHECK(at(inverted, r2.quotes[0].spans.at(0)) == "Warm water rises above cooler water");
}

TEST_CASE("an English speech verb right after the closing mark frames the quote (comma left out)") {
  const std::string text = "\"I am in awe of the people who ran towards danger\" tweeted Mayor of London Sadiq Khan.";
  const auto r = test::run(text, "en");
  REQUIRE(r.quotes.size() == 1);
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(at(text, r.quotes[0].cue.at(0)) == "tweeted");
}

TEST_CASE("regression: a quotation framed by a verb the lists don't know ('zeigte sich … zufrieden', 'ließ … verlauten') had no speaker") {
  const std::string text =
      "Das Spiel endete 1:1. „Wir haben jetzt vier Punkte und brauchen nur noch ein Unentschieden“, zeigte sich "
      "Trainer Milovan Rajevac nach dem Spiel zufrieden. „Der Fonds hilft dem Land bei seinen Schwierigkeiten“, "
      "ließ ein Sprecher kurz verlauten.";
  const auto r = test::run(text, "de");
  REQUIRE(r.quotes.size() == 2);
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(at(text, r.quotes[0].speaker->spans.at(0)) == "Trainer Milovan Rajevac");
  REQUIRE(r.quotes[0].cue.size() == 2);
  CHECK(at(text, r.quotes[0].cue[0]) == "zeigte sich");
  CHECK(at(text, r.quotes[0].cue[1]) == "zufrieden");
  REQUIRE(r.quotes[1].speaker.has_value());
  CHECK(at(text, r.quotes[1].speaker->spans.at(0)) == "ein Sprecher");
  CHECK(at(text, r.quotes[1].cue.at(0)) == "ließ");
}

TEST_CASE("regression: a person named right before the colon ('…, so Elshorst weiter:', '… und Ministerpräsident Jens Stoltenberg:') lost the quotation") {
  const std::string text =
      "Ein Titel steht hier.\n\n"
      "Das habe Methode, so Elshorst weiter: „Das ist auch in anderen Firmen üblich, leider.“ "
      "Viele gratulierten, darunter der norwegische Ministerpräsident Jens Stoltenberg: „Der Preis kommt nicht zu früh.“";
  const auto r = test::run(text, "de");
  std::vector<std::string> speakers;
  for (const auto& q : r.quotes)
    if (q.kind == "direct" && q.speaker) speakers.push_back(at(text, q.speaker->spans.at(0)));
  REQUIRE(speakers.size() == 2);
  CHECK(speakers[0] == "Elshorst");
  CHECK(speakers[1] == "der norwegische Ministerpräsident Jens Stoltenberg");
}

using test::speakers_of;

TEST_CASE("regression: a fronted object before a colon is no speaker; the subject after the verb is") {
  const char* const cases[][2] = {
      {"Den Unmut der Partei über die Pläne brachte die Sprecherin der Fraktion, Anna Beispiel, zum Ausdruck: "
       "„Es gibt keinen Grund, jetzt aufzugeben.“",
       "die Sprecherin der Fraktion, Anna Beispiel"},
      {"Die Anwendung der Regel des Bundeskanzlers stellte der SPD-Vorsitzende Karl Muster in Frage: "
       "„Das ist nicht lebensnah.“",
       "der SPD-Vorsitzende Karl Muster"},
      // With no verb before the colon the phrase is still the speaker.
      {"Kohlschreiber zum Spiel: „Es war sehr schwer heute.“", "Kohlschreiber"},
  };
  for (const auto& c : cases) {
    CAPTURE(c[0]);
    const auto s = speakers_of(c[0]);
    REQUIRE(s.size() == 1);
    CHECK(s[0] == c[1]);
  }
}

TEST_CASE("regression: 'Besorgt äußerte sich X' names X, even when the actor stage takes the adverb for a name") {
  const std::string text =
      "Im Norden gibt es eine Regierung. Besorgt äußerte sich Kofi Annan über die Gewalt, die dort zunehme. "
      "Auch gebe es Berichte über Entführungen.";
  const auto s = speakers_of(text);
  REQUIRE(!s.empty());
  CHECK(s.back() == "Kofi Annan");
  const std::string direct =
      "Besorgt äußerte sich der Vorsitzende der Initiative, Wolfgang Muster, zu den Vorgängen: „Wir befürchten das Schlimmste.“";
  const auto d = speakers_of(direct);
  REQUIRE(d.size() == 1);
  CHECK(d[0] == "der Vorsitzende der Initiative, Wolfgang Muster");
}

TEST_CASE("regression: the verb closing a relative clause framed the quoted words after it ('…, in dem es nur 26 Fouls gab, als „übertrieben“')") {
  const std::string text =
      "Ein Titel.\n\nBundestrainer Joachim Löw bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, "
      "als „völlig übertrieben“.";
  const auto r = test::run(text, "de");
  REQUIRE(r.quotes.size() == 1);
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(at(text, r.quotes[0].speaker->spans.at(0)) == "Bundestrainer Joachim Löw");
  CHECK(at(text, r.quotes[0].cue.at(0)) == "bezeichnete");
}

TEST_CASE("regression: direct quotes after a long fronted phrase, in a list of speakers, and in parentheses") {
  // A long prepositional phrase in front; the subject follows the first verb.
  const auto a = speakers_of(
      "Nach einem langen Flug mit der Kapsel zusammen mit seinen Kollegen lenkte er die Fähre zu einem Landeplatz "
      "und meldete sich mit den Worten: „Hier ist die Basis. Der Adler ist gelandet.“");
  REQUIRE(a.size() == 1);
  CHECK(a[0] == "er");
  // A list of speakers: one in parentheses after the name, the next before a colon.
  const auto b = speakers_of(
      "Auch andere gratulierten, so der Leiter der Behörde, Mohammed Beispiel („Mir fällt niemand ein, der das mehr "
      "verdient hätte.“), und der norwegische Ministerpräsident Jens Muster: „Der Preis kommt nicht zu früh.“");
  REQUIRE(b.size() >= 2);
  CHECK(b[b.size() - 2] == "Mohammed Beispiel");
  CHECK(b.back() == "der norwegische Ministerpräsident Jens Muster");
  // A translated name in parentheses is no quote of the name before it.
  for (const auto& s : speakers_of("Die Partei Jobbik („Bewegung für ein besseres Ungarn“) gewann Sitze."))
    CHECK(s != "Die Partei Jobbik");
}

TEST_CASE("regression: a quotation that opens its sentence with no quotation before it is said by who the sentence before names") {
  const auto s = speakers_of(
      "Der Brief wurde von vielen unterzeichnet. Karl Muster, einer der Abgeordneten, verurteilte die Haltung der "
      "Regierung. „Diese Regierung hat einige Erfolge in der Außenpolitik, aber ihre Politik ist unfair.“");
  REQUIRE(!s.empty());
  CHECK(s.back() == "Karl Muster, einer der Abgeordneten");
}

TEST_CASE("regression: a relative pronoun before an article is the subject; the noun it stands for speaks") {
  const auto s = speakers_of(
      "In der Zeitung erschien ein Kommentar, der die Entscheidung des Komitees als „nicht nachvollziehbare "
      "Verirrung“ bezeichnet.");
  REQUIRE(s.size() == 1);
  CHECK(s[0] == "ein Kommentar");
}

TEST_CASE("regression: a role with the person's name after a comma at the end of the frame is one speaker") {
  const auto a = speakers_of("Scharfe Kritik übte der Vorsitzende des Verbandes, Elmar Muster: „Die Zuschauer müssen das ertragen.“");
  REQUIRE(a.size() == 1);
  CHECK(a[0] == "der Vorsitzende des Verbandes, Elmar Muster");
  const std::string text = "Jeder Lehrer könne das Konto einlösen, sagte der Ministerpräsident des Landes, Christian Wulff (CDU).";
  const auto b = speakers_of(text);
  REQUIRE(b.size() == 1);
  CHECK(b[0] == "der Ministerpräsident des Landes, Christian Wulff (CDU)");
}

TEST_CASE("regression: 'heißt es' before a direct quote names where it is written") {
  const auto a = speakers_of("So heißt es in der Meldung des Unternehmens wörtlich: „Ziel der Strategie ist eine optimale Vernetzung.“");
  REQUIRE(a.size() == 1);
  CHECK(a[0] == "der Meldung des Unternehmens");
  const auto b = speakers_of("Auf der Homepage des Museums heißt es zur Begründung: „Die Striche wurden wegen ihrer Darstellung gewählt.“");
  REQUIRE(b.size() == 1);
  CHECK(b[0] == "der Homepage des Museums");
}

TEST_CASE("regression: 'hatte es geheißen:' before a direct quote is a cue naming where it is written") {
  const auto s = speakers_of("In einer Erklärung der Außenminister vom Dienstag hatte es geheißen: „Es gibt keine militärische Lösung.“");
  REQUIRE(s.size() == 1);
  CHECK(s[0] == "einer Erklärung der Außenminister vom Dienstag");
}

TEST_CASE("regression: an extended attribute between article and noun stays in the speaker's phrase") {
  const auto a = speakers_of("Und der sich selbst als Gegner inszenierende Unternehmer Sondhi Muster rief aus: „Er ist der schlechteste Premier!“");
  REQUIRE(a.size() == 1);
  CHECK(a[0] == "der sich selbst als Gegner inszenierende Unternehmer Sondhi Muster");
  const std::string text =
      "So sagte der für die Region zuständige Koordinator, Karl Muster, gegenüber der BBC, dass nur 14 Boote im Einsatz seien.";
  const auto b = speakers_of(text);
  REQUIRE(b.size() == 1);
  CHECK(b[0] == "der für die Region zuständige Koordinator, Karl Muster");
}

TEST_CASE("regression: a second main clause with its own subject and 'erklärte:' frames the quote after it") {
  const std::string text =
      "Die Ministerin Susanne Muster (CDU) wies diese Behauptung zurück, die Sprecherin der Fraktion, Sandra "
      "Beispiel (GRÜNE), erklärte: „Neiddebatten sind völlig fehl am Platz und schaden allen.“";
  const auto r = test::run(text, "de");
  // One quote: the words before "erklärte:" were not said.
  REQUIRE(r.quotes.size() == 1);
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(at(text, r.quotes[0].speaker->spans.at(0)) == "die Sprecherin der Fraktion, Sandra Beispiel (GRÜNE)");
  // A second verb of the same subject keeps it: "Er sagte, …, und fügte hinzu: „…“".
  const auto s = speakers_of("Er sagte, Europa brauche die Briten und fügte hinzu: „Wer kann glauben, dass es ohne sie geht?“");
  REQUIRE(!s.empty());
  CHECK(s.back() == "Er");
}

TEST_CASE("regression: 'Und: „…“' goes on with the speaker of the quotation before") {
  const auto s = speakers_of("Er äußerte sich mit den Worten: „Die Nachricht kann nicht einfacher sein.“ "
                             "Und: „Die Gefahren sind real und können bekämpft werden.“");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "Er");
}

TEST_CASE("regression: '…, so X weiter: „…“' names X for the quotation after the colon") {
  const auto s = speakers_of("Auch diese Unwissenheit habe Methode, so Karl Muster weiter: „Das ist auch in anderen Firmen üblich.“");
  REQUIRE(!s.empty());
  CHECK(s.back() == "Karl Muster");
}

TEST_CASE("regression: a verb of belief frames a quoted dass-clause („dass …“)") {
  const auto s = speakers_of("Der Theologe Hans Muster hofft aber, „dass der Papst nicht Einfluss auf die Wahl nimmt.“");
  REQUIRE(s.size() == 1);
  CHECK(s[0] == "Der Theologe Hans Muster");
}

TEST_CASE("mixed quotes list their verbatim pieces; other quotes have none") {
  const std::string de = "Der Minister sagte, der Plan sei „völlig unfair“ und viel zu teuer.";
  auto r = test::run(de, "de");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].kind == "mixed");
  REQUIRE(r.quotes[0].verbatim.size() == 1);
  CHECK(at(de, r.quotes[0].verbatim[0]) == "„völlig unfair“");

  const std::string two = "The mayor said the plan was \"a disgrace\" and \"far too expensive\" for the town.";
  r = test::run(two, "en");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].kind == "mixed");
  REQUIRE(r.quotes[0].verbatim.size() == 2);
  CHECK(at(two, r.quotes[0].verbatim[0]) == "\"a disgrace\"");
  CHECK(at(two, r.quotes[0].verbatim[1]) == "\"far too expensive\"");

  // A direct quote and a reported one without marks carry no pieces.
  const std::string plain = "„Wir geben nicht auf“, sagte Kim. Der Minister sagte, der Plan sei viel zu teuer.";
  r = test::run(plain, "de");
  REQUIRE(r.quotes.size() == 2);
  for (const auto& q : r.quotes) CHECK(q.verbatim.empty());
  // A quoted name is no one's words: the quote stays indirect, without pieces.
  const std::string name = "Der Sender „Silverbird“ berichtete, die Wahl sei verschoben worden.";
  r = test::run(name, "de");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].kind == "indirect");
  CHECK(r.quotes[0].verbatim.empty());
}

TEST_CASE("German: a quoted title inside reported speech is no verbatim piece; a scare quote is one") {
  // After the noun it names, or two capitalised words: a name, no one's words.
  for (const std::string text : {
           std::string("Der Minister sagte, es handele sich um die „Graf Zeppelin“ aus dem Jahr 1928."),
           std::string("Der Sprecher sagte, unter dem Motto „Freiheit statt Angst“ hätten viele Menschen demonstriert."),
           std::string("Der Minister sagte, das Tonband trage den Titel „Die letzte Reise“ und sei echt."),
       }) {
    CAPTURE(text);
    const auto r = test::explained(text, "de");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].rule == "de-cue-then-clause");
    CHECK(r.quotes[0].kind == "indirect");
    CHECK(r.quotes[0].verbatim.empty());
  }
  // One word after an article, or a phrase with lower-case words: quoted wording.
  for (const auto& c : std::vector<std::pair<std::string, std::string>>{
           {"Der Minister sagte, das sei bis vor zwei Jahren der „Normalfall“ gewesen.", "„Normalfall“"},
           {"Der Verband sagte, neben der „Datenschnüffelei in den Schulen“ drohe noch mehr.",
            "„Datenschnüffelei in den Schulen“"},
       }) {
    // (No structured binding: clang 14 cannot capture one in CAPTURE's lambda.)
    const std::string& text = c.first;
    const std::string& piece = c.second;
    CAPTURE(text);
    const auto r = test::explained(text, "de");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].rule == "de-cue-then-clause");
    CHECK(r.quotes[0].kind == "mixed");
    REQUIRE(r.quotes[0].verbatim.size() == 1);
    CHECK(at(text, r.quotes[0].verbatim[0]) == piece);
  }
}

TEST_CASE("German: a quoted sentence after a colon that ends reported speech is a direct quote of its own") {
  const std::string text =
      "Der Trainer sagte, dass das Team gestärkt aus der Saison hervorgegangen sei: „Wir haben gelernt, bescheidener zu sein.“";
  auto r = test::explained(text, "de");
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].rule == "de-cue-then-clause");
  CHECK(r.quotes[0].kind == "indirect");
  CHECK(at(text, r.quotes[0].spans.back()) == "dass das Team gestärkt aus der Saison hervorgegangen sei");
  CHECK(r.quotes[1].rule == "de-cue-then-clause");
  CHECK(r.quotes[1].kind == "direct");
  CHECK(at(text, r.quotes[1].spans[0]) == "„Wir haben gelernt, bescheidener zu sein.“");
  CHECK(test::speaker_text(text, r.quotes[0]) == "Der Trainer");
  CHECK(test::speaker_text(text, r.quotes[1]) == "Der Trainer");
  // Not after a frame with its own speech verb, nor after an indicative clause: one mixed quote.
  for (const std::string other : {
           std::string("Wie die Zeitung berichtet, soll der Trainer zu Spielern gesagt haben: „Wir haben gelernt, bescheidener zu sein.“"),
           std::string("Der Trainer sagte, das Team ist gestärkt aus der Saison hervorgegangen: „Wir haben gelernt, bescheidener zu sein.“"),
       }) {
    CAPTURE(other);
    r = test::explained(other, "de");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].kind == "mixed");
    CHECK(r.quotes[0].verbatim.size() == 1);
  }
}

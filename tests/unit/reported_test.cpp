#include <doctest/doctest.h>

#include <utility>
#include <vector>

#include "helpers.h"

using test::at;

TEST_CASE("German Konjunktiv after the clause: „…, sagte Kim“") {
  const std::string text = "Die Angriffe seien ein Akt der Selbstverteidigung, sagte Kim am Freitag.";
  const auto r = test::run(text, "de");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].kind == "indirect");
  CHECK(at(text, r.quotes[0].spans[0]) == "Die Angriffe seien ein Akt der Selbstverteidigung");
  CHECK(at(text, r.quotes[0].cue.at(0)) == "sagte");
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(at(text, r.quotes[0].speaker->spans.at(0)) == "Kim");
}

TEST_CASE("German reported speech with dass, and the sentence that continues it") {
  const std::string text =
      "Die Sprecherin des Ministeriums erklärte am Montag, dass die Gespräche abgebrochen worden seien. "
      "Man werde aber weiter verhandeln.";
  const auto r = test::run(text, "de");
  REQUIRE(r.quotes.size() == 2);
  CHECK(at(text, r.quotes[0].spans[0]).rfind("dass die Gespräche", 0) == 0);
  CHECK(at(text, r.quotes[0].cue.at(0)) == "erklärte");
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(at(text, r.quotes[0].speaker->spans.at(0)) == "Die Sprecherin des Ministeriums");
  CHECK(at(text, r.quotes[1].spans[0]) == "Man werde aber weiter verhandeln");
  CHECK(r.quotes[1].cue.empty());
}

TEST_CASE("laut and zufolge are sources and cues") {
  const std::string text = "Laut der Polizei wurden drei Menschen verletzt. Dem Bericht zufolge sei niemand gestorben.";
  const auto r = test::run(text, "de");
  REQUIRE(r.sources.size() == 2);
  CHECK(at(text, r.sources[0].spans[0]) == "Laut der Polizei");
  CHECK(r.sources[0].kind == "according_to");
  CHECK(at(text, r.sources[1].spans[0]) == "Dem Bericht zufolge");
  REQUIRE(r.quotes.size() == 2);
  CHECK(at(text, r.quotes[0].spans[0]) == "wurden drei Menschen verletzt");
}

TEST_CASE("English said-that, according to, and anonymous officials") {
  const std::string text =
      "The minister said that the border would stay closed. According to police, two people were hurt. "
      "The plan was dropped, officials said.";
  const auto r = test::run(text, "en");
  REQUIRE(r.quotes.size() == 3);
  CHECK(at(text, r.quotes[0].spans[0]) == "the border would stay closed");
  CHECK(at(text, r.quotes[1].spans[0]) == "two people were hurt");
  CHECK(at(text, r.quotes[1].cue.at(0)) == "According to");
  CHECK(at(text, r.quotes[2].spans[0]) == "The plan was dropped");
  bool according = false, anonymous = false;
  for (const auto& s : r.sources) {
    according = according || (s.kind == "according_to" && at(text, s.spans[0]) == "According to police");
    anonymous = anonymous || (s.kind == "anonymous" && at(text, s.spans[0]) == "officials");
  }
  CHECK(according);
  CHECK(anonymous);
}

TEST_CASE("agency credits and a footer after them") {
  const std::string text =
      "Die Regierung trat zurück. (afp/bearbeitet von phs)\n"
      "\"So arbeitet die Redaktion\" informiert Sie, wann und worüber wir berichten.";
  const auto r = test::run(text, "de");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == "agency_credit");
  CHECK(at(text, r.sources[0].spans[0]) == "(afp/bearbeitet von phs)");
  const auto* afp = test::actor(r, r.sources[0].actor);
  REQUIRE(afp != nullptr);
  CHECK(afp->name == "AFP");
  CHECK(afp->type == "media");
  CHECK(r.quotes.empty());
}

TEST_CASE("regression: state media after 'laut' are an according_to source, not an anonymous one") {
  const std::string text = "Die Raketen seien laut nordkoreanischen Staatsmedien erfolgreich getestet worden.";
  const auto r = test::run(text, "de");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == "according_to");
  CHECK(at(text, r.sources[0].spans.at(0)) == "laut nordkoreanischen Staatsmedien");
}

TEST_CASE("'verlautete aus Sicherheitskreisen' names unnamed circles as speaker and anonymous source") {
  const std::string text = "Die Touristen hätten in der Nähe gerastet, verlautete aus Sicherheitskreisen.";
  const auto r = test::run(text, "de");
  REQUIRE(r.quotes.size() == 1);
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(at(text, r.quotes[0].speaker->spans.at(0)) == "aus Sicherheitskreisen");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].kind == "anonymous");
}

TEST_CASE("'a person familiar with the matter said' is an anonymous source with its whole description") {
  const std::string text = "A person familiar with the matter said the deal was close. "
                           "People familiar with the talks said no decision had been made.";
  const auto r = test::run(text, "en");
  REQUIRE(r.quotes.size() == 2);
  REQUIRE(r.sources.size() == 2);
  CHECK(at(text, r.sources[0].spans.at(0)) == "A person familiar with the matter");
  CHECK(r.sources[0].kind == "anonymous");
  CHECK(at(text, r.quotes[1].spans.at(0)) == "no decision had been made");
}

TEST_CASE("'according to' takes the whole English source description: dates, nouns after a name, participles") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"According to a March 14, 2019 NATO press release, Hungary spent 1.15% of its GDP on defence.",
       "According to a March 14, 2019 NATO press release"},
      {"According to the WHO's situation report dated March 16, there are at least 142 cases.",
       "According to the WHO's situation report dated March 16"},
      {"He died on Friday, according to a statement posted to his official Twitter account.",
       "according to a statement posted to his official Twitter account"},
  };
  for (const auto& c : cases) {
    const std::string& text = c.first;
    const std::string& source = c.second;
    CAPTURE(text);
    const auto r = test::run(text, "en");
    REQUIRE(r.sources.size() == 1);
    CHECK(at(text, r.sources[0].spans.at(0)) == source);
  }
}

TEST_CASE("English 'said' with a bare clause: a time in between, a lower-case subject, never the clause's subject as speaker") {
  const std::string a = "El Paso's police chief Greg Allen said late Sunday the police were attributing the text to him.";
  const auto ra = test::run(a, "en");
  REQUIRE(ra.quotes.size() == 1);
  CHECK(at(a, ra.quotes[0].spans.at(0)) == "the police were attributing the text to him");
  REQUIRE(ra.quotes[0].speaker.has_value());
  const auto* allen = test::actor(ra, ra.quotes[0].speaker->actor);
  REQUIRE(allen != nullptr);
  CHECK(allen->name == "Greg Allen");
  const std::string b = "A spokesman for the foundation, which helps victims of torture, said ministers had failed to reassure agencies.";
  const auto rb = test::run(b, "en");
  REQUIRE(rb.quotes.size() == 1);
  CHECK(at(b, rb.quotes[0].spans.at(0)) == "ministers had failed to reassure agencies");
  if (rb.quotes[0].speaker) CHECK(at(b, rb.quotes[0].speaker->spans.at(0)).find("ministers") == std::string::npos);
}

TEST_CASE("'urged the embassy to reconsider' is a request, not reported speech; 'said it planned to' is") {
  const std::string request = "Johnson urged the embassy to reconsider and spoke with the minister about the case.";
  CHECK(test::run(request, "en").quotes.empty());
  const std::string said = "The company said it planned to spend 500m euros this year buying back shares.";
  const auto r = test::run(said, "en");
  REQUIRE(r.quotes.size() == 1);
  CHECK(at(said, r.quotes[0].spans.at(0)) == "it planned to spend 500m euros this year buying back shares");
}

TEST_CASE("a German speech act with its subject after the verb or with an apposition is reported speech") {
  const std::string text =
      "In einem Interview sprach Angela Merkel von der Möglichkeit einer großen Koalition. "
      "Lars Schauer, Manager von Energie Cottbus, bezeichnete die Entscheidung als verantwortungsbewusst. "
      "Der Feuerwehrchef bestätigte den Vorfall am Sonntag.";
  const auto r = test::run(text, "de");
  // "bestätigte den Vorfall" states a fact: no quote.
  REQUIRE(r.quotes.size() == 2);
  CHECK(at(text, r.quotes[0].spans[0]) ==
        "In einem Interview sprach Angela Merkel von der Möglichkeit einer großen Koalition.");
  REQUIRE(r.quotes[0].speaker.has_value());
  CHECK(at(text, r.quotes[0].speaker->spans.at(0)) == "Angela Merkel");
  REQUIRE(r.quotes[1].speaker.has_value());
  CHECK(at(text, r.quotes[1].speaker->spans.at(0)) == "Lars Schauer, Manager von Energie Cottbus");
}

namespace {

// The speaker's text of the last quote ("-" for none).
std::string last_speaker(const std::string& text) {
  const auto r = test::run(text, "de");
  REQUIRE(!r.quotes.empty());
  const auto& q = r.quotes.back();
  return q.speaker.has_value() && !q.speaker->spans.empty() ? at(text, q.speaker->spans.at(0)) : "-";
}

}  // namespace

TEST_CASE("regression: a Konjunktiv sentence continues the speaker the sentence before names, not an older one") {
  const char* const cases[][2] = {
      // A date in front: the subject follows the finite verb.
      {"Thaksin sagte: „Ich muss arbeiten.“ Am 15. Mai hat die Wahlkommission den Termin festgelegt. "
       "Mögliche Termine seien der 24. September sowie der 8. Oktober.",
       "die Wahlkommission"},
      // A prepositional phrase with a relative clause in front.
      {"Quellen zufolge sei ihm das Amt angeboten worden. Für die Ausarbeitung einer neuen Verfassung, die der Rat "
       "als wesentliche Aufgabe ansieht, gab General Sonthi einen Zeitraum von einem Jahr an. "
       "Ein weiterer Monat werde gebraucht.",
       "General Sonthi"},
      // A relative clause between the subject and its verb.
      {"Kim sagte, die Studie sei fahrlässig. Hubert Primus, der bei der Stiftung für den Bereich verantwortlich "
       "ist, wies den Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig.",
       "Hubert Primus"},
  };
  for (const auto& c : cases) {
    CAPTURE(c[0]);
    CHECK(last_speaker(c[0]) == c[1]);
  }
  // In a reported sentence the subject is what was said, not who said it.
  const std::string reported =
      "Laut einem Artikel der Zeitung hat sich der Rebellenführer an die UN gewandt. "
      "Im Brief habe sich der Rebellenführer über die Regierung beschwert. Sie trage die Schuld am Krieg.";
  CHECK(last_speaker(reported) == "einem Artikel der Zeitung");
}

TEST_CASE("regression: speakers after a fronted adverbial, after a time adverb, and before an adjective apposition") {
  const char* const cases[][2] = {
      // A fronted adverbial, the finite verb, the subject with its apposition.
      {"Vor kurzem hatte ein Sprecher auf deutscher Seite, Karl Muster, erklärt, die Firma werde Stellen streichen.",
       "ein Sprecher auf deutscher Seite, Karl Muster"},
      {"Erst vor zwei Tagen hatte der Investor für den Neubau, Larry A. Muster, zugesagt, nicht weiter zu bauen.",
       "der Investor für den Neubau, Larry A. Muster"},
      // A time adverb between the verb and its subject.
      {"Nach dem Treffen am Freitag kündigte heute der Bürgermeister Hans Beispiel an, die Steuern zu senken.",
       "der Bürgermeister Hans Beispiel"},
      {"Um 15:36 Uhr meldeten dann die Nachrichten der Tagesschau, der Richter rechne mit einer Verhandlung.",
       "die Nachrichten der Tagesschau"},
      // An apposition that opens with an adjective: the name alone speaks.
      {"Vorstand Erich Muster, zuständig für das US-Geschäft, hatte im Juni angekündigt, das Geschäft stärken zu wollen.",
       "Vorstand Erich Muster"},
  };
  for (const auto& c : cases) {
    CAPTURE(c[0]);
    CHECK(last_speaker(c[0]) == c[1]);
  }
}

TEST_CASE("regression: an unknown name in front speaks when the phrase after the verb is an object naming no one") {
  CHECK(last_speaker("Tandjou hatte die Verfassungsänderung damit begründet, dass er mehr Zeit brauche.") == "Tandjou");
  // An adverb in "-lang" is no name: the subject follows the verb.
  CHECK(last_speaker("Monatelang haben die Wiener Linien abgestritten, dass die Türen unsicher seien.") ==
        "die Wiener Linien");
}

TEST_CASE("regression: a main clause joined by 'und' has its own subject; coordinated subjects stay whole") {
  CHECK(last_speaker("Die Behörde übergab der Polizei die Akten über die Gruppen und Innenminister Karl Muster "
                     "seinerseits versprach, sich darum zu kümmern.") == "Innenminister Karl Muster");
  CHECK(last_speaker("Die Bank und der Fonds erklärten, dass sie Programme entwickeln wollen.") ==
        "Die Bank und der Fonds");
}

TEST_CASE("regression: a Konjunktiv sentence after 'Inzwischen hat sich X … ausgesprochen' continues X") {
  CHECK(last_speaker("Die Chancen sind schlechter. Inzwischen hat sich Karl Muster, der frühere Gouverneur, für den "
                     "Kandidaten ausgesprochen. Nach 34 Vorwahlen sei es notwendig, die Partei zu einen.") ==
        "Karl Muster, der frühere Gouverneur");
}

TEST_CASE("regression: 'Manche Analysten halten es für möglich, dass …': 'es' is the object, the words in front speak") {
  CHECK(last_speaker("Manche Analysten halten es für wahrscheinlich, dass er sich als Außenseiter bewirbt.") ==
        "Manche Analysten");
  // "Hier" is no one: then "es" stays, as the corpus marks it.
  CHECK(last_speaker("Hier hält es das Gericht für möglich, dass der Zeuge lügt.") != "Hier");
}

TEST_CASE("regression: 'Nach der Auszählung …' is a time, not a source; the sentence after names the speaker") {
  const std::string text =
      "Nach der Auszählung von mehr als drei Vierteln der Stimmen liegt der Kandidat Alan Muster mit 55 Prozent "
      "vorne. Dies teilte der Vorsitzende der Wahlkommission, Anna Beispiel, mit.";
  const auto r = test::run(text, "de");
  for (const auto& q : r.quotes)
    if (q.speaker.has_value() && !q.speaker->spans.empty()) CHECK(at(text, q.speaker->spans.at(0)) != "der Auszählung");
}

TEST_CASE("regression: the subject before a Konjunktiv sentence may run on past a genitive to its verb") {
  CHECK(last_speaker("Er sagte, solche Zonen dürfe es nicht geben. Vertreter aller im Bundestag vertretenen Parteien "
                     "warnten vor den Gefahren. Diese Gefahr dürfe nicht verharmlost werden.") ==
        "Vertreter aller im Bundestag vertretenen Parteien");
  // A capitalised article at the start of the phrase is not its head.
  CHECK(last_speaker("Die spätere Außenministerin Condoleezza Rice nannte den Plan gefährlich. "
                     "Er sei nicht zu verantworten.") == "Die spätere Außenministerin Condoleezza Rice");
}

TEST_CASE("regression: a passive speech verb with no agent is said by the text it is written in") {
  CHECK(last_speaker("Im Norden ist ein Hubschrauber abgestürzt. In einem Bericht der Zeitung wurde vermutet, dass "
                     "keine der Personen überlebt hat.") == "einem Bericht der Zeitung");
  CHECK(last_speaker("So wird in einer Pressemitteilung der Organisation gefordert, dass die Regierung die Mängel "
                     "abstellen müsse.") == "einer Pressemitteilung der Organisation");
  // A place is no text: no speaker.
  CHECK(last_speaker("In Berlin wurde vermutet, dass keine der Personen überlebt hat.") == "-");
}

TEST_CASE("regression: 'Wie „heise online“ berichtet, …' names the quoted medium as speaker") {
  CHECK(last_speaker("Wie „heise online“ berichtet, sperrten die Behörden den Zugang zu der Plattform.") ==
        "„heise online“");
}

TEST_CASE("regression: a passive speech verb in a relative clause 'in der …' is said by the text it refers to") {
  CHECK(last_speaker("Die Agentur zitiert eine Stelle aus dem Bericht, in der davon berichtet wird, dass ein Kandidat "
                     "angegriffen wurde.") == "eine Stelle aus dem Bericht");
}

TEST_CASE("regression: a subordinate clause with a cue of its own frames what follows ('…, indem er sagte, …')") {
  CHECK(last_speaker("Der Präsident bestritt diese Überlegungen jedoch, indem er sagte, eine Zusammenarbeit würde die "
                     "Achse nicht ersetzen.") == "er");
  CHECK(last_speaker("Die Vorsitzenden des Tierheimes haben massiv protestiert, da sie befürchten, viele Bürger "
                     "könnten sich die Tiere nicht leisten.") == "sie");
  // Without an inner cue the outer one frames the clause.
  CHECK(last_speaker("Der Minister sagte, da die Lage ernst sei, werde man handeln.") == "Der Minister");
}

TEST_CASE("regression: a passive sentence with the text it is written in names the speaker of the Konjunktiv after it") {
  CHECK(last_speaker("Der Sprecher sagte, es sei ruhig. In einem Bericht der Zeitung werden die Vorkehrungen als "
                     "„extrem“ bezeichnet. Mehrere Tausend Beamte seien im Einsatz gewesen.") ==
        "einem Bericht der Zeitung");
  CHECK(last_speaker("Die Resolution forderte Informationen. Die Konflikte werden im Bericht auf die ungleiche "
                     "Verteilung des Wohlstandes zurückgeführt. Folge der Kriege sei eine Militarisierung.") ==
        "Bericht");
}

TEST_CASE("regression: a Konjunktiv clause after an indicative main clause is said by that clause's subject") {
  CHECK(last_speaker("Das Parlament sagte, es sei zuständig. Die Experten kamen zu dem Ergebnis, dass es keinerlei "
                     "Beweise dafür gäbe.") == "Die Experten");
  CHECK(last_speaker("Der Minister sagte, die Lage sei ernst. Die Schutzvereinigung für Wertpapierbesitz (DSW) ist der "
                     "Ansicht, dass das Gesetz zu einer geringen Produktivität führe.") ==
        "Die Schutzvereinigung für Wertpapierbesitz (DSW)");
  // The subject may have an apposition with commas of its own.
  CHECK(last_speaker("Beck sagte, es sei eine Katastrophe. Der Bürgermeister von Christchurch, Bob Muster, teilte am "
                     "Abend mit, dass etwa 120 Personen gerettet worden seien.") ==
        "Der Bürgermeister von Christchurch, Bob Muster");
  // A reported main clause ("propagiere") or a second main clause keeps the speaker before.
  CHECK(last_speaker("Der Politiker Jean Muster sagte, Europa sei in Gefahr. Denn Deutschland propagiere die Rente "
                     "mit 67, das sei ein Modell für alle.") == "Der Politiker Jean Muster");
  CHECK(last_speaker("„Es ist ausschließlich dieser private Grund“, sagte er. Seine Frau ist mehrfach operiert "
                     "worden, und er wolle sie nun begleiten.") != "Seine Frau");
}

TEST_CASE("regression: after an indicative main clause only the Konjunktiv clause is the quotation") {
  const std::string text =
      "Das Parlament sagte, es sei zuständig. Die Experten kamen zu dem Ergebnis, dass es keine Beweise dafür gäbe.";
  const auto r = test::run(text, "de");
  REQUIRE(!r.quotes.empty());
  CHECK(at(text, r.quotes.back().spans.at(0)) == "dass es keine Beweise dafür gäbe");
}

TEST_CASE("regression: the indicative main clause may name its speaker by a pronoun or hold a quoted name") {
  CHECK(last_speaker("Ein anderer Richter ist der Kurde Raed Muster. Er trat dem Vorwurf der Verteidigung, das Gericht "
                     "sei nicht legitim, mit den Worten entgegen, das Gericht sei ein irakisches.") == "Er");
  // A clause that tells when is no reported content of the main clause's subject.
  CHECK(last_speaker("Laut einer Aussage des Ministeriums wurde er beobachtet. Er war den Ermittlern ins Netz "
                     "gegangen, als er Kontakt zu einem Informanten gesucht habe.") != "Er");
}

TEST_CASE("regression: 'nach' with a medium's name is a source like 'laut'") {
  CHECK(last_speaker("Nach Reuters seien viele Menschen getötet worden.") == "Reuters");
}

TEST_CASE("regression: after a fronted phrase the frame's subject needs no name ('beruft sich die Bank darauf, dass …')") {
  CHECK(last_speaker("Die Bank veröffentlichte eine Liste. Im ersten Satz beruft sich die Bank darauf, dass die "
                     "Freigabe der Daten im Kampf gegen den Terrorismus stehe.") == "die Bank");
}

TEST_CASE("regression: a capitalised adjective of a name after the article ('die Neue Osnabrücker Zeitung')") {
  CHECK(last_speaker("Wie die Neue Osnabrücker Zeitung berichtet, ist auch die Industrie wenig geneigt, die Kartoffel "
                     "einzubinden.") == "die Neue Osnabrücker Zeitung");
}

TEST_CASE("regression: the comma of a date ('am Donnerstag, den 7.10.') ends no clause") {
  CHECK(last_speaker("Gysi hatte am Donnerstag, den 7.10. in einem Interview mit der Zeitung die These vertreten, "
                     "die Partei stagniere in Selbstbeschäftigung.") == "Gysi");
}

TEST_CASE("regression: a focus particle before the subject is no part of it ('Einzig Sony kündigte an, …')") {
  CHECK(last_speaker("Einzig Sony kündigte an, für die Konsole ein Update anbieten zu wollen.") == "Sony");
}

TEST_CASE("regression: 'Wie sich aus X ergab, …' after a colon names X") {
  CHECK(last_speaker("Ein weiterer Umstand kommt hinzu: Wie sich aus der Auswertung des Radars ergab, hatte der "
                     "Pilot versucht, durchzustarten.") == "der Auswertung des Radars");
}

TEST_CASE("regression: 'Dem Vernehmen nach' is a source like 'zufolge'; 'seiner Meinung nach' is not") {
  CHECK(last_speaker("Dem Vernehmen nach soll der Minister sein Amt noch bis zum Frühjahr ausüben.") == "Dem Vernehmen");
  CHECK(last_speaker("Der Direktor Karl Muster sagte, das Land besitze seiner Meinung nach sechs Waffen.") ==
        "Der Direktor Karl Muster");
}

TEST_CASE("regression: a Konjunktiv sentence after 'Demnach …' goes on with the source 'Demnach' points back at") {
  CHECK(last_speaker("Nach den Schüssen ist es laut dem Magazin Focus zu weiteren Zwischenfällen gekommen. Demnach "
                     "haben Jagdflugzeuge die Hubschrauber mit dem Radar angepeilt. Üblicherweise sei dies der letzte "
                     "Schritt vor einem Schuss.") == "dem Magazin Focus");
}

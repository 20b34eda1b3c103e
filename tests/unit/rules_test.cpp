// Every attribution rule of core/attribution/registry.cpp alone: a text it
// must fire on and one it must not, asserting the rule that made a quote, a
// speaker or a source (Options::explain); switched off (Options::disable) it
// makes nothing. The last test fails when a registered rule has no cases here.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "helpers.h"

namespace {

struct Case {
  const char* rule;
  const char* lang;
  const char* fires;      // a text the rule must fire on
  const char* not_fires;  // a text it must not fire on
};

// One entry per rule, in registry order.
const Case kCases[] = {
    {"de-source-laut", "de", "Laut Polizei wurden drei Menschen verletzt.", "Die Polizei nahm drei Menschen fest."},
    {"de-source-zufolge", "de", "Polizeiangaben zufolge wurden drei Menschen verletzt.",
     "Die Polizei nahm drei Menschen fest."},
    {"de-source-nach", "de", "Nach Angaben der Polizei wurden drei Menschen verletzt.",
     "Nach dem Spiel wurden drei Menschen verletzt."},
    {"en-source-according-to", "en", "According to police, three people were injured in the blast.",
     "Police said three people were injured in the blast."},
    {"en-source-as-reported-by", "en", "The minister resigned, as reported by the BBC on Monday.",
     "The minister resigned on Monday."},
    {"en-source-interview", "en", "In an interview with the BBC, the minister said he would stay.",
     "In an effort to help, the minister said he would stay."},
    {"source-media-verb", "de", "Die Zeitung berichtete über den Streit.", "Der Minister berichtete über den Streit."},
    {"de-source-hiess-es", "de", "So hieß es in einem Bericht der Regierung, die Lage sei ernst.",
     "So hieß es, die Lage sei ernst."},
    {"en-source-reportedly", "en", "The minister reportedly resigned on Monday.", "The minister resigned on Monday."},
    {"de-source-angeblich", "de", "Der Minister soll das Geld angeblich veruntreut haben.",
     "Der Minister hat das Geld veruntreut."},
    {"de-source-kreise", "de", "Die Gespräche seien gescheitert, verlautete am Abend aus westlichen Regierungskreisen.",
     "Die Gespräche seien gescheitert, sagte er in den Kreisen der Partei."},
    {"en-source-findings", "en", "The new study found that warm water erodes the ice shelf.",
     "The new student found that warm water erodes the ice shelf."},
    {"en-source-passive-report", "en", "The merger was first reported by a local newspaper on Tuesday.",
     "The merger was first approved by a local court on Tuesday."},
    {"de-source-demnach", "de", "Die Zahl stieg demnach auf 92.", "Die Zahl stieg danach auf 92."},
    {"de-anaphoric-report", "de",
     "Das Ministerium veröffentlichte am Montag neue Zahlen. Dies bestätigte der Sprecher am Abend.",
     "Die Zahl der Toten stieg auf 92. Der Sprecher ging nach Hause."},
    {"de-source-led", "de", "Laut Polizei wurden drei Menschen verletzt.", "Die Polizei nahm drei Menschen fest."},
    {"de-impersonal-cue", "de", "In dem Schreiben heißt es, die Regierung habe versagt.",
     "In dem Schreiben steht nichts Neues."},
    {"de-as-reported", "de", "Wie das Ministerium mitteilte, wird die Straße gesperrt.",
     "Wie immer wird die Straße im Winter gesperrt."},
    {"de-cue-then-clause", "de", "Der Minister sagte, dass die Gespräche abgebrochen worden seien.",
     "Die Gespräche seien abgebrochen worden, sagte der Minister."},
    {"de-clause-then-cue", "de", "Die Gespräche seien abgebrochen worden, sagte der Minister.",
     "Der Minister sagte, dass die Gespräche abgebrochen worden seien."},
    {"de-wonach-clause", "de", "Es gab einen Bericht der Agentur, wonach der Politiker festgenommen worden sein soll.",
     "Es gab einen Bericht der Agentur über den Politiker."},
    {"de-noun-clause", "de",
     "Die erste Reaktion bestand in der Ankündigung, der Iran werde nun sofort die Anreicherung aufnehmen.",
     "Die erste Reaktion bestand in der Ankündigung, die der Iran gestern gemacht hatte."},
    {"de-free-indirect", "de", "Die Gespräche seien abgebrochen worden. Der Minister ging nach Hause.",
     "Der Minister ging nach Hause."},
    {"de-speech-act", "de", "Der Fernsehsender berichtete von der Bergung von 56 Leichen.",
     "Der Fernsehsender berichtete, dass 56 Leichen geborgen wurden."},
    {"de-passive-speech-act", "de", "Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet.",
     "Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe geprüft."},
    {"de-speech-act-relative", "de",
     "Die Helfer forderten einen Korridor, um Hilfe ins Land zu bringen.",
     "Die Helfer forderten, die Grenze zu öffnen."},
    {"de-speech-act-clause", "de",
     "Die Veranstalter zählten 7.000 Menschen, die Polizei spricht von 4.000 Teilnehmern.",
     "Die Veranstalter zählten 7.000 Menschen, die Polizei sprach sich für ein Verbot aus."},
    {"de-speech-act-beside", "de",
     "Der Minister bezeichnete die Proteste als rechtmäßig und forderte die Demonstranten auf, Ruhe zu bewahren.",
     "Der Minister besuchte die Demonstranten und forderte sie auf, Ruhe zu bewahren."},
    {"en-source-led", "en", "According to police, three people were injured in the blast.",
     "Police said three people were injured in the blast."},
    {"en-as-reported", "en", "As Reuters reported, the talks collapsed on Monday after three days.",
     "As a result, the talks collapsed on Monday after three days."},
    {"en-cue-then-clause", "en", "Police said three people were injured in the blast.",
     "Three people had been injured in the blast, police said."},
    {"en-clause-then-cue", "en", "Three people had been injured in the blast, police said.",
     "Police said three people were injured in the blast."},
    {"de-direct-frame-after", "de", "„Wir werden nicht aufgeben“, rief Kim den Demonstranten zu.",
     "Kim sagte am Freitag: „Wir werden nicht aufgeben.“"},
    {"en-direct-frame-after", "en", "\"We will not give up,\" Kim said on Friday.",
     "Kim said on Friday: \"We will not give up.\""},
    {"de-direct-frame-before", "de", "Kim sagte am Freitag: „Wir werden nicht aufgeben.“",
     "„Wir werden nicht aufgeben“, rief Kim den Demonstranten zu."},
    {"en-direct-frame-before", "en", "Kim said on Friday: \"We will not give up.\"",
     "\"We will not give up,\" Kim said on Friday."},
    {"de-direct-frame-later", "de", "Die Regierung hatte den Bericht als „völlig falsch“ zurückgewiesen.",
     "Die Zeitung „Berliner Zeitung“ erscheint täglich."},
    {"en-direct-gerund-goes-on", "en",
     "Kim said, \"As far as I know, this would be the first case of this type\", adding, \"For Mexico, this man is "
     "a terrorist\".",
     "Kim said, \"As far as I know, this would be the first case of this type\". \"For Mexico, this man is a "
     "terrorist\"."},
    {"direct-standalone", "en",
     "\"We will not give up,\" Kim said. \"We have fought for this for many years and we will fight on.\"",
     "\"We will not give up,\" Kim said."},
    {"de-direct-subject-before", "de",
     "Sadiq Khan, einer der Abgeordneten, verurteilte die Haltung der Regierung. „Diese Regierung hat uns alle im "
     "Stich gelassen und das wissen alle.“",
     "„Diese Regierung hat uns alle im Stich gelassen und das wissen alle.“"},
    {"de-direct-interrupted", "de", "„Wir werden“, sagte Kim, „nicht aufgeben.“",
     "„Wir werden“, sagte Kim. „Nicht aufgeben.“"},
    {"en-direct-interrupted", "en", "\"We will,\" Kim said, \"not give up.\"", "\"We will not give up,\" Kim said."},
    {"source-agency-credit", "de", "BERLIN (dpa) - Die Regierung hat den Haushalt beschlossen.",
     "Die Regierung (CDU) hat den Haushalt beschlossen."},
};

using test::explained;

// The rules that made a quote, a speaker or a source of the text.
std::set<std::string> fired(const std::string& text, const char* lang, std::vector<std::string> disable = {}) {
  const newsmark::Result r = explained(text, lang, std::move(disable));
  std::set<std::string> out;
  for (const auto& q : r.quotes) {
    out.insert(q.rule);
    if (q.speaker) out.insert(q.speaker->rule);
  }
  for (const auto& s : r.sources) out.insert(s.rule);
  return out;
}

std::string joined(const std::set<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out.empty() ? "(none)" : out;
}

// The speakers of the quotes one rule made in the text, in order.
// (UTF-8 offsets, which test::speaker_text reads.)
std::vector<std::string> speakers_by(const std::string& text, const char* rule, std::vector<std::string> disable = {}) {
  const newsmark::Result r = explained(text, "de", std::move(disable));
  std::vector<std::string> out;
  for (const auto& q : r.quotes)
    if (q.rule == rule) out.push_back(test::speaker_text(text, q));
  return out;
}

// The speaker of the first of them, "(none)" when the rule made no quote.
std::string first_speaker_by(const std::string& text, const char* rule) {
  const auto found = speakers_by(text, rule);
  return found.empty() ? std::string("(none)") : found.front();
}

}  // namespace

TEST_CASE("each rule fires on its text and not on the other one") {
  for (const Case& c : kCases) {
    CAPTURE(c.rule);
    const auto on = fired(c.fires, c.lang);
    CHECK_MESSAGE(on.count(c.rule) == 1, c.rule, " did not fire on: ", c.fires, " (fired: ", joined(on), ")");
    const auto off = fired(c.not_fires, c.lang);
    CHECK_MESSAGE(off.count(c.rule) == 0, c.rule, " fired on: ", c.not_fires);
    // Switched off, it makes nothing on its own text.
    const auto disabled = fired(c.fires, c.lang, {c.rule});
    CHECK_MESSAGE(disabled.count(c.rule) == 0, c.rule, " fired while disabled");
  }
}

TEST_CASE("every registered rule has a case that fires and one that does not") {
  const auto rules = newsmark::rules();
  REQUIRE(!rules.empty());
  for (const newsmark::RuleInfo& r : rules) {
    CAPTURE(r.name);
    const auto it = std::find_if(std::begin(kCases), std::end(kCases),
                                 [&](const Case& c) { return std::string(c.rule) == r.name; });
    CHECK_MESSAGE(it != std::end(kCases), r.name, " has no cases in tests/unit/rules_test.cpp");
    if (it == std::end(kCases)) continue;
    CHECK(std::string(it->fires).size() > 0);
    CHECK(std::string(it->not_fires).size() > 0);
    CHECK(std::string(r.lang) != "");
    CHECK(std::string(r.description) != "");
  }
  // And no case names a rule that does not exist.
  for (const Case& c : kCases) {
    CAPTURE(c.rule);
    CHECK(std::any_of(rules.begin(), rules.end(), [&](const newsmark::RuleInfo& r) { return c.rule == std::string(r.name); }));
  }
}

TEST_CASE("rule names: kebab-case, unique, language prefix where the rule has one language") {
  std::set<std::string> seen;
  for (const newsmark::RuleInfo& r : newsmark::rules()) {
    const std::string name = r.name, lang = r.lang;
    CAPTURE(name);
    CHECK(seen.insert(name).second);
    CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos);
    if (lang == "shared") {
      CHECK(name.rfind("de-", 0) != 0);
      CHECK(name.rfind("en-", 0) != 0);
    } else {
      CHECK(name.rfind(lang + "-", 0) == 0);
    }
  }
}

TEST_CASE("without explain the result names no rule; an unknown rule is an error naming it") {
  const std::string text = "Laut Polizei wurden drei Menschen verletzt. Der Minister sagte, dass er bleibe.";
  const newsmark::Result plain = test::run(text, "de");
  REQUIRE(!plain.quotes.empty());
  for (const auto& q : plain.quotes) {
    CHECK(q.rule.empty());
    if (q.speaker) CHECK(q.speaker->rule.empty());
  }
  for (const auto& s : plain.sources) CHECK(s.rule.empty());
  CHECK(newsmark::to_json(plain).find("\"rule\"") == std::string::npos);
  CHECK(newsmark::to_json(explained(text, "de")).find("\"rule\":\"de-source-laut\"") != std::string::npos);

  newsmark::Options o;
  o.disable = {"de-source-laut", "no-such-rule"};
  newsmark::Result r;
  const newsmark::Status st = newsmark::extract(text, o, &r);
  CHECK(!st.ok());
  CHECK(st.message.find("'no-such-rule'") != std::string::npos);
}

TEST_CASE("disabling a rule lets the next one in the order take the sentence") {
  // Without de-source-led, "Laut X …, sagte Y" is still reported, by the cue.
  const std::string text = "Laut Polizei seien drei Menschen verletzt worden, sagte der Sprecher.";
  CHECK(fired(text, "de").count("de-source-led") == 1);
  const auto without = fired(text, "de", {"de-source-led"});
  CHECK(without.count("de-source-led") == 0);
  CHECK(without.count("de-clause-then-cue") == 1);
  CHECK(without.count("de-source-laut") == 1);  // the source phrase is another rule's
}

TEST_CASE("a German speech-act stem is no English cue: \"warfare\" frames no quote") {
  const std::string text =
      "The region saw months of cyber warfare \"that nobody in the region had ever expected to last so long\".";
  CHECK(test::run(text, "en").quotes.empty());
  // In German the stem still frames: "warf ihm vor, „…“".
  CHECK(fired("Der Minister warf der Regierung „völliges Versagen in der Krise“ vor.", "de").count("de-direct-frame-before") == 1);
}

TEST_CASE("de-speech-act: an adverb between subject and verb, and the perfect with the participle last") {
  const auto speaker_of_act = [](const std::string& text) { return first_speaker_by(text, "de-speech-act"); };
  CHECK(speaker_of_act("Die Bergwacht hingegen sprach von einem tragischen Unglück.") == "Die Bergwacht");
  CHECK(speaker_of_act("Der Verband hatte zu dem Vorfall eine Untersuchung gefordert.") == "Der Verband");
  CHECK(speaker_of_act("Die Gewerkschaft hat den Vorstand zu neuen Gesprächen aufgefordert.") == "Die Gewerkschaft");
  CHECK(speaker_of_act("Die Ministerin hat den Entwurf als Rückschritt bezeichnet.") == "Die Ministerin");
  // A participle that does not end the sentence, or a factual verb, is no report.
  CHECK(speaker_of_act("Der Verband hat die Pläne angekündigt.") == "(none)");
  CHECK(speaker_of_act("Der Verband hatte gefordert, die Halle zu schließen, und zahlte.") == "(none)");
  // A relative clause between the subject and its verb; not a relative clause that ends the sentence.
  CHECK(speaker_of_act("Die Stadt Düsseldorf, die am Flughafen beteiligt ist, forderte einen Rückbau.") ==
        "Die Stadt Düsseldorf");
  CHECK(speaker_of_act("Die Stadt baute einen Flughafen, den die Anwohner kritisierten.") == "(none)");
  // An abbreviation in parentheses after the subject.
  CHECK(speaker_of_act("Die Mission (UNMIS) verlangte den Rückzug aller Kampfeinheiten.") == "Die Mission (UNMIS)");
}

TEST_CASE("de-passive-speech-act: the agent speaks; with none, the speaker right before goes on") {
  const auto passive = [](const std::string& text) { return first_speaker_by(text, "de-passive-speech-act"); };
  CHECK(passive("Die Entscheidung wurde vom Bundesverband Erneuerbare Energie als rückschrittlich kritisiert.") ==
        "Bundesverband Erneuerbare Energie");
  CHECK(passive("Der Minister sagte, die Lage sei ernst. Außerdem wurde eine bessere Jugendarbeit gefordert.") ==
        "Der Minister");
  // No agent and no reported speech before; no noun after "von"; a participle inside the sentence.
  CHECK(passive("Außerdem wurde eine bessere Jugendarbeit gefordert.") == "(none)");
  CHECK(passive("Die Häuser wurden von innen als unsicher eingestuft.") == "(none)");
  CHECK(passive("Der Minister sprach. Von der Opposition wurde der Besuch als unangemessen kritisiert.") == "der Opposition");
  CHECK(passive("Die Pläne wurden kritisiert, aber am Ende angenommen.") == "(none)");
}

TEST_CASE("de-passive-speech-act: 'wurde … befürchtet', 'wurde auf … hingewiesen'") {
  const auto passive = [](const std::string& text) { return first_speaker_by(text, "de-passive-speech-act"); };
  CHECK(passive("Der Zug fuhr. Von der Gewerkschaft wurde der Abbau von Stellen befürchtet.") == "der Gewerkschaft");
  CHECK(passive("Der Minister sagte, die Lage sei ernst. Dabei wurde auf die hohen Kosten hingewiesen.") == "Der Minister");
  // Not with no agent and no reported speech before, nor a participle outside the list ("wurde … gebaut").
  CHECK(passive("Der Zug fuhr. Dabei wurde auf die hohen Kosten hingewiesen.") == "(none)");
  CHECK(passive("Der Zug fuhr. Von der Gewerkschaft wurde ein neues Haus gebaut.") == "(none)");
}

TEST_CASE("de-passive-speech-act: a fronted 'als' phrase, a participle first, a report, a topic after 'von'") {
  const auto passive = [](const std::string& text) { return first_speaker_by(text, "de-passive-speech-act"); };
  // "Als Ursache wurde … angegeben": what was said, with no agent and no reported speech before.
  CHECK(passive("Der Zug fuhr. Als Ursache wurde ein Computerproblem an Bord angegeben.") == "-");
  CHECK(passive("Der Zug fuhr. Als Drahtzieher wird die Terrororganisation ETA vermutet.") == "-");
  // (Not a definition, "Als Taifun werden … bezeichnet", nor a participle outside the lists.)
  CHECK(passive("Der Zug fuhr. Als Taifun werden die Wirbelstürme im westlichen Pazifik bezeichnet.") == "(none)");
  CHECK(passive("Der Zug fuhr. Als Ersatz wurde eine neue Brücke gebaut.") == "(none)");
  // The participle opens the sentence, its auxiliary right after it.
  CHECK(passive("Der Minister sagte, die Lage sei ernst. Bemängelt werden außerdem die hohen Kosten.") == "Der Minister");
  CHECK(passive("Der Zug fuhr. Gebaut werden außerdem zwei neue Brücken.") == "(none)");
  // A report after "im"/"in" says it.
  CHECK(passive("Der Zug fuhr. Die Konflikte werden im Bericht auf die ungleiche Verteilung des Wohlstandes zurückgeführt.") ==
        "Bericht");
  CHECK(passive("Der Zug fuhr. Die Konflikte werden im Land auf die ungleiche Verteilung des Wohlstandes zurückgeführt.") ==
        "(none)");
  // "Von einer hohen Brandgefahr wird … berichtet": "von" opens the topic, no agent.
  CHECK(passive("Der Zug fuhr. Von einer hohen Brandgefahr wird auch in Bonn berichtet.") == "-");
  CHECK(passive("Der Zug fuhr. In dem Bundesland wird weiterhin von einer hohen Waldbrandgefahr ausgegangen.") == "-");
  CHECK(passive("Der Zug fuhr. Von einer hohen Brandgefahr wird auch aus Bonn berichtet, weil es brennt.") == "(none)");
  // A letter says it too; "aus X" is where a report comes from (not for other participles).
  CHECK(passive("Der Zug fuhr. In einem Schreiben seiner Anwälte wurden diese auf die Rechte hingewiesen.") ==
        "einem Schreiben seiner Anwälte");
  CHECK(passive("Der Minister sagte, die Lage sei ernst. Von einer hohen Brandgefahr wird auch aus Bonn und dem Umland berichtet.") ==
        "aus Bonn und dem Umland");
  CHECK(passive("Der Zug fuhr. Aus Bonn wurde eine bessere Jugendarbeit gefordert.") == "(none)");
  // "bekannt gegeben" with its agent; not "gegeben" alone.
  CHECK(passive("Der Zug fuhr. Das wurde vom Presseamt des Kremls am Montag bekannt gegeben.") == "Presseamt des Kremls");
  CHECK(passive("Der Zug fuhr. Das wurde vom Presseamt des Kremls am Montag an alle gegeben.") == "(none)");
  // (Not negated, "wurde nicht bekannt gegeben", nor "schuldig gesprochen" with no topic.)
  CHECK(passive("Der Zug fuhr. Seine Identität wurde vom Presseamt nicht bekannt gegeben.") == "(none)");
  CHECK(passive("Der Minister sagte, die Lage sei ernst. Vor drei Wochen war Holmes schuldig gesprochen worden.") ==
        "(none)");
  // A participle first has its agent right after the auxiliary, not in the object.
  CHECK(passive("Der Minister sagte, die Lage sei ernst. Verlangt wird die Zahlung von Anwaltskosten.") == "Der Minister");
  CHECK(passive("Der Zug fuhr. Verlangt wird von der Gewerkschaft eine Zahlung.") == "der Gewerkschaft");
}

TEST_CASE("de-speech-act: right after reported speech, an intention in the present goes on with it") {
  const auto act = [](const std::string& text) { return first_speaker_by(text, "de-speech-act"); };
  CHECK(act("Der Verband sagte, die Lage sei ernst. Die IG Metall will die Übernahme des Tarifvertrages.") == "Die IG Metall");
  CHECK(act("Der Minister sagte, die Lage sei ernst. Er möchte die Steuern senken.") == "Er");
  CHECK(act("Der Minister sagte, die Lage sei ernst. Diese Forderung will sie mit dem Minister besprechen.") == "sie");
  // Not without reported speech right before, nor in the past, a question, the first or
  // second person, or a clause with the verb last.
  CHECK(act("Der Zug fuhr. Er will die Steuern senken.") == "(none)");
  CHECK(act("Der Minister sagte, die Lage sei ernst. Er wollte die Steuern senken.") == "(none)");
  CHECK(act("Der Minister sagte, die Lage sei ernst. Will er die Steuern senken?") == "(none)");
  CHECK(act("Der Minister sagte, die Lage sei ernst. Ich will die Steuern senken.") == "(none)");
  CHECK(act("Der Minister sagte, die Lage sei ernst. Wer Steuern senken will, muss sparen.") == "(none)");
  // An expectation likewise; not the participle of the passive.
  CHECK(act("Der Minister sagte, die Lage sei ernst. Das Ministerium erwartet weitere Regenfälle.") == "Das Ministerium");
  CHECK(act("Der Zug fuhr. Das Ministerium erwartet weitere Regenfälle.") == "(none)");
  CHECK(act("Der Minister sagte, die Lage sei ernst. Das Urteil wird im Sommer erwartet.") == "(none)");
}

TEST_CASE("de-speech-act: a list of names with commas before the verb is its subject") {
  const auto act = [](const std::string& text) { return first_speaker_by(text, "de-speech-act"); };
  CHECK(act("Der Zug fuhr. Die Organisationen Transparency International, Campact und LobbyControl werfen dem Präsidenten "
            "Verzögerung vor.") == "Die Organisationen Transparency International, Campact und LobbyControl");
  CHECK(act("Der Zug fuhr. Der Minister, der Kanzler und die Ministerin forderten eine Untersuchung.") ==
        "Der Minister, der Kanzler und die Ministerin");
  // Not a fronted place list, nor a list that is no list of names.
  CHECK(act("Der Zug fuhr. In Berlin, Paris und London forderten sie eine Untersuchung.") == "(none)");
  CHECK(act("Der Zug fuhr. Berlin, wo es regnete und stürmte, forderte eine Untersuchung.") != "Berlin, wo es regnete und stürmte");
}

TEST_CASE("de-speech-act: 'er'/'sie' after a fronted phrase; the dot of a date opens no clause") {
  const auto act = [](const std::string& text) { return first_speaker_by(text, "de-speech-act"); };
  CHECK(act("Der Zug fuhr. Für die kommende Wahl forderte er eine neue Verfassung.") == "er");
  CHECK(act("Der Zug fuhr. Für die Wahl am 18. September forderte sie eine neue Verfassung.") == "sie");
  // (Not "es", nor after a fronted phrase with a clause of its own.)
  CHECK(act("Der Zug fuhr. Für die kommende Wahl forderte es eine neue Verfassung.") == "(none)");
  CHECK(act("Der Zug fuhr. Für die kommende Wahl, die im Herbst stattfindet, forderte er eine neue Verfassung.") == "(none)");
}

TEST_CASE("de-speech-act: a verb of judgement with the word it needs") {
  const auto act = [](const std::string& text) { return first_speaker_by(text, "de-speech-act"); };
  CHECK(act("Die Feuerwehr geht von einem technischen Defekt aus.") == "Die Feuerwehr");
  CHECK(act("Der Verband rechnet mit einem Verlust von zwei Millionen Euro.") == "Der Verband");
  CHECK(act("Die Opposition wertet das Ergebnis als Niederlage des Kanzlers.") == "Die Opposition");
  CHECK(act("Der Landrat bat die Bewohner um Geduld.") == "Der Landrat");
  // Without it the verb is no judgement: a train leaves, a film is seen.
  CHECK(act("Der Zug geht um acht Uhr.") == "(none)");
  CHECK(act("Die Kinder sahen am Abend einen Film.") == "(none)");
  CHECK(act("Der Verband rechnete lange, zahlte dann aber.") == "(none)");
  // The word may open the sentence, the verb right after its phrase; not with a clause between.
  CHECK(act("Mit einer Wetterberuhigung rechnet der Deutsche Wetterdienst frühestens am Montag.") ==
        "der Deutsche Wetterdienst");
  CHECK(act("Mit einer Wetterberuhigung, die alle erhoffen, rechnet der Wetterdienst am Montag.") == "(none)");
  CHECK(act("In Österreich sieht die Situation anders aus.") == "(none)");
  // A relative clause of the object between the verb and its word.
  CHECK(act("Sie halten das Verfahren, das zur Auflösung des Bundestages führte, für verfassungswidrig.") == "Sie");
  CHECK(act("Sie halten das Verfahren, das zur Auflösung des Bundestages führte, und gehen.") == "(none)");
}

TEST_CASE("de-free-indirect: a speech verb's participle after the reportative 'soll' is part of the hearsay") {
  const auto free_quotes = [](const std::string& text) { return speakers_by(text, "de-free-indirect"); };
  CHECK(free_quotes("Der Minister sagte, die Lage sei ernst. Er soll Meldungen für den Sender geschrieben haben.") ==
        std::vector<std::string>{"Der Minister"});
  // Not a plan ("soll … warnen"), nor with a finite speech verb of the sentence's own.
  CHECK(free_quotes("Der Minister sagte, die Lage sei ernst. Das Gerät soll die Piloten vor Böen warnen.").empty());
  CHECK(free_quotes("Der Minister sagte, die Lage sei ernst. Die Polizei erklärte, er soll Meldungen geschrieben haben.")
            .empty());
}

TEST_CASE("de-free-indirect: a first clause whose verb in '-e' stands next to 'ich' is the first person's indicative") {
  const auto free_quotes = [](const std::string& text) { return speakers_by(text, "de-free-indirect"); };
  // The Konjunktiv after reported speech goes on with its speaker …
  CHECK(free_quotes("Die Ministerin sagte, die Lage sei ernst. Sie habe keine andere Wahl gehabt.") ==
        std::vector<std::string>{"Die Ministerin"});
  // … but "ich glaube", "halte ich" is an answer in the first person, no reported speech.
  CHECK(free_quotes("Die Ministerin sagte, die Lage sei ernst. Ich glaube, die Künstler wollen nur gut aussehen.").empty());
  CHECK(free_quotes("Die Ministerin sagte, die Lage sei ernst. Praktisch halte ich es mit dem Innensenator.").empty());
}

TEST_CASE("de-free-indirect: a 'soll' sentence one sentence after reported speech, in its paragraph only") {
  const auto free_speakers = [](const std::string& text) { return speakers_by(text, "de-free-indirect"); };
  CHECK(free_speakers("Die Zeitung schrieb am Montag, der Minister habe getobt. Der Streit ging um Geld. "
                      "Der Kanzler soll schon im Januar davon gewusst haben.") ==
        std::vector<std::string>{"Die Zeitung"});
  // After an unrelated paragraph nobody goes on speaking.
  CHECK(free_speakers("Die Zeitung schrieb am Montag, der Minister habe getobt.\n\nDer Streit ging um Geld. "
                      "Das Kabinett tagte am Abend.\n\nDer Kanzler soll schon im Januar davon gewusst haben.")
            .empty());
  // Hearsay of a state ("… gewusst haben", "… gewesen sein") goes on three sentences and into the next
  // paragraph; a plan ("soll … beginnen") does not.
  CHECK(free_speakers("Die Zeitung schrieb am Montag, der Minister habe getobt. Der Streit ging um Geld.\n\n"
                      "Das Kabinett tagte. Der Kanzler soll schon im Januar davon gewusst haben.") ==
        std::vector<std::string>{"Die Zeitung"});
  CHECK(free_speakers("Die Zeitung schrieb am Montag, der Minister habe getobt. Der Streit ging um Geld.\n\n"
                      "Das Kabinett tagte. Die Sitzung soll am Montag beginnen.")
            .empty());
  // "In X war von … die Rede" names who speaks for the Konjunktiv sentence after it.
  CHECK(free_speakers("Der Zug fuhr. Die Zeitung schrieb am Montag, der Minister habe getobt. "
                      "In ägyptischen Justizkreisen war jedoch von acht Toten die Rede. "
                      "Zehn Menschen seien zudem verletzt worden.") ==
        std::vector<std::string>{"ägyptischen Justizkreisen"});
  // A "soll" in a relative clause leaves the main clause a plain statement.
  CHECK(free_speakers("Die Zeitung schrieb am Montag, der Minister habe getobt. "
                      "Der Abschnitt ist das erste Projekt, das nicht mehr aus dem Haushalt bezahlt werden soll.")
            .empty());
}

TEST_CASE("de-clause-then-cue: unnamed circles after a time ('verlautete am Montag aus Sicherheitskreisen')") {
  CHECK(speakers_by("Die Verhandlungen seien gescheitert, verlautete am Montag aus Regierungskreisen.",
                    "de-clause-then-cue") == std::vector<std::string>{"aus Regierungskreisen"});
}

TEST_CASE("de-cue-then-clause: a dateline opening the paragraph is no part of the subject") {
  CHECK(speakers_by("Hamburg – Die Polizei sagte am Montag, die Strasse bleibe gesperrt.", "de-cue-then-clause") ==
        std::vector<std::string>{"Die Polizei"});
}

TEST_CASE("de-cue-then-clause: a clause of time or contrast after the cue is not what was said") {
  CHECK(speakers_by("Die Fluglotsen hatten den Hubschrauber als vermisst gemeldet, nachdem er nicht mehr zu sehen gewesen sei.",
                    "de-cue-then-clause")
            .empty());
  CHECK(speakers_by("Der Sender berichtete, die Lage sei ruhig, doch die Armee sei in Alarmbereitschaft.",
                    "de-cue-then-clause") == std::vector<std::string>{"Der Sender"});
}

TEST_CASE("de-source-led: a cue right before the source frames the clause after it") {
  const std::string text = "Der Zug fuhr. Ahmed al-Mansuri sagte laut der Agentur SPA, der Kran sei umgekippt.";
  CHECK(speakers_by(text, "de-source-led").empty());
  CHECK(speakers_by(text, "de-cue-then-clause") == std::vector<std::string>{"Ahmed al-Mansuri"});
}

TEST_CASE("de-clause-then-cue: '…, heißt es weiter' goes on with the speaker quoted just before") {
  CHECK(speakers_by("Der Zug fuhr. Das Spiel sei fertig, sagt Chefentwickler Shigeru Miyamoto. "
                    "Das Spiel bringt ein neues Gameplay mit sich, heißt es weiter.",
                    "de-clause-then-cue") ==
        std::vector<std::string>{"Chefentwickler Shigeru Miyamoto", "Chefentwickler Shigeru Miyamoto"});
  // Without "weiter" nobody is named.
  CHECK(speakers_by("Der Zug fuhr. Das Spiel sei fertig, sagt Chefentwickler Shigeru Miyamoto. "
                    "Das Spiel bringt ein neues Gameplay mit sich, heißt es.",
                    "de-clause-then-cue") == std::vector<std::string>{"Chefentwickler Shigeru Miyamoto", "-"});
}

TEST_CASE("de-clause-then-cue: an inserted '…, so X, …' splits what was said; both parts are the quote") {
  const auto quotes_by = [](const std::string& text) {
    const newsmark::Result r = explained(text, "de");
    std::vector<std::string> out;
    for (const auto& q : r.quotes) {
      if (q.rule != std::string("de-clause-then-cue")) continue;
      std::string s;
      for (const auto& sp : q.spans) s += (s.empty() ? "" : " … ") + test::at(text, sp);
      out.push_back(s + " | " + test::speaker_text(text, q));
    }
    return out;
  };
  CHECK(quotes_by("Die Sitzung dauerte lange. Sein Rivale McCain, so Obama, habe keine Ahnung von der Wirtschaft.") ==
        std::vector<std::string>{"Sein Rivale McCain … habe keine Ahnung von der Wirtschaft | Obama"});
  // After one word, and between dashes.
  CHECK(quotes_by("Die Sitzung dauerte lange. Dennoch, so Nacke, habe Mindermann seine Pflicht verletzt.") ==
        std::vector<std::string>{"Dennoch … habe Mindermann seine Pflicht verletzt | Nacke"});
  CHECK(quotes_by("Die Sitzung dauerte lange. Man sei dankbar – so Canny –, trotzdem suche die Firma neue Investoren.") ==
        std::vector<std::string>{"Man sei dankbar … trotzdem suche die Firma neue Investoren | Canny"});
  // A closing "…, so X." keeps the clause before it.
  CHECK(quotes_by("Die Sitzung dauerte lange. Der Umsatz sei gestiegen, so die Firma.") ==
        std::vector<std::string>{"Der Umsatz sei gestiegen | die Firma"});
  // Not an indicative list with an aside between dashes ("– so der eigene Wunsch –").
  CHECK(quotes_by("Die Zeitung war neu: eine neue Gestaltung und – so der eigene Wunsch – eine „Schärfung des Profils“.")
            .empty());
}

TEST_CASE("de-speech-act: a place after the subject's head ('Die Regierung in Peking sieht …') is part of the subject") {
  CHECK(speakers_by("Der Zug fuhr. Die Mission der Vereinten Nationen im Sudan (UNMIS) verlangte den Rückzug aller Truppen.",
                    "de-speech-act") == std::vector<std::string>{"Die Mission der Vereinten Nationen im Sudan (UNMIS)"});
  CHECK(speakers_by("Der Zug fuhr. Die Regierung in Peking sieht in dem Gesetz eine Einmischung.", "de-speech-act") ==
        std::vector<std::string>{"Die Regierung in Peking"});
  // Not when the words after "in" are no name ("in der Nacht" is a time).
  CHECK(speakers_by("Der Zug fuhr. Die Polizei in der Nacht forderte die Anwohner zum Gehen auf.", "de-speech-act") ==
        std::vector<std::string>{});
}

TEST_CASE("de-speech-act: 'sprechen' reports speech with its topic ('von', 'über'), not 'sprach mit seiner Frau'") {
  CHECK(speakers_by("Der Zug fuhr. Fei Junlong sprach mit seiner Frau und seinem Sohn.", "de-speech-act").empty());
  CHECK(speakers_by("Der Zug fuhr. Eine Pfarrerin sprach ein Gebet.", "de-speech-act").empty());
  CHECK(speakers_by("Der Zug fuhr. Den Angehörigen sprach Putin sein Beileid aus.", "de-speech-act").empty());
  // Nor "sehen sich … bestätigt" (a judgement needs no reflexive).
  CHECK(speakers_by("Der Zug fuhr. Faymann, Mitterlehner und Co sehen sich in ihrem Kurs bestätigt.", "de-speech-act").empty());
  CHECK(speakers_by("Der Zug fuhr. Die Polizei sprach am Abend mit Reportern von einem Erfolg.", "de-speech-act") ==
        std::vector<std::string>{"Die Polizei"});
  CHECK(speakers_by("Der Zug fuhr. Von einem Erfolg sprach die Polizei.", "de-speech-act") ==
        std::vector<std::string>{"die Polizei"});
}

TEST_CASE("de-speech-act: 'sowohl … als auch …' subjects, with commas, speak together; a one-word label may open the sentence") {
  CHECK(speakers_by("Der Zug fuhr. Sowohl das US-Militär, der US-Präsident als auch die irakische Regierung gehen von "
                    "einer angespannten Lage aus.",
                    "de-speech-act") ==
        std::vector<std::string>{"Sowohl das US-Militär, der US-Präsident als auch die irakische Regierung"});
  CHECK(speakers_by("Der Zug fuhr. Sowohl die Behörde als auch das Militär forderten eine Untersuchung.", "de-speech-act") ==
        std::vector<std::string>{"Sowohl die Behörde als auch das Militär"});
  // A list of things is no subject of a verb of judgement after it.
  CHECK(speakers_by("Der Zug fuhr. Die Straße, der Platz und die Brücke gehen auf das Jahr 1900 zurück.", "de-speech-act")
            .empty());
  CHECK(speakers_by("Der Zug fuhr. Arbeitswelt: Die SPD fordert einen gesetzlichen Mindestlohn.", "de-speech-act") ==
        std::vector<std::string>{"Die SPD"});
  // Not a speech act after the label either.
  CHECK(speakers_by("Der Zug fuhr. Arbeitswelt: Die SPD hält am Atomausstieg fest.", "de-speech-act").empty());
}

TEST_CASE("de-speech-act: a few quoted words inside the sentence are a verbatim piece of the reported sentence") {
  const auto mixed = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& q : test::explained(text, "de").quotes) {
      std::string s = std::string(q.rule) + " " + q.kind + ": " + test::at(text, q.spans[0]);
      for (const auto& v : q.verbatim) s += " [" + test::at(text, v) + "]";
      out.push_back(s);
    }
    return out;
  };
  CHECK(mixed("Der Zug fuhr. Das Fernsehen berichtete von „schweren Verlusten des Feindes“ bei der Eroberung der Stadt.") ==
        std::vector<std::string>{"de-speech-act mixed: Das Fernsehen berichtete von „schweren Verlusten des Feindes“ bei der "
                                 "Eroberung der Stadt. [„schweren Verlusten des Feindes“]"});
  // Words that end the sentence are what was said, framed as direct speech (a credit after it changes nothing).
  CHECK(mixed("Der Zug fuhr. Die Grünen nannten den Schritt „überfällig und zu zaghaft“. (dpa/afp)") ==
        std::vector<std::string>{"de-direct-frame-before direct: „überfällig und zu zaghaft“"});
  // Nor a quoted sentence.
  CHECK(speakers_by("Der Zug fuhr. Die Partei forderte „Wir brauchen mehr Geld.“ von der Regierung.", "de-speech-act")
            .empty());
}

TEST_CASE("de-speech-act: lives claimed ('forderte zwölf Todesopfer') are no demand") {
  CHECK(speakers_by("Der Zug fuhr. Überschwemmungen haben in Äthiopien mehr als 100 Todesopfer gefordert.", "de-speech-act")
            .empty());
  CHECK(speakers_by("Der Zug fuhr. In Vietnam forderte die Naturkatastrophe 92 Menschenleben.", "de-speech-act").empty());
  // The victims themselves may demand.
  CHECK(speakers_by("Der Zug fuhr. Die Opfer forderten eine Entschädigung.", "de-speech-act") ==
        std::vector<std::string>{"Die Opfer"});
}

TEST_CASE("de-speech-act: after a fronted phrase the definite phrase after the verb is the subject") {
  CHECK(speakers_by("Der Zug fuhr. Als Beispiel nannte der Berliner das Spiel gegen Aue im Oktober 2000.", "de-speech-act") ==
        std::vector<std::string>{"der Berliner"});
  // Not after an adverb ("Sehr direkt sprach eine Landsfrau"), nor with an object fronted ("Zwölf Todesopfer forderte ein Taifun").
  CHECK(speakers_by("Der Zug fuhr. Sehr direkt für die Ukraine sprach eine Landsfrau.", "de-speech-act").empty());
}

TEST_CASE("de-speech-act: a perfect whose participle the list holds ('hat … vorgeworfen', 'haben … zurückgewiesen')") {
  CHECK(speakers_by("Der Zug fuhr. Spaniens Regierungschef José Zapatero hat Deutschland heute Versagen vorgeworfen.",
                    "de-speech-act") == std::vector<std::string>{"Spaniens Regierungschef José Zapatero"});
  CHECK(speakers_by("Der Zug fuhr. SPD und PDS haben die Vorwürfe bereits als haltlos zurückgewiesen.", "de-speech-act") ==
        std::vector<std::string>{"SPD und PDS"});
  // A participle outside the list is no speech act ("hat … geworfen").
  CHECK(speakers_by("Der Zug fuhr. Der Spieler hat den Ball weit nach vorne geworfen.", "de-speech-act").empty());
}

TEST_CASE("de-speech-act: a verb only the speech-act list knows ('bezifferte', 'plädierte')") {
  CHECK(speakers_by("Der Zug fuhr. Ein Wissenschaftler der Universität bezifferte den Schaden auf 50 Millionen Euro.",
                    "de-speech-act") == std::vector<std::string>{"Ein Wissenschaftler der Universität"});
  CHECK(speakers_by("Der Zug fuhr. Die Partei plädierte für eine Reduzierung der Fördermengen.", "de-speech-act") ==
        std::vector<std::string>{"Die Partei"});
  // A verb outside both lists is none ("schätzte" is listed, "zählte" is not).
  CHECK(speakers_by("Der Zug fuhr. Ein Wissenschaftler der Universität zählte die Schäden auf der Straße.", "de-speech-act")
            .empty());
}

TEST_CASE("de-speech-act: a fronted object and the speaker after the verb ('Die Entwicklung verglich Merkel mit …')") {
  CHECK(speakers_by("Der Zug fuhr. Die Entwicklung im Iran verglich Bundeskanzlerin Angela Merkel mit dem Jahr 1933.",
                    "de-speech-act") == std::vector<std::string>{"Bundeskanzlerin Angela Merkel"});
  // (A relative clause after the first comma: de-speech-act-relative runs de-speech-act first.)
  CHECK(speakers_by("Der Zug fuhr. Die Zahl der Toten, die bei den Unruhen starben, bezifferte die Nachrichtenagentur "
                    "Xinhua mit 13.",
                    "de-speech-act-relative") == std::vector<std::string>{"die Nachrichtenagentur Xinhua"});
  CHECK(speakers_by("Der Zug fuhr. Die Zahl der Toten, die bei den Unruhen starben, bezifferte die Nachrichtenagentur "
                    "Xinhua mit 13.",
                    "de-speech-act", {"de-speech-act-relative"}) == std::vector<std::string>{"die Nachrichtenagentur Xinhua"});
  // Not an article and a group after the verb ("warnte die Bürger", "warnte die Autofahrer"), nor a phrase
  // after the verb that names no one ("die Staatsschulden Griechenlands").
  CHECK(speakers_by("Der Zug fuhr. Die Stadtverwaltung warnte die Bürger vor dem Hochwasser.", "de-speech-act") ==
        std::vector<std::string>{"Die Stadtverwaltung"});
  CHECK(speakers_by("Der Zug fuhr. Der Verband warnte die Autofahrer vor Glatteis.", "de-speech-act") ==
        std::vector<std::string>{"Der Verband"});
  CHECK(speakers_by("Der Zug fuhr. Eine aktuelle Schätzung beziffert die Staatsschulden Griechenlands auf 316 Milliarden Euro.",
                    "de-speech-act") == std::vector<std::string>{"Eine aktuelle Schätzung"});
}

TEST_CASE("de-speech-act: a separable verb of the list with its particle last ('sagten … voraus')") {
  CHECK(speakers_by("Der Zug fuhr. Die Meteorologen sagten für die kommenden Tage weitere Regenfälle voraus.",
                    "de-speech-act") == std::vector<std::string>{"Die Meteorologen"});
  CHECK(speakers_by("Der Zug fuhr. In der Urteilsbegründung weisen die Richter auf die fehlende Rechtsgrundlage hin.",
                    "de-speech-act") == std::vector<std::string>{"die Richter"});
  // Not without the particle ("sagten … ab" is no forecast), nor an appeal ("riefen … auf", which news-de-dev does not mark).
  CHECK(speakers_by("Der Zug fuhr. Die Meteorologen sagten für die kommenden Tage das Fest ab.", "de-speech-act").empty());
  CHECK(speakers_by("Der Zug fuhr. Aktivisten riefen unterdessen über Twitter zu Blutspenden auf.", "de-speech-act").empty());
}

TEST_CASE("de-speech-act: 'verurteilte' only with what the condemnation said ('als …')") {
  CHECK(speakers_by("Der Zug fuhr. Das Auswärtige Amt verurteilte den Anschlag als zutiefst erschütternd.", "de-speech-act") ==
        std::vector<std::string>{"Das Auswärtige Amt"});
  CHECK(speakers_by("Der Zug fuhr. Mexikos Regierung verurteilte den Vorfall scharf.", "de-speech-act").empty());
  CHECK(speakers_by("Der Zug fuhr. Das Gericht verurteilte den Angeklagten zu drei Jahren Haft.", "de-speech-act").empty());
}

TEST_CASE("de-speech-act: coordinated subjects ('Arabische und iranische Medien werfen …') speak together") {
  CHECK(speakers_by("Der Zug fuhr. Arabische und iranische Medien werfen ihm sogar offen Verrat vor.", "de-speech-act") ==
        std::vector<std::string>{"Arabische und iranische Medien"});
  // Not a fronted object ("Den Schaden und die Kosten beziffert die Polizei …", "Höhere Löhne und kürzere
  // Arbeitszeiten verlangt die Gewerkschaft").
  // (The rule leaves that sentence alone, as before: no coordinated speaker is made up in front.)
  CHECK(speakers_by("Der Zug fuhr. Höhere Löhne und kürzere Arbeitszeiten verlangt die Gewerkschaft.", "de-speech-act")
            .empty());
  CHECK(speakers_by("Der Zug fuhr. Den Schaden und die Kosten beziffert die Polizei auf 100.000 Euro.", "de-speech-act") ==
        std::vector<std::string>{"die Polizei"});
}

TEST_CASE("de-speech-act: advice, fear and consideration ('riet', 'befürchtet', 'erwog')") {
  CHECK(speakers_by("Der Zug fuhr. So riet die FDP-Politikerin Elke Hoff dem Verteidigungsminister zu mehr Zurückhaltung.",
                    "de-speech-act") == std::vector<std::string>{"die FDP-Politikerin Elke Hoff"});
  CHECK(speakers_by("Der Zug fuhr. Die Gewerkschaft befürchtet den Abbau von Stellen.", "de-speech-act") ==
        std::vector<std::string>{"Die Gewerkschaft"});
  CHECK(speakers_by("Der Zug fuhr. Außenministerin Trinidad Jiménez erwog auch eine Einstandspflicht der Union.", "de-speech-act") ==
        std::vector<std::string>{"Außenministerin Trinidad Jiménez"});
  // Not "rätselt" (only "riet" is listed, "rät" would begin "rätseln"), nor the adjective of a fronted phrase
  // ("die befürchteten Schäden").
  CHECK(speakers_by("Der Zug fuhr. Die Polizei rätselt über das Motiv.", "de-speech-act").empty());
  CHECK(speakers_by("Der Zug fuhr. Die befürchteten Schäden blieben aus.", "de-speech-act").empty());
}

TEST_CASE("de-speech-act: a subordinate clause first, the main clause's verb after its comma") {
  CHECK(speakers_by("Der Zug fuhr. Da die Tatwaffe im Haus sichergestellt wurde, geht die Polizei derzeit von einer Tatserie aus.",
                    "de-speech-act") == std::vector<std::string>{"die Polizei"});
  CHECK(speakers_by("Der Zug fuhr. Seitdem die Armee den Kampf aufnahm, warnte die US-Botschaft bereits vor Anschlägen.",
                    "de-speech-act") == std::vector<std::string>{"die US-Botschaft"});
  // "Seit", "während" as a preposition open no clause: the verb is second as usual.
  CHECK(speakers_by("Der Zug fuhr. Seit Jahren fordert der mexikanische Staat die Rückgabe des Kunstwerks.", "de-speech-act") ==
        std::vector<std::string>{"der mexikanische Staat"});
  // A fronted prepositional phrase with its relative clause, a speech verb as an adjective in it; the subject
  // follows the verb.
  CHECK(speakers_by("Der Zug fuhr. In einem gestern veröffentlichten Bericht, der dem Sicherheitsrat vorgelegt wurde, "
                    "fordert UN-Generalsekretär Kofi Annan ein Ende der Rekrutierung von Kindersoldaten.",
                    "de-speech-act") == std::vector<std::string>{"UN-Generalsekretär Kofi Annan"});
  CHECK(speakers_by("Der Zug fuhr. Für die Ausarbeitung einer neuen Verfassung, die der Rat als wesentliche Aufgabe "
                    "ansieht, gab General Sonthi einen Zeitraum von einem halben Jahr an.",
                    "de-speech-act") == std::vector<std::string>{"General Sonthi"});
  // (Not a relative clause after a subject that opens the sentence with no verb of speech after it.)
  CHECK(speakers_by("Der Zug fuhr. In einem Bericht, der dem Sicherheitsrat vorgelegt wurde, stehen viele Zahlen.",
                    "de-speech-act")
            .empty());
  // A year opens the next sentence though a lower-case word follows it (the segmenter): its quotation
  // is not this sentence's.
  CHECK(speakers_by("Der Zug fuhr. Seit Jahren fordert der mexikanische Staat die Rückgabe des Kunstwerks. 1996 hatte der "
                    "Präsident eine Rückgabe des so genannten „penacho“ in Aussicht gestellt.",
                    "de-speech-act") == std::vector<std::string>{"der mexikanische Staat"});
  // A speech act inside the subordinate clause is not the sentence's ("Nachdem die Behörden gewarnt hatten, …").
  CHECK(speakers_by("Der Zug fuhr. Nachdem die Behörden vor dem Verzehr gewarnt hatten, sank der Absatz deutlich.",
                    "de-speech-act").empty());
}

TEST_CASE("de-speech-act-relative: a relative or purpose clause after the object; the whole sentence, the subject speaks") {
  const auto rel = [](const std::string& text) { return first_speaker_by(text, "de-speech-act-relative"); };
  CHECK(rel("UNICEF schätzt die Zahl der Kinder, die missbraucht werden, auf 150 Millionen.") == "UNICEF");
  CHECK(rel("Die Reederei berichtet von zwei Explosionen, die am Hafen zu hören waren.") == "Die Reederei");
  CHECK(rel("Die Helfer forderten einen Korridor, um Hilfe ins Land zu bringen.") == "Die Helfer");
  CHECK(rel("Reuters spricht von zehn Flugzeugen, auf die es die Täter abgesehen hatten.") == "Reuters");
  // Not a content clause ("…, die Regierung habe …", "…, die meisten Staaten …"),
  // a zu-infinitive, the Konjunktiv or a speech verb after the comma, nor a verb that is no speech act.
  CHECK(rel("Die Partei forderte Neuwahlen, die Regierung müsse zurücktreten.") == "(none)");
  CHECK(rel("Die Partei forderte Neuwahlen, die meisten Wähler wollten das.") == "(none)");
  CHECK(rel("Der Anwalt empfahl dem Gericht, der Klage stattzugeben.") == "(none)");
  CHECK(rel("Die Taliban warfen den Menschen vor, für die afghanischen Truppen spioniert zu haben.") == "(none)");
  CHECK(rel("Die Zeitung berichtet von einem Ventil, das den Piloten zur Rückkehr bewogen hätte.") == "(none)");
  CHECK(rel("Die Kommission forderte das Verbot nach einer Erklärung, in der ihr vorgeworfen wird, sie habe gelogen.") ==
        "(none)");
  CHECK(rel("Die Helfer bauten einen Korridor, um Hilfe ins Land zu bringen.") == "(none)");
  // An announcement or a tribute whose object goes on in a relative clause, also after the subject's apposition.
  CHECK(rel("Die Meteorologen kündigen Regenfälle an, die heftiger sein werden als üblich.") == "Die Meteorologen");
  CHECK(rel("Elon Musk, der Chef der Firma, kündigte einen Truck an, der in zwei Jahren vorgestellt werden soll.") ==
        "Elon Musk, der Chef der Firma");
  CHECK(rel("Lammert würdigte die Bundeswehr als ein Kind des Kalten Krieges, das half, diesen zu überwinden.") ==
        "Lammert");
  // Alone they stay statements of fact (de-speech-act makes nothing either).
  CHECK(rel("Der Minister kündigte eine Untersuchung an.") == "(none)");
  CHECK(first_speaker_by("Der Zug fuhr. Der Minister kündigte eine Untersuchung an.", "de-speech-act") == "(none)");
  CHECK(first_speaker_by("Der Zug fuhr. Der Minister würdigte die Verdienste des Bischofs.", "de-speech-act") == "(none)");
}

TEST_CASE("de-speech-act-clause: the clause with 'sprach von' is the quote, its subject speaks") {
  const auto clauses = [](const std::string& text) {
    const newsmark::Result r = explained(text, "de");
    std::vector<std::string> out;
    for (const auto& q : r.quotes) {
      if (q.rule != std::string("de-speech-act-clause")) continue;
      std::string s;
      for (const auto& sp : q.spans) s += (s.empty() ? "" : " … ") + test::at(text, sp);
      out.push_back(s + " | " + test::speaker_text(text, q));
    }
    return out;
  };
  // Two clauses of one sentence, the verb last in the first ("Während … sprach (…), sprach …").
  CHECK(clauses("Der Zug fuhr. Während die Bangkok Post von 100.000 Demonstranten sprach (die Zeitung „The Nation“ "
                "hatte sogar 150.000 angegeben), sprach die Nachrichtenagentur Reuters von 50.000 Menschen.") ==
        std::vector<std::string>{"Während die Bangkok Post von 100.000 Demonstranten sprach | die Bangkok Post",
                                 "sprach die Nachrichtenagentur Reuters von 50.000 Menschen | die Nachrichtenagentur Reuters"});
  // A relative clause: the relative pronoun speaks (the corpus marks it).
  CHECK(clauses("Der Zug fuhr. Es meldeten sich Anwohner, die von Erschütterungen sprachen.") ==
        std::vector<std::string>{"die von Erschütterungen sprachen | die"});
  CHECK(clauses("Der Zug fuhr. Es gab Proteste, die Polizei spricht von 4.000 Teilnehmern.") ==
        std::vector<std::string>{"die Polizei spricht von 4.000 Teilnehmern | die Polizei"});
  // Not the whole sentence (rule de-speech-act), nor "sprach sich … aus", nor "sprach mit" (no "von").
  CHECK(clauses("Der Zug fuhr. Die Polizei spricht von 4.000 Teilnehmern.").empty());
  CHECK(clauses("Der Zug fuhr. Es gab Proteste, die Polizei sprach sich von Anfang an für ein Verbot aus.").empty());
  CHECK(clauses("Der Zug fuhr. Es gab Proteste, die Polizei sprach mit den Teilnehmern.").empty());
  // A relative clause that ends in a verb of judgement with what it judged ("als", "darin").
  CHECK(clauses("Der Zug fuhr. Dagegen protestierte der Verband, der darin einen Eingriff in die Pressefreiheit sah.") ==
        std::vector<std::string>{"der darin einen Eingriff in die Pressefreiheit sah | der"});
  CHECK(clauses("Der Zug fuhr. Nach einer Anhörung, in der Hu die Vergabe als Katastrophe bezeichnete, wurde er verhaftet.") ==
        std::vector<std::string>{"in der Hu die Vergabe als Katastrophe bezeichnete | Hu"});
  // Not without what was judged, not with "sich", not with a quotation (direct speech).
  CHECK(clauses("Der Zug fuhr. Es foulte ein Spieler, der elf Minuten später Gelb-Rot sah.").empty());
  CHECK(clauses("Der Zug fuhr. Es siegte das Bündnis, das sich selbst als Allianz bezeichnet.").empty());
  CHECK(clauses("Der Zug fuhr. Es erschien ein Kommentar, der die Entscheidung als „Verirrung“ bezeichnete.").empty());
}

TEST_CASE("de-speech-act-beside: a speech act in the clause before the cue's clause or after the quote") {
  const auto beside = [](const std::string& text) {
    const newsmark::Result r = explained(text, "de");
    std::vector<std::string> out;
    for (const auto& q : r.quotes)
      if (q.rule == std::string("de-speech-act-beside"))
        out.push_back(test::at(text, q.spans.front()) + " | " + test::speaker_text(text, q));
    return out;
  };
  // Before: the clause up to "und" or the comma (its separable verb's particle before the comma).
  CHECK(beside("Der Zug fuhr. Der Minister bezeichnete die Proteste als rechtmäßig und forderte die Demonstranten auf, "
               "Ruhe zu bewahren.") == std::vector<std::string>{"Der Minister bezeichnete die Proteste als rechtmäßig | "
                                                               "Der Minister"});
  CHECK(beside("Der Zug fuhr. Der Rat stufte das Gesetz als verfassungswidrig ein, und das Kinderhilfswerk UNICEF rief "
               "Russland auf, das Verbot nicht umzusetzen.") ==
        std::vector<std::string>{"Der Rat stufte das Gesetz als verfassungswidrig ein | Der Rat"});
  // After: a finite speech act with no subject of its own; the quote's speaker speaks.
  CHECK(beside("Der Zug fuhr. Die Ministerin räumte ein, es könnten Stellen verloren gehen, sprach aber von einem "
               "offenen Prozess.") == std::vector<std::string>{"sprach aber von einem offenen Prozess | Die Ministerin"});
  // Not a verb that reports no speech act, nor a clause with a comma in it before the cue.
  CHECK(beside("Der Zug fuhr. Der Minister besuchte die Demonstranten und forderte sie auf, Ruhe zu bewahren.").empty());
  CHECK(beside("Der Zug fuhr. Die Ministerin räumte ein, es könnten Stellen verloren gehen, ging aber danach nach "
               "Hause.")
            .empty());
  CHECK(beside("Der Zug fuhr. Der Minister, der den Plan kritisierte, sagte, er werde zurücktreten.").empty());
}

TEST_CASE("de-speech-act: an aside in parentheses before the verb ('Am Ende des Wahlabends (Stand: 00:35 Uhr) gab …')") {
  CHECK(speakers_by("Der Zug fuhr. Am Ende des Wahlabends (Stand: 00:35 Uhr) gab der Bundeswahlleiter eine "
                    "Wahlbeteiligung von 77,7 Prozent bekannt.",
                    "de-speech-act") == std::vector<std::string>{"der Bundeswahlleiter"});
  // An unclosed parenthesis still stops the search.
  CHECK(speakers_by("Der Zug fuhr. Am Ende des Wahlabends (Stand: 00:35 Uhr gab der Bundeswahlleiter eine Zahl bekannt.",
                    "de-speech-act")
            .empty());
}

TEST_CASE("de-cue-then-clause: the clause ends where the cue's subject goes on with a verb of its own") {
  const auto quotes_by = [](const std::string& text) {
    const newsmark::Result r = explained(text, "de");
    std::vector<std::string> out;
    for (const auto& q : r.quotes)
      if (q.rule == std::string("de-cue-then-clause"))
        for (const auto& sp : q.spans) out.push_back(test::at(text, sp));
    return out;
  };
  CHECK(quotes_by("Der Zug fuhr. Saddam Hussein hatte vor Gericht erklärt, er sei unschuldig, erkannte die Autorität "
                  "des Gerichtes nicht an.") == std::vector<std::string>{"er sei unschuldig"});
  CHECK(quotes_by("Der Zug fuhr. Sie räumte zwar ein, es könnten Stellen verloren gehen, sprach aber von einem "
                  "offenen Prozess.") == std::vector<std::string>{"es könnten Stellen verloren gehen"});
  CHECK(quotes_by("Der Zug fuhr. Er sagte, sie müssten ihre Zurückhaltung aufgeben und bemühte hier ein Bild.") ==
        std::vector<std::string>{"sie müssten ihre Zurückhaltung aufgeben"});
  // A Konjunktiv after "und" goes on with what was said.
  CHECK(quotes_by("Der Zug fuhr. Er sagte, die Lage sei ernst und hätte sich verschärft.") ==
        std::vector<std::string>{"die Lage sei ernst und hätte sich verschärft"});
}

TEST_CASE("de-source-led: a source that opens the sentence runs to the finite verb") {
  CHECK(speakers_by("Der Zug fuhr. Nach Angaben des Multilateralen Investitionsfonds (MIF) der Interamerikanischen "
                    "Entwicklungsbank (IADB) sandten Migranten viel Geld in ihre Heimat.",
                    "de-source-led") ==
        std::vector<std::string>{"Angaben des Multilateralen Investitionsfonds (MIF) der Interamerikanischen Entwicklungsbank (IADB)"});
  CHECK(speakers_by("Der Zug fuhr. Nach Ansicht einiger Juristen sind die Grenzen der Inklusion dann erreicht.", "de-source-led") ==
        std::vector<std::string>{"Ansicht einiger Juristen"});
  // Not over a comma, and not a verb before its subject taken for an adjective.
  CHECK(speakers_by("Der Zug fuhr. Laut Polizei sandten Unbekannte viele Briefe an die Redaktion.", "de-source-led") ==
        std::vector<std::string>{"Polizei"});
}

namespace {
// The cue of every quote the rule made, its pieces joined by " … ", "-" when it has none.
std::vector<std::string> cues_by(const std::string& text, const char* rule) {
  const newsmark::Result r = explained(text, "de");
  std::vector<std::string> out;
  for (const auto& q : r.quotes) {
    if (q.rule != std::string(rule)) continue;
    std::string cue;
    for (const auto& sp : q.cue) cue += (cue.empty() ? "" : " … ") + test::at(text, sp);
    out.push_back(cue.empty() ? "-" : cue);
  }
  return out;
}
}  // namespace

TEST_CASE("direct-standalone (German): a continuation is said with the cue of the quote it continues") {
  CHECK(cues_by("Der Zug fuhr. „Wir haben keine Zeit verloren“, sagte Beck am Abend. "
                "„Die Menschen hier sind traumatisiert, das ist eine große Katastrophe.“",
                "direct-standalone") == std::vector<std::string>{"sagte"});
  CHECK(speakers_by("Der Zug fuhr. „Wir haben keine Zeit verloren“, sagte Beck am Abend. "
                    "„Die Menschen hier sind traumatisiert, das ist eine große Katastrophe.“",
                    "direct-standalone") == std::vector<std::string>{"Beck"});
  // With nobody speaking before, no speaker is inherited and no cue either.
  CHECK(cues_by("Der Zug fuhr. Das Kabinett tagte. „Die Menschen hier sind traumatisiert, das ist eine große Katastrophe.“",
                "direct-standalone") == std::vector<std::string>{"-"});
}

TEST_CASE("de-cue-then-clause: a second cue before the comma frames the clause") {
  CHECK(cues_by("Der Zug fuhr. Der Außenminister sprach sich gegen das Verbot aus und sagte, das neue Gesetz könne "
                "Absprachen verletzen.",
                "de-cue-then-clause") == std::vector<std::string>{"sagte"});
  CHECK(cues_by("Der Zug fuhr. Die Vereinten Nationen erwarten eine Entscheidung und gaben bekannt, dass die Prüfung "
                "einige Wochen dauern werde.",
                "de-cue-then-clause") == std::vector<std::string>{"gaben … bekannt"});
  // A participle before its noun is no cue of its own.
  CHECK(cues_by("Der Zug fuhr. Obama sagte in der bereits erwähnten Videobotschaft, der Verzicht sei keine leichte "
                "Entscheidung gewesen.",
                "de-cue-then-clause") == std::vector<std::string>{"sagte"});
}

TEST_CASE("de-source-led: a place or medium after a fronted source is part of it") {
  CHECK(speakers_by("Der Zug fuhr. Nach Angaben des Kraftfahrt-Bundesamtes in Flensburg fahren derzeit etwa 25.000 "
                    "Wagen mit Autogas.",
                    "de-source-led") == std::vector<std::string>{"Angaben des Kraftfahrt-Bundesamtes in Flensburg"});
  CHECK(speakers_by("Der Zug fuhr. Nach einer Veröffentlichung im Magazin „Nature“ haben Forscher ein Ozonloch entdeckt.",
                    "de-source-led") == std::vector<std::string>{"einer Veröffentlichung im Magazin „Nature“"});
  // Not a preposition before a verb or a lower-case word: "in" is then no part of the phrase.
  CHECK(speakers_by("Der Zug fuhr. Laut Polizei sandten Unbekannte in der Nacht viele Briefe an die Redaktion.",
                    "de-source-led") == std::vector<std::string>{"Polizei"});
}

TEST_CASE("de-cue-then-clause: a frame that closes the sentence says the clause before it") {
  const std::string text = "Der Zug fuhr. Einen Plan B für den Fall, dass das Gericht das Verfahren für grundgesetzwidrig "
                           "erklären sollte, gäbe es nicht, sagte der SPD-Vorsitzende Franz Müntefering.";
  CHECK(speakers_by(text, "de-cue-then-clause").empty());
  CHECK(speakers_by(text, "de-clause-then-cue") == std::vector<std::string>{"der SPD-Vorsitzende Franz Müntefering"});
  CHECK(speakers_by("Der Zug fuhr. Ägypten wird bereits aufgefordert, die Grenze zu öffnen, so Hisbollah-Chef Hassan "
                    "Nasrallah im Fernsehen.",
                    "de-clause-then-cue") == std::vector<std::string>{"Hisbollah-Chef Hassan Nasrallah"});
  // A comma clause that goes on after the verb and its subject is no closing frame.
  CHECK(speakers_by("Der Zug fuhr. Der Minister erklärte, die Lage sei ernst, sagte aber nicht, was er tun wolle.",
                    "de-cue-then-clause") == std::vector<std::string>{"Der Minister"});
}

TEST_CASE("de-clause-then-cue: after a colon the quotation alone is what the closing frame says") {
  const auto quotes_by = [](const std::string& text) {
    const newsmark::Result r = explained(text, "de");
    std::vector<std::string> out;
    for (const auto& q : r.quotes)
      if (q.rule == std::string("de-clause-then-cue"))
        for (const auto& sp : q.spans) out.push_back(test::at(text, sp));
    return out;
  };
  CHECK(quotes_by("Der Zug fuhr. Besorgt äußerte sich auch der Vorsitzende Wolfgang Grader zu den Vorgängen in Tibet: "
                  "„Wir befürchten das Schlimmste“, sagte er gegenüber dem Sender.") ==
        std::vector<std::string>{"„Wir befürchten das Schlimmste“"});
  // Nor without quotation marks: the clause after the colon, capitalised.
  CHECK(quotes_by("Der Zug fuhr. Auch die Vereinigung wandte sich dagegen: Die Forderung sei eine gefährliche Drohung, "
                  "meinte Generalsekretär Christoph Neumayer.") ==
        std::vector<std::string>{"Die Forderung sei eine gefährliche Drohung"});
  CHECK(quotes_by("Der Zug fuhr. Man handle nach dem Motto: wer streikt, muss recht haben, sagte Generalsekretär "
                  "Christoph Neumayer.") ==
        std::vector<std::string>{"Man handle nach dem Motto: wer streikt, muss recht haben"});
  // Without the colon the clause before the quotation is part of what was said.
  CHECK(quotes_by("Der Zug fuhr. Die Lage sei „sehr ernst“, sagte er gegenüber dem Sender.") ==
        std::vector<std::string>{"Die Lage sei „sehr ernst“"});
}

TEST_CASE("de-direct-frame-after, de-clause-then-cue: a quoted name after the cue speaks") {
  CHECK(speakers_by("Der Zug fuhr. „Er ist der kreative Kopf. Der Künstler. Der vor der Zeit ging“, schrieb „Die Zeit“ in "
                    "einem Nachruf.",
                    "de-direct-frame-after") == std::vector<std::string>{"„Die Zeit“"});
  CHECK(speakers_by("Der Zug fuhr. Die Republik habe kapituliert, wir nicht, zitiert „BBC News“ aus der Erklärung.",
                    "de-clause-then-cue") == std::vector<std::string>{"„BBC News“"});
  // Quoted wording after the cue is no speaker.
  CHECK(speakers_by("Der Zug fuhr. Die Republik habe kapituliert, zitiert die Zeitung „sehr viele“ Leser.",
                    "de-clause-then-cue") != std::vector<std::string>{"„sehr viele“"});
  CHECK(speakers_by("Der Zug fuhr. Die Republik habe kapituliert, sagte „Die Zeit sei reif“ und ging.",
                    "de-clause-then-cue") != std::vector<std::string>{"„Die Zeit sei reif“"});
}

TEST_CASE("de-clause-then-cue: 'hieß es bei X', 'hieß es vom X' name X") {
  CHECK(speakers_by("Der Zug fuhr. Medienvertreter seien abgedrängt worden, hieß es bei der Agentur Interfax.",
                    "de-clause-then-cue") == std::vector<std::string>{"der Agentur Interfax"});
  CHECK(speakers_by("Der Zug fuhr. Oberste Priorität sei der Kampf gegen die Terroristen, hieß es vom Sprecher Mark Toner.",
                    "de-clause-then-cue") == std::vector<std::string>{"Sprecher Mark Toner"});
  CHECK(speakers_by("Der Zug fuhr. Medienvertreter seien abgedrängt worden, hieß es am Abend.", "de-clause-then-cue") ==
        std::vector<std::string>{"-"});
}

TEST_CASE("de-source-led: inside the clause the source ends before the subject that follows it") {
  CHECK(speakers_by("Der Zug fuhr. Bisher liegen laut Airbus Bestellungen für 184 Flugzeuge vor.", "de-source-led") ==
        std::vector<std::string>{"Airbus"});
  CHECK(speakers_by("Der Zug fuhr. Grund für den Brand waren laut Ministerium Arbeiten an der Übergabestelle.",
                    "de-source-led") == std::vector<std::string>{"Ministerium"});
  // Not a noun after its adjective, a genitive or a part of the name.
  CHECK(speakers_by("Der Zug fuhr. Die Lage war nach Angaben des Internationalen Strafgerichts ernst.", "de-source-led") ==
        std::vector<std::string>{"Angaben des Internationalen Strafgerichts"});
  CHECK(speakers_by("Der Zug fuhr. Die Abschaltung war nach Angaben des TÜV Nord nicht reibungslos.", "de-source-led") ==
        std::vector<std::string>{"Angaben des TÜV Nord"});
  CHECK(speakers_by("Der Zug fuhr. Das gelte nach Meinung Russlands auch für das Flugzeug.", "de-source-led") ==
        std::vector<std::string>{"Meinung Russlands"});
  CHECK(speakers_by("Der Zug fuhr. Der Mann wurde nach Angaben der Staatsanwaltschaft Krefeld festgenommen.",
                    "de-source-led") == std::vector<std::string>{"Angaben der Staatsanwaltschaft Krefeld"});
}

TEST_CASE("de-direct-frame-before: with the subject after the verb, the verb and what closes the clause are the cue") {
  CHECK(cues_by("Der Zug fuhr. Hier sparte der Bundespräsident auch nicht mit Kritik: „Jeder sollte wissen, dass die "
                "Schritte klein sind.“",
                "de-direct-frame-before") == std::vector<std::string>{"sparte … mit Kritik"});
  CHECK(cues_by("Der Zug fuhr. Dabei griff sie auch den iranischen Präsidenten direkt an: „Ein Präsident, der das "
                "leugnet, kann nichts erwarten.“",
                "de-direct-frame-before") == std::vector<std::string>{"griff … an"});
  CHECK(cues_by("Der Zug fuhr. In der ARD zeigt sich der Bundestrainer zufrieden: „Wir haben eine deutliche "
                "Leistungssteigerung gezeigt.“",
                "de-direct-frame-before") == std::vector<std::string>{"zeigt sich … zufrieden"});
  // A frame with its own speech verb keeps that cue; no verb, no cue.
  CHECK(cues_by("Der Zug fuhr. Der Bundestrainer sagte: „Wir haben eine deutliche Leistungssteigerung gezeigt.“",
                "de-direct-frame-before") == std::vector<std::string>{"sagte"});
  CHECK(cues_by("Der Zug fuhr. Kohlschreiber zum Spiel: „Wir haben eine deutliche Leistungssteigerung gezeigt.“",
                "de-direct-frame-before") == std::vector<std::string>{"-"});
}

TEST_CASE("de-cue-then-clause: the auxiliary of a participle cue is part of the cue") {
  CHECK(cues_by("Der Zug fuhr. Der Minister hat am Montag angekündigt, die Steuern würden sinken.", "de-cue-then-clause") ==
        std::vector<std::string>{"hat … angekündigt"});
  CHECK(cues_by("Der Zug fuhr. Die Frist lief ab, in deren Folge das Gericht festgestellt hatte, die Liste sei rechtens "
                "gewesen.",
                "de-cue-then-clause") == std::vector<std::string>{"festgestellt … hatte"});
  // A finite verb has no auxiliary to take.
  CHECK(cues_by("Der Zug fuhr. Das Gericht stellte fest, die Liste sei rechtens gewesen.", "de-cue-then-clause") ==
        std::vector<std::string>{"stellte … fest"});
}

TEST_CASE("de-cue-then-clause: a cue in a clause already in the Konjunktiv frames nothing new") {
  const std::string text = "Der Zug fuhr. Der Minister nannte am Montag vier Bedingungen für den Einsatz. So müsse die "
                           "Regierung des Landes dem Einsatz zustimmen, es müsse ein Mandat geben.";
  CHECK(speakers_by(text, "de-cue-then-clause").empty());
  CHECK(speakers_by("Der Zug fuhr. Nach Bahnangaben sei es ein Fehler des Wärters gewesen. Er hätte nicht daran gedacht, "
                    "dass ein zweiter Zug kommen würde.",
                    "de-cue-then-clause")
            .empty());
  // The indicative frames it; and after a plain statement a Konjunktiv frame is a frame of its own.
  CHECK(speakers_by("Der Zug fuhr. Die Regierung muss dem Einsatz zustimmen, sagte er. Er hat angekündigt, es werde ein "
                    "Mandat geben.",
                    "de-cue-then-clause") == std::vector<std::string>{"Er"});
  CHECK(speakers_by("Der Vater hat einen Brief hinterlassen. Der 58-Jährige habe darin geschrieben, er müsse seine "
                    "Kinder mitnehmen.",
                    "de-cue-then-clause") == std::vector<std::string>{"Der 58-Jährige"});
  // "ich habe" is the indicative.
  CHECK(speakers_by("Der Zug fuhr. Nach Bahnangaben sei es ein Fehler gewesen. Ich habe gesagt, dass ein zweiter Zug "
                    "kommen würde.",
                    "de-cue-then-clause") == std::vector<std::string>{"Ich"});
}

TEST_CASE("de-cue-then-clause: 'kam zu dem Ergebnis', 'vertritt die Ansicht' carry their noun into the cue") {
  CHECK(cues_by("Der Zug fuhr. Die Experten kamen zu dem Ergebnis, dass es keine Beweise dafür gäbe.", "de-cue-then-clause") ==
        std::vector<std::string>{"kamen … zu dem Ergebnis"});
  CHECK(cues_by("Der Zug fuhr. Der Autor vertritt seit Jahren die Ansicht, die Reform sei gescheitert.", "de-cue-then-clause") ==
        std::vector<std::string>{"vertritt … die Ansicht"});
  // Without the noun of an opinion or a result nothing is added, or no cue at all.
  CHECK(cues_by("Der Zug fuhr. Die Experten kamen zu dem Treffen, dass es keine Beweise dafür gäbe.", "de-cue-then-clause")
            .empty());
  CHECK(cues_by("Der Zug fuhr. Der Autor vertritt seit Jahren die Firma, die Reform sei gescheitert.", "de-cue-then-clause") ==
        std::vector<std::string>{"vertritt"});
}

TEST_CASE("German cues: the preposition a speech verb governs is part of the cue") {
  CHECK(cues_by("Der Zug fuhr. Die Ärztin warnte am Montag vor den Folgen: „Das ist eine große Gefahr für alle Kinder.“",
                "de-direct-frame-before") == std::vector<std::string>{"warnte … vor"});
  CHECK(cues_by("Der Zug fuhr. Der Verband protestierte scharf gegen den Plan, die Kosten seien zu hoch.",
                "de-cue-then-clause") == std::vector<std::string>{"protestierte … gegen"});
  // Not a preposition of another verb, nor one past the clause.
  CHECK(cues_by("Der Zug fuhr. Die Ärztin sagte am Montag vor den Kameras, die Lage sei ernst.", "de-cue-then-clause") ==
        std::vector<std::string>{"sagte"});
  CHECK(cues_by("Der Zug fuhr. Die Ärztin warnte, vor allem Kinder seien in Gefahr.", "de-cue-then-clause") ==
        std::vector<std::string>{"warnte"});
}

TEST_CASE("de-cue-then-clause: 'andere', 'weitere', 'zahlreiche' open the subject phrase (determiners lexicon)") {
  CHECK(speakers_by("Der Zug fuhr. Er wurde festgenommen, andere Quellen berichten, dass er an einen sicheren Ort "
                    "gebracht wurde.",
                    "de-cue-then-clause") == std::vector<std::string>{"andere Quellen"});
  CHECK(speakers_by("Der Zug fuhr. Weitere Zeugen sagten, dass es laut geknallt habe.", "de-cue-then-clause") ==
        std::vector<std::string>{"Weitere Zeugen"});
  // Alone the word names nobody.
  CHECK(speakers_by("Der Zug fuhr. Andere sagten, dass es laut geknallt habe.", "de-cue-then-clause") !=
        std::vector<std::string>{"Andere sagten"});
}

TEST_CASE("German speakers after the cue take their apposition when the clause ends there") {
  CHECK(speakers_by("Der Zug fuhr. So sagte Olli Rehn, EU-Erweiterungskommissar: „Man kann der Bevölkerung nicht ein "
                    "Gesetz vorknallen.“",
                    "de-direct-frame-before") == std::vector<std::string>{"Olli Rehn, EU-Erweiterungskommissar"});
  CHECK(speakers_by("Der Zug fuhr. Der Planet sei sehr jung, erklärte Jane Greaves von der Universität, Schottland.",
                    "de-clause-then-cue") == std::vector<std::string>{"Jane Greaves von der Universität, Schottland"});
  // Not the clause said after the comma, nor a second phrase after an apposition.
  CHECK(speakers_by("Der Zug fuhr. Am Montag sagte Merkel, die Lage sei ernst.", "de-cue-then-clause") ==
        std::vector<std::string>{"Merkel"});
  CHECK(speakers_by("Der Zug fuhr. Dagegen nannte Reinhard Jung, Geschäftsführer des Bauernbundes, die Kartoffel „ein "
                    "Produkt, das niemand braucht und das allen schadet“.",
                    "de-direct-frame-before") == std::vector<std::string>{"Reinhard Jung, Geschäftsführer des Bauernbundes"});
}

TEST_CASE("de-free-indirect: a sentence that opens with a condition and has no Konjunktiv I is a hypothesis") {
  const auto free_quotes = [](const std::string& text) { return speakers_by(text, "de-free-indirect"); };
  // The Konjunktiv II right after reported speech goes on with its speaker …
  CHECK(free_quotes("Die Ministerin sagte, die Lage sei ernst. Man könnte die Schulen schließen.") ==
        std::vector<std::string>{"Die Ministerin"});
  // … and so does a condition with a Konjunktiv I ("werde") …
  CHECK(free_quotes("Die Ministerin sagte, die Lage sei ernst. Falls es regne, werde man die Schulen schließen.") ==
        std::vector<std::string>{"Die Ministerin"});
  // … but not a sentence opened by a condition with nothing but Konjunktiv II.
  CHECK(free_quotes("Die Ministerin sagte, die Lage sei ernst. Sollte der Antrag angenommen werden, könnte die Seite "
                    "wieder online gehen.")
            .empty());
  CHECK(free_quotes("Die Ministerin sagte, die Lage sei ernst. Falls die Eisbären als bedroht eingestuft werden, wäre "
                    "es die erste Art.")
            .empty());
  CHECK(free_quotes("Die Ministerin sagte, die Lage sei ernst. Im Falle eines Stopps müsste die Firma alles "
                    "zurückzahlen.")
            .empty());
}

TEST_CASE("de-source-led: a fronted source takes its relative clause along") {
  const auto said = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& q : test::explained(text, "de").quotes) {
      CHECK(q.rule == std::string("de-source-led"));
      std::string joined;
      for (const auto& s : q.spans) joined += (joined.empty() ? "" : " | ") + test::at(text, s);
      out.push_back(joined);
    }
    return out;
  };
  CHECK(said("Nach Angaben eines Experten, der vom Sender befragt wurde, würde dies für einen Anschlag sprechen.") ==
        std::vector<std::string>{"würde dies für einen Anschlag sprechen"});
  CHECK(said("Nach Angaben der Polizei, die noch ermittelt, sind drei Menschen verletzt worden.") ==
        std::vector<std::string>{"sind drei Menschen verletzt worden"});
  // Not past a finite verb after an apposition: "…, Tarik Toros, drangen … ein, was …".
  CHECK(said("Nach Angaben des Chefredakteurs, Tarik Toros, drangen die Polizisten ein, was ihnen nicht gelang.") ==
        std::vector<std::string>{"drangen die Polizisten ein, was ihnen nicht gelang"});
  // (An apposition is the source's already.) A relative clause later in the sentence stays in.
  CHECK(said("Nach Angaben von Peter Sharp, dem Direktor der Behörde, hatten die Meteorologen gewarnt.") ==
        std::vector<std::string>{"hatten die Meteorologen gewarnt"});
  CHECK(said("Nach Angaben der Polizei sind drei Menschen, die im Auto saßen, verletzt worden.") ==
        std::vector<std::string>{"sind drei Menschen, die im Auto saßen, verletzt worden"});
}

TEST_CASE("direct quotes (German): a quotation a verb of naming gives as a name is no one's words") {
  const auto direct = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& q : test::explained(text, "de").quotes)
      if (q.kind == "direct") out.push_back(std::string(q.rule) + ": " + test::at(text, q.spans[0]));
    return out;
  };
  CHECK(direct("Dann nennt sie sich „documenta 12“ und findet im Juni statt.").empty());
  CHECK(direct("Seit November gilt ein neuer Standard, genannt „Blu-ray-Disc-Profil 1.1“.").empty());
  CHECK(direct("Von Freunden und Kritikern stets „der Dicke“ genannt, galt er als mächtig.").empty());
  CHECK(direct("Das Bündnis, das sich selbst „Allianz zur Europäischen Integration“ nennt, kam auf 48 Prozent.").empty());
  CHECK(direct("Der Name lautet also „riesige Boa von Cerrejón“.").empty());
  // A gloss in parentheses after a quoted name is no verbatim piece either.
  {
    const std::string text = "Der Sprecher sagte, die Operation „Cast Lead“ („gegossenes Blei“) sei beendet.";
    const auto r = test::explained(text, "de");
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].rule == std::string("de-cue-then-clause"));
    CHECK(r.quotes[0].verbatim.empty());
  }
  // Calling something a name without "sich" is what the speaker said.
  CHECK(direct("Der Minister nannte diese Zahlen „aus der Luft gegriffen“.") ==
        std::vector<std::string>{"de-direct-frame-before: „aus der Luft gegriffen“"});
  CHECK(direct("Der Minister bezeichnete den Plan als „völlig unrealistisch“.") ==
        std::vector<std::string>{"de-direct-frame-before: „völlig unrealistisch“"});
}

TEST_CASE("de-cue-then-clause: an ob-clause after a verb of deciding is an open question, not what was said") {
  const auto said = [](const std::string& text) { return speakers_by(text, "de-cue-then-clause"); };
  CHECK(said("Der Ermittlungsrichter entscheidet morgen, ob Untersuchungshaft angeordnet wird.").empty());
  CHECK(said("Nun liegt es am Ministerrat, darüber zu entscheiden, ob die Verhandlungen aufgenommen werden.").empty());
  // After a verb of asking it is reported speech.
  CHECK(said("Die Abgeordnete Renate Künast fragte, ob der Minister auf Fragen geantwortet habe.") ==
        std::vector<std::string>{"Die Abgeordnete Renate Künast"});
}

TEST_CASE("de-cue-then-clause: a particle that makes another verb (stattfinden) frames nothing") {
  const auto said = [](const std::string& text) { return speakers_by(text, "de-cue-then-clause"); };
  CHECK(said("Die Wahl findet im Dezember statt, die Ergebnisse sollen kurz danach bekannt gegeben werden.").empty());
  CHECK(said("Der Minister hielt sich damals noch zurück, die Ergebnisse seien nicht bekannt.").empty());
  // Without the particle "sehen" is a verb of judgement with its clause.
  CHECK(said("Das Gericht sah es als erwiesen an, dass die Täter Anschläge geplant hätten.") ==
        std::vector<std::string>{"Das Gericht"});
}

TEST_CASE("de-cue-then-clause: a clause of reason or contrast is what the cue says only in the Konjunktiv") {
  const auto said = [](const std::string& text) { return speakers_by(text, "de-cue-then-clause"); };
  CHECK(said("Das Urteil wurde noch nicht veröffentlicht, da es zuerst zugestellt werden muss.").empty());
  CHECK(said("Die Universität kann den Bericht nicht veröffentlichen, weil der Minister ihn zu verhindern sucht.").empty());
  CHECK(said("Die Vertreter der Opposition erwarten eine Niederlage, weil die Abgeordneten keinen Antrag gestellt hätten.") ==
        std::vector<std::string>{"Die Vertreter der Opposition"});
}

TEST_CASE("de-cue-then-clause: an indicative clause on the whole of what was said ends it") {
  const auto said = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& q : test::explained(text, "de").quotes)
      if (q.rule == std::string("de-cue-then-clause")) out.push_back(test::at(text, q.spans.back()));
    return out;
  };
  CHECK(said("Die Behörde forderte, Informationen zu sammeln, wobei diese Aufgabe beim Generalsekretär angesiedelt "
             "wurde.") == std::vector<std::string>{"Informationen zu sammeln"});
  CHECK(said("Der Minister forderte, ihn aus der Provinz zurückzuholen, nachdem bekannt geworden war, dass er dort "
             "kämpfte.") == std::vector<std::string>{"ihn aus der Provinz zurückzuholen"});
  // With a Konjunktiv the clause is part of what was said.
  CHECK(said("Der Minister sagte, die Wahl sei ungültig, wobei dies nicht hinzunehmen sei.") ==
        std::vector<std::string>{"die Wahl sei ungültig, wobei dies nicht hinzunehmen sei"});
}

TEST_CASE("de-free-indirect: a new subject after a fronted phrase the token class does not list, or a year") {
  const auto free_speakers = [](const std::string& text) { return speakers_by(text, "de-free-indirect"); };
  const std::string before = "Laut dem Verband wurden drei Blogger verurteilt. Der Aktivist sitzt noch im Gefängnis. ";
  CHECK(free_speakers(before + "Trotz gesunkener Zahlen gibt Peter Müller keine Entwarnung. "
                               "Die Situation sei weltweit besorgniserregend.") ==
        std::vector<std::string>{"Peter Müller"});
  CHECK(free_speakers(before + "2009 will Peter Müller 180.000 Autos verkaufen. "
                               "Problematisch sei im Binnenmarkt noch die Infrastruktur.") ==
        std::vector<std::string>{"Peter Müller"});
  // No subject named ("gibt es"), a year with no verb after it: the source before goes on speaking.
  CHECK(free_speakers(before + "Trotz gesunkener Zahlen gibt es keine Entwarnung. "
                               "Die Situation sei weltweit besorgniserregend.") ==
        std::vector<std::string>{"dem Verband"});
  CHECK(free_speakers(before + "2009 wurden 180.000 Autos verkauft. "
                               "Problematisch sei im Binnenmarkt noch die Infrastruktur.") ==
        std::vector<std::string>{"dem Verband"});
  // After an article an adjective before another is no finite verb: "Deutschlands" does not speak.
  CHECK(free_speakers("Der Minister sagte, die Lage sei ernst. "
                      "Angesichts der schwierigen wirtschaftlichen Lage Deutschlands sei eine Regierung notwendig.") ==
        std::vector<std::string>{"Der Minister"});
}

TEST_CASE("de-cue-then-clause: a verb of saying after the comma shares a subject that says something itself") {
  const auto said = [](const std::string& text) { return speakers_by(text, "de-cue-then-clause"); };
  CHECK(said("Internationale Wahlbeobachter monieren Unregelmäßigkeiten, sprechen aber davon, dass die Wahl fair "
             "verlaufen sei.") == std::vector<std::string>{"Internationale Wahlbeobachter"});
  // A first verb that says nothing leaves a subject no list knows alone.
  CHECK(said("Internationale Wahlbeobachter reisten gestern ab, sprechen aber davon, dass die Wahl fair "
             "verlaufen sei.") == std::vector<std::string>{"-"});
}

TEST_CASE("de-cue-then-clause: the subject of a relative clause after a preposition, its verb last") {
  const auto said = [](const std::string& text) { return speakers_by(text, "de-cue-then-clause"); };
  CHECK(said("Seine Äußerungen hatten Widerspruch ausgelöst, in denen er die Lage als Krise bezeichnet hatte, die "
             "bewältigt werden müsse.") == std::vector<std::string>{"er"});
  CHECK(said("Bekannt wurde der Skandal, in dessen Folge das Bundesverwaltungsgericht festgestellt hatte, die "
             "Regierung sei berechtigt gewesen.") == std::vector<std::string>{"das Bundesverwaltungsgericht"});
  // With the finite verb before its end it is no such clause: the subject after it speaks.
  CHECK(said("Der Streit begann im Mai, in der Nacht hatte der Minister gesagt, die Regierung sei am Ende.") ==
        std::vector<std::string>{"der Minister"});
}

TEST_CASE("de-source-led: where the source's phrase inside the clause ends") {
  const auto source = [](const std::string& text) { return speakers_by("Der Zug fuhr. " + text, "de-source-led"); };
  // "der" before an adjective in "-e" is a nominative: the clause's subject, no genitive of the source.
  CHECK(source("Beim Eintritt würde nach Auskunft der NASA der größte Teil der Masse verglühen.") ==
        std::vector<std::string>{"Auskunft der NASA"});
  CHECK(source("Beim Eintritt würde nach Auskunft der NASA der Masse nichts geschehen.") ==
        std::vector<std::string>{"Auskunft der NASA der Masse"});
  // A year after the source's head tells when; after a month it is part of it.
  CHECK(source("Das Auto soll nach bisherigen Angaben 2011 in Serie gehen.") ==
        std::vector<std::string>{"bisherigen Angaben"});
  CHECK(source("Das Auto soll nach einem Bericht vom Juni 2011 in Serie gehen.") ==
        std::vector<std::string>{"einem Bericht vom Juni 2011"});
  // An adjective of the function-word list after the genitive's article belongs to it, not after "eines der".
  CHECK(source("Beim Eintritt würde nach Angaben der neuen Behörde die Masse verglühen.") ==
        std::vector<std::string>{"Angaben der neuen Behörde"});
  CHECK(source("Beim Eintritt würde nach seinen Worten eines der ersten Dinge verglühen.") ==
        std::vector<std::string>{"seinen Worten"});
}

TEST_CASE("de-free-indirect: hearsay with 'soll' after a sentence of saying with a new subject goes to that subject") {
  const auto free_speakers = [](const std::string& text) { return speakers_by(text, "de-free-indirect"); };
  const std::string before = "Einer Meldung von Xinhua zufolge sei der Unterricht wieder aufgenommen worden. "
                             "Der Aufruhr sei Ergebnis einer Konspiration gewesen. ";
  CHECK(free_speakers(before + "Die Studenten traten in einen Sitzstreik. "
                               "Die „Kampagne für ein Freies Tibet“ berichtete über einen Marsch von 300 Tibetern. "
                               "Die Demonstranten sollen Bildnisse mit sich geführt haben.") ==
        std::vector<std::string>{"Einer Meldung von Xinhua", "Die „Kampagne für ein Freies Tibet“"});
  // A sentence that says nothing names whom the hearsay is about.
  CHECK(free_speakers(before + "Der Minister Peter Müller reiste nach Peking. Er soll dort Gespräche geführt haben.") ==
        std::vector<std::string>{"Einer Meldung von Xinhua", "Einer Meldung von Xinhua"});
}

TEST_CASE("de-source-led: a source right after the 'dass' of a cue's clause is part of what the cue says") {
  const std::string text =
      "Der Zug fuhr. Bei einer Versammlung wurde angekündigt, dass nach vorläufigen Berechnungen die Spenden einen "
      "Rekord erreichten.";
  CHECK(speakers_by(text, "de-source-led").empty());
  CHECK(speakers_by(text, "de-cue-then-clause") == std::vector<std::string>{"-"});
  // After a relative pronoun the source opens a clause the corpus marks as a quote of its own.
  CHECK(speakers_by("Der Zug fuhr. Der Staatschef kündigte einen Vorschlag an, der das Abkommen untergraben werde, "
                    "das seiner Meinung nach zu einem Kartell führen werde.",
                    "de-source-led") == std::vector<std::string>{"seiner Meinung"});
}

TEST_CASE("de-cue-then-clause: after 'und' the cue shares the subject of the verb before it, with its apposition") {
  const auto said = [](const std::string& text) { return speakers_by(text, "de-cue-then-clause"); };
  CHECK(said("Einer der Putschisten, Harouna Adamou, dankte den Menschen für ihre Unterstützung und ergänzte, der "
             "Staatsstreich sei im besten Interesse des Landes.") ==
        std::vector<std::string>{"Einer der Putschisten, Harouna Adamou"});
  // Without "und" before the cue, a clause of its own: its own subject speaks.
  CHECK(said("Einer der Putschisten, Harouna Adamou, dankte den Menschen, die Generäle erklärten, der Staatsstreich "
             "sei im besten Interesse des Landes.") == std::vector<std::string>{"die Generäle"});
}

TEST_CASE("de-direct-frame-before: a negated participle after the article is part of the subject") {
  CHECK(speakers_by("Ein nicht genannter Vertreter der Firma bezeichnet ihre Investition als „strategisch“.",
                    "de-direct-frame-before") == std::vector<std::string>{"Ein nicht genannter Vertreter der Firma"});
  // "nicht" before a verb is no part of a phrase.
  CHECK(speakers_by("Der Vertreter der Firma bezeichnet ihre Investition nicht als „strategisch“.",
                    "de-direct-frame-before") == std::vector<std::string>{"Der Vertreter der Firma"});
}

TEST_CASE("de-cue-then-clause: after 'und' a new subject opens a clause of its own, its verb no participle of 'war'") {
  const std::string text = "Dies war nicht die erste gewalttätige Auseinandersetzung und die Hongkonger befürchten, dass "
                           "es auch nicht die letzte sein wird.";
  const auto r = test::explained(text, "de");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].rule == "de-cue-then-clause");
  CHECK(test::speaker_text(text, r.quotes[0]) == "die Hongkonger");
  REQUIRE(r.quotes[0].cue.size() == 1);
  CHECK(test::at(text, r.quotes[0].cue[0]) == "befürchten");
  // A form of "haben" or "werden" before "und" goes with the participle after it.
  const std::string shared = "Die Regierung hatte ebenso wie PwC und die Unternehmen erklärt, die Regeln entsprächen den "
                             "Gesetzen.";
  CHECK(speakers_by(shared, "de-cue-then-clause") == std::vector<std::string>{"Die Regierung"});
  const std::string blamed = "Dem Mitbegründer werden Kriegsverbrechen und Verbrechen gegen die Menschlichkeit "
                             "vorgeworfen, die er in der Republik begangen haben soll.";
  const auto b = test::explained(blamed, "de");
  REQUIRE(b.quotes.size() == 1);
  REQUIRE(b.quotes[0].cue.size() == 2);
  CHECK(test::at(blamed, b.quotes[0].cue[0]) == "werden");
}

TEST_CASE("de-direct-frame-before: after 'und' the verb shares the subject after the first verb, an object pronoun after it") {
  const auto framed = [](const std::string& text) { return speakers_by(text, "de-direct-frame-before"); };
  CHECK(framed("Auf Twitter zeigte sich die Bundesregierung bestürzt über den Vorfall und verurteilte ihn als "
               "„hinterhältigen Anschlag“.") == std::vector<std::string>{"die Bundesregierung"});
  // A subject pronoun after the verb is the verb's own subject.
  CHECK(framed("Auf Twitter zeigte sich die Bundesregierung bestürzt über den Vorfall und sagte er dazu: "
               "„Das ist ein hinterhältiger Anschlag.“") == std::vector<std::string>{"er"});
}

TEST_CASE("de-cue-then-clause: adverbs before an adjective after the article are part of the subject") {
  const auto said = [](const std::string& text) { return speakers_by(text, "de-cue-then-clause"); };
  CHECK(said("Der erst kürzlich ernannte Weihbischof der Diözese Linz, Gerhard Maria Wagner, sagte, er wolle "
             "zurücktreten.") ==
        std::vector<std::string>{"Der erst kürzlich ernannte Weihbischof der Diözese Linz, Gerhard Maria Wagner"});
  CHECK(said("Die großen deutschen und französischen Autokonzerne haben vorgerechnet, was das kosten würde.") ==
        std::vector<std::string>{"Die großen deutschen und französischen Autokonzerne"});
  // Without an adjective before the noun the adverb ends the phrase: the subject is "Der Bischof".
  CHECK(said("Der Bischof erst kürzlich sagte, er wolle zurücktreten.") == std::vector<std::string>{"Der Bischof"});
}

TEST_CASE("de-free-indirect: speech that goes on after 'nach eigenem Bekunden' is the sentence subject's") {
  const std::string text = "Der Papst trat zurück. Der ältere Bruder des Papstes, Georg Ratzinger, war nach eigenem "
                           "Bekunden seit langem eingeweiht. „Mein Bruder wünscht sich im Alter mehr Ruhe.“ Der "
                           "Rücktritt sei ein natürlicher Vorgang.";
  CHECK(speakers_by(text, "de-source-led") == std::vector<std::string>{"eigenem Bekunden"});
  CHECK(speakers_by(text, "direct-standalone") ==
        std::vector<std::string>{"Der ältere Bruder des Papstes, Georg Ratzinger"});
  CHECK(speakers_by(text, "de-free-indirect") ==
        std::vector<std::string>{"Der ältere Bruder des Papstes, Georg Ratzinger"});
  // A source that names someone goes on speaking itself.
  CHECK(speakers_by("Der Papst trat zurück. Der Bruder war nach Angaben der Polizei eingeweiht. Der Rücktritt sei "
                    "ein natürlicher Vorgang.",
                    "de-free-indirect") == std::vector<std::string>{"Angaben der Polizei"});
}

TEST_CASE("de-cue-then-clause: a person's name opening with its particle at the start of the sentence") {
  const auto said = [](const std::string& text) { return speakers_by(text, "de-cue-then-clause"); };
  CHECK(said("Ursula von der Leyen ist Ministerin. Von der Leyen sagte, die Truppe sei gut ausgerüstet.") ==
        std::vector<std::string>{"Von der Leyen"});
  CHECK(said("Karl-Theodor zu Guttenberg trat zurück. Zu Guttenberg hatte angegeben, er habe nicht exakt "
             "gearbeitet.") == std::vector<std::string>{"Zu Guttenberg"});
  // "Von" before a body that is no person opens a prepositional phrase.
  CHECK(said("Von der Polizei wurde gesagt, die Lage sei ruhig.") == std::vector<std::string>{"der Polizei"});
}

TEST_CASE("direct-standalone: after free indirect speech a German quotation takes the cue of the quote that named the speaker") {
  const auto standalone_cue = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& q : test::explained(text, "de").quotes) {
      if (q.rule != std::string("direct-standalone")) continue;
      std::string cue;
      for (const auto& c : q.cue) cue += (cue.empty() ? "" : " … ") + test::at(text, c);
      out.push_back(cue);
    }
    return out;
  };
  CHECK(standalone_cue("Der Leiter des Programms, Klaus Stöhr, sagte: „Man muss sich jetzt schon vorbereiten.“ Die "
                       "Gefahr sei real. „Aber das Virus hat alle Möglichkeiten, sich zu verändern und zu mutieren.“") ==
        std::vector<std::string>{"sagte"});
  // Another speaker in between, whose speech act has no cue: none from the first.
  CHECK(standalone_cue("Der Leiter des Programms, Klaus Stöhr, sagte: „Man muss sich jetzt schon vorbereiten.“ Die "
                       "Ministerin sprach von einer Gefahr. Sie sei real. „Aber das Virus hat alle Möglichkeiten, sich "
                       "zu verändern und zu mutieren.“") == std::vector<std::string>{""});
}

TEST_CASE("de-source-led: plurals of information nouns ('nach Darstellungen des Verlages'), not 'nach oben'") {
  CHECK(speakers_by("Der Zug fuhr. Das Buch bietet nach Darstellungen des Verlages eine differenzierte Betrachtung.",
                    "de-source-led") == std::vector<std::string>{"Darstellungen des Verlages"});
  CHECK(speakers_by("Der Zug fuhr. Prognosen zufolge wird der Pegel weiter steigen.", "de-source-led") ==
        std::vector<std::string>{"Prognosen"});
  // "nach oben" after an information noun is a direction.
  CHECK(speakers_by("Der Zug fuhr. In den Umfragen nach oben schob sich der Senator Ted Cruz.", "de-source-led")
            .empty());
}

TEST_CASE("de-cue-then-clause: a quantifier the determiner list does not hold opens the subject, or is it") {
  const auto said = [](const std::string& text) { return speakers_by(text, "de-cue-then-clause"); };
  CHECK(said("Manche Experten sagten, die Reform sei gescheitert.") == std::vector<std::string>{"Manche Experten"});
  CHECK(said("Manche sagten, die Reform sei gescheitert.") == std::vector<std::string>{"Manche"});
  CHECK(said("Alle Beteiligten haben betont, die Reform sei gescheitert.") ==
        std::vector<std::string>{"Alle Beteiligten"});
  // Not inside the sentence, where it may be an object's: "… bat alle Beteiligten, …".
  CHECK(said("Der Minister sagte manchen Experten, die Reform sei gescheitert.") ==
        std::vector<std::string>{"Der Minister"});
}

TEST_CASE("de-cue-then-clause: after the subject's apposition the dass clause is what was said; the speaker never "
          "runs into the quote") {
  const std::string text =
      "Dabei sagte Li Fei, der stellvertretende Vorsitzende des Ausschusses, aber auch, dass die Demonstranten nie "
      "genau erklärten, was sie meinten.";
  const newsmark::Result r = explained(text, "de", {});
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].rule == std::string("de-cue-then-clause"));
  CHECK(test::at(text, r.quotes[0].spans[0]).rfind("dass die Demonstranten", 0) == 0);
  CHECK(test::speaker_text(text, r.quotes[0]) == "Li Fei, der stellvertretende Vorsitzende des Ausschusses");
  // Not fired: the comma after the cue opens the reported clause itself.
  CHECK(speakers_by("Der Minister sagte, die Gespräche seien abgebrochen worden, dass sei bedauerlich.",
                    "de-cue-then-clause") == std::vector<std::string>{"Der Minister"});
  // The speaker stops at the comma before what it says ("hoffen Cern-Forscher, Hinweise … zu finden").
  CHECK(speakers_by("Unter anderem hoffen Cern-Forscher, Hinweise auf die Dunkle Materie zu finden.",
                    "de-cue-then-clause") == std::vector<std::string>{"Cern-Forscher"});
}

TEST_CASE("de-source-zufolge: the source is the phrase of the sentence it leads ('dem Bericht vom Donnerstag "
          "zufolge'), from a possessive ('seiner Ansicht nach')") {
  const std::string text =
      "Deutlich gestiegen ist dem Bericht vom Donnerstag zufolge der Anteil der Gewalttaten. Worauf das Land "
      "seiner Ansicht nach setzen müsste, ist der Tourismus.";
  const newsmark::Result r = explained(text, "de", {});
  std::vector<std::string> sources;
  for (const auto& s : r.sources)
    if (s.rule == std::string("de-source-zufolge")) sources.push_back(test::at(text, s.spans[0]));
  CHECK(sources == std::vector<std::string>{"dem Bericht vom Donnerstag zufolge", "seiner Ansicht nach"});
}

TEST_CASE("de-source-nach: after a compound information noun or 'eigenen Angaben' the source ends ('nach "
          "Polizeiangaben Schuss- und Stichverletzungen')") {
  const std::string text =
      "Die Opfer erlitten nach Polizeiangaben Schuss- und Stichverletzungen. Richter, der nach eigenen Angaben Pärts "
      "Musik hypnotisch findet, widmete ihm ein Bild. Die Zahl stieg nach Angaben der Polizei auf 20.";
  const newsmark::Result r = explained(text, "de", {});
  std::vector<std::string> sources;
  for (const auto& s : r.sources)
    if (s.rule == std::string("de-source-nach")) sources.push_back(test::at(text, s.spans[0]));
  CHECK(sources == std::vector<std::string>{"nach Polizeiangaben", "nach eigenen Angaben", "nach Angaben der Polizei"});
}

TEST_CASE("de-source-nach: how long a search took tells when ('Nach monatelangen Ermittlungen'), not according to "
          "whom") {
  CHECK(fired("Nach monatelangen Ermittlungen gegen eine Bande hat die Polizei drei Männer festgenommen.", "de")
            .count("de-source-nach") == 0);
  CHECK(fired("Nach Ermittlungen der Polizei soll die Bande drei Banken überfallen haben.", "de").count("de-source-nach") == 1);
}

TEST_CASE("German cues: 'sagte … ab' (absagen, to call off) is no speech") {
  CHECK(fired("Artur Ionita, der in Verona spielt, sagte wegen Kniebeschwerden ab.", "de").empty());
  CHECK(fired("Artur Ionita sagte, er habe Kniebeschwerden.", "de").count("de-cue-then-clause") == 1);
}

TEST_CASE("de-clause-then-cue: 'heißt es' names as speaker what a preposition of its own clause opens ('seitens der "
          "Pressestelle', 'auf der Webseite'), nothing after a comma") {
  CHECK(speakers_by("Das Mädchen sei wohlauf, hieß es seitens der Pressestelle des Spitals.", "de-clause-then-cue") ==
        std::vector<std::string>{"der Pressestelle des Spitals"});
  CHECK(speakers_by("Die Zunahmen seien begründet, heißt es darin, womit Anzeigen wegen illegaler Einreise gemeint "
                    "sind.",
                    "de-clause-then-cue") == std::vector<std::string>{"-"});
  CHECK(speakers_by("Die Lage sei ruhig, hieß es auf Anfrage.", "de-clause-then-cue") == std::vector<std::string>{"-"});
}

TEST_CASE("de-clause-then-cue: a bare 'gibt' closing a 'wie' clause is 'es gibt', no cue; 'wie X bekannt gab' is one") {
  CHECK(fired("Bis dahin werden noch einmal fast zwölfmal so viele Planeten entstehen, wie es heute gibt.", "de")
            .count("de-clause-then-cue") == 0);
  CHECK(speakers_by("Die Preise steigen im Herbst, wie der Konzern am Montag bekannt gab.", "de-clause-then-cue") ==
        std::vector<std::string>{"der Konzern"});
}

TEST_CASE("German: 'sah es so aus, als …' (aussehen) is no belief cue; 'wie es X formulierte' names X") {
  CHECK(fired("Dabei sah es während der Saison lange so aus, als wäre Gatlin nahezu unschlagbar.", "de").empty());
  CHECK(speakers_by("Güssing wäre ins Achtelfinale gekommen, wie es Ex-Trainer Zollner formulierte.",
                    "de-clause-then-cue") == std::vector<std::string>{"Ex-Trainer Zollner"});
}

TEST_CASE("de-cue-then-clause: an infinitive with 'zu' in a clause of the expletive 'es' names no speaker ('Es ist damit "
          "zu rechnen, dass …')") {
  CHECK(speakers_by("Es ist damit zu rechnen, dass in diesem Jahr mehr Firmen nachziehen.", "de-cue-then-clause").empty());
  CHECK(speakers_by("Das Ministerium teilte am Montag mit, dass mehr Firmen nachziehen.", "de-cue-then-clause") ==
        std::vector<std::string>{"Das Ministerium"});
}

TEST_CASE("German speakers: a time in the genitive after the name is no part of it ('ergänzt Mikl-Leitner dieser Tage')") {
  CHECK(speakers_by("Statt Schmeicheleien ergänzt Mikl-Leitner dieser Tage bloß, der Dosko könne hart arbeiten.",
                    "de-cue-then-clause") == std::vector<std::string>{"Mikl-Leitner"});
}

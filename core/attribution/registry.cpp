// The registry: every attribution rule by name, in the order it runs. To add
// a rule, write it in core/attribution/<lang>/<name>.cpp, declare it in
// core/attributor.h, list it here and give it cases in tests/unit/rules_test.cpp.
#include "attribution/registry.h"

#include "attributor.h"

#include <cstdlib>

namespace newsmark {
namespace attribution {

const char kDirectGerundGoesOn[] = "en-direct-gerund-goes-on";
const char kDirectStandalone[] = "direct-standalone";
const char kDirectSubjectBefore[] = "de-direct-subject-before";
const char kDirectInterrupted[] = "de-direct-interrupted";
const char kDirectInterruptedAfter[] = "en-direct-interrupted";
const char kAgencyCredit[] = "source-agency-credit";

namespace {

using A = Attributor;

Rule source(const char* name, const char* lang, bool (A::*run)(std::uint32_t), const char* description) {
  return Rule{name, lang, Stage::source, description, run, nullptr};
}
Rule sentence(const char* name, const char* lang, bool (A::*run)(std::uint32_t), const char* description,
              bool chains = true) {
  return Rule{name, lang, Stage::sentence, description, run, nullptr, chains};
}
Rule follow(const char* name, const char* lang, bool (A::*run)(std::uint32_t), const char* description) {
  Rule r{name, lang, Stage::sentence, description, run, nullptr};
  r.follows = true;
  return r;
}
Rule frame(const char* name, const char* lang, Attribution (A::*find)(const QuotePair&) const,
           const char* description) {
  return Rule{name, lang, Stage::frame, description, nullptr, find};
}
Rule fixed(const char* name, const char* lang, Stage stage, const char* description) {
  return Rule{name, lang, stage, description};
}

std::vector<Rule> make_rules() {
  std::vector<Rule> r = {
      // Source phrases, per token; the first trigger that matches takes it.
      source("de-source-laut", "de", &A::de_source_laut, "\"laut X\": X is the source"),
      source("de-source-zufolge", "de", &A::de_source_zufolge,
             "\"X zufolge\", \"seiner Meinung nach\": the phrase before the postposition is the source"),
      source("de-source-nach", "de", &A::de_source_nach,
             "\"nach Angaben X\", \"nach SPIEGEL ONLINE\": \"nach\" with an information noun or a medium"),
      source("en-source-according-to", "en", &A::en_source_according_to, "\"according to X\": X is the source"),
      source("en-source-as-reported-by", "en", &A::en_source_as_reported_by,
             "\"as reported by X\", \"when interviewed by X\": a report"),
      source("en-source-interview", "en", &A::en_source_interview,
             "\"in an interview with X\", \"in remarks to X\": a report"),
      source("source-media-verb", "shared", &A::source_media_verb,
             "\"Reuters reported\", \"die Zeitung berichtete\": a medium speaking is a report"),
      source("de-source-hiess-es", "de", &A::de_source_hiess_es,
             "\"hieß es in einem Bericht X\": the text named after the impersonal cue"),
      source("en-source-reportedly", "en", &A::en_source_reportedly,
             "\"reportedly\", \"reputedly\": a report, no origin named"),
      source("en-source-findings", "en", &A::en_source_findings,
             "\"the study found\", \"a UN report concluded\", \"The Aviation Herald states\": a report"),
      source("en-source-passive-report", "en", &A::en_source_passive_report,
             "\"was reported\", \"is reported to\", \"been rumored\", \"reported by X\", \"by reports\": a report"),
      source("de-source-angeblich", "de", &A::de_source_angeblich, "\"angeblich\": hearsay, a report with no origin named"),
      source("de-source-kreise", "de", &A::de_source_kreise,
             "\"aus Sicherheitskreisen\", \"in ägyptischen Justizkreisen\": circles, an anonymous source"),
      source("de-source-demnach", "de", &A::de_source_demnach,
             "\"Die Zahl stieg demnach\": the adverb points back at a source"),

      // Reported speech, per sentence; the first rule that fires takes it.
      sentence("de-anaphoric-report", "de", &A::de_anaphoric_report,
               "\"Dies bestätigte X.\", \"Das geht aus … hervor.\": the sentence before is what X said"),
      sentence("de-source-led", "de", &A::de_source_led,
               "\"Laut X …\", \"X zufolge …\", \"Nach Angaben X …\", \"Demnach …\": the rest is what X says"),
      sentence("de-impersonal-cue", "de", &A::de_impersonal_cue,
               "\"In dem Schreiben heißt es, …\", \"Aus Kreisen hieß es, …\": the phrase in front is the origin"),
      sentence("de-as-reported", "de", &A::de_as_reported,
               "\"Wie das Ministerium mitteilte, …\": the main clause after the \"wie\" clause"),
      sentence("de-speech-act-relative", "de", &A::de_speech_act_relative,
               "\"X forderte einen Korridor, um … zu …\", \"X schätzt die Zahl, die …, auf …\": a speech act whose object goes on in a relative or purpose clause"),
      sentence("de-cue-then-clause", "de", &A::de_cue_then_clause,
               "\"X sagte, dass …\", \"X erklärte, es sei …\", \"X hofft, …\": the clause after the cue"),
      sentence("de-clause-then-cue", "de", &A::de_clause_then_cue,
               "\"…, sagte Kim.\", \"…, so Kim.\", \"…, wie X mitteilte.\": the clause before the cue"),
      sentence("de-wonach-clause", "de", &A::de_wonach_clause,
               "\"ein Bericht, wonach …\": the phrase before \"wonach\" is the source of the clause",
               /*chains=*/false),
      sentence("de-noun-clause", "de", &A::de_noun_clause,
               "\"die Forderung des X, … zu …\": a noun of saying and its content clause"),
      sentence("de-free-indirect", "de", &A::de_free_indirect,
               "a Konjunktiv sentence with no cue continues the reported speech before it"),
      sentence("de-speech-act", "de", &A::de_speech_act,
               "\"Der Sender berichtete von …\": a sentence that reports a speech act"),
      sentence("de-passive-speech-act", "de", &A::de_passive_speech_act,
               "\"Die Pläne wurden von X als unrealistisch bezeichnet.\": a passive that reports a speech act"),
      sentence("de-speech-act-clause", "de", &A::de_speech_act_clause,
               "\"…, die Polizei spricht von 4.000 Teilnehmern\": one clause reports a speech act"),
      follow("de-speech-act-beside", "de", &A::de_speech_act_beside,
             "\"X lehnte den Plan ab und sagte, …\", \"X sagte, …, und warnte vor …\": a speech act in the clause beside the quote"),
      sentence("en-source-led", "en", &A::en_source_led,
               "\"According to X, …\", \"…, according to X.\": the rest is what X says"),
      sentence("en-as-reported", "en", &A::en_as_reported,
               "\"As Reuters reported, …\": the main clause after the \"as\" clause"),
      sentence("en-cue-then-clause", "en", &A::en_cue_then_clause,
               "\"X said that …\", \"X told reporters …\", \"X said the talks …\": the clause after the cue"),
      sentence("en-clause-then-cue", "en", &A::en_clause_then_cue,
               "\"…, officials said.\", \"…, said Bash.\": the clause before the cue"),

      // Direct quotes, per pair of quotation marks; the first frame found frames it.
      frame("de-direct-frame-after", "de", &A::de_frame_after,
            "„…“, sagte Kim. / „…“, so Kim. / „…“, hatte Kim erklärt.: the frame after the quotation"),
      frame("en-direct-frame-after", "en", &A::en_frame_after,
            "\"…,\" said Bash. / \"…,\" Bash said.: the frame after the quotation"),
      frame("de-direct-frame-before", "de", &A::de_frame_before,
            "Kim sagte: „…“ / Kim spricht von „…“ / Kim zum Spiel: „…“: the frame before the quotation"),
      frame("en-direct-frame-before", "en", &A::en_frame_before,
            "He said \"…\" / Kim said: \"…\": the frame before the quotation"),
      frame("de-direct-frame-later", "de", &A::de_frame_later,
            "a short quoted phrase with a speech verb later in its sentence"),
      fixed(kDirectGerundGoesOn, "en", Stage::direct,
            "'…\", adding, \"…\"': a gerund with no subject goes on with the speaker before"),
      fixed(kDirectStandalone, "shared", Stage::direct,
            "a quotation with no frame that fills its sentence continues the speaker before"),
      fixed(kDirectSubjectBefore, "de", Stage::direct,
            "a quotation with no frame and no quote before it: the subject of the sentence before speaks"),
      fixed(kDirectInterrupted, "de", Stage::direct,
            "„Wir werden“, sagte er, „nicht aufgeben.“: one quote in two pieces"),
      fixed(kDirectInterruptedAfter, "en", Stage::direct,
            "\"We will,\" he said, \"not give up.\": one quote in two pieces (frame after the first)"),

      // Agency credits (core/sources.cpp).
      fixed(kAgencyCredit, "shared", Stage::credit, "\"(dpa)\", \"(AP) -\": an agency credit"),
  };
  if (r.size() > 64) std::abort();  // Document::rules_off has one bit per rule
  for (std::size_t k = 0; k < r.size(); ++k) r[k].id = static_cast<std::uint32_t>(k);
  return r;
}

std::vector<const Rule*> make_list(Lang lang, Stage stage) {
  const std::string_view own = lang == Lang::de ? "de" : "en";
  std::vector<const Rule*> out;
  for (const Rule& r : all_rules())
    if (r.stage == stage && (r.lang == own || std::string_view(r.lang) == "shared")) out.push_back(&r);
  return out;
}

constexpr int kStages = 5;

}  // namespace

const std::vector<Rule>& all_rules() {
  static const std::vector<Rule> rules = make_rules();  // at most 64: one bit each in Document::rules_off
  return rules;
}

const std::vector<const Rule*>& rules_for(Lang lang, Stage stage) {
  static const auto lists = [] {
    std::vector<std::vector<const Rule*>> out;
    for (const Lang l : {Lang::de, Lang::en})
      for (int s = 0; s < kStages; ++s) out.push_back(make_list(l, static_cast<Stage>(s)));
    return out;
  }();
  return lists[(lang == Lang::de ? 0 : kStages) + static_cast<int>(stage)];
}

const Rule* find_rule(std::string_view name) {
  for (const Rule& r : all_rules())
    if (name == r.name) return &r;
  return nullptr;
}

bool rule_off(const Document& doc, const char* name) {
  if (doc.rules_off == 0) return false;
  const Rule* r = find_rule(name);
  return r != nullptr && ((doc.rules_off >> r->id) & 1);
}

bool disabled_set(const std::vector<std::string>& names, std::uint64_t* off, std::string* unknown) {
  *off = 0;
  for (const std::string& name : names) {
    const Rule* r = find_rule(name);
    if (r == nullptr) {
      *unknown = name;
      return false;
    }
    *off |= std::uint64_t{1} << r->id;
  }
  return true;
}

}  // namespace attribution
}  // namespace newsmark

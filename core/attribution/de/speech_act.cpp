// Rule de-speech-act (core/attribution/registry.cpp): "Der Sender berichtete von …", "X kritisierte den Plan als …": a sentence that reports a speech act.
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// The auxiliary of a perfect whose participle, a speech act, ends the
// sentence ("hatte … gefordert", "hat … aufgefordert"); v itself otherwise.
std::uint32_t Attributor::perfect_auxiliary(std::uint32_t v, const Sentence& s) const {
  static const PrefixSet kStems(word_list("de/speech-act-stems"));
  static const auto kSeparable = word_list("de/separable-particles");
  std::uint32_t end = s.last;
  while (end > s.first && tok(end - 1).kind == TokenKind::punct) --end;
  if (v + 1 != end) return v;
  std::string_view w = tok(v).lower;
  for (std::string_view p : kSeparable)
    if (w.size() > p.size() + 4 && w.substr(0, p.size()) == p && w.substr(p.size(), 2) == "ge") {
      w.remove_prefix(p.size());
      break;
    }
  static const WordSet kParticiples(word_list("de/speech-act-participles"));
  static const PrefixSet kFactStems(word_list("de/fact-verb-stems"));
  // ("vorgeworfen", "zurückgewiesen": a participle the list holds whose stem
  // is no finite form's.)
  const bool listed = in_list(tok(v).lower, kParticiples);
  if (w.substr(0, 2) == "ge") w.remove_prefix(2);  // (or none: "bezeichnet", "kritisiert")
  else if (!ends_with(tok(v).lower, "t") && !listed) return v;
  // (The verbs that mostly state a fact stay out, as for the finite forms.)
  if (!(listed || starts_with_one_of(w, kStems)) ||
      starts_with_one_of(w, kFactStems))
    return v;
  for (std::uint32_t k = s.first + 1; k < v && k < s.first + 12; ++k) {
    if (clause_punct(k) || in_pair_[k] >= 0) return v;
    if (tc_.word(k) && one_of(tok(k).lower, {"hat", "hatte", "haben", "hatten"})) return k;
  }
  return v;
}

// A finite verb of judgement with the word it needs later in the sentence
// ("geht von … aus", "rechnet mit", "hält … für", "wertet … als", "sieht
// … als"/"sieht darin", "droht mit", "bittet um"); a
// lexicon of verb forms, as no part-of-speech tagger is there yet.
bool Attributor::stance_verb(std::uint32_t v, const Sentence& s) const {
  struct Stance {
    std::initializer_list<std::string_view> forms;
    std::initializer_list<std::string_view> needs;
    bool last;  // the needed word ends the sentence (a separable particle)
  };
  static const Stance kStances[] = {
      {{"geht", "gehen", "ging", "gingen"}, {"aus"}, true},
      // (Not "ruft … auf": news-de-dev reads an appeal as no quote.)
      {{"rechnet", "rechnen", "rechnete", "rechneten"}, {"mit"}, false},
      {{"hält", "halten", "hielt", "hielten"}, {"für"}, false},
      {{"wertet", "werten", "wertete", "werteten", "betrachtet", "betrachten", "betrachtete"}, {"als"}, false},
      {{"sieht", "sehen", "sah", "sahen"}, {"als", "darin", "in"}, false},
      {{"droht", "drohen", "drohte", "drohten"}, {"mit"}, false},
      {{"bittet", "bitten", "bat", "baten"}, {"um"}, false},
  };
  // Every form of the list, for the test most verbs fail (a compare per form of every stance before).
  static const WordSet kForms = [] {
    std::vector<std::string_view> all;
    for (const Stance& st : kStances) all.insert(all.end(), st.forms.begin(), st.forms.end());
    return WordSet(all);
  }();
  const std::string_view w = tok(v).lower;
  if (!kForms.contains(w)) return false;
  std::uint32_t end = s.last;
  while (end > v + 1 && tok(end - 1).kind == TokenKind::punct) --end;
  for (const Stance& st : kStances) {
    if (!one_of(w, st.forms)) continue;
    // ("sehen sich in ihrem Kurs bestätigt": no judgement of theirs.)
    if (v + 1 < end && std::string_view(tok(v + 1).lower) == "sich" && one_of(w, {"sieht", "sehen", "sah", "sahen"}))
      return false;
    if (st.last) return end > v + 2 && one_of(tok(end - 1).lower, st.needs) && !punct(end - 2, ",");
    // ("Mit einer Wetterberuhigung rechnet der Deutsche Wetterdienst …": the
    // word opens the sentence, the verb right after its phrase; not "in",
    // "In Österreich sieht die Lage anders aus".)
    if (tc_.word(s.first) && one_of(tok(s.first).lower, st.needs) && std::string_view(tok(s.first).lower) != "in" &&
        v < s.first + 8) {
      bool clause = false;
      for (std::uint32_t k = s.first + 1; k < v && !clause; ++k) clause = clause_punct(k) || in_pair_[k] >= 0;
      if (!clause) return true;
    }
    std::uint32_t skipped = 0;  // the words of a relative clause stepped over
    for (std::uint32_t k = v + 1; k < end && k < v + 10 + skipped; ++k) {
      // ("Sie halten das Verfahren, das zur Auflösung führte, für
      // verfassungswidrig": a relative clause of the object.)
      if (punct(k, ",") && skipped == 0 && k + 2 < end && tc_.word(k + 1) && !tok(k + 1).upper &&
          one_of(tok(k + 1).lower, {"der", "die", "das", "dem", "den", "deren", "dessen"})) {
        std::uint32_t close = k + 2;
        while (close < end && close < k + 20 && !clause_punct(close) && in_pair_[close] < 0) ++close;
        if (close < end && punct(close, ",")) {
          skipped = close - k;
          k = close;
          continue;
        }
      }
      if (clause_punct(k)) return false;
      if (tc_.word(k) && one_of(tok(k).lower, st.needs)) return true;
    }
    return false;
  }
  return false;
}

// "Die Meteorologen sagten weitere Regenfälle voraus": the particle that ends
// the main clause of v when the two are a separable verb of the list of
// speech acts that report (de/reported-separable-verbs); empty otherwise.
Range Attributor::reported_separable(std::uint32_t v, const Sentence& s) const {
  static const WordSet kVerbs(word_list("de/reported-separable-verbs"));
  // The verbs of the list's "verb particle" entries: any other word is none,
  // known before the clause's end is looked for.
  static const WordSet kFinites = [] {
    std::vector<std::string_view> finites;
    for (const std::string_view entry : word_list("de/reported-separable-verbs"))
      if (const std::size_t space = entry.find(' '); space != std::string_view::npos)
        finites.push_back(entry.substr(0, space));
    return WordSet(finites);
  }();
  if (!tc_.word(v) || tok(v).upper || !kFinites.contains(tok(v).lower)) return {};
  std::uint32_t k = v + 1;
  while (k < s.last && k < v + 25 && in_pair_[k] < 0 && !clause_punct(k)) ++k;
  if (k >= s.last || k < v + 3 || in_pair_[k] >= 0 || !clause_punct(k)) return {};
  const std::uint32_t p = k - 1;
  if (!tc_.word(p) || tok(p).upper) return {};
  std::string pair(tok(v).lower);
  pair += ' ';
  pair += tok(p).lower;
  return in_list(pair, kVerbs) ? Range{p, p + 1} : Range{};
}

// A quotation of a few words inside the sentence s, not at its start, that
// is no sentence of its own and that words of the sentence follow: a
// fragment of what was said. (One that ends the sentence, "nannte den
// Bericht eine „Zeitungsente“", is what was said, framed as direct speech.)
bool Attributor::quoted_fragment(const QuotePair& pair, const Sentence& s) const {
  if (pair.open <= s.first + 2 || pair.close <= pair.open + 1 || pair.close - pair.open > 9) return false;
  // (Before the sentence's end: not a credit in parentheses, "„…“. (dpa/afp)";
  // nor the particle of the verb alone, "warf der Regierung „Versagen“ vor".)
  static const WordSet kParticles(word_list("de/separable-particles"));
  std::uint32_t words_after = 0, last_word = 0;
  for (std::uint32_t k = pair.close + 1; k < s.last; ++k) {
    if (tok(k).kind == TokenKind::punct && one_of(tok(k).key, {".", "!", "?", "(", ":", ";"})) break;
    if (tc_.word(k) && in_pair_[k] < 0) ++words_after, last_word = k;
  }
  if (words_after == 0 || (words_after == 1 && in_list(tok(last_word).lower, kParticles))) return false;
  for (std::uint32_t k = pair.open + 1; k < pair.close; ++k)
    if (tok(k).kind == TokenKind::punct && one_of(tok(k).key, {".", "!", "?", ":", ";"})) return false;
  return true;
}

// "Der Fernsehsender berichtete von der Bergung von 56 Leichen.": a
// sentence whose finite verb, second in the clause, is a speech act.
bool Attributor::de_speech_act(std::uint32_t si) { return speech_act_in(doc_.sentences[si], si); }

// The same in the stretch s of sentence si: the sentence, or one of its
// clauses (rule de-speech-act-beside).
bool Attributor::speech_act_in(const Sentence& s, std::uint32_t si) {
  static const WordSet kParticles(word_list("de/focus-particles"));
  static const WordSet kInstitutions(word_list("orgs/institution-words"));
  // With a quotation in it the sentence frames a direct quote ("nannte den
  // Plan „einen Erfolg“"): that is handled as direct speech.
  // A few quoted words inside the sentence ("nannte Shultz einen „wahren
  // Patrioten“", "warnten vor einem „drohenden Abfluss von
  // Ingenieurskompetenz“") are a verbatim piece of the reported sentence:
  // the corpus marks the sentence as reported and the words as direct.
  for (std::uint32_t k = s.first; k < s.last; ++k)
    if (in_pair_[k] >= 0 && doc_.quote_pairs[in_pair_[k]].open == k && speech_like(doc_.quote_pairs[in_pair_[k]]) &&
        !quoted_fragment(doc_.quote_pairs[in_pair_[k]], s))
      return false;
  // "Arbeitswelt: Die SPD fordert …": a one-word label and its colon open
  // the sentence (a list of a programme's points); the speech act follows it,
  // its subject with an article. (Not an interviewer's "STANDARD: Sie fordern
  // …", nor "Dennoch: Mehr als Platz drei will …".)
  if (s.first + 3 < s.last && tc_.capitalized(s.first) && !tok(s.first).all_caps && punct(s.first + 1, ":") &&
      in_pair_[s.first] < 0 && tc_.word(s.first + 2) && tok(s.first + 2).upper && determiner(s.first + 2) &&
      !oblique(s.first + 2)) {
    Sentence body = s;
    body.first = s.first + 2;
    return speech_act_in(body, si);
  }
  // "als auch" of "sowohl … als auch …" joins subjects like "und".
  const auto als_auch = [&](std::uint32_t k) {
    return k + 1 < s.last && tc_.word(k) && tc_.word(k + 1) && std::string_view(tok(k).lower) == "als" &&
           std::string_view(tok(k + 1).lower) == "auch";
  };
  // "Die Organisationen Transparency International, Campact und LobbyControl
  // werfen … vor": a list of names with commas before the verb at f is its
  // subject ("Sowohl das US-Militär, der US-Präsident als auch die irakische
  // Regierung gehen von … aus": with an adjective before a noun, too).
  // (With "sowohl" first the list needs no comma.)
  const auto name_list = [&](std::uint32_t begin, std::uint32_t f) {
    if (f <= begin + 4 || tc_.preposition(begin) || !tok(f - 1).upper) return false;
    const bool sowohl = tc_.word(begin) && std::string_view(tok(begin).lower) == "sowohl";
    bool und = false, commas = sowohl, only = true;
    for (std::uint32_t k = sowohl ? begin + 1 : begin; k < f && only; ++k) {
      if (punct(k, ",")) commas = true;
      else if (tc_.word(k) && one_of(tok(k).lower, {"und", "sowie"})) und = true;
      else if (als_auch(k)) und = true, ++k;
      else if (punct(k, "-") && k > begin && tc_.word(k - 1) && k + 1 < f && tc_.word(k + 1)) continue;  // ("US-Militär")
      else
        only = tc_.word(k) && (tok(k).upper ||
                               (determiner(k) && (k == begin || punct(k - 1, ",") ||
                                                  one_of(tok(k - 1).lower, {"und", "sowie", "auch", "sowohl"}))) ||
                               (adjective_ending(k) && k + 1 < f && tok(k + 1).upper && k > begin &&
                                (determiner(k - 1) || punct(k - 1, ","))));
    }
    return only && und && commas;
  };
  bool comma = false;
  std::uint32_t rel_open = 0, rel_close = 0;  // the commas around a relative clause after the subject
  // "Da die Tatwaffe sichergestellt wurde, geht die Polizei von … aus": a
  // subordinate clause opens the sentence, and the main clause's finite
  // verb follows its comma (a verb inside it is not the sentence's). The
  // clause ends in its verb before the comma; else the word is a
  // preposition ("Seit Jahren fordert …", "Während der Sitzung forderte …").
  static const WordSet kVerbLast(word_list("de/verb-last-conjunctions"));
  std::uint32_t sub_comma = 0;
  if (tc_.word(s.first) && !one_of(tok(s.first).lower, {"als", "wie", "dass", "ob"}) &&
      in_list(tok(s.first).lower, kVerbLast)) {
    std::uint32_t k = s.first + 1;
    while (k < s.last && k < s.first + 40 && in_pair_[k] < 0 && !clause_punct(k)) ++k;
    if (k < s.last && punct(k, ",") && k > s.first + 2 && tc_.word(k - 1) && !tok(k - 1).upper) sub_comma = k;
  }
  for (std::uint32_t v = sub_comma != 0 ? sub_comma + 1 : s.first + 1; v < s.last && v < s.first + (sub_comma != 0 ? 40 : 25);
       ++v) {
    if (in_pair_[v] >= 0) {
      // A quoted name in the subject: "Der Fernsehsender „Silverbird“ berichtete".
      const QuotePair& pair = doc_.quote_pairs[in_pair_[v]];
      if (pair.open != v || !quoted_name(pair)) return false;
      v = pair.close;
      continue;
    }
    if (punct(v, ";") || punct(v, ":")) return false;
    // An abbreviation in parentheses after a name ("Die Mission der Vereinten
    // Nationen im Sudan (UNMIS) verlangte …") opens no clause.
    if (punct(v, "(") && v + 2 < s.last && punct(v + 2, ")") && tc_.word(v + 1) && tok(v + 1).upper) {
      v += 2;
      continue;
    }
    // Nor does an aside in parentheses in the fronted phrase ("Am Ende des
    // Wahlabends (Stand: 00:35 Uhr) gab der Bundeswahlleiter … bekannt").
    if (punct(v, "(") && !comma) {
      std::uint32_t close = v + 1;
      while (close < s.last && close < v + 12 && !punct(close, ")") && !punct(close, "(") && in_pair_[close] < 0) ++close;
      if (close < s.last && punct(close, ")") && close > v + 1) {
        v = close;
        continue;
      }
    }
    // A relative clause right after the subject ("Gutachter der DGLR, die die
    // Maschine untersuchten, gehen von …"): the verb after it is the subject's.
    if (punct(v, ",") && !comma && rel_open == 0 && v + 2 < s.last && tc_.word(v + 1) && !tok(v + 1).upper &&
        one_of(tok(v + 1).lower, {"der", "die", "das", "welche", "welcher", "welches"}) && tc_.word(v + 2) &&
        (!tok(v + 2).upper || determiner(v + 2))) {
      std::uint32_t close = v + 2;
      while (close < s.last && close < v + 20 && !clause_punct(close) && in_pair_[close] < 0) ++close;
      if (close < s.last && punct(close, ",") && close + 1 < s.last && tc_.word(close + 1) && !tok(close + 1).upper) {
        rel_open = v;
        rel_close = close;
        v = close;
        continue;
      }
    }
    if (clause_punct(v) && !(punct(v, ".") && v + 1 < s.last)) comma = true;  // (not the dot of "am 18. September")
    // A capitalised word is no finite verb ("Die Tat bezeichnete er", not "tat … kund").
    if (tok(v).upper) continue;
    // Nor an adjective between an article and its noun ("In einem gestern
    // veröffentlichten Bericht, …, fordert …").
    if (!comma && v > s.first + 1 && v + 1 < s.last && tc_.capitalized(v + 1) && adjective_ending(v) &&
        (determiner(v - 1) || (determiner(v - 2) && tc_.word(v - 1) && !tok(v - 1).upper)))
      continue;
    // "Die Polizei geht von Suizid aus.", "Die Firma rechnet mit …": a
    // verb of judgement with its preposition is the summary of what was said.
    const bool stance = (!comma || name_list(s.first, v)) && stance_verb(v, s);
    // "Die IG Metall will neben einer Arbeitsplatzgarantie die Übernahme des
    // Tarifvertrages.", "Das Ministerium erwartete … Seuchen wie Cholera":
    // right after reported speech, an intention in the present ("will",
    // "möchte") or an expectation goes on with what was said (the speaker is
    // the sentence's subject, as for a speech act). Elsewhere it is mostly
    // a plan or a guess the text states ("Die Flugbegleiter wollten den Mann
    // beruhigen", "Die Analysten erwarten …").
    // (The finite "erwartet", not the participle of "wird … erwartet".)
    const auto finite_first = [&]() {
      for (std::uint32_t k = s.first; k < v; ++k)
        if (tc_.finite_auxiliary(k)) return false;
      return true;
    };
    const bool intent = !comma && tc_.word(v) && !tok(v).upper &&
                        (one_of(tok(v).lower, {"will", "wollen", "möchte", "möchten"}) ||
                         (starts_with_any(tok(v).lower, {"erwartet", "erwarten"}) && finite_first())) &&
                        !doc_.quotes.empty() && carry_.chain >= 0 && carry_.last_reported_sentence + 1 == si;
    const Range particle = stance || intent ? Range{} : reported_separable(v, s);
    if (!stance && !intent && particle.empty() && !tc_.speech_verb(v) && !tc_.separable_speech_verb(v) &&
        !(tc_.word(v) && speech_act_verb(v)))
      continue;
    // "Die Partei hatte eine Aufklärung gefordert.", "Die Union hat die
    // Regierung zur Mitarbeit aufgefordert.": a participle that ends the
    // sentence after "hat"/"hatte"; the auxiliary is the finite verb.
    const std::uint32_t f = stance || intent ? v : perfect_auxiliary(v, s);
    if (f == v && !stance && !intent) {
      if (tok(v).lower.rfind("ge", 0) == 0) return false;  // a participle: the finite verb is elsewhere
      if (particle.empty() && !reported_speech_act(v) &&
          !(act_with_relative_ && starts_with_any(tok(v).lower, {"kündigt", "kündigen", "würdigt"})))
        return false;
    }
    Attribution a = cue_at(v, s.last);
    // A verb only the speech-act list knows ("bezifferte"): the verb alone.
    if (a.cue.empty() && ((!tc_.speech_verb(v) && !tc_.separable_speech_verb(v) && speech_act_verb(v)) || !particle.empty()))
      a.cue = {v, v + 1};
    if (intent) a.cue = {v, v + 1};  // (cleared below, as for every speech act)
    if (a.cue.empty() && f == v && !stance) return false;
    Range subject = subject_of(f, s);
    const std::uint32_t begin = skip_particles(s.first, f);
    // "Die Mission der Vereinten Nationen im Sudan (UNMIS) verlangte …", "Die
    // Regierung in Peking sieht …": a place after the head (and an
    // abbreviation in parentheses) belongs to the subject that opens the
    // sentence; the phrase finder stops before "im"/"in"/"aus".
    if ((subject.empty() || subject.first != begin || subject.last != f) && f > begin + 3) {
      const Range np = phrase_from(begin, f);
      std::uint32_t k = np.last;
      if (!np.empty() && np.first == begin && k + 1 < f && tc_.word(k) && one_of(tok(k).lower, {"im", "in", "aus"})) {
        ++k;
        while (k < f && (determiner(k) || tc_.capitalized(k)) && !tc_.time_word(k)) ++k;
        if (k + 2 < f && punct(k, "(") && tc_.word(k + 1) && punct(k + 2, ")")) k += 3;
        if (k == f && tc_.capitalized(f - 1 - (punct(f - 1, ")") ? 3 : 0))) subject = {begin, f};
      }
    }
    // "Andere Quellen berichteten von …": a subject of an adjective and a
    // noun that the phrase finder leaves out.
    if (subject.empty() && f > begin + 1 && f <= begin + 4 && !tc_.preposition(begin) && tok(f - 1).upper &&
        nominal({begin, f}))
      subject = {begin, f};
    // "Arabische und iranische Medien werfen ihm Verrat vor": the phrase
    // finder keeps one of coordinated subjects; all of them speak.
    // (Not when the subject follows the verb, an article in the nominative
    // right after it: "Höhere Löhne und kürzere Arbeitszeiten verlangt die
    // Gewerkschaft".)
    if (!(subject.first == begin && subject.last == f) && (subject.empty() || subject.last <= f) && f > begin + 2 &&
        f <= begin + 12 && !tc_.preposition(begin) && !oblique(begin) && tok(f - 1).upper && nominal({begin, f}) &&
        !(f + 1 < s.last && determiner(f + 1) && !oblique(f + 1))) {
      bool und = false;
      for (std::uint32_t k = begin + 1; k + 1 < f && !und; ++k) und = tc_.word(k) && (one_of(tok(k).lower, {"und", "sowie"}) || als_auch(k));
      if (und) subject = {begin, f};
    }
    // "Am Abend sprach die Polizei von …": with a prepositional phrase in
    // front of a verb that takes no accusative object, the phrase after the
    // verb is the subject, whatever its article.
    const bool von_verb = f == v && starts_with_any(tok(v).lower, {"sprach", "sprich", "sprech", "bericht"});
    // ("Insgesamt spricht die Polizei von …": one fronted adverb, then the
    // verb and a subject with its article.)
    const bool adverb_first = f == begin + 1 && f + 1 < s.last && determiner(f + 1) && !oblique(f + 1);
    const bool pp_first = !comma && von_verb && (tc_.preposition(begin) || adverb_first);
    if (pp_first && (subject.empty() || subject.first < f)) {
      const Range after = phrase_from(past_reflexive(f + 1, s.last), s.last);
      if (!after.empty()) subject = after;
    }
    // ("In einem Bericht, der dem Sicherheitsrat vorgelegt wurde, fordert
    // UN-Generalsekretär Kofi Annan …": a fronted prepositional phrase and
    // its relative clause; the subject follows the verb.)
    const bool pp_relative = rel_open != 0 && f == rel_close + 1 && tc_.preposition(begin) && !subject.empty() &&
                             subject.first == f + 1 && !tc_.pronoun(subject.first);  // (not "…, forderte er …")
    if (rel_open != 0 && f == rel_close + 1 && !pp_relative) {
      const Range front_np = phrase_from(begin, rel_open);
      if (front_np.empty() || front_np.last != rel_open || front_np.first != begin) return false;
      subject = front_np;
    }
    // "Für die kommende Bundestagswahl kündigte er seine Kandidatur an": after
    // a fronted prepositional or "als" phrase, "er"/"sie" right after the
    // finite verb is the subject.
    if (!comma && (tc_.preposition(begin) || std::string_view(tok(begin).lower) == "als") && f + 1 < s.last &&
        tc_.word(f + 1) && one_of(tok(f + 1).lower, {"er", "sie"}))
      subject = {f + 1, f + 2};
    // "Die Organisationen Transparency International, Campact und LobbyControl
    // werfen … vor": a list of names with commas before the verb is its subject
    // ("Sowohl das US-Militär, der US-Präsident als auch die irakische
    // Regierung gehen von … aus": with an adjective before a noun, too).
    const bool listed = (comma || (tc_.word(begin) && std::string_view(tok(begin).lower) == "sowohl")) && name_list(begin, f);
    if (listed) subject = {begin, f};
    if (subject.empty()) return false;
    // "sprach Angela Merkel von der Möglichkeit …": after the verb, "von"
    // opens the verb's object, not a part of the speaker's phrase.
    if (subject.first > f && von_verb) subject = before_von(subject);
    // The subject opens the sentence, maybe with its apposition ("Lars
    // Schauer, Manager von Energie Cottbus, bezeichnete"), or follows the
    // verb after a fronted phrase ("In einem Interview sprach Angela Merkel
    // von …", "Als Grund gab die Behörde … an").
    // ("Die Armeeleitung hingegen sprach von …": a contrast or focus
    // adverb may stand between the subject and its verb.)
    std::uint32_t subject_end = subject.last;
    while (subject_end < f && tc_.word(subject_end) && !tok(subject_end).upper &&
           (in_list(tok(subject_end).lower, kParticles) ||
            one_of(tok(subject_end).lower, {"hingegen", "dagegen", "indes", "wiederum", "nun", "inzwischen", "erneut"})))
      ++subject_end;
    const bool front = subject.first == begin && (subject_end == f || (subject.last + 1 == f && punct(f - 1, ",")) ||
                                                  (rel_open != 0 && subject.last == rel_open && f == rel_close + 1));
    // ("Seit Jahren fordert die Regierung …": an institution speaks too.)
    bool institution = false;
    for (std::uint32_t k = subject.first; k < subject.last && k < subject.first + 4; ++k)
      institution = institution || in_list(tok(k).lower, kInstitutions);
    // ("Als Beispiel nannte der Berliner …", "Im Prozess hat die Anklage …
    // gefordert": after a fronted prepositional phrase or "als" phrase the
    // definite phrase right after the finite verb is its subject.)
    const bool fronted = subject.first == f + 1 && (tc_.preposition(begin) || std::string_view(tok(begin).lower) == "als") &&
                         (one_of(tok(subject.first).lower, {"der", "die", "das"}) ||
                          (subject.last == subject.first + 1 && one_of(tok(subject.first).lower, {"er", "sie"})));
    const bool inverted = subject.first > f && !comma && (names_speaker(subject) || pp_first || institution || fronted);
    if (!front && !inverted) return false;
    // "Die Entwicklung im Iran verglich Merkel mit …", "Die Zahl der Toten,
    // die …, bezifferte die Nachrichtenagentur Xinhua mit 13": a fronted
    // object that names nobody, and a speaker right after the verb. (A head
    // that can speak, an institution or an organisation's noun, stays the
    // subject: "Der Verband warnte die Autofahrer vor …".)
    bool front_speaks = names_speaker(head_of(subject));
    for (std::uint32_t k = subject.first; k < head_of(subject).last && !front_speaks; ++k) {
      if (!tc_.capitalized(k)) continue;
      // An institution, or an organisation's ending after three bytes or more, or the ending itself.
      const std::string_view w = tok(k).lower;
      const SuffixSet& endings = tc_.lex().org_suffixes_de();
      front_speaks = in_list(w, kInstitutions) || (w.size() >= 3 && endings.match(w, w.size() - 3)) || endings.listed(w);
    }
    // The speaker after the verb: a name right after it ("verglich Merkel"),
    // or after a fronted phrase with its relative clause a phrase with a
    // speaker in its head ("Die Zahl der Toten, die …, bezifferte die
    // Nachrichtenagentur Xinhua"); not "Die Stadtverwaltung warnte die Bürger".
    if (front && f == v && !front_speaks && f + 1 < s.last && !oblique(f + 1)) {
      const Range after = phrase_from(f + 1, s.last);
      const auto speaker_at = [&](std::uint32_t k) {
        const std::int32_t m = mention_at(doc_, k);
        return m >= 0 && doc_.actors[doc_.mentions[m].actor].type != ActorType::location;
      };
      bool speaker = false;
      if (!after.empty() && after.first == f + 1 && !determiner(f + 1)) {
        speaker = tc_.title(f + 1) || speaker_at(f + 1);  // ("verglich Bundeskanzlerin Angela Merkel")
      } else if (!after.empty() && rel_open != 0 && f == rel_close + 1) {
        // (Its head holds a title, a group or a person's or an organisation's
        // name: "die Staatsschulden Griechenlands" is no speaker.)
        const Range head = head_of(after);
        for (std::uint32_t k = head.first; k < head.last && !speaker; ++k)
          speaker = tc_.title(k) || tc_.group_noun(k) || speaker_at(k);
      }
      if (speaker) subject = after;
    }
    if (front && comma && subject.last == f && !listed) return false;
    if (!reported_act_in(v, a, subject, s)) return false;
    if (intent) {
      // (An intention: not a question, not the first or second person of an
      // interview, "Ich will …", "Was wollen Sie …?", nor a fronted object
      // before the subject pronoun, "Diese Forderung will sie …".)
      std::uint32_t last = s.last;
      while (last > s.first && tok(last - 1).kind == TokenKind::punct && !punct(last - 1, "?")) --last;
      if (last < s.last && punct(last - 1, "?")) return false;
      if (v + 1 >= s.last || !tc_.word(v + 1)) return false;  // ("Wer eine Verkürzung will, riskiert …")
      if (v + 1 < s.last && tc_.word(v + 1) && one_of(tok(v + 1).lower, {"er", "sie"}) && subject.first != v + 1)
        subject = {v + 1, v + 2};
      const std::string_view first = tok(subject.first).lower;
      if (subject.last == subject.first + 1 && (one_of(first, {"ich", "wir", "du", "ihr", "man"}) || tok(subject.first).key == "Sie"))
        return false;
      if (subject.first < v && !tc_.capitalized(subject.last - 1) && !tc_.pronoun(subject.last - 1)) return false;
      if (tok(subject.first).kind == TokenKind::number) return false;  // ("5.000 Zuschauer erwartet", a headline)
    }
    a.speaker = resolve(subject);
    // The whole sentence is the report of a speech act: the verb is part
    // of it, not a cue that introduces it (the corpus marks no cue here).
    a.cue = {};
    a.cue2 = {};
    add_reported({s.first, s.last}, a, -1, true);
    return true;
  }
  return false;
}

}  // namespace attribution
}  // namespace newsmark

// German rules: Konjunktiv and free indirect speech, speech acts, "nach",
// "laut", "wonach" and impersonal sources, German word order (V2, fronted
// objects, subjects after the verb, passives).
#include "attributor.h"

#include <algorithm>

#include "actors.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

// The rest of a German verb's frame that belongs to its cue, added to the
// cue's parts (spans_of): a pronominal adverb pointing at the clause, the
// "als" of bezeichnen, "es … für möglich", "mit den Worten", "worden".
void Attributor::de_cue_frame(const Attribution& a, std::vector<Range>& parts) const {
  // "wies darauf hin, dass", "warnten davor, …": the pronominal adverb
  // that points at the reported clause belongs to the cue.
  // ("sagte dazu: „…“", "erklären dagegen, sie hätten …": a plain verb of
  // saying governs no such adverb; "dazu" before the colon of direct speech
  // is "about it", "dagegen" "on the other hand", and the corpus leaves
  // them out of the cue. Before a comma it keeps "sagte dazu, dies sei …".)
  const bool plain_saying = !a.cue.empty() && a.cue2.empty() && tc_.word(a.cue.first) &&
                            starts_with_any(tok(a.cue.first).lower, {"sag", "erklär", "mein", "lautet"});
  if (!a.cue.empty()) {
    const std::uint32_t stop = a.cue2.empty() ? std::min(n_, a.cue.last + 8) : a.cue2.first;
    for (std::uint32_t k = a.cue.last; k < stop && k + 1 < n_; ++k) {
      if (clause_punct(k) || in_pair_[k] >= 0) break;
      if (!tc_.word(k) || !one_of(tok(k).lower, {"darauf", "davon", "dazu", "davor", "darüber", "daran", "dafür",
                                                 "dagegen", "damit"}))
        continue;
      if (plain_saying && (std::string_view(tok(k).lower) == "dagegen" ||
                           (std::string_view(tok(k).lower) == "dazu" && punct(k + 1, ":"))))
        break;
      if (punct(k + 1, ",") || punct(k + 1, ":") || (!a.cue2.empty() && k + 1 == a.cue2.first))
        parts.push_back({k, k + 1});
      break;
    }
  }
  // "hatten dazu aufgerufen, …", "hat mehrfach darauf hingewiesen, dass",
  // "als er Fans dafür kritisierte, dass", "in der davon berichtet wird,
  // dass": the pronominal adverb right before a verb that closes its clause
  // points at the clause too, and the corpus marks it with the verb.
  if (a.cue.last == a.cue.first + 1 && a.cue2.empty() && a.cue.first > 0 && tc_.word(a.cue.first - 1) &&
      in_pair_[a.cue.first - 1] < 0 && !tok(a.cue.first - 1).upper &&
      one_of(tok(a.cue.first - 1).lower,
             {"darauf", "davon", "dazu", "davor", "darüber", "daran", "dafür", "dagegen", "damit"})) {
    std::uint32_t after = a.cue.last;
    if (after < n_ && std::string_view(tok(after).lower) == "worden") ++after;
    if (after < n_ && tc_.finite_auxiliary(after)) ++after;
    if (after < n_ && (punct(after, ",") || punct(after, ":")))
      parts.push_back({a.cue.first - 1, a.cue.first});
  }
  // "hat sich bereit erklärt, …": "sich bereit erklären" is one verb, and
  // the corpus marks "bereit" with the participle. ("für nichtig erklärt"
  // declares a thing, and the corpus is split on it: left alone.)
  if (a.cue.last == a.cue.first + 1 && a.cue2.empty() && a.cue.first >= 1 && tc_.word(a.cue.first) &&
      std::string_view(tok(a.cue.first).lower) == "erklärt" && in_pair_[a.cue.first - 1] < 0 &&
      tc_.word(a.cue.first - 1) && !tok(a.cue.first - 1).upper &&
      std::string_view(tok(a.cue.first - 1).lower) == "bereit")
    parts.push_back({a.cue.first - 1, a.cue.first});
  // "zeigte er sich besorgt", "äußerte er sich mit den Worten", "erhofft sich
  // die Stadt, …": the reflexive pronoun of a finite verb, right after it or
  // after a pronoun subject, belongs to the cue (as in "äußerte sich").
  if (a.cue.last == a.cue.first + 1 && tc_.word(a.cue.first) && !participle(a.cue.first) &&
      a.cue.last + 1 < n_) {
    std::uint32_t k = a.cue.last;
    if (tc_.word(k) && !tok(k).upper && one_of(tok(k).lower, {"er", "sie", "es", "man", "wir", "ich"}) &&
        k + 1 < n_)
      ++k;
    if (tc_.word(k) && in_pair_[k] < 0 && std::string_view(tok(k).lower) == "sich") parts.push_back({k, k + 1});
  }
  // "…, so schätzen die Forscher, soll …", "Ein „Sieg“, so urteilte Romney":
  // the "so" that opens a frame after a comma belongs to its cue, as it does
  // in "…, so der Sprecher".
  if (!a.cue.empty() && a.cue.first >= 2 && tc_.word(a.cue.first - 1) && in_pair_[a.cue.first - 1] < 0 &&
      std::string_view(tok(a.cue.first - 1).lower) == "so" && punct(a.cue.first - 2, ",") &&
      in_pair_[a.cue.first - 2] < 0)
    parts.push_back({a.cue.first - 1, a.cue.first});
  // "bezeichnete den Plan als …", "wurde … als unrealistisch bezeichnet",
  // "begrüßte den Beschluss als …", "wies die Vorwürfe als … zurück": the
  // "als" that the verb needs belongs to the cue.
  const bool rejects = tc_.word(a.cue.first) && starts_with_any(tok(a.cue.first).lower, {"wies", "weis"}) &&
                       !a.cue2.empty() && std::string_view(tok(a.cue2.first).lower) == "zurück";
  if (!a.cue.empty() && tc_.word(a.cue.first) &&
      (starts_with_any(tok(a.cue.first).lower, {"bezeichn", "würdig", "beschrieb", "beschreib", "begrüß"}) ||
       rejects)) {
    std::uint32_t als = 0;
    for (std::uint32_t k = a.cue.last; k < n_ && k < a.cue.last + 12 && als == 0; ++k) {
      if (clause_punct(k) || in_pair_[k] >= 0) break;
      if (std::string_view(tok(k).lower) == "als") als = k;
    }
    const std::uint32_t first = sentence_of(a.cue.first).first;
    for (std::uint32_t k = a.cue.first; k > first && k + 12 > a.cue.first && als == 0; --k) {
      if (clause_punct(k - 1) || in_pair_[k - 1] >= 0) break;
      if (std::string_view(tok(k - 1).lower) == "als") als = k - 1;
    }
    if (als != 0) parts.push_back({als, als + 1});
  }
  // "hält es für möglich, dass …", "halten es … für unwahrscheinlich": the
  // judgement belongs to the cue.
  if (a.cue.last == a.cue.first + 1 && a.cue2.empty() &&
      one_of(tok(a.cue.first).lower, {"hält", "halten", "hielt", "hielten", "halte"})) {
    std::uint32_t k = a.cue.last;
    if (k < n_ && std::string_view(tok(k).lower) == "es") parts.push_back({k, k + 1});
    for (; k + 2 < n_ && k < a.cue.last + 10; ++k) {
      if (clause_punct(k) || in_pair_[k] >= 0) break;
      if (std::string_view(tok(k).lower) == "für" && tc_.word(k + 1) && !tok(k + 1).upper && (clause_punct(k + 2))) {
        parts.push_back({k, k + 2});
        break;
      }
    }
  }
  // The first phrase of `length` tokens that `match` finds in the cue's clause, from `back` tokens
  // before the cue to `ahead` after it, goes with the cue.
  const auto phrase_in_cue_clause = [&](std::uint32_t back, std::uint32_t ahead, std::uint32_t length, auto match) {
    const std::uint32_t first = sentence_of(a.cue.first).first;
    std::uint32_t from = a.cue.first;
    while (from > first && from + back > a.cue.first && !clause_punct(from - 1) && in_pair_[from - 1] < 0) --from;
    for (std::uint32_t k = from; k + length <= n_ && k < a.cue.last + ahead; ++k) {
      if (k >= a.cue.first && k < a.cue.last) continue;
      if (clause_punct(k) || in_pair_[k] >= 0) break;
      if (match(k)) {
        parts.push_back({k, k + length});
        break;
      }
    }
  };
  // "wird … mit den Worten zitiert", "meldete sich mit den Worten": the phrase
  // in the cue's clause is part of the cue.
  if (!a.cue.empty())
    phrase_in_cue_clause(12, 10, 3, [&](std::uint32_t k) {
      return std::string_view(tok(k).lower) == "mit" && std::string_view(tok(k + 1).lower) == "den" &&
             std::string_view(tok(k + 2).lower) == "worten";
    });
  // "vertritt die Ansicht, …", "teilen die Meinung, …", "hatte die These
  // vertreten, …": the opinion the verb takes is part of the cue.
  if (!a.cue.empty() && tc_.word(a.cue.first) && starts_with_any(tok(a.cue.first).lower, {"vertr", "teil"}))
    phrase_in_cue_clause(6, 6, 2, [&](std::uint32_t k) {
      return std::string_view(tok(k).lower) == "die" && tc_.capitalized(k + 1) &&
             one_of(tok(k + 1).lower, {"ansicht", "auffassung", "meinung", "these", "position", "überzeugung"});
    });
  // "warnte vor …", "riet zu …", "sprach von …", "protestierte gegen …",
  // "begründete … mit …": the preposition the verb governs, in its clause,
  // belongs to the cue.
  if (!a.cue.empty() && a.cue2.empty() && tc_.word(a.cue.first)) {
    struct Governs {
      const char* stem;
      const char* prep;
    };
    static const Governs kGoverns[] = {{"warn", "vor"},        {"riet", "zu"},      {"rät", "zu"},
                                       {"sprach", "von"},      {"spricht", "von"},  {"sprechen", "von"},
                                       {"protestier", "gegen"}, {"begründe", "mit"}, {"plädier", "für"},
                                       {"beschwer", "über"}};
    const std::string_view v = tok(a.cue.first).lower;
    for (const Governs& g : kGoverns) {
      if (!starts_with_any(v, {g.stem})) continue;
      for (std::uint32_t k = a.cue.last; k < n_ && k < a.cue.last + 8; ++k) {
        if (clause_punct(k) || in_pair_[k] >= 0) break;
        if (std::string_view(tok(k).lower) == g.prep) {
          // ("begründete seinen Schritt mit den Worten: „…“": that "mit"
          // is the phrase the cue has taken in already.)
          if (k + 2 < n_ && std::string_view(tok(k + 1).lower) == "den" &&
              std::string_view(tok(k + 2).lower) == "worten")
            break;
          parts.push_back({k, k + 1});
          break;
        }
      }
      break;
    }
  }
  // "war … vorgeworfen worden"
  if (!a.cue.empty() && a.cue.last < n_ && std::string_view(tok(a.cue.last).lower) == "worden" && participle(a.cue.first))
    parts.push_back({a.cue.last, a.cue.last + 1});
  // "…, was das Gericht festgestellt hatte", "wie berichtet wurde": the
  // auxiliary that closes a subordinate clause after a participle cue is part
  // of it (in a main clause, "hat … angekündigt", spans_of takes it in).
  if (a.cue.last == a.cue.first + 1 && a.cue2.empty() && participle(a.cue.first)) {
    static const char* const kAux[] = {"hat", "hatte", "haben", "hatten", "habe", "wurde", "wurden", "wird", "werden",
                                       "ist", "war", "sind", "waren"};
    const auto aux = [&](std::uint32_t k) {
      if (!tc_.word(k) || tok(k).upper) return false;
      for (const char* x : kAux)
        if (std::string_view(tok(k).lower) == x) return true;
      return false;
    };
    std::uint32_t after = a.cue.last;
    if (after < n_ && std::string_view(tok(after).lower) == "worden") ++after;
    if (after < n_ && aux(after) && after + 1 < n_ && (clause_punct(after + 1) || in_pair_[after + 1] >= 0))
      parts.push_back({after, after + 1});
  }
}

// A cue of belief, hope or fear ("hofft", "befürchtete", "geht davon aus",
// "zeigte sich besorgt"): it introduces reported thought only with a
// dass-, Konjunktiv or zu-clause, which the caller checks.
namespace {
// The verbs that head a belief cue of their own shape in belief_cue_at(), one
// list per shape (the lists share no word).
constexpr std::string_view kGoHeads[] = {"geht", "ging", "gehen", "gingen"};
constexpr std::string_view kShowHeads[] = {"zeigte", "zeigt", "zeigten", "zeigen"};
constexpr std::string_view kBeHeads[] = {"ist", "sind", "war", "waren"};
constexpr std::string_view kComeHeads[] = {"kam", "kamen", "kommt", "kommen", "gekommen"};
constexpr std::string_view kAdviceHeads[] = {"geraten", "angewiesen", "nachgesagt", "empfohlen"};
constexpr std::string_view kImpersonalHeads[] = {"bekannt", "angenommen", "geplant"};
constexpr std::string_view kKnowHeads[] = {"weiß", "wissen", "wusste", "wussten", "gewusst"};
constexpr std::string_view kSeeHeads[] = {"sieht", "sehen", "sah", "sahen"};
constexpr std::string_view kHoldHeads[] = {"hält", "halten", "hielt", "hielten"};

template <std::size_t N>
bool listed_in(std::string_view w, const std::string_view (&words)[N]) {
  for (const std::string_view x : words)
    if (w == x) return true;
  return false;
}
}  // namespace

Attribution Attributor::belief_cue_at(std::uint32_t i, std::uint32_t clause_end) const {
  Attribution a;
  if (!de_ || in_pair_[i] >= 0 || !tc_.word(i) || tok(i).upper) return a;
  const std::string_view w = tok(i).lower;
  // Only a verb of the shapes below or a listed belief verb can be a cue:
  // asked before the clause's end is looked for (this runs at most tokens).
  static const WordSet kHeads = [] {
    std::vector<std::string_view> all;
    const auto add = [&all](const auto& list) { all.insert(all.end(), std::begin(list), std::end(list)); };
    add(kGoHeads), add(kShowHeads), add(kBeHeads), add(kComeHeads), add(kAdviceHeads), add(kImpersonalHeads);
    add(kKnowHeads), add(kSeeHeads), add(kHoldHeads);
    return WordSet(all);
  }();
  if (!(tc_.lower_flags(i) & kBeliefDe) && !kHeads.contains(w)) return a;
  // The clause of the verb ends at the next comma or colon.
  std::uint32_t end = i + 1;
  while (end < clause_end && end < i + 12 && !punct(end, ",") && !punct(end, ":") && in_pair_[end] < 0) ++end;
  if (end >= clause_end || !(punct(end, ",") || punct(end, ":"))) return a;
  // "Dabei sah es lange so aus, als …", "Ganz anders sieht es aus, wenn …": "aussehen", to look like.
  if (listed_in(w, kSeeHeads) && std::string_view(tok(end - 1).lower) == "aus") return a;
  if (listed_in(w, kGoHeads)) {
    // "geht davon aus, dass"
    if (end > i + 2 && std::string_view(tok(end - 1).lower) == "aus" && std::string_view(tok(end - 2).lower) == "davon") {
      a.cue = {i, i + 1};
      a.cue2 = {end - 1, end};
    }
    return a;
  }
  if (listed_in(w, kShowHeads) && i + 2 < end && std::string_view(tok(i + 1).lower) == "sich") {
    // "zeigte sich besorgt, dass" / "zeigte sich darüber erleichtert, dass"
    std::uint32_t adj = end - 1;
    if (adj > i + 2 && one_of(tok(adj).lower, {"darüber", "davon", "dafür"})) --adj;
    if (tc_.word(adj) && !tok(adj).upper && !tc_.function_word(adj)) {
      a.cue = {i, i + 2};
      a.cue2 = {adj, adj + 1};
    }
    return a;
  }
  if (listed_in(w, kBeHeads) && i + 2 < end && std::string_view(tok(i + 1).lower) == "der") {
    // "X ist der Meinung, dass …", "sind der gegenteiligen Auffassung, dass …"
    const std::uint32_t noun = tc_.capitalized(i + 2) ? i + 2 : i + 3;
    if (noun + 1 == end && tc_.capitalized(noun) &&
        one_of(tok(noun).lower, {"meinung", "ansicht", "auffassung", "überzeugung"}))
      a.cue = {i, noun + 1};
    return a;
  }
  if (listed_in(w, kComeHeads) && end >= i + 3 &&
      tc_.capitalized(end - 1) && one_of(tok(end - 1).lower, {"ergebnis", "schluss", "schluß", "urteil"})) {
    // "Die Experten kamen zu dem Ergebnis, dass …", "kommt zum Schluss, …"
    const std::uint32_t p = std::string_view(tok(end - 2).lower) == "zum" ? end - 2 : end - 3;
    if (p > i && (std::string_view(tok(p).lower) == "zum" ||
                  (std::string_view(tok(p).lower) == "zu" && std::string_view(tok(p + 1).lower) == "dem"))) {
      a.cue = {i, i + 1};
      a.cue2 = {p, end};
    }
    return a;
  }
  if (listed_in(w, kAdviceHeads)) {
    // Advice or orders in the passive: "Den Bewohnern wurde geraten, nicht
    // nach draußen zu gehen", "Ihm wird nachgesagt, … nahe zu stehen".
    if (end != i + 1 || !punct(end, ",")) return a;
    const std::uint32_t first = sentence_of(i).first;
    for (std::uint32_t k = i; k > first && i - k < 8; --k) {
      if (clause_punct(k - 1) || in_pair_[k - 1] >= 0) break;
      if (one_of(tok(k - 1).lower, {"wird", "wurde", "wurden", "werden"})) {
        a.cue = {i, i + 1};
        break;
      }
    }
    return a;
  }
  if (listed_in(w, kImpersonalHeads)) {
    // Impersonal: "Im Mai wurde bekannt, dass …", "Zuvor war bekannt
    // geworden, dass …", "Es wird angenommen, dass …", "Es ist geplant, dass …"
    // (not "Der Antrag wurde angenommen", which has no clause, nor "ist
    // nicht bekannt, ob").
    std::uint32_t last = i + 1;
    if (w == "bekannt" && last < end && std::string_view(tok(last).lower) == "geworden") ++last;
    if (last < end && one_of(tok(last).lower, {"war", "ist", "wurde", "wird"})) ++last;
    if (last != end || !punct(end, ",") || end + 1 >= clause_end || std::string_view(tok(end + 1).lower) != "dass") return a;
    bool auxiliary = last > i + 1 && std::string_view(tok(last - 1).lower) != "geworden";
    const std::uint32_t first = sentence_of(i).first;
    for (std::uint32_t k = i; k > first && i - k < 6 && !auxiliary; --k) {
      if (clause_punct(k - 1) || in_pair_[k - 1] >= 0 || one_of(tok(k - 1).lower, {"nicht", "kaum", "wenig"})) break;
      auxiliary = one_of(tok(k - 1).lower, {"wird", "wurde", "war", "ist"});
    }
    if (!auxiliary) return a;
    a.cue = {i, last};
    return a;
  }
  if (listed_in(w, kKnowHeads)) {
    // Knowing is no saying ("Ich weiß, dass wir gut zusammenarbeiten", "Man
    // wusste, dass …"); letting know is ("ließ Nikolic wissen, dass …",
    // "hatte wissen lassen, dass …"), and so is asking ("Sie möchte von der
    // Ministerin (ÖVP) wissen, wie …").
    if (i + 1 < end && one_of(tok(i + 1).lower, {"lassen", "gelassen"})) {
      a.cue = {i, i + 2};
      return a;
    }
    const std::uint32_t first = sentence_of(i).first;
    for (std::uint32_t k = i; k > first && i - k < 12; --k) {
      if (in_pair_[k - 1] >= 0 ||
          (clause_punct(k - 1) && !punct(k - 1, "(") && !punct(k - 1, ")")))
        break;
      if (one_of(tok(k - 1).lower, {"ließ", "ließen", "lässt", "lassen", "gelassen", "will", "wollen", "wollte",
                                    "wollten", "möchte", "möchten"})) {
        a.cue = {k - 1, k};
        a.cue2 = {i, i + 1};
        break;
      }
    }
    return a;
  }
  if (listed_in(w, kSeeHeads) && end > i + 1 && std::string_view(tok(end - 1).lower) == "vor") {
    // "Der Gesetzesentwurf sieht vor, dass …": what a text lays down, with
    // its particle as part of the cue.
    a.cue = {i, i + 1};
    a.cue2 = {end - 1, end};
    return a;
  }
  if (listed_in(w, kHoldHeads)) {
    // "halten" is belief only as "hält es für richtig, dass …"; "hielt
    // (dazu) fest, dass …" states, with its particle as part of the cue.
    // Neither is "Seine Reden hält er aus dem Stegreif, anstatt …", "ihr
    // Ergebnis halten, die Grünen würden …", "sich vor Augen halten, dass",
    // nor holding on to a plan ("hält daran fest, … zu lassen").
    if (end > i + 1 && std::string_view(tok(end - 1).lower) == "fest") {
      if (std::string_view(tok(end - 2).lower) == "daran") return a;
      a.cue = {i, i + 1};
      a.cue2 = {end - 1, end};
      return a;
    }
    for (std::uint32_t k = i + 1; k < end; ++k)
      if (std::string_view(tok(k).lower) == "für") {
        a.cue = {i, i + 1};
        return a;
      }
    // "Für wahrscheinlich hält Weinberg, dass …": the "für" put first.
    const std::uint32_t first = sentence_of(i).first;
    for (std::uint32_t k = i; k > first && i - k < 8; --k) {
      if (clause_punct(k - 1) || in_pair_[k - 1] >= 0) break;
      if (std::string_view(tok(k - 1).lower) == "für") {
        a.cue = {i, i + 1};
        break;
      }
    }
    return a;
  }
  if (tc_.lower_flags(i) & kBeliefDe) a.cue = {i, i + 1};
  return a;
}

bool Attributor::participle(std::uint32_t i) const {
  const std::string_view w = tok(i).lower;
  if (!de_ || w.size() <= 4) return false;
  const bool ending = w.back() == 't' || ends_with(w, "en");
  if (!ending) return false;
  if (w.rfind("ge", 0) == 0 || w.find("ge", 2) != std::string::npos) return true;
  // Participles without ge-: inseparable prefixes ("erklärt", "berichtet",
  // "beschlossen", "verwiesen") and -iert verbs ("kritisiert"). Such a form
  // is also a present tense; the caller only takes a finite auxiliary of
  // the same clause along, which a present tense does not have.
  return ends_with(w, "iert") || w.rfind("be", 0) == 0 || w.rfind("er", 0) == 0 || w.rfind("ver", 0) == 0 ||
         w.rfind("ent", 0) == 0 || w.rfind("zer", 0) == 0 || w.rfind("emp", 0) == 0;
}

// Where a speaking body sits belongs to the speaker: "Ein Regierungssprecher
// in Berlin", "Die Weltgesundheitsorganisation (WHO) in Genf". (Sources
// keep the place out, as the news-de gold does.)
Range Attributor::with_seat(Range phrase) const {
  const std::uint32_t k = phrase.last;
  if (!de_ || phrase.empty() || k + 1 >= n_ || !tc_.word(k) || !one_of(tok(k).lower, {"in", "im"})) return phrase;
  if (tok(k).sentence != tok(phrase.first).sentence || in_pair_[k + 1] >= 0) return phrase;
  // A person's name right before the place says where the person spoke
  // ("Romney in Arbutus", "der Ölminister Ali al-Omair in Wien"), not where
  // a body sits; an information noun has no seat ("Angaben von Interpol").
  if (information_noun(phrase.first)) return phrase;
  const std::int32_t own = mention_at(doc_, phrase.last - 1);
  if (own >= 0 && doc_.actors[doc_.mentions[own].actor].type == ActorType::person) return phrase;
  // "Airbus im französischen Toulouse": an adjective before the place.
  const std::uint32_t place = k + 2 < n_ && tc_.word(k + 1) && !tok(k + 1).upper && adjective_ending(k + 1) ? k + 2 : k + 1;
  const std::int32_t m = mention_at(doc_, place);
  if (m < 0 || doc_.actors[doc_.mentions[m].actor].type != ActorType::location) return phrase;
  return {phrase.first, doc_.mentions[m].last};
}

// "…, sagte Sinn der Passauer Neuen Presse", "…, sagte Coeure der
// französischen Zeitung Le Monde", "…, sagte ein Sprecher der Regierung der
// ungarischen Nachrichtenagentur MTI": after a person's name, or after a
// genitive already, a medium in "der …" at the end of the speaker is whom
// it was said to (a dative), not part of who spoke. (Not "ein Sprecher der
// Zeitung", a genitive.)
Range Attributor::without_addressed_outlet(Range speaker) const {
  if (speaker.last < speaker.first + 3) return speaker;
  for (std::uint32_t k = speaker.first + 1; k + 1 < speaker.last; ++k) {
    if (!tc_.word(k) || tok(k).upper || std::string_view(tok(k).lower) != "der") continue;
    const std::int32_t m = mention_at(doc_, speaker.last - 1);
    if (m < 0 || doc_.actors[doc_.mentions[m].actor].type != ActorType::media) continue;
    if (doc_.mentions[m].first <= k) continue;
    const std::int32_t before = mention_at(doc_, k - 1);
    bool genitive = false;
    for (std::uint32_t j = speaker.first + 1; j + 1 < k && !genitive; ++j)
      genitive = tc_.word(j) && !tok(j).upper && one_of(tok(j).lower, {"der", "des"});
    const bool person = before >= 0 && doc_.actors[doc_.mentions[before].actor].type == ActorType::person;
    if (person || genitive) return {speaker.first, k};
  }
  return speaker;
}

// Where a medium said it: "die Tageszeitung Haaretz in ihrer
// Onlineausgabe", "der AK Vorratsdatenspeicherung auf seiner Website".
Range Attributor::with_outlet(Range phrase) const {
  const std::uint32_t k = phrase.last;
  if (!de_ || phrase.empty() || k + 2 >= n_ || information_noun(phrase.first) || !tc_.word(k) ||
      !one_of(tok(k).lower, {"in", "auf"}) ||
      !tc_.word(k + 1) || !one_of(tok(k + 1).lower, {"seiner", "ihrer", "seinem", "ihrem"}) ||
      !tc_.capitalized(k + 2) || tok(k + 2).sentence != tok(phrase.first).sentence)
    return phrase;
  // Not a person ("der UN-Generalsekretär in seinem Bericht").
  for (std::uint32_t j = phrase.first; j < phrase.last; ++j) {
    const std::int32_t m = mention_at(doc_, j);
    if (tc_.title(j) || (m >= 0 && doc_.actors[doc_.mentions[m].actor].type == ActorType::person)) return phrase;
  }
  return {phrase.first, k + 3};
}

// A quotation that a verb of naming gives as a name, not as someone's
// words: "genannt „Blu-ray-Disc-Profil 1.1“", "stets „der Dicke“ genannt",
// "nennt sie sich „documenta 12“", "das sich selbst „Allianz …“ nennt",
// "Der wissenschaftliche Name lautet also „Tiktaalik roseae“". ("nannte den
// Bericht „aus der Luft gegriffen“" without "sich" is what someone said.)
// And a gloss: „Cast Lead“ („gegossenes Blei“), "Britain First" (deutsch „…“).
bool Attributor::named_as(const QuotePair& pair) const {
  if (!de_ || pair.open == 0) return false;
  const Sentence& s = sentence_of(pair.open);
  const auto lower_is = [&](std::uint32_t k, std::initializer_list<std::string_view> words) {
    return k < n_ && tc_.word(k) && one_of(tok(k).lower, words);
  };
  const std::initializer_list<std::string_view> naming = {"nennt", "nennen", "nannte", "nannten"};
  // Before it, over "also"/"selbst": "genannt", "namens", "nennt … sich", "Name … lautet".
  std::uint32_t b = pair.open - 1;
  // A gloss in parentheses after a quoted name, or after "deutsch": the
  // operation „Cast Lead“ („gegossenes Blei“), "Britain First" (deutsch „…“).
  if (punct(b, "(") && b > 0 && in_pair_[b - 1] >= 0 && doc_.quote_pairs[in_pair_[b - 1]].close == b - 1)
    return true;
  if (lower_is(b, {"deutsch", "englisch", "übersetzt"}) && b > 0 && punct(b - 1, "(")) return true;
  while (b > s.first && lower_is(b, {"also", "selbst", "auch", "nun", "offiziell"})) --b;
  if (lower_is(b, {"genannt", "namens"})) return true;
  if (lower_is(b, {"sich"}) && b > s.first &&
      (lower_is(b - 1, naming) || (b > s.first + 1 && lower_is(b - 2, naming))))
    return true;
  if (lower_is(b, {"lautet", "lauten", "lautete", "lauteten"}))
    for (std::uint32_t k = b; k > s.first && k + 4 > b; --k)
      if (tc_.word(k - 1) && one_of(tok(k - 1).lower, {"name", "namen", "titel", "bezeichnung"})) return true;
  // After it: "„…“ genannt", "sich „…“ nennt".
  std::uint32_t a = pair.close + 1;
  if (a < s.last && punct(a, "(")) {
    while (a < s.last && !punct(a, ")")) ++a;
    ++a;
  }
  if (lower_is(a, {"genannt"})) return true;
  return lower_is(a, naming) && lower_is(b, {"sich"});
}

bool Attributor::has_konjunktiv(Range r, bool allow_ambiguous) const {
  for (std::uint32_t k = r.first; k < r.last; ++k) {
    if (in_pair_[k] >= 0) continue;
    if (tc_.konjunktiv(k)) return true;
    if (allow_ambiguous && tc_.konjunktiv_ambiguous(k)) return true;
  }
  return false;
}

// A noun that names information ("Angaben", "Polizeiangaben", "Berichten").
bool Attributor::information_noun(std::uint32_t k) const {
  if (!tc_.capitalized(k)) return false;
  static const SuffixSet kEndings(word_list("de/information-nouns"));
  return ends_with_any(tok(k).lower, kEndings);
}

// A noun that names a text which can say something ("Pressemitteilung",
// "Erklärung", "Schreiben", "Urteil").
bool Attributor::document_noun(std::uint32_t k) const {
  if (!tc_.capitalized(k)) return false;
  static const SuffixSet kEndings(word_list("de/document-nouns"));
  return ends_with_any(tok(k).lower, kEndings);
}

// "nach Angaben", "nach jüngsten Untersuchungen", "nach UNHCR-Angaben":
// is the "nach" at i a source phrase (an information noun within its next
// three words)?
bool Attributor::nach_source(std::uint32_t i, std::uint32_t limit) const {
  if (!de_ || std::string_view(tok(i).lower) != "nach") return false;
  // "Nach monatelangen Ermittlungen gegen eine Bande": how long a search took tells when, not according
  // to whom. (Not how thorough: "nach eingehenden Untersuchungen der Berliner Baustofftechnologen".)
  if (i + 1 < limit && tc_.word(i + 1) && !tok(i + 1).upper &&
      starts_with_any(tok(i + 1).lower, {"monatelang", "jahrelang", "wochenlang", "tagelang", "stundenlang", "langwierig"}))
    return false;
  for (std::uint32_t k = i + 1; k < limit && k < i + 4; ++k) {
    // The last part of a compound decides: "UNHCR-Angaben".
    while (k + 2 < limit && punct(k + 1, "-") && !tok(k + 1).space_before && !tok(k + 2).space_before) k += 2;
    // "Nach der Veröffentlichung kam es zu Protesten", "Nach der Auszählung
    // von 90 Prozent der Stimmen liegt …": with the definite article an
    // event noun tells when, not according to whom.
    if (information_noun(k) && k > i + 1 && one_of(tok(i + 1).lower, {"der", "dem"}) &&
        (ends_with(tok(k).lower, "veröffentlichung") || ends_with(tok(k).lower, "zählung")))
      return false;
    if (information_noun(k)) return true;
    // A name in the genitive before the noun: "Nach Grupps Meinung".
    if (k == i + 1 && tc_.capitalized(k) && k + 1 < limit && ends_with(tok(k).lower, "s") &&
        information_noun(k + 1))
      return true;
    // "nach SPIEGEL ONLINE": a medium named right after "nach".
    if (k == i + 1 && mention_at(doc_, k) >= 0 &&
        doc_.actors[doc_.mentions[mention_at(doc_, k)].actor].type == ActorType::media)
      return true;
    if (!tc_.word(k) || tok(k).upper) return false;
  }
  return false;
}

// A sentence that opens with "Nach" and a document, result or plan:
// "Nach dem vorläufigen Endergebnis erreichte …", "Nach einem EU-Dokument
// leben …". Where "nach" may as well be temporal ("Nach der Ankündigung
// stiegen die Kurse") the clause must be reportative: "Nach der
// Ankündigung der Ministerin soll …", "Nach Schäubles Idee soll …".
bool Attributor::nach_plan_source(std::uint32_t i, std::uint32_t limit) const {
  if (!de_ || std::string_view(tok(i).lower) != "nach") return false;
  const Range np = phrase_from(i + 1, limit);
  if (np.empty() || np.last >= limit) return false;
  static const SuffixSet kDocuments(word_list("de/plan-documents"));
  static const SuffixSet kIntentions(word_list("de/plan-intentions"));
  bool document = false, intention = false;
  for (std::uint32_t k = np.first; k < np.last; ++k) {
    if (!tc_.capitalized(k) || determiner(k)) continue;
    // The last part of a compound decides: "EU-Dokument".
    if (k + 1 < np.last && punct(k + 1, "-") && !tok(k + 1).space_before) continue;
    document = document || ends_with_any(tok(k).lower, kDocuments);
    intention = intention || ends_with_any(tok(k).lower, kIntentions);
  }
  if (document) return true;
  if (!intention) return false;
  for (std::uint32_t k = np.last; k < limit; ++k) {
    if (in_pair_[k] >= 0) continue;
    if (tc_.word(k) && one_of(tok(k).lower, {"soll", "sollen"})) return true;
    if (tc_.konjunktiv(k) && !one_of(tok(k).lower, {"wäre", "wären", "hätte", "hätten", "würde", "würden",
                                                    "könnte", "könnten"}))
      return true;
  }
  return false;
}

// "Seiner Meinung nach", "dem Vernehmen nach", "eigenem Bekunden nach":
// "nach" after an information noun is a postposition like "zufolge"
// (not when an article follows: "die Meinung nach der Wahl").
bool Attributor::nach_after_source(std::uint32_t i) const {
  if (!de_ || std::string_view(tok(i).lower) != "nach" || tok(i).upper || i == 0 || i + 1 >= n_) return false;
  if (tok(i - 1).sentence != tok(i).sentence || !information_noun(i - 1)) return false;
  // ("In den Umfragen nach oben schob sich …": a direction, no source.)
  if (tc_.word(i + 1) && one_of(tok(i + 1).lower, {"oben", "unten", "vorne", "vorn", "hinten", "links", "rechts",
                                                   "außen", "innen", "hause"}))
    return false;
  return !determiner(i + 1) && !(tc_.capitalized(i + 1) && !tc_.function_word(i + 1)) &&
         tok(i + 1).kind != TokenKind::number;
}

// The source before a postposition at i ("zufolge", "nach" after an information noun): the noun
// phrase that ends there, within the sentence ("dem Bericht vom Donnerstag zufolge"); from a
// possessive before the noun ("das Land seiner Ansicht nach": "seiner Ansicht nach"); without a
// relative pronoun before an article ("…, die ihrer Meinung nach …").
Range Attributor::postposition_source(std::uint32_t i) const {
  Range np = phrase_ending_at(i, sentence_of(i).first);
  if (np.last == i && np.last >= np.first + 3 && tc_.word(i - 2) &&
      one_of(tok(i - 2).lower, {"seiner", "ihrer", "meiner", "unserer", "eurer", "deren", "dessen"}))
    np.first = i - 2;
  else if (np.last > np.first + 2 && determiner(np.first) && determiner(np.first + 1))
    ++np.first;
  return np;
}

// A speech verb that could frame sentence si: not a participle ("Die
// Diagnose sei bestätigt worden") nor an infinitive after "zu" or a
// Konjunktiv ("sei geboten, die Erzeuger zu unterstellen", "die Stadt
// müsse entscheiden"), which the reported sentence itself contains.
bool Attributor::has_frame_cue(std::uint32_t si) const {
  const Sentence& s = doc_.sentences[si];
  bool konjunktiv = false;  // a Konjunktiv earlier in the same clause
  for (std::uint32_t k = s.first; k < s.last; ++k) {
    if (in_pair_[k] >= 0) continue;
    if (clause_punct(k)) konjunktiv = false;  // "Es drohe Krieg, hatte Obama gewarnt": a frame
    if (tc_.konjunktiv(k)) konjunktiv = true;
    if (!tc_.speech_verb(k)) continue;
    if (de_ && k > s.first && std::string_view(tok(k - 1).lower) == "zu") continue;
    if (de_ && konjunktiv && (participle(k) || ends_with(tok(k).lower, "en"))) continue;
    return true;
  }
  return false;
}

// "soll", "sollen", "wird", "werden" among tokens [first, last).
bool Attributor::reportative_before(std::uint32_t first, std::uint32_t last) const {
  for (std::uint32_t k = first; k < last; ++k)
    if (tc_.word(k) && in_pair_[k] < 0 && one_of(tok(k).lower, {"soll", "sollen", "wird", "werden"})) return true;
  return false;
}

// "Die Bank veröffentlichte heute neue Zahlen. Danach verzeichnet …": the
// sentence before si (same paragraph) presents a document, so "Danach"
// means "according to it", not "afterwards".
bool Attributor::document_before(std::uint32_t si) const {
  if (si == 0 || doc_.sentences[si - 1].paragraph != doc_.sentences[si].paragraph) return false;
  const Sentence& prev = doc_.sentences[si - 1];
  for (std::uint32_t k = prev.first; k < prev.last; ++k) {
    if (!tc_.word(k) || in_pair_[k] >= 0) continue;
    const std::string_view w = tok(k).lower;
    if (!tok(k).upper &&
        (w.rfind("veröffentlich", 0) == 0 || one_of(w, {"vorgestellt", "vorgelegt", "stellte", "legte"})))
      return true;
    if (!tok(k).upper) continue;
    static const SuffixSet kEndings(word_list("de/published-nouns"));
    if (ends_with_any(w, kEndings)) return true;
  }
  return false;
}

// A web address at k ("bildblog.de", "spiegel.de"): the token after it, or 0.
std::uint32_t Attributor::web_address(std::uint32_t k, std::uint32_t limit) const {
  if (k >= limit || !tc_.word(k)) return 0;
  // The word breaker keeps "bildblog.de" in one token.
  const std::string_view w = tok(k).lower;
  const std::size_t dot = w.rfind('.');
  if (dot != std::string::npos && dot >= 2 && top_level_domain(std::string_view(w).substr(dot + 1))) return k + 1;
  std::uint32_t e = k;
  while (e + 2 < limit && tc_.word(e) && punct(e + 1, ".") && !tok(e + 1).space_before && tc_.word(e + 2) &&
         !tok(e + 2).space_before)
    e += 2;
  if (e == k) return 0;
  return top_level_domain(tok(e).lower) ? e + 1 : 0;
}

// The "wie" clause at token wie ("wie das Ministerium mitteilte", "wie die
// FIFA bekanntgegeben hat"): fills cue and speaker and returns the token
// that ends it (a comma or the sentence end), or 0 when it is no such clause.
std::uint32_t Attributor::as_clause(std::uint32_t wie, std::uint32_t limit, Attribution& a) {
  int appositions = 0;
  for (std::uint32_t c = wie + 2; c <= limit && c < wie + 25; ++c) {
    if (c < limit && in_pair_[c] >= 0) continue;  // a name in quotation marks
    if (c < limit && !punct(c, ",") && !(punct(c, ".") && c + 1 == limit)) {
      if (clause_punct(c)) return 0;
      continue;
    }
    if (c == limit && !(tok(c - 1).kind == TokenKind::word)) return 0;
    // The verb closes the clause: "mitteilte", "bekannt gab", "berichtete",
    // "bekanntgegeben hat".
    std::uint32_t v = c - 1;
    std::uint32_t verb_last = c;
    if (de_ && tc_.finite_auxiliary(v) && v > wie + 2) --v;
    // "Wie es hieß, …": the impersonal cue, nobody named.
    if (de_ && one_of(tok(v).lower, {"hieß", "heißt"}) && v == wie + 2 && std::string_view(tok(wie + 1).lower) == "es") {
      a.cue = {wie, wie + 1};
      a.cue2 = {wie + 1, c};
      return c;
    }
    // (A separable verb ends such a clause joined to its particle, "angab", "mitteilte", or after
    // "bekannt": a bare "gibt" is "es gibt", "…, wie es heute gibt".)
    const bool particle_before = v > wie + 1 && tc_.word(v - 1) && !tok(v - 1).upper &&
                                 one_of(tok(v - 1).lower, {"bekannt", "mit", "an", "hin", "fest"});
    const bool separable = (tc_.lower_flags(v) & kSpeechSeparableDe) && particle_before;
    if (!(tc_.speech_verb_any_case(v) || separable)) {
      // The commas of an apposition: "Wie der Bevollmächtigte der
      // EU-Kommission, Gerald Braun, in Luxemburg mitteilte".
      if (c < limit && appositions < 2 && c + 1 < limit && tc_.word(c + 1)) {
        ++appositions;
        continue;
      }
      return 0;
    }
    a.cue = {wie, wie + 1};
    const std::uint32_t verb_first = particle_before ? v - 1 : v;
    a.cue2 = {verb_first, verb_last};
    // Adverbs and prepositions before the subject: "wie schon die WHO
    // sagte", "wie schon vom Bundesgerichtshof entschieden".
    std::uint32_t first = wie + 1;
    while (first + 1 < verb_first && tc_.word(first) && !tok(first).upper && tc_.function_word(first) &&
           !determiner(first) && !tc_.pronoun(first))
      ++first;
    // "Wie sich aus der Auswertung der Ermittler ergab": the source follows "aus".
    if (de_ && first + 2 < verb_first && std::string_view(tok(first).lower) == "sich" && std::string_view(tok(first + 1).lower) == "aus") first += 2;
    // "wie es Ex-Trainer Zollner formulierte": "es" is what was said, the subject follows it.
    if (de_ && first + 1 < verb_first && std::string_view(tok(first).lower) == "es" &&
        (tc_.capitalized(first + 1) || determiner(first + 1)))
      ++first;
    Range np = phrase_from(first, verb_first);
    // A quoted name ("Wie „heise online“ berichtet").
    if (np.empty() && in_pair_[first] >= 0 && doc_.quote_pairs[in_pair_[first]].open == first &&
        doc_.quote_pairs[in_pair_[first]].close + 1 == verb_first &&
        quoted_name_shape(doc_.quote_pairs[in_pair_[first]]))
      np = {first, verb_first};
    // A name in lower case ("Wie t-online.de berichtet"): the words before the verb.
    if (np.empty() && verb_first > first && verb_first - first <= 3 && !tc_.function_word(first) &&
        !tc_.preposition(first))
      np = {first, verb_first};
    a.speaker = resolve(np);
    if (!np.empty() && a.speaker.actor >= 0 && doc_.actors[a.speaker.actor].type == ActorType::media)
      add_source(SourceKind::report, doc_.token_span(wie, verb_last), a.speaker.actor);
    return c;
  }
  return 0;
}

// A separable verb's zu-infinitive in one word: "zurückzutreten",
// "einzuleiten", "vorzugehen".
bool Attributor::zu_infinitive_word(std::uint32_t k) const {
  if (!de_ || !tc_.word(k) || tok(k).upper) return false;
  const std::string_view w = tok(k).lower;
  if (w.size() < 8 || !(ends_with(w, "en") || ends_with(w, "ern") || ends_with(w, "eln"))) return false;
  static const auto kParticles = word_list("de/separable-particles");
  for (const std::string_view p : kParticles) {
    const std::size_t n = p.size();
    if (w.compare(0, n, p) == 0 && w.compare(n, 2, "zu") == 0 && w.size() > n + 5) return true;
  }
  return false;
}

// "heißt es" names no speaker but may name where it is written: "Nun
// heißt es im Abschlussbericht", "In der Vorabversion des Berichts, …,
// heißt es". Empty when neither.
Range Attributor::origin_of_impersonal(std::uint32_t verb, const Sentence& s) const {
  const auto place = [&](std::uint32_t k, std::uint32_t limit) -> Range {
    if (k >= limit || !tc_.word(k) || !one_of(tok(k).lower, {"in", "im", "aus", "auf", "bei", "von", "vom"}))
      return {};
    const Range r = phrase_from(k + 1, limit);  // without the preposition, as the corpus mostly marks it
    // "Im Mai wurde bekannt": a time, no origin ("in einer Erklärung vom
    // Dienstag" is one: its head decides).
    std::uint32_t head = r.first;
    while (head < r.last && !(tc_.word(head) && tok(head).upper)) ++head;
    return r.empty() || tok(r.first).kind == TokenKind::number || (head < r.last && tc_.time_word(head))
               ? Range{}
               : r;
  };
  for (std::uint32_t k = verb + 2; k < s.last && k < verb + 5; ++k) {
    if (clause_punct(k) || in_pair_[k] >= 0) break;
    const Range r = place(k, s.last);
    if (!r.empty()) return r;
  }
  const std::uint32_t first = skip_particles(s.first, verb);
  const Range r = place(first, verb);
  return r;
}

// A German participle in the passive: "wird … vorgeworfen", "wurde
// angegeben", "…, dass vermutet wird". A quoted speaker stays the subject
// ("wird X mit den Worten zitiert").
bool Attributor::passive(std::uint32_t verb) const {
  if (!de_ || !participle(verb) || std::string_view(tok(verb).lower) == "zitiert") return false;
  const std::string_view w = tok(verb).lower;
  // "-en" without "ge" is as likely an infinitive ("wird erklären").
  if (w.back() != 't' && w.find("ge") == std::string::npos) return false;
  const auto werden = [&](std::uint32_t k) {
    return tc_.word(k) && one_of(tok(k).lower, {"wird", "werden", "wurde", "wurden", "worden"});
  };
  if (verb + 1 < n_ && werden(verb + 1)) return true;
  const std::uint32_t first = sentence_of(verb).first;
  for (std::uint32_t k = verb; k > first && verb - k < 12; --k) {
    if (in_pair_[k - 1] >= 0) {
      // Quoted words inside the clause: "werden … als „extrem“ bezeichnet".
      const QuotePair& pair = doc_.quote_pairs[in_pair_[k - 1]];
      if (pair.close - pair.open > 6 || pair.open <= first) break;
      k = pair.open + 1;
      continue;
    }
    if (clause_punct(k - 1)) break;
    if (werden(k - 1)) return true;
    if (tc_.finite_auxiliary(k - 1)) break;
  }
  return false;
}

// "Besorgt äußerte sich auch der Vorsitzende …": after a verb and "sich"
// a named phrase is the subject, so the single word in front was an
// adverb, even one the actor stage took for a name. Empty when none.
Range Attributor::subject_after_reflexive(std::uint32_t finite, std::uint32_t limit) const {
  if (finite + 2 >= limit || !tc_.word(finite + 1) || std::string_view(tok(finite + 1).lower) != "sich") return {};
  const std::uint32_t k = past_reflexive(finite + 1, limit);
  if (k >= limit || !tc_.word(k) || oblique(k) || tc_.pronoun(k) || tc_.preposition(k)) return {};
  const Range after = phrase_from(k, limit);
  if (after.empty() || !names_speaker(head_of(after))) return {};
  return after;
}

// An uninflected adjective or participle opening an apposition:
// "zuständig", "verantwortlich", "bekannt", "gewählt".
bool Attributor::attributive_adjective_or_participle(std::uint32_t k) const {
  if (!tc_.word(k) || tok(k).upper || tc_.function_word(k) || tc_.preposition(k) || tc_.finite_auxiliary(k))
    return false;
  return adverb_form(k) || participle(k);
}

// "Stephen Singer, ein Klimaexperte vom WWF erklärte": an apposition whose
// closing comma is missing still belongs to the name before it.
Range Attributor::with_named_head(Range r, std::uint32_t verb, const Sentence& s) const {
  if (!de_ || r.first <= s.first + 1 || r.first - s.first > 12 || !punct(r.first - 1, ",") || r.last != verb)
    return r;
  for (std::uint32_t k = s.first; k + 1 < r.first; ++k)
    if (clause_punct(k) || in_pair_[k] >= 0) return r;
  const Range name = phrase_from(s.first, r.first - 1);
  if (name.first != s.first || name.last != r.first - 1) return r;
  const std::int32_t m = mention_at(doc_, name.first);
  if (m < 0 || doc_.actors[doc_.mentions[m].actor].type != ActorType::person) return r;
  return {name.first, r.last};
}

// German puts an object first as readily as the subject ("Dies bestätigte
// der Parteivorsitzende", "Den Unmut … brachte die Sprecherin zum
// Ausdruck", "Der Politik schlug er vor"): the subject after the finite verb
// when the phrase in front cannot or is unlikely to be it; empty otherwise.
Range Attributor::subject_after_verb(Range front, std::uint32_t verb, const Sentence& s) const {
  if (!de_) return {};
  std::uint32_t finite = verb;
  for (std::uint32_t m = front.last; m < verb; ++m)
    if (tc_.finite_auxiliary(m)) {
      finite = m;
      break;
    }
  // The verb comes second: right after the front phrase, or after it and
  // its attachments ("Deren Haltung gegenüber der PKK bezeichnete er").
  const bool second = finite == front.last || nominal(Range{front.last, finite});
  const std::uint32_t k = past_reflexive(finite + 1, s.last);
  if (k >= s.last || !tc_.word(k) || finite >= s.last) return {};
  // Only a subject can be "er", "ich", "wir".
  if (one_of(tok(k).lower, {"er", "ich", "wir"})) return {k, k + 1};
  if (!second) return {};
  const bool demonstrative =
      front.last == front.first + 1 && one_of(tok(front.first).lower, {"dies", "das", "dieses", "diese"});
  const bool object_first = demonstrative || oblique(front.first);
  if (!object_first && (names_speaker(front) || finite != front.last)) return {};
  const Range after = phrase_from(k, s.last);
  if (after.empty() || oblique(k)) return {};
  // With a noun in front that names no one, a speaker after the verb in the
  // nominative ("der SPD-Vorsitzende", "Bundeskanzlerin Merkel"), not "die
  // Rebellen" (as likely the object).
  if (!object_first && !(names_speaker(after) && (std::string_view(tok(k).lower) == "der" || tc_.capitalized(k)))) return {};
  if (tc_.pronoun(k) && !one_of(tok(k).lower, {"sie"})) return {};
  return after;
}

// A word with the ending of a German adverb or adjective ("Gegenwärtig",
// "Ähnlich", "Besorgt"): no name, even when no list knows it.
bool Attributor::adverb_form(std::uint32_t k) const {
  const std::string_view w = tok(k).lower;
  static const auto kEndings = word_list("de/adverb-endings");
  for (const std::string_view e : kEndings)
    if (w.size() > e.size() + 2 && ends_with(w, e)) return true;
  return false;
}

// The endings only adverbs and adjectives have ("Unmissverständlich",
// "Offensichtlich", "Zweifellos"), even where a noun list knows the word.
bool Attributor::adverb_suffix(std::uint32_t k) const {
  const std::string_view w = tok(k).lower;
  for (const std::string_view e : {"lich", "isch", "weise", "mals", "falls", "wärts", "los"})
    if (w.size() > e.size() + 3 && ends_with(w, e)) return true;
  return false;
}

// Adverbs between a German frame's verb and its subject: "teilte später
// der Direktor mit", "gab am Montag die Behörde bekannt". The first token
// after them.
std::uint32_t Attributor::frame_adverbs(std::uint32_t k, std::uint32_t end) const {
  static const auto kFrameAdverbs = word_list("de/frame-adverbs");
  for (int guard = 0; guard < 3 && k + 1 < end; ++guard) {
    if (!tc_.word(k) || in_pair_[k] >= 0) break;
    if (!tok(k).upper && (in_list(tok(k).lower, kFrameAdverbs) || one_of(tok(k).lower, {"kürzlich", "zuvor", "dazu"}))) {
      ++k;
    } else if (one_of(tok(k).lower, {"am", "im"}) && tc_.time_word(k + 1)) {
      k += 2;
    } else {
      break;
    }
  }
  return k;
}

// A cue that frames an indicative clause before it: a separable verb
// closed by its particle ("teilte … mit", "gab … bekannt") or a verb that
// takes no object ("berichtete", "schrieb"). After "kritisierte",
// "forderte", "entschied sich" the phrase is as likely the object.
bool Attributor::indicative_frame(const Attribution& a) const {
  if (a.cue.last > a.cue.first + 1) return false;  // "entschied sich", "sprach von"
  static const WordSet kVerbs(word_list("de/indicative-frame-verbs"));
  return !a.cue2.empty() || in_list(tok(a.cue.first).lower, kVerbs);
}

// After the subject of a frame "…, teilte das Unternehmen mit": nothing
// but an apposition ("der Direktor, Bagus Puruhito,"), adverbs, a place
// or addressee and the verb's particle before the sentence ends.
// "sagte Olli Rehn, EU-Erweiterungskommissar: „…“", "erklärte Jane Greaves
// von der Universität, Schottland.": a speaker after the cue takes along the
// apposition after its comma when the clause ends there (not "sagte Merkel,
// die Lage sei ernst", where a verb follows).
Range Attributor::with_apposition(Range np, std::uint32_t limit) const {
  if (!de_ || np.empty() || np.last + 2 > limit || !punct(np.last, ",") || in_pair_[np.last] >= 0) return np;
  const std::uint32_t k = np.last + 1;
  // ("sagte Charles Bouchard, kanadischer General und Kommandeur des
  // Einsatzes.": an adjective may open it.)
  const bool adjective = tc_.word(k) && !tok(k).upper && k + 1 < limit && attributive_adjective(k) &&
                         tc_.capitalized(k + 1);
  if (!tc_.word(k) || tc_.pronoun(k) || !(determiner(k) || tc_.capitalized(k) || tc_.title(k) || adjective))
    return np;
  const Range ap = phrase_from(k, limit);
  if (ap.empty() || ap.first != k) return np;
  // (The clause ends right after it; a phrase that has its apposition
  // already takes no second one: "nannte X, Geschäftsführer des Verbands,
  // die Kartoffel „…“".)
  if (ap.last >= limit || !(punct(ap.last, ".") || punct(ap.last, ":") || punct(ap.last, ";"))) return np;
  for (std::uint32_t m = np.first; m < np.last; ++m)
    if (punct(m, ",")) return np;
  if (!names_speaker(head_of(np))) return np;
  return {np.first, ap.last};
}

// "Theo Zwanziger, Präsident des Deutschen Fußball-Bundes (DFB) nannte …",
// "Wie Philip Aguer, ein Sprecher der SPLA der Presse mitteilte": a role
// after a comma whose closing comma the text left out; the person's name
// that opens the clause before the comma belongs to it.
Range Attributor::with_name_before(Range role, std::uint32_t first) const {
  if (!de_ || role.empty() || role.first < first + 2 || !punct(role.first - 1, ",") || in_pair_[role.first - 1] >= 0)
    return role;
  const bool titled = tc_.title(role.first) || (determiner(role.first) && role.first + 1 < role.last &&
                                                (tc_.title(role.first + 1) || attributive_adjective(role.first + 1)) &&
                                                has_title(role));
  if (!titled) return role;
  for (std::uint32_t k = role.first; k < role.last; ++k)
    if (mention_at(doc_, k) >= 0 && doc_.actors[doc_.mentions[mention_at(doc_, k)].actor].type == ActorType::person)
      return role;  // the role has its name already
  const std::int32_t m = mention_at(doc_, role.first - 2);
  if (m < 0 || doc_.actors[doc_.mentions[m].actor].type != ActorType::person || doc_.mentions[m].last != role.first - 1)
    return role;
  std::uint32_t start = doc_.mentions[m].first;
  // (The clause opens with the name, or with "Wie" before it.)
  if (start != first && !(start == first + 1 && tc_.word(first) && std::string_view(tok(first).lower) == "wie")) return role;
  return {start, role.last};
}

// The speaker named after a closing cue: the phrase there, or a quoted name
// that stands alone ("…, schrieb „Die Zeit“ in einem Nachruf", "…, zitiert
// „BBC News“ aus der Erklärung"): a short capitalised title, its marks
// included, followed by a preposition or the end of the clause.
Range Attributor::speaker_after_cue(std::uint32_t i, std::uint32_t limit) const {
  const Range np = with_apposition(phrase_from(i, limit), limit);
  if (!np.empty() || i >= limit || in_pair_[i] < 0) return np;
  const QuotePair& pair = doc_.quote_pairs[in_pair_[i]];
  if (pair.open != i || pair.close >= limit || !quoted_name(pair) || pair.close - pair.open > 5) return np;
  for (std::uint32_t k = pair.open + 1; k < pair.close; ++k)
    if (tc_.word(k) && !tok(k).upper && !tc_.function_word(k)) return np;
  const std::uint32_t after = pair.close + 1;
  if (after < limit && !clause_punct(after) && !tc_.preposition(after)) return np;
  return {pair.open, pair.close + 1};
}

bool Attributor::frame_closes(std::uint32_t k, std::uint32_t end, const Attribution& a) const {
  static const auto kFrameAdverbs = word_list("de/frame-adverbs");
  int words = 0;
  // A noun phrase may follow only in an apposition or after a preposition
  // ("am Montag", "in Berlin"); a second bare one is an object ("warf den
  // Behörden Fahrlässigkeit vor").
  bool phrase_ok = false;
  for (; k < end; ++k) {
    if (!a.cue2.empty() && k == a.cue2.first) continue;
    const Token& t = tok(k);
    if (in_pair_[k] >= 0) return false;
    if (t.kind == TokenKind::punct) {
      if (!one_of(t.key, {",", ".", "!", "(", ")", "-"})) return false;
      if (one_of(t.key, {",", "("})) phrase_ok = true;
      continue;
    }
    if (++words > 8) return false;
    if (t.kind == TokenKind::number) continue;
    if (tc_.finite_auxiliary(k) || tc_.konjunktiv(k) || tc_.speech_verb_any_case(k) ||
        tc_.separable_speech_verb(k) || zu_infinitive_word(k) || one_of(t.lower, {"zu", "dass", "daß", "ob"}))
      return false;
    if (tc_.preposition(k) || t.lower == "und") {
      phrase_ok = true;
      continue;
    }
    if (tc_.time_word(k) || in_list(t.lower, kFrameAdverbs)) {
      phrase_ok = false;
      continue;
    }
    if (phrase_ok && (t.upper || determiner(k) || adjective_ending(k))) continue;
    return false;
  }
  return true;
}

// The subject of a sentence whose main clause frames a Konjunktiv clause:
// a named one, or after a fronted phrase any noun phrase with an article in
// the nominative ("Im ersten Satz beruft sich die Bank darauf, dass …").
Range Attributor::frame_subject(std::uint32_t si) const {
  const Range named = subject_of_sentence(si);
  if (!named.empty()) return named;
  const Sentence& s = doc_.sentences[si];
  const std::uint32_t start = skip_particles(s.first, s.last);
  if (start >= s.last || !tc_.preposition(start)) return {};
  const std::uint32_t v = verb_after_fronted(start, s.last);
  if (v == 0 || tc_.konjunktiv(v) || tc_.konjunktiv_ambiguous(v)) return {};
  const std::uint32_t k = past_reflexive(v + 1, s.last);
  if (k >= s.last || !tc_.word(k) || !one_of(tok(k).lower, {"der", "die", "das"})) return {};
  const Range after = phrase_from(k, s.last);
  return after.empty() || !tc_.capitalized(after.last - 1) ? Range{} : after;
}

// The named subject that opens sentence si ("Der senegalesische
// Innenminister Usman Ngom definierte … das Ziel."): who the Konjunktiv
// sentence after it reports when no quotation came before. Empty when the
// sentence opens with anything else.
Range Attributor::subject_of_sentence(std::uint32_t si) const {
  const Sentence& s = doc_.sentences[si];
  const std::uint32_t start = skip_particles(s.first, s.last);
  if (start >= s.last || in_pair_[start] >= 0) return {};
  // A prepositional phrase or a date in front ("Am 15. Mai hat die
  // Wahlkommission den Termin festgelegt.", "Mit Kritik an den Plänen hält
  // sich Gall zurück."): the named phrase after the finite verb. (Also a
  // preposition the token class does not list, "Trotz gesunkener Zahlen gibt
  // ROG keine Entwarnung.", and a year alone, "2009 will BYD … verkaufen.")
  static const WordSet kMorePrepositions(word_list("de/fronted-prepositions"));
  const bool year = tok(start).kind == TokenKind::number && tok(start).end - tok(start).begin == 4 &&
                    start + 1 < s.last && tc_.finite_auxiliary(start + 1);
  if (de_ && (tc_.preposition(start) || year || (tc_.word(start) && in_list(tok(start).lower, kMorePrepositions)))) {
    const std::uint32_t v = verb_after_fronted(start, s.last);
    // "In einem Bericht von ndr.de werden die Vorkehrungen als „extrem“
    // bezeichnet.", "In einem Jahresbericht des Ministeriums steht, dass …":
    // the text speaks.
    // In the passive the phrase after the verb is what was talked about, so
    // nothing but the text in front may speak.
    if (v != 0 && one_of(tok(v).lower, {"wird", "werden", "wurde", "wurden"})) {
      const Range text = text_in(start, v, false);
      return text.empty() ? text_in(start, v, true) : text;
    }
    // "In ägyptischen Justizkreisen war von acht Toten die Rede.": who spoke of it.
    if (v != 0 && one_of(tok(v).lower, {"war", "ist"}) && tc_.word(start) && one_of(tok(start).lower, {"in", "im"})) {
      std::uint32_t end = s.last;
      while (end > v && tok(end - 1).kind == TokenKind::punct) --end;
      if (end > v + 3 && std::string_view(tok(end - 1).lower) == "rede" && std::string_view(tok(end - 2).lower) == "die") {
        const Range origin = phrase_from(start + 1, v);
        if (!origin.empty() && origin.last == v) return origin;
      }
    }
    if (v != 0 && one_of(tok(v).lower, {"steht", "stand", "heißt", "hieß"})) {
      const Range text = text_in(start, v, false);
      if (!text.empty()) return text;
    }
    // ("Im Brief habe sich der Rebellenführer beschwert.": in a reported
    // sentence the subject is what was said, not who said it.)
    if (v == 0 || tc_.konjunktiv(v) || tc_.konjunktiv_ambiguous(v)) return {};
    std::uint32_t k = past_reflexive(v + 1, s.last);
    for (int guard = 0; guard < 3 && k + 1 < s.last && tc_.word(k) && !tok(k).upper && tc_.function_word(k) &&
                        !determiner(k) && !tc_.preposition(k) && !tc_.pronoun(k);
         ++guard)
      k = past_reflexive(k + 1, s.last);  // "nahm jetzt auch der Ministerpräsident"
    if (k >= s.last || oblique(k) || tc_.pronoun(k)) return {};
    const Range after = phrase_from(k, s.last);
    return !after.empty() && names_speaker(head_of(after)) ? after : Range{};
  }
  const Range r = phrase_from(start, s.last);
  if (de_ && r.empty() && tc_.capitalized(start) && start + 2 < s.last && tc_.word(start + 1) &&
      !tok(start + 1).upper && (!tc_.function_word(start + 1) || tc_.finite_auxiliary(start + 1)) &&
      !tc_.konjunktiv(start + 1) && !tc_.konjunktiv_ambiguous(start + 1)) {
    // "Inzwischen hat sich Jeb Bush, der frühere Gouverneur, für Romney
    // ausgesprochen.": an adverb in front, the subject after the verb.
    const std::uint32_t k = past_reflexive(start + 2, s.last);
    if (k >= s.last || oblique(k) || tc_.pronoun(k)) return {};
    const Range after = phrase_from(k, s.last);
    return !after.empty() && names_speaker(head_of(after)) ? after : Range{};
  }
  if (r.empty() || r.last >= s.last || one_of(tok(r.first).lower, {"es", "man", "dies"})) return {};
  // The finite verb follows, maybe after a particle ("Die Armeeleitung
  // hingegen sprach") or the body's seat ("Das Nobelkomitee im norwegischen
  // Oslo würdigte"): the phrase is the subject, not a fronted object.
  std::uint32_t v = punct(r.last, ",") ? r.last + 1 : with_seat(r).last;
  // "Hubert Primus, der bei der Stiftung zuständig ist, wies …": a relative
  // clause between the subject and its verb.
  if (de_ && punct(r.last, ",") && v < s.last && tc_.word(v) && !tok(v).upper &&
      one_of(tok(v).lower, {"der", "die", "das", "dessen", "deren", "welcher", "welche", "welches"}) &&
      !tc_.capitalized(v + 1))
    for (std::uint32_t c = v + 1; c + 1 < s.last && c < v + 30; ++c) {
      if (in_pair_[c] >= 0 || (clause_punct(c) && !punct(c, ","))) break;
      if (punct(c, ",")) {
        v = c + 1;
        break;
      }
    }
  if (v + 1 < s.last && tc_.word(v) && !tok(v).upper &&
      one_of(tok(v).lower, {"hingegen", "dagegen", "jedoch", "aber", "auch", "nun", "ebenfalls", "indes", "zudem"}))
    ++v;
  if (v >= s.last || !tc_.word(v) || tok(v).upper || (tc_.function_word(v) && !tc_.finite_auxiliary(v))) {
    // "Vertreter aller im Bundestag vertretenen Parteien warnten …": the
    // subject runs on past what the phrase finder takes, up to the verb.
    const std::uint32_t verb = de_ && names_speaker(head_of(r)) ? verb_after_fronted(r.last - 1, s.last) : 0;
    if (verb == 0 || verb <= r.last || tc_.konjunktiv(verb) || tc_.konjunktiv_ambiguous(verb) ||
        !nominal(Range{r.last, verb}))
      return {};
    return {r.first, verb};
  }
  // An adverb in front ("Daraufhin fügte der Bundesgesetzgeber …", "Besorgt
  // äußerte sich Kofi Annan"): the subject follows the verb.
  if (r.last == r.first + 1 && !tc_.pronoun(r.first) &&
      ((mention_at(doc_, r.first) < 0 && (tc_.function_word(r.first) || adverb_form(r.first))) ||
       !subject_after_reflexive(v, s.last).empty())) {
    const Range after = phrase_from(past_reflexive(v + 1, s.last), s.last);
    return !after.empty() && names_speaker(after) ? after : Range{};
  }
  // In the passive the agent speaks: "Die Forderungen Berningers wurden von
  // Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet."
  if (one_of(tok(v).lower, {"wird", "werden", "wurde", "wurden"})) {
    for (std::uint32_t k = v + 1; k + 1 < s.last && k < v + 12; ++k) {
      if (clause_punct(k) || in_pair_[k] >= 0) break;
      // "Die Konflikte werden im Bericht auf … zurückgeführt.": the text speaks.
      if (const Range text = text_in(k, s.last, false); !text.empty()) return text;
      if (!one_of(tok(k).lower, {"von", "vom"})) continue;
      const Range agent = phrase_from(k + 1, s.last);
      return !agent.empty() && names_speaker(agent) ? agent : Range{};
    }
    // "Die Konflikte werden im Bericht auf … zurückgeführt."
    for (std::uint32_t k = v + 1; k + 1 < s.last && k < v + 8; ++k) {
      if (clause_punct(k) || in_pair_[k] >= 0) break;
      const Range origin = text_in(k, std::min(s.last, k + 12), true);
      if (!origin.empty()) return origin;
    }
    return {};
  }
  // A phrase that names no known speaker still speaks through a speech verb.
  const bool speaks = tc_.speech_verb(v) || tc_.separable_speech_verb(v) || speech_act_verb(v);
  return names_speaker(r) || speaks ? r : Range{};
}

// The text named by "in"/"im" at `at` before `limit`, without the
// preposition ("In einem Bericht der Zeitung", "im Bericht"): a phrase whose
// head is an information or document noun ("Bericht", "Pressemitteilung"),
// or with any_word any of whose words is an information noun ("In einem
// Bericht von ndr.de"). Empty otherwise.
Range Attributor::text_in(std::uint32_t at, std::uint32_t limit, bool any_word) const {
  if (!tc_.word(at) || !one_of(tok(at).lower, {"in", "im"})) return {};
  const Range text = phrase_from(at + 1, limit);
  if (text.empty()) return {};
  if (any_word) {
    for (std::uint32_t k = text.first; k < text.last; ++k)
      if (information_noun(k)) return text;
    return {};
  }
  const Range head = head_of(text);
  return !head.empty() && (information_noun(head.last - 1) || document_noun(head.last - 1)) ? text : Range{};
}

// The finite verb of a clause that opens with a prepositional phrase at
// `start` ("Für die Ausarbeitung einer neuen Verfassung, die … ansieht,
// gab …"): the first verb form after the phrase and a relative clause
// attached to it; 0 when there is none.
std::uint32_t Attributor::verb_after_fronted(std::uint32_t start, std::uint32_t limit) const {
  bool relative = false;
  for (std::uint32_t k = start + 1; k < limit && k < start + 30; ++k) {
    if (in_pair_[k] >= 0) return 0;
    if (punct(k, ",")) {
      if (relative) {
        relative = false;
        continue;
      }
      if (k + 1 < limit && tc_.word(k + 1) &&
          one_of(tok(k + 1).lower, {"der", "die", "das", "dessen", "deren", "welcher", "welche", "welches"})) {
        relative = true;
        continue;
      }
      return 0;
    }
    if (relative) continue;
    if (clause_punct(k) && !punct(k, ".")) return 0;
    if (tc_.finite_auxiliary(k)) return k;
    if (!tc_.word(k) || tok(k).upper || tc_.function_word(k) || tc_.preposition(k) || determiner(k)) continue;
    if (adjective_ending(k) && k + 1 < limit && (tc_.capitalized(k + 1) || tok(k + 1).kind == TokenKind::number))
      continue;  // "einer neuen Verfassung"
    // ("der schwierigen wirtschaftlichen Lage": after an article, an
    // adjective before another one.)
    if (adjective_ending(k) && k > start + 1 && determiner(k - 1) && k + 2 < limit && tc_.word(k + 1) &&
        !tok(k + 1).upper && adjective_ending(k + 1) && tc_.capitalized(k + 2))
      continue;
    if (k == start + 1 && (adjective_ending(k) || ends_with(tok(k).lower, "em"))) continue;  // "vor kurzem"
    return k;
  }
  return 0;
}

// Verbs that report speech even with a noun-phrase object ("kritisierte
// die Pläne", "sprach von 800 Autos"), by the start of their forms.
bool Attributor::speech_act_verb(std::uint32_t v) const {
  static const PrefixSet kStems(word_list("de/speech-act-stems"));
  return starts_with_one_of(tok(v).lower, kStems);
}

// Of those, the ones whose sentence is itself reported speech. Chosen by
// how often the German Wikinews train split marks such a sentence: after
// "bestätigte", "kündigte an", "meldete", "teilte mit" it is mostly a
// plain statement of fact ("bestätigte den Vorfall"). ("kritisierte" only
// with what was said: reported_act_in.)
bool Attributor::reported_speech_act(std::uint32_t v) const {
  static const char* const kFactual[] = {"bestätig", "kündigt", "meldet", "teilt", "bekräftig"};
  return speech_act_verb(v) && !starts_with_any(tok(v).lower, kFactual);
}

// Uses of a speech-act verb that the corpus does not mark as reported:
// "Als Lichtjahr bezeichnet man …" (a definition), "Die Zahlen sprechen
// für Romney" (no speech), "Stoiber sprach sich für einen Kompromiss aus",
// and "kritisierte den Vertrag" unless it says as what or adds what was
// said ("kritisierte den Anschlag als barbarisch", "…, es sei …").
bool Attributor::reported_act_in(std::uint32_t v, const Attribution& a, Range subject, const Sentence& s) const {
  if (subject.last == subject.first + 1 && std::string_view(tok(subject.first).lower) == "man") return false;
  const std::string_view w = tok(v).lower;
  if (starts_with_any(w, {"sprach", "sprich", "sprech"}) && v + 1 < s.last) {
    if (std::string_view(tok(v + 1).lower) == "sich") return false;
    for (std::uint32_t k = v + 1; k < s.last && k < v + 12; ++k)
      if (std::string_view(tok(k).lower) == "sich") return false;
    for (std::uint32_t k = subject.last > v ? subject.last : v + 1; k < s.last && k < v + 3; ++k)
      if (one_of(tok(k).lower, {"für", "gegen"})) return false;
    // Speech is reported with what it was about, "von"/"über" after the verb
    // or opening the sentence ("Von einem Erfolg sprach …"); not "sprach mit
    // seiner Frau", "sprach ein Gebet", "sprach sein Beileid aus".
    bool topic = tc_.word(s.first) && one_of(tok(s.first).lower, {"von", "vom", "über"});
    for (std::uint32_t k = v + 1; k < s.last && !topic; ++k)
      topic = tc_.word(k) && one_of(tok(k).lower, {"von", "vom", "über"});
    if (!topic) return false;
  }
  // "Der Taifun forderte zwölf Todesopfer", "hat 100 Menschenleben
  // gefordert": lives claimed by a disaster, no demand.
  if (starts_with_any(w, {"forder", "geforder"}))
    for (std::uint32_t k = s.first; k < s.last; ++k)
      if ((k < subject.first || k >= subject.last) && tc_.word(k) && tok(k).upper &&
          (ends_with(tok(k).lower, "opfer") || ends_with(tok(k).lower, "menschenleben") ||
           one_of(tok(k).lower, {"tote", "toten", "leben", "verletzte", "verletzten"})))
        return false;
  // ("verurteilte den Anschlag als zutiefst erschütternd", not "verurteilte
  // den Vorfall scharf" nor a court's "verurteilte ihn zu drei Jahren Haft".)
  if (starts_with_any(w, {"kritisier", "verurteil"})) {
    // "kritisierte X heftig …, es sei …": what was said follows.
    for (std::uint32_t k = v + 1; k < s.last; ++k)
      if (tc_.word(k) && (std::string_view(tok(k).lower) == "als" || tc_.konjunktiv(k))) return true;
    return false;
  }
  return true;
}

// Whether the verb at v ends a relative clause: the stretch since the last
// comma opens with a relative pronoun, maybe after a preposition ("…, in
// dem es nur 26 Fouls gab").
bool Attributor::in_relative_clause(std::uint32_t v, std::uint32_t floor) const {
  static const WordSet kRelative(word_list("de/relative-pronouns"));
  std::uint32_t k = v;
  while (k > floor && k + 12 > v && !punct(k - 1, ",")) --k;
  if (k == floor || !punct(k - 1, ",") || k >= v) return false;
  if (tc_.preposition(k) && k + 1 < v) ++k;
  return tc_.word(k) && !tok(k).upper &&
         in_list(tok(k).lower, kRelative);
}

// "…, so Elshorst weiter: „…“", "…, darunter der norwegische
// Ministerpräsident Jens Stoltenberg: „…“": a person named right before
// the colon at `colon` speaks. Fills a (speaker, and "so" as cue).
bool Attributor::named_before_colon(std::uint32_t start, std::uint32_t colon, Attribution& a) const {
  if (!de_ || colon <= start + 1) return false;
  std::uint32_t end = colon;
  if (tc_.word(end - 1) && one_of(tok(end - 1).lower, {"weiter", "dazu", "später"})) --end;
  const Range tail = phrase_ending_at(end, start);
  if (tail.empty() || tail.last != end) return false;
  const std::int32_t m = mention_at(doc_, tail.last - 1);
  const bool person = m >= 0 && doc_.actors[doc_.mentions[m].actor].type == ActorType::person;
  const bool so = tail.first > start && tc_.word(tail.first - 1) && std::string_view(tok(tail.first - 1).lower) == "so";
  if (!so && !person && !tc_.title(tail.first) && !(tail.first + 1 < tail.last && tc_.title(tail.first + 1)))
    return false;
  if (so) a.cue = {tail.first - 1, tail.first};
  a.speaker = resolve(tail);
  return true;
}

// In a clause [first, last) that opens with something other than its
// subject, the named phrase right after the first verb; empty if none.
// any_noun: the caller's verb says something itself ("… und verurteilte ihn
// als „…“"), so a phrase of an article and a noun no list knows as a
// speaker ("die Bundesregierung") will do.
Range Attributor::subject_after_first_verb(std::uint32_t first, std::uint32_t last, bool any_noun) const {
  if (!de_) return {};
  // "Bei einer Debatte um die Praxis des Vollzugs hatte sich Pieper … hinreißen
  // lassen", "Nach dem Flug lenkte er die Fähre … und meldete sich": a long
  // prepositional phrase in front, then the finite verb.
  // (An adverb that looks like a verb, "zusammen mit", is stepped over.)
  if (tc_.preposition(first)) {
    for (std::uint32_t v = verb_after_fronted(first, last); v != 0 && v + 1 < last;
         v = verb_after_fronted(v, last)) {
      const std::uint32_t k = past_reflexive(v + 1, last);
      const Range r = k < last && !oblique(k) ? phrase_from(k, last) : Range{};
      if (!r.empty() && (names_speaker(head_of(r)) || (any_noun && determiner(r.first) && tc_.capitalized(r.last - 1))) &&
          !one_of(tok(r.first).lower, {"es", "man"}))
        return r;
      if (tc_.finite_auxiliary(v)) break;
    }
    return {};
  }
  for (std::uint32_t v = first; v + 1 < last && v < first + 8; ++v) {
    if (in_pair_[v] >= 0 || clause_punct(v)) return {};
    if (!tc_.word(v) || tok(v).upper || tc_.function_word(v) || tc_.preposition(v) || determiner(v)) continue;
    std::uint32_t k = v + 1;
    if (k < last && std::string_view(tok(k).lower) == "sich") ++k;
    const Range r = phrase_from(k, last);
    if (r.empty() || one_of(tok(r.first).lower, {"es", "man"}) ||
        !(names_speaker(r) || (any_noun && determiner(r.first) && tc_.capitalized(r.last - 1))))
      return {};
    return r;
  }
  return {};
}

// Where the clause after a cue ends: "Er hatte erklärt, er sei unschuldig,
// erkannte die Autorität des Gerichtes nicht an", "Sie räumte ein, es
// könnten Stellen verloren gehen, sprach aber von …", "… sagte, sie müssten
// … aufgeben und bemühte hier das Bild …": after a comma or "und", a verb of
// the cue's subject in the indicative past (or a speech verb) goes on with
// the frame's own sentence, not with what was said.
std::uint32_t Attributor::reported_clause_end(std::uint32_t clause, const Sentence& s) const {
  for (std::uint32_t k = clause + 2; k + 1 < s.last; ++k) {
    if (in_pair_[k] >= 0) continue;
    // "…, nachdem bekannt geworden war, …", "…, wobei diese Aufgabe beim
    // Generalsekretär angesiedelt wurde": a clause on the whole of what was
    // said, in the indicative, is the writer's; with a Konjunktiv ("…, wobei
    // dies nicht hinzunehmen sei"; an "-en" form may be the indicative) it
    // goes on with the reported speech. (Not "was": "nicht zu fassen, was
    // hier passiert ist" is the verb's object.)
    if (punct(k - 1, ",") && tc_.word(k) && one_of(tok(k).lower, {"nachdem", "wobei"})) {
      bool konjunktiv = false;
      for (std::uint32_t j = k + 1; j < s.last && !konjunktiv; ++j)
        konjunktiv = in_pair_[j] >= 0 ||
                     (tc_.konjunktiv(j) && (!tc_.konjunktiv_ambiguous(j) || ends_with(tok(j).lower, "e")));
      if (!konjunktiv) return k - 1;
    }
    if (!(punct(k - 1, ",") || (tc_.word(k - 1) && std::string_view(tok(k - 1).lower) == "und" && !punct(k - 2, ","))))
      continue;
    if (!tc_.word(k) || tok(k).upper || tc_.konjunktiv(k) || tc_.konjunktiv_ambiguous(k) || tc_.function_word(k) ||
        determiner(k) || tc_.pronoun(k))
      continue;
    const std::string_view w = tok(k).lower;
    const bool past = w.size() > 4 && (ends_with(w, "te") || ends_with(w, "ten")) && !ends_with(w, "ste");
    if (!(past || tc_.speech_verb(k) || tc_.separable_speech_verb(k))) continue;
    // The verb's object or an adverb follows, not the noun of an adjective.
    if (tc_.capitalized(k + 1) && !determiner(k + 1)) continue;
    // ("… und fügte hinzu: „…“": the quotation the second verb opens stays
    // with the first quote's speaker, as one mixed quote.)
    for (std::uint32_t c = k + 1; c + 1 < s.last; ++c)
      if (punct(c, ":") && in_pair_[c + 1] >= 0) return s.last;
    return k - 1;  // the comma or "und" before it
  }
  return s.last;
}

// A source phrase that opens the sentence is followed by the finite verb
// (German puts it second): "Nach Angaben des Multilateralen Investitionsfonds
// (MIF) der Interamerikanischen Entwicklungsbank (IADB) sandten …", "Nach
// Ansicht einiger Juristen sind …". (A name in lower case, "amnesty
// international", cannot be told from the verb.) Where the phrase finder stopped short, the words up to a
// lower-case word that can be that verb belong to the source: names,
// articles of a genitive, an abbreviation in parentheses, a quoted name.
Range Attributor::fronted_source_to_verb(Range np, const Sentence& s) const {
  std::uint32_t k = np.last;
  while (k < s.last && k < np.last + 12) {
    if (in_pair_[k] >= 0) {
      const QuotePair& pair = doc_.quote_pairs[in_pair_[k]];
      if (pair.open != k || !quoted_name(pair)) return np;
      k = pair.close + 1;
      continue;
    }
    if (punct(k, "(")) {
      std::uint32_t close = k + 1;
      while (close < s.last && close < k + 6 && !punct(close, ")")) ++close;
      if (close >= s.last || !punct(close, ")")) return np;
      k = close + 1;
      continue;
    }
    if (!tc_.word(k)) return np;
    if (tok(k).upper || determiner(k) || mention_at(doc_, k) >= 0 ||
        (one_of(tok(k).lower, {"und", "von", "vom"}) && k + 1 < s.last && (tc_.capitalized(k + 1) || determiner(k + 1))) ||
        // "Nach Angaben des Kraftfahrt-Bundesamtes in Flensburg fahren …",
        // "Nach einer Veröffentlichung im Magazin „Nature“ haben …": a
        // place or medium after the source is part of the fronted phrase.
        (one_of(tok(k).lower, {"in", "im", "auf", "aus", "sowie"}) && k + 1 < s.last &&
         (tc_.capitalized(k + 1) || determiner(k + 1)))) {
      ++k;
      continue;
    }
    // An adjective before a noun ("vieler Experten", "der neuen Studie"),
    // not a verb before its subject ("sandten Migranten").
    if (adjective_ending(k) && k + 1 < s.last && tc_.capitalized(k + 1) &&
        ((k > np.last && determiner(k - 1)) || ends_with(tok(k).lower, "er"))) {
      ++k;
      continue;
    }
    break;
  }
  // The word there must be able to be the finite verb: lower case, no
  // article, pronoun or preposition, and nothing was passed that reads as
  // the clause's own subject after a comma.
  if (k == np.last || k >= s.last || !tc_.word(k) || tok(k).upper || determiner(k) || tc_.pronoun(k) ||
      tc_.preposition(k) || (tc_.function_word(k) && !tc_.finite_auxiliary(k)))
    return np;
  for (std::uint32_t m = np.last; m < k; ++m)
    if (punct(m, ",")) return np;
  return {np.first, k};
}

}  // namespace attribution
}  // namespace newsmark

// What the rules of both languages share: noun phrases, cues, speakers,
// source phrases, the records a rule makes (quotes, speakers, sources) and the
// shapes of a direct quote. The rules are in core/attribution/, the driver
// that runs them in core/attribution/driver.cpp.
#include "attribution.h"

#include <algorithm>

#include "actors.h"
#include "attributor.h"
#include "attribution/word_lists.h"
#include "lexicon.h"

namespace newsmark {
namespace attribution {

bool Attributor::determiner(std::uint32_t i) const {
  // core/lexicons/{de,en}/determiners.txt; "Former US Ambassador Nikki Haley wrote": a role's
  // pre-modifier opens a phrase like an article.
  return tc_.word(i) && (tc_.lower_flags(i) & kDeterminer);
}

Range Attributor::before_von(Range r) const {
  for (std::uint32_t k = r.first + 1; k < r.last; ++k)
    if (one_of(tok(k).lower, {"von", "vom"})) return {r.first, k};
  return r;
}

// A noun phrase that starts at token i ("der russische Verteidigungsminister
// Andrej Beloussow", "a spokesman for the Home Office"); empty when none.
Range Attributor::phrase_from(std::uint32_t i, std::uint32_t limit) const {
  static const WordSet kGenitive(word_list("de/genitive-determiners"));
  static const WordSet kNameParticles(word_list("names/particles"));
  Range r{i, i};
  if (i >= limit || i >= n_) return r;
  // "den die New York Times zitiert": an object relative pronoun before the
  // article of the phrase. ("der der US-Regierung …" is a subject.)
  if (i + 1 < limit && determiner(i) && determiner(i + 1) && !tok(i).upper &&
      one_of(tok(i).lower, {"den", "dem", "denen"}) &&
      one_of(tok(i + 1).lower, {"der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem"}))
    return phrase_from(i + 1, limit);
  // "…, die die Stärke des Bebens angab": after a comma, two articles in a
  // row are a relative pronoun (the subject) and the object's article.
  if (de_ && i > 0 && i + 1 < limit && punct(i - 1, ",") && determiner(i) && determiner(i + 1) &&
      one_of(tok(i).lower, {"der", "die", "das"}) && one_of(tok(i + 1).lower, {"der", "die", "das", "den", "dem"}))
    return {i, i + 1};
  // "Dieser Arzt" is a phrase; "dieser" alone a pronoun.
  if (tc_.pronoun(i) && !(determiner(i) && i + 1 < limit && tc_.capitalized(i + 1))) return {i, i + 1};
  std::uint32_t k = i;
  bool head = false;
  bool linked = false;  // after a genitive article or "von" that follows the head
  std::uint32_t last_good = i;
  while (k < limit && k < i + 20) {
    if (k > i && tok(k).newlines_before > 0) break;
    const Token& t = tok(k);
    if (t.kind == TokenKind::punct && in_pair_[k] >= 0 && doc_.quote_pairs[in_pair_[k]].open == k &&
        (head || k > i) && doc_.quote_pairs[in_pair_[k]].close < limit &&
        doc_.quote_pairs[in_pair_[k]].close - k <= 6 && doc_.quote_pairs[in_pair_[k]].close > k + 1 &&
        tc_.capitalized(k + 1)) {
      // A quoted name: "des Magazins „Der Spiegel“", "der „New York Times“".
      k = doc_.quote_pairs[in_pair_[k]].close + 1;
      head = true;
      linked = false;
      last_good = k;
      continue;
    }
    // "a March 14, 2019 NATO press release": the comma inside a date.
    if (t.kind == TokenKind::punct && t.key == "," && !de_ && k > i && tok(k - 1).kind == TokenKind::number &&
        k + 1 < limit && tok(k + 1).kind == TokenKind::number && tok(k + 1).end - tok(k + 1).begin == 4) {
      ++k;
      continue;
    }
    if (t.kind == TokenKind::punct) {
      if ((t.key == "-" || t.key == "\u2010") && !t.space_before && k + 1 < limit && !tok(k + 1).space_before) {
        ++k;
        continue;
      }
      // A slash inside a name: "von Bündnis 90/Die Grünen", "der CDU/CSU-Fraktion".
      if (de_ && head && t.key == "/" && !t.space_before && k + 1 < limit && !tok(k + 1).space_before) {
        std::uint32_t n = k + 1;
        if (determiner(n) && tok(n).upper && n + 1 < limit && tok(n + 1).space_before &&
            tc_.capitalized(n + 1))
          ++n;
        if (tc_.word(n) && tok(n).upper) {
          k = n;
          continue;
        }
      }
      // A truncated compound: "Das Bau- und Transportministerium".
      if (de_ && (t.key == "-" || t.key == "\u2010") && !t.space_before && k > i && k + 2 < limit &&
          tc_.word(k + 1) && one_of(tok(k + 1).lower, {"und", "oder", "sowie"}) && tc_.capitalized(k + 2)) {
        k += 2;
        continue;
      }
      // An ampersand inside a name the actor stage found: "According to Standard & Poor's", "David Wyss of
      // Standard & Poor's said", "Marsh & McLennan said" (the phrase stopped at "Standard").
      if (t.key == "&" && k > i) {
        const std::int32_t m = mention_at(doc_, k);
        if (m >= 0 && doc_.mentions[m].first < k && doc_.mentions[m].last > k + 1 && doc_.mentions[m].last <= limit) {
          k = doc_.mentions[m].last;
          head = true;
          linked = false;
          last_good = k;
          continue;
        }
      }
      if (t.key == "." && !t.space_before && k > i && tok(k - 1).upper &&
          (tok(k - 1).end - tok(k - 1).begin <= 3 || one_of(tok(k - 1).lower, {"prof", "dipl", "präs"}))) {
        ++k;  // "Dr." "U.S." "Prof."
        continue;
      }
      break;
    }
    if (t.kind == TokenKind::number) {
      // "laut Behördenangaben 7.000 Menschen": a count with its noun after
      // the head starts the next phrase.
      if (head && k + 1 < limit && (tc_.capitalized(k + 1) || (punct(k + 1, ".") && k + 2 < limit &&
                                                                tc_.capitalized(k + 2) && !tc_.time_word(k + 2))) &&
          !tc_.time_word(k + 1) && mention_at(doc_, k) < 0 && mention_at(doc_, k + 1) < 0)
        break;
      // ("Der Opel Ampera soll nach bisherigen Angaben 2011 … in Serie gehen":
      // a year after the head, with no month or "Jahr" before it and the
      // clause going on after it, tells when, not whose.)
      if (de_ && head && k > i && tok(k).end - tok(k).begin == 4 && tc_.word(k - 1) && !tc_.time_word(k - 1) &&
          !starts_with_any(tok(k - 1).lower, {"jahr"}) && k + 1 < limit && tc_.word(k + 1) && !tok(k + 1).upper &&
          !one_of(tok(k + 1).lower, {"und", "bis"}))
        break;
      ++k;
      if (head) last_good = k;  // "vom November 2011", "Nr. 72-186"
      continue;
    }
    // An initial ("Wayne A. Frederick") is part of the name, not the article "a".
    const bool initial = head && t.upper && t.end - t.begin == 1 && k + 1 < limit && punct(k + 1, ".") &&
                         !tok(k + 1).space_before;
    if (determiner(k) && !initial) {
      // ("nach Auskunft der NASA der überwiegende Teil", "laut Sergei Voznyak
      // der persönliche Sprecher": "der" before an adjective in "-e" is a
      // nominative, the next phrase; a genitive has "der neuen Regierung".)
      if (de_ && head && t.lower == "der" && k + 2 < limit && tc_.word(k + 1) && !tok(k + 1).upper &&
          ends_with(tok(k + 1).lower, "e") && adjective_ending(k + 1) && tc_.capitalized(k + 2))
        break;
      // After the head only a genitive ("Angaben eines Mitarbeiters",
      // "Meinung der beiden Politiker") or "of the" continues the phrase.
      if (head && !linked &&
          !(de_ && in_list(t.lower, kGenitive)) &&
          !(!de_ && t.lower == "the" && k > i && std::string_view(tok(k - 1).lower) == "of"))
        break;
      linked = head;
      ++k;
      continue;
    }
    // German capitalises nouns, so a capitalised word is part of the phrase
    // even when its lower-case form is a verb ("Angaben"/"angaben").
    // ("US" in capitals is the country, not the pronoun "us".)
    if (t.upper && (!tc_.function_word(k) || (t.all_caps && !de_) || initial) && (de_ || !tc_.speech_verb_any_case(k))) {
      head = true;
      linked = false;
      ++k;
      last_good = k;
      continue;
    }
    if (t.upper && k == i && tc_.function_word(k) && determiner(k)) {
      ++k;
      continue;
    }
    // A capitalised adjective of a name after the article: "die Neue
    // Osnabrücker Zeitung", "der Neue Zürcher Zeitung".
    if (de_ && t.upper && !head && k > i && determiner(k - 1) && tc_.function_word(k) && !determiner(k) &&
        adjective_ending(k) && k + 1 < limit && tc_.capitalized(k + 1)) {
      ++k;
      continue;
    }
    // A phrase may open with an adjective the function-word list holds:
    // "Ersten Angaben zufolge", "nach ersten Angaben", "Anderen Aussagen";
    // so may a name after its article: "die Neue Zürcher Zeitung".
    if ((k == i || (de_ && t.upper && !head && determiner(k - 1))) && tc_.function_word(k) && !determiner(k) &&
        adjective_ending(k) && k + 1 < limit && tc_.capitalized(k + 1) && !tc_.time_word(k + 1) &&
        !tc_.function_word(k + 1)) {
      ++k;
      continue;
    }
    if (!t.upper && k > i && punct(k - 1, "-") && !t.space_before && !tok(k - 1).space_before) {
      // The rest of a hyphenated word: "US-amerikanische", "Neu-ödp-Mitglieder".
      // After a number it may be the head itself: "der 81-jährige".
      // Before an adjective and its noun it is one more adjective: "Die
      // 64-jährige deutsche Bundeskanzlerin", "Der 57-jährige frühere Minister".
      if (de_ && !head && k >= i + 2 && tok(k - 2).kind == TokenKind::number && determiner(i) &&
          ends_with(t.lower, "jährige") && k + 2 < limit && tc_.word(k + 1) && !tok(k + 1).upper &&
          (attributive_adjective(k + 1) || adjective_ending(k + 1)) && tc_.capitalized(k + 2)) {
        k += 2;
        continue;
      }
      if (de_ && !head && k >= i + 2 && tok(k - 2).kind == TokenKind::number && determiner(i) &&
          ends_with(t.lower, "jährige")) {
        head = true;
        last_good = k + 1;
      }
      ++k;
      if (head) last_good = k;
      continue;
    }
    // A name written in lower case: "die taz", "eBay".
    if (!t.upper && mention_at(doc_, k) >= 0 && !tc_.function_word(k) && !tc_.pronoun(k)) {
      head = true;
      linked = false;
      ++k;
      last_good = k;
      continue;
    }
    if (!t.upper && k > i && k + 2 < limit && punct(k + 1, "-") && !tok(k + 1).space_before &&
        !tok(k + 2).space_before && tc_.word(k + 2) && !tok(k + 2).upper && !tc_.function_word(k)) {
      // A lower-case hyphenated adjective: "des baden-württembergischen Ministeriums".
      k += 2;
      continue;
    }
    if (!t.upper && de_ && !head && k > i && determiner(i) && k <= i + 2 &&
        (tc_.preposition(k) || one_of(t.lower, {"von", "sich"}))) {
      // An extended attribute between the article and its noun: "der für
      // die Region zuständige Koordinator", "die in Linz erscheinende
      // Zeitung": a participle or adjective, then the head.
      std::uint32_t m = k + 1;
      while (m + 1 < limit && m < k + 10 && !clause_punct(m) && in_pair_[m] < 0 && !tc_.finite_auxiliary(m) &&
             !tc_.speech_verb(m) && !(tc_.word(m) && !tok(m).upper && adjective_ending(m) &&
                                      !tc_.function_word(m) && (tc_.capitalized(m + 1) || in_pair_[m + 1] >= 0)))
        ++m;
      if (m + 1 < limit && m < k + 10 && tc_.word(m) && !tok(m).upper && adjective_ending(m) &&
          !tc_.function_word(m) && (tc_.capitalized(m + 1) || in_pair_[m + 1] >= 0)) {
        k = m + 1;
        if (tc_.capitalized(k)) {
          head = true;
          ++k;
          last_good = k;
        }
        continue;
      }
    }
    if (!t.upper) {
      // Lower-case words inside a phrase: adjectives before the head
      // ("russische"), English nouns ("a spokesman"), "of"/"von" chains.
      // "Ambassador to the United Nations": "to" after an English title links like "of".
      const bool title_to = !de_ && t.lower == "to" && k > i && tc_.title(k - 1);
      if (head && (one_of(t.lower, {"von", "vom", "of", "for"}) || (de_ && t.lower == "für") || title_to) && k + 1 < limit &&
          (tc_.capitalized(k + 1) || determiner(k + 1) ||
           (in_pair_[k + 1] >= 0 && doc_.quote_pairs[in_pair_[k + 1]].open == k + 1 &&
            quoted_name(doc_.quote_pairs[in_pair_[k + 1]])) ||
           (de_ && k + 2 < limit && tc_.word(k + 1) && (!tc_.function_word(k + 1) || adjective_ending(k + 1)) &&
            tc_.capitalized(k + 2)))) {
        linked = true;
        ++k;
        continue;
      }
      // Where a body or a document comes from: "Mitarbeiter des Malteser
      // Hilfsdienstes aus der Küstenstadt Labutta", "Planungen aus dem Jahr
      // 2005"; not a person's home town ("Frauke Distelrath aus Frankfurt")
      // nor an idiom ("aus heiterem Himmel").
      if (head && de_ && t.lower == "aus" && k + 1 < limit && (tc_.capitalized(k + 1) || determiner(k + 1)) &&
          !(mention_at(doc_, k - 1) >= 0 &&
            doc_.actors[doc_.mentions[mention_at(doc_, k - 1)].actor].type == ActorType::person)) {
        linked = true;
        ++k;
        continue;
      }
      // "der Nationalen Umwelt Behörde" after the head: an adjective of the
      // genitive or "von" phrase, when a noun follows.
      // "Schätzungen französischer Behörden": a genitive plural without article.
      if (head && !linked && de_ && k + 1 < limit && ends_with(t.lower, "er") && tc_.capitalized(k + 1) &&
          !tc_.function_word(k) && !tc_.speech_verb_any_case(k) && !tc_.preposition(k) &&
          !tc_.finite_auxiliary(k) && mention_at(doc_, k + 1) < 0 && tc_.common_noun(k + 1)) {
        linked = true;
        ++k;
        continue;
      }
      // (Also one the function-word list holds right after the genitive's
      // article: "nach Angaben der neuen Behörde", "Sprecher der früheren
      // Regierung"; not after "eines der", which may be the pronoun: "nach
      // seinen Worten eines der ersten Dinge".)
      if (head && linked && de_ && k + 1 < limit && tc_.word(k + 1) &&
          (!tc_.function_word(k) || (adjective_ending(k) && !determiner(k) && !tc_.pronoun(k) && k > i + 1 &&
                                     (determiner(k - 1) || std::string_view(tok(k - 1).lower) == "vom") &&
                                     !determiner(k - 2))) &&
          !tc_.speech_verb_any_case(k) && !tc_.preposition(k) && !tc_.finite_auxiliary(k) &&
          (tc_.capitalized(k + 1) || (!tok(k + 1).upper && k + 2 < limit && tc_.capitalized(k + 2)))) {
        ++k;
        continue;
      }
      // Name particles: "Thomas de Maizière", "Rafael van der Vaart",
      // joined ones too: "Ali al-Omair", "al-Dschasira", "Banca d'Italia".
      if (in_list(t.lower, kNameParticles)) {
        const bool joined = k + 2 < limit && !tok(k + 1).space_before && !tok(k + 2).space_before &&
                            (punct(k + 1, "-") || punct(k + 1, "'") || punct(k + 1, "\u2019")) && tc_.capitalized(k + 2);
        if (joined && (head || k == i || (k > i && tok(k - 1).upper))) {
          k += 3;
          head = true;
          linked = false;
          last_good = k;
          continue;
        }
        if (head && k > i && tok(k - 1).upper && k + 1 < limit && tc_.capitalized(k + 1) && t.lower != "d") {
          ++k;
          continue;
        }
      }
      if (head && de_ && k + 1 < limit && !linked) {
        // "das Bundesministerium für Bildung", "Ärzte ohne Grenzen",
        // "Özcan Mutlu und Benedikt Lux". (Not "in Berlin": the news-de
        // gold keeps such places out of the source phrase.)
        const bool name_next = tc_.capitalized(k + 1) && !determiner(k + 1);
        // Coordinated speakers: "Die IADB und der MIF", "Polizei und Feuerwehr".
        const bool coordinated =
            one_of(t.lower, {"und", "sowie"}) &&
            ((mention_at(doc_, k - 1) >= 0 && mention_at(doc_, k + 1) >= 0) ||
             (determiner(k + 1) && !oblique(k + 1) && k + 2 < limit && tc_.capitalized(k + 2)) ||
             (tc_.capitalized(k + 1) && !tc_.function_word(k + 1) && tc_.common_noun(k - 1)));
        if ((one_of(t.lower, {"für", "ohne"}) && name_next) || coordinated) {
          linked = true;
          ++k;
          continue;
        }
      }
      // "a person familiar with the matter", "people familiar with the talks":
      // the anonymous source's description runs to the verb.
      if (k > i && !de_ && t.lower == "familiar" && k + 1 < limit && std::string_view(tok(k + 1).lower) == "with") {
        head = true;
        std::uint32_t e = k + 2;
        while (e < limit && e < k + 8 && tc_.word(e) && !tc_.speech_verb_any_case(e) && !tc_.finite_auxiliary(e))
          ++e;
        if (e > k + 2) last_good = e;
        break;
      }
      // "Dunn's mother": the noun after an English possessive is the head.
      if (head && !de_ && !linked && possessive_length(tok(k - 1).lower) > 0 &&
          !tc_.function_word(k) && !tc_.speech_verb_any_case(k) && !tc_.preposition(k) && !tc_.finite_auxiliary(k)) {
        ++k;
        last_good = k;
        continue;
      }
      // An English name used as a modifier before a role or group:
      // "UCL astronomer Angelos Tsiaras", "Council officials".
      if (head && !de_ && !linked && ((tok(k - 1).upper && tc_.group_noun(k)) || tc_.title(k))) {
        ++k;
        last_good = k;
        continue;
      }
      if (head) break;
      // Adjectives the function-word list holds ("der frühere Bürgermeister",
      // "die neue Regierung", "der ehemalige Präsident") after an article.
      if (k > i && (determiner(k - 1) || !tok(k - 1).upper) && tc_.word(k - 1) && k + 1 < limit &&
          tc_.word(k + 1) && tc_.function_word(k) && !determiner(k) && !tc_.pronoun(k) && !tc_.preposition(k) &&
          !tc_.finite_auxiliary(k) && !tc_.speech_verb_any_case(k) && adjective_ending(k) &&
          starts_with_article(i, k)) {
        ++k;
        continue;
      }
      // "Ein nicht genannter Vertreter der Firma", "Der erst kürzlich ernannte
      // Weihbischof": adverbs before an adjective or participle after the
      // article.
      if (de_ && k > i && starts_with_article(i, k) && tc_.function_word(k) && !determiner(k) && !tc_.pronoun(k) &&
          !tc_.preposition(k) && !tc_.finite_auxiliary(k)) {
        std::uint32_t m = k;
        while (m < k + 3 && m + 2 < limit && tc_.word(m) && !tok(m).upper && tc_.function_word(m) && !determiner(m) &&
               !tc_.pronoun(m) && !tc_.preposition(m) && !tc_.finite_auxiliary(m) && !adjective_ending(m))
          ++m;
        if (m > k && m + 1 < limit && tc_.word(m) && !tok(m).upper && !tc_.function_word(m) && adjective_ending(m) &&
            tc_.capitalized(m + 1)) {
          k = m;
          continue;
        }
      }
      if (tc_.function_word(k) || tc_.speech_verb_any_case(k) || tc_.preposition(k) || tc_.finite_auxiliary(k))
        break;
      if (!de_ && (tc_.lower_flags(k) & kGroupEn)) {
        head = true;
        ++k;
        last_good = k;
        continue;
      }
      if (!de_ && k + 1 < limit && tc_.word(k + 1) && !tc_.speech_verb_any_case(k + 1) &&
          !tc_.preposition(k + 1) && !tc_.finite_auxiliary(k + 1) && !tc_.function_word(k + 1)) {
        ++k;  // English adjective or noun modifier
        continue;
      }
      if (!de_) {
        // An English lower-case head noun: "police", "spokesman".
        head = true;
        ++k;
        last_good = k;
        continue;
      }
      ++k;  // German adjective
      continue;
    }
    break;
  }
  if (!head) return {i, i};
  r.last = last_good;
  // A short parenthesis right after the phrase: "Klaus Wowereit (SPD)",
  // "des Bundeskriminalamtes (BKA)".
  if (r.last + 2 < limit && punct(r.last, "(")) {
    // ("(National Environment Management Authority, NEMA)": a long name and its short form.)
    for (std::uint32_t p = r.last + 1; p < limit && p < r.last + 10; ++p) {
      if (punct(p, ")")) {
        if (p > r.last + 1) r.last = p + 1;
        break;
      }
      if (!(tc_.word(p) || tok(p).kind == TokenKind::number || punct(p, "-") || punct(p, "/") || punct(p, ",")) ||
          tok(p).newlines_before)
        break;
    }
  }
  // An apposition between commas belongs to the speaker: "John Kline,
  // ein Repräsentant aus Minnesota," / "Sara Jones, the headteacher,".
  if (r.last + 2 < limit && punct(r.last, ",") &&
      (determiner(r.last + 1) || tc_.title(r.last + 1) || tc_.capitalized(r.last + 1))) {
    std::uint32_t e = r.last + 1;
    bool verb = false;
    // (English: nor a clause, a verb right after its subject: "According to the Ministry of Commerce, China's
    // exports totalled $63.8bn in December, up 34%", "in an interview with the Financial Times, Mr Blair refused
    // to …"; a participle with its preposition stays: "a spokesman based in London", and one in -ing: "the lawyer
    // leading the suit", "BT's managing director".)
    bool clause = false;
    while (e < limit && e < r.last + 12 && !clause_punct(e) && !tc_.speech_verb(e) && !tc_.finite_auxiliary(e)) {
      verb = verb || tc_.konjunktiv(e) || tc_.konjunktiv_ambiguous(e);
      clause = clause || (!de_ && e > r.last + 1 && tok(e).pos == Upos::VERB && !ends_with(tok(e).lower, "ing") &&
                          (tok(e - 1).pos == Upos::NOUN || tok(e - 1).pos == Upos::PROPN || tok(e - 1).pos == Upos::PRON) &&
                          !(e + 1 < limit && tc_.word(e + 1) && one_of(tok(e + 1).lower, {"by", "in", "at", "on", "for", "with"})));
      ++e;
    }
    const std::int32_t m = mention_at(doc_, r.last + 1);
    const std::uint32_t name_end = m >= 0 ? doc_.mentions[m].last : 0;
    if (e < limit && punct(e, ",") && e > r.last + 2 && !clause) {
      r.last = e;
    } else if (de_ && m >= 0 && doc_.mentions[m].first == r.last + 1 &&
               doc_.actors[doc_.mentions[m].actor].type == ActorType::person && has_title(r) &&
               (name_end >= limit || punct(name_end, ":") || punct(name_end, ".") || punct(name_end, "("))) {
      // A role, then the name after a comma, closing the clause: "…, sagte
      // der Vorsitzende des Verbandes, Elmar Muster." / "…, Elmar Muster:".
      r.last = name_end;
      if (name_end + 2 < limit && punct(name_end, "("))
        for (std::uint32_t p = name_end + 1; p < limit && p < name_end + 5; ++p)
          if (punct(p, ")")) {
            r.last = p + 1;  // "Christian Wulff (CDU)"
            break;
          }
    } else if (de_ && !verb && e > r.last + 2 && (e >= limit || (punct(e, ".") && e + 1 >= limit)) &&
               (tc_.title(r.last + 1) || (determiner(r.last + 1) && tc_.title(r.last + 2)))) {
      // A role at the end of the sentence: "sagte Bill Graham, Parteichef der Liberalen."
      r.last = e;
    }
  }
  return r;
}

bool Attributor::has_title(Range r) const {
  for (std::uint32_t k = r.first; k < r.last; ++k)
    if (tc_.title(k)) return true;
  return false;
}

// A lower-case word that is surely an inflected adjective, not a verb
// ("eigenen", "offiziellen", "chinesischen", but not "gewinnen").
bool Attributor::attributive_adjective(std::uint32_t k) const {
  if (!tc_.word(k) || tok(k).upper) return false;
  if (tc_.function_word(k)) return adjective_ending(k);
  const std::string_view w = tok(k).lower;
  static const auto kEndings = word_list("de/adjective-endings");
  for (const std::string_view e : kEndings)
    if (w.size() > e.size() + 1 && ends_with(w, e)) return true;
  return false;
}

bool Attributor::adjective_ending(std::uint32_t k) const {
  static const WordSet kQuantifiers(word_list("de/quantifiers"));
  const std::string_view w = tok(k).lower;
  // Quantifiers end the same way but make "der alle Nichtmoslems" no phrase.
  if (in_list(w, kQuantifiers))
    return false;
  return w.size() > 3 && (ends_with(w, "e") || ends_with(w, "en") || ends_with(w, "er") || ends_with(w, "es"));
}

// Tokens [i, k) are an article and inflected adjectives: "der frühere", "die beiden neuen".
bool Attributor::starts_with_article(std::uint32_t i, std::uint32_t k) const {
  if (!determiner(i)) return false;
  for (std::uint32_t m = i + 1; m < k; ++m)
    if (!tc_.word(m) || tok(m).upper || !(determiner(m) || adjective_ending(m))) return false;
  return true;
}

SpeakerFound Attributor::resolve(Range phrase) const {
  SpeakerFound s;
  if (!de_) phrase = english_speaker_phrase(phrase);
  s.phrase = phrase;
  if (phrase.empty()) return s;
  // A named actor inside the phrase: people first, then organisations and media.
  int best_rank = 99;
  std::uint32_t best_last = 0;  // one past the mention chosen
  for (std::uint32_t k = phrase.first; k < phrase.last; ++k) {
    const std::int32_t m = mention_at(doc_, k);
    if (m < 0) continue;
    const ActorEntry& a = doc_.actors[doc_.mentions[m].actor];
    const int rank = a.type == ActorType::person ? 0
                     : (a.type == ActorType::media || a.type == ActorType::organization) ? 1
                     : a.type == ActorType::group ? 3 : 2;
    // (English: of two people the later one when only a title or a description stands between them, the
    // phrase's head: "Santa Barbara County Sheriff Bill Brown", "Kenteris' lawyer Gregory Ioannidis"; not
    // after a preposition, a comma or "and": "Mike McGuire, a research director at analyst Gartner".)
    bool later_head = false;
    if (!de_ && rank == 0 && best_rank == 0 && best_last < doc_.mentions[m].first) {
      later_head = true;
      for (std::uint32_t j = best_last; j < doc_.mentions[m].first && later_head; ++j)
        later_head = !(tok(j).pos == Upos::ADP || tok(j).pos == Upos::CCONJ ||
                       (tok(j).kind == TokenKind::punct && possessive_length(tok(j).key) == 0 &&
                        !one_of(tok(j).key, {"'", "\u2019"})));
    }
    if (rank < best_rank || later_head) {
      best_rank = rank;
      s.actor = doc_.mentions[m].actor;
      best_last = doc_.mentions[m].last;
    }
  }
  // English: a place that only says where the phrase's head is from speaks not: "the Waterford man", "The
  // England coach", "one Bombay trader", "The US regulator", "the unnamed woman from Georgia" named the
  // place. The head is a noun in lower case after it. (A state speaks through its government: "the US
  // government", "the Chinese authorities" keep the country; and an owner its people or its texts, often an
  // organisation the tagger called a place: "Defra's lawyers", "the Halifax survey", "The Hefce report".)
  // (A listed place only: "Mike Lake", "Parmalat", "Bayern" the tagger called places are other actors.)
  if (!de_ && s.actor >= 0 && best_rank == 2 && best_last < phrase.last && (tc_.flags(best_last - 1) & kPlace) &&
      possessive_length(tok(best_last - 1).key) == 0 && !(best_last < n_ && one_of(tok(best_last).key, {"'", "\u2019"}))) {
    const Token& head = tok(phrase.last - 1);
    if (tc_.word(phrase.last - 1) && !head.upper && head.pos == Upos::NOUN && mention_at(doc_, phrase.last - 1) < 0 &&
        !one_of(head.lower, {"government", "administration", "authorities", "officials", "ministry", "embassy", "report",
                             "survey", "figures", "study", "research", "data", "poll", "statement", "website"}))
      s.actor = -1;
  }
  if (s.actor < 0 && phrase.last == phrase.first + 1 && tc_.pronoun(phrase.first)) s.actor = antecedent(phrase.first);
  if (!de_ && s.actor >= 0) s.actor = latest_namesake(phrase, s.actor);
  return s;
}

// '"…," says Hardy.' after "Tom Hardy, 19, … His father, Mark Hardy, …": a
// surname alone goes with the latest person named in full with it, not with
// the first (a father and his son, two ministers of one family). English only.
std::int32_t Attributor::latest_namesake(Range phrase, std::int32_t actor) const {
  const std::int32_t m = mention_at(doc_, phrase.first);
  if (m < 0 || doc_.mentions[m].last != doc_.mentions[m].first + 1 || doc_.mentions[m].actor != actor ||
      doc_.actors[actor].type != ActorType::person)
    return actor;
  const std::string& surname = tok(doc_.mentions[m].first).lower;
  for (std::int32_t k = m - 1; k >= 0; --k) {
    const Mention& full = doc_.mentions[k];
    if (full.last - full.first < 2 || tok(full.last - 1).lower != surname || full.actor < 0) continue;
    return doc_.actors[full.actor].type == ActorType::person ? full.actor : actor;
  }
  return actor;
}

// English speaker phrases that are no noun phrase of someone speaking:
// "The embassy declined [the request]" (a verb in -ed with an object after
// it, read as the phrase's last word: cut off), "opposed [the withdrawal]"
// (nothing left), "the trend line"
// (a head that cannot speak, en/non-speaker-nouns: no speaker). A POS tagger
// would tell the verb from the noun; the lexicon and the -ed shape stand in.
Range Attributor::english_speaker_phrase(Range phrase) const {
  static const WordSet kNonSpeakers(word_list("en/non-speaker-nouns"));
  // "…, and that some historical evidence suggests …": a conjunction opens the clause, not the phrase.
  if (phrase.last > phrase.first + 1 && tc_.word(phrase.first) && one_of(tok(phrase.first).lower, {"that", "whether"}))
    ++phrase.first;
  // "Analysts, however, said", "Supporters, meanwhile, argue": an adverb set off by commas is no part of the
  // phrase (it named a group "Analysts, however").
  if (phrase.last > phrase.first + 2 && punct(phrase.last - 2, ",") && tc_.word(phrase.last - 1) &&
      one_of(tok(phrase.last - 1).lower, {"however", "meanwhile", "though", "too", "also", "instead", "therefore",
                                          "nevertheless", "moreover"}))
    phrase.last -= 2;
  // "Neil Basu, on Sunday said": a day or a month alone speaks not (a person so named does: "Day said").
  if (phrase.last == phrase.first + 1 && tc_.time_word(phrase.first) && mention_at(doc_, phrase.first) < 0)
    return {phrase.first, phrase.first};
  // Nouns the phrase finder stopped before ("Fashion | designer Paul Smith
  // described", "the Tel Aviv | mayor"): with the tagger, the noun phrase
  // goes on while nouns and names follow.
  if (!phrase.empty() && tok(phrase.last - 1).pos != Upos::none) {
    const std::uint32_t sentence = tok(phrase.first).sentence;
    // ("Fifa's disciplinary | code stipulates": after an adjective too.)
    while (phrase.last < n_ && phrase.last < phrase.first + 8 && tok(phrase.last).sentence == sentence &&
           in_pair_[phrase.last] < 0 && (tok(phrase.last).pos == Upos::NOUN || tok(phrase.last).pos == Upos::PROPN) &&
           !tc_.time_word(phrase.last) && !tc_.speech_verb_any_case(phrase.last) &&
           (tok(phrase.last - 1).pos == Upos::NOUN || tok(phrase.last - 1).pos == Upos::PROPN ||
            tok(phrase.last - 1).pos == Upos::ADJ))
      ++phrase.last;
    // "The Holland international | said": an adjective right before a verb of saying is the noun it stands for.
    if (phrase.last + 1 < n_ && tok(phrase.last).sentence == sentence && in_pair_[phrase.last] < 0 &&
        tok(phrase.last).pos == Upos::ADJ && !tok(phrase.last).upper && tc_.speech_verb(phrase.last + 1) &&
        (tok(phrase.last - 1).pos == Upos::PROPN || tok(phrase.last - 1).pos == Upos::NOUN))
      ++phrase.last;
    // "the farmers' union": a plural possessive and the noun it goes with.
    if (phrase.last + 1 < n_ && tok(phrase.last).sentence == sentence && in_pair_[phrase.last] < 0 &&
        !tok(phrase.last).space_before && one_of(tok(phrase.last).key, {"'", "\u2019"}) &&
        ends_with(tok(phrase.last - 1).lower, "s") && tok(phrase.last + 1).pos == Upos::NOUN)
      phrase.last += 2;
    // "a Twitter post by Amy Cook", "a report by Human Rights Watch": the author goes with it.
    // ("data from the Gun Violence Archive" likewise.)
    const std::uint32_t name = phrase.last + 2 < n_ && tok(phrase.last + 1).lower == "the" ? phrase.last + 2
                                                                                          : phrase.last + 1;
    if (name < n_ && tok(phrase.last).sentence == sentence && tc_.word(phrase.last) &&
        one_of(tok(phrase.last).lower, {"by", "from"}) &&
        (tok(phrase.last - 1).pos == Upos::NOUN ||
         // "a statement released by Erdogan's office"
         (tok(phrase.last - 1).pos == Upos::VERB && ends_with(tok(phrase.last - 1).lower, "ed"))) &&
        tok(name).upper && (tok(name).pos == Upos::PROPN || tok(name).pos == Upos::ADJ)) {
      std::uint32_t k = name;
      while (k < n_ && k < name + 6 && tok(k).upper && tc_.word(k) &&
             (tok(k).pos == Upos::PROPN || tok(k).pos == Upos::ADJ || tok(k).pos == Upos::NOUN) &&
             tok(k).sentence == sentence)
        ++k;
      // ("Erdogan's office": a possessive and its noun.)
      if (k + 1 < n_ && tok(k).key == "'s" && tok(k + 1).pos == Upos::NOUN && tok(k + 1).sentence == sentence) {
        k += 2;
      } else if (k > name && k < n_ && (ends_with(tok(k - 1).key, "'s") || ends_with(tok(k - 1).key, "\u2019s")) &&
                 tok(k).pos == Upos::NOUN && !tok(k).upper && tok(k).sentence == sentence) {
        ++k;
      }
      phrase.last = k;
    }
    // "the El Paso mayor, Dee Margo,": a name in apposition after a role.
    if (phrase.last + 2 < n_ && punct(phrase.last, ",") && tok(phrase.last - 1).pos == Upos::NOUN &&
        !tok(phrase.last - 1).upper && tok(phrase.last + 1).pos == Upos::PROPN &&
        mention_at(doc_, phrase.last + 1) >= 0) {
      const std::uint32_t end = doc_.mentions[mention_at(doc_, phrase.last + 1)].last;
      // ('"…," said their lawyer, Michalis Dimitrakopoulos.': or the sentence ends with the name.)
      if (end >= n_ || tok(end).sentence != sentence || punct(end, ",") ||
          (punct(end, ".") && (end + 1 >= n_ || tok(end + 1).sentence != sentence)))
        phrase.last = end;
    }
  }
  phrase = noun_phrase_speaker(phrase);
  if (phrase.empty()) return phrase;
  // "Last month Wenger said", "This Wednesday Greek Foreign Minister George Katrougalos emphasized": a time
  // before the speaker's name is no part of it.
  {
    std::uint32_t k = phrase.first;
    if (k + 2 < phrase.last && tc_.word(k) && one_of(tok(k).lower, {"last", "this", "next", "earlier", "later"}) &&
        tc_.time_word(k + 1))
      k += 2;
    else if (k + 1 < phrase.last && tc_.time_word(k) && tok(k).upper && mention_at(doc_, k) < 0)
      k += 1;
    if (k > phrase.first && k < phrase.last && tc_.capitalized(k)) phrase.first = k;
  }
  const std::uint32_t last = phrase.last - 1;
  if (tc_.word(last) && !tok(last).upper && ends_with(tok(last).lower, "ed") && mention_at(doc_, last) < 0 &&
      !tc_.pronoun(last) && (phrase.last - phrase.first == 1 || !determiner(last - 1)) &&
      // "declined the request": an object follows; "a survey published in 2017" keeps its participle.
      phrase.last < n_ && (determiner(phrase.last) || tc_.pronoun(phrase.last)))
    phrase.last = last;
  if (phrase.empty()) return phrase;
  const std::uint32_t head = phrase.last - 1;
  if (tc_.word(head) && !tok(head).upper && in_list(tok(head).lower, kNonSpeakers)) {
    for (std::uint32_t k = phrase.first; k < phrase.last; ++k)
      if (mention_at(doc_, k) >= 0) return phrase;
    return {phrase.first, phrase.first};
  }
  return phrase;
}

// ---- Speaker heads (issue 11) ----
// A speaker is a noun phrase or a pronoun: the head of its mention is tagged
// NOUN, PROPN or PRON. The head of a tagged phrase is its last word before a
// post-modifier: a preposition, punctuation (not a date's comma, not the
// hyphen inside "COVID-19"), a conjunction, a relative pronoun, or a
// participle right after a noun ("a survey published in 2017" -> survey);
// an adjective after its noun gives way to the noun ("a person familiar");
// tests/eval/scorers.mjs speakerHead() lists the speakers that break this.
// Returns phrase.last when the phrase has no tags (German: no POS model).
std::uint32_t Attributor::tagged_head(Range phrase) const {
  bool tagged = false;
  for (std::uint32_t k = phrase.first; k < phrase.last; ++k)
    if (tok(k).pos != Upos::none) tagged = true;
  if (!tagged || phrase.empty()) return phrase.last;
  const auto glued_hyphen = [&](std::uint32_t k) {  // "COVID-19": k is '-' or the piece after it
    if (k == 0 || tok(k).space_before) return false;
    return tok(k).key == "-" || tok(k - 1).key == "-";
  };
  // "one of their lawyers": the head is the noun after "of".
  if (phrase.first + 2 < phrase.last && tc_.word(phrase.first) && tok(phrase.first).lower == "one" &&
      tc_.word(phrase.first + 1) && tok(phrase.first + 1).lower == "of")
    phrase.first += 2;
  std::uint32_t end = phrase.last;
  for (std::uint32_t k = phrase.first + 1; k < phrase.last; ++k) {
    if (glued_hyphen(k)) continue;
    const Upos p = tok(k).pos, prev = tok(k - 1).pos;
    const std::string& w = tok(k).key;
    const bool date_comma = w == "," && k + 1 < phrase.last && tok(k + 1).kind == TokenKind::number;
    if (((p == Upos::ADP || p == Upos::PUNCT || p == Upos::SCONJ || p == Upos::CCONJ) && !date_comma) ||
        one_of(w, {"who", "which", "that", "whose", "whom"}) ||
        (p == Upos::VERB && (prev == Upos::NOUN || prev == Upos::PROPN) &&
         (ends_with(w, "ed") || ends_with(w, "en") || ends_with(w, "ing")))) {
      end = k;
      break;
    }
  }
  std::uint32_t head = end - 1;
  // A hyphenated compound takes the tag of its last piece with a letter.
  while (head > phrase.first && glued_hyphen(head) && !(tc_.word(head) && tok(head - 1).key == "-")) --head;
  // An adjective after its noun ("a person familiar with the talks"): the noun. So too a last
  // word the tagger took for an adverb ("a sports daily", "the local weekly").
  if ((tok(head).pos == Upos::ADJ || (tok(head).pos == Upos::ADV && head + 1 == phrase.last)) &&
      head > phrase.first &&
      (tok(head - 1).pos == Upos::NOUN || tok(head - 1).pos == Upos::PROPN || tok(head - 1).pos == Upos::PRON))
    --head;
  return head;
}

// The phrase when its head can speak; else cut back to the noun or pronoun
// before its head ("The plan comes" -> "The plan"), empty when none.
Range Attributor::noun_phrase_speaker(Range phrase) const {
  // A finite verb ends the noun phrase ("The carmaker cut jobs" -> "The carmaker").
  for (std::uint32_t k = phrase.first + 1; k < phrase.last; ++k)
    if ((tok(k).pos == Upos::AUX || (tok(k).pos == Upos::VERB && !ends_with(tok(k).lower, "ed") &&
                                     !ends_with(tok(k).lower, "en") && !ends_with(tok(k).lower, "ing"))) &&
        // (a title before a name the tagger took for a verb: "UKIP leader Roger Knapman")
        !(k + 1 < phrase.last && tok(k + 1).pos == Upos::PROPN)) {
      phrase.last = k;
      break;
    }
  const std::uint32_t head = tagged_head(phrase);
  if (head >= phrase.last) return phrase;
  const auto can_speak = [&](std::uint32_t k) {
    return tok(k).pos == Upos::NOUN || tok(k).pos == Upos::PROPN || tok(k).pos == Upos::PRON;
  };
  if (can_speak(head)) return phrase;
  for (std::uint32_t k = head; k > phrase.first; --k) {
    if (tok(k - 1).kind == TokenKind::punct) break;
    if (can_speak(k - 1)) return {phrase.first, k};
  }
  return {phrase.first, phrase.first};
}

// The actor a pronoun refers to: the nearest person before it (for plural
// pronouns also organisations and groups), within a few sentences.
std::int32_t Attributor::antecedent(std::uint32_t pronoun) const {
  const std::string_view w = tok(pronoun).lower;
  // English "it" stands for an organisation or a medium, never a person ("The firm said … It added that …"
  // named the last person): the latest quote's speaker of that kind, else the nearest so mentioned.
  if (!de_ && w == "it") {
    const auto body = [&](std::int32_t actor) {
      const ActorType t = doc_.actors[actor].type;
      return t == ActorType::organization || t == ActorType::media;
    };
    for (auto it = doc_.quotes.rbegin(); it != doc_.quotes.rend(); ++it) {
      if (it->speaker_actor >= 0 && !it->spans.empty() && it->spans[0].begin < tok(pronoun).begin) {
        if (body(it->speaker_actor) && tok(pronoun).begin - it->spans[0].begin < 1500) return it->speaker_actor;
        break;
      }
    }
    const std::uint32_t sentence = tok(pronoun).sentence;
    for (std::int32_t m = mentions_before(pronoun) - 1; m >= 0; --m) {
      const Mention& mention = doc_.mentions[m];
      if (sentence - tok(mention.first).sentence > 2) break;
      if (body(mention.actor)) return mention.actor;
    }
    return -1;
  }
  const bool plural = w == "they" || w == "wir" || w == "we";
  // Prefer the speaker of the latest quote.
  for (auto it = doc_.quotes.rbegin(); it != doc_.quotes.rend(); ++it) {
    if (it->speaker_actor >= 0 && !it->spans.empty() && it->spans[0].begin < tok(pronoun).begin) {
      const ActorEntry& a = doc_.actors[it->speaker_actor];
      if (plural != (a.type == ActorType::person) &&
          tok(pronoun).begin - it->spans[0].begin < 1500)
        return it->speaker_actor;
      break;
    }
  }
  return nearest_mentioned(pronoun, plural);
}

// The actor named last before token `before`, within four sentences: a person, or for a plural
// anything but a place.
std::int32_t Attributor::nearest_mentioned(std::uint32_t before, bool plural) const {
  const std::uint32_t sentence = tok(before).sentence;
  const bool they = !de_ && tc_.word(before) && tok(before).lower == "they";
  // English: a name in a photo credit or caption line ("Photograph: Tom
  // Jenkins/The Guardian") is nobody the text goes on about.
  static const WordSet kLabels(word_list("en/credit-labels"));
  const auto in_credit = [&](std::uint32_t k) {
    if (de_) return false;
    const std::uint32_t lead = first_word(sentence_of(k));
    return lead < k && tc_.word(lead) && in_list(tok(lead).lower, kLabels);
  };
  // (From the last mention that opens before the token: a text of many pronouns and many names stays linear.)
  for (std::int32_t m = mentions_before(before) - 1; m >= 0; --m) {
    const Mention& mention = doc_.mentions[m];
    if (sentence - tok(mention.first).sentence > 4) break;
    if (in_credit(mention.first)) continue;
    const ActorEntry& a = doc_.actors[mention.actor];
    if (!plural && a.type == ActorType::person) return mention.actor;
    // (English "they" is no one person: "They said …" after "Gordon Brown" named him; "we" may be a person and
    // the team: "we observed", says the astronomer.)
    if (plural && a.type != ActorType::location && !(they && a.type == ActorType::person)) return mention.actor;
  }
  return -1;
}

std::int32_t Attributor::mentions_before(std::uint32_t before) const {
  const auto after = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), before,
                                      [](const Mention& mention, std::uint32_t k) { return mention.first < k; });
  return static_cast<std::int32_t>(after - doc_.mentions.begin());
}

std::uint32_t Attributor::token_at_byte(std::uint32_t begin) const {
  const auto at = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), begin,
                                   [](const Token& t, std::uint32_t b) { return t.begin < b; });
  return static_cast<std::uint32_t>(at - doc_.tokens.begin());
}

// A speech cue at token i: its tokens (with a separable particle later in
// the clause) or an empty range.
Attribution Attributor::cue_at(std::uint32_t i, std::uint32_t clause_end) const {
  Attribution a;
  if (in_pair_[i] >= 0 || !tc_.word(i)) return a;
  // ("es" after it first: the cheaper test, asked at every German word.)
  if (de_ && i + 1 < n_ && std::string_view(tok(i + 1).lower) == "es" && one_of(tok(i).lower, {"hieß", "heißt", "hiess", "heisst"})) {
    a.cue = {i, i + 2};  // "hieß es": the impersonal report cue
    return a;
  }
  if (de_ && std::string_view(tok(i).lower) == "bekannt" && !tok(i).upper && i + 1 < n_ && std::string_view(tok(i + 1).lower) == "gegeben") {
    a.cue = {i, i + 2};  // "hat … bekannt gegeben", the participle in two words
    return a;
  }
  // "a so-called \"flash estimate\"", "self-declared", "much-touted": a verb glued to the word before it by a
  // hyphen is part of a compound, no cue.
  if (i >= 2 && punct(i - 1, "-") && !tok(i - 1).space_before && !tok(i).space_before && tc_.word(i - 2)) return a;
  if (tc_.speech_verb(i)) {
    // "Artur Ionita sagte wegen Kniebeschwerden ab": with "ab" closing its clause "sagen" is "absagen"
    // (to call off), no speech.
    if (de_ && one_of(tok(i).lower, {"sagt", "sagte", "sagten", "sagen"})) {
      std::uint32_t k = i + 1;
      while (k < clause_end && k < i + 20 && !clause_punct(k) && in_pair_[k] < 0) ++k;
      if (k > i + 1 && k < n_ && (k == clause_end || clause_punct(k)) && std::string_view(tok(k - 1).lower) == "ab")
        return a;
    }
    a.cue = {i, i + 1};
    // "spricht von", "hieß es", "said in a statement"
    // "äußerte sich": the reflexive pronoun belongs to the cue.
    if (i + 1 < n_ && tc_.word(i + 1) && one_of(tok(i + 1).lower, {"von", "es", "sich"})) a.cue.last = i + 2;
    // "pointed out", "made clear": a listed cue of two words whose second word is no preposition (what
    // follows "called for", "wrote in" is a demand or a medium, not a clause).
    else if (i + 1 < n_ && tc_.word(i + 1) && one_of(tok(i + 1).lower, {"out", "clear"}) &&
             (tc_.lex().phrase_flags(tok(i).lower + " " + tok(i + 1).lower) & (kSpeechEn | kSpeechDe)))
      a.cue.last = i + 2;
    // "forderte … auf": a speech verb that is also separable keeps its particle.
    if (tc_.separable_speech_verb(i)) a.cue2 = particle_of(i, clause_end);
    return a;
  }
  if (tc_.separable_speech_verb(i)) {
    a.cue2 = particle_of(i, clause_end);
    if (!a.cue2.empty()) a.cue = {i, i + 1};
    // "stellte sich heraus": the reflexive pronoun belongs to the cue (German only has it).
    if (!a.cue2.empty() && i + 1 < a.cue2.first && std::string_view(tok(i + 1).lower) == "sich") a.cue.last = i + 2;
  }
  return a;
}

// The particle of the separable verb at i: it closes the clause, right
// before its punctuation ("teilte … mit,") or at clause_end; empty if none.
Range Attributor::particle_of(std::uint32_t i, std::uint32_t clause_end) const {
  const Pieces particles = tc_.lex().particles(tok(i).lower);
  if (particles.empty()) return {};
  // Commas of an apposition may come first: "gab der Leiter der
  // Dienststelle, Andreas Huber, bekannt, dass …".
  int commas = 0;
  for (std::uint32_t k = i + 1; k < clause_end && k < i + 20; ++k) {
    // An abbreviation in parentheses: "teilte das Institut (STSI) mit".
    if (punct(k, "(") && k + 2 < clause_end && punct(k + 2, ")")) {
      k += 2;
      continue;
    }
    if (clause_punct(k)) {
      for (const std::string_view p : particles)
        if (k - 1 > i && tok(k - 1).lower == p) return {k - 1, k};
      if (!punct(k, ",") || ++commas > 2) break;
    }
  }
  for (const std::string_view p : particles)
    if (clause_end > 0 && clause_end - 1 > i && tok(clause_end - 1).lower == p) return {clause_end - 1, clause_end};
  return {};
}

std::vector<ByteSpan> Attributor::spans_of(const Attribution& a) const {
  std::vector<Range> parts;
  if (!a.cue.empty()) parts.push_back(a.cue);
  if (!a.cue2.empty()) parts.push_back(a.cue2);
  // A participle cue takes its finite auxiliary along: "hatte … erklärt".
  if (!a.cue.empty() && a.cue2.empty() && participle(a.cue.first)) {
    const std::uint32_t first = sentence_of(a.cue.first).first;
    for (std::uint32_t k = a.cue.first; k > first && a.cue.first - k < (de_ ? 20u : 10u); --k) {
      // (German: quoted words in the clause, "hatte den Bericht als „falsch“ zurückgewiesen")
      if (de_ && in_pair_[k - 1] >= 0 && doc_.quote_pairs[in_pair_[k - 1]].open > first) {
        k = doc_.quote_pairs[in_pair_[k - 1]].open + 1;
        continue;
      }
      // (German: inside the sentence a full stop ends no clause, "hatte am
      // 29. Februar beschlossen", "hat Papst Benedikt XVI. gebeten", nor does
      // an aside in parentheses, "hat … Berninger (Grüne) gefordert", nor a
      // name in commas right before the participle, "hatte der Investor,
      // Larry A. Silverstein, zugesagt".)
      if (de_ && punct(k - 1, ".") && k - 1 > first) continue;
      if (de_ && punct(k - 1, ")")) {
        std::uint32_t open = k - 1;
        while (open > first && k - 1 - open < 12 && !punct(open, "(") && in_pair_[open] < 0) --open;
        if (open > first && punct(open, "(")) {
          k = open + 1;
          continue;
        }
        break;
      }
      if (de_ && punct(k - 1, ",") && k == a.cue.first && k - 1 > first) {
        std::uint32_t c = k - 1;
        bool name = true;
        while (c > first && k - 1 - c < 7 && !punct(c - 1, ",")) {
          --c;
          const Token& t = tok(c);
          if (!((tc_.word(c) && t.upper && !tc_.function_word(c)) || (punct(c, ".") && !t.space_before))) name = false;
        }
        if (name && c > first + 1 && c < k - 1 && punct(c - 1, ",") && tc_.word(c - 2)) {
          k = c;
          continue;
        }
        break;
      }
      if (clause_punct(k - 1) || in_pair_[k - 1] >= 0) break;
      // ("Dies war nicht die erste Auseinandersetzung und die Hongkonger
      // befürchten, dass …": after "und" a new subject opens a clause of its
      // own, and the form in "-en" is its present tense; "war" takes no
      // such form.)
      if (de_ && k < a.cue.first && ends_with(tok(a.cue.first).lower, "en") && tc_.word(k - 1) &&
          one_of(tok(k - 1).lower, {"und", "oder", "aber"}) && (determiner(k) || tc_.capitalized(k)) && !oblique(k)) {
        // (Unless a form of "haben" or "werden" before it takes the
        // participle: "werden Kriegsverbrechen und Verbrechen … vorgeworfen".)
        bool shared = false;
        for (std::uint32_t m = k - 1; m > first && !shared && a.cue.first - m < 20; --m) {
          if (clause_punct(m - 1)) break;
          shared = tc_.finite_auxiliary(m - 1) && !one_of(tok(m - 1).lower, {"ist", "sind", "war", "waren"});
        }
        if (!shared) break;
      }
      if (tc_.finite_auxiliary(k - 1)) {
        // "Es wird vermutet, dass", "Es wurde … Kritik geäußert": the corpus marks the
        // expletive "es" before the auxiliary as part of the cue.
        const bool es = de_ && k - 1 > first && tc_.word(k - 2) && std::string_view(tok(k - 2).lower) == "es";
        // "hat sich … geäußert": the reflexive pronoun belongs to the verb.
        const bool sich = de_ && k < a.cue.first && std::string_view(tok(k).lower) == "sich";
        parts.insert(parts.begin(), Range{es ? k - 2 : k - 1, sich ? k + 1 : k});
        break;
      }
    }
  }
  // German verbs carry more of their frame into the cue (attribution_de.cpp).
  if (de_) de_cue_frame(a, parts);
  std::vector<ByteSpan> out;
  for (const Range& r : parts) out.push_back(doc_.token_span(r.first, r.last));
  std::sort(out.begin(), out.end(), [](ByteSpan x, ByteSpan y) { return x.begin < y.begin; });
  return out;
}

// The speaker of an earlier quote, with the phrase that named it there.
void Attributor::inherit_speaker(QuoteEntry& q, const QuoteEntry& from) {
  q.has_speaker = from.has_speaker;
  q.speaker_actor = from.speaker_actor;
  q.speaker_spans = from.speaker_spans;
  q.speaker_rule = from.has_speaker ? rule_->name : nullptr;
  // German: "Georg Ratzinger war nach eigenem Bekunden in die Absicht
  // eingeweiht. „Mein Bruder …“": a source that points back at its
  // sentence's subject ("eigenen Angaben", "eigenem Bekunden", "eigenen
  // Worten") names no one; what goes on is that subject's.
  if (!de_ || from.speaker_spans.size() != 1) return;
  const ByteSpan sp = from.speaker_spans[0];
  const std::uint32_t k = token_at_byte(sp.begin);
  if (k + 1 >= n_ || tok(k).begin != sp.begin || tok(k + 1).end != sp.end || !tc_.word(k) ||
      !starts_with_any(tok(k).lower, {"eigene"}))
    return;
  const Range subject = subject_of_sentence(tok(k).sentence);
  if (subject.empty() || (subject.first <= k + 1 && k < subject.last)) return;
  set_speaker(q, resolve(subject));
}

// German: the speaker without a relative clause the phrase took in as if it
// were an apposition ("Der Ermittler, der als wichtiger Zeuge gilt, will …",
// "Robert Chow, der die Allianz führt, erinnerte …"): a relative pronoun after
// a comma, its clause ending in a verb in lower case. ("Müller, der
// Vorsitzende des Verbands," ends in a noun and stays.)
Range Attributor::without_relative_clause(Range phrase) const {
  if (!de_) return phrase;
  for (std::uint32_t k = phrase.first + 1; k + 2 < phrase.last; ++k) {
    if (!punct(k, ",") || in_pair_[k] >= 0) continue;
    if (!tc_.word(k + 1) || tok(k + 1).upper ||
        !one_of(tok(k + 1).lower, {"der", "die", "das", "welcher", "welche", "welches"}))
      continue;
    std::uint32_t e = k + 2;
    while (e < phrase.last && !clause_punct(e)) ++e;
    if (e > k + 2 && tc_.word(e - 1) && !tok(e - 1).upper && in_pair_[e - 1] < 0) return {phrase.first, k};
  }
  return phrase;
}

void Attributor::set_speaker(QuoteEntry& q, const SpeakerFound& s) {
  if (!s.found()) return;
  q.has_speaker = true;
  q.speaker_rule = rule_->name;
  // "hoffen Cern-Forscher, Hinweise auf … zu finden": a speaker never runs into what it says; it ends at
  // the comma before the quote.
  Range own = s.phrase;
  if (!q.spans.empty() && !own.empty() && tok(own.first).begin < q.spans.front().begin &&
      tok(own.last - 1).end > q.spans.front().begin) {
    std::uint32_t comma = own.last;
    while (comma > own.first + 1 && !(punct(comma - 1, ",") && tok(comma - 1).end <= q.spans.front().begin)) --comma;
    if (comma > own.first + 1) own.last = comma - 1;
  }
  // "ergänzt Mikl-Leitner dieser Tage bloß": a time in the genitive after the name is no part of it.
  // (Not a time a preposition opens: "the man of the year".)
  while (own.last >= own.first + 3 && tc_.time_word(own.last - 1) && determiner(own.last - 2) &&
         !tc_.preposition(own.last - 3) && tc_.capitalized(own.last - 3))
    own.last -= 2;
  const Range phrase = without_relative_clause(own);
  q.speaker_spans = {doc_.token_span(phrase.first, with_outlet(with_seat(phrase)).last)};
  q.speaker_actor = s.actor;
  if (s.actor < 0 && speaker_is_group(own)) {
    // An unnamed collective speaks ("Südkoreanische Regierungsvertreter",
    // "officials"): a group actor, and an anonymous source.
    bool free = true;
    for (std::uint32_t k = own.first; k < own.last; ++k)
      if (mention_at(doc_, k) >= 0) free = false;
    if (free && doc_.actors.size() < 5000) {
      q.speaker_actor = add_group_actor(doc_, own.first, own.last);
      add_source(SourceKind::anonymous, doc_.token_span(own.first, own.last), -1);
    }
  }
}

bool Attributor::speaker_is_group(Range phrase) const {
  static const WordSet kInstitutions(word_list("orgs/institution-words"));
  for (std::uint32_t k = phrase.first; k < phrase.last; ++k) {
    // Institutions speaking ("police said") are no anonymous sources.
    if (in_list(tok(k).lower, kInstitutions))
      continue;
    // Media are institutional voices too ("laut nordkoreanischen Staatsmedien",
    // "according to state media"): the source is according_to, not anonymous.
    if (ends_with(tok(k).lower, "medien") || ends_with(tok(k).lower, "media") ||
        ends_with(tok(k).lower, "medienberichten") || ends_with(tok(k).lower, "medienberichte"))
      continue;
    // (English: a word that modifies the noun after it is no group: "official data", "analysts' forecasts",
    // "market analysts Chart-Track"; "the prime minister's official spokesman" is one by its last word.)
    if (!de_ && k + 1 < phrase.last &&
        (tok(k + 1).pos == Upos::NOUN || tok(k + 1).pos == Upos::PROPN || tok(k + 1).pos == Upos::ADJ ||
         one_of(tok(k + 1).key, {"'", "\u2019", "'s", "\u2019s"})) &&
        !(std::string_view(tok(k).lower) == "familiar"))
      continue;
    if (tc_.group_noun(k) || (!de_ && (tc_.lower_flags(k) & kGroupEn))) return true;
    if (!de_ && std::string_view(tok(k).lower) == "familiar" && k + 1 < phrase.last && std::string_view(tok(k + 1).lower) == "with") return true;
  }
  return false;
}

void Attributor::add_source(SourceKind kind, ByteSpan span, std::int32_t actor) {
  // Sources never overlap; they come in text order but for the credits
  // found first, so a look at the latest few is enough (and keeps it linear).
  const std::size_t n = doc_.sources.size();
  for (std::size_t k = n > 16 ? n - 16 : 0; k < n; ++k) {
    const auto& s = doc_.sources[k];
    if (s.span.begin < span.end && span.begin < s.span.end) return;
  }
  doc_.sources.push_back({kind, span, actor, rule_->name});
}

// Trims punctuation at the ends of a token range used as a quote span.
// keep_stop: a whole sentence reported without a cue of its own (free
// indirect speech, a speech act) keeps its full stop, as the corpus marks it.
Range Attributor::trim(Range r, bool keep_stop) const {
  while (r.last > r.first && tok(r.last - 1).kind == TokenKind::punct && in_pair_[r.last - 1] < 0 &&
         !one_of(tok(r.last - 1).key, {")", "%"})) {
    if (keep_stop && one_of(tok(r.last - 1).key, {".", "!", "?"})) break;
    --r.last;
  }
  while (r.first < r.last && tok(r.first).kind == TokenKind::punct && in_pair_[r.first] < 0 &&
         !one_of(tok(r.first).key, {"("}))
    ++r.first;
  return r;
}

// "Essen – Bei einer Explosion … sind drei Menschen verletzt worden", "LONDON (Reuters) - …": a
// sentence that opens with the place of the report (a place the actor stage found there, then
// "/" and more places, an agency's credit in brackets, a dash between spaces) reports from
// after the dash. `k` when the sentence does not open there or opens otherwise.
std::uint32_t Attributor::after_dateline(std::uint32_t k, std::uint32_t limit) const {
  if (k >= limit || tok(k).sentence >= doc_.sentences.size() || doc_.sentences[tok(k).sentence].first != k)
    return k;
  const std::int32_t m = mention_at(doc_, k);
  if (m < 0 || doc_.actors[doc_.mentions[m].actor].type != ActorType::location) return k;
  std::uint32_t d = k;
  while (d < limit && tok(d).begin < doc_.mentions[m].span.end) ++d;
  while (d + 1 < limit && punct(d, "/") && tc_.capitalized(d + 1)) {
    d += 2;
    // ("St. Pölten": an abbreviation's full stop goes on to the next word.)
    while (d < limit && d < k + 10 &&
           ((tc_.word(d) && tc_.capitalized(d)) ||
            (punct(d, ".") && !tok(d).space_before && d + 1 < limit && tc_.capitalized(d + 1))))
      ++d;
  }
  if (d < limit && punct(d, "(")) {
    std::uint32_t c = d + 1;
    while (c < limit && c < d + 5 && !punct(c, ")")) ++c;
    if (c >= limit || !punct(c, ")")) return k;
    d = c + 1;
  }
  const bool dash = d + 1 < limit && (punct(d, "\u2013") || punct(d, "\u2014") || punct(d, "-")) &&
                    tok(d).space_before && tok(d + 1).space_before && tc_.capitalized(d + 1);
  return dash ? d + 1 : k;
}

bool Attributor::word_count_at_least(Range r, int n) const {
  int words = 0;
  for (std::uint32_t k = r.first; k < r.last; ++k)
    if (tok(k).kind != TokenKind::punct && ++words >= n) return true;
  return false;
}

// `second`: a piece after a source phrase inside the sentence ("Die Zahl
// stieg | laut Polizei | auf 20"); the source phrase itself is no part of it.
void Attributor::add_reported(Range span, const Attribution& a, std::int32_t inherit_from, bool keep_stop,
                              bool extend_last, Range second) {
  span = trim(span, keep_stop);
  second = trim(second, keep_stop);
  span.first = after_dateline(span.first, span.last);
  if (span.empty()) {
    span = second;
    second = {};
  }
  if (span.empty() || !in_body(span.first)) return;
  const std::uint32_t extent_last = second.empty() ? span.last : second.last;
  if (!word_count_at_least({span.first, extent_last}, 3)) return;
  // Never overlap an earlier quote: they are made in text order, sentence
  // by sentence, so the latest few are the only candidates.
  const std::size_t nq = doc_.quotes.size();
  for (std::size_t k = nq > 8 ? nq - 8 : 0; k < nq; ++k) {
    const auto& q = doc_.quotes[k];
    if (!q.spans.empty() && q.spans.front().begin < tok(extent_last - 1).end &&
        tok(span.first).begin < q.spans.back().end)
      return;
  }
  QuoteEntry q;
  q.kind = QuoteKind::indirect;
  q.rule = rule_->name;
  Range* last_piece = second.empty() ? &span : &second;
  const Range said = sentence_after_colon(*last_piece, a);
  if (!said.empty()) last_piece->last = said.first - 1;
  std::vector<Range> verbatim;  // the quoted pieces, within the quote's pieces
  for (Range* piece : {&span, &second})
    for (std::uint32_t k = piece->first; k < piece->last; ++k)
      if (in_pair_[k] >= 0) {
        // Widen to the whole quoted stretch and consume the pair. A quoted
        // name ("Der Sender „Silverbird“ berichtete …") quotes no one.
        auto& pair = doc_.quote_pairs[in_pair_[k]];
        if (piece == last_piece && pair.close + 1 > piece->last) piece->last = pair.close + 1;
        if (!(quoted_name(pair) && !speech_like(pair)) && !quoted_title(pair)) {
          q.kind = QuoteKind::mixed;
          const Range quoted{std::max(pair.open, piece->first), std::min(pair.close + 1, piece->last)};
          if (verbatim.empty() || verbatim.back().last <= quoted.first) verbatim.push_back(quoted);
        }
        pair.used = true;
      }
  // Nothing but one quotation ('"It's a good sign", said Ryan Cloutier'):
  // direct speech, not mixed.
  if (second.empty() && in_pair_[span.first] >= 0 && doc_.quote_pairs[in_pair_[span.first]].open == span.first &&
      doc_.quote_pairs[in_pair_[span.first]].close + 1 == span.last)
    q.kind = QuoteKind::direct;
  q.spans = {doc_.token_span(span.first, span.last)};
  if (!second.empty()) q.spans.push_back(doc_.token_span(second.first, second.last));
  if (q.kind == QuoteKind::mixed)
    for (const Range& r : verbatim) q.verbatim.push_back(doc_.token_span(r.first, r.last));
  if (extend_last && !doc_.quotes.empty()) {
    // One more sentence of the same free indirect speech: the corpus marks
    // a run of them as one quotation.
    QuoteEntry& prev = doc_.quotes.back();
    prev.spans.back().end = q.spans.back().end;
    if (q.kind == QuoteKind::mixed) prev.kind = QuoteKind::mixed;
    prev.verbatim.insert(prev.verbatim.end(), q.verbatim.begin(), q.verbatim.end());
    carry_.last_reported_sentence = tok(span.first).sentence;
    add_said_after_colon(said, prev);
    return;
  }
  q.cue = spans_of(a);
  if (inherit_from >= 0) {
    inherit_speaker(q, doc_.quotes[inherit_from]);
  } else {
    set_speaker(q, a.speaker);
  }
  carry_.last_reported_sentence = tok(span.first).sentence;
  doc_.quotes.push_back(q);
  add_said_after_colon(said, doc_.quotes.back());
}

// German: a reported clause that goes on after a colon with a whole quoted
// sentence ("…, dass das Team gestärkt hervorgegangen sei: „Wir haben
// gelernt, …“", "… und fügte hinzu: „Wer kann glauben, …?“"): the quotation
// is direct speech of its own, not a verbatim piece of the clause (the
// corpus marks the two apart). The quotation's tokens when the piece ends
// with it (only punctuation after it), it follows a colon after three words
// of the clause or more, opens with a capital and ends its sentence; empty
// otherwise. The words before the colon must be reported content (a
// Konjunktiv, or a dass/ob clause), not a name with an apposition ("…,
// Gründer der Rockband: „…“") or a frame in the indicative ("kommentierte
// die Entscheidung mit folgenden Worten: „…“"), and hold no cue or speech
// verb: "soll Anelka gesagt haben: „…“" quotes the words it frames.
Range Attributor::sentence_after_colon(Range piece, const Attribution& a) const {
  if (!de_) return {};
  for (std::uint32_t k = piece.first + 1; k < piece.last; ++k) {
    if (in_pair_[k] < 0) continue;
    const QuotePair& pair = doc_.quote_pairs[in_pair_[k]];
    if (pair.open != k || pair.used || !punct(k - 1, ":") || !word_count_at_least({piece.first, k - 1}, 3)) return {};
    if (!tc_.capitalized(k + 1) || !ends_sentence({pair.open + 1, pair.close})) return {};
    for (std::uint32_t j = pair.close + 1; j < piece.last; ++j)
      if (tok(j).kind != TokenKind::punct) return {};
    // Reported content: a Konjunktiv or a dass/ob clause.
    if (!has_konjunktiv({piece.first, k - 1}, true) && !one_of(tok(piece.first).lower, {"dass", "ob"})) return {};
    for (const Range& c : {a.cue, a.cue2})
      if (!c.empty() && c.first >= piece.first && c.first < k) return {};
    for (std::uint32_t j = piece.first; j + 1 < k; ++j)
      if (tc_.speech_verb(j)) return {};
    return {pair.open, pair.close + 1};
  }
  return {};
}

// The direct quote sentence_after_colon() found, with the speaker and cue of
// the reported clause before it (`clause`, the last quote made), placed
// before that clause in doc_.quotes so that a chain of free indirect speech
// goes on with the clause.
void Attributor::add_said_after_colon(Range said, const QuoteEntry& clause) {
  if (said.empty()) return;
  QuoteEntry d = clause;
  d.kind = QuoteKind::direct;
  d.spans = {doc_.token_span(said.first, said.last)};
  d.verbatim.clear();
  doc_.quote_pairs[in_pair_[said.first]].used = true;
  doc_.quotes.insert(doc_.quotes.end() - 1, std::move(d));
}

// English nouns after a name used as a modifier: "a NATO press release",
// "the WHO's situation report", "his official Twitter account".
Range Attributor::with_nouns(Range np) const {
  if (np.empty() || de_) return np;
  const std::uint32_t limit = sentence_of(np.first).last;
  std::uint32_t k = np.last;
  while (k < limit && k < np.last + 3 && tc_.word(k) && !tok(k).upper && !tc_.function_word(k) &&
         !tc_.preposition(k) && !tc_.finite_auxiliary(k) && !tc_.speech_verb_any_case(k) &&
         !ends_with(tok(k).lower, "ly") && !ends_with(tok(k).lower, "ed") && !ends_with(tok(k).lower, "ing"))
    ++k;
  np.last = k;
  return np;
}

// "according to data from the Gun Violence Archive": a phrase with the
// prepositional phrases and participles that tell whose data it is.
Range Attributor::with_attachments(Range np) const {
  if (np.empty()) return np;
  const std::uint32_t limit = sentence_of(np.first).last;
  for (int round = 0; round < 3 && np.last + 1 < limit; ++round) {
    std::uint32_t k = np.last;
    // "a statement posted to his official Twitter account", "the report dated March 16".
    if (tc_.word(k) && one_of(tok(k).lower, {"published", "posted", "released", "issued", "compiled", "dated"})) {
      const Range date = std::string_view(tok(k).lower) == "dated" ? phrase_from(k + 1, limit) : Range{};
      if (!date.empty()) {
        np.last = date.last;
        continue;
      }
      ++k;
    }
    if (k + 1 >= limit || !tc_.word(k) || !one_of(tok(k).lower, {"from", "by", "of", "on", "in", "at", "to"})) break;
    if (std::string_view(tok(k).lower) == "to" && k == np.last) break;  // "to" only after a participle
    if (std::string_view(tok(k).lower) != "by" && std::string_view(tok(k).lower) != "from" && std::string_view(tok(k).lower) != "of" && k == np.last) {
      // "on social media", "in 2017": only after a participle
      if (!(tc_.word(np.last) && tok(np.last).lower.size() > 0)) break;
    }
    const Range more = with_nouns(phrase_from(k + 1, limit));
    if (more.empty()) {
      if (tok(k + 1).kind == TokenKind::number) {
        np.last = k + 2;
        continue;
      }
      break;
    }
    np.last = more.last;
  }
  return np;
}

// A speech verb whose subject is a medium: "Reuters reported", "Die Zeitung berichtete".
bool Attributor::speech_verb_of_media(std::uint32_t v) const {
  static const WordSet kHeads(word_list("media/head-nouns"));
  if (!tc_.speech_verb(v) || v == 0) return false;
  const Range np = phrase_before_verb(v);
  if (np.empty()) return false;
  // (A word for the media says nothing of a person's phrase: "Former Downing Street media chief Alastair
  // Campbell has described" is no report; "CNN anchor Dana Bash described", with a medium named, is.)
  bool person = false;
  for (std::uint32_t k = np.first; k < np.last; ++k) {
    const std::int32_t m = mention_at(doc_, k);
    person = person || (m >= 0 && doc_.actors[doc_.mentions[m].actor].type == ActorType::person);
  }
  for (std::uint32_t k = np.first; k < np.last; ++k) {
    const std::int32_t m = mention_at(doc_, k);
    if (m >= 0 && doc_.actors[doc_.mentions[m].actor].type == ActorType::media) return true;
    if (!person && one_of(tok(k).lower, {"media", "press", "newspaper", "medien", "zeitung", "nachrichtenagentur"}))
      return true;
  }
  // A publication named by its head word ("The Aviation Herald reported", "the industry
  // publication stated", "a report said", "das Magazin berichtete").
  const std::string& head = tok(np.last - 1).lower;
  return in_list(head, kHeads);
}

Range Attributor::phrase_before_verb(std::uint32_t v) const {
  std::uint32_t start = v;
  const std::uint32_t first = sentence_of(v).first;
  // (English: past a perfect's auxiliary, "the Financial Times has reported".)
  const std::uint32_t end = !de_ && v > first + 1 && tc_.word(v - 1) && one_of(tok(v - 1).lower, {"has", "have", "had"}) &&
                                    ends_with(tok(v).lower, "ed")
                                ? v - 1
                                : v;
  while (start > first && !clause_punct(start - 1) && in_pair_[start - 1] < 0 && v - start < 8) --start;
  while (start < end && (tok(start).kind == TokenKind::punct || tc_.preposition(start))) ++start;
  Range r = phrase_from(start, end);
  // (English: nouns in lower case after a name that end in one for a medium or a text: "the Deutsche Welle
  // radio station reported", "Reuters news agency reported", "The FAO report said"; not "The Australian
  // firm said", "Reuters beat profit forecasts".)
  if (!de_ && !r.empty() && r.last < end && end - r.last <= 3) {
    bool nouns = true;
    for (std::uint32_t k = r.last; k < end && nouns; ++k)
      nouns = tc_.word(k) && !tok(k).upper && tok(k).pos == Upos::NOUN;
    if (nouns && one_of(tok(end - 1).lower, {"newspaper", "paper", "agency", "agencies", "station", "network", "magazine",
                                             "channel", "website", "broadcaster", "report", "survey", "poll", "study",
                                             "daily", "weekly", "tabloid"}))
      r.last = end;
  }
  return (!r.empty() && r.last == end) ? r : Range{v, v};
}

Range Attributor::phrase_before_word(std::uint32_t word) const {
  // "nordkoreanischen Staatsmedien zufolge", "Chefentwickler Miyamoto zufolge"
  std::uint32_t start = word;
  while (start > sentence_of(word).first && !clause_punct(start - 1) && word - start < 8 && in_pair_[start - 1] < 0) {
    const std::uint32_t k = start - 1;
    if (tc_.finite_auxiliary(k) || tc_.speech_verb(k) || (tc_.function_word(k) && !determiner(k))) break;
    --start;
  }
  Range r{start, word};
  bool head = false;
  for (std::uint32_t k = start; k < word; ++k) head = head || tok(k).upper;
  return head ? r : Range{word, word};
}

void Attributor::add_phrase_source(std::uint32_t first, std::uint32_t last, Range np, SourceKind kind) {
  const SpeakerFound s = resolve(np);
  bool report = kind == SourceKind::report;
  for (std::uint32_t k = np.first; k < np.last; ++k)
    if (tok(k).lower.find("bericht") != std::string::npos || tok(k).lower.find("report") != std::string::npos)
      report = true;
  if (s.actor >= 0 && doc_.actors[s.actor].type == ActorType::media && kind != SourceKind::according_to) report = true;
  SourceKind final_kind = report && kind != SourceKind::according_to ? SourceKind::report : kind;
  if (!report && speaker_is_group(np) && s.actor < 0) final_kind = SourceKind::anonymous;
  add_source(final_kind, doc_.token_span(first, last), s.actor);
}

bool Attributor::has_cue(std::uint32_t si) const {
  const Sentence& s = doc_.sentences[si];
  for (std::uint32_t k = s.first; k < s.last; ++k)
    if (in_pair_[k] < 0 && tc_.speech_verb(k)) return true;  // words inside a quotation are not its frame
  return false;
}

// The phrase after "laut"/"nach"/"gemäß": "ersten Angaben der Polizei",
// "einer am Dienstag veröffentlichten Pressemitteilung des WFP".
Range Attributor::phrase_after_source(std::uint32_t i, std::uint32_t limit) const {
  Range r = phrase_from(i + 1, limit);
  if (!r.empty()) {
    // Its date belongs to it: "nach dem Reichsvermögensgesetz von 1961",
    // "nach einem Plan der EU vom Sommer 2011".
    std::uint32_t k = r.last;
    if (k + 1 < limit && tc_.word(k) && one_of(tok(k).lower, {"von", "vom"})) {
      ++k;
      if (tc_.time_word(k) || (tc_.capitalized(k) && k + 1 < limit && tok(k + 1).kind == TokenKind::number)) ++k;
      if (k < limit && tok(k).kind == TokenKind::number && tok(k).end - tok(k).begin == 4) r.last = k + 1;
    }
    // German, inside the clause: "waren laut Ministerium Arbeiten an …",
    // "liegen laut Airbus Bestellungen für … vor": a common noun right after
    // the source's last word, in no name with it, opens the clause's subject.
    // (Only a bare source: after an article a name may follow, "der
    // Staatsanwaltschaft Krefeld", "der Gewerkschaft Nahrung-Genuss-Gaststätten".)
    if (de_ && i > 0 && tc_.word(i - 1) && !tok(i - 1).upper) {
      for (std::uint32_t j = r.first + 1; j < r.last; ++j) {
        if (determiner(j - 1)) break;
        if (!tc_.word(j) || !tc_.word(j - 1) || !tc_.capitalized(j) || !tc_.capitalized(j - 1)) continue;
        const std::int32_t m = mention_at(doc_, j);
        if (m >= 0 && (m == mention_at(doc_, j - 1) || doc_.actors[doc_.mentions[m].actor].type == ActorType::location))
          continue;
        // (Not a noun after its adjective, "des Internationalen Strafgerichts",
        // a genitive, "Meinung Russlands", or a part of the name, "TÜV Nord".)
        static const WordSet kCompass(word_list("de/compass-points"));
        if (!tc_.common_noun(j) || (tc_.flags(j) & (kFirstName | kLastName)) || adjective_ending(j - 1) ||
            attributive_adjective(j - 1) || ends_with(tok(j).lower, "s") || in_list(tok(j).key, kCompass))
          continue;
        r.last = j;
        break;
      }
      // "nach Polizeiangaben Schuss- und Stichverletzungen", "nach eigenen Angaben Pärts Musik": after an
      // information noun that names its source in itself (a compound) or as one's own, nothing belongs
      // to the source but a preposition's phrase ("nach Polizeiangaben vom Montag").
      static const WordSet kBareNouns(word_list("de/information-nouns"));
      for (std::uint32_t h = r.first; h < r.last && h < r.first + 3; ++h) {
        if (!information_noun(h)) continue;
        const bool compound = !in_list(tok(h).lower, kBareNouns);
        const bool own = h > r.first && starts_with_any(tok(h - 1).lower, {"eigen"});
        if ((compound || own) && h + 1 < r.last && tc_.capitalized(h + 1) && !determiner(h + 1) &&
            !tc_.preposition(h + 1))
          r.last = h + 1;
        break;
      }
    }
    return r;
  }
  // A quoted name ("Laut „Welt“ soll …") or a web address ("Laut
  // bildblog.de veröffentlichte …").
  if (i + 1 < limit && in_pair_[i + 1] >= 0) {
    const QuotePair& pair = doc_.quote_pairs[in_pair_[i + 1]];
    if (pair.open == i + 1 && pair.close < limit &&
        (quoted_name(pair) || (pair.close == pair.open + 2 && web_address(pair.open + 1, pair.close))))
      return {i + 1, pair.close + 1};
  }
  if (const std::uint32_t web = web_address(i + 1, limit)) return {i + 1, web};
  for (std::uint32_t k = i + 1; k < limit && k < i + 6; ++k) {
    if (!tc_.word(k) && tok(k).kind != TokenKind::number) break;
    if (tc_.capitalized(k)) {
      const Range head = phrase_from(k, limit);
      return head.empty() ? Range{i + 1, i + 1} : Range{i + 1, head.last};
    }
    if (tc_.speech_verb_any_case(k) || tc_.finite_auxiliary(k)) break;
  }
  return {i + 1, i + 1};
}

// The longest phrase that ends right before `end` ("Angaben des
// seismologischen Instituts von Athen" zufolge), not before `floor`.
Range Attributor::phrase_ending_at(std::uint32_t end, std::uint32_t floor) const {
  // An abbreviation in parentheses closes it: "Einer Presseerklärung des
  // Verbandes Deutscher Realschullehrer (VDR) zufolge".
  if (end >= floor + 4 && punct(end - 1, ")") && punct(end - 3, "(") && tc_.word(end - 2)) {
    const Range r = phrase_ending_at(end - 3, floor);
    return r.empty() || r.last != end - 3 ? r : Range{r.first, end};
  }
  std::uint32_t start = end;
  // A quoted name is part of it: "Dem „Figaro“ zufolge".
  while (start > floor && end - start < 14 && !clause_punct(start - 1) &&
         (in_pair_[start - 1] < 0 || quoted_name(doc_.quote_pairs[in_pair_[start - 1]])))
    --start;
  for (std::uint32_t k = start; k < end; ++k) {
    if (tc_.finite_auxiliary(k) || tc_.speech_verb(k)) continue;
    // ("eigenen Angaben zufolge": an adjective may open the phrase.)
    if (!(determiner(k) || tc_.capitalized(k) || tc_.pronoun(k) || attributive_adjective(k)))
      continue;
    const Range r = phrase_from(k, end);
    if (!r.empty() && r.first == k && r.last == end) return r;
  }
  return phrase_before_word(end);
}

// The first token of the clause of the verb at v (after the comma before it).
std::uint32_t Attributor::subject_start(std::uint32_t v, const Sentence& s) const {
  std::uint32_t k = v;
  // ("vom 22. August", "Dr. Dittrich": the full stop of an ordinal or an
  // abbreviation ends no clause, nor does an abbreviation in parentheses.)
  while (k > s.first && v - k < 20 && in_pair_[k - 1] < 0 &&
         (!clause_punct(k - 1) || punct(k - 1, "(") || punct(k - 1, ")") ||
          (punct(k - 1, ".") && k > s.first + 1 &&
           (tok(k - 2).kind == TokenKind::number ||
            (tok(k - 2).upper && !tok(k - 1).space_before && tok(k - 2).end - tok(k - 2).begin <= 4)))))
    --k;
  return k;
}

// Who speaks through the verb at `verb`: its subject, but in the passive
// ("Ihm wird vorgeworfen", "Es wird vermutet") the subject is who is spoken
// to or about, and the speaker is the agent after "von", if any.
Range Attributor::speaker_of_verb(std::uint32_t verb, const Sentence& s) const {
  if (!passive(verb)) return subject_of(verb, s);
  std::uint32_t start = verb;
  while (start > s.first && verb - start < 16 && !clause_punct(start - 1)) {
    if (in_pair_[start - 1] >= 0) {
      // Quoted words inside the clause: "werden … als „extrem“ bezeichnet".
      const QuotePair& pair = doc_.quote_pairs[in_pair_[start - 1]];
      if (pair.close - pair.open > 6 || pair.open <= s.first) break;
      start = pair.open;
      continue;
    }
    --start;
  }
  for (std::uint32_t k = start; k + 1 < verb; ++k) {
    if (in_pair_[k] >= 0) continue;
    if (!tc_.word(k) || !one_of(tok(k).lower, {"von", "vom", "seitens"})) continue;
    // The corpus marks the agent without its "von" four times in five.
    const Range r = phrase_from(k + 1, verb);
    if (!r.empty() && !tc_.time_word(r.last - 1)) return r;
  }
  // "Reuters zitiert eine Stelle aus dem Bericht, in der davon berichtet
  // wird, dass …": in a relative clause the text it refers to speaks.
  if (start > s.first + 1 && punct(start - 1, ",") && start + 2 < verb && tc_.word(start) &&
      one_of(tok(start).lower, {"in", "im"}) &&
      one_of(tok(start + 1).lower, {"der", "dem", "denen", "welcher", "welchem"})) {
    const Range antecedent = phrase_ending_at(start - 1, s.first);
    if (!antecedent.empty() && antecedent.last == start - 1 && tok(start - 2).upper) {
      // The phrase ending at the comma may be an attachment ("aus dem
      // Bericht"): reach back to the noun phrase it belongs to.
      for (std::uint32_t k = s.first; k < antecedent.first; ++k)
        if ((determiner(k) || tc_.capitalized(k)) && !oblique(k) && (k == s.first || !determiner(k - 1))) {
          const Range whole = phrase_from(k, start - 1);
          if (!whole.empty() && whole.first == k && whole.last == start - 1 && !tc_.pronoun(k)) return whole;
        }
      return antecedent;
    }
  }
  // "In einem Bericht der Zeitung wurde vermutet, dass …", "So wird in
  // einer Pressemitteilung der Organisation gefordert, …": with no agent,
  // the text it is written in speaks.
  for (std::uint32_t k = start; k + 1 < verb; ++k) {
    if (in_pair_[k] >= 0) continue;
    const Range text = text_in(k, verb, false);
    if (!text.empty()) return text;
  }
  return {verb, verb};
}

// The subject of the verb at `verb`: the phrase at the start of its clause,
// or, in German with something else up front ("Am Freitag sagte Kim"), the
// phrase right after the finite verb.
Range Attributor::subject_of(std::uint32_t verb, const Sentence& s) const {
  static const WordSet kVerbLast(word_list("de/verb-last-conjunctions"));
  std::uint32_t start = verb;
  int parens = 0;  // a comma inside parentheses ends no clause: "(Awoda, dt. Arbeiterpartei)"
  // (The comma of a date, "am Donnerstag, den 7. Oktober", ends no clause.)
  const auto date_comma = [&](std::uint32_t c) {
    return punct(c, ",") && c + 2 < verb && tc_.word(c + 1) && std::string_view(tok(c + 1).lower) == "den" &&
           tok(c + 2).kind == TokenKind::number && c > s.first && tc_.time_word(c - 1);
  };
  while (start > s.first &&
         (parens > 0 || date_comma(start - 1) ||
          !(punct(start - 1, ",") || punct(start - 1, ":") || punct(start - 1, ";")))) {
    if (punct(start - 1, ")")) ++parens;
    if (punct(start - 1, "(") && parens > 0) --parens;
    if (verb - start > 40) break;
    if (in_pair_[start - 1] >= 0) {
      // A quoted name is part of the clause: "Die Zeitung „Yemen Observer“ berichtet".
      // Quoted words inside the clause too: "hatte den Bericht als „falsch“ zurückgewiesen".
      const QuotePair& pair = doc_.quote_pairs[in_pair_[start - 1]];
      const bool inside_clause = pair.close - pair.open <= 8 && pair.open > s.first && tc_.word(pair.open - 1);
      if (!(quoted_name(pair) || inside_clause) || pair.open < s.first) break;
      start = pair.open;
      continue;
    }
    --start;
  }
  // "…, der angab, …", "Ägypten, das vorschlug, …": in a relative clause
  // the relative pronoun is the subject (the corpus marks it, not its noun).
  if (de_ && start > s.first && start + 1 < verb && punct(start - 1, ",") && tc_.word(start) &&
      one_of(tok(start).lower, {"der", "die", "das", "welcher", "welche", "welches"}) &&
      !determiner(start + 1) && !tc_.capitalized(start + 1) && phrase_from(start, verb).empty() &&
      (verb + 1 >= s.last || clause_punct(verb + 1) || tc_.finite_auxiliary(verb + 1)))
    return {start, start + 1};
  if (de_ && start > s.first && start + 1 == verb && punct(start - 1, ",") && tc_.word(start) &&
      one_of(tok(start).lower, {"der", "die", "das", "welcher", "welche", "welches"}))
    return {start, start + 1};
  // "In der Zeitung erschien ein Kommentar, der die Entscheidung als „…“
  // bezeichnet": a relative pronoun with an article after it is the subject,
  // and the noun it stands for is who speaks.
  if (de_ && start > s.first + 1 && start + 2 < verb && punct(start - 1, ",") && tc_.word(start) &&
      one_of(tok(start).lower, {"der", "die", "das", "welcher", "welche", "welches"}) && determiner(start + 1) &&
      !tc_.capitalized(start)) {
    const Range antecedent = phrase_ending_at(start - 1, s.first);
    if (!antecedent.empty() && antecedent.last == start - 1 && tok(start - 2).upper) return antecedent;
    return {start, start + 1};
  }
  // "Der Gouverneur von Oaxaca, Gabino Cué, sagte" / "…, Oberbefehlshaber
  // der Armee, hat bereits angekündigt": the subject with its apposition,
  // from the start of the sentence.
  bool only_verbal = true;
  for (std::uint32_t k = start; k < verb; ++k)
    if (tok(k).upper || tok(k).kind != TokenKind::word) only_verbal = false;
  // "…, Peter Clever, hat in einem Interview gefordert": the clause after
  // the apposition starts with its finite verb.
  if (de_ && start < verb && tc_.finite_auxiliary(start)) only_verbal = true;
  // "Einer der Putschisten, Harouna Adamou, dankte den Menschen … und
  // ergänzte, …": a first verb of the same subject, then "und" and the cue.
  if (de_ && start + 2 < verb && tc_.word(start) && !tok(start).upper && !tc_.function_word(start) &&
      !tc_.preposition(start) && !determiner(start) && !tc_.pronoun(start) && in_pair_[start] < 0 &&
      tc_.word(verb - 1) && std::string_view(tok(verb - 1).lower) == "und")
    only_verbal = true;
  if (only_verbal && start > s.first && punct(start - 1, ",") && verb - s.first < 30) {
    // "Den Internationalen Währungsfonds (IWF), dessen …, forderte er auf":
    // the phrase in front was the object.
    const std::uint32_t after_verb = past_reflexive(finite_verb_of(start, verb) + 1, s.last);
    if (de_ && after_verb < s.last && tc_.word(after_verb) && one_of(tok(after_verb).lower, {"er", "ich", "wir"}))
      return {after_verb, after_verb + 1};
    std::uint32_t commas = 0;
    for (std::uint32_t k = s.first; k < verb; ++k) commas += punct(k, ",") ? 1 : 0;
    const std::uint32_t begin = skip_particles(s.first, verb);
    // "Vor kurzem hatte ein Talibanführer auf pakistanischer Seite, Baitullah
    // Mehsud, erklärt": a fronted adverbial, then the finite verb, then the
    // subject with its apposition.
    // ("Erst vor zwei Tagen hatte …": a focus adverb before the preposition.)
    const std::uint32_t fronted =
        de_ && begin + 1 < start && tc_.function_word(begin) && !determiner(begin) && tc_.preposition(begin + 1)
            ? begin + 1
            : begin;
    if (de_ && commas == 2 && tc_.preposition(fronted)) {
      const std::uint32_t finite = verb_after_fronted(fronted, start);
      if (finite != 0 && tc_.finite_auxiliary(finite)) {
        const std::uint32_t k = past_reflexive(finite + 1, start);
        const Range subject = k < start && !oblique(k) && !tc_.pronoun(k) ? phrase_from(k, start) : Range{};
        if (!subject.empty() && names_speaker(head_of(subject)))
          return nominal(Range{subject.last, start - 1}) ? Range{subject.first, start - 1} : subject;
      }
    }
    Range r = phrase_from(begin, verb);
    // (German: "Ein Sprecher der Moscheen in Mekka und Medina, Ahmed …, sagte":
    // the place where the body sits, up to the apposition's comma, is part of it.)
    if (de_ && !r.empty() && r.last + 2 < start && tc_.word(r.last) && one_of(tok(r.last).lower, {"in", "im"})) {
      std::uint32_t k = r.last + 1;
      while (k < start && (tc_.capitalized(k) || (k > r.last + 1 && tc_.word(k) && std::string_view(tok(k).lower) == "und"))) ++k;
      if (k > r.last + 1 && k < start && punct(k, ",") && tc_.capitalized(k - 1)) r.last = k;
    }
    // "Todor Kolarow, dessen Behörde … zuständig ist, sagte": a relative
    // clause between the subject and its verb.
    if (de_ && !r.empty() && r.first == begin && r.last + 1 < start && punct(r.last, ",") &&
        tc_.word(r.last + 1) &&
        one_of(tok(r.last + 1).lower, {"der", "die", "das", "dessen", "deren", "welcher", "welche", "welches"}) &&
        r.last + 2 < start)
      return r;
    // "Actor Denzel Washington, who paid for …, stated", "Steve Peers of the
    // University of Essex, speaking to BBC, said": an English relative or
    // participle clause between the subject and its verb.
    if (!de_ && !r.empty() && r.first == begin && r.last + 1 < start && punct(r.last, ",") &&
        tc_.word(r.last + 1) &&
        (one_of(tok(r.last + 1).lower, {"who", "which", "whose"}) || ends_with(tok(r.last + 1).lower, "ing")))
      return r;
    // An apposition longer than phrase_from takes along still ends at the
    // comma before the verb.
    const bool lone_adverb = r.last == r.first + 1 && mention_at(doc_, r.first) < 0 && !tc_.common_noun(r.first);
    if (commas == 2 && !r.empty() && r.first == begin &&
        (r.last + 1 >= start ||
         (punct(r.last, ",") && !lone_adverb &&
          (determiner(r.last + 1) || tc_.title(r.last + 1) || tc_.capitalized(r.last + 1)))))
      return {r.first, start - 1};
    // "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD),
    // warnte": a subject phrase_from stops short of, when nothing verbal
    // stands between it and the apposition.
    if (commas >= 2 && commas <= 4 && !r.empty() && r.first == begin && !lone_adverb && !oblique(begin) &&
        nominal(Range{r.last, start - 1}))
      return {r.first, start - 1};
    // "Die Ministerin wies dies zurück, die Sprecherin der Fraktion, Sandra
    // Muster (GRÜNE), erklärte": a second main clause, its subject with an
    // apposition after the comma that ends the first.
    if (de_ && commas >= 3)
      for (std::uint32_t c = s.first + 2; c + 2 < start; ++c) {
        if (!punct(c, ",") || in_pair_[c] >= 0) continue;
        const std::uint32_t b = c + 1;
        if (!(determiner(b) || tc_.capitalized(b)) || oblique(b) || tc_.pronoun(b)) continue;
        bool verb_before = false;
        for (std::uint32_t m = s.first; m < c && !verb_before; ++m)
          verb_before = tc_.speech_verb(m) || tc_.separable_speech_verb(m) || tc_.finite_auxiliary(m);
        if (!verb_before) break;
        const Range second = phrase_from(b, verb);
        if (!second.empty() && second.first == b && names_speaker(head_of(second)) &&
            nominal(Range{second.last, start - 1}))
          return {b, start - 1};
        break;
      }
    // "Adidas-Vorstand Erich Stamminger, zuständig für das US-Geschäft, hatte
    // angekündigt": an apposition of an adjective; the name alone speaks.
    if (de_ && commas == 2 && !r.empty() && r.first == begin && punct(r.last, ",") && r.last + 1 < start &&
        attributive_adjective_or_participle(r.last + 1) && names_speaker(head_of(r)) && !lone_adverb)
      return r;
  }
  start = skip_particles(start, verb);
  // "Diese übergab dem FBI die Akten, und das FBI seinerseits versprach, …":
  // a main clause joined by "und" has its own subject right before its verb.
  if (de_ && verb > start + 2)
    for (std::uint32_t u = verb - 2; u > start && u + 8 > verb; --u) {
      if (clause_punct(u) || in_pair_[u] >= 0) break;
      if (!tc_.word(u) || !one_of(tok(u).lower, {"und", "aber", "doch", "sondern"})) continue;
      const std::uint32_t k = u + 1;
      if (!(determiner(k) || tc_.capitalized(k)) || oblique(k)) break;
      // The clause before has a verb of its own ("übergab"), unlike two
      // coordinated subjects ("Die IADB und der MIF", "Der Abgeordnete und
      // Fraktionschef X").
      bool verb_before = false;
      for (std::uint32_t m = start; m < u && !verb_before; ++m)
        verb_before = tc_.finite_auxiliary(m) ||
                      (tc_.word(m) && !tok(m).upper && !tc_.function_word(m) && !tc_.preposition(m) &&
                       !determiner(m) && !adjective_ending(m) && !punct(m + 1, "-"));
      if (!verb_before) break;
      const Range r = phrase_from(k, verb);
      std::uint32_t e = r.last;
      while (e < verb && tc_.word(e) && !tok(e).upper &&
             (tc_.function_word(e) || ends_with(tok(e).lower, "seits")) && !determiner(e) &&
             !tc_.preposition(e) && !tc_.finite_auxiliary(e))
        ++e;  // "seinerseits", "jedoch"
      // (One no list knows too when an article opens it and a noun ends it,
      // and no auxiliary before "und" could go with the verb: "Dies war nicht
      // die erste Auseinandersetzung und die Hongkonger befürchten, …"; not
      // "Die Regierung hatte ebenso wie PwC und die Unternehmen erklärt".)
      bool shared_auxiliary = false;
      for (std::uint32_t m = start; m < u && !shared_auxiliary; ++m)
        shared_auxiliary = tc_.finite_auxiliary(m) && !one_of(tok(m).lower, {"ist", "sind", "war", "waren"});
      if (!r.empty() && r.first == k && e == verb &&
          (names_speaker(head_of(r)) ||
           (de_ && !shared_auxiliary && determiner(r.first) && tc_.capitalized(r.last - 1))))
        return r;
      break;
    }
  if (start < verb && in_pair_[start] >= 0 && doc_.quote_pairs[in_pair_[start]].open == start) {
    // A quoted name as the subject: "„BBC News“ berichtet".
    const QuotePair& pair = doc_.quote_pairs[in_pair_[start]];
    if (quoted_name(pair) && (pair.close + 1 == verb || tc_.finite_auxiliary(pair.close + 1)))
      return {pair.open, pair.close + 1};
    // "„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an": with a second
    // subject joined to it.
    if (quoted_name(pair) && pair.close + 2 < verb && tc_.word(pair.close + 1) &&
        one_of(tok(pair.close + 1).lower, {"und", "sowie"})) {
      const Range second = phrase_from(pair.close + 2, verb);
      if (!second.empty() && (second.last == verb || tc_.finite_auxiliary(second.last)))
        return {pair.open, second.last};
    }
  }
  // "Manche Experten sagten", "Manche meinten": a quantifier that the
  // determiner list does not hold opens the subject, or is it.
  {
    static const WordSet kQuantifiers(word_list("de/quantifiers"));
    if (de_ && start < verb && start == s.first && tc_.word(start) && tok(start).upper &&
        in_list(tok(start).lower, kQuantifiers)) {
      std::uint32_t e = start + 1;
      while (e < verb && tc_.capitalized(e) && !tc_.function_word(e)) ++e;
      if (e == verb || (e < verb && tc_.finite_auxiliary(e))) return {start, e};
    }
  }
  // "Von der Leyen sagte", "Zu Guttenberg hatte angegeben": a person's name
  // that opens with its particle, capitalised at the start of the sentence.
  if (de_ && start + 1 < verb && tc_.word(start) && tok(start).upper && one_of(tok(start).lower, {"von", "zu"})) {
    std::uint32_t k = start;
    if (mention_at(doc_, k) < 0) ++k;
    if (k + 1 < verb && mention_at(doc_, k) < 0 && !tok(k).upper && one_of(tok(k).lower, {"der", "dem", "den"})) ++k;
    const std::int32_t m = mention_at(doc_, k);
    if (m >= 0 && doc_.mentions[m].actor >= 0 && doc_.actors[doc_.mentions[m].actor].type == ActorType::person) {
      const std::uint32_t end = doc_.mentions[m].last;
      if (end == verb || (end < verb && tc_.finite_auxiliary(end))) return {start, end};
    }
  }
  // A relative clause after a preposition, its verb last: "…, in denen er
  // diese Orientierung als Krankheit bezeichnet hatte", "…, in dessen Folge
  // das Bundesverwaltungsgericht festgestellt hatte": its subject follows the
  // pronoun (and the noun after "dessen"/"deren").
  if (de_ && start > s.first && start + 2 < verb && punct(start - 1, ",") && tc_.preposition(start) &&
      tc_.word(start + 1) && !tok(start + 1).upper &&
      one_of(tok(start + 1).lower, {"dem", "der", "denen", "dessen", "deren", "welchem", "welcher"}) &&
      (verb + 1 >= s.last || clause_punct(verb + 1) || tc_.finite_auxiliary(verb + 1)) &&
      !has_finite_auxiliary({start + 2, verb})) {
    std::uint32_t k = start + 2;
    if (one_of(tok(start + 1).lower, {"dessen", "deren"}) && tc_.capitalized(k)) ++k;
    const Range r = k < verb && !oblique(k) ? phrase_from(k, verb) : Range{};
    if (!r.empty() && r.first == k) return r;
  }
  if (de_ && start + 1 < verb && tc_.word(start) &&
      in_list(tok(start).lower, kVerbLast) &&
      (verb + 1 >= s.last || clause_punct(verb + 1) || (tc_.finite_auxiliary(verb + 1))) &&
      !has_finite_auxiliary({start + 1, verb})) {
    // A subordinate clause with its verb last: "Während Premierminister
    // Juncker ankündigte, …" names its subject right after the conjunction.
    const Range r = phrase_from(skip_particles(start + 1, verb), verb);
    if (!r.empty()) return r;
  }
  Range lone{};
  if (start < verb && !tc_.preposition(start) &&
      !(tc_.function_word(start) && !determiner(start) && !tc_.pronoun(start) && !(tok(start).all_caps && !de_))) {
    const Range r = phrase_from(start, verb);
    // A lone capitalised word at the start of a German sentence that names
    // nothing and is no noun is an adverb ("Ähnlich äußerte sich …"), unless
    // no subject follows the verb ("Glos hatte in einem Interview gesagt").
    // (The actor stage may take such a word for a name: its ending tells.)
    const bool adverb = de_ && !r.empty() && r.last == r.first + 1 && start == s.first &&
                        ((mention_at(doc_, start) < 0 && !tc_.common_noun(start)) || adverb_suffix(start)) &&
                        !tc_.pronoun(start) && !tc_.group_noun(start) && !tc_.title(start);
    // A time ("Um 10:05 Uhr MEZ meldete", "Ende Januar verkündete") or an
    // adverbial ("Stellvertretend für die EU-Kommission empfahl") in front:
    // the subject follows the verb.
    const bool adverbial = de_ && !r.empty() && (time_phrase(r) || (r.last > r.first + 1 && start == s.first &&
                                                                    mention_at(doc_, start) < 0 &&
                                                                    !tc_.common_noun(start) && adverb_form(start)));
    if (adverbial) {
      const Range after = phrase_from(past_reflexive(finite_verb_of(start, verb) + 1, s.last), s.last);
      if (!after.empty() && !tc_.pronoun(after.first)) return after;
    }
    if (de_ && !r.empty() && r.last == r.first + 1 && start == s.first) {
      const Range after = subject_after_reflexive(finite_verb_of(start, verb), s.last);
      if (!after.empty()) return after;
    }
    if (!r.empty() && !adverb) {
      const Range inverted = subject_after_verb(r, verb, s);
      if (!inverted.empty()) return inverted;
      return with_named_head(r, verb, s);
    }
    if (adverb && !adverb_form(start)) lone = r;
  }
  // German inversion and English "said X": the phrase after the verb (or its auxiliary).
  const std::uint32_t k = past_reflexive(finite_verb_of(start, verb) + 1, s.last);
  Range after = phrase_from(k, s.last);
  // "sah es das Gericht als erwiesen an": the expletive "es" is no speaker.
  if (de_ && after.last == k + 1 && std::string_view(tok(k).lower) == "es") after = phrase_from(k + 1, s.last);
  // The second of two verbs ("zeigte sich die Bundesregierung bestürzt und
  // verurteilte ihn"): the subject after the first.
  if (after.empty() && lone.empty()) after = subject_after_first_verb(start, verb);
  // "Mamadou hatte die Verfassungsänderung damit begründet": a name no list
  // knows, and after the verb an object that names no one; the name speaks.
  if (!lone.empty() && !after.empty() && determiner(after.first) && !names_speaker(head_of(after))) return lone;
  return after.empty() && !lone.empty() ? lone : after;
}

// The one to three words that open sentence s right before its verb, with
// a name or noun among them and no preposition; empty otherwise.
Range Attributor::words_before(std::uint32_t verb, const Sentence& s) const {
  const std::uint32_t start = skip_particles(s.first, verb);
  if (start >= verb || verb - start > 3) return {};
  bool noun = false;
  for (std::uint32_t k = start; k < verb; ++k) {
    if (!tc_.word(k) || tc_.preposition(k) || tc_.finite_auxiliary(k) || tc_.pronoun(k)) return {};
    noun = noun || mention_at(doc_, k) >= 0 || tc_.group_noun(k) || tc_.title(k) ||
           (tok(k).upper && !tc_.function_word(k) && tc_.common_noun(k));
  }
  return noun ? Range{start, verb} : Range{};
}

// "äußerte sich Kofi Annan": the subject after a reflexive pronoun.
std::uint32_t Attributor::past_reflexive(std::uint32_t k, std::uint32_t limit) const {
  static const WordSet kTimeAdverbs(word_list("de/time-adverbs"));
  if (de_ && k + 1 < limit && tc_.word(k) && std::string_view(tok(k).lower) == "sich") ++k;
  // "kündigte heute der Präsident an", "meldeten dann die Nachrichten": a
  // time adverb between the verb and its subject.
  if (de_ && k + 1 < limit && tc_.word(k) &&
      in_list(tok(k).lower, kTimeAdverbs) &&
      (determiner(k + 1) || tc_.capitalized(k + 1)))
    ++k;
  // "Ebenso plädierte auch Volker Beck dafür"
  return k < limit && tc_.word(k) ? skip_particles(k, limit) : k;
}

// The finite verb of the clause from `start` to the verb at `verb`: its
// auxiliary if one comes first ("hatte … gesagt"), else the verb itself.
std::uint32_t Attributor::finite_verb_of(std::uint32_t start, std::uint32_t verb) const {
  if (de_)
    for (std::uint32_t m = start; m < verb; ++m)
      if (tc_.finite_auxiliary(m)) return m;
  return verb;
}

bool Attributor::time_phrase(Range r) const {
  for (std::uint32_t k = r.first; k < r.last; ++k)
    if (tc_.word(k) && tok(k).upper && tc_.time_word(k)) return true;
  return tok(r.first).kind == TokenKind::number;
}

// A determiner no subject starts with: "den", "dem", "einem", "seinen".
bool Attributor::oblique(std::uint32_t k) const {
  static const WordSet kOblique(word_list("de/oblique-determiners"));
  return tc_.word(k) && in_list(tok(k).lower, kOblique);
}

// A phrase that names who could speak: an actor, a pronoun, a title or a group.
bool Attributor::names_speaker(Range r) const {
  for (std::uint32_t k = r.first; k < r.last; ++k)
    if (mention_at(doc_, k) >= 0 || tc_.title(k) || tc_.group_noun(k) || tc_.pronoun(k)) return true;
  return false;
}

// The head of a noun phrase: its words up to the end of the first run of
// capitalised ones ("Die praktische Anwendung" of "Die praktische Anwendung
// der Richtlinie des Kanzlers", "Bundeskanzlerin Angela Merkel"), so that a
// speaker in a genitive after it does not make the phrase one who speaks.
Range Attributor::head_of(Range r) const {
  std::uint32_t k = r.first;
  while (k < r.last && (!tok(k).upper || determiner(k))) ++k;  // "Die spätere"
  while (k < r.last && (tok(k).upper || (punct(k, "-") && !tok(k).space_before))) ++k;
  return {r.first, k};
}

// Nothing but the stuff of noun phrases: names, nouns, articles,
// prepositions, "und", adjectives, commas and parentheses.
bool Attributor::nominal(Range r) const {
  for (std::uint32_t k = r.first; k < r.last; ++k) {
    if (in_pair_[k] >= 0) continue;
    const Token& t = tok(k);
    if (t.kind == TokenKind::number) continue;
    if (t.kind == TokenKind::punct) {
      // ", die sich anschickten, …": a relative clause is no noun phrase.
      if (t.key == "," && k + 2 < r.last && tc_.word(k + 1) &&
          one_of(tok(k + 1).lower, {"der", "die", "das", "dessen", "deren", "welcher", "welche", "welches"}) &&
          !tc_.capitalized(k + 2) && !adjective_ending(k + 2))
        return false;
      if (one_of(t.key, {",", "(", ")", "-", "/", "."})) continue;
      return false;
    }
    if (tc_.finite_auxiliary(k) || tc_.speech_verb_any_case(k) || tc_.konjunktiv(k) || tc_.pronoun(k)) return false;
    if (t.upper || determiner(k) || tc_.preposition(k) ||
        one_of(t.lower, {"und", "oder", "sowie", "darunter", "auch", "etwa", "kurz"}))
      continue;
    // A lower-case word: only an inflected adjective ("frühere", "deutschen"),
    // not an infinitive ("teilzunehmen", "zu tun").
    if (t.lower == "zu" || zu_infinitive_word(k)) return false;
    if (!(ends_with(t.lower, "e") || ends_with(t.lower, "en") || ends_with(t.lower, "er") ||
          ends_with(t.lower, "es") || ends_with(t.lower, "em")))
      return false;
  }
  return true;
}

// Conjunctions and focus particles before a subject ("Aber Zeitungen
// berichteten", "Auch Feinstein argumentierte"): the first token after them.
std::uint32_t Attributor::skip_particles(std::uint32_t k, std::uint32_t limit) const {
  static const WordSet kParticles(word_list("de/focus-particles"));
  while (k < limit && tok(k).kind == TokenKind::punct && in_pair_[k] < 0) ++k;
  // "Berlin – Die deutsche Polizei bestätigte …": a dateline opening the
  // paragraph is no part of the subject.
  if (de_ && k < limit && tok(k).sentence < doc_.sentences.size() && doc_.sentences[tok(k).sentence].first == k &&
      (tok(k).sentence == 0 ||
       doc_.sentences[tok(k).sentence - 1].paragraph != doc_.sentences[tok(k).sentence].paragraph)) {
    std::uint32_t d = k;
    while (d < limit && d < k + 3 && tc_.word(d) && tok(d).upper) ++d;
    if (d > k && d + 1 < limit && (punct(d, "–") || punct(d, "—")) && tc_.capitalized(d + 1)) k = d + 1;
  }
  // Not before "es"/"man": "Doch es wird befürchtet" names no speaker.
  while (de_ && k + 1 < limit && tc_.word(k) &&
         in_list(tok(k).lower, kParticles) &&
         (determiner(k + 1) || tc_.capitalized(k + 1) || in_pair_[k + 1] >= 0 ||
          (tc_.pronoun(k + 1) && !one_of(tok(k + 1).lower, {"es", "man"}))))
    ++k;
  return k;
}

bool Attributor::has_finite_auxiliary(Range r) const {
  for (std::uint32_t k = r.first; k < r.last; ++k)
    if (tc_.finite_auxiliary(k)) return true;
  return false;
}

// A short quotation of a name or title („Yemen Observer“, „Die Zeit“),
// not of wording.
bool Attributor::quoted_name(const QuotePair& pair) const {
  return pair.close > pair.open + 1 && pair.close - pair.open <= 6 && tc_.capitalized(pair.open + 1) &&
         !ends_sentence({pair.open + 1, pair.close});
}

// Quoted wording rather than a quoted name: a lower-case word, or a common
// noun that names no actor („Wortbruch“ but not „Twitter“, „Der Spiegel“).
bool Attributor::speech_like(const QuotePair& pair) const {
  if (pair.close - pair.open > 6) return true;
  for (std::uint32_t k = pair.open + 1; k < pair.close; ++k)
    if (tc_.word(k) && !tok(k).upper) return true;
  bool noun = false;
  for (std::uint32_t k = pair.open + 1; k < pair.close; ++k) {
    if (!tc_.word(k)) continue;
    if (mention_at(doc_, k) >= 0) return false;
    if (tc_.common_noun(k)) noun = true;
  }
  return noun;
}

// A quoted name or title where a noun stands, not quoted wording: after a
// definite article or preposition ("der „BILD am Sonntag“", "in der
// „Correio da Manhã“", "unter dem Motto „Freiheit statt Angst“") or
// as the subject of a speech verb ("Wie „heise online“ berichtet"). Quoted
// wording after an article is mostly indefinite: "eine „Zeitungsente“".
bool Attributor::names_something(const QuotePair& pair) const {
  static const WordSet kBeforeNames(word_list("de/before-names"));
  if (pair.open == 0 || !quoted_name_shape(pair)) return false;
  const std::uint32_t b = pair.open - 1;
  if (pair.close + 1 < n_ && tc_.speech_verb(pair.close + 1) && tc_.word(b) &&
      one_of(tok(b).lower, {"wie", "laut", "die", "der", "das"}))
    return true;
  if (!tc_.capitalized(pair.open + 1)) return false;
  if (!tc_.word(b)) return false;
  // Right after a noun it is that noun's name: "die Partei „Neue Rechte“",
  // "im Fachmagazin „Public Library of Science“", "Geschäftsführer von
  // „Ener1“" (quoted wording follows an article, "als" or a colon), but not
  // after a speaker's name.
  // A word („Gesindel“) or a noun that announces wording ("die Bezeichnung
  // „…“", "Parolen wie zum Beispiel „…“") is quoted speech all the same.
  const bool one_word = pair.close == pair.open + 2 && tc_.common_noun(pair.open + 1);
  if ((!one_word && noun_not_person(b)) || (std::string_view(tok(b).lower) == "von" && b > 0 && tc_.title(b - 1))) return true;
  // Not after "von", "mit", "über": "sprach von „Panikverkäufen“".
  return in_list(tok(b).lower, kBeforeNames);
}

// A noun that a quoted name can follow as its name ("die Partei „Neue
// Rechte“"): capitalised, not the sentence's first word, no pronoun or
// function word, no noun that announces wording ("die Bezeichnung „…“"),
// not a person's name.
bool Attributor::noun_not_person(std::uint32_t k) const {
  static const SuffixSet kWordingNouns(word_list("de/wording-nouns"));
  if (!tc_.capitalized(k) || k == sentence_of(k).first || tc_.pronoun(k) || tc_.function_word(k)) return false;
  if (ends_with_any(tok(k).lower, kWordingNouns)) return false;
  const std::int32_t m = mention_at(doc_, k);
  return m < 0 || doc_.actors[doc_.mentions[m].actor].type != ActorType::person;
}

// German: a quotation inside reported speech that is a name or title, not
// quoted wording, so no verbatim piece: one named_as() a name, or one that names_something() and
// follows its noun ("vom Bakterium „Klebsiella pneumoniae“", "unter dem
// Motto „Freiheit statt Angst“", "den Titel „…“"), or of two words or more,
// every one capitalised ("um die „Graf Zeppelin“"). A single word after an
// article is mostly a scare quote ("der „Normalfall“"), and so is a phrase
// with lower-case words ("neben der „Datenschnüffelei in den Schulen“").
bool Attributor::quoted_title(const QuotePair& pair) const {
  if (named_as(pair)) return true;
  if (!de_ || !names_something(pair)) return false;
  if (tc_.word(pair.open - 1) && noun_not_person(pair.open - 1)) return true;
  int words = 0;
  for (std::uint32_t k = pair.open + 1; k < pair.close; ++k) {
    if (!tc_.word(k)) continue;
    if (!tc_.capitalized(k)) return false;
    ++words;
  }
  return words >= 2;
}

bool Attributor::quoted_name_shape(const QuotePair& pair) const {
  if (pair.close <= pair.open + 1 || pair.close - pair.open > 7) return false;
  for (std::uint32_t k = pair.open + 1; k < pair.close; ++k)
    if (tok(k).kind == TokenKind::punct && one_of(tok(k).key, {".", "!", "?", ",", ";"}) && k + 1 == pair.close)
      return false;
  return true;
}

// The next quotation follows the frame of quote p directly: "…", said
// The last token inside a quotation's marks (the opening mark of an empty one).
const Token& Attributor::last_inside(const QuotePair& pair) const {
  return tok(pair.close - 1 > pair.open ? pair.close - 1 : pair.open);
}

// The quotation ends in a mark that lets its frame follow in the same
// sentence: '"…," said Kim', '„…?“, fragte Kim', '"…!" Kim said'.
bool Attributor::ends_before_frame(const QuotePair& pair) const {
  const Token& t = last_inside(pair);
  return t.kind == TokenKind::punct && one_of(t.key, {",", "?", "!", "\u2026"});
}

// Kim, "…" (no sentence ends in between).
bool Attributor::continues_after_frame(std::size_t p) const {
  if (p + 1 >= doc_.quote_pairs.size()) return false;
  const QuotePair& pair = doc_.quote_pairs[p];
  const QuotePair& next = doc_.quote_pairs[p + 1];
  if (next.used || next.open <= pair.close + 1 || next.open - pair.close > 14) return false;
  if (!(punct(next.open - 1, ",") || punct(next.open - 1, ":"))) return false;
  for (std::uint32_t k = pair.close + 1; k < next.open; ++k) {
    if (tok(k).newlines_before > 0) return false;
    if (tok(k).kind == TokenKind::punct && one_of(tok(k).key, {".", "!", "?", ";"})) return false;
  }
  // The first piece must not end its sentence: "…," or "…" followed by a comma.
  const Token& last_inside = tok(pair.close - 1);
  return !(last_inside.kind == TokenKind::punct && one_of(last_inside.key, {".", "!", "?"}));
}

bool Attributor::ends_sentence(Range inside) const {
  for (std::uint32_t k = inside.last; k > inside.first; --k) {
    const Token& t = tok(k - 1);
    if (t.kind != TokenKind::punct) return false;
    if (one_of(t.key, {".", "!", "?", "\u2026", ","})) return true;
  }
  return false;
}

bool Attributor::stands_alone(const QuotePair& pair) const {
  const Sentence& s = sentence_of(pair.open);
  // "Und: „…“", "Weiter: „…“": a conjunction and a colon go on with the
  // speaker before.
  if (de_ && pair.open == s.first + 2 && punct(s.first + 1, ":") && tc_.word(s.first) &&
      one_of(tok(s.first).lower, {"und", "weiter", "außerdem", "zudem", "ferner", "sowie", "aber"}))
    return true;
  return pair.open <= s.first + 1;
}

// After a quotation, subject first: '"…," Bash said.', „…“, Kim hatte erklärt.
// The frame from token k on, empty when none.
Attribution Attributor::subject_then_cue(std::uint32_t k, std::uint32_t limit) const {
  const Range np = phrase_from(k, limit);
  if (!np.empty() && np.last < limit) {
    std::uint32_t v = np.last;
    // The comma after an apposition: '"…," the headteacher, Sarah Jones, said'.
    if (punct(v, ",") && v + 1 < limit && tc_.speech_verb(v + 1)) ++v;
    while (v < limit && v < np.last + 2 && (tc_.finite_auxiliary(v) || one_of(tok(v).lower, {"also", "later", "auch"}))) ++v;
    if (v < limit) {
      Attribution b = cue_at(v, limit);
      if (!b.cue.empty()) {
        b.speaker = resolve(np);
        return b;
      }
    }
  }
  return {};
}

// Where the words that may frame a quotation start: the sentence start, or
// right after an earlier quotation in the sentence.
std::uint32_t Attributor::frame_start(const QuotePair& pair, const Sentence& s) const {
  for (std::uint32_t k = pair.open; k > s.first; --k)
    if (in_pair_[k - 1] >= 0) return k;
  return s.first;
}

// "Er sagte: „…“" split into two sentences: the sentence before the one the
// quotation opens, when it ends with the colon; null otherwise.
const Sentence* Attributor::colon_sentence_before(const QuotePair& pair, const Sentence& s) const {
  if (pair.open != s.first || tok(pair.open).newlines_before != 0 || s.first == 0 || !punct(s.first - 1, ":"))
    return nullptr;
  return &sentence_of(s.first - 1);
}

// The first cue of sentence s with the speaker of its verb; empty when none.
Attribution Attributor::first_cue_in(const Sentence& s) const {
  for (std::uint32_t i = s.first; i < s.last; ++i) {
    Attribution c = cue_at(i, s.last);
    if (c.cue.empty()) continue;
    c.speaker = resolve(speaker_of_verb(i, s));
    return c;
  }
  return {};
}

void Attributor::sort_and_merge() {
  std::stable_sort(doc_.quotes.begin(), doc_.quotes.end(), [](const QuoteEntry& x, const QuoteEntry& y) {
    return x.spans.front().begin < y.spans.front().begin;
  });
  // Indirect spans may overlap a direct quote found later: keep the first.
  std::vector<QuoteEntry> kept;
  for (auto& q : doc_.quotes) {
    if (!kept.empty() && q.spans.front().begin < kept.back().spans.back().end) continue;
    kept.push_back(std::move(q));
  }
  doc_.quotes = std::move(kept);
}

}  // namespace attribution

}  // namespace newsmark

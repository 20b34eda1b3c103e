#include "actors.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "attribution/word_lists.h"
#include "lexicon.h"
#include "token_class.h"

namespace newsmark {
namespace {

using attribution::ends_with_any;
using attribution::in_list;
using attribution::WordSet;
using attribution::word_list;

// Which kind of rule found a candidate: the entity tagger may overrule a
// guess from context, seldom a listed name.
enum class Origin : std::uint8_t { form, listed, name, title, acronym, guess, tagger };

struct Candidate {
  std::uint32_t first = 0, last = 0;
  ByteSpan span;
  ActorType type = ActorType::person;
  std::string name;  // normalised name (genitive removed)
  Origin origin = Origin::form;
  std::string key = {};  // joins the candidate with other mentions, when not its name (extend_to)
};



class ActorFinder {
 public:
  explicit ActorFinder(Document& doc)
      : doc_(doc), tc_(doc), lex_(Lexicon::get(doc.lang)), n_(static_cast<std::uint32_t>(doc.tokens.size())),
        steps_(language_steps(doc.lang)) {}

  void run() {
    std::vector<Candidate>& found = found_;
    std::uint32_t i = 0;
    while (i < n_) {
      Candidate c;
      if (candidate_at(i, &c)) {
        trim_possessive(&c);
        found.push_back(c);
        i = c.last;
      } else {
        ++i;
      }
    }
    merge_entities(found);
    build_actors(found);
  }

 private:
  const Token& tok(std::uint32_t i) const { return doc_.tokens[i]; }
  bool same_line(std::uint32_t a, std::uint32_t b) const {
    // b follows a with no line break and in the same sentence.
    return b < n_ && tok(b).newlines_before == 0 && tok(a).sentence == tok(b).sentence;
  }
  bool joined(std::uint32_t a, std::uint32_t b) const { return b < n_ && !tok(b).space_before && same_line(a, b); }
  bool hyphen(std::uint32_t i) const {
    return i < n_ && tok(i).kind == TokenKind::punct && one_of(tok(i).key, {"-", "\u2010", "\u2011"});
  }
  // A hyphen or an en dash with no space on either side: "Rolls-Royce", "Harvard–Smithsonian".
  bool glued_dash(std::uint32_t i) const {
    return i > 0 && (hyphen(i) || (tok(i).kind == TokenKind::punct && tok(i).key == "\u2013")) && joined(i - 1, i) &&
           joined(i, i + 1);
  }
  bool sentence_initial(std::uint32_t i) const {
    const Sentence& s = doc_.sentences[tok(i).sentence];
    std::uint32_t k = s.first;
    while (k < i && tok(k).kind == TokenKind::punct) ++k;  // a leading quote mark or dash
    return k == i;
  }
  std::string text(std::uint32_t first, std::uint32_t last) const {
    return std::string(doc_.slice(tok(first).begin, tok(last - 1).end));
  }
  // A candidate's end moved on to `last`: its span and its name go with it ("Galatasaray Istanbul",
  // "Goethestraße 12", "Karl IV.", "Deutsche Bahn AG" are the names, not the words before). With
  // keep_key the mentions of the name before still join it ("LASK" ... "LASK Linz").
  static const std::string& key_of(const Candidate& c) { return c.key.empty() ? c.name : c.key; }
  void extend_to(Candidate* c, std::uint32_t last, bool keep_key = true) const {
    if (!keep_key)
      c->key.clear();
    else if (c->key.empty())
      c->key = c->name;
    c->last = last;
    c->span.end = tok(last - 1).end;
    c->name = text(c->first, last);
  }

  // Strips a genitive or possessive ending when the rest is known to the
  // gazetteer: "Nordkoreas" -> "Nordkorea", "Russia's" -> "Russia".
  std::uint64_t base_flags(std::uint32_t i, std::string* base) const {
    const std::string& key = tok(i).key;
    std::uint64_t f = tok(i).key_flags;  // lex_.flags(key), looked up by the segmenter
    *base = key;
    if (f & (kPlace | kOrganization | kMedia)) return f;
    for (const std::string_view ending : steps_.genitive_endings) {
      if (ends_with(key, ending) && key.size() > ending.size() + 2) {
        const std::string_view stem = std::string_view(key).substr(0, key.size() - ending.size());
        const std::uint64_t g = lex_.flags(stem);
        if (g & (kPlace | kOrganization | kMedia)) {
          *base = std::string(stem);
          return g;
        }
      }
    }
    const std::size_t min_stem = steps_.plural_place_min_stem;
    if (min_stem > 0 && key.size() > min_stem && key.back() == 's' && !(f & (kFirstName | kLastName))) {
      const std::string_view stem = std::string_view(key).substr(0, key.size() - 1);
      const std::uint64_t g = lex_.flags(stem);
      if (g & kPlace) {
        *base = std::string(stem);
        return g;
      }
    }
    return f;
  }

  // "ndr.de", "spiegel.de", "faz.net": a lower-case host name.
  static bool web_site(std::string_view key) {
    const std::size_t dot = key.rfind('.');
    if (dot == std::string_view::npos || dot < 2 || key.size() - dot > 5) return false;
    const std::string_view tld = key.substr(dot + 1);
    if (!top_level_domain(tld)) return false;
    for (const char ch : key.substr(0, dot))
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.')) return false;
    return true;
  }

  static ActorType type_of(std::uint64_t f) {
    if (f & kMedia) return ActorType::media;
    if (f & kOrganization) return ActorType::organization;
    return ActorType::location;
  }

  // After a listed first name a capitalised word is the surname even when it is also a noun or looks like
  // a compound: "Hans Eichel", "Guido Westerwelle", "Max Herbst".
  bool surname_after_first(std::uint32_t j) const {
    if (j == 0 || !(tc_.flags(j - 1) & kFirstName) || !tc_.capitalized(j) || tok(j).all_caps) return false;
    if (!same_line(j - 1, j)) return false;
    if ((this->*steps_.no_surname_after_first)(j)) return false;
    // (A time word the language lets through is the surname, though also a function word: "Theresa May".)
    if ((tc_.function_word(j) && !tc_.time_word(j)) || tc_.title(j) || tc_.nationality_adjective(j)) return false;
    if (tc_.flags(j) & (kPlace | kOrganization | kMedia)) return false;
    return true;
  }

  bool name_part(std::uint32_t j) const {
    if (!tc_.capitalized(j)) return false;
    const std::uint64_t f = tc_.flags(j);
    if (f & (kFirstName | kLastName)) return !tc_.function_word(j) || !sentence_initial(j);
    if (tc_.function_word(j) || tc_.title(j) || tc_.time_word(j)) return false;
    if (tc_.nationality_adjective(j)) return false;
    if ((this->*steps_.common_word_in_name)(j)) return false;
    if (f & (kCountry | kRegion)) return false;
    return true;
  }

  // A listed first name among tokens [first, last).
  bool has_first_name(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t k = first; k < last; ++k)
      if (tc_.flags(k) & kFirstName) return true;
    return false;
  }
  bool line_start(std::uint32_t i) const { return i == 0 || tok(i).newlines_before > 0; }
  // One past a run of words in capitals from i on one line (at most 4).
  std::uint32_t capitals_to(std::uint32_t i) const {
    std::uint32_t end = i;
    while (end < n_ && end < i + 4 && tc_.word(end) && tok(end).all_caps && (end == i || same_line(end - 1, end))) ++end;
    return end;
  }

  // A one-letter capital with its full stop: an initial.
  bool initial_at(std::uint32_t j) const {
    return j + 1 < n_ && tc_.word(j) && tok(j).upper && tok(j).end - tok(j).begin == 1 && tc_.punct(j + 1, ".") &&
           same_line(j, j + 1);
  }

  bool particle(std::uint32_t j) const {
    static const WordSet kParticles(word_list("names/name-particles"));
    return tc_.word(j) && !tok(j).upper && in_list(tok(j).lower, kParticles);
  }
  // A particle written with a capital inside a name: "De" of "Robert De Niro", "Van" of "Dick Van Dyke".
  bool capitalised_particle(std::uint32_t j) const {
    static const WordSet kParticles(word_list("names/name-particles"));
    return tc_.capitalized(j) && !tok(j).all_caps && in_list(tok(j).lower, kParticles);
  }

  // English: a list of names with nothing between them ("Pam Butler Renee Ratcliff", a signature
  // "Debra Perlingiere Debra Perlingiere", "Thanks, Phillip Phillip"): token `end` starts a new
  // name when it repeats the name's first word or the word before it, or when it is a first name
  // (and no surname) after a word that is no first name only.
  bool new_english_name(std::uint32_t first, std::uint32_t end) const {
    if (repeats_name(first, end)) return true;
    if (end < first + 2) return false;
    // (Not after a capitalised particle: "Robert De Niro", "Bill De Blasio", where the surname is also a
    // listed first name.)
    if (capitalised_particle(end - 1)) return false;
    const std::uint64_t f = tc_.flags(end), prev = tc_.flags(end - 1);
    return (f & kFirstName) && !(f & kLastName) && ((prev & kLastName) || !(prev & kFirstName)) &&
           tc_.capitalized(end - 1) && !tok(end - 1).all_caps && tok(end - 1).end - tok(end - 1).begin > 1;
  }

  // Token `k` repeats the first word of a name begun at `first` or the word before it, or greets.
  bool repeats_name(std::uint32_t first, std::uint32_t k) const {
    return k > first && tc_.word(k) &&
           (tok(k).key == tok(first).key || tok(k).key == tok(k - 1).key || greeting(k));
  }
  // A letter's greeting or closing after a signature: "Vince Dear All", "Phillip Attendees:".
  bool greeting(std::uint32_t k) const {
    static const WordSet kGreetings(word_list("en/greetings"));
    return in_list(tok(k).key, kGreetings);
  }

  // Extends a person's name from token `first` (already a name part) over
  // further name parts, particles and hyphen joins ("Jong-un", "al-Mansuri").
  std::uint32_t extend_name(std::uint32_t first) const {
    std::uint32_t end = first + 1;
    int parts = 1;
    while (end < n_ && parts < 5) {
      // "Jong-un", "Hans-Peter", "al-Mansuri"; not "ATACMS-Raketen", a compound noun.
      if (hyphen(end) && joined(end - 1, end) && end + 1 < n_ && joined(end, end + 1) && tc_.word(end + 1) &&
          (!tok(end + 1).upper || name_part(end + 1))) {
        end += 2;
        continue;
      }
      if (!same_line(end - 1, end)) break;
      // An initial after a first name or another initial: "George W. Bush", "Nico G.", "Susanne R .",
      // "Wayne A. I. Frederick" (the full stop belongs to it).
      const bool after_initial = end >= 2 && parts > 1 && initial_at(end - 2);
      if (((tc_.flags(end - 1) & kFirstName) || after_initial) && initial_at(end)) {
        end += 2;
        ++parts;
        if (end < n_ && same_line(end - 1, end) && name_part(end) && !sentence_initial(end)) continue;
        if (same_line(end - 1, end) && initial_at(end)) continue;
        break;
      }
      if ((this->*steps_.new_name_at)(first, end)) break;
      if (name_part(end) || surname_after_first(end)) {
        end += 1;
        ++parts;
        continue;
      }
      // "Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi": a particle joined to the surname by a hyphen.
      if (particle(end) && same_line(end - 1, end) && hyphen(end + 1) && joined(end, end + 1) && joined(end + 1, end + 2) &&
          name_part(end + 2)) {
        end += 3;
        ++parts;
        continue;
      }
      // "Ursula von der Leyen", "Karl-Theodor zu Guttenberg".
      if (particle(end) && end + 1 < n_ && same_line(end, end + 1) && name_part(end + 1) &&
          (this->*steps_.particle_joins)(end)) {
        end += 2;
        ++parts;
        continue;
      }
      // Two particles: "Ursula von der Leyen", "Rafael van der Vaart", "Oscar de la Hoya".
      if (end + 2 < n_ && particle(end) && particle(end + 1) && same_line(end, end + 1) &&
          same_line(end + 1, end + 2) && name_part(end + 2) && (this->*steps_.particle_joins)(end)) {
        end += 3;
        ++parts;
        continue;
      }
      break;
    }
    return end;
  }

  // The forms a German word of a listed phrase may take in the text, mapped
  // back to the listed form: an adjective's ending ("Süddeutschen" ->
  // "Süddeutsche", "Deutschen" -> "Deutscher") and, on the last word, a
  // genitive ("Wetterdienstes" -> "Wetterdienst"). Only the forms besides the
  // word itself, which phrase_at() tries first without copying it.
  // (English names are listed as written: listed_forms_en.)
  void listed_forms_de(const std::string& key, bool last, std::vector<std::string>* out) const {
    out->clear();
    // Listed German names start with a capital; only those are declined.
    const bool capital = (key[0] >= 'A' && key[0] <= 'Z') || static_cast<unsigned char>(key[0]) == 0xC3;
    if (key.size() < 5 || !capital) return;
    if (!last) {
      static constexpr std::string_view kEndings[] = {"en", "em", "er", "es"};
      for (const std::string_view ending : kEndings)
        if (ends_with(key, ending)) {
          const std::string stem = key.substr(0, key.size() - 2);
          out->push_back(stem + "e");
          if (ending != "er") out->push_back(stem + "er");
          return;
        }
      if (ends_with(key, "e")) out->push_back(key + "r");
    } else {
      if (ends_with(key, "es")) out->push_back(key.substr(0, key.size() - 2));
      if (ends_with(key, "s")) out->push_back(key.substr(0, key.size() - 1));
    }
  }

  bool phrase_at(std::uint32_t i, Candidate* c) const {
    // Whether a listed phrase can start with the word depends on its form
    // alone: known once per form (Token::same), most words start none.
    if (no_phrase_.empty()) no_phrase_.assign(n_, 0);
    const std::uint32_t form = std::min(tok(i).same, i);
    if (no_phrase_[form]) return false;
    // The word as written (v = 0), then the other forms it may take (listed_forms).
    std::vector<std::string>& firsts = first_forms_;
    std::vector<std::string>& forms = last_forms_;
    const std::string& key = tok(i).key;
    (this->*steps_.listed_forms)(key, false, &firsts);
    bool starts = false;
    for (std::size_t v = 0; v <= firsts.size(); ++v) {
      const std::string& first = v == 0 ? key : firsts[v - 1];
      const std::uint8_t longest = lex_.longest_phrase_from(first);
      if (longest <= 1) continue;
      starts = true;
      for (std::uint32_t len = std::min<std::uint32_t>(longest, n_ - i); len >= 2; --len) {
        bool ok = true;
        for (std::uint32_t k = i + 1; k < i + len; ++k) ok = ok && same_line(k - 1, k);
        if (!ok) continue;
        // Inner words are taken as written; the last may be declined.
        std::string stem = first;
        for (std::uint32_t k = i + 1; k + 1 < i + len; ++k) stem += " " + tok(k).key;
        const std::string& last_key = tok(i + len - 1).key;
        (this->*steps_.listed_forms)(last_key, true, &forms);
        for (std::size_t w = 0; w <= forms.size(); ++w) {
          const std::string& last_form = w == 0 ? last_key : forms[w - 1];
          const std::string joined_key = stem + " " + last_form;
          const std::uint64_t f = lex_.phrase_flags(joined_key);
          if (!(f & (kPlace | kOrganization | kMedia))) continue;
          *c = {i, i + len, doc_.token_span(i, i + len), type_of(f), joined_key};
          // The name as listed when the text declines it; as written when it only adds a possessive
          // (trim_possessive then cuts it from the name and the span: "Hong Kong's").
          const bool possessive = w > 0 && last_key.size() > last_form.size() &&
                                  last_key.compare(0, last_form.size(), last_form) == 0 &&
                                  possessive_length(last_key) == last_key.size() - last_form.size();
          c->name = v == 0 && (w == 0 || possessive) ? text(i, i + len) : joined_key;
          return true;
        }
      }
    }
    if (!starts) no_phrase_[form] = 1;
    return false;
  }

  struct Entity {
    std::uint32_t first, last;
    EntityTag tag;
    bool repeated = false;  // a proper noun the text names again and again (English)
  };

  // The entity tagger's spans (core/tagger/): tokens of one type, a new span
  // at each entity_begin.
  std::vector<Entity> entity_spans() const {
    std::vector<Entity> out;
    for (std::uint32_t i = 0; i < n_; ++i) {
      const EntityTag e = tok(i).entity;
      if (e == EntityTag::none) continue;
      // (A name the tagger starts again after a dash with no space on either side that it
      // tagged as part of the name goes on: "Harvard–Smithsonian Center", "Rolls-Royce".)
      const bool dash_joined = i >= 2 && !out.empty() && out.back().last == i && out.back().tag == e &&
                               out.back().first + 1 < i && glued_dash(i - 1);
      // (English: a word repeated starts a new name, "Thanks, Phillip Phillip".)
      if ((tok(i).entity_begin && !dash_joined) || out.empty() || out.back().last != i || out.back().tag != e ||
          (this->*steps_.repeated_name_at)(out.back().first, i)) {
        out.push_back({i, i + 1, e});
      } else {
        out.back().last = i + 1;
      }
    }
    // (English: a possessive before a listed first name ends the name, and a person's begins:
    // "Deutsche Bank's Simon Champion", "Coldplay's Chris Martin".)
    if (merge_policy(doc_.lang).split_at_possessive) {
      std::vector<Entity> split;
      split.reserve(out.size());
      for (Entity x : out) {
        for (std::uint32_t p = x.first; p + 1 < x.last; ++p) {
          if (possessive_length(tok(p).key) == 0 || !tc_.capitalized(p + 1) || !(tc_.flags(p + 1) & kFirstName)) continue;
          split.push_back({x.first, p + 1, x.tag, x.repeated});
          x = {p + 1, x.last, EntityTag::person, x.repeated};
          break;
        }
        split.push_back(x);
      }
      out.swap(split);
    }
    // A name starts and ends with a word that can stand in a name: not with
    // punctuation or a lower-case function word ("und", "für", "-").
    std::size_t kept = 0;
    for (Entity& x : out) {
      while (x.first < x.last && (!name_edge(x.first) || (x.tag == EntityTag::person && tc_.title(x.first))))
        ++x.first;
      // (English: nor with a lower-case particle, "Hamza bin" of "Hamza bin Laden".)
      while (x.last > x.first && (!name_edge(x.last - 1) || (this->*steps_.lower_case_name_end)(x.last - 1)))
        --x.last;
      // No name runs longer than this: a longer span is the tagger lost in a list of names or a
      // text of one word repeated, and is no mention (this also keeps the work per text linear).
      if (x.first < x.last && x.last - x.first <= kMaxNameTokens) out[kept++] = x;
    }
    out.resize(kept);
    // An abbreviation keeps its full stop, and "St." the name it opens: "Chr.", "St. Nikolauskapelle"
    // (the full stop may have ended the sentence for the segmenter).
    kept = 0;
    for (std::size_t k = 0; k < out.size(); ++k) {
      Entity x = out[k];
      const std::string& key = tok(x.last - 1).key;
      if (x.last < n_ && tc_.punct(x.last, ".") && tok(x.last).newlines_before == 0 &&
          one_of(key, {"St", "Chr", "Jr", "Sr"})) {
        ++x.last;
        if (key == "St" && k + 1 < out.size() && out[k + 1].first == x.last &&
            out[k + 1].last - x.first <= kMaxNameTokens)
          x.last = out[++k].last;
        else if (key == "St")
          while (x.last < n_ && x.last - x.first < 5 && tc_.capitalized(x.last) && tok(x.last).newlines_before == 0 &&
                 (k + 1 == out.size() || x.last < out[k + 1].first))
            ++x.last;
      }
      out[kept++] = x;
    }
    out.resize(kept);
    return out;
  }

  // Tokens [from, to) may lengthen a person's name: capitalised words that are no title, place,
  // organisation or function word.
  bool name_extension(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = from; k < to; ++k)
      if (!tc_.capitalized(k) || tok(k).all_caps || tc_.title(k) || tc_.function_word(k) ||
          (tc_.flags(k) & (kPlace | kOrganization | kMedia)))
        return false;
    return true;
  }

  static constexpr std::uint32_t kMaxNameTokens = 10;

  // Tokens a..b (b included) are one written word with a hyphen in it, or a == b.
  bool hyphenated_word(std::uint32_t a, std::uint32_t b) const {
    bool dash = false;
    for (std::uint32_t k = a; k < b; ++k) {
      if (!joined(k, k + 1)) return false;
      dash = dash || hyphen(k) || hyphen(k + 1);
    }
    return a == b || dash;
  }

  // German: token i is the genitive of a surname named before ("Beloussows" after "Andrej
  // Beloussow"): the name ends there, a noun after it is what the person has ("Beloussows Besuch").
  // (English: no_genitive_en.)
  bool genitive_of_surname_de(std::uint32_t i, const std::unordered_set<std::string>& surnames) const {
    const std::string& key = tok(i).key;
    return key.size() > 2 && key.back() == 's' && surnames.count(key.substr(0, key.size() - 1)) > 0;
  }

  bool name_edge(std::uint32_t i) const {
    const Token& t = tok(i);
    if (t.kind == TokenKind::punct) return false;
    if (t.kind == TokenKind::number) return true;
    if (t.upper) return true;
    return (this->*steps_.lower_case_name_edge)(i);
  }

  static ActorType actor_type(EntityTag e) {
    return e == EntityTag::person ? ActorType::person
           : e == EntityTag::organization ? ActorType::organization : ActorType::location;
  }

  // How far the entity tagger is trusted, per language (measured on GermEval
  // dev, UNER English EWT dev and news-en/de-dev; tests/eval):
  struct MergePolicy {
    // Names only the tagger found are added. German: +3 F1 on GermEval; English (the model is
    // trained on tweets and Wikipedia) all of them lost 3 points of UNER F1 and 5 of news-en-dev
    // actor F1, so English adds only proper nouns (add_only_propn): UNER +1.8, news-en-dev +0.9.
    bool add_unmatched;
    // A guess the tagger calls another kind of name (a work, an event) is dropped.
    bool drop_other;
    // A person's name the tagger sees longer takes the tagger's span (German: news-de-dev actor F1
    // +1.0; English: UNER -0.4).
    bool lengthen_people;
    // Added names must be proper nouns by the part-of-speech tagger, every word of them.
    bool add_only_propn;
    // A listed place the tagger sees inside an organisation's name takes the tagger's span.
    bool widen_listed;
    // A name that is part of a hyphenated word takes the tagger's span of the whole word (German:
    // "Bremen-Vegesack", "Hedi Weiler-Kiderlen", "Rhein-Sieg-Kreises").
    bool whole_hyphen_word;
    // An organisation or a road by its form keeps the place or the shorter name the tagger sees in it
    // (German: "Landgericht Cottbus", "1. FC Nürnberg", "A 7").
    bool form_keeps_span;
    // The tagger's name runs over a possessive before a listed first name: two names, the second a
    // person's (English: "Deutsche Bank's Simon Champion").
    bool split_at_possessive;
  };
  static MergePolicy merge_policy(Lang lang) {
    return lang == Lang::de ? MergePolicy{true, true, true, false, true, true, true, false}
                            : MergePolicy{true, false, false, true, false, false, false, true};
  }
  // A capitalised proper noun by the part-of-speech tagger that can stand in a name: not a
  // nationality or group noun ("Kurds", "Londoners"), a function word or a contraction ("I'm").
  // The tagger's proper noun, or an abbreviation it calls a verb ("CCNG" of "Calls went to CCNG, Inc."): a
  // word in capitals between words that are not is no verb.
  bool propn_tagged(std::uint32_t k) const {
    if (tok(k).pos == Upos::PROPN) return true;
    // Auxiliaries are a closed class, every one of them in the function-word list: a capitalised
    // word the tagger calls one that is none ("Aid" of "Christian Aid warned") is a proper noun.
    if (tok(k).pos == Upos::AUX && tc_.capitalized(k) && !tok(k).all_caps && !tc_.function_word(k)) return true;
    if ((tok(k).pos != Upos::VERB && tok(k).pos != Upos::AUX) || !tok(k).all_caps || tok(k).key.size() < 2) return false;
    const bool caps_before = k > 0 && tc_.word(k - 1) && tok(k - 1).all_caps;
    const bool caps_after = k + 1 < n_ && tc_.word(k + 1) && tok(k + 1).all_caps;
    return !caps_before && !caps_after;
  }
  // An organisation the tagger names with a capitalised adjective first (one of nationality or
  // religion too), the rest proper nouns: "Christian Aid", "British Airways", "Royal Mail" (the
  // adjective alone is no name).
  bool adjective_opens_org(const Entity& t) const {
    return t.tag == EntityTag::organization && t.last >= t.first + 2 && tc_.capitalized(t.first) &&
           !tok(t.first).all_caps && (tok(t.first).pos == Upos::ADJ || tc_.nationality_adjective(t.first)) &&
           all_propn_words(t.first + 1, t.last);
  }
  bool propn_word(std::uint32_t k) const {
    if (!propn_tagged(k)) return false;
    // The rest depends on the form alone: worked out once per form (Token::same).
    if (propn_form_.empty()) propn_form_.assign(n_, -1);
    const std::uint32_t form = std::min(tok(k).same, k);
    if (propn_form_[form] < 0) propn_form_[form] = propn_form(form) ? 1 : 0;
    return propn_form_[form] == 1;
  }
  bool propn_form(std::uint32_t k) const {
    if (!tc_.capitalized(k) || tc_.function_word(k) || tc_.group_noun(k) || greeting(k) ||
        tc_.nationality_adjective(k) || tc_.title(k))
      return false;
    if ((tc_.flags(k) | tc_.lower_flags(k)) & (kNationalityEn | kGroupEn | kTimeEn)) return false;
    const std::string& key = tok(k).key;
    if (possessive_length(key) > 0 && (flags_without_possessive(key) & kTimeEn)) return false;  // "Sunday's"
    // "Sundays", "Fridays": a time word in the plural.
    if (key.size() > 3 && key.back() == 's' && (lex_.flags(std::string_view(key).substr(0, key.size() - 1)) & kTimeEn))
      return false;
    // Time zones, planets, a currency and the like are no names of actors.
    static const WordSet kNonActors(word_list("en/non-actor-names"));
    if (in_list(key, kNonActors)) return false;
    const bool apostrophe = key.find('\'') != std::string::npos || key.find("\u2019") != std::string::npos;
    return !apostrophe || possessive_length(key) > 0;
  }
  // English (MergePolicy::add_only_propn): the tagger's names grown to the run of proper nouns they stand in ("Euphrates" +
  // "River" -> "Euphrates River", "John Radcliffe" + "Hospital"); the type is the last part's.
  std::vector<Entity> proper_noun_spans(const std::vector<Entity>& spans) const {
    std::vector<Entity> out;
    for (const Entity& t : spans) {
      if (t.tag == EntityTag::other || (!all_propn_words(t.first, t.last) && !adjective_opens_org(t))) continue;
      std::uint32_t first = t.first, last = t.last;
      while (first > 0 && propn_word(first - 1) && same_line(first - 1, first) &&
             possessive_length(tok(first - 1).key) == 0 &&
             tok(first - 1).key != tok(first).key && tok(first - 1).key != tok(t.first).key && !greeting(first))
        --first;
      while (last < n_ && possessive_length(tok(last - 1).key) == 0 && propn_word(last) && same_line(last - 1, last) &&
             !repeats_name(first, last))
        ++last;
      if (last - first > kMaxNameTokens) continue;
      if (!out.empty() && (out.back().last > first || (out.back().last == first && !repeats_name(out.back().first, first)))) {
        out.back().last = std::max(out.back().last, last);
        out.back().tag = t.tag;
        continue;
      }
      out.push_back({first, last, t.tag});
    }
    // A proper noun the tagger left out that the text names again and again ("Ofcom", "BT"):
    // inside a sentence at least three times, never in lower case.
    std::unordered_map<std::string, std::uint32_t> count;
    for (std::uint32_t i = 0; i < n_; ++i)
      if (propn_word(i) && !sentence_initial(i) && possessive_length(tok(i).key) == 0 && !(i > 0 && propn_word(i - 1)) &&
          !(i + 1 < n_ && propn_word(i + 1)) && !(tc_.lower_flags(i) & kCommonEn))
        ++count[tok(i).key];
    bool repeated = false;
    for (const auto& [key, times] : count) repeated = repeated || times >= 3;
    if (!repeated) return out;
    std::vector<Entity> all;
    std::size_t j = 0;
    std::string stem;
    for (std::uint32_t i = 0; i < n_; ++i) {
      while (j < out.size() && out[j].last <= i) all.push_back(out[j++]);
      if (j < out.size() && out[j].first <= i) continue;
      if (!tc_.capitalized(i) || (i > 0 && propn_word(i - 1)) || (i + 1 < n_ && propn_word(i + 1)) || !single_name(i))
        continue;
      const std::string& key = tok(i).key;
      const std::size_t pl = possessive_length(key);
      if (pl > 0) stem.assign(key, 0, key.size() - pl);
      const auto it = count.find(pl > 0 ? stem : key);
      if (it != count.end() && it->second >= 3) all.push_back({i, i + 1, EntityTag::organization, true});
    }
    while (j < out.size()) all.push_back(out[j++]);
    return all;
  }
  bool all_propn_words(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t k = first; k < last; ++k)
      if (!propn_word(k)) return false;
    return true;
  }
  // One word that can be a name on its own: no lone letter ("E. coli"), no plural of a family, a
  // nationality or a people ("the Bidens", "Mexicans", "Iranians", "Londoners", "Palestinians",
  // "Zionists").
  bool single_name(std::uint32_t i) const {
    const std::string& key = tok(i).key;
    if (key.size() == 1) return false;
    // A family by its plural: "the Bidens".
    if (key.size() > 4 && key.back() == 's') {
      const std::uint64_t stem = lex_.flags(std::string_view(key).substr(0, key.size() - 1));
      if ((stem & kLastName) && !(stem & kFirstName)) return false;
    }
    return !(key.size() > 4 && key.back() == 's' &&
             ((lex_.flags(std::string_view(key).substr(0, key.size() - 1)) & kNationalityEn) || ends_with(key, "ans") ||
              ends_with(key, "ers") || ends_with(key, "ites") || ends_with(key, "ists") || ends_with(key, "ims") || ends_with(key, "nis")));
  }
  bool all_propn(std::uint32_t first, std::uint32_t last) const {
    if (!all_propn_words(first, last)) return false;
    // A plural of a nationality or a people: "Mexicans", "Iranians", "Londoners".
    if (last == first + 1 && !single_name(first)) return false;
    // The end of a name with a particle the tagger calls a proper noun: "Laden" of "Hamza bin Laden".
    if (first > 0 && tc_.word(first - 1) && !tok(first - 1).upper && tok(first - 1).pos == Upos::PROPN) return false;
    // A part of a hyphenated word: "COVID" of "COVID-19", "ESBL" of "ESBL-E. coli".
    if ((first > 0 && hyphen(first - 1) && joined(first - 1, first)) || (hyphen(last) && joined(last - 1, last)))
      return false;
    // "Emergencies Minister", "Foreign Secretary": the words before a title name its office.
    if (last < n_ && tc_.title(last)) return false;
    // One word that opens a sentence is a proper noun only when a list knows it.
    if (last == first + 1 && sentence_initial(first) &&
        !(tc_.flags(first) & (kFirstName | kLastName | kPlace | kOrganization | kMedia)))
      return false;
    return true;
  }

  // Joins the rules' candidates with the entity tagger's spans. The rules
  // keep what lists and name patterns know (media, listed places and
  // organisations, first name + surname, title + name); the tagger decides
  // where the rules only guessed from context, and adds the names no rule found.
  // Candidates added (in text order) go in among the others, in text order.
  static void merge_in_order(std::vector<Candidate>& out, std::vector<Candidate>& added) {
    if (added.empty()) return;
    std::vector<Candidate> merged;
    merged.reserve(out.size() + added.size());
    std::merge(std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()),
               std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()),
               std::back_inserter(merged), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
    out.swap(merged);
  }
  void merge_entities(std::vector<Candidate>& found) const {
    const std::vector<Entity> spans = entity_spans();
    if (!doc_.entities_tagged) return;
    const MergePolicy policy = merge_policy(doc_.lang);
    std::vector<Candidate> out;
    out.reserve(found.size() + spans.size());
    std::unordered_set<std::string> surnames;  // the last words of the people named so far
    std::size_t s = 0;
    std::uint32_t taken_until = 0;  // a name grown over the next candidates took them in
    for (Candidate& c : found) {
      if (c.first < taken_until) continue;
      if (c.type == ActorType::person && c.last > c.first + 1 && c.origin != Origin::guess)
        surnames.insert(tok(c.last - 1).key);
      while (s < spans.size() && spans[s].last <= c.first) ++s;
      // The tagger's spans that overlap c.
      std::size_t e = s;
      while (e < spans.size() && spans[e].first < c.last) ++e;
      const bool strong = c.type == ActorType::media || c.origin == Origin::name || c.origin == Origin::title;
      if (e == s) {
        const bool weak = c.origin == Origin::guess || c.origin == Origin::acronym;
        if (!strong && weak)
          continue;
        out.push_back(std::move(c));
        continue;
      }
      const Entity& t = spans[s];
      if (e == s + 1 && t.first == c.first && t.last == c.last) {
        if (t.tag == EntityTag::other) {
          if (policy.drop_other && !strong && c.origin != Origin::listed) continue;
        } else if (!strong && c.origin != Origin::listed && c.type != ActorType::media &&
                   !(c.last == c.first + 1 && surnames.count(tok(c.first).key))) {
          // (A person's surname alone stays the person's: "Xavier Becerra ... Becerra".)
          c.type = actor_type(t.tag);
        }
        out.push_back(std::move(c));
        continue;
      }
      // A listed organisation or outlet with the country or town it serves, as the tagger sees it: "Microsoft
      // Deutschland", "Financial Times Deutschland", "Galatasaray Istanbul", "FC Chelsea London".
      if (policy.widen_listed && e == s + 1 && (c.type == ActorType::organization || c.type == ActorType::media) &&
          t.tag == EntityTag::organization && t.first == c.first && t.last == c.last + 1 &&
          same_line(c.last - 1, c.last) && tc_.capitalized(c.last) && (tc_.flags(c.last) & (kCountry | kRegion | kCity))) {
        extend_to(&c, t.last);
        taken_until = c.last;
        if (!out.empty() && out.back().last > c.first) continue;
        out.push_back(std::move(c));
        continue;
      }
      // The tagger's name is the whole hyphenated word the candidate is a part of.
      if (policy.whole_hyphen_word && e == s + 1 && t.tag != EntityTag::other && t.first <= c.first &&
          t.last >= c.last && (t.first < c.first || t.last > c.last) && hyphenated_word(t.first, c.first) &&
          hyphenated_word(c.last - 1, t.last - 1) && tok(t.first).kind != TokenKind::punct &&
          tok(t.last - 1).kind != TokenKind::punct) {
        c.first = t.first;
        c.last = t.last;
        c.span = doc_.token_span(t.first, t.last);
        if (c.type != ActorType::media) c.type = actor_type(t.tag);
        c.name = text(t.first, t.last);
        c.origin = Origin::tagger;
        if (!out.empty() && out.back().last > c.first) continue;
        out.push_back(std::move(c));
        continue;
      }
      // A person's name the tagger sees longer: "Romani Rose" where the rules stopped at "Romani".
      if (policy.lengthen_people && e == s + 1 && c.type == ActorType::person && t.tag == EntityTag::person && t.first <= c.first &&
          t.last >= c.last && name_extension(t.first, c.first) && name_extension(c.last, t.last) &&
          !(t.last > c.last && (this->*steps_.genitive_of_surname)(c.last - 1, surnames))) {
        c.first = t.first;
        c.last = t.last;
        c.span = doc_.token_span(t.first, t.last);
        c.name = text(t.first, t.last);
        trim_possessive(&c);
        if (!out.empty() && out.back().last > c.first) continue;
        out.push_back(std::move(c));
        continue;
      }
      // A listed place inside an organisation's name the tagger sees: "Landeskriminalamt Stuttgart",
      // "Universität Hamburg", and a country's or a region's too: "University of Michigan", "Antenne
      // Bayern", "Eurospeedway Lausitz" (towns only before: GermEval held-out train 71.5 -> 71.7).
      const bool widen = policy.widen_listed && e == s + 1 && c.origin == Origin::listed &&
                         c.type == ActorType::location && t.tag == EntityTag::organization && t.first <= c.first &&
                         t.last >= c.last && t.last - t.first > c.last - c.first && c.last == c.first + 1 &&
                         (tc_.flags(c.first) & (kCity | kCountry | kRegion)) != 0;
      // A listed town the tagger sees in a person's name of two words, the other a listed name or the
      // town itself one: "Jochen Zeitz", "Hartmut Buchholz", "Jos Luhukay".
      const bool town_in_person =
          policy.widen_listed && e == s + 1 && c.origin == Origin::listed && c.type == ActorType::location &&
          t.tag == EntityTag::person && t.last - t.first == 2 && c.last == c.first + 1 && t.first <= c.first &&
          t.last >= c.last && (tc_.flags(c.first) & (kCity | kCountry | kRegion)) == kCity &&
          tc_.capitalized(t.first) && tc_.capitalized(t.first + 1) &&
          ((tc_.flags(c.first) & (kFirstName | kLastName)) ||
           (tc_.flags(c.first == t.first ? t.first + 1 : t.first) & kFirstName));
      // (An organisation by its form keeps the place the tagger sees in it: "Landgericht Cottbus".)
      // (Nor a club its number, which the tagger leaves out: "1. FC Nürnberg".)
      // (Nor a road its number: "A 7".)
      const bool place_in_form = policy.form_keeps_span && c.origin == Origin::form &&
                                 ((c.type == ActorType::organization &&
                                   (t.tag == EntityTag::location ||
                                    (t.tag == EntityTag::organization && tok(c.first).kind == TokenKind::number)) &&
                                   t.first > c.first && t.last <= c.last) ||
                                  (c.type == ActorType::location && c.last == c.first + 2 &&
                                   tok(c.first + 1).kind == TokenKind::number && t.first == c.first && t.last < c.last));
      // (Nor an organisation by its form the tagger sees a shorter organisation in: "Monetary Policy
      // Committee", where the tagger leaves out the capitalised adjective.)
      const bool org_in_form = c.origin == Origin::form && c.type == ActorType::organization &&
                               t.tag == EntityTag::organization && t.first > c.first && t.last == c.last &&
                               tok(c.first).pos == Upos::ADJ;
      if (e == s + 1 && !strong && !place_in_form && !org_in_form &&
          (c.origin != Origin::listed || widen || town_in_person) &&
          t.tag != EntityTag::other &&
          !(t.last > c.last && (this->*steps_.genitive_of_surname)(c.last - 1, surnames))) {
        c.first = t.first;
        c.last = t.last;
        c.span = doc_.token_span(t.first, t.last);
        c.type = actor_type(t.tag);
        c.name = text(t.first, t.last);
        c.origin = Origin::tagger;
        trim_possessive(&c);
        if (!out.empty() && out.back().last > c.first) continue;
      }
      out.push_back(std::move(c));
    }
    // The tagger's names that no candidate touches.
    if (policy.add_unmatched) {
      std::size_t k = 0;
      std::vector<Candidate> added;
      for (const Entity& t : policy.add_only_propn ? proper_noun_spans(spans) : spans) {
        if (t.tag == EntityTag::other) continue;
        while (k < out.size() && out[k].last <= t.first) ++k;
        if (k < out.size() && out[k].first < t.last) continue;
        if (policy.add_only_propn && !t.repeated && !all_propn(t.first, t.last) && !adjective_opens_org(t)) continue;
        Candidate c{t.first, t.last, doc_.token_span(t.first, t.last), actor_type(t.tag), text(t.first, t.last),
                    Origin::tagger};
        if (t.last == t.first + 1 && (tok(t.first).key_flags & kMedia)) c.type = ActorType::media;
        // A person's surname alone is the person's ("Xavier Becerra ... Becerra").
        if (t.last == t.first + 1 && surnames.count(tok(t.first).key)) c.type = ActorType::person;
        trim_possessive_any(&c);
        added.push_back(std::move(c));
      }
      merge_in_order(out, added);
    }
    // The language's own passes over the joined names (English: organisation, place and shop names,
    // storms, initials; LanguageSteps::tidy).
    for (const TidyStep step : steps_.tidy) (this->*step)(out);
    // Software is made by an organisation and named like one, never a person or a place.
    for (Candidate& c : out)
      if (c.last == c.first + 1 && software(tok(c.first).key)) c.type = ActorType::organization;
    found.swap(out);
  }

  // English: a name directly before an organisation word is part of the organisation's name:
  // "Doris Day" + "Animal Foundation", "United States" + "Commission on ...", "John Radcliffe" +
  // "Hospital", "London Stock" + "Exchange".
  bool org_word(std::uint32_t i) const {
    return tc_.capitalized(i) && !tok(i).all_caps && (tc_.flags(i) & (kOrgWordEn | kOrgFinalEn));
  }
  // "Boeing 707", "Volvo XC90", "Airbus A300s": a maker before a model number names the product.
  bool before_model_number(const Candidate& c) const {
    if (c.last != c.first + 1 || c.last >= n_ || !same_line(c.first, c.last) || !tok(c.last).space_before) return false;
    const std::string& next = tok(c.last).key;
    if (next.empty()) return false;
    bool digit = false;
    for (const char ch : next) digit = digit || (ch >= '0' && ch <= '9');
    // (Not a score: "Arsenal 2".) "707", "747s".
    if (next[0] >= '0' && next[0] <= '9') {
      const std::string_view digits = next.back() == 's' ? std::string_view(next).substr(0, next.size() - 1) : next;
      return digits.size() == 3 && digits.find_first_not_of("0123456789") == std::string_view::npos;
    }
    return digit && next.size() <= 6 && next[0] >= 'A' && next[0] <= 'Z';
  }
  bool holds_org_word(const Candidate& d) const {
    if (org_word(d.last - 1)) return true;
    for (std::uint32_t k = d.first; k < d.last; ++k)
      if (tc_.capitalized(k) && !tok(k).all_caps && (tc_.flags(k) & kOrgWordEn)) return true;
    return false;
  }
  void join_organisation_names(std::vector<Candidate>& out) const {
    static const WordSet kLegalForms(word_list("en/legal-forms"));
    static const WordSet kLegalAbbreviations(word_list("en/legal-form-abbreviations"));
    std::size_t kept = 0;
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type == ActorType::organization && before_model_number(c)) continue;
      if (c.type != ActorType::media && c.last < n_ && same_line(c.last - 1, c.last) &&
          possessive_length(tok(c.last - 1).key) == 0) {
        // (Also over a dash with no space on either side: "Harvard" + "–" + "Smithsonian Center for Astrophysics".)
        if (k + 1 < out.size() && (out[k + 1].first == c.last || (out[k + 1].first == c.last + 1 && glued_dash(c.last))) &&
            out[k + 1].type == ActorType::organization &&
            holds_org_word(out[k + 1]) && out[k + 1].last - c.first <= kMaxNameTokens) {
          const Candidate& d = out[k + 1];
          c.last = d.last;
          c.span = doc_.token_span(c.first, c.last);
          c.name = text(c.first, c.last);
          trim_possessive_any(&c);
          c.type = ActorType::organization;
          if (kept != k) out[kept] = std::move(c);
          ++kept;
          ++k;
          continue;
        }
        if ((k + 1 == out.size() || out[k + 1].first > c.last) && org_word(c.last) &&
            (tc_.flags(c.last) & kOrgWordEn) && !(tc_.flags(c.last) & (kPlace | kFirstName))) {
          // The whole organisation name when the rules see one there: "United States" + "Department of State".
          const std::uint32_t end = org_name_end_en(c.last);
          c.last = end > c.last + 1 && (k + 1 == out.size() || out[k + 1].first >= end) &&
                           end - c.first <= kMaxNameTokens
                       ? end
                       : c.last + 1;
          c.span = doc_.token_span(c.first, c.last);
          c.name = text(c.first, c.last);
          trim_possessive_any(&c);
          c.type = ActorType::organization;
        }
      }
      // "Enron Corp.", "CCNG, Inc.": a legal form after a comma, and its full stop, are part of the name.
      bool absorbed_next = false;
      if (c.type == ActorType::organization && possessive_length(tok(c.last - 1).key) == 0) {
        const std::uint32_t was = c.last;
        if (c.last + 1 < n_ && tc_.punct(c.last, ",") && same_line(c.last - 1, c.last + 1) &&
            in_list(tok(c.last + 1).key, kLegalForms)) {
          // The legal form may be a name of its own to the entity tagger ("CCNG" + "Inc."): it is taken in.
          const bool next_is_form = k + 1 < out.size() && out[k + 1].first == c.last + 1 && out[k + 1].last <= c.last + 3;
          if (k + 1 == out.size() || out[k + 1].first > c.last + 1 || next_is_form) {
            c.last += 2;
            absorbed_next = next_is_form;
          }
        }
        if (c.last < n_ && in_list(tok(c.last - 1).key, kLegalAbbreviations) && tc_.punct(c.last, ".") &&
            joined(c.last - 1, c.last))
          ++c.last;
        if (c.last != was) {
          c.span = doc_.token_span(c.first, c.last);
          c.name = text(c.first, c.last);
        }
      }
      // "Robert Downey Jr.": the full stop of the suffix is part of the name; "Fars" + "News".
      if (c.type == ActorType::person && c.last < n_ && one_of(tok(c.last - 1).key, {"Jr", "Sr"}) &&
          tc_.punct(c.last, ".") && joined(c.last - 1, c.last)) {
        ++c.last;
        c.span = doc_.token_span(c.first, c.last);
        c.name = text(c.first, c.last);
      }
      if (c.type == ActorType::media && c.last < n_ && tok(c.last).key == "News" && same_line(c.last - 1, c.last) &&
          (k + 1 == out.size() || out[k + 1].first > c.last)) {
        ++c.last;
        c.span = doc_.token_span(c.first, c.last);
        c.name = text(c.first, c.last);
      }
      if (kept != k) out[kept] = std::move(c);
      ++kept;
      if (absorbed_next) ++k;  // the legal form's own candidate is in this one now
    }
    out.resize(kept);
  }

  bool people_words(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t k = first; k < last; ++k) {
      const std::uint64_t f = tc_.flags(k);
      if (!tc_.capitalized(k) || tok(k).all_caps || !(f & (kFirstName | kLastName)) ||
          (f & (kPlace | kOrganization | kMedia | kNationalityEn)))
        return false;
    }
    return true;
  }

  // English: a name with "'s" that possesses nothing is a shop or a restaurant, and the "'s" is part of
  // its name: "dinner at Del Frisco's in Philadelphia", "Kenneally's at around 5" (not "Trump's
  // visit").
  void english_shop_names(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type == ActorType::media) continue;
      const Token& last = tok(c.last - 1);
      const std::size_t pl = possessive_length(last.key);
      // "Del Frisco 's", "Wendy s": the ending written apart.
      // (The segmenter may cut "'s" into "'" and "s".)
      std::uint32_t ending = 0;
      if (pl == 0 && c.span.end == last.end && c.last < n_ && same_line(c.last - 1, c.last)) {
        if (one_of(tok(c.last).key, {"'s", "\u2019s", "s"}))
          ending = 1;
        else if (one_of(tok(c.last).key, {"'", "\u2019"}) && joined(c.last, c.last + 1) && tok(c.last + 1).key == "s")
          ending = 2;
      }
      const bool apart = ending > 0 && (k + 1 == out.size() || out[k + 1].first >= c.last + ending);
      if (!apart && (pl == 0 || c.span.end != last.end - pl)) continue;
      const std::uint32_t after = apart ? c.last + ending : c.last;
      if (after < n_ && same_line(after - 1, after)) {
        const Token& next = tok(after);
        // (An adverb before what is possessed too: "Israel's partially completed barrier".)
        const bool adverb_before = next.pos == Upos::ADV && after + 1 < n_ && same_line(after, after + 1) &&
                                   (tok(after + 1).pos == Upos::ADJ || tok(after + 1).pos == Upos::VERB ||
                                    tok(after + 1).pos == Upos::NOUN);
        const bool possessed = next.kind != TokenKind::punct &&
                               (next.pos == Upos::NOUN || next.pos == Upos::ADJ || next.pos == Upos::PROPN ||
                                next.pos == Upos::NUM || next.pos == Upos::VERB || next.pos == Upos::none || next.upper ||
                                adverb_before);
        // (A quoted phrase is possessed too: "William Hill's \"overwhelming evidence\"".)
        if (possessed || one_of(next.key, {"-", "\"", "\u201C", "'", "\u2018", "("})) continue;
        // (Nor is a person's full name with a word in lower case after it, whatever its part of speech: "Tony
        // Blair's right-hand man", "Mark Cueto's first-half effort", "Tina Turner's similarly-titled theme";
        // "Del Frisco's in Philadelphia" has a function word after it, "John Smith's, Strongbow" a comma.)
        if (c.type == ActorType::person && c.last >= c.first + 2 && !apart && (tc_.flags(c.first) & kFirstName) &&
            !(tc_.flags(c.first) & kPlace) && tc_.word(after) && !next.upper && !tc_.function_word(after))
          continue;
      }
      if (apart) c.last = after;
      c.span.end = tok(c.last - 1).end;
      if (c.type == ActorType::person) c.type = ActorType::location;
    }
  }

  // German word endings of a street ("-straße", "-gasse") and of words that are no name (plurals and
  // adjectives: "-ern", "-lich", "-isch"), each list's trie made once for every rule that asks.
  static bool street_ending_de(std::string_view lower) {
    static const SuffixSet kEndings(word_list("de/street-endings"));
    return ends_with_any(lower, kEndings);
  }
  static bool non_name_ending_de(std::string_view lower) {
    static const SuffixSet kEndings(word_list("de/non-name-endings"));
    return ends_with_any(lower, kEndings);
  }

  // A part after a hyphen that goes on a name: a listed name, an abbreviation ("KFBB-TV"), or (if
  // unknown_ok) a capitalised word no list knows that is no noun by its ending ("-er", "-in", plurals:
  // "Apple-Unterstützer", "ÖVP-Landesrätin", "Twitter-Followern").
  bool hyphen_name_part_de(std::uint32_t j, bool unknown_ok, bool place = false) const {
    if (!tc_.capitalized(j) || tc_.common_noun(j) || tc_.title(j) || tc_.function_word(j)) return false;
    if (tok(j).all_caps || (tc_.flags(j) & (kFirstName | kLastName | kPlace | kOrganization | kMedia))) return true;
    if (!unknown_ok) return false;
    const std::string& lower = tok(j).lower;
    // (A place's part may end like a plural: "Eutingen-Weitingen", "Biberach-Ochsenhausen".)
    return tc_.flags(j) == 0 && tc_.lower_flags(j) == 0 && (place || !non_name_ending_de(lower)) &&
           !ends_with(lower, "er") && !ends_with(lower, "in") && !ends_with(lower, "innen");
  }
  // Both languages: capitalised names joined by "&" are one organisation's name, whatever the
  // candidates found in it: "Ernst & Young", "Marsh & McLennan", "Baoshan Iron & Steel Co.",
  // "Bill & Melinda Gates Foundation", "Gruner & Jahr" (the tagger and the rules see two names or
  // one of them, or a person: "McLennan"). Up to three words before the "&", six after, none with a
  // possessive before it ("China's Baoshan …"); a legal form's full stop goes with it ("Co.").
  bool ampersand_part(std::uint32_t k) const {
    return tc_.capitalized(k) && !tc_.function_word(k);
  }
  void ampersand_names(std::vector<Candidate>& out) const {
    std::vector<Candidate> made;
    for (std::uint32_t j = 1; j + 1 < n_; ++j) {
      if (!tc_.punct(j, "&") || !tok(j).space_before || !tok(j + 1).space_before || !same_line(j - 1, j) ||
          !same_line(j, j + 1) || !ampersand_part(j - 1) || !ampersand_part(j + 1) ||
          possessive_length(tok(j - 1).key) > 0)
        continue;
      std::uint32_t first = j - 1;
      // (Not a capitalised noun or an article before the name: "Die Verlagsgruppe Gruner & Jahr".)
      while (first > 0 && j - first < 3 && same_line(first - 1, first) && ampersand_part(first - 1) &&
             possessive_length(tok(first - 1).key) == 0 && !(this->*steps_.noun_not_name_part)(first - 1) &&
             !(tc_.lower_flags(first - 1) & kDeterminer))
        --first;
      std::uint32_t last = j + 2;
      while (last < n_ && last - j < 7 && same_line(last - 1, last) && tok(last).space_before && ampersand_part(last) &&
             possessive_length(tok(last - 1).key) == 0)
        ++last;
      // "Co.", "Inc.": the abbreviation's full stop.
      if (last < n_ && tc_.punct(last, ".") && !tok(last).space_before && tok(last - 1).key.size() <= 4 &&
          (tc_.flags(last - 1) & (kOrgFinalEn | kOrgFinalDe)))
        ++last;
      if (last - first > kMaxNameTokens) continue;
      // A name must be found in it ("Drag & Drop", "Life & Death", "Wirtschaft & Währung" are none); not
      // two people ("Sarah Brugner & Michael Luger", "Richard & Judy"), unless an organisation's name
      // goes on after them ("Bill & Melinda Gates Foundation").
      // Places alone make a place ("Serbia & Montenegro", "Folkestone & Hythe"), people alone stay people
      // ("Henman & Murray").
      bool named = false, person_pair = false, org_after = false, all_places = true, all_people = true;
      int places = 0, people = 0;
      for (const Candidate& c : out) {
        if (c.last <= first || c.first >= last) continue;
        named = true;
        all_places = all_places && c.type == ActorType::location;
        places += c.type == ActorType::location ? 1 : 0;
        all_people = all_people && c.type == ActorType::person;
        people += c.type == ActorType::person ? 1 : 0;
        person_pair = person_pair || (c.type == ActorType::person && c.last - c.first >= 2 &&
                                      (tc_.flags(c.first) & kFirstName));
        org_after = org_after || (c.first > j && c.type == ActorType::organization);
      }
      person_pair = person_pair || ((tc_.flags(first) & kFirstName) && (tc_.flags(j + 1) & kFirstName));
      // (German: nor a common noun at the "&": "Stadt & Wien".)
      if (!named || ((person_pair || (all_people && people >= 2)) && !org_after) || (this->*steps_.noun_not_name_part)(j - 1) ||
          (this->*steps_.noun_not_name_part)(j + 1)) {
        j = last;
        continue;
      }
      made.push_back(Candidate{first, last, doc_.token_span(first, last),
                               all_places && places >= 2 ? ActorType::location : ActorType::organization,
                               text(first, last),
                               Origin::form});
      trim_possessive_any(&made.back());
      j = last;
    }
    if (made.empty()) return;
    std::vector<Candidate> merged;
    merged.reserve(out.size() + made.size());
    std::size_t m = 0;
    for (Candidate& c : out) {
      while (m < made.size() && made[m].last <= c.first) merged.push_back(std::move(made[m++]));
      if (m < made.size() && c.last > made[m].first && c.first < made[m].last) {
        // Inside the name: dropped (an outlet keeps its type for the whole name); across its edge: the
        // candidate stays and the name is not made.
        if (c.first >= made[m].first && c.last <= made[m].last) {
          if (c.type == ActorType::media) made[m].type = ActorType::media;
          continue;
        }
        // An organisation's name that goes on past it goes with it: "Transport & General Worker's Union".
        if (c.first > made[m].first && c.type == ActorType::organization && c.last - made[m].first <= kMaxNameTokens) {
          extend_to(&made[m], c.last, /*keep_key=*/false);
          continue;
        }
        made.erase(made.begin() + static_cast<std::ptrdiff_t>(m));
      }
      merged.push_back(std::move(c));
    }
    while (m < made.size()) merged.push_back(std::move(made[m++]));
    out.swap(merged);
  }

  // German: a legal form after an organisation's name belongs to it: "Deutschen Bahn AG", "Deutsche
  // Telekom AG", "aktiencheck.de AG" (the listed name stops before it); not a noun of that list
  // ("Gruppe", "Konzern"). An outlet takes its web edition the same way ("SPIEGEL ONLINE").
  void legal_form_after_name_de(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type != ActorType::organization && c.type != ActorType::media) continue;
      std::uint32_t end = c.last;
      while (end < n_ && end < c.last + 2 && same_line(end - 1, end) && tok(end).space_before &&
             (tc_.flags(end) & kOrgFinalDe) && tc_.word(end) && !tc_.common_noun(end))
        ++end;
      // An outlet's web edition: "SPIEGEL ONLINE", "WELT ONLINE", "Wirtschaftswoche Online" (the list
      // has "Spiegel Online" as written there).
      if (end == c.last && c.type == ActorType::media && end < n_ && same_line(end - 1, end) &&
          tok(end).space_before && tok(end).upper && tok(end).lower == "online")
        ++end;
      if (end == c.last || end - c.first > kMaxNameTokens) continue;
      if (k + 1 < out.size() && out[k + 1].first < end) continue;
      extend_to(&c, end);
    }
  }

  // German: a street keeps its house number: "Neuendorfer Straße 90c", "Landstraße 223" (GermEval train:
  // 14 numbers after a street in its name, 4 not).
  void house_numbers_de(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type != ActorType::location || c.last >= n_) continue;
      const Token& last = tok(c.last - 1);
      if (!tc_.word(c.last - 1) || !street_ending_de(last.lower)) continue;
      std::uint32_t end = c.last;
      if (tok(end).kind != TokenKind::number || !tok(end).space_before || !same_line(end - 1, end) ||
          tok(end).key.size() > 4)
        continue;
      ++end;
      // "90c", "12a": a letter glued to the number
      if (end < n_ && joined(end - 1, end) && tc_.word(end) && tok(end).key.size() == 1 && !tok(end).upper) ++end;
      if (k + 1 < out.size() && out[k + 1].first < end) continue;
      extend_to(&c, end);
    }
  }

  // German: a name after "in" or "aus" is a place, not a person, unless a listed first name, a particle,
  // a title or a noun after it (a genitive: "aus Prölls Büro") makes it one: "in Samarra", "aus Borovez"
  // (GermEval train: after "in" 1,928 places, 26 people; after "nach", 310 places and 25 people, it
  // lost: "nach Plinius").
  void place_after_in_de(std::vector<Candidate>& out) const {
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.origin == Origin::name || c.origin == Origin::title || c.first == 0)
        continue;
      const std::uint32_t p = c.first - 1;
      if (!tc_.word(p) || !same_line(p, c.first) || !one_of(tok(p).lower, {"in", "aus"})) continue;
      bool first_name = false;
      // (A particle makes a person's name too: "Günther von Magdeburg".)
      for (std::uint32_t k = c.first; k < c.last; ++k)
        first_name = first_name || (tc_.flags(k) & kFirstName) || (tc_.word(k) && !tok(k).upper);
      // (Nor a genitive before what the person has: "aus Prölls Büro", "aus Bowies Umfeld".)
      if (first_name || (c.last < n_ && same_line(c.last - 1, c.last) && tc_.capitalized(c.last))) continue;
      c.type = ActorType::location;
    }
  }

  // German: a name right after a noun for a kind of place, or after such a noun and "von", or after a
  // direction and "von", is a place, not a person: "Gemeinde Pieschen", "des Stützpunktes Guantanamo",
  // "die Moschee von Samarra", "südlich von Loulan" (the tagger calls many unknown places people). Not a
  // name with a listed first name or one the rules know as a person's ("Stadt ... Müller" after "Peter
  // Müller"), nor a genitive before a noun ("die Stadt Goethes Geburtshaus").
  bool place_word_de(std::uint32_t i) const {
    static const SuffixSet kHeads(word_list("de/place-heads"));
    if (!tc_.capitalized(i) || tok(i).all_caps || (tc_.flags(i) & (kPlace | kFirstName | kLastName))) return false;
    const std::string& w = tok(i).lower;
    for (const std::string_view ending : {"", "s", "es", "n", "en"}) {
      if (w.size() <= ending.size() || !ends_with(w, ending)) continue;
      const std::string_view stem = std::string_view(w).substr(0, w.size() - ending.size());
      if (ends_with_any(stem, kHeads)) return true;
    }
    return false;
  }
  void places_after_place_words_de(std::vector<Candidate>& out) const {
    std::unordered_set<std::string> surnames;
    for (const Candidate& c : out)
      if (c.type == ActorType::person && c.last > c.first + 1 && c.origin != Origin::guess) surnames.insert(tok(c.last - 1).key);
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.origin == Origin::name || c.origin == Origin::title || c.first < 2) continue;
      bool named = false;
      for (std::uint32_t k = c.first; k < c.last; ++k)
        named = named || (tc_.flags(k) & kFirstName) || !tc_.capitalized(k) || surnames.count(tok(k).key) ||
                genitive_of_surname_de(k, surnames);  // ("die Residenz Castros" after "Fidel Castro")
      if (named || (c.last < n_ && same_line(c.last - 1, c.last) && tc_.capitalized(c.last))) continue;
      std::uint32_t p = c.first - 1;
      if (!same_line(p, c.first)) continue;
      if (tc_.is(p, "von") && same_line(p - 1, p)) {
        --p;
        static const WordSet kDirections(word_list("de/directions-before-von"));
        if (tc_.word(p) && in_list(tok(p).lower, kDirections)) {
          c.type = ActorType::location;
          continue;
        }
      }
      if (place_word_de(p)) c.type = ActorType::location;
    }
    // A word no list knows right after a place noun, which the tagger left out, is the place too, and so
    // are the names listed after it: "das Kloster Andechs", "die Dörfer Hokkala , Kumpula und Noposenaho",
    // "die Gemeinden Bedra und Braunsdorf" (one word each, lone_name_part_de(); a person's name the
    // tagger gives there, no first name, too).
    std::vector<std::int32_t> at(n_, -1);
    for (std::size_t k = 0; k < out.size(); ++k)
      for (std::uint32_t i = out[k].first; i < out[k].last; ++i) at[i] = static_cast<std::int32_t>(k);
    std::vector<Candidate> added;
    for (std::uint32_t p = 0; p + 1 < n_; ++p) {
      if (!place_word_de(p) || !same_line(p, p + 1) || at[p] >= 0) continue;
      std::uint32_t i = p + 1;
      while (i < n_ && same_line(p, i)) {
        // (one word: nothing glued to it, no abbreviation's full stop, "Anmk.")
        const bool one_word = !(i + 1 < n_ && joined(i, i + 1) && (tok(i + 1).kind != TokenKind::punct || tc_.punct(i + 1, "."))) &&
                              !(i + 1 < n_ && same_line(i, i + 1) && tc_.capitalized(i + 1));
        if (!one_word) break;
        if (at[i] >= 0) {
          Candidate& c = out[static_cast<std::size_t>(at[i])];
          if (c.first != i || c.last != i + 1 || c.origin == Origin::name || c.origin == Origin::title ||
              (c.type != ActorType::person && c.type != ActorType::location) || (tc_.flags(i) & kFirstName) ||
              surnames.count(tok(i).key) || genitive_of_surname_de(i, surnames))
            break;
          c.type = ActorType::location;
        } else {
          // (a word the tagger left out ends a clause or stands before a function word: not "den
          // Nachbargemeinden Paroli bieten")
          const bool closed = i + 1 >= n_ || !same_line(i, i + 1) || tok(i + 1).kind == TokenKind::punct ||
                              tc_.function_word(i + 1);
          if (!lone_name_part_de(i) || tok(i).key.size() < 4 || !closed || genitive_of_surname_de(i, surnames)) break;
          added.push_back(Candidate{i, i + 1, doc_.token_span(i, i + 1), ActorType::location, text(i, i + 1), Origin::guess});
        }
        // the list goes on: ", Kumpula", "und Braunsdorf"
        const std::uint32_t j = i + 1;
        if (j + 1 < n_ && same_line(i, j + 1) &&
            (tc_.punct(j, ",") || (tc_.word(j) && one_of(tok(j).lower, {"und", "oder", "sowie"}))))
          i = j + 1;
        else
          break;
      }
      p = i;
    }
    std::sort(added.begin(), added.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
    merge_in_order(out, added);
  }

  // German: initials are part of the person's name, with their full stops, before the name and after a
  // first name: "J. D. Powers", "H. Knoflacher", "Mary A. Allen" (the tagger and the segmenter stop at
  // the full stop of an initial, which may end a sentence for them). An initial is one capital letter
  // glued to a full stop; the name after it is a capitalised word that is no common noun, title or
  // function word, or the person's name the rules found there.
  bool on_line(std::uint32_t a, std::uint32_t b) const {  // b follows a with a space, no line break
    return b < n_ && tok(b).newlines_before == 0 && tok(b).space_before && b > a;
  }
  // (not an abbreviation's letter before a hyphen: "K.-o.-Tropfen")
  bool initial_de(std::uint32_t j) const { return initial_at(j) && !(hyphen(j + 2) && joined(j + 1, j + 2)); }
  void initials_de(std::vector<Candidate>& out) const {
    std::vector<Candidate> kept;
    kept.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate c = std::move(out[k]);
      if (c.type != ActorType::person) {
        kept.push_back(std::move(c));
        continue;
      }
      // Before: "M. Kaindl" (not over a name before it).
      std::uint32_t first = c.first;
      while (first >= 2 && initial_de(first - 2) && on_line(first - 1, first) &&
             (kept.empty() || kept.back().last <= first - 2))
        first -= 2;
      // After: the initials and the name they stand before; an initial that ends the name keeps its full
      // stop ("Bianca B.", "so L.").
      std::uint32_t pos = c.last;
      if (initial_de(c.last - 1)) pos = c.last + 1;
      const bool after_initial = pos > c.last || (c.last >= c.first + 2 && tc_.punct(c.last - 1, ".") &&
                                                  initial_de(c.last - 2));
      std::uint32_t end = pos > c.last ? pos : 0;
      if (after_initial) {
        while (initial_de(pos) && on_line(pos - 1, pos)) pos += 2;
        // (the tagger's names of the initials on the way are taken in: "J" + "T" + "McIntosh")
        std::size_t next = k + 1;
        while (next < out.size() && out[next].first < pos && out[next].first >= c.last &&
               out[next].type == ActorType::person && out[next].last <= pos)
          ++next;
        // (a word after a full stop that ended the sentence for the segmenter is no function word: "so L.
        // Doch"; within the sentence, a listed name may be one too: "Mary A. Allen")
        const bool new_sentence = pos < n_ && tok(pos).sentence != tok(pos - 1).sentence;
        if (next < out.size() && out[next].first < pos) {
          // (a person's name that starts among the initials: "J" + "D. Powers"; another kind, no join)
          if (out[next].type == ActorType::person && out[next].first >= c.last && out[next].last - first <= kMaxNameTokens)
            end = out[next].last;
        } else if (next < out.size() && out[next].first == pos) {
          if (out[next].type == ActorType::person && on_line(pos - 1, pos) && out[next].last - first <= kMaxNameTokens)
            end = out[next].last;
        } else if (on_line(pos - 1, pos) && tc_.capitalized(pos) && !tok(pos).all_caps && tok(pos).key.size() > 1 &&
                   !(tok(pos).key_flags & kNounDe) && !tc_.title(pos) && !tc_.time_word(pos) &&
                   !(tc_.flags(pos) & (kPlace | kOrganization | kMedia)) &&
                   !(tc_.function_word(pos) && (new_sentence || !(tc_.flags(pos) & (kFirstName | kLastName))))) {
          end = pos + 1;
        } else if (pos > c.last) {
          end = pos;  // the initials and their full stops
        }
      }
      if (first < c.first) {
        c.first = first;
        c.span = doc_.token_span(first, c.last);
        c.name = text(first, c.last);
        c.key.clear();
      }
      if (end > c.last) {
        while (k + 1 < out.size() && out[k + 1].first < end) ++k;  // the names after are taken in
        extend_to(&c, end, /*keep_key=*/false);
        trim_possessive(&c);
      }
      kept.push_back(std::move(c));
    }
    out = std::move(kept);
  }

  // German: a reference names its authors surname first, "Baßler , Ulrich ; Heinrich , Jürgen :", "Blank ,
  // H. , Fischer , V. & Erdfelder , E. ( 2003 )": the surname, a comma and a listed first name or initials
  // are one person, when a colon, a semicolon, a bracket, a quotation mark, "&" or the next such name
  // follows. The surname is a capitalised word that is no listed noun, function word, title, place or
  // organisation (a person's name the rules found there or no name at all).
  // (A first name: a listed one or a one-word person's name, person_at, the tagger's "Jürgen".)
  std::uint32_t inverted_first_name_end(std::uint32_t f, const std::vector<bool>& person_at) const {
    if (f >= n_ || !tok(f).space_before || tok(f).newlines_before > 0) return 0;
    if (initial_at(f)) {
      std::uint32_t end = f + 2;
      while (initial_at(end) && on_line(end - 1, end)) end += 2;
      return end;
    }
    return tc_.capitalized(f) && !tok(f).all_caps && ((tc_.flags(f) & kFirstName) || person_at[f]) &&
                   !(tok(f).key_flags & kNounDe)
               ? f + 1
               : 0;
  }
  bool inverted_surname(std::uint32_t i) const {
    return i < n_ && tc_.capitalized(i) && !tok(i).all_caps && tok(i).key.size() > 1 && !(tok(i).key_flags & kNounDe) &&
           !tc_.function_word(i) && !tc_.title(i) && !tc_.time_word(i) &&
           !(tc_.flags(i) & (kPlace | kOrganization | kMedia));
  }
  // One past the inverted name "Surname , First name" at i, or 0.
  std::uint32_t inverted_name_end(std::uint32_t i, const std::vector<bool>& person_at) const {
    if (!inverted_surname(i) || !tc_.punct(i + 1, ",") || !same_line(i, i + 1)) return 0;
    return inverted_first_name_end(i + 2, person_at);
  }
  void inverted_names_de(std::vector<Candidate>& out) const {
    std::vector<Candidate> added;
    std::vector<bool> gone(out.size(), false);
    std::vector<bool> person_at(n_, false);
    for (const Candidate& c : out)
      if (c.type == ActorType::person && c.last == c.first + 1) person_at[c.first] = true;
    const std::vector<bool> none(n_, false);
    std::size_t k = 0;
    for (std::uint32_t i = 0; i + 3 < n_; ++i) {
      const std::uint32_t end = inverted_name_end(i, person_at);
      if (end == 0 || end >= n_ || tok(end).newlines_before > 0) continue;
      // (not inside a name: "Peter Müller , Hans")
      if (i > 0 && tok(i).newlines_before == 0 && tc_.capitalized(i - 1) && tok(i).space_before) continue;
      const Token& after = tok(end);
      // (a bracket only after initials: "Erdfelder, E. (2003)"; in a team's line-up a bracket follows a
      // player's name, "Baumgartlinger, Alaba (92. Ilsanker)")
      const bool initials = initial_at(i + 2);
      const bool closes = after.kind == TokenKind::punct &&
                          (one_of(after.key, {":", ";", "&", "\"", "\u201e", "\u201c", "\u00ab"}) ||
                           (initials && after.key == "("));
      // (a first name only the tagger gives, "Jürgen", before a colon, a semicolon ...: not in a list of
      // one-word names, "Noposenaho , Hokkasenaho , Nurmijoki")
      // (a list of such names goes on only over initials, "Blank, H., Fischer, V. &": "Hans, Karl, Hannes,
      // David und Max" are four people)
      const bool next_inverted = initials && tc_.punct(end, ",") && initial_at(end + 3) && inverted_name_end(end + 1, none) > 0;
      const bool after_inverted = initials && !added.empty() && added.back().last + 1 == i &&
                                  (tc_.punct(i - 1, ",") || tc_.punct(i - 1, ";"));
      if (!closes && !next_inverted && !after_inverted) continue;
      // The candidates there: people's names or none.
      while (k < out.size() && out[k].last <= i) ++k;
      bool other = false;
      for (std::size_t m = k; m < out.size() && out[m].first < end; ++m)
        other = other || out[m].type != ActorType::person || out[m].first < i || out[m].last > end;
      if (other) continue;
      for (std::size_t m = k; m < out.size() && out[m].first < end; ++m) gone[m] = true;
      added.push_back(Candidate{i, end, doc_.token_span(i, end), ActorType::person, text(i, end), Origin::guess});
      i = end - 1;
    }
    if (added.empty()) return;
    std::size_t kept = 0;
    for (std::size_t m = 0; m < out.size(); ++m) {
      if (gone[m]) continue;
      if (kept != m) out[kept] = std::move(out[m]);
      ++kept;
    }
    out.resize(kept);
    merge_in_order(out, added);
  }

  // German: "Mio" and "Mrd" after a number are the abbreviations of an amount, no first name: "5,845 Mio
  // Euro", "3,9 ( 1,5 ) Mio CHF", "742 Mio USD" (the tagger calls "Mio Euro" a person; GermEval train).
  void amounts_de(std::vector<Candidate>& out) const {
    std::size_t kept = 0;
    for (std::size_t k = 0; k < out.size(); ++k) {
      const Candidate& c = out[k];
      const bool amount = c.type == ActorType::person && c.first > 0 && one_of(tok(c.first).key, {"Mio", "Mrd"}) &&
                          same_line(c.first - 1, c.first) &&
                          (tok(c.first - 1).kind == TokenKind::number || tc_.punct(c.first - 1, ")"));
      if (amount) continue;
      if (kept != k) out[kept] = std::move(out[k]);
      ++kept;
    }
    out.resize(kept);
  }

  // German: a name the tagger calls a person right after a noun that describes an organisation is the
  // organisation: "des Reifenherstellers Michelin", "des Automobilzulieferers Valeo", "den Chor Sasslong",
  // "die Band Lordi" (de/org-description-heads, the noun's ending, also in the genitive). Not a name
  // with a listed first name, nor a title or a name the rules found by a first name.
  bool org_description_de(std::uint32_t p) const {
    static const SuffixSet kHeads(word_list("de/org-description-heads"));
    if (!tc_.capitalized(p) || tok(p).all_caps || (tc_.flags(p) & (kPlace | kFirstName | kLastName | kOrganization | kMedia)))
      return false;
    const std::string& w = tok(p).lower;
    // (the genitive in -s, not in -es: "des Bandes Aftermath" is a book's volume)
    for (const std::string_view ending : {"", "s"}) {
      if (w.size() <= ending.size() || !ends_with(w, ending)) continue;
      if (ends_with_any(std::string_view(w).substr(0, w.size() - ending.size()), kHeads)) return true;
    }
    return false;
  }
  void organisations_after_description_de(std::vector<Candidate>& out) const {
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.origin == Origin::name || c.origin == Origin::title || c.first == 0 ||
          has_first_name(c.first, c.last))
        continue;
      const std::uint32_t p = c.first - 1;
      // (not a genitive before a noun: "des Chors Müllers Lieder")
      if (same_line(p, c.first) && org_description_de(p) &&
          !(c.last < n_ && same_line(c.last - 1, c.last) && tc_.capitalized(c.last)))
        c.type = ActorType::organization;
    }
    // An unknown name the tagger left out after such a noun is the organisation too: "der Elektronik-Konzern
    // Parrot", "des Recyclingunternehmens Häusle" (one word, no noun, first name or place; not before
    // another capitalised word, a hyphen or a number: "Puls 4").
    std::vector<Candidate> added;
    std::size_t k = 0;
    for (std::uint32_t i = 1; i + 1 < n_; ++i) {
      while (k < out.size() && out[k].last <= i) ++k;
      if (k < out.size() && out[k].first <= i) continue;
      if (!same_line(i - 1, i) || !org_description_de(i - 1) || !tc_.capitalized(i) || tok(i).key.size() < 3 ||
          (tok(i).key_flags & kNounDe) || tc_.common_noun(i) || tc_.function_word(i) || tc_.title(i) || tc_.time_word(i) ||
          (tc_.flags(i) & (kPlace | kFirstName)) || (same_line(i, i + 1) && tc_.capitalized(i + 1)) || hyphen(i + 1) ||
          (same_line(i, i + 1) && tok(i + 1).kind == TokenKind::number))
        continue;
      added.push_back(Candidate{i, i + 1, doc_.token_span(i, i + 1), ActorType::organization, text(i, i + 1), Origin::guess});
    }
    merge_in_order(out, added);
  }

  // German: a surname's particles that the tagger takes into the person's name open it, when no name
  // stands before them: "van Gaal", "de Maizière", "von Bültzingslöwen", "van der Vaart" (a name is cut
  // at a lower-case word; names/name-particles). After a name the particle is particle_names_de()'s.
  void leading_particles_de(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type != ActorType::person || !tc_.capitalized(c.first)) continue;
      std::uint32_t first = c.first;
      while (first > 0 && c.first - first < 3 && same_line(first - 1, first) && particle(first - 1) &&
             tok(first - 1).entity == EntityTag::person && (k == 0 || out[k - 1].last < first))
        --first;
      if (first == c.first || (first > 0 && same_line(first - 1, first) && tc_.capitalized(first - 1))) continue;
      c.first = first;
      c.span = doc_.token_span(first, c.last);
      c.name = text(first, c.last);
    }
  }

  // German: a word no list knows that ends in a noun for a landmark is the landmark's name: "im Traisental",
  // "die Nicolaikirche", "des Ostseestadions", "der Stephansdom", "die Liudgeri-Kirche",
  // "Helene-Stöcker-Ufer" (de/landmark-endings, also in the genitive); the tagger leaves many out. Not a
  // common noun ("Arbeitsmarkt", "Nationalpark": listed, or a compound of listed nouns), not a word the
  // rules or the tagger gave a name, and only with a name's part before the ending (four letters or more).
  // The part of w before a landmark ending (cut bytes) names something: it is no listed noun, with or
  // without a linking "s", "n", "en" or "es" ("Regen|wald", "Ausbildungs|markt"), and the ending is not
  // the end of a longer listed noun ("Vorquartal", "Geldkapital", "Eingangsportal").
  bool landmark_name_part_de(std::string_view w, std::size_t cut) const {
    const std::string_view head = w.substr(0, w.size() - cut);
    std::string part;
    static const SuffixSet kNounEndings(word_list("de/noun-part-endings"));
    for (const std::string_view link : {"", "s", "n", "en", "es"}) {
      if (head.size() <= link.size() + 2 || !ends_with(head, link)) continue;
      const std::string_view first = head.substr(0, head.size() - link.size());
      if (ends_with_any(first, kNounEndings)) return false;  // "Auferstehungs|kirche"
      for (const std::string_view e : {"", "e", "en"})  // "Gebirg(e)s|tal", "Finanz(en)|markt"
        if (capitalised_part(std::string(first) + std::string(e), &part) && (lex_.flags(part) & kNounDe)) return false;
    }
    for (std::size_t k = 1; k < head.size(); ++k)
      if (capitalised_part(w.substr(k), &part) && (lex_.flags(part) & kNounDe)) return false;
    return true;
  }
  void landmark_names_de(std::vector<Candidate>& out) const {
    static const std::vector<std::string_view> kEndings = word_list("de/landmark-endings");
    static const SuffixSet kEndingSet(kEndings);  // whether any ending fits, before the list is walked
    std::vector<Candidate> added;
    std::size_t k = 0;
    for (std::uint32_t i = 0; i < n_; ++i) {
      if (!tc_.capitalized(i) || tok(i).all_caps || sentence_initial(i)) continue;
      // the written word: "Liudgeri-Kirche", "Helene-Stöcker-Ufer"
      std::uint32_t end = i + 1;
      while (end + 1 < n_ && hyphen(end) && joined(end - 1, end) && joined(end, end + 1) && tc_.capitalized(end + 1)) end += 2;
      const std::uint32_t last = end - 1;
      const bool glued = (i > 0 && joined(i - 1, i) && tok(i - 1).kind != TokenKind::punct) ||
                         (end < n_ && joined(last, end) && tok(end).kind != TokenKind::punct);
      while (k < out.size() && out[k].last <= i) ++k;
      const bool taken = k < out.size() && out[k].first < end;
      // (not the end of a longer name: "Western Digital", "Washington Capitals"; a town's adjective in -er
      // may stand before: "die Roxeler Nicolaikirche", "im Südtiroler Ahrntal")
      const bool after_name = i > 0 && same_line(i - 1, i) && tc_.capitalized(i - 1) && !tc_.function_word(i - 1) &&
                              !(ends_with(tok(i - 1).lower, "er") && !(tc_.flags(i - 1) & (kFirstName | kLastName)));
      if (!glued && !taken && !after_name && tc_.word(last) &&
          !(tok(last).key_flags & (kNounDe | kPlace | kOrganization | kFirstName | kLastName)) &&
          !(end < n_ && same_line(last, end) && tc_.capitalized(end))) {
        const std::string& w = tok(last).lower;
        bool landmark = false;
        static constexpr std::string_view kCases[] = {"", "s", "es"};  // the word, a genitive
        for (const std::string_view ending : kCases) {
          if (landmark || w.size() <= ending.size() || !ends_with(w, ending)) continue;
          const std::string_view stem = std::string_view(w).substr(0, w.size() - ending.size());
          if (!kEndingSet.match(stem)) continue;
          for (const std::string_view e : kEndings) {
            if (!ends_with(stem, e)) continue;
            // one word with a name's part of four letters or more before the ending, or the ending after
            // a hyphen ("Liudgeri-Kirche": the first part no listed noun, "Birken-Eichen-Buchenwald")
            landmark = end > i + 1 ? stem.size() == e.size() && !(tok(i).key_flags & kNounDe) && !tc_.common_noun(i)
                                   : stem.size() >= e.size() + 4 && landmark_name_part_de(stem, e.size());
            if (landmark) break;
          }
        }
        if (landmark)
          added.push_back(Candidate{i, end, doc_.token_span(i, end), ActorType::location, text(i, end), Origin::guess});
      }
      i = end - 1;
    }
    merge_in_order(out, added);
  }

  // German: a word no list knows that ends like a town's name (de/town-endings: "...ingen") is the town, which
  // the tagger often leaves out: "1623 hat Spaichingen das Recht erhalten", "gehörte Windischbuch zum ...",
  // "in Pfullingen". Not at a sentence's start, not inside a written word ("Frohnstetten-Stetten-Storzingen"),
  // not after a name and "von" ("Dietrich von Gemmingen"), not a noun made of a verb (de/not-town-endings: "Skispringen",
  // "Eindringen", "Goldringen") and not a listed noun in the dative plural, alone or closing a compound of
  // five letters or more ("Dingen", "Flüchtlingen", "Kriegsflüchtlingen", "Trainingen").
  void town_names_de(std::vector<Candidate>& out) const {
    static const std::vector<std::string_view> kEndings = word_list("de/town-endings");
    static const std::vector<std::string_view> kNot = word_list("de/not-town-endings");
    std::vector<Candidate> added;
    std::size_t k = 0;
    for (std::uint32_t i = 1; i < n_; ++i) {
      while (k < out.size() && out[k].last <= i) ++k;
      if (k < out.size() && out[k].first <= i) continue;
      if (!tc_.capitalized(i) || tok(i).all_caps || sentence_initial(i) || !tc_.word(i) || !same_line(i - 1, i) ||
          (tok(i).key_flags & (kNounDe | kPlace | kOrganization | kFirstName | kLastName)) || tc_.common_noun(i) ||
          (joined(i - 1, i) && tok(i - 1).kind != TokenKind::punct) ||
          (i + 1 < n_ && joined(i, i + 1) && tok(i + 1).kind != TokenKind::punct) ||
          (i + 1 < n_ && same_line(i, i + 1) && tc_.capitalized(i + 1) && !tc_.function_word(i + 1)) ||
          (hyphen(i - 1) && joined(i - 1, i)) || (i + 1 < n_ && hyphen(i + 1) && joined(i, i + 1)))
        continue;
      // (not a noble's name: "Dietrich von Gemmingen"; not after an article or a number, as a plural noun
      // stands: "von den Schreiberlingen", "786 von 14 063 Prüflingen")
      if ((i >= 2 && particle(i - 1) && same_line(i - 2, i - 1) && tc_.capitalized(i - 2)) ||
          (tc_.lower_flags(i - 1) & kDeterminer) || tok(i - 1).kind == TokenKind::number)
        continue;
      const std::string& w = tok(i).lower;
      if (w.size() < 7) continue;
      bool town = false;
      for (const std::string_view e : kEndings) town = town || (ends_with(w, e) && w.size() >= e.size() + 3);
      for (const std::string_view e : kNot) town = town && !ends_with(w, e);
      if (!town) continue;
      const std::string_view stem = std::string_view(w).substr(0, w.size() - 2);  // "flüchtling|en"
      std::string part;
      for (std::size_t c = 0; town && c + 5 <= stem.size(); ++c)
        if (capitalised_part(stem.substr(c), &part) && (lex_.flags(part) & kNounDe)) town = false;
      if (town)
        added.push_back(Candidate{i, i + 1, doc_.token_span(i, i + 1), ActorType::location, text(i, i + 1), Origin::guess});
    }
    merge_in_order(out, added);
  }

  // German: a capitalised adjective the tagger alone calls an organisation ("die Internationale
  // Organisation für Migration", "Der Deutsche Sebastian Vettel") is no name by itself: before a noun
  // for an institution (de/fuer-org-heads, de/generic-org-heads) the name takes the noun in, and
  // org_purpose_phrases_de its "für …" after; otherwise a nationality ("Der Deutsche war …") or an
  // adjective before a thing ("die Internationale Raumstation") is no actor. Not a listed name ("Die
  // Linke", "Grünen").
  void adjective_organisations_de(std::vector<Candidate>& out) const {
    static const SuffixSet kHeads(word_list("de/fuer-org-heads"));
    static const SuffixSet kGenericHeads(word_list("de/generic-org-heads"));
    static const SuffixSet kAdjectiveEndings(word_list("de/adjective-endings"));
    bool dropped = false;
    for (Candidate& c : out) {
      if (c.type != ActorType::organization || (c.origin != Origin::tagger && c.origin != Origin::guess &&
                                                 c.origin != Origin::name) || c.last != c.first + 1)
        continue;
      const std::uint32_t i = c.first;
      const std::string& lower = tok(i).lower;
      const bool nationality = tc_.nationality_adjective(i);  // ("Deutsche" is a listed noun too)
      if (!tc_.capitalized(i) || tok(i).all_caps ||
          (tc_.flags(i) & (kOrganization | kMedia | kPlace | kFirstName | kLastName)) ||
          ((tc_.flags(i) & kNounDe) && !nationality))
        continue;
      const bool adjective = nationality || ends_with(lower, "ionale") || ends_with(lower, "ische") ||
                             ends_with(lower, "liche") || ends_with_any(lower, kAdjectiveEndings);
      if (!adjective) continue;
      const std::uint32_t j = i + 1;
      if (j < n_ && same_line(i, j) && tc_.capitalized(j) && tc_.word(j) && !tok(j).all_caps &&
          (org_form(j, true) || ends_with_any(tok(j).lower, kHeads) ||
           ends_with_any(tok(j).lower, kGenericHeads))) {
        extend_to(&c, j + 1);
        continue;
      }
      c.last = 0;  // dropped below
      dropped = true;
    }
    if (dropped) out.erase(std::remove_if(out.begin(), out.end(), [](const Candidate& c) { return c.last == 0; }), out.end());
  }

  // German: an institution's name goes on with "für" and what it is for, two things joined by "und" too:
  // "Bundesamt für Umwelt", "des Bundesamtes für Verfassungsschutz", "Deutschen Institut für wissenschaftliche
  // Pädagogik", "Staatsministerium für Landwirtschaft und Forsten" (the tagger stopped before "für" or "und").
  // Only after a noun for an institution (de/fuer-org-heads), over adjectives in lower case and one or two
  // capitalised words no list has as a person or place; a name found there joins it.
  void org_purpose_phrases_de(std::vector<Candidate>& out) const {
    static const SuffixSet kHeads(word_list("de/fuer-org-heads"));
    bool dropped = false;
    const auto purpose_word = [&](std::uint32_t j) {
      return j < n_ && same_line(j - 1, j) && tc_.capitalized(j) && tc_.word(j) && !tc_.function_word(j) &&
             !(tc_.flags(j) & (kFirstName | kPlace)) && !(j + 1 < n_ && hyphen(j + 1) && joined(j, j + 1));
    };
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type != ActorType::organization || c.last == 0 || c.last >= n_) continue;
      // "für" inside the name already ("Instituts für Pflanzenbau"), or right after it ("Bundesamt für")
      std::uint32_t fuer = n_;
      for (std::uint32_t j = c.first + 1; j <= c.last && j < n_; ++j)
        if (tok(j).lower == "für" && same_line(j - 1, j)) fuer = j;
      if (fuer == n_ || !ends_with_any(tok(fuer - 1).lower, kHeads)) continue;
      std::uint32_t j = fuer + 1;
      while (j < n_ && same_line(j - 1, j) && !tc_.capitalized(j) && tc_.word(j) && !tc_.function_word(j) &&
             (ends_with(tok(j).lower, "e") || ends_with(tok(j).lower, "en") || ends_with(tok(j).lower, "er") ||
              ends_with(tok(j).lower, "es")))
        ++j;  // "wissenschaftliche", "politische"
      if (!purpose_word(j)) continue;
      std::uint32_t end = j + 1;
      if (end + 1 < n_ && tok(end).lower == "und" && same_line(end, end + 1) && purpose_word(end + 1)) end += 2;
      if (end + 1 < n_ && same_line(end - 1, end) && tc_.capitalized(end) && !tc_.function_word(end)) continue;
      if (end <= c.last) continue;
      // names found over the phrase join it ("Verfassungsschutz"); not one that runs on past it
      bool clash = false;
      for (std::size_t m = k + 1; m < out.size() && out[m].first < end; ++m) clash = clash || out[m].last > end;
      if (clash) continue;
      extend_to(&c, end);
      for (std::size_t m = k + 1; m < out.size() && out[m].first < end; ++m) {
        out[m].first = out[m].last = 0;
        dropped = true;
      }
    }
    if (dropped) out.erase(std::remove_if(out.begin(), out.end(), [](const Candidate& c) { return c.last == 0; }), out.end());
  }

  // German: a league's ordinal is part of its name: "in der 2. Bundesliga", "die 2. Fußball-Bundesliga",
  // "der 3. Liga" (the tagger left "2." out). Only a tier of one to five with its full stop, right
  // before an organisation whose last word ends in "liga".
  void ordinal_leagues_de(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type != ActorType::organization || c.first < 2 || !ends_with(tok(c.last - 1).lower, "liga")) continue;
      // "2." as one token, or "2" and "."
      std::uint32_t num = c.first - 1;
      if (!(tok(num).kind == TokenKind::number && tok(num).key.size() == 2 && ends_with(tok(num).key, "."))) {
        num = c.first - 2;
        if (!tc_.punct(c.first - 1, ".") || tok(c.first - 1).space_before || tok(num).newlines_before > 0 ||
            tok(num).kind != TokenKind::number || tok(num).key.size() != 1)
          continue;
      }
      // a league's tier, one to five; not a round in a compound ("der 28. Fußball-Bundesliga-Runde")
      if (tok(num).key[0] < '1' || tok(num).key[0] > '5' || (c.last < n_ && hyphen(c.last) && joined(c.last - 1, c.last)))
        continue;
      // (the full stop may end a sentence for the segmenter: no line break between is asked)
      if (tok(c.first).newlines_before > 0 || tok(c.first - 1).newlines_before > 0 || (k > 0 && out[k - 1].last > num))
        continue;
      c.first = num;
      c.span = doc_.token_span(num, c.last);
      c.name = text(num, c.last);
    }
  }

  // German: a ruler's number keeps its full stop, an ordinal's: "Karl IV.", "Johannes Paul II.".
  void regnal_numbers_de(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type != ActorType::person || c.last == c.first + 1 || c.last >= n_) continue;
      const std::string& key = tok(c.last - 1).key;
      if (key.empty() || key.size() > 5 || !roman_numeral(key) || !tc_.punct(c.last, ".") || !joined(c.last - 1, c.last))
        continue;
      if (k + 1 < out.size() && out[k + 1].first <= c.last) continue;
      extend_to(&c, c.last + 1);
    }
  }
  // German: a word made of two listed nouns, with or without a linking s, n, en or es between them
  // ("Tränengas", "Schlachtfabrik", "Polizeiautos"); not where the last part is a common end of surnames
  // and place names ("Steinberg", "Pechstein", "Rumsfeld", "Althaus", "Westerwelle").
  bool noun_compound_de(std::uint32_t i) const {
    const Token& t = tok(i);
    if (!tc_.word(i) || !t.upper || t.all_caps) return false;
    const std::string& key = t.key;
    const std::string& lower = t.lower;
    if (key.size() != lower.size()) return false;
    static const SuffixSet kNameEndings(word_list("de/name-compound-endings"));
    if (ends_with_any(lower, kNameEndings)) return false;
    for (std::size_t cut = 3; cut + 4 <= key.size(); ++cut) {
      if ((static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) continue;
      std::string cap;
      if (!capitalised_part(std::string_view(lower).substr(cut), &cap)) continue;
      if (!(lex_.flags(cap) & kNounDe)) continue;
      const std::string_view head = std::string_view(key).substr(0, cut);
      for (const std::string_view link : {"", "s", "n", "en", "es"}) {
        if (!ends_with(head, link) || head.size() < link.size() + 3) continue;
        if (lex_.flags(head.substr(0, head.size() - link.size())) & kNounDe) return true;
      }
    }
    return false;
  }

  // German: a person's name that opens a compound with a noun after a hyphen names no person there but a
  // thing named after one ("Oscar-Verleihung", "nahe des Georg-Danzer-Stegs", "Eid-al-Fitr-Fest").
  void names_in_compounds_de(std::vector<Candidate>& out) const {
    const auto noun_after = [&](std::uint32_t k) {
      if (k + 1 >= n_ || !hyphen(k) || !joined(k - 1, k) || !joined(k, k + 1) || !tc_.word(k + 1)) return false;
      if (tc_.common_noun(k + 1)) return true;
      const std::string& key = tok(k + 1).key;  // a genitive: "Stegs", "Festes"
      for (const std::size_t cut : {std::size_t{1}, std::size_t{2}})
        if (key.size() > cut + 3 && key.back() == 's' && (lex_.flags(std::string_view(key).substr(0, key.size() - cut)) & kNounDe))
          return true;
      return false;
    };
    const auto compound = [&](const Candidate& c) {
      return c.type == ActorType::person && c.origin != Origin::listed && noun_after(c.last);
    };
    out.erase(std::remove_if(out.begin(), out.end(), compound), out.end());
  }

  // German: a single common noun the tagger alone calls a person is no name ("mit seinem Onkel Urlaub
  // gemacht", "Benzin", "Obmann"): not a listed first name or surname ("Fischer", "Koch"), nor the
  // surname of a person named in the text.
  void drop_common_nouns_de(std::vector<Candidate>& out) const {
    std::unordered_set<std::string> surnames;  // (as the names have them: "Kiesbauer" of "Arabella Kiesbauers")
    for (const Candidate& c : out)
      if (c.type == ActorType::person && c.last > c.first + 1) {
        const std::string& key = tok(c.last - 1).key;
        surnames.insert(ends_with(c.name, key) ? key : key.substr(0, key.size() - 1));
      }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Candidate& c) {
                               if (c.type != ActorType::person || c.last != c.first + 1 || c.origin != Origin::tagger ||
                                   (tc_.flags(c.first) & (kFirstName | kLastName)))
                                 return false;
                               const std::string& key = tok(c.first).key;
                               if (surnames.count(key) ||
                                   (key.size() > 3 && key.back() == 's' && surnames.count(key.substr(0, key.size() - 1))))
                                 return false;  // "Faymanns"
                               // (Listed nouns and titles only, no compounds: "Westerwelle", "Jagland", "Steinberg",
                               // "Rumsfeld" end in a noun.)
                               return (tc_.flags(c.first) & kNounDe) || tc_.title(c.first) || noun_compound_de(c.first);
                             }),
              out.end());
  }
  // German: a football club's short name alone is the club ("Rapid empfängt die Austria", "nach dem Sieg
  // gegen Napoli"), whatever the tagger makes of it (de/club-names).
  void clubs_by_short_name_de(std::vector<Candidate>& out) const {
    static const WordSet kClubs(word_list("de/club-names"));
    for (Candidate& c : out) {
      if (c.last != c.first + 1 || c.type == ActorType::media) continue;
      std::string key = tok(c.first).key;
      if (!in_list(key, kClubs) && key.size() > 4 && key.back() == 's') key.pop_back();  // "Rapids"
      if (in_list(key, kClubs)) c.type = ActorType::organization;
    }
  }
  // German: a one-word place that is the plural of a listed noun, after a number, "den" or an
  // adjective with no singular article before it, is that noun ("nach zwei Siegen", "mit souveränen
  // Siegen", "in den Tiroler Bergen"), not the town (Siegen, Bergen); "in Siegen", "im
  // niedersächsischen Bergen" stay towns.
  void plural_nouns_not_towns_de(std::vector<Candidate>& out) const {
    static const WordSet kNumberWords(word_list("de/number-words"));
    const auto noun = [&](const Candidate& c) {
      if (c.type != ActorType::location || c.last != c.first + 1 || c.first == 0 || tok(c.first).all_caps) return false;
      const std::string& key = tok(c.first).key;
      if (!ends_with(key, "en") || key.size() < 6 || !(lex_.flags(key.substr(0, key.size() - 2)) & kNounDe)) return false;
      std::uint32_t p = c.first - 1;
      if (!same_line(p, c.first)) return false;
      const auto plural_opener = [&](std::uint32_t k) {
        return tok(k).kind == TokenKind::number ||
               (tc_.word(k) && !tok(k).upper && (tok(k).lower == "den" || in_list(tok(k).lower, kNumberWords)));
      };
      if (plural_opener(p)) return true;
      // An adjective ("souveränen") or a place's adjective ("Tiroler") in between.
      const bool adjective = tc_.word(p) && ((!tok(p).upper && ends_with(tok(p).lower, "en") && !tc_.function_word(p)) ||
                                             (tok(p).upper && ends_with(tok(p).key, "er") &&
                                              (lex_.flags(tok(p).key.substr(0, tok(p).key.size() - 2)) & kPlace)));
      if (!adjective) return false;
      if (p == 0 || !same_line(p - 1, p)) return true;
      return plural_opener(p - 1) || !after_article(p);
    };
    out.erase(std::remove_if(out.begin(), out.end(), noun), out.end());
  }
  // German: an adverb that opens a sentence is no name, whatever the tagger makes of its capital
  // ("Genau das fordern nun Aktivisten", "Genau: Das …"): de/sentence-adverbs, a list no tagger
  // feature reads.
  void sentence_adverbs_de(std::vector<Candidate>& out) const {
    static const WordSet kAdverbs(word_list("de/sentence-adverbs"));
    const auto adverb = [&](const Candidate& c) {
      return c.last == c.first + 1 && c.type != ActorType::person && sentence_initial(c.first) &&
             !tok(c.first).all_caps && in_list(tok(c.first).lower, kAdverbs);
    };
    out.erase(std::remove_if(out.begin(), out.end(), adverb), out.end());
  }
  // German: a person's name does not start with a title or a common noun the tagger took in with it
  // ("Landesrat Mayr", "Presseratsmitglied Koller", "Youtuber Senad Hasani", "Widersacher Trong"): the
  // name starts after it, which is then the person's role. Not a listed first name or surname
  // ("Wolfgang", "Bauer").
  void title_in_name_de(std::vector<Candidate>& out) const {
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.last < c.first + 2 || !c.key.empty()) continue;
      const std::uint32_t f = c.first;
      if (!tc_.capitalized(f) || tok(f).all_caps || (tc_.flags(f) & (kFirstName | kLastName)) ||
          !same_line(f, f + 1) || !tc_.capitalized(f + 1) || hyphen(f + 1) || glued_dash(f + 1))
        continue;
      // (Other nouns: a listed one or a compound that ends like a person's noun ("-hersteller", "-pädagoge",
      // "-mitglied"), of nine letters or more: "Ernst", "Roman", "August" are first names too; "Jochen",
      // "Vytenis", "Nicolaus", "Heidemarie" and "Sigismund" end like nouns.)
      const std::string& lower = tok(f).lower;
      const std::string& key = tok(f).key;
      const bool place_adjective =  // "Simmeringer Haide"
          ends_with(key, "er") && (lex_.flags(key.substr(0, key.size() - 2)) & (kCity | kRegion | kCountry));
      const bool person_ending = (ends_with(lower, "er") && !place_adjective) || ends_with(lower, "erin") ||
                                 ends_with(lower, "ge") || ends_with(lower, "glied") || ends_with(lower, "mann") ||
                                 ends_with(lower, "frau");
      if (!tc_.title(f) &&
          !(lower.size() >= 9 && ((tc_.flags(f) & kNounDe) || (person_ending && tc_.common_noun(f)))))
        continue;
      c.first = f + 1;
      c.span = doc_.token_span(c.first, c.last);
      c.name = text(c.first, c.last);
      c.origin = Origin::title;  // a person by the word before: "Koller" stays (drop_common_nouns_de)
      trim_possessive(&c);
    }
  }

  // German: an English organisation's name the tagger calls a person is an organisation ("Glenn Research
  // Center", "Goldsmiths College", "Sean Daniel Company", "Virginia Tech University"): its last word is a
  // listed English head (de/english-org-heads).
  // The head may follow the person's span too: "Dave Matthews" + "Band", "Alfred Lions" + "Label".
  void english_org_names_de(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      // (The organisation word alone, after a word read as a title: "in der Premier League".)
      if (c.type == ActorType::person && c.last == c.first + 1 && c.first > 0 && english_org_head(c.first) &&
          same_line(c.first - 1, c.first) && tc_.capitalized(c.first - 1) && tc_.title(c.first - 1) &&
          (k == 0 || out[k - 1].last < c.first)) {
        --c.first;
        c.span = doc_.token_span(c.first, c.last);
        c.name = text(c.first, c.last);
        c.type = ActorType::organization;
        continue;
      }
      if (c.type != ActorType::person || c.last < c.first + 2) continue;
      const std::uint32_t j = c.last;
      if (j < n_ && same_line(j - 1, j) && (k + 1 == out.size() || out[k + 1].first > j) && tc_.capitalized(j) &&
          !tok(j).all_caps && english_org_head(j) && !(j + 1 < n_ && joined(j, j + 1) && hyphen(j + 1)))
        extend_to(&c, j + 1, /*keep_key=*/false);
      if (tc_.capitalized(c.last - 1) && !tok(c.last - 1).all_caps && english_org_head(c.last - 1))
        c.type = ActorType::organization;
    }
  }

  // German: a foreign name the tagger or the rules call a person or an organisation is a place when
  // its last word is a listed place head ("Hudson River", "Fifth Avenue", "Canning Town") or its first
  // word a listed place word opening it ("Lido di Spina", "Cerro Amarillo"): de/foreign-place-heads.
  // Not a listed name, and not a name in capitals.
  void foreign_place_names_de(std::vector<Candidate>& out) const {
    static const WordSet kHeads(word_list("de/foreign-place-heads"));
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      // The opening word right before a name is taken in: "Río" + "Xingú", "Cerro" + "San Félix".
      const std::uint32_t prev_last = k > 0 ? out[k - 1].last : 0;
      if (c.type != ActorType::media && c.origin != Origin::listed && c.first > prev_last && c.first > 0 &&
          same_line(c.first - 1, c.first) && tc_.capitalized(c.first - 1) && tc_.capitalized(c.first) &&
          in_list("^" + tok(c.first - 1).key, kHeads)) {
        c.first -= 1;
        c.span.begin = tok(c.first).begin;
        c.name = text(c.first, c.last);
        c.key.clear();
        c.type = ActorType::location;
        continue;
      }
      if ((c.type != ActorType::person && c.type != ActorType::organization) || c.origin == Origin::listed ||
          c.last < c.first + 2 || !tc_.capitalized(c.first) || !tc_.capitalized(c.last - 1) ||
          tok(c.last - 1).all_caps)
        continue;
      if (in_list(tok(c.last - 1).key, kHeads) || in_list("^" + tok(c.first).key, kHeads))
        c.type = ActorType::location;
    }
  }

  // German: a person's one-word name takes in an unknown capitalised word right after it, the other
  // half of the name the tagger left out: "Til" of "Til Schweiger", "Dick" of "Dick Advocaat". The word
  // is no common noun (by the list, its ending or its last part), title, function or time word, no
  // listed place (or a place's genitive), organisation, outlet, group or nationality word, no adjective
  // by its ending ("Östlich"), no word in capitals, not joined by a hyphen, and not part of another
  // name; no third capitalised word follows. (The word before the name was tried too, "Galo" of "Galo
  // Gonzáles": GermEval held-out train no better, and in news it took in unlisted titles and nouns,
  // "Mentor Sarkozy", "Herrn Boateng".)
  bool lone_name_part_de(std::uint32_t j) const {
    std::string base;
    return j < n_ && tc_.capitalized(j) && !tok(j).all_caps && !tc_.common_noun(j) && !tc_.title(j) &&
           !tc_.function_word(j) && !tc_.time_word(j) &&
           !(tc_.flags(j) & (kPlace | kOrganization | kMedia | kGroupDe | kSpeechDe | kNationalityDe)) &&
           !hyphen(j + 1) && !(j > 0 && hyphen(j - 1)) && !adjective_form_de(j) && !(base_flags(j, &base) & kPlace);
  }
  // A capitalised adjective ("Östlich", "Österreichischer"): its ending is an adjective's.
  bool adjective_form_de(std::uint32_t j) const {
    static const SuffixSet kAdjectiveEndings(word_list("de/adjective-endings"));
    const std::string& w = tok(j).lower;
    return ends_with_any(w, kAdjectiveEndings) || ends_with(w, "isch") || ends_with(w, "ische") ||
           ends_with(w, "lich") || ends_with(w, "liche");
  }
  void adjacent_name_parts_de(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type != ActorType::person || c.last != c.first + 1 || !tc_.capitalized(c.first) || tok(c.first).all_caps)
        continue;
      const std::uint32_t next_first = k + 1 < out.size() ? out[k + 1].first : n_;
      const std::uint32_t j = c.last;
      // (Not after a genitive: "Eichmanns Fluchtweg", "Prölls Soziallandesrätin".)
      const std::string& key = tok(c.first).key;
      const bool genitive = key.size() > 3 && key.back() == 's' && !(tc_.flags(c.first) & kFirstName);
      if (!genitive && j < next_first && same_line(c.first, j) && lone_name_part_de(j) &&
          !(j + 1 < n_ && same_line(j, j + 1) && tc_.capitalized(j + 1) && !tc_.common_noun(j + 1))) {
        extend_to(&c, j + 1, /*keep_key=*/false);
        trim_possessive(&c);
      }
    }
  }

  // German: an unknown capitalised word in a list beside a one-word name is a name of the same kind:
  // "die Dörfer Hokkala , Koskimäki-Huhtala , Kumpula , Noposenaho" (one of them found), "die Gemeinden
  // Bedra und Braunsdorf". The word is one lone_name_part_de() admits, joined by a comma, "und", "oder"
  // or "sowie" to the name, which is one word (or one hyphenated word) of a person, place or
  // organisation, and the list holds another such name of the same kind.
  void names_in_lists_de(std::vector<Candidate>& out) const {
    std::vector<std::int32_t> at(n_, -1);  // the candidate covering each token
    for (std::size_t k = 0; k < out.size(); ++k)
      for (std::uint32_t i = out[k].first; i < out[k].last && i < n_; ++i) at[i] = static_cast<std::int32_t>(k);
    auto joiner = [&](std::uint32_t i) {
      return i < n_ && (tc_.punct(i, ",") || (tc_.word(i) && one_of(tok(i).lower, {"und", "oder", "sowie"})));
    };
    auto simple = [&](const Candidate& d) {
      if (d.type != ActorType::location && d.type != ActorType::organization) return false;
      for (std::uint32_t i = d.first + 1; i < d.last; ++i)
        if (!joined(i - 1, i)) return false;  // one written word
      return true;
    };
    std::vector<Candidate> added;
    std::vector<bool> taken(n_, false);
    // From each name outwards, both ways, over the words of a list; the words are taken when the list
    // holds another name of the same kind ("Docs , Sheets" of an English product list hold none).
    for (const Candidate& d : out) {
      if (!simple(d)) continue;
      std::vector<std::uint32_t> words;
      bool other = false;
      for (int dir = -1; dir <= 1; dir += 2) {
        std::uint32_t edge = dir < 0 ? d.first : d.last - 1;
        while (true) {
          const std::int64_t jn = static_cast<std::int64_t>(edge) + dir, w = jn + dir;
          if (jn < 0 || w < 0 || w >= n_) break;
          const std::uint32_t jj = static_cast<std::uint32_t>(jn), ww = static_cast<std::uint32_t>(w);
          if (!joiner(jj) || !same_line(std::min(edge, ww), std::max(edge, ww))) break;
          if (at[ww] >= 0) {  // another name: the list goes on over it when it is one of the kind
            const Candidate& e = out[static_cast<std::size_t>(at[ww])];
            if (e.type != d.type || !simple(e)) break;
            other = true;
            edge = dir < 0 ? e.first : e.last - 1;
            continue;
          }
          if (taken[ww] || !lone_name_part_de(ww) || sentence_initial(ww) || tok(ww).key.size() < 4) break;
          // (one word: nothing glued to it, no abbreviation's full stop)
          if ((ww + 1 < n_ && joined(ww, ww + 1) && tok(ww + 1).kind != TokenKind::punct) ||
              (ww + 1 < n_ && joined(ww, ww + 1) && tc_.punct(ww + 1, ".")) ||
              (ww > 0 && joined(ww - 1, ww) && tok(ww - 1).kind != TokenKind::punct))
            break;
          words.push_back(ww);
          edge = ww;
        }
      }
      if (!other) continue;
      for (const std::uint32_t ww : words) {
        if (taken[ww]) continue;
        added.push_back(Candidate{ww, ww + 1, doc_.token_span(ww, ww + 1), d.type, text(ww, ww + 1), Origin::guess});
        taken[ww] = true;
      }
    }
    std::sort(added.begin(), added.end(), [](const Candidate& a, const Candidate& b) { return a.first < b.first; });
    merge_in_order(out, added);
  }

  // German: "Norden", "Süden", "Westen", "Osten" alone are directions, not places ("im Norden des
  // Dorfes", "von Norden", "nach Süden"; GermEval 2014 train: none of 183 a place of its own). After a
  // bare "in" "Norden" is the town in East Frisia ("in Norden").
  void compass_directions_de(std::vector<Candidate>& out) const {
    std::size_t kept = 0;
    for (std::size_t k = 0; k < out.size(); ++k) {
      const Candidate& c = out[k];
      const bool direction = c.type == ActorType::location && c.last == c.first + 1 &&
                             one_of(tok(c.first).key, {"Norden", "Süden", "Westen", "Osten"}) &&
                             !(c.first > 0 && same_line(c.first - 1, c.first) && tc_.is(c.first - 1, "in"));
      if (direction) continue;
      if (kept != k) out[kept] = std::move(out[k]);
      ++kept;
    }
    out.resize(kept);
  }

  // German: "von" after a full name says where the person works, it is no particle of the name: "Gabor
  // Wichmann von Birdlife" (the tagger takes it in as one person). The name ends before it. Not after a
  // first name or a particle ("Wolfgang von Kempelen", "Ursula von der Leyen"), nor after a word that is
  // a listed noun too ("Ernst von ..."), nor before a place ("Hans Lerch von Dirmstein"); and never after
  // one word: the list of first names lacks many old German ones (GermEval: "Günther von Kluge", "Kuno
  // von Stein", "Rollmann von Sinzig"), so "Kyne von Bromium" stays. Two capitalised words after it are an
  // organisation whatever stands before ("Richard Cassidy von Alert Logic": Cassidy is a listed first name
  // too): the person and the organisation.
  void von_after_surname_de(std::vector<Candidate>& out) const {
    std::vector<Candidate> employers;  // the organisations cut off: "Alert Logic"
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.last < c.first + 3 || !c.key.empty()) continue;
      for (std::uint32_t k = c.first + 2; k + 1 < c.last; ++k) {
        if (!tc_.word(k) || tok(k).upper || (tok(k).lower != "von" && tok(k).lower != "vom")) continue;
        const std::uint32_t b = k - 1;
        // (Two capitalised words after it are an organisation's name, whatever stands before:
        // "Richard Cassidy von Alert Logic"; a noble name has one, "Johann Wolfgang von Goethe".)
        const bool two_words = k + 2 < c.last && tc_.capitalized(k + 1) && tc_.capitalized(k + 2) &&
                               !particle(k + 1) && !particle(k + 2);
        if (!two_words &&
            (!tc_.capitalized(b) || (tc_.flags(b) & (kFirstName | kNounDe)) || particle(b) || hyphen(b)))
          break;
        // (A place after it is a noble name: "Kuno von Stein", "Lerch von Dirmstein".)
        const std::string& after = tok(k + 1).lower;
        bool place = (tc_.flags(k + 1) & kPlace) != 0;
        for (const char* end : {"stein", "berg", "burg", "dorf", "heim", "hausen", "feld", "bach", "ingen", "hofen",
                                "tal", "see", "eck", "fels", "au", "stadt", "brück"})
          place = place || ends_with(after, end);
        if (place && !two_words) break;
        if (two_words) {
          Candidate org{k + 1, c.last, doc_.token_span(k + 1, c.last), ActorType::organization, text(k + 1, c.last),
                        c.origin};
          trim_possessive(&org);
          employers.push_back(std::move(org));
        }
        c.last = k;
        c.span = doc_.token_span(c.first, c.last);
        c.name = text(c.first, c.last);
        trim_possessive(&c);
        break;
      }
    }
    merge_in_order(out, employers);
  }

  // German: a person's name goes on over a name particle ("von", "della", "van", "zu", "de") and
  // the name after it, when the name before the particle ends in a listed first name or the name after
  // it is a person too: "Joseph Victor von Scheffel", "Rupprecht von Bayern", "Amalie Zephyrine von
  // Hohenzollern-Sigmaringen", "Giacomo della Porta" (the tagger's span often stops before the
  // particle, and the place after "von" is then a place of its own). Not "Merkel von der CDU": the
  // name before is no first name, "CDU" no person; not over a common noun ("Peter von nebenan").
  void particle_names_de(std::vector<Candidate>& out) const {
    std::vector<Candidate> kept;
    kept.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate c = std::move(out[k]);
      if (c.type == ActorType::person && tc_.capitalized(c.last - 1)) {
        std::uint32_t j = c.last;
        while (j < n_ && j < c.last + 3 && same_line(c.last - 1, j) && particle(j)) ++j;
        // (the name after the particles: a candidate there, or one capitalised word)
        // ("der", "den" open no name: "wie Neil Armstrong den Mond betrat")
        if (j > c.last && j < n_ && same_line(c.last - 1, j) && tc_.capitalized(j) && !tok(j).all_caps &&
            !in_list(tok(c.last).lower, {"der", "den", "dem"})) {
          const bool first_name = has_first_name(c.first, c.last);  // (in the name before: "Joseph Victor")
          std::size_t next = k + 1;
          std::uint32_t end = 0;
          if (next < out.size() && out[next].first == j) {
            const Candidate& d = out[next];
            // (Not a full name of its own: "Jakob von Gunten von Robert Walser"; not after a noun:
            // "Plädoyers von Durnwalders".)
            if ((d.type == ActorType::person || (first_name && d.type == ActorType::location)) &&
                d.last - c.first <= kMaxNameTokens && !(tc_.flags(d.first) & kFirstName) &&
                !noun_not_name_part_de(c.last - 1))
              end = d.last;
          } else if (first_name && (next >= out.size() || out[next].first > j) && !tc_.common_noun(j) &&
                     !in_list(tok(j - 1).lower, {"der", "den", "dem"}) &&
                     !(tc_.flags(j) & (kFunctionDe | kTitleDe | kTimeDe))) {
            end = j + 1;
            while (end + 1 < n_ && hyphen(end) && joined(end - 1, end) && joined(end, end + 1) && tc_.capitalized(end + 1))
              end += 2;
            if (next < out.size() && out[next].first < end) end = 0;
          }
          if (end > 0) {
            extend_to(&c, end, /*keep_key=*/false);
            trim_possessive(&c);
            if (next < out.size() && out[next].first == j) ++k;  // the name after is taken in
          }
        }
      }
      kept.push_back(std::move(c));
    }
    out = std::move(kept);
  }

  // German: "Pölten" after "St." is no person but the place St. Pölten (listed as "Sankt Pölten"; "St."
  // reads as a title), unless it is a listed name or the surname of a person named in the text. (Every
  // listed place the tagger alone calls a person was tried too: GermEval held-out train PER 76.2 -> 76.0,
  // LOC 77.7 -> 77.6; the tagger is more often right than the list.)
  void saint_places_de(std::vector<Candidate>& out) const {
    std::unordered_set<std::string> surnames;
    for (const Candidate& c : out)
      if (c.type == ActorType::person && c.last > c.first + 1) surnames.insert(tok(c.last - 1).key);
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.last != c.first + 1) continue;
      const std::uint32_t i = c.first;
      if (!tc_.capitalized(i) || tok(i).all_caps || surnames.count(tok(i).key) ||
          (tc_.flags(i) & (kFirstName | kLastName)))
        continue;
      // ("St." reads as a title: the person "Pölten" of "St. Pölten".)
      const bool saint = i >= 2 && tc_.punct(i - 1, ".") && tok(i - 2).key == "St" && joined(i - 2, i - 1) &&
                         (lex_.phrase_flags("Sankt " + tok(i).key) & kPlace);
      if (!saint) continue;
      c.type = ActorType::location;
      c.first = i - 2;
      c.span = doc_.token_span(c.first, c.last);
      c.name = text(c.first, c.last);
      c.key = "St. " + tok(i).key;  // "St.Pölten" and "St. Pölten" are one place
    }
  }

  // German: the last words of people's names, and capitalised words standing alone: not at a hyphen,
  // after an article or before another capitalised word ("Flamingo-Küken", "das Game", "Columbus Blue
  // Jackets"), nor a time word or a common noun ("Juni" of "Abd al-Fattah Junis").
  std::unordered_set<std::string> surnames_and_lone_words_de(const std::vector<Candidate>& out) const {
    std::unordered_set<std::string> words;
    for (const Candidate& c : out)
      if (c.type == ActorType::person) words.insert(tok(c.last - 1).key);
    for (std::uint32_t i = 1; i + 1 < n_; ++i)
      if (tok(i).upper && tc_.word(i) && !sentence_initial(i) && !hyphen(i - 1) && !hyphen(i + 1) &&
          !tc_.capitalized(i + 1) && !tc_.capitalized(i - 1) && !(tc_.lower_flags(i - 1) & kDeterminer) &&
          !tc_.time_word(i) && !tc_.common_noun(i))
        words.insert(tok(i).key);
    return words;
  }

  // German: a common noun after a name in the genitive is what the person has, not their name
  // ("Janusz Kaminskis Kamera", "Niessls Gunst" where Niessl is named alone too, "Corbyns
  // Prinzipientreue"): the name ends before it. A listed noun after a full name; after one word, a
  // noun (compounds too) where the word without its s is a surname or stands alone elsewhere ("Fats
  // Domino", "Michelangelos Madonna" stay). Not after a listed first name ("Johannes"), nor a listed
  // surname or first name ("Peter Kaiser").
  void noun_after_genitive_de(std::vector<Candidate>& out) const {
    const std::unordered_set<std::string> words = surnames_and_lone_words_de(out);
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.last < c.first + 2 || !c.key.empty()) continue;
      const std::uint32_t g = c.last - 2, noun = c.last - 1;
      const std::string& gk = tok(g).key;
      if (!tc_.capitalized(g) || !tc_.capitalized(noun) || tok(noun).all_caps || gk.size() < 4 ||
          gk.back() != 's' || hyphen(g) || !same_line(g, noun))
        continue;
      if ((tc_.flags(g) & kFirstName) || (tc_.flags(noun) & (kFirstName | kLastName)) || tc_.title(noun)) continue;
      if (c.last > c.first + 2 ? !(tc_.flags(noun) & kNounDe)
                               : !(tc_.common_noun(noun) && words.count(gk.substr(0, gk.size() - 1))))
        continue;
      c.last = noun;
      c.span = doc_.token_span(c.first, c.last);
      c.name = text(c.first, c.last);
      trim_possessive(&c);
    }
  }

  // German: a full name in the genitive names the person without its s ("Ridley Scotts Film" is Ridley
  // Scott, "Max Frischs Roman", "Egon Schieles Bilder"), so that it joins the other mentions. The s goes
  // when the word without it is a listed surname and the word is not and a noun follows, or the word
  // without it stands alone elsewhere in the text; never after s, x, z or ß ("Alexis Tsipras", "Thomas Gottschalk"), nor
  // from a listed surname or first name ("Serena Williams", "Bill Gates").
  void genitive_full_names_de(std::vector<Candidate>& out) const {
    const std::unordered_set<std::string> words = surnames_and_lone_words_de(out);
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.last < c.first + 2 || !c.key.empty()) continue;
      const Token& t = tok(c.last - 1);
      const std::string& key = t.key;
      if (!tc_.word(c.last - 1) || !t.upper || t.all_caps || key.size() < 4 || key.back() != 's' ||
          !ends_with(c.name, key))
        continue;
      const char before = key[key.size() - 2];
      if (before == 's' || before == 'x' || before == 'z' || ends_with(std::string_view(key).substr(0, key.size() - 1), "\u00df"))
        continue;
      if ((tc_.flags(c.last - 1) & (kLastName | kFirstName)) || hyphen(c.last - 2)) continue;  // "Harnik-Lauris"
      const std::string stem = key.substr(0, key.size() - 1);
      // (A listed surname only before a noun: "Tom Koenigs sagte" is Tom Koenigs.)
      const bool before_noun = c.last < n_ && same_line(c.last - 1, c.last) && tc_.capitalized(c.last);
      if (!(before_noun && (lex_.flags(stem) & kLastName)) && !words.count(stem)) continue;
      c.name.pop_back();
      c.span.end -= 1;
    }
  }
  // German: a name that stops at a hyphen inside a written word goes on to the word's end when every
  // part after it is a capitalised word that is no common noun, title or function word: "Göring" of
  // "Göring-Eckhardt", "Sanofi" of "Sanofi-Aventis", "Arzberg" of "Arzberg-Bergnersreuth" (the tagger
  // seldom tags the parts after a hyphen). A compound with a noun at its end ("Merkel-Regierung",
  // "KCNA-Bericht") is left as it is. A name found inside the rest is taken in. A place takes a point of
  // the compass before it ("West-Berlin"; GermEval train: 21 such words places, 3 not).
  void whole_hyphenated_names_de(std::vector<Candidate>& out) const {
    std::vector<Candidate> kept;
    kept.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate c = std::move(out[k]);
      std::uint32_t end = c.last;
      while (end + 1 < n_ && hyphen(end) && joined(end - 1, end) && joined(end, end + 1) &&
             tok(end + 1).kind == TokenKind::word)
        end += 2;
      bool names = end > c.last && end - c.first <= kMaxNameTokens;
      // (Organisations and media go on only over listed names and abbreviations: "Facebook-Account",
      // "SPÖ-Stadtrat", "UEFA-Homepage" are nouns the list lacks.)
      const bool unknown_ok = c.type == ActorType::person || c.type == ActorType::location;
      static const WordSet kPlaceParts(word_list("de/place-name-parts"));
      static const WordSet kCompass(word_list("de/compass-points"));
      // (Before such an ending any capitalised part goes: "Rhein-Sieg-Kreis".)
      const bool place_end = c.type == ActorType::location && end > c.last && in_list(tok(end - 1).key, kPlaceParts);
      for (std::uint32_t j = c.last + 1; names && j < end; j += 2)
        names = hyphen_name_part_de(j, unknown_ok, c.type == ActorType::location) ||
                (place_end && (j == end - 1 || tc_.capitalized(j)));
      // (The word ends there: nothing glued to its last part but punctuation.)
      if (names && end < n_ && joined(end - 1, end) && tok(end).kind != TokenKind::punct) names = false;
      // A name inside the rest of the word ("Aventis") is taken in; one that runs past it stops this.
      std::size_t inside = k + 1;
      while (names && inside < out.size() && out[inside].first < end) {
        if (out[inside].last > end) names = false;
        ++inside;
      }
      if (names) {
        extend_to(&c, end, /*keep_key=*/false);
        k = inside - 1;
      }
      // A place with a point of the compass before it: "West-Berlin", "Süd-Tirol".
      if (c.type == ActorType::location && c.first >= 2 && hyphen(c.first - 1) && joined(c.first - 2, c.first - 1) &&
          joined(c.first - 1, c.first) && in_list(tok(c.first - 2).key, kCompass) &&
          !(c.first >= 3 && joined(c.first - 3, c.first - 2)) &&
          (kept.empty() || kept.back().last <= c.first - 2)) {
        c.first -= 2;
        c.span.begin = tok(c.first).begin;
        c.name = text(c.first, c.last);
      }
      kept.push_back(std::move(c));
    }
    out.swap(kept);
  }

  // Initials as one token: "A", "R.E", "W.H.S" (each letter a capital, dots between).
  bool initials_token(std::uint32_t i) const {
    const std::string& key = tok(i).key;
    if (key.empty() || key.size() > 5) return false;
    for (std::size_t p = 0; p < key.size(); ++p)
      if (p % 2 == 0 ? !(key[p] >= 'A' && key[p] <= 'Z') : key[p] != '.') return false;
    return key.size() % 2 == 1;
  }
  // English: a capital letter alone before a person's name on its line is the initial of the first name
  // ("60m: D Chin (Belgrave Harriers), J Gardener", "S Easterby, Leamy") and belongs to the name, not a
  // person "D" of its own. Not "I" (the pronoun) nor "A" opening a sentence (the article); not before a
  // listed first name ("A John Lewis store").
  void letter_initials_en(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type != ActorType::person || c.first == 0 || c.last == 0 || (tc_.flags(c.first) & kFirstName)) continue;
      const std::uint32_t i = c.first - 1;
      const std::string& key = tok(i).key;
      if (key.size() != 1 || key[0] < 'A' || key[0] > 'Z' || key == "I" || !same_line(i, c.first) ||
          !tok(c.first).space_before || (key == "A" && sentence_initial(i)) ||
          (i > 0 && joined(i - 1, i)) || !tc_.capitalized(c.first))
        continue;
      // The letter is a name of its own now ("D" and "Chin"): it goes into this one.
      const bool letter_candidate = k > 0 && out[k - 1].first == i && out[k - 1].last == i + 1;
      if (k > 0 && out[k - 1].last > i && !letter_candidate) continue;
      if (letter_candidate) out[k - 1].last = 0;
      c.first = i;
      c.span = doc_.token_span(c.first, c.last);
      c.name = text(c.first, c.last);
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const Candidate& c) { return c.last == 0; }), out.end());
  }

  // English: initials before a person's name belong to it ("W.H.S. Koerner", "A. Noel Anketell Kramer"), and
  // an e-mail header's "Surname, First name" in quotation marks is one person ("\"Lenhart, Matthew\"").
  void english_initials_and_inverted_names(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.last == 0) continue;
      const std::uint32_t prev_last = k > 0 ? out[k - 1].last : 0;
      if (c.type == ActorType::person && c.first >= 2 + prev_last && tc_.punct(c.first - 1, ".") &&
          joined(c.first - 2, c.first - 1) && tok(c.first).newlines_before == 0 && tok(c.first - 1).newlines_before == 0 &&
          initials_token(c.first - 2) && !(c.first >= 3 && tc_.word(c.first - 3) && tok(c.first - 3).upper &&
                                           tok(c.first - 3).newlines_before == 0)) {
        c.first -= 2;
        c.span = doc_.token_span(c.first, c.last);
        c.name = text(c.first, c.last);
      }
      // "al-Sadr", "bin Laden": a lower-case particle before a surname that stands alone.
      if (c.last == c.first + 1 && c.first >= 1 + prev_last && tc_.capitalized(c.first) && c.type != ActorType::media) {
        std::uint32_t p = c.first;
        if (p >= 2 + prev_last && hyphen(p - 1) && joined(p - 2, p - 1) && joined(p - 1, p) && one_of(tok(p - 2).key, {"al", "el"}))
          p -= 2;
        else if (same_line(p - 1, p) && one_of(tok(p - 1).key, {"bin", "ibn"}))
          p -= 1;
        if (p < c.first && !(p > 0 && same_line(p - 1, p) && tc_.capitalized(p - 1))) {
          c.first = p;
          c.span = doc_.token_span(c.first, c.last);
          c.name = text(c.first, c.last);
          c.type = ActorType::person;
        }
      }
      // "Lenhart , Matthew" between quotation marks (the candidate is either name).
      std::uint32_t f = c.first;
      if (c.last == f + 1 && f >= 3 && tc_.punct(f - 1, ",") && tc_.capitalized(f - 2) && !tok(f - 2).all_caps &&
          f - 2 >= prev_last)
        f -= 2;
      if (c.last == c.first + 1 && f > 0 && f + 3 < n_ && tc_.punct(f - 1, "\"") && tc_.punct(f + 1, ",") &&
          (tc_.flags(f + 2) & kFirstName) && tc_.capitalized(f + 2) && tc_.punct(f + 3, "\"") &&
          tok(f + 3).newlines_before == 0 && tok(f + 2).newlines_before == 0) {
        if (c.first == f && k + 1 < out.size() && out[k + 1].first == f + 2 && out[k + 1].last == f + 3) out[k + 1].last = 0;
        else if (c.first == f && k + 1 < out.size() && out[k + 1].first < f + 3) continue;
        c.first = f;
        c.last = f + 3;
        c.span = doc_.token_span(c.first, c.last);
        c.name = text(c.first, c.last);
        c.type = ActorType::person;
      }
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const Candidate& c) { return c.last == 0; }), out.end());
  }

  // English: a person's name the tagger runs over a possessive ("Bush's America", "ABN Amro's Paul
  // Mackel"): when a first name follows the possessive, the person is what follows and the owner is a
  // listed place, organisation or outlet or nothing; else the person is the owner ("Bush", "Paul
  // Simon" of "Paul Simon's Graceland"), unless a list, a time word or a common word says otherwise
  // ("UK's Corus", "February's Oscars", "People's Bank"). A name that ends in a hyphenated adjective
  // is none ("Oscar-winning", "Texas-based").
  // The lexicon's flags of a word without its possessive ("UK's": UK).
  std::uint64_t flags_without_possessive(const std::string& form) const {
    return lex_.flags(std::string_view(form).substr(0, form.size() - possessive_length(form)));
  }
  bool listed_type(std::uint32_t first, std::uint32_t last, ActorType* type) const {
    for (std::uint32_t k = first; k < last; ++k) {
      const std::uint64_t f = flags_without_possessive(tok(k).key);
      if (f & kMedia) return *type = ActorType::media, true;
      if (f & kOrganization) return *type = ActorType::organization, true;
      if (f & kPlace) return *type = ActorType::location, true;
    }
    return false;
  }
  void people_before_possessives_en(std::vector<Candidate>& out) const {
    std::vector<Candidate> result;
    result.reserve(out.size());
    for (Candidate& c : out) {
      // (An English word or a participle after the hyphen: not a name's part, "Prayuth Chan-o-cha".)
      const std::string& after_hyphen = tok(c.last - 1).lower;
      const bool adjective = c.last >= c.first + 3 && tc_.punct(c.last - 2, "-") && joined(c.last - 3, c.last - 2) &&
                             joined(c.last - 2, c.last - 1) && tc_.word(c.last - 1) && !tok(c.last - 1).upper &&
                             ((tc_.lower_flags(c.last - 1) & kCommonEn) || ends_with(after_hyphen, "ed") ||
                              ends_with(after_hyphen, "ing") || ends_with(after_hyphen, "like"));
      if (adjective && c.type != ActorType::media) continue;
      std::uint32_t i = c.first;
      while (c.type == ActorType::person && i + 1 < c.last &&
             !(possessive_length(tok(i).key) > 0 && tc_.capitalized(i + 1)))
        ++i;
      if (c.type != ActorType::person || i + 1 >= c.last) {
        result.push_back(std::move(c));
        continue;
      }
      Candidate owner{c.first, i + 1, doc_.token_span(c.first, i + 1), ActorType::person, text(c.first, i + 1),
                      c.origin};
      trim_possessive_any(&owner);
      const bool listed = listed_type(owner.first, owner.last, &owner.type);
      if (listed) owner.origin = Origin::listed;
      const bool person_after = (tc_.flags(i + 1) & kFirstName) && c.last >= i + 3;
      // (The owner's word without its possessive, as written and in lower case: "February's", "Who's",
      // "People's".)
      const std::uint64_t stem_flags =
          flags_without_possessive(tok(owner.first).key) | flags_without_possessive(tok(owner.first).lower);
      const bool no_person = owner.last == owner.first + 1 && (stem_flags & (kTimeEn | kFunctionEn | kCommonEn));
      if (listed || (!person_after && !no_person)) result.push_back(std::move(owner));
      if (person_after) {
        Candidate person{i + 1, c.last, doc_.token_span(i + 1, c.last), ActorType::person, text(i + 1, c.last),
                         c.origin};
        trim_possessive_any(&person);
        result.push_back(std::move(person));
      }
    }
    out.swap(result);
  }

  // English: a title, a person's name and maybe "of" and an organisation that the tagger or the rules
  // read as one organisation ("Inspector Paul Miller of Thames Valley Police", "Police and Crime
  // Commissioner Stephen Mold"): the person (the title before the name is the role), and the
  // organisation after "of".
  void titled_people_in_organisations_en(std::vector<Candidate>& out) const {
    std::vector<Candidate> result;
    result.reserve(out.size());
    for (Candidate& c : out) {
      // (The title may close a longer one: "Police and Crime Commissioner Stephen Mold".)
      std::uint32_t title = c.first;
      while (c.type == ActorType::organization && title + 2 < c.last &&
             !(tc_.title(title) && (tc_.flags(title + 1) & kFirstName)))
        ++title;
      if (c.type != ActorType::organization || c.last < title + 3 || !tc_.title(title) ||
          !(tc_.flags(title + 1) & kFirstName)) {
        result.push_back(std::move(c));
        continue;
      }
      c.first = title;
      std::uint32_t end = c.first + 1;
      while (end < c.last && tc_.capitalized(end) && !tc_.function_word(end) && !tc_.title(end)) ++end;
      if (end < c.first + 3 || (end < c.last && !(tc_.word(end) && tok(end).lower == "of" && end + 1 < c.last))) {
        result.push_back(std::move(c));
        continue;
      }
      Candidate person{c.first + 1, end, doc_.token_span(c.first + 1, end), ActorType::person,
                       text(c.first + 1, end), Origin::title};
      trim_possessive_any(&person);
      result.push_back(std::move(person));
      if (end < c.last) {
        Candidate org{end + 1, c.last, doc_.token_span(end + 1, c.last), ActorType::organization,
                      text(end + 1, c.last), c.origin};
        trim_possessive_any(&org);
        result.push_back(std::move(org));
      }
    }
    out.swap(result);
  }

  // Both languages: a name right after a noun of a medium is a medium ("the Hungarian daily Magyar
  // Nemzet", "the tabloid Blikk", "die Tageszeitung Népszava", "der Sender Arte"), unless a list or a
  // title makes it something else.
  void media_after_head_noun(std::vector<Candidate>& out) const {
    static const WordSet kBefore(word_list("media/before-names"));
    for (Candidate& c : out) {
      if (c.type == ActorType::media || c.origin == Origin::listed || c.origin == Origin::title || c.first == 0) continue;
      const std::uint32_t p = c.first - 1;
      if (!tc_.word(p) || !same_line(p, c.first)) continue;
      const bool before = in_list(tok(p).lower, kBefore) ||
                          (p > 0 && tc_.word(p - 1) && same_line(p - 1, p) &&
                           in_list(tok(p - 1).lower + " " + tok(p).lower, kBefore));
      if (before) c.type = ActorType::media;
    }
  }

  // English: a name right after a noun for a company or another organisation is the organisation's
  // ("anti-virus firm Sophos", "telecom regulator Ofcom", "its deal with the chipmaker Intel"), unless a word
  // of it is a listed first name ("the firm Steve Jobs founded").
  void organisations_after_head_noun_en(std::vector<Candidate>& out) const {
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.origin == Origin::listed || c.origin == Origin::title) continue;
      if (company_head_before_en(c) && !has_first_name(c.first, c.last)) c.type = ActorType::organization;
    }
  }
  // Whether a noun for a company stands right before the candidate on its line (en/company-head-nouns).
  bool company_head_before_en(const Candidate& c) const {
    static const WordSet kHeads(word_list("en/company-head-nouns"));
    if (c.first == 0) return false;
    const std::uint32_t p = c.first - 1;
    return tc_.word(p) && same_line(p, c.first) && !tok(p).upper && in_list(tok(p).lower, kHeads);
  }

  // English: one word in which a capital follows three or more small letters is a company's or a product's
  // name, no person's ("DaimlerChrysler", "TimeWarner", "PlayStation"); "McCartney", "DiCaprio", "MacDonald"
  // have fewer before it.
  void camel_case_companies_en(std::vector<Candidate>& out) const {
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.last != c.first + 1 || c.origin == Origin::listed || c.origin == Origin::title)
        continue;
      const std::string& w = tok(c.first).key;
      std::size_t small = 0;
      bool camel = false;
      for (std::size_t k = 1; k < w.size() && !camel; ++k) {
        const char ch = w[k];
        if (ch >= 'a' && ch <= 'z') {
          ++small;
        } else if (ch >= 'A' && ch <= 'Z') {
          camel = small >= 3;
          small = 0;
        } else {
          small = 0;
        }
      }
      if (camel && !(tc_.flags(c.first) & (kFirstName | kLastName))) c.type = ActorType::organization;
    }
  }

  // English: a single capitalised word the tagger alone calls a name, that is a common English word and
  // on no list of names, places or organisations, is a title's word, no actor ("Mack the Knife", "the
  // album Childhood", "Anger", "Value").
  void drop_common_words_en(std::vector<Candidate>& out) const {
    const auto common = [&](const Candidate& c) {
      if (c.origin != Origin::tagger || c.last != c.first + 1 || c.type == ActorType::media || c.type == ActorType::person)
        return false;
      const std::uint32_t i = c.first;
      return tc_.capitalized(i) && !tok(i).all_caps && (tc_.lower_flags(i) & kCommonEn) && !club_name_en(tok(i).key) &&
             !(tc_.flags(i) & (kFirstName | kLastName | kPlace | kOrganization | kMedia | kNationalityEn | kOrgWordEn));
    };
    out.erase(std::remove_if(out.begin(), out.end(), common), out.end());
  }

  // English: a common noun written as an acronym is no actor ("sales of PCs and DVDs", "GDP grew 3%",
  // "RFID tags", "HD-DVD"), whatever type the tagger gives it; names of more words keep it ("Sony PC
  // division").
  void drop_common_acronyms_en(std::vector<Candidate>& out) const {
    static const WordSet kAcronyms(word_list("en/common-acronyms"));
    // (One written word of such acronyms and hyphens too: "HD-DVD".)
    // (No person's name ends in one: "Blu-ray DVD", "the first Harry Potter DVD".)
    const auto acronym = [&](const Candidate& c) {
      if (c.type == ActorType::media) return false;
      const std::string& last = tok(c.last - 1).key;
      if (c.type == ActorType::person && in_list(last.substr(0, last.size() - possessive_length(last)), kAcronyms))
        return true;
      for (std::uint32_t i = c.first; i < c.last; ++i) {
        const std::string& key = tok(i).key;
        if (i > c.first && !joined(i - 1, i)) return false;
        if ((i - c.first) % 2 == 1 ? !hyphen(i)
                                   : !in_list(key.substr(0, key.size() - possessive_length(key)), kAcronyms))
          return false;
      }
      return true;
    };
    out.erase(std::remove_if(out.begin(), out.end(), acronym), out.end());
  }

  // English: a US broadcaster's call sign joined by a hyphen to its town or its medium is the broadcaster,
  // a medium: "a BBC World Service and WGBH-Boston co-production", "KFBB-TV" (the tagger calls it a person).
  // The sign is four capitals opening with K or W, as US stations' are (not three: "WTO", "KGB"); the part
  // after the hyphen a listed town or "TV", "FM", "AM".
  void call_sign_stations_en(std::vector<Candidate>& out) const {
    for (Candidate& c : out) {
      if (c.type == ActorType::media || c.last != c.first + 3 || !hyphen(c.first + 1) ||
          !joined(c.first, c.first + 1) || !joined(c.first + 1, c.first + 2))
        continue;
      const std::string& sign = tok(c.first).key;
      if (sign.size() != 4 || !tok(c.first).all_caps || (sign[0] != 'K' && sign[0] != 'W')) continue;
      const std::uint32_t after = c.first + 2;
      if (!tc_.capitalized(after) ||
          !(one_of(tok(after).key, {"TV", "FM", "AM"}) || (tc_.flags(after) & (kPlace | kFirstName)) == kCity))
        continue;
      c.type = ActorType::media;
    }
  }

  // English: an organisation's name that runs on into a person's, a listed first name and a surname after the
  // word that closes the organisation's name, is two names: "The Royal Society Martin Rees said", "the Child
  // Support Agency Doug Smith" (the tagger's one organisation). A first name opens the person's part, one or
  // two name parts follow it.
  void people_after_organisations_en(std::vector<Candidate>& out) const {
    std::vector<Candidate> made;
    for (Candidate& c : out) {
      if (c.type != ActorType::organization || c.last < c.first + 3) continue;
      for (std::uint32_t j = c.first + 1; j + 1 < c.last; ++j) {
        if (!(tc_.flags(j - 1) & (kOrgWordEn | kOrgFinalEn)) || !tc_.capitalized(j - 1) || tok(j - 1).all_caps ||
            !(tc_.flags(j) & kFirstName) || (tc_.flags(j) & (kPlace | kOrganization | kOrgWordEn | kOrgFinalEn)) ||
            c.last - j > 3)
          continue;
        bool names = true;
        for (std::uint32_t k = j + 1; k < c.last && names; ++k)
          names = (name_part(k) || surname_after_first(k)) && !(tc_.flags(k) & (kOrgWordEn | kOrgFinalEn | kCountry | kRegion));
        if (!names) continue;
        Candidate person{j, c.last, doc_.token_span(j, c.last), ActorType::person, text(j, c.last), Origin::name};
        trim_possessive(&person);
        c.last = j;
        c.span = doc_.token_span(c.first, c.last);
        c.name = text(c.first, c.last);
        made.push_back(std::move(person));
        break;
      }
    }
    merge_in_order(out, made);
  }

  // English: a listed outlet's one-word name that is an English word here is none: in lower case ("first-choice
  // kicker Stephen Jones": the German magazine kicker), or the surname of a person the text names in full
  // ("Howard Stern … Stern will join": the magazine Stern), who it is then.
  void outlet_words_en(std::vector<Candidate>& out) const {
    const std::unordered_set<std::string> surnames = words_of_full_names(out, true);
    std::vector<Candidate> kept;
    kept.reserve(out.size());
    for (Candidate& c : out) {
      if (c.type == ActorType::media && c.last == c.first + 1 && tc_.word(c.first)) {
        const Token& t = tok(c.first);
        if (!t.upper && !(tc_.flags(c.first) & kAgency) && ((tc_.lower_flags(c.first) & kCommonEn) || t.pos == Upos::NOUN))
          continue;  // (not an agency written so: "dpa")
        const std::string stem = t.key.substr(0, t.key.size() - possessive_length(t.key));
        if (t.upper && !t.all_caps && surnames.count(stem) && !(tc_.flags(c.first) & (kFirstName | kPlace))) {
          bool person = false;  // (the surname of a person, not the first word of one: "Howard Stern")
          for (const Candidate& d : out)
            person = person || (d.type == ActorType::person && d.last > d.first + 1 && tok(d.last - 1).key == stem);
          if (person) c.type = ActorType::person;
        }
      }
      kept.push_back(std::move(c));
    }
    out.swap(kept);
  }

  // English: a one-word place no list knows as a place that speaks ("Parry said", "said Souness", "Yukos
  // said") is no place, here and wherever the text so names it: a place that speaks is a listed country or
  // town ("Britain said").
  void speaking_places_en(std::vector<Candidate>& out) const {
    const auto unlisted_place = [&](const Candidate& c) {
      return c.type == ActorType::location && c.last == c.first + 1 && c.origin != Origin::listed &&
             tc_.capitalized(c.first) && !tok(c.first).all_caps &&
             !((tc_.flags(c.first) | lex_.flags(tok(c.first).key)) & (kPlace | kOrganization | kMedia | kOrgWordEn));
    };
    // (The one that speaks may be a person already, by a guess: "Sloncek said", after "the nickname Sloncek".)
    std::unordered_set<std::string> speakers;
    for (const Candidate& c : out) {
      Candidate as_place = c;
      as_place.type = ActorType::location;
      if ((c.type != ActorType::location && c.type != ActorType::person) || !unlisted_place(as_place)) continue;
      // (Not after a preposition: "The Archbishop of Canterbury said".)
      if (c.first > 0 && (tc_.preposition(c.first - 1) || tc_.punct(c.first - 1, "'"))) continue;
      const bool before_verb = c.last < n_ && same_line(c.first, c.last) && tc_.speech_verb(c.last);
      // (A naming participle names, no one speaks: "the city was called Quirksville".)
      const bool after_verb = c.first > 0 && same_line(c.first - 1, c.first) && tc_.speech_verb(c.first - 1) &&
                              !one_of(tok(c.first - 1).lower, {"called", "named", "dubbed", "nicknamed", "titled", "entitled", "termed"}) &&
                              (c.last >= n_ || tc_.punct(c.last, ".") || tc_.punct(c.last, ","));
      if (before_verb || after_verb) speakers.insert(tok(c.first).key);
    }
    if (speakers.empty()) return;
    // A person when a list has the word as a name or the text names someone in full with it ("Graeme Souness …
    // said Souness"); else, most often, a company or a council ("Yukos said", "Lycos said", "Powys said"; a
    // surname alone no list knows, "Parry said", is taken for one too).
    // (First words too: "Haitham bin Tariq … Haitham said".)
    const std::unordered_set<std::string> surnames = words_of_full_names(out, true);
    for (Candidate& c : out)
      if (unlisted_place(c) && speakers.count(tok(c.first).key))
        c.type = (tc_.flags(c.first) & (kFirstName | kLastName)) || surnames.count(tok(c.first).key)
                     ? ActorType::person
                     : ActorType::organization;
  }

  // English: a storm is no actor: "Hurricane Katrina", and "Katrina" wherever the text so names a storm.
  void drop_storms(std::vector<Candidate>& out) const {
    static const WordSet kStormWords(word_list("en/storm-words"));
    const auto storm_word = [&](std::uint32_t i) { return in_list(tok(i).key, kStormWords); };
    std::unordered_set<std::string> storms;
    for (std::uint32_t i = 0; i + 1 < n_; ++i)
      if (storm_word(i) && same_line(i, i + 1) && tc_.capitalized(i + 1)) storms.insert(tok(i + 1).key);
    if (storms.empty()) return;
    const auto storm = [&](const Candidate& c) {
      const std::uint32_t name = storm_word(c.first) ? c.first + 1 : c.first;
      if (name + 1 != c.last) return false;
      const std::string& key = tok(name).key;
      const std::size_t pl = possessive_length(key);
      return storms.count(key) > 0 || (pl > 0 && storms.count(key.substr(0, key.size() - pl)) > 0);
    };
    out.erase(std::remove_if(out.begin(), out.end(), storm), out.end());
  }

  // The first words (and with `last`, the last words too) of the people's names of more than one word: a
  // word that stands alone for an award, a club or a nationality is a person's where the text names one so.
  std::unordered_set<std::string> words_of_full_names(const std::vector<Candidate>& out, bool last) const {
    std::unordered_set<std::string> words;
    for (const Candidate& c : out)
      if (c.type == ActorType::person && c.last > c.first + 1) {
        words.insert(tok(c.first).key);
        if (last) words.insert(tok(c.last - 1).key);
      }
    return words;
  }

  // English: a club's name alone that is also a first name or a common word is the club ("lost sponsorship
  // deals with Chelsea and Celtic", "Arsenal beat Spurs"), unless the text names a person so.
  static bool club_name_en(std::string_view key) {
    static const WordSet kClubs(word_list("en/club-names"));
    return in_list(key, kClubs);
  }
  void clubs_en(std::vector<Candidate>& out) const {
    const std::unordered_set<std::string> first_words = words_of_full_names(out, false);
    for (Candidate& c : out)
      if (c.last == c.first + 1 && c.type != ActorType::media && club_name_en(tok(c.first).key) &&
          !first_words.count(tok(c.first).key))
        c.type = ActorType::organization;
  }

  // English: a word for a thing alone is no actor (en/non-actor-words: "the Sony Walkman", "a Trojan that steals
  // passwords", "an Achilles tendon injury"), unless the text names a person so ("Carlo Trojan ... Trojan").
  void drop_non_actor_words_en(std::vector<Candidate>& out) const {
    static const WordSet kWords(word_list("en/non-actor-words"));
    const std::unordered_set<std::string> name_words = words_of_full_names(out, true);
    const auto thing = [&](const Candidate& c) {
      if (c.type == ActorType::media || c.last != c.first + 1) return false;
      const std::string& key = tok(c.first).key;
      const std::string stem = key.substr(0, key.size() - possessive_length(key));
      return in_list(stem, kWords) && !name_words.count(stem) && !name_words.count(key);
    };
    out.erase(std::remove_if(out.begin(), out.end(), thing), out.end());
  }
  // English: letters after a name for an office, a rank at the bar or an honour alone are no actor
  // (en/post-nominals: "Guy Mansfield QC", "the Salford MP", "was made an OBE"; the tagger's organisations),
  // nor part of the name before them.
  // Before a silk's or an honour's letters (not an MP's: "the Salford MP") two capitalised words are a
  // person's name, though the second is a listed town ("Guy Mansfield QC": Mansfield was a place).
  void drop_post_nominals_en(std::vector<Candidate>& out) const {
    static const WordSet kPostNominals(word_list("en/post-nominals"));
    const auto post_nominal = [&](std::uint32_t i) { return tok(i).all_caps && in_list(tok(i).key, kPostNominals); };
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.type == ActorType::person || c.type == ActorType::media || c.last != c.first + 1 || c.first == 0 ||
          c.last >= n_ || !same_line(c.first - 1, c.last) || !post_nominal(c.last) || one_of(tok(c.last).key, {"MP", "MPs", "MEP", "MEPs", "MSP", "MSPs"}) ||
          !tc_.capitalized(c.first - 1) || tok(c.first - 1).all_caps || tc_.function_word(c.first - 1) ||
          tc_.title(c.first - 1) || (k > 0 && out[k - 1].last > c.first - 1))
        continue;
      c.first -= 1;
      c.span = doc_.token_span(c.first, c.last);
      c.name = text(c.first, c.last);
      c.type = ActorType::person;
      c.origin = Origin::name;
    }
    // (A name that ends in them ends before them: "The Salford MP" is Salford, a listed place.)
    for (Candidate& c : out) {
      // (One word left only when a listed place: not "Green MEP", "Plaid Cymru MP", a party's.)
      if (c.type == ActorType::media || c.last < c.first + 2 || !post_nominal(c.last - 1) ||
          !tc_.capitalized(c.last - 2) || tok(c.last - 2).all_caps ||
          (c.last == c.first + 2 && !(tc_.flags(c.first) & kPlace)))
        continue;
      c.last -= 1;
      c.span = doc_.token_span(c.first, c.last);
      c.name = text(c.first, c.last);
      if (c.type != ActorType::person && c.last == c.first + 1 && (tc_.flags(c.first) & kPlace))
        c.type = ActorType::location;
    }
    const auto alone = [&](const Candidate& c) {
      return c.type != ActorType::media && c.last == c.first + 1 && post_nominal(c.first);
    };
    out.erase(std::remove_if(out.begin(), out.end(), alone), out.end());
  }
  // English: an award's name alone is no actor ("Oscar hopefuls Mike Leigh and Imelda Staunton", "the
  // Grammys"), unless the text names a person so ("Oscar Pistorius ... Oscar").
  void drop_awards_en(std::vector<Candidate>& out) const {
    static const WordSet kAwards(word_list("en/award-names"));
    const std::unordered_set<std::string> first_words = words_of_full_names(out, false);
    const auto award = [&](const Candidate& c) {
      return c.type != ActorType::media && in_list(c.name, kAwards) && !first_words.count(tok(c.first).key);
    };
    out.erase(std::remove_if(out.begin(), out.end(), award), out.end());
  }

  // English: a noun or an adjective for the people of a country or a faith alone is no actor's name
  // ("Britons would most like …", "As a Scot living in England", "Americans", "the Czech capital", "some
  // Christian teachers"), unless the text names a person so ("Dawn French … French").
  void drop_demonym_nouns_en(std::vector<Candidate>& out) const {
    static const WordSet kDemonyms(word_list("en/demonym-nouns"));
    const std::unordered_set<std::string> name_words = words_of_full_names(out, true);
    const auto demonym = [&](const Candidate& c) {
      if (c.last != c.first + 1 || c.type == ActorType::media || c.origin == Origin::listed) return false;
      const std::string& key = tok(c.first).key;
      // (The adjective itself too: "the Czech capital", "a Spanish firm".)
      const bool nationality = (lex_.flags(key) & kNationalityEn) ||
                               (key.size() > 4 && key.back() == 's' &&
                                (lex_.flags(std::string_view(key).substr(0, key.size() - 1)) & kNationalityEn));
      return (nationality || in_list(key, kDemonyms)) && !name_words.count(key);
    };
    out.erase(std::remove_if(out.begin(), out.end(), demonym), out.end());
  }

  // English: capitalised words between a nationality or a country and a title are the title's portfolio,
  // no person ("German Foreign Minister Joschka Fischer", "German Economy minister Wolfgang Clement"): a
  // person with no first name after its first word ("German" is a listed first name too), a title right
  // after it on the line and a person's name after that.
  // A listed place that opens it stays a place ("US Defence Secretary Donald Rumsfeld").
  // A listed English title, also in lower case after a portfolio ("Economy minister").
  bool title_any_case_en(std::uint32_t i) const {
    if (tc_.title(i)) return true;
    const std::string& key = tok(i).key;
    if (!tc_.word(i) || key.empty() || key[0] < 'a' || key[0] > 'z') return false;
    std::string upper = key;
    upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
    return lex_.flags(upper) & kTitleEn;
  }
  void portfolios_before_titles_en(std::vector<Candidate>& out) const {
    std::vector<Candidate> result;
    result.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      const std::uint32_t title = c.last;
      const bool portfolio = c.type == ActorType::person && c.origin != Origin::listed && c.last > c.first + 1 &&
                             title + 1 < n_ && same_line(title - 1, title) && title_any_case_en(title) &&
                             possessive_length(tok(title - 1).key) == 0 && !has_first_name(c.first + 1, c.last) &&
                             (tc_.flags(c.first) & (kPlace | kNationalityEn)) && k + 1 < out.size() &&
                             out[k + 1].first == title + 1 && out[k + 1].type == ActorType::person;
      if (!portfolio) {
        result.push_back(std::move(c));
        continue;
      }
      if (tc_.flags(c.first) & kPlace)
        result.push_back(Candidate{c.first, c.first + 1, doc_.token_span(c.first, c.first + 1), ActorType::location,
                                   text(c.first, c.first + 1), Origin::listed});
    }
    out.swap(result);
  }

  // English: a name right before a word that closes the name of a competition, a prize or a law is no
  // actor there ("Davis Cup", "Sarbanes-Oxley Act", "the Turner Prize"), nor is a person's name that ends
  // in one ("the Brit Awards", "the Marshall Plan", "The Catherine Tate Show": the tagger's person).
  void drop_named_events_en(std::vector<Candidate>& out) const {
    static const WordSet kEventWords(word_list("en/event-words"));
    const auto event = [&](const Candidate& c) {
      if (c.type == ActorType::person && c.last > c.first + 1 && tc_.capitalized(c.last - 1)) {
        const std::string& key = tok(c.last - 1).key;
        if (in_list(key.substr(0, key.size() - possessive_length(key)), kEventWords)) return true;
      }
      return (c.type == ActorType::person || c.origin == Origin::tagger || c.origin == Origin::guess) &&
             c.last < n_ && same_line(c.last - 1, c.last) && tc_.word(c.last) && tc_.capitalized(c.last) &&
             possessive_length(tok(c.last - 1).key) == 0 && in_list(tok(c.last).key, kEventWords);
    };
    out.erase(std::remove_if(out.begin(), out.end(), event), out.end());
  }

  // English: a name right after a compass word in lower case is a place ("a small east Devon village",
  // "whose members met in south Devon", "north-west London"), not a person: people are never so placed.
  // (Not "central": "the central Interior Ministry".)
  void places_after_compass_words_en(std::vector<Candidate>& out) const {
    static constexpr std::string_view kCompass[] = {"north",      "south",      "east",       "west",
                                                    "north-east", "north-west", "south-east", "south-west",
                                                    "northern",   "southern",   "eastern",    "western"};
    for (Candidate& c : out) {
      if (c.type != ActorType::person || c.first == 0 || c.last > c.first + 2) continue;
      const std::uint32_t p = c.first - 1;
      if (!tc_.word(p) || !same_line(p, c.first) || !tok(c.first).space_before) continue;
      const std::string& w = tok(p).key;
      if (std::find(std::begin(kCompass), std::end(kCompass), w) != std::end(kCompass)) c.type = ActorType::location;
    }
  }

  // English: a one-word organisation or place by the tagger's guess alone that is the surname of a person
  // named before with a listed first name is that person ("The movie's star Don Cheadle ... Cheadle's wife
  // Tatiana", "Jose Mourinho ... Mourinho's reaction"): a word that a list has as an organisation, a place
  // or a medium, or an organisation's word, stays, but for a listed town (below).
  void surnames_of_people_named_before_en(std::vector<Candidate>& out) const {
    std::unordered_set<std::string> surnames;
    for (Candidate& c : out) {
      // (No organisation's word in the name: "Paris Police Prefecture" is none.)
      if (c.type == ActorType::person && c.last >= c.first + 2 && (tc_.flags(c.first) & kFirstName) &&
          !holds_org_word(c) && tc_.capitalized(c.last - 1)) {
        const std::string& key = tok(c.last - 1).key;
        surnames.insert(key.substr(0, key.size() - possessive_length(key)));
        continue;
      }
      if ((c.type != ActorType::organization && c.type != ActorType::location) || c.last != c.first + 1) continue;
      const std::string& key = tok(c.first).key;
      const std::string stem = key.substr(0, key.size() - possessive_length(key));
      if (!surnames.count(stem) || tok(c.first).all_caps) continue;
      const std::uint64_t flags = lex_.flags(stem) | tc_.flags(c.first);
      // A listed town (no country, region, organisation or medium), not after a preposition: the person too
      // ("Lindsay Davenport … Davenport said", "Michael Jackson … Jackson's lawyers"; not "a flight to Davenport").
      const bool town_surname = c.type == ActorType::location &&
                                (flags & (kPlace | kOrganization | kMedia | kOrgWordEn)) == kCity &&
                                !(c.first > 0 && tc_.preposition(c.first - 1));
      if (!town_surname && (c.origin != Origin::tagger || (flags & (kOrganization | kPlace | kMedia | kOrgWordEn))))
        continue;
      c.type = ActorType::person;
    }
  }

  // English: a one-word name no list knows, in a list whose other names are all organisations, at least
  // one of them listed, is an organisation too ("Sony, IBM and Toshiba", "Lucent Technologies, Nortel
  // Networks and Motorola", "Motorola and Apple announced"), not a person or a place by the tagger's guess.
  // The list is names joined by commas, "and" or "or", with "and" or "or" in it; a possessive or a title
  // after a name ends it.
  void organisations_in_lists_en(std::vector<Candidate>& out) const {
    std::vector<std::int32_t> at(n_, -1);  // the candidate covering each token
    for (std::size_t k = 0; k < out.size(); ++k)
      for (std::uint32_t i = out[k].first; i < out[k].last && i < n_; ++i) at[i] = static_cast<std::int32_t>(k);
    const auto conjunction = [&](std::uint32_t i) { return tc_.word(i) && (tok(i).key == "and" || tok(i).key == "or"); };
    const auto joiner = [&](std::uint32_t i) { return tc_.punct(i, ",") || conjunction(i); };
    std::vector<std::size_t> retype;
    for (std::size_t k = 0; k < out.size(); ++k) {
      const Candidate& c = out[k];
      if ((c.type != ActorType::person && c.type != ActorType::location) || c.last != c.first + 1 ||
          (c.origin != Origin::tagger && c.origin != Origin::guess) ||
          (tc_.flags(c.first) & (kFirstName | kLastName | kPlace | kNationalityEn)) ||
          possessive_length(tok(c.first).key) > 0)
        continue;
      bool and_or = false, listed = false, others = false, all_orgs = true;
      for (int dir = -1; dir <= 1 && all_orgs; dir += 2) {
        std::uint32_t edge = c.first;
        while (all_orgs) {
          const std::int64_t jn = static_cast<std::int64_t>(edge) + dir;
          if (jn < 1 || jn + 1 >= n_) break;
          const std::uint32_t j = static_cast<std::uint32_t>(jn);
          if (!joiner(j)) break;
          const std::uint32_t w = dir < 0 ? j - 1 : j + 1;
          // (", and": the comma and the conjunction join as one)
          std::uint32_t ww = w;
          if (tc_.punct(j, ",") && dir > 0 && conjunction(w) && w + 1 < n_) ww = w + 1;
          if (conjunction(j) && dir < 0 && tc_.punct(w, ",") && w > 0) ww = w - 1;
          if (at[ww] < 0 || !same_line(std::min(edge, ww), std::max(edge, ww))) break;
          const Candidate& e = out[static_cast<std::size_t>(at[ww])];
          if (possessive_length(tok(e.last - 1).key) > 0 && dir > 0) break;
          // (An organisation before a title is a person's: "Ratcliffe and FBI director Christopher Wray".)
          if (e.last < n_ && same_line(e.last - 1, e.last) && title_any_case_en(e.last)) break;
          if (e.type != ActorType::organization) {
            all_orgs = false;
            break;
          }
          others = true;
          listed = listed || e.origin == Origin::listed;
          and_or = and_or || conjunction(j) || ww != w;
          edge = dir < 0 ? e.first : e.last - 1;
        }
      }
      if (all_orgs && others && listed && and_or) retype.push_back(k);
    }
    for (const std::size_t k : retype) out[k].type = ActorType::organization;
  }

  // English: a name that stops at a hyphen inside a written word goes on to the word's end, over a
  // capitalised part no list has as a place, a nationality, an organisation or a club ("Wal" + "-Mart" of "Wal-Mart" was an
  // organisation "Wal" and a person "Mart"); a name of the part after the hyphen is taken in. Places joined
  // so stay apart ("a London-Frankfurt merger").
  void whole_hyphenated_names_en(std::vector<Candidate>& out) const {
    const auto part_ok = [&](std::uint32_t j) {
      return tc_.word(j) && tc_.capitalized(j) && !tok(j).all_caps &&
             !(tc_.flags(j) & (kPlace | kNationalityEn | kOrganization)) && !club_name_en(tok(j).key) &&
             !tc_.function_word(j) && !tc_.title(j);
    };
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.last == 0 || c.type == ActorType::media || c.last + 1 >= n_) continue;
      const std::uint32_t h = c.last, j = c.last + 1;
      if (!hyphen(h) || !joined(h - 1, h) || !joined(h, j) || !part_ok(j) || !part_ok(c.last - 1)) continue;
      if (possessive_length(tok(c.last - 1).key) > 0) continue;
      // (The word ends there: nothing but punctuation glued after the part.)
      if (j + 1 < n_ && joined(j, j + 1) && tok(j + 1).kind != TokenKind::punct) continue;
      if (j + 1 < n_ && hyphen(j + 1) && joined(j, j + 1)) continue;
      const bool next_is_part = k + 1 < out.size() && out[k + 1].first == j;
      if (next_is_part && out[k + 1].last != j + 1) continue;
      if (!next_is_part && k + 1 < out.size() && out[k + 1].first <= j) continue;
      // (Two names of their own stay apart: "the merged Gazprom-Rosneft group", "Tory-Labour", "Manchester
      // United-Arsenal"; a person's part makes a person: "Wright-Phillips".)
      if (next_is_part && (c.origin == Origin::listed || out[k + 1].origin == Origin::listed ||
                           (c.type == ActorType::organization && out[k + 1].type == ActorType::organization)))
        continue;
      if (next_is_part && out[k + 1].type == ActorType::person) c.type = ActorType::person;
      if (next_is_part) out[k + 1].last = 0;
      c.last = j + 1;
      c.span = doc_.token_span(c.first, c.last);
      c.name = text(c.first, c.last);
      trim_possessive_any(&c);
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const Candidate& c) { return c.last == 0; }), out.end());
  }

  // English: two capitalised words whose plural is a listed organisation are the organisation in the
  // singular ("Lib Dem spokesman Mark Oaten", "the Lib Dem stance" of the listed "Lib Dems"), not a person
  // "Lib" and a person "Dem": the words' own names go.
  void singular_of_listed_organisations_en(std::vector<Candidate>& out) const {
    std::vector<Candidate> added;
    for (std::uint32_t i = 0; i + 1 < n_; ++i) {
      const std::string& second = tok(i + 1).key;
      if (!tc_.word(i) || !tc_.word(i + 1) || !tc_.capitalized(i) || !tc_.capitalized(i + 1) || tok(i).all_caps ||
          !same_line(i, i + 1) || second.empty() || second.back() == 's' ||
          !(lex_.phrase_flags(tok(i).key + " " + second + "s") & kOrganization))
        continue;
      bool taken = false;  // (a longer name over both words stays: "Lib Dem officials")
      for (const Candidate& c : out)
        if (c.first < i + 2 && c.last > i && (c.first < i || c.last > i + 2)) taken = true;
      if (taken) continue;
      out.erase(std::remove_if(out.begin(), out.end(), [&](const Candidate& c) { return c.first < i + 2 && c.last > i; }),
                out.end());
      added.push_back(Candidate{i, i + 2, doc_.token_span(i, i + 2), ActorType::organization, text(i, i + 2),
                                Origin::listed});
      ++i;
    }
    merge_in_order(out, added);
  }

  // English: "Bill" closing a name, no first name after it, is a bill before parliament, no actor
  // ("the Mental Capacity Bill", "The Bill now faces opposition", "the Finance Bill"; not "Oh no Bill"), nor is the name
  // before it ("the Crossrail Link Bill"): a person so named has a first name before "Bill" ("Sonny Bill
  // Williams", "Sir Bill Morris", "Bill Clinton" go on with a capitalised word).
  bool bill_at_en(std::uint32_t b) const {
    if (b >= n_ || !tc_.word(b) || (tok(b).key != "Bill" && tok(b).key != "Bills")) return false;
    return b + 1 >= n_ || !same_line(b, b + 1) || !tc_.capitalized(b + 1) || !tc_.word(b + 1);
  }
  void drop_bills_en(std::vector<Candidate>& out) const {
    const auto bill = [&](const Candidate& c) {
      if (c.type == ActorType::media) return false;
      // The name before "Bill": "Crossrail Link" + "Bill".
      if (c.origin != Origin::listed && c.last < n_ && same_line(c.last - 1, c.last) && bill_at_en(c.last) &&
          possessive_length(tok(c.last - 1).key) == 0 && tc_.capitalized(c.last - 1) && !tc_.title(c.last - 1))
        return true;
      const std::uint32_t b = c.last - 1;
      if (!bill_at_en(b) || b == 0) return false;
      const std::uint32_t p = b - 1;  // the word before "Bill", in the name or before it
      if (!same_line(p, b)) return false;
      // "the National Health Service (Miscellaneous Provisions) Bill": a closing bracket.
      if (b == c.first && tc_.punct(p, ")")) return true;
      // (A title after another capitalised word is a law's word: "the Criminal Justice Bill".)
      const bool title = tc_.title(p) && !(p > 0 && same_line(p - 1, p) && tc_.word(p - 1) && tc_.capitalized(p - 1) &&
                                           !tc_.title(p - 1) && !sentence_initial(p - 1));
      if (!tc_.word(p) || title || possessive_length(tok(p).key) > 0) return false;
      if (b > c.first) return !(tc_.flags(p) & kFirstName) && tc_.capitalized(p);
      // "Bill" alone: after a capitalised word, a determiner ("the Bill") or an adjective ("a hybrid Bill").
      static constexpr std::string_view kDeterminers[] = {"the", "a", "this", "that", "its", "their"};
      return (tc_.capitalized(p) && !(tc_.flags(p) & kFirstName) && !sentence_initial(p)) ||
             (tok(p).pos == Upos::ADJ && !tc_.capitalized(p)) ||
             std::find(std::begin(kDeterminers), std::end(kDeterminers), tok(p).lower) != std::end(kDeterminers);
    };
    out.erase(std::remove_if(out.begin(), out.end(), bill), out.end());
  }

  // English words that end the name of a place, a road or a building ("Euphrates River", "Dallas
  // Street", "Symphony Auditorium", "Air Force Base", South Asian "Kalma Chowk", a square).
  static bool place_word_en(std::string_view key) {
    static const WordSet kPlaceWords(word_list("en/place-words"));
    return in_list(key, kPlaceWords);
  }
  // "Gulf of Mexico", "Bay of Bengal": a place word, "of" and a listed place.
  static bool place_of_en(std::string_view key) {
    static const WordSet kPlaceOfWords(word_list("en/place-of-words"));
    return in_list(key, kPlaceOfWords);
  }
  // English: a name directly followed by a place word is the place ("Tampa" + "Bay", "GG" + "Bridge",
  // "Dallas" + "Street"), and a place word alone takes the capitalised word before it.
  void english_place_names(std::vector<Candidate>& out) const {
    for (std::size_t k = 0; k < out.size(); ++k) {
      Candidate& c = out[k];
      if (c.last == 0 || c.type == ActorType::media || (c.origin == Origin::listed && c.last > c.first + 1)) continue;
      const std::uint32_t next_first = k + 1 < out.size() ? out[k + 1].first : n_;
      const bool possessive = possessive_length(tok(c.last - 1).key) > 0;
      std::uint32_t last = c.last;
      if (!possessive && last < next_first && same_line(last - 1, last) && tc_.capitalized(last) &&
          !tok(last).all_caps && place_word_en(tok(last).key))
        ++last;
      else if (!possessive && place_of_en(tok(last - 1).key) && last + 1 < n_ && last < next_first &&
               same_line(last - 1, last) && tc_.is(last, "of") && same_line(last, last + 1) &&
               (tc_.flags(last + 1) & kPlace) && tc_.capitalized(last + 1) &&
               (next_first > last + 1 || (out[k + 1].last == last + 2 && out[k + 1].type == ActorType::location))) {
        last += 2;
        if (next_first == last - 1) out[k + 1].last = 0;  // the place after "of" is inside this name now
      }
      std::uint32_t first = c.first;
      const std::uint32_t prev_last = k > 0 ? out[k - 1].last : 0;
      if (last == c.last && c.last == c.first + 1 && place_word_en(tok(c.first).key) && first > prev_last &&
          same_line(first - 1, first) && tc_.capitalized(first - 1) && !tc_.function_word(first - 1) &&
          !sentence_initial(first - 1) && !tc_.title(first - 1))
        --first;
      if (first == c.first && last == c.last) {
        // A person's "name" ending in a place word is the place: "Dallas Street".
        // ... and so is an organisation's by the rules' or the tagger's guess: "Orchestra Hall".
        // (Not "Keys" after a listed first name, a surname as often as a place word: "Alicia Keys", "Madison
        // Keys"; "the Florida Keys" has no first name.)
        const bool surname_keys = c.type == ActorType::person && c.last == c.first + 2 &&
                                  tok(c.last - 1).key == "Keys" && (tc_.flags(c.first) & (kFirstName | kPlace)) == kFirstName;
        if ((c.type == ActorType::person || (c.type == ActorType::organization && c.origin != Origin::listed)) &&
            c.last > c.first + 1 && place_word_en(tok(c.last - 1).key) && !surname_keys)
          c.type = ActorType::location;
        // "St. Thomas", "St. Louis": "St." and one name is a place (a saint's name gives towns, islands
        // and quarters theirs), not an organisation by the tagger's guess ("St. Thomas University" is one).
        if (c.type == ActorType::organization && c.origin != Origin::listed && c.last == c.first + 3 &&
            tok(c.first).key == "St" && tc_.punct(c.first + 1, ".") && tc_.capitalized(c.first + 2) &&
            !org_word(c.first + 2))
          c.type = ActorType::location;
        continue;
      }
      if (last - first > kMaxNameTokens) continue;
      c.first = first;
      c.last = last;
      c.span = doc_.token_span(first, last);
      c.name = text(first, last);
      c.type = ActorType::location;
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const Candidate& c) { return c.last == 0; }), out.end());
  }

  static bool software(std::string_view key) {
    static const WordSet kSoftware(word_list("orgs/software"));
    return in_list(key, kSoftware);
  }


  // Scratch space for phrase_at, kept to save an allocation per token.
  mutable std::vector<std::string> first_forms_, last_forms_;
  // Tokens (by Token::same) whose form starts no listed phrase of 2+ words.
  mutable std::vector<std::int8_t> no_phrase_;
  // propn_word's answers for a form, by its first token: -1 not known yet.
  mutable std::vector<std::int8_t> propn_form_;

  // "Doris Day's career": the possessive ending is no part of the name.
  void trim_possessive(Candidate* c) const {
    if (c->type == ActorType::person || steps_.possessive_off_any_name) trim_possessive_any(c);
  }
  void trim_possessive_any(Candidate* c) const {
    if (c->last <= c->first) return;
    const std::string& key = tok(c->last - 1).key;
    const std::size_t n = possessive_length(key);
    if (n > 0 && key.size() > n + 1 && possessive_length(c->name) == n) {
      c->span.end -= static_cast<std::uint32_t>(n);
      c->name.resize(c->name.size() - n);
    }
  }

  // German: a dateline in mixed case, opening a sentence, is a place: the town up to a "/" or a dash with a
  // space on either side, then the report's first word ("Neusiedl am See/Eisenstadt – Im Zusammenhang …",
  // "Weiz – Der Bürgermeister …"); capitalised words and the particles of town names ("am See", "an der
  // Donau"), not a listed name or a noun ("Etappe – ").
  bool dateline_de(std::uint32_t i, Candidate* c) const {
    const std::uint32_t end = dateline_end(i);
    if (end == i) return false;
    *c = {i, end, doc_.token_span(i, end), ActorType::location, text(i, end), Origin::listed};
    return true;
  }
  std::uint32_t dateline_end(std::uint32_t i) const {
    if (!tok(i).upper || tok(i).all_caps || !sentence_initial(i) || (tc_.flags(i) & (kFirstName | kLastName)) ||
        tc_.common_noun(i) || noun_compound_de(i))
      return i;
    std::uint32_t end = i, k = i;
    while (k < n_ && k < i + 6 && (k == i || same_line(k - 1, k))) {
      if (tc_.word(k) && tc_.capitalized(k) && !tc_.function_word(k)) {
        end = ++k;
      } else if (tc_.word(k) && k > i && one_of(tok(k).lower, {"am", "an", "der", "im", "ob", "bei", "in"})) {
        ++k;
      } else {
        break;
      }
    }
    if (end == i || end != k) return i;
    std::uint32_t d = end;
    if (d < n_ && tc_.punct(d, "/") && same_line(d - 1, d)) {  // "Neusiedl am See/Eisenstadt": the first place
      ++d;
      while (d < n_ && d < end + 4 && tc_.word(d) && tc_.capitalized(d) && same_line(d - 1, d)) ++d;
    }
    const bool dash = d + 1 < n_ && (tc_.punct(d, "\u2013") || tc_.punct(d, "-")) && tok(d).space_before &&
                      tok(d + 1).space_before && same_line(d - 1, d) && tc_.capitalized(d + 1);
    return dash ? end : i;
  }

  bool candidate_at(std::uint32_t i, Candidate* c) const {
    const Token& t = tok(i);
    if (t.kind != TokenKind::word) return false;

    // 0. A byline and a dateline, in capitals at the start of a line: "By MARK LOWEN", "Von ANNA
    //    MÜLLER" name the reporter; "BERLIN (dpa) -", "KHARTOUM (Reuters) -" the place of the report.
    if (t.all_caps && line_start(i) && capitals_to(i) > i) {
      const std::uint32_t end = capitals_to(i);
      if (end < n_ && same_line(end - 1, end) &&
          (tc_.punct(end, "(") || hyphen(end) || tc_.punct(end, "\u2013") || tc_.punct(end, "\u2014") ||
           tc_.punct(end, ","))) {
        *c = {i, end, doc_.token_span(i, end), ActorType::location, text(i, end), Origin::listed};
        return true;
      }
    }
    if (t.all_caps && i > 0 && line_start(i - 1) && one_of(tok(i - 1).key, {"By", "BY", "Von", "VON", "Text:"})) {
      const std::uint32_t end = capitals_to(i);
      if (end > i + 1 && end <= i + 4 && (end == n_ || !same_line(end - 1, end))) {
        *c = {i, end, doc_.token_span(i, end), ActorType::person, text(i, end), Origin::name};
        return true;
      }
    }
    // 1. Gazetteer phrases of several tokens: "Vereinte Nationen", "New York Times",
    //    also declined in German ("der Süddeutschen Zeitung", "des Deutschen Wetterdienstes").
    if (phrase_at(i, c)) return (c->origin = Origin::listed, true);
    // The names a language writes its own way (English: "in kerala", "bin Laden").
    for (const FindStep step : steps_.own_spelling)
      if ((this->*step)(i, c)) return true;
    // A name in lower case: a listed one ("dpa", "taz", "eBay", "ver.di"); any other lower-case word is
    // the language's to judge (German: a web site that reports, "ndr.de").
    if (!t.upper && !(t.key_flags & (kMedia | kOrganization))) return (this->*steps_.lower_case_name)(i, c);

    const std::uint64_t f = t.key_flags;
    // 2. People: a first name followed by more name parts.
    if ((f & kFirstName) && name_part(i)) {
      const std::uint32_t end = extend_name(i);
      if (end > i + 1) {
        *c = {i, end, doc_.token_span(i, end), ActorType::person, text(i, end)};
        c->origin = Origin::name;
        return true;
      }
    }
    // 3. People: a title followed by a name ("Verteidigungsminister Beloussow", "President Trump").
    if (abbreviation(i)) return false;
    if (i > 0 && (this->*steps_.title_before)(i) && same_line(i - 1, i) && name_part(i) &&
        !(f & (kPlace | kOrganization | kMedia))) {
      const std::uint32_t end = extend_name(i);
      *c = {i, end, doc_.token_span(i, end), ActorType::person, text(i, end)};
      c->origin = Origin::title;
      return true;
    }
    // 3b-4. Names told by their form, the language's own rules: German sports clubs, streets and
    //    organisation words ("VfL Osnabrück", "Knoopstraße", "Verteidigungsministerium", "Deutsche Bank AG"),
    //    English publications, places and organisation names ("Jakarta Post", "Home Office").
    for (const FindStep step : steps_.by_form)
      if ((this->*step)(i, c)) return true;
    // 5. Places, organisations and media by name, also in the genitive and
    //    as the first part of a compound ("Nordkoreas", "KCNA-Bericht").
    std::string base;
    const std::uint64_t g = base_flags(i, &base);
    if ((g & (kPlace | kOrganization | kMedia)) && !(this->*steps_.listed_as_word)(i, g)) {
      ByteSpan span = doc_.token_span(i, i + 1);
      if (possessive_length(t.key) > 0) span.end = span.begin + static_cast<std::uint32_t>(base.size());
      *c = {i, i + 1, span, type_of(g), base};
      (this->*steps_.grow_listed)(i, c);
      c->origin = Origin::listed;
      return true;
    }
    // 6. Acronyms standing alone: "NEMA", "SPD" (English: only some, acronym_en()).
    if ((this->*steps_.acronym_may_stand)(i) && t.all_caps && t.end - t.begin >= 2 && t.end - t.begin <= 6 &&
        !tc_.function_word(i) &&
        !(tc_.lower_flags(i) & (kCommonEn | kFunctionEn | kFunctionDe)) && !roman_numeral(t.key) &&
        !(hyphen(i + 1) && joined(i, i + 1))) {
      *c = {i, i + 1, doc_.token_span(i, i + 1), ActorType::organization, t.key};
      c->origin = Origin::acronym;
      return true;
    }
    // 7. A name nobody listed, told by its context: a title before it or a
    //    speech verb after it ("Kim sagte", "said Bash").
    if (name_part(i) && !sentence_initial(i) && !abbreviation(i)) {
      const std::uint32_t end = extend_name(i);
      // "CVP-Ständerat Eugen David": a compound ending in a title is no name.
      {
        std::uint32_t last = i;
        while (last + 2 < n_ && hyphen(last + 1) && joined(last, last + 1) && joined(last + 1, last + 2)) last += 2;
        if (last > i && tc_.title(last)) return false;
      }
      if ((this->*steps_.description_before_name)(i, end)) return false;
      const bool speaks = end < n_ && same_line(end - 1, end) && tc_.speech_verb(end);
      const bool spoken_of = i > 0 && tc_.speech_verb(i - 1);
      const bool known_surname = (f & kLastName) != 0 && !(this->*steps_.surname_is_noun)(i);
      if (speaks || spoken_of || known_surname || end > i + 1) {
        const bool place_context = i > 0 && tc_.word(i - 1) &&
                                   one_of(tok(i - 1).lower, {"in", "nach", "aus", "bei", "near", "at", "from"});
        const ActorType type = place_context && end == i + 1 ? ActorType::location : ActorType::person;
        *c = {i, end, doc_.token_span(i, end), (this->*steps_.guessed_type)(i, end, type), text(i, end)};
        c->origin = Origin::guess;
        return true;
      }
    }
    // 7b-8. Names the language tells by their context alone (German: "Zabels Entscheidung",
    //    "Güllner : ...", "Kolb war").
    for (const FindStep step : steps_.by_context)
      if ((this->*step)(i, c)) return true;
    if (name_part(i) && sentence_initial(i) && i + 1 < n_ && same_line(i, i + 1) && tc_.speech_verb(i + 1) &&
        !tc_.pronoun(i)) {
      *c = {i, i + 1, doc_.token_span(i, i + 1), ActorType::person, t.key};
      c->origin = Origin::guess;
      return true;
    }
    return false;
  }

  // The steps of candidate_at() and merge_entities() that differ by language, as the language's own
  // functions and step lists (as MergePolicy holds what differs in how far the tagger is trusted):
  // the shared code runs them where they belong and tests no language flag. A find step returns true
  // when it made a candidate at token i (with its origin); else the next step runs.
  using FindStep = bool (ActorFinder::*)(std::uint32_t, Candidate*) const;
  using TidyStep = void (ActorFinder::*)(std::vector<Candidate>&) const;
  struct LanguageSteps {
    // Names and their edges.
    bool (ActorFinder::*no_surname_after_first)(std::uint32_t) const;  // token j is no surname after a first name
    bool (ActorFinder::*common_word_in_name)(std::uint32_t) const;     // a capitalised common word: no name part
    bool (ActorFinder::*new_name_at)(std::uint32_t, std::uint32_t) const;  // a name from first starts anew at end
    bool (ActorFinder::*particle_joins)(std::uint32_t) const;  // the particle at token end joins the name it opens
    void (ActorFinder::*listed_forms)(const std::string&, bool, std::vector<std::string>*) const;
    bool (ActorFinder::*repeated_name_at)(std::uint32_t, std::uint32_t) const;  // the tagger's span starts anew
    bool (ActorFinder::*lower_case_name_edge)(std::uint32_t) const;  // a lower-case word may open or close a name
    bool (ActorFinder::*lower_case_name_end)(std::uint32_t) const;   // a lower-case word may not close one
    bool (ActorFinder::*genitive_of_surname)(std::uint32_t, const std::unordered_set<std::string>&) const;
    bool (ActorFinder::*noun_not_name_part)(std::uint32_t) const;    // a word is no mention of a name part
    bool (ActorFinder::*legal_form)(std::uint32_t) const;            // a company's legal form ("AG", "Inc")
    void (ActorFinder::*role_form)(std::uint32_t, std::string*) const;  // a role written before token r as a title
    bool possessive_off_any_name;  // the possessive ending comes off every name, not only people's
    bool titled_people_first;      // of names as long, a person known by a title makes the actor
    bool initial_is_mention;       // a name's first part of one letter ("D" of "D Humphreys") is a mention alone
    // Endings that come off a word to find the listed place, organisation or outlet it names: German
    // genitives ("Nordkoreas"), English possessives only ("Russia's"; "Rigas", "Joss" are no "Riga", "Jos").
    std::vector<std::string_view> genitive_endings;
    // English: a place's plural ("the Midlands", "Channel Islands", "the Orkneys") from a stem of this many
    // bytes on, in a word no list has as a name ("Davies", "Joss" are no "Davie", "Jos"); 0: none.
    std::size_t plural_place_min_stem;
    // Steps.
    std::vector<FindStep> own_spelling;  // after the listed phrases
    FindStep lower_case_name;            // a lower-case word no list knows as media or organisation
    bool (ActorFinder::*title_before)(std::uint32_t) const;  // what stands before token i acts as a title
    std::vector<FindStep> by_form;       // after a title and a name
    bool (ActorFinder::*listed_as_word)(std::uint32_t, std::uint64_t) const;  // a listed name (flags g) is a word here
    void (ActorFinder::*grow_listed)(std::uint32_t, Candidate*) const;        // a listed name's candidate grows
    bool (ActorFinder::*acronym_may_stand)(std::uint32_t) const;
    bool (ActorFinder::*description_before_name)(std::uint32_t, std::uint32_t) const;  // i .. end is no name
    bool (ActorFinder::*surname_is_noun)(std::uint32_t) const;
    ActorType (ActorFinder::*guessed_type)(std::uint32_t, std::uint32_t, ActorType) const;
    std::vector<FindStep> by_context;    // after the guesses from context
    std::vector<TidyStep> tidy;          // after the merge with the tagger's names
  };
  static const LanguageSteps& language_steps(Lang lang) {
    static const LanguageSteps de{
        /*no_surname_after_first=*/&ActorFinder::time_word_de,
        /*common_word_in_name=*/&ActorFinder::common_noun_de,
        /*new_name_at=*/&ActorFinder::genitive_ends_name_de,
        /*particle_joins=*/&ActorFinder::particle_joins_de,
        /*listed_forms=*/&ActorFinder::listed_forms_de,
        /*repeated_name_at=*/&ActorFinder::never,
        /*lower_case_name_edge=*/&ActorFinder::never,
        /*lower_case_name_end=*/&ActorFinder::never,
        /*genitive_of_surname=*/&ActorFinder::genitive_of_surname_de,
        /*noun_not_name_part=*/&ActorFinder::noun_not_name_part_de,
        /*legal_form=*/&ActorFinder::legal_form_de,
        /*role_form=*/&ActorFinder::role_without_genitive_de,
        /*possessive_off_any_name=*/false,
        /*titled_people_first=*/false,
        /*initial_is_mention=*/true,
        /*genitive_endings=*/{"\u2019s", "'s", "s", "es"},
        /*plural_place_min_stem=*/0,
        /*own_spelling=*/{&ActorFinder::dateline_de},
        /*lower_case_name=*/&ActorFinder::web_site_de,
        /*title_before=*/&ActorFinder::title_before_de,
        /*by_form=*/{&ActorFinder::club_de, &ActorFinder::street_de, &ActorFinder::org_form_name_de,
                     &ActorFinder::legal_form_name_de, &ActorFinder::road_de},
        /*listed_as_word=*/&ActorFinder::listed_as_word_de,
        /*grow_listed=*/&ActorFinder::grow_listed_place_de,
        /*acronym_may_stand=*/&ActorFinder::acronym_de,
        /*description_before_name=*/&ActorFinder::description_before_name_de,
        /*surname_is_noun=*/&ActorFinder::after_article,
        /*guessed_type=*/&ActorFinder::guessed_type_de,
        /*by_context=*/{&ActorFinder::saxon_genitive_de, &ActorFinder::headline_speaker_de,
                        &ActorFinder::unknown_name_in_context_de},
        /*tidy=*/{&ActorFinder::ampersand_names, &ActorFinder::whole_hyphenated_names_de, &ActorFinder::regnal_numbers_de,
                  &ActorFinder::title_in_name_de, &ActorFinder::von_after_surname_de, &ActorFinder::particle_names_de,
                  &ActorFinder::noun_after_genitive_de,
                  &ActorFinder::genitive_full_names_de,
                  &ActorFinder::drop_common_nouns_de, &ActorFinder::clubs_by_short_name_de, &ActorFinder::plural_nouns_not_towns_de,
                  &ActorFinder::sentence_adverbs_de, &ActorFinder::names_in_compounds_de,
                  &ActorFinder::english_org_names_de,
                  &ActorFinder::foreign_place_names_de, &ActorFinder::adjacent_name_parts_de, &ActorFinder::names_in_lists_de, &ActorFinder::compass_directions_de, &ActorFinder::saint_places_de,
                  &ActorFinder::legal_form_after_name_de, &ActorFinder::place_after_in_de, &ActorFinder::places_after_place_words_de, &ActorFinder::initials_de, &ActorFinder::inverted_names_de, &ActorFinder::amounts_de, &ActorFinder::organisations_after_description_de, &ActorFinder::leading_particles_de, &ActorFinder::landmark_names_de, &ActorFinder::town_names_de, &ActorFinder::adjective_organisations_de, &ActorFinder::org_purpose_phrases_de, &ActorFinder::ordinal_leagues_de,
                  &ActorFinder::house_numbers_de, &ActorFinder::media_after_head_noun}};
    static const LanguageSteps en{
        /*no_surname_after_first=*/&ActorFinder::no_surname_after_first_en,
        /*common_word_in_name=*/&ActorFinder::common_word_in_name_en,
        /*new_name_at=*/&ActorFinder::new_english_name,
        /*particle_joins=*/&ActorFinder::always,
        /*listed_forms=*/&ActorFinder::listed_forms_en,
        /*repeated_name_at=*/&ActorFinder::repeats_name,
        /*lower_case_name_edge=*/&ActorFinder::proper_noun_edge_en,
        /*lower_case_name_end=*/&ActorFinder::lower_case_name_end_en,
        /*genitive_of_surname=*/&ActorFinder::no_genitive_en,
        /*noun_not_name_part=*/&ActorFinder::never,
        /*legal_form=*/&ActorFinder::legal_form_en,
        /*role_form=*/&ActorFinder::role_as_written,
        /*possessive_off_any_name=*/true,
        /*titled_people_first=*/true,
        /*initial_is_mention=*/false,
        /*genitive_endings=*/{"\u2019s", "'s"},
        /*plural_place_min_stem=*/5,
        /*own_spelling=*/{&ActorFinder::lower_case_place_en, &ActorFinder::particle_surname_en},
        /*lower_case_name=*/&ActorFinder::no_lower_case_name_en,
        /*title_before=*/&ActorFinder::title_before_en,
        /*by_form=*/{&ActorFinder::form_name_en, &ActorFinder::org_name_en},
        /*listed_as_word=*/&ActorFinder::listed_as_word_en,
        /*grow_listed=*/&ActorFinder::grow_listed_en,
        /*acronym_may_stand=*/&ActorFinder::acronym_en,
        /*description_before_name=*/&ActorFinder::description_before_name_en,
        /*surname_is_noun=*/&ActorFinder::surname_is_noun_en,
        /*guessed_type=*/&ActorFinder::guessed_type_en,
        /*by_context=*/{},
        /*tidy=*/{&ActorFinder::ampersand_names, &ActorFinder::people_before_possessives_en,
                  &ActorFinder::titled_people_in_organisations_en, &ActorFinder::portfolios_before_titles_en,
                  &ActorFinder::whole_hyphenated_names_en, &ActorFinder::singular_of_listed_organisations_en,
                  &ActorFinder::join_organisation_names,
                  &ActorFinder::english_place_names,
                  &ActorFinder::english_shop_names, &ActorFinder::outlet_words_en, &ActorFinder::call_sign_stations_en, &ActorFinder::people_after_organisations_en, &ActorFinder::drop_storms, &ActorFinder::drop_awards_en, &ActorFinder::drop_non_actor_words_en, &ActorFinder::drop_post_nominals_en, &ActorFinder::clubs_en,
                  &ActorFinder::drop_named_events_en, &ActorFinder::drop_bills_en, &ActorFinder::drop_demonym_nouns_en,
                  &ActorFinder::drop_common_words_en, &ActorFinder::drop_common_acronyms_en,
                  &ActorFinder::english_initials_and_inverted_names, &ActorFinder::letter_initials_en,
                  &ActorFinder::people_by_their_words_en,
                  &ActorFinder::media_after_head_noun, &ActorFinder::organisations_after_head_noun_en,
                  &ActorFinder::camel_case_companies_en, &ActorFinder::places_after_compass_words_en,
                  &ActorFinder::organisations_in_lists_en, &ActorFinder::surnames_of_people_named_before_en,
                  &ActorFinder::speaking_places_en}};
    return lang == Lang::de ? de : en;
  }

  bool never(std::uint32_t) const { return false; }
  bool never(std::uint32_t, std::uint32_t) const { return false; }
  bool always(std::uint32_t) const { return true; }

  // German names.

  bool time_word_de(std::uint32_t j) const { return tc_.time_word(j); }
  bool common_noun_de(std::uint32_t j) const { return tc_.common_noun(j); }
  // Not "Cantona zu United", "Miller den PSA": German particles join only after a first name or
  // another particle, the others ("van", "al") anywhere; never before a word in capitals.
  bool particle_joins_de(std::uint32_t end) const {
    static const WordSet kForeignParticles(word_list("names/foreign-particles"));
    return ((tc_.flags(end - 1) & kFirstName) || particle(end - 1) || in_list(tok(end).lower, kForeignParticles)) &&
           !tok(end + 1).all_caps;
  }
  // A common noun that is no listed first name or surname is no further mention of a name part.
  bool noun_not_name_part_de(std::uint32_t i) const {
    return tc_.common_noun(i) && !(tc_.flags(i) & (kFirstName | kLastName));
  }
  // A legal form of the organisation-ending list, not a noun of it ("Gruppe", "Holding"): "AG", "GmbH",
  // "SE", "KGaA".
  bool legal_form_de(std::uint32_t i) const {
    return tc_.word(i) && (tc_.flags(i) & kOrgFinalDe) && !tc_.common_noun(i) && tok(i).key.size() <= 5;
  }
  // German: a role as a title is written, not its genitive ("des Trainers Ralph Hasenhüttl": "Trainer",
  // "eines Landeshauptmanns": "Landeshauptmann"). r: the role's first token.
  void role_without_genitive_de(std::uint32_t r, std::string* role) const {
    if (r == 0 || !tc_.word(r - 1) || !one_of(tok(r - 1).lower, {"des", "eines"})) return;
    if (ends_with(*role, "es") && (lex_.flags(role->substr(0, role->size() - 2)) & kTitleDe))
      role->resize(role->size() - 2);
    else if (ends_with(*role, "s") && !ends_with(*role, "ss"))
      role->pop_back();
  }
  void role_as_written(std::uint32_t, std::string*) const {}
  bool legal_form_en(std::uint32_t i) const {
    static const WordSet kLegalForms(word_list("en/legal-forms"));
    return tc_.word(i) && in_list(tok(i).key, kLegalForms);
  }

  // English names.

  // "Doris Day", "Josh Bash": a capitalised common word after a first name mid-sentence, not a
  // weekday, month or other time word ("day" is a time word in lower case only: "Doris Day" is a
  // name, "May" is not).
  // A time word is the surname unless a number follows it ("Theresa May said", "Brian May"; not "Sean May
  // 2005").
  bool no_surname_after_first_en(std::uint32_t j) const {
    const bool date = (tc_.flags(j) & kTimeEn) != 0 &&
                      (j + 1 >= n_ || !same_line(j, j + 1) || tok(j + 1).kind == TokenKind::number);
    return (sentence_initial(j - 1) && (tc_.lower_flags(j - 1) & kCommonEn)) || date;
  }
  bool common_word_in_name_en(std::uint32_t j) const {
    return (tc_.lower_flags(j) & kCommonEn) && !(tc_.flags(j) & kLastName);
  }
  // A listed name's last word may carry a possessive ("Deutsche Bank's Simon Champion").
  void listed_forms_en(const std::string& key, bool last, std::vector<std::string>* out) const {
    out->clear();
    const std::size_t p = last ? possessive_length(key) : 0;
    if (p > 0 && p < key.size()) out->push_back(key.substr(0, key.size() - p));
  }
  // A proper noun by the part-of-speech tagger may open or close a name in lower case.
  bool proper_noun_edge_en(std::uint32_t i) const { return tok(i).pos == Upos::PROPN && !tc_.function_word(i); }
  // Nor does a name close with a lower-case particle: "Hamza bin" of "Hamza bin Laden".
  bool lower_case_name_end_en(std::uint32_t i) const { return tc_.word(i) && !tok(i).upper; }
  bool no_genitive_en(std::uint32_t, const std::unordered_set<std::string>&) const { return false; }

  // German steps of candidate_at().

  // A name ends after its genitive where the entity tagger sees no person go on: "Quentin Tarantinos
  // The Hateful Eight", "Peter Stögers FC Köln", "Keith Jarretts Köln Concert" (not "Charlotte Perkins
  // Gilmans", where the tagger sees a person's name, nor "Don Silves de la Selva", a particle).
  bool genitive_ends_name_de(std::uint32_t first, std::uint32_t end) const {
    if (!doc_.entities_tagged || end < first + 2 || end >= n_) return false;
    const Token& genitive = tok(end - 1);
    return genitive.key.size() >= 3 && genitive.key.back() == 's' && genitive.upper && tc_.capitalized(end) &&
           tok(end).entity != EntityTag::person;
  }

  // A web site that reports, written in lower case: "ndr.de", "faz.net".
  bool web_site_de(std::uint32_t i, Candidate* c) const {
    const Token& t = tok(i);
    if (!web_site(t.key)) return false;
    *c = {i, i + 1, doc_.token_span(i, i + 1), ActorType::media, t.key};
    c->origin = Origin::listed;
    return true;
  }
  // A title, an abbreviated title ("Dr. Meier") or a kinship or companion noun, which works like a title
  // ("seinen Sohn Tobias", "Schwester Gabi").
  bool title_before_de(std::uint32_t i) const {
    static const WordSet kKinNouns(word_list("de/kin-nouns"));
    return tc_.title(i - 1) || abbreviated_title_before(i) || (tc_.word(i - 1) && in_list(tok(i - 1).key, kKinNouns));
  }
  // 3b. Sports clubs: a club abbreviation before a place or name ("VfL Osnabrück", "1. FC Nürnberg",
  //     "SV Wehen-Wiesbaden", "FC Carl Zeiss Jena").
  bool club_de(std::uint32_t i, Candidate* c) const {
    static const WordSet kClubs(word_list("de/club-abbreviations"));
    if (!in_list(tok(i).key, kClubs)) return false;
    std::uint32_t end = i + 1;
    while (end < n_ && end < i + 5 && same_line(end - 1, end)) {
      if (tc_.capitalized(end) && !tc_.function_word(end) && !tc_.title(end) &&
          !(tc_.common_noun(end) && !(tc_.flags(end) & (kPlace | kFirstName | kLastName)))) {
        ++end;
      } else if (tok(end).kind == TokenKind::number && end == i + 1) {
        ++end;  // "SG 01 Höchst"
      } else if ((hyphen(end) || tc_.punct(end, "/")) && joined(end - 1, end) && end > i + 1 &&
                 joined(end, end + 1) && tc_.capitalized(end + 1)) {
        end += 2;
      } else {
        break;
      }
    }
    if (end > i + 1 && tc_.capitalized(end - 1)) {
      std::uint32_t first = i;
      // "1. FC Nürnberg"
      // (The segmenter may end a sentence at the ordinal's full stop: no line break is asked for only.)
      if (i >= 2 && tc_.punct(i - 1, ".") && tok(i - 2).kind == TokenKind::number && !tok(i - 1).space_before &&
          tok(i - 1).newlines_before == 0 && tok(i).newlines_before == 0)
        first = i - 2;
      *c = {first, end, doc_.token_span(first, end), ActorType::organization, text(first, end)};
      c->origin = Origin::form;
      return true;
    }
    return false;
  }
  // 3d. Motorways and federal roads: "A 7", "B 10", "BAB 7" (GermEval train: 12 places, 1 not).
  bool road_de(std::uint32_t i, Candidate* c) const {
    if (!one_of(tok(i).key, {"A", "B", "BAB"}) || i + 1 >= n_ || !same_line(i, i + 1) || !tok(i + 1).space_before ||
        tok(i + 1).kind != TokenKind::number || tok(i + 1).key.size() > 3)
      return false;
    // (Not a list item at a sentence's start: "A 1 .")
    if (sentence_initial(i)) return false;
    *c = {i, i + 2, doc_.token_span(i, i + 2), ActorType::location, text(i, i + 2)};
    c->origin = Origin::form;
    return true;
  }
  // 3c. Streets and landmarks: "Knoopstraße", "Schwabacher Straße", "Tegeler See", "Lehrter Bahnhof".
  bool street_de(std::uint32_t i, Candidate* c) const {
    static const WordSet kLandmarks(word_list("de/landmark-nouns"));
    const Token& t = tok(i);
    if (t.all_caps) return false;
    if (!(t.key_flags & kNounDe) && t.lower.size() > 9 &&
        street_ending_de(t.lower) && !(i + 1 < n_ && hyphen(i + 1) && joined(i, i + 1))) {
      *c = {i, i + 1, doc_.token_span(i, i + 1), ActorType::location, t.key};
      c->origin = Origin::form;
      return true;
    }
    if (ends_with(t.key, "er") && t.key.size() > 4 && i + 1 < n_ && same_line(i, i + 1) && !sentence_initial(i) &&
        in_list(tok(i + 1).key, kLandmarks) &&
        !tc_.function_word(i) && !tc_.title(i)) {
      *c = {i, i + 2, doc_.token_span(i, i + 2), ActorType::location, text(i, i + 2)};
      c->origin = Origin::form;
      return true;
    }
    return false;
  }
  // 4. Organisations by their form: "Verteidigungsministerium", "Bundesamt für Gesundheit".
  bool org_form_name_de(std::uint32_t i, Candidate* c) const {
    static const SuffixSet kNationalEndings(word_list("de/national-adjective-endings"));
    const Token& t = tok(i);
    if (t.all_caps) return false;
    // A capitalised adjective before it belongs to the name: "Hessischen Rundfunks", "Europäischen Parlaments".
    std::uint32_t head = i;
    if (!sentence_initial(i) && i + 1 < n_ && same_line(i, i + 1) && org_form(i + 1, true) &&
        (tc_.nationality_adjective(i) || ends_with_any(t.lower, kNationalEndings)))
      head = i + 1;
    // A single organisation word is generic after an adjective ("das russische Verteidigungsministerium") and
    // only describes the name that follows it ("Nachrichtenagentur SPA", "Chemiekonzern BASF").
    const bool generic = (i > 0 && same_line(i - 1, i) && tc_.word(i - 1) && !tok(i - 1).upper &&
                          !tc_.function_word(i - 1) && !tc_.preposition(i - 1)) ||
                         (i + 1 < n_ && same_line(i, i + 1) && tc_.capitalized(i + 1) && !tc_.common_noun(i + 1));
    // An organisation word with the place it serves is the organisation's name: "Landgericht Cottbus",
    // "Klinikum Aachen", "Universität Leipzig"; not a word for a kind of organisation (de/generic-org-heads:
    // "Autokonzern Japan"), nor before more names ("Landgericht Cottbus Peter Meier").
    static const SuffixSet kGenericHeads(word_list("de/generic-org-heads"));
    if (head == i && org_form(i) && i + 1 < n_ && same_line(i, i + 1) && tc_.capitalized(i + 1) &&
        !tok(i + 1).all_caps && (tc_.flags(i + 1) & kPlace) && !tc_.common_noun(i + 1) &&
        !ends_with_any(t.lower, kGenericHeads) &&
        !(i + 2 < n_ && same_line(i + 1, i + 2) && tc_.capitalized(i + 2) && !tc_.common_noun(i + 2))) {
      *c = {i, i + 2, doc_.token_span(i, i + 2), ActorType::organization, text(i, i + 2)};
      c->origin = Origin::form;
      return true;
    }
    if (head > i || (org_form(head) && !generic)) {
      std::uint32_t end = head + 1;
      // "Bundesamt für Gesundheit", "Bundesverband deutscher Banken".
      if (end + 1 < n_ && same_line(end - 1, end) && same_line(end, end + 1) && tc_.capitalized(end + 1) &&
          !tok(end + 1).all_caps && !tc_.function_word(end + 1) &&
          (one_of(tok(end).lower, {"für", "zur", "zum"}) ||
           (tc_.word(end) && !tok(end).upper && ends_with(tok(end).lower, "er") && !tc_.function_word(end) &&
            tc_.nationality_adjective(end))))
        end += 2;
      // A word for a kind of organisation alone is no name: "Mutterkonzern", "Zeitungsverlag",
      // "Kulturverein" (listed organisations aside; a name after it may make one: "Angelverein Hausen").
      if (end == head + 1 && head == i && !(tc_.flags(i) & (kOrganization | kMedia)) &&
          !(end < n_ && same_line(i, end) && tc_.capitalized(end) && !tc_.common_noun(end)) &&
          ends_with_listed(kGenericHeads, t.lower))
        return false;
      *c = {i, end, doc_.token_span(i, end), ActorType::organization, text(i, end)};
      c->origin = Origin::form;
      return true;
    }
    return false;
  }
  // Capitalised words closed by a legal form: "Deutsche Bank AG".
  bool legal_form_name_de(std::uint32_t i, Candidate* c) const {
    std::uint32_t j = i;
    while (j < n_ && j < i + 5 && tc_.capitalized(j) && (j == i || same_line(j - 1, j))) {
      if (j > i && (tc_.flags(j) & kOrgFinalDe)) {
        *c = {i, j + 1, doc_.token_span(i, j + 1), ActorType::organization, text(i, j + 1)};
        c->origin = Origin::form;
        return true;
      }
      ++j;
    }
    return false;
  }
  // 5. A listed name that is a common word here. A town right after an article is a word, not the
  // town: "in den Norden", "im Wesen". A state or country that is also a plural noun ("Bayern",
  // "Sachsen") is the place after a preposition of place: "in Bayern", "aus Sachsen".
  bool listed_as_word_de(std::uint32_t i, std::uint64_t g) const {
    const Token& t = tok(i);
    const bool place_after_preposition =
        (g & (kCountry | kRegion)) && i > 0 && same_line(i - 1, i) && tc_.word(i - 1) &&
        one_of(tok(i - 1).lower, {"in", "aus", "nach", "durch", "ganz", "für", "gegen", "über"});
    return !t.all_caps && (((t.key_flags & kNounDe) && !org_used_as_name(i, g) && !place_after_preposition) ||
                           ((g & kPlace) == kCity && !(g & (kOrganization | kMedia)) && after_article(i)));
  }
  // "München/Hamburg", "Darmstadt/Berlin", "Berlin-Mitte", "Köln-Wahn": one place (not "Berlin-Besuch").
  void grow_listed_place_de(std::uint32_t i, Candidate* c) const {
    if (c->type != ActorType::location || c->name != tok(i).key) return;
    std::uint32_t end = i + 1;
    while (end + 1 < n_ && joined(end - 1, end) && joined(end, end + 1) && tc_.capitalized(end + 1) &&
           (tc_.punct(end, "/") || (hyphen(end) && !tc_.common_noun(end + 1) && !tc_.title(end + 1))))
      end += 2;
    if (end > i + 1) {
      c->last = end;
      c->span = doc_.token_span(i, end);
      c->name = text(i, end);
    }
  }
  // 6. Any acronym may stand alone.
  bool acronym_de(std::uint32_t) const { return true; }
  // 7. "Kontrahentin Hagar Finer", "Cottbuser Heinrich Haussler", "Softwareprimus Microsoft": an unlisted
  // word before a listed name or organisation is a description, not part of the name.
  bool description_before_name_de(std::uint32_t i, std::uint32_t end) const {
    return !(tok(i).key_flags & (kFirstName | kLastName)) && end > i + 1 && i + 1 < n_ && !hyphen(i + 1) &&
           ((tc_.flags(i + 1) & (kFirstName | kPlace | kOrganization | kMedia)) || tok(i + 1).all_caps);
  }
  // 7. (A listed surname after an article is a noun, surname_is_noun = after_article(): German puts
  // no article before a surname, "dem Brand", "beim Brand" are nouns.)
  // 7. Capitalised words closed by an English organisation word: "Champions League", "Jet Airways".
  ActorType guessed_type_de(std::uint32_t i, std::uint32_t end, ActorType type) const {
    return end > i + 1 && english_org_head(end - 1) ? ActorType::organization : type;
  }
  // 7b. A Saxon genitive before a noun: "Zabels Entscheidung", "Wulffs Hochzeitsfeier", "Bhuttos ... Schwester".
  bool saxon_genitive_de(std::uint32_t i, Candidate* c) const {
    const Token& t = tok(i);
    if (!t.all_caps && t.key.size() > 4 && ends_with(t.key, "s") && !ends_with(t.key, "ss") &&
        i + 1 < n_ && same_line(i, i + 1) && tc_.capitalized(i + 1) && tc_.common_noun(i + 1) &&
        !tok(i + 1).all_caps && !after_article(i) && !tc_.function_word(i) && !tc_.title(i)) {
      const std::string stem = t.key.substr(0, t.key.size() - 1);
      const std::uint64_t sf = lex_.flags(stem);
      const bool named = (sf & (kFirstName | kLastName)) && !(sf & (kNounDe | kPlace | kOrganization | kMedia));
      if (named || (unknown_name(i) && !(sf & (kNounDe | kPlace | kOrganization | kMedia)) && !sentence_initial(i))) {
        *c = {i, i + 1, doc_.token_span(i, i + 1), ActorType::person, stem};
        c->origin = Origin::guess;
        return true;
      }
    }
    return false;
  }
  // 7c. An interview or headline speaker: "Rummenigge : ' Bruchhagen muss ...'", "Güllner : ...".
  bool headline_speaker_de(std::uint32_t i, Candidate* c) const {
    const Token& t = tok(i);
    const std::uint64_t f = t.key_flags;
    if (sentence_initial(i) && i + 1 < n_ && tc_.punct(i + 1, ":") && same_line(i, i + 1) &&
        (unknown_name(i) || ((f & kLastName) && !tc_.common_noun(i) && !(f & (kPlace | kOrganization))))) {
      *c = {i, i + 1, doc_.token_span(i, i + 1), ActorType::person, t.key};
      c->origin = Origin::guess;
      return true;
    }
    return false;
  }
  // 8. A capitalised word no list knows and that is no noun by form, standing where a name stands:
  //    before a finite verb ("Kolb war", "Pinkwart plädierte") or right after a verb or conjunction
  //    ("distanzierte sich Moein", "dass Madoff den ...").
  bool unknown_name_in_context_de(std::uint32_t i, Candidate* c) const {
    static const WordSet kPlaceNouns(word_list("de/place-nouns"));
    if (!unknown_name(i)) return false;
    const Token& t = tok(i);
    const bool verb_after = !sentence_initial(i) && i + 1 < n_ && same_line(i, i + 1) && tc_.word(i + 1) && !tok(i + 1).upper &&
                            (tc_.finite_auxiliary(i + 1) || tc_.speech_verb(i + 1));
    const bool bare_after = i > 0 && same_line(i - 1, i) && tc_.word(i - 1) && !tok(i - 1).upper &&
                            !sentence_initial(i) &&
                            (tc_.finite_auxiliary(i - 1) || tc_.speech_verb(i - 1) ||
                             one_of(tok(i - 1).lower, {"sich", "dass", "daß"}));
    // "Blatter und Beckenbauer", "Gönültas und Piskin": joined to a person just named.
    const bool listed_with_person =
        i >= 2 && same_line(i - 2, i) && (tc_.is(i - 1, "und") || tc_.punct(i - 1, ",")) && !found_.empty() &&
        found_.back().last == i - 1 && found_.back().type == ActorType::person;
    // "in Burghausen", "aus Spiegelau", "Stadt Arzberg": an unknown name after these is a place.
    const bool place_after = i > 0 && same_line(i - 1, i) && tc_.word(i - 1) &&
                             (one_of(tok(i - 1).lower, {"in", "nach", "aus"}) ||
                              in_list(tok(i - 1).key, kPlaceNouns));
    if (place_after && !(i + 1 < n_ && same_line(i, i + 1) && tc_.capitalized(i + 1))) {
      *c = {i, i + 1, doc_.token_span(i, i + 1), ActorType::location, t.key};
      c->origin = Origin::guess;
      return true;
    }
    if (verb_after || bare_after || listed_with_person) {
      const bool place_context = i > 0 && tc_.word(i - 1) && one_of(tok(i - 1).lower, {"in", "nach", "aus", "bei"});
      *c = {i, i + 1, doc_.token_span(i, i + 1), place_context ? ActorType::location : ActorType::person, t.key};
      c->origin = Origin::guess;
      return true;
    }
    return false;
  }

  // English steps of candidate_at().

  // English web text writes places in lower case: "in kerala", "from san francisco".
  bool lower_case_place_en(std::uint32_t i, Candidate* c) const {
    if (tok(i).upper || !lower_case_place(i, c)) return false;
    c->origin = Origin::listed;
    return true;
  }
  // "bin Laden", "ibn Saud": a surname with its particle, standing alone (no given name before, no
  // article or noun before "bin" the word). The surname may be an English word ("laden").
  bool particle_surname_en(std::uint32_t i, Candidate* c) const {
    if (one_of(tok(i).key, {"bin", "ibn"}) && i + 1 < n_ && same_line(i, i + 1) && tc_.capitalized(i + 1) &&
        !tok(i + 1).all_caps && tok(i + 1).pos == Upos::PROPN && !tc_.function_word(i + 1) && !tc_.title(i + 1) &&
        !tc_.time_word(i + 1) && !(tc_.flags(i + 1) & (kCountry | kRegion)) &&
        !(i > 0 && same_line(i - 1, i) &&
          (tc_.capitalized(i - 1) || tok(i - 1).pos == Upos::DET || tok(i - 1).pos == Upos::NOUN ||
           tok(i - 1).pos == Upos::ADJ || tok(i - 1).pos == Upos::PRON))) {
      std::uint32_t end = i + 2;
      while (end < n_ && end < i + 4 && same_line(end - 1, end) && tc_.capitalized(end) && tok(end).pos == Upos::PROPN &&
             name_part(end))
        ++end;
      *c = {i, end, doc_.token_span(i, end), ActorType::person, text(i, end), Origin::name};
      return true;
    }
    return false;
  }
  // English web text names hosts in addresses and links ("www.google.com", "irc.yankeedot.net"): no
  // actors there (UNER English EWT tags none of them), nor any other lower-case word.
  bool no_lower_case_name_en(std::uint32_t, Candidate*) const { return false; }
  // A title or an abbreviated title; "St." is "Saint" in the name of a place or a church, no title:
  // "St. Thomas".
  bool title_before_en(std::uint32_t i) const {
    return tc_.title(i - 1) || (abbreviated_title_before(i) && tok(i - 2).key != "St");
  }
  bool form_name_en(std::uint32_t i, Candidate* c) const {
    if (!english_form_name(i, c)) return false;
    c->origin = Origin::form;
    return true;
  }
  bool org_name_en(std::uint32_t i, Candidate* c) const {
    const std::uint32_t end = org_name_end_en(i);
    if (end <= i) return false;
    *c = {i, end, doc_.token_span(i, end), ActorType::organization, text(i, end)};
    c->origin = Origin::form;
    return true;
  }
  // 5. A common word opening a sentence is no listed name ("Reading", "Chase").
  bool listed_as_word_en(std::uint32_t i, std::uint64_t) const {
    return sentence_initial(i) && (tc_.lower_flags(i) & kCommonEn);
  }
  void grow_listed_en(std::uint32_t, Candidate*) const {}
  // 6. Acronyms: only an abbreviation the text defines, "Equal Employment Opportunity Commission
  // (EEOC)", or one that does something (defined_abbreviation()); the tagger calls too many
  // abbreviations of things names: "a DUI", "the RFP", "LNG development".
  bool acronym_en(std::uint32_t i) const { return defined_abbreviation(i); }
  bool description_before_name_en(std::uint32_t, std::uint32_t) const { return false; }
  bool surname_is_noun_en(std::uint32_t) const { return false; }
  ActorType guessed_type_en(std::uint32_t, std::uint32_t, ActorType type) const { return type; }
  // English: a name the tagger calls a place or an organisation is a person's when every word of it is
  // a listed first name or surname and none a listed place or organisation ("Debra", "Arafat", "Bush").
  void people_by_their_words_en(std::vector<Candidate>& out) const {
    for (Candidate& c : out)
      if ((c.type == ActorType::location || c.type == ActorType::organization) &&
          (c.origin == Origin::tagger || c.origin == Origin::guess) && people_words(c.first, c.last) &&
          !(c.last == c.first + 1 && club_name_en(tok(c.first).key)))  // (clubs_en typed it: "Chelsea")
        c.type = ActorType::person;
  }

  bool abbreviated_title_before(std::uint32_t i) const {
    return i > 1 && tc_.punct(i - 1, ".") && abbreviation(i - 2) && same_line(i - 2, i);
  }

  // English: a place written in lower case, "kerala", "san francisco": one or two lower-case words
  // that are no common word and, capitalised, a listed country, region or city, in a text written in
  // lower case (news names no "island", "corona" or "erode", listed towns all three).
  bool lower_case_place(std::uint32_t i, Candidate* c) const {
    const auto listed_place = [&](std::uint32_t k) {
      const Token& t = tok(k);
      return t.kind == TokenKind::word && !t.upper && t.key.size() >= 4 &&
             !(t.lower_flags & (kCommonEn | kFunctionEn | kTimeEn)) && (t.key[0] >= 'a' && t.key[0] <= 'z');
    };
    const auto capitalised = [&](std::uint32_t k) {
      std::string key = tok(k).key;
      key[0] = static_cast<char>(key[0] - 'a' + 'A');
      return key;
    };
    const Token& t = tok(i);
    if (t.kind != TokenKind::word || t.upper || t.key.empty() || t.key[0] < 'a' || t.key[0] > 'z') return false;
    if (!lower_case_text()) return false;
    // (Not after an article or a possessive: "the island", "a chihuahua".)
    if (i > 0 && tc_.word(i - 1) && one_of(tok(i - 1).lower, {"the", "a", "an", "this", "that", "my", "our", "your", "his", "her"}))
      return false;
    if (i + 1 < n_ && same_line(i, i + 1) && tok(i + 1).kind == TokenKind::word && !tok(i + 1).upper &&
        !tok(i + 1).key.empty() && tok(i + 1).key[0] >= 'a' && tok(i + 1).key[0] <= 'z') {
      const std::string joined_key = capitalised(i) + " " + capitalised(i + 1);
      if (lex_.phrase_flags(joined_key) & kPlace) {
        *c = {i, i + 2, doc_.token_span(i, i + 2), ActorType::location, joined_key};
        return true;
      }
    }
    if (!listed_place(i) || (i + 1 < n_ && hyphen(i + 1) && joined(i, i + 1))) return false;
    const std::string key = capitalised(i);
    if (!(lex_.flags(key) & kPlace)) return false;
    *c = {i, i + 1, doc_.token_span(i, i + 1), ActorType::location, key};
    return true;
  }

  // Whether the text is written without capitals where English has them: "i" alone, or a sentence
  // opened by a lower-case word (known once per text).
  bool lower_case_text() const {
    if (lower_case_text_ < 0) {
      lower_case_text_ = 0;
      for (std::uint32_t k = 0; k < n_ && !lower_case_text_; ++k) {
        const Token& t = tok(k);
        if (t.kind != TokenKind::word || t.upper) continue;
        if (std::string_view(t.key) == "i" || (sentence_initial(k) && t.key[0] >= 'a' && t.key[0] <= 'z')) lower_case_text_ = 1;
      }
    }
    return lower_case_text_ == 1;
  }
  mutable int lower_case_text_ = -1;

  // An abbreviation in brackets right after the capitalised words it abbreviates: "Equal Employment
  // Opportunity Commission (EEOC)", "Broad Institute of Technology (BIT)".
  bool defined_abbreviation(std::uint32_t i) const {
    const std::string& key = tok(i).key;
    if (defined_.count(key)) return true;  // and every later mention of it
    // An abbreviation that does something, as the subject of a verb ("BT has moved", "BT offers
    // equal access"): no article or adjective before it ("the RFP is late", "a DUI was"), a verb or
    // auxiliary after it.
    if (i + 1 < n_ && same_line(i, i + 1) && (tok(i + 1).pos == Upos::VERB || tok(i + 1).pos == Upos::AUX) &&
        (i == 0 || !tc_.word(i - 1) || (tok(i - 1).pos != Upos::DET && tok(i - 1).pos != Upos::ADJ &&
                                        tok(i - 1).pos != Upos::NUM && tok(i - 1).pos != Upos::PRON))) {
      defined_.insert(key);
      return true;
    }
    if (i < 2 || !tc_.punct(i - 1, "(") || !same_line(i - 1, i)) return false;
    std::size_t letter = key.size();
    std::uint32_t k = i - 1;
    while (letter > 0 && k > 0) {
      --k;
      if (!tc_.word(k) || !same_line(k, k + 1)) return false;
      if (!tok(k).upper) {
        if (one_of(tok(k).key, {"of", "for", "and", "on", "the", "de"})) continue;
        return false;
      }
      if (tok(k).key[0] != key[letter - 1]) return false;
      --letter;
    }
    if (letter == 0) defined_.insert(key);
    return letter == 0;
  }
  mutable std::unordered_set<std::string> defined_;  // abbreviations the text defined so far

  // A listed organisation that is also a common noun ("Grünen", "Union", "Airbus", "Allianz") is the
  // organisation after a definite article, a preposition or at the start of a clause, and a noun after an
  // indefinite article, a possessive or an adjective ("eine Allianz", "die neue Union").
  bool org_used_as_name(std::uint32_t i, std::uint64_t g) const {
    static const WordSet kPartyNouns(word_list("de/party-nouns"));
    if (!(g & (kOrganization | kMedia)) || (g & kPlace)) return false;
    if (i + 1 < n_ && hyphen(i + 1) && joined(i, i + 1)) return false;  // "Grünen-Fraktion"
    const bool start = i == 0 || !same_line(i - 1, i);
    const Token* p = start ? nullptr : &tok(i - 1);
    const bool quoted = p && p->kind == TokenKind::punct && one_of(p->key, {"\"", "\u201E", "\u201C", "\u00BB", "\u00AB"});
    if (!(g & kOrganization)) return quoted;  // media that are nouns: "Welt", "Bild" only in quotes
    if (start || quoted) return true;
    if (p->kind == TokenKind::punct) return one_of(p->key, {",", "(", ":", "/"});
    if (p->upper) return false;
    // Parties go with the article ("die Grünen", "der Union"); institutions that are common nouns
    // ("die Polizei", "der Senat") are not names, companies go without ("vor Airbus", "von Allianz").
    if (one_of(p->lower, {"der", "die", "den", "dem", "des"}))
      return in_list(tok(i).key, kPartyNouns);
    if (tc_.preposition(i - 1)) return true;
    return one_of(p->lower, {"und", "oder", "sowie", "wie", "als"});
  }

  // No list knows the word (in either case), it is capitalised but not all capitals, and it is no noun by
  // suffix or compound.
  bool unknown_name(std::uint32_t i) const {
    const Token& t = tok(i);
    if (!tc_.word(i) || !t.upper || t.all_caps || t.end - t.begin < 4) return false;
    if (tc_.flags(i) != 0 || tc_.lower_flags(i) != 0) return false;
    if (i + 1 < n_ && hyphen(i + 1) && joined(i, i + 1)) return false;
    if (i > 0 && hyphen(i - 1) && joined(i - 1, i)) return false;
    // Plurals and adjectives of words no list has: "Zukäufen", "Bloggern", "Tickets", "Prinzipiell".
    if (non_name_ending_de(t.lower)) return false;
    return name_part(i) && !tc_.common_noun(i);
  }

  // A German organisation by its form: "Verteidigungsministerium", "Rundfunks".
  bool org_form(std::uint32_t i, bool exact = false) const {
    const Token& t = tok(i);
    if (!tc_.capitalized(i) || t.all_caps) return false;
    // (Not a deed or a thing that ends like one: "Brandstiftung", "Datenbank", "Anklagebank".)
    static const SuffixSet kNotOrgs(word_list("de/not-org-endings"));
    if (ends_with_any(t.lower, kNotOrgs)) return false;
    // A listed ending, the whole word or (not exact) with three bytes or more before it.
    return ends_with_listed(lex_.org_suffixes_de(), t.lower, exact ? 0 : 3);
  }

  // English head words of organisation names quoted in German text: "Champions League", "Jet Airways",
  // "Sun Microsystems", "NATO Response Force".
  bool english_org_head(std::uint32_t i) const {
    static const WordSet kHeads(word_list("de/english-org-heads"));
    return in_list(tok(i).key, kHeads);
  }

  bool after_article(std::uint32_t i) const {
    return i > 0 && same_line(i - 1, i) && tc_.word(i - 1) && !tok(i - 1).upper &&
           one_of(tok(i - 1).lower, {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
                                     "eines", "im", "beim", "vom", "zum", "zur", "am"});
  }

  // An abbreviated title before its full stop: "Dr . Meier", "Prof. Schmidt".
  bool abbreviation(std::uint32_t i) const {
    static const WordSet kTitleAbbreviations(word_list("names/title-abbreviations"));
    return tc_.word(i) && i + 1 < n_ && tc_.punct(i + 1, ".") && same_line(i, i + 1) &&
           in_list(tok(i).key, kTitleAbbreviations);
  }

  static bool roman_numeral(std::string_view s) {
    for (const char ch : s)
      if (!one_of(std::string_view(&ch, 1), {"I", "V", "X", "L", "C", "M"})) return false;
    return true;
  }

  // English names told by their last word: a publication ("The Aviation Herald",
  // "Jakarta Post"), a county ("Northamptonshire"), an airport or bridge ("Fath Airport",
  // "London Bridge"). Only runs of capitalised words no list knows better.
  bool english_form_name(std::uint32_t i, Candidate* c) const {
    std::uint32_t first = i;
    if (tok(i).key == "The" && i + 1 < n_ && same_line(i, i + 1)) first = i + 1;
    if (!tc_.capitalized(first) || tc_.function_word(first) || tok(first).all_caps) {
      if (!(first == i && tok(i).all_caps && i + 1 < n_ && same_line(i, i + 1))) return false;
    }
    const std::string& key = tok(first).key;
    if (first == i && key.size() > 8 && ends_with(key, "shire") && !(tc_.flags(first) & (kFirstName | kLastName))) {
      *c = {i, i + 1, doc_.token_span(i, i + 1), ActorType::location, key};
      return true;
    }
    std::uint32_t j = first;
    while (j < n_ && j < first + 5 && tc_.capitalized(j) && (j == first || same_line(j - 1, j)) &&
           !tc_.function_word(j))
      ++j;
    if (j < first + 2) return false;
    const std::string& head = tok(j - 1).key;
    ActorType type;
    static const WordSet kPublicationHeads(word_list("en/publication-heads"));
    static const WordSet kLandmarkHeads(word_list("en/landmark-heads"));
    if (in_list(head, kPublicationHeads))
      type = ActorType::media;
    else if (in_list(head, kLandmarkHeads))
      type = ActorType::location;
    else
      return false;
    *c = {i, j, doc_.token_span(i, j), type, text(i, j)};
    return true;
  }

  // English organisation names: a run of capitalised words that holds an
  // organisation word ("Royal Pharmaceutical Society", "University of Colorado").
  // Token i opens a person's name or goes on with one: a listed first name, or a word after one.
  bool person_name_at(std::uint32_t i) const {
    return (tc_.flags(i) & kFirstName) ||
           (i > 0 && same_line(i - 1, i) && tc_.capitalized(i - 1) && (tc_.flags(i - 1) & kFirstName));
  }
  std::uint32_t org_name_end_en(std::uint32_t i) const {
    std::uint32_t j = i;
    bool has_org_word = false;
    std::uint32_t end = i;
    while (j < n_ && j < i + 7) {
      if (j > i && !same_line(j - 1, j)) break;
      if (tc_.capitalized(j) && !(j == i && tc_.function_word(j))) {
        if (tc_.flags(j) & kOrgWordEn) has_org_word = true;
        ++j;
        end = j;
        continue;
      }
      // (Not "and" before the organisation's word, nor any after a person's name: "Simon Champion
      // of Deutsche Bank" is a person and an organisation.)
      if (j > i && tc_.word(j) && one_of(tok(j).lower, {"of", "for", "and", "on"}) && j + 1 < n_ &&
          tc_.capitalized(j + 1) && !(one_of(tok(j).lower, {"and"}) && !has_org_word) &&
          !(!has_org_word && person_name_at(i) && j >= i + 1)) {
        ++j;
        continue;
      }
      break;
    }
    if (!has_org_word || end <= i + 1) return i;
    if (sentence_initial(i) && (tc_.lower_flags(i) & kCommonEn) && end == i + 2) return i;
    return end;
  }

  // Joins mentions into actors: the same name, a genitive of it, or one part
  // of a person's fuller name ("Beloussow" -> "Andrej Beloussow").
  void build_actors(std::vector<Candidate>& found) {
    std::unordered_map<std::string, std::int32_t> by_name;
    std::unordered_map<std::string, std::int32_t> by_part;  // single tokens of people's names
    // One person named several ways: the first names alone ("Abdel Fattah") and the full name without
    // its middle part ("Abdel Fattah Burhan") join the fullest name ("Abdel Fattah al-Burhan");
    // a different first name with the same surname ("Hamid Burhan") is someone else.
    std::unordered_map<std::string, std::int32_t> by_prefix;      // leading names of a longer name (-2: of two)
    std::unordered_map<std::string, std::int32_t> by_first_last;  // "first\x1Flast"
    auto first_last = [&](const Candidate& c) { return tok(c.first).key + '\x1F' + tok(c.last - 1).key; };
    // A surname with its particle, in either case ("De Niro" of "Robert De Niro", "Van Gogh" of "Vincent
    // van Gogh"): "particle\x1Fsurname" of the names of three words or more whose last but one is one.
    std::unordered_map<std::string, std::int32_t> by_particle_surname;
    auto particle_surname = [&](std::uint32_t p) -> std::string {
      static const WordSet kParticles(word_list("names/name-particles"));
      if (!tc_.word(p) || tok(p).all_caps || !in_list(tok(p).lower, kParticles)) return {};
      return tok(p).lower + '\x1F' + tok(p + 1).key;
    };
    auto actor_for = [&](const Candidate& c) -> std::int32_t {
      auto it = by_name.find(key_of(c));
      if (it != by_name.end()) return it->second;
      if (c.type == ActorType::person && c.last > c.first + 1) {
        auto p = by_prefix.find(c.name);
        if (p != by_prefix.end() && p->second >= 0) return p->second;
        p = by_first_last.find(first_last(c));
        if (p != by_first_last.end() && p->second >= 0) return p->second;
      }
      if (c.type == ActorType::person && c.last == c.first + 2) {
        const std::string ps = particle_surname(c.first);
        auto p = ps.empty() ? by_particle_surname.end() : by_particle_surname.find(ps);
        if (p != by_particle_surname.end() && p->second >= 0) return p->second;
      }
      if (c.type == ActorType::person && c.last == c.first + 1) {
        auto p = by_part.find(c.name);
        if (p != by_part.end()) return p->second;
        // A genitive of a known name: "Beloussows Besuch".
        if (c.name.size() > 3 && c.name.back() == 's') {
          const std::string stem = c.name.substr(0, c.name.size() - 1);
          p = by_part.find(stem);
          if (p != by_part.end()) return p->second;
          // (German, where a genitive is a plain "s": of a person known by one name too, "Aysha" …
          // "Ayshas Mann".)
          if (std::find(steps_.genitive_endings.begin(), steps_.genitive_endings.end(), std::string_view("s")) !=
              steps_.genitive_endings.end()) {
            p = by_name.find(stem);
            if (p != by_name.end() && p->second >= 0 && doc_.actors[p->second].type == ActorType::person) return p->second;
          }
        }
      }
      return -1;
    };
    // Longer names first, so that parts can join them wherever they stand. English: of names as long,
    // a person known by a title comes first and gives the actor its type ("cleric Muqtada al-Sadr" names
    // the person the tagger took for an organisation elsewhere; not a first name + a word, "Christian Aid").
    const auto known_person = [&](const Candidate& c) {
      return steps_.titled_people_first && c.type == ActorType::person && c.origin == Origin::title;
    };
    // (So too an organisation known by the noun before it: "Yukos accused …" in a headline, then "Russian
    // oil firm Yukos".)
    const auto known_organisation = [&](const Candidate& c) {
      return steps_.titled_people_first && c.type == ActorType::organization && company_head_before_en(c);
    };
    const auto rank = [&](const Candidate& c) { return known_person(c) ? 0 : known_organisation(c) ? 1 : 2; };
    std::vector<std::size_t> order(found.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const std::uint32_t la = found[a].last - found[a].first, lb = found[b].last - found[b].first;
      if (la != lb) return la > lb;
      return rank(found[a]) < rank(found[b]);
    });
    std::vector<std::int32_t> actor_of(found.size(), -1);
    // A company with and without its legal form is one ("Deutsche Bahn AG" ... "Deutsche Bahn", "Enron
    // Corp." ... "Enron"): the name without it joins.
    std::unordered_set<std::string> one_word_companies;
    std::unordered_set<std::int32_t> company_parts;  // actors whose one-word name stands alone too
    for (Candidate& c : found) {
      if ((c.type != ActorType::organization && c.type != ActorType::media) || !c.key.empty()) continue;
      std::uint32_t end = c.last;
      if (end > c.first + 1 && tc_.punct(end - 1, ".")) --end;
      if (end <= c.first + 1 || !(this->*steps_.legal_form)(end - 1)) continue;
      --end;
      if (end > c.first + 1 && tc_.punct(end - 1, ",")) --end;
      if (end > c.first) c.key = text(c.first, end);
      // "Enron" alone later is Enron Corp. (not a common word, an article, or a listed outlet: "Steel" of
      // "Steel Co.", "Das" of "Das AG", "ABC" of "ABC Inc.").
      if (end == c.first + 1 && !tc_.function_word(c.first) && !(this->*steps_.common_word_in_name)(c.first) &&
          !(tc_.lower_flags(c.first) & (kCommonEn | kNounDe | kDeterminer)) && !(tc_.flags(c.first) & kMedia))
        one_word_companies.insert(c.key);
    }
    for (const std::size_t k : order) {
      Candidate& c = found[k];
      std::int32_t a = actor_for(c);
      // ("De Zoysa" joined with "Louis De Zoysa": the same name elsewhere, of another type, joins it too.)
      if (a >= 0 && c.type == ActorType::person && c.last == c.first + 2 && !particle_surname(c.first).empty())
        by_name.emplace(key_of(c), a);
      if (a < 0) {
        a = static_cast<std::int32_t>(doc_.actors.size());
        ActorEntry e;
        e.name = c.name;
        e.type = c.type;
        doc_.actors.push_back(e);
        by_name.emplace(key_of(c), a);
        if (one_word_companies.count(key_of(c)) && by_part.emplace(key_of(c), a).second) company_parts.insert(a);
        if (c.type == ActorType::person && c.last > c.first + 1) {
          // Register the surname (as the name has it: "Scott" of "Ridley Scotts"), and the first part
          // where it is not a common given name.
          const std::string& surname = tok(c.last - 1).key;
          const bool genitive = !ends_with(c.name, surname) && surname.size() > 1 &&
                                ends_with(c.name, std::string_view(surname).substr(0, surname.size() - 1));
          by_part.emplace(genitive ? surname.substr(0, surname.size() - 1) : surname, a);
          // (Not an initial: "D" of "D Humphreys" is no mention of him wherever it stands.)
          if (steps_.initial_is_mention || tok(c.first).key.size() > 1) by_part.emplace(tok(c.first).key, a);
          if (c.last >= c.first + 3) {
            const std::string ps = particle_surname(c.last - 2);
            if (!ps.empty()) {
              const auto [it, added] = by_particle_surname.emplace(ps, a);
              if (!added && it->second != a) it->second = -2;
            }
          }
          const auto [fl, fresh] = by_first_last.emplace(first_last(c), a);
          if (!fresh && fl->second != a) fl->second = -2;
          for (std::uint32_t end = c.first + 2; end < c.last && end < c.first + kMaxNameTokens; ++end) {
            if (!tc_.word(end - 1) || !tok(end - 1).upper) continue;  // whole names only: not "Abdel Fattah al"
            const auto [pre, added] = by_prefix.emplace(text(c.first, end), a);
            if (!added && pre->second != a) pre->second = -2;
          }
        }
      }
      actor_of[k] = a;
    }
    // Every further occurrence of a known name part is a mention of that actor.
    std::vector<bool> covered(n_, false);
    for (const auto& c : found)
      for (std::uint32_t k = c.first; k < c.last; ++k) covered[k] = true;
    for (std::uint32_t i = 0; i < n_; ++i) {
      if (covered[i] || !tc_.capitalized(i)) continue;
      const std::string& key = tok(i).key;
      auto p = by_part.find(key);
      std::string_view matched = key;
      if (p == by_part.end()) {
        for (const char* ending : {"s", "'s", "\u2019s"}) {
          if (ends_with(key, ending) && key.size() > std::string_view(ending).size() + 2) {
            p = by_part.find(key.substr(0, key.size() - std::string_view(ending).size()));
            if (p != by_part.end()) {
              matched = std::string_view(key).substr(0, key.size() - std::string_view(ending).size());
              break;
            }
          }
        }
      }
      if (p == by_part.end()) continue;
      if ((this->*steps_.noun_not_name_part)(i)) continue;
      // (A company's word before another name is part of that name: "HDT Védelmi Ipari Kft.".)
      if (company_parts.count(p->second) && i + 1 < n_ && same_line(i, i + 1) && tc_.capitalized(i + 1)) continue;
      Candidate c{i, i + 1, doc_.token_span(i, i + 1), ActorType::person, std::string(matched)};
      if (tok(i).key != matched && possessive_length(key) > 0)
        c.span.end = c.span.begin + static_cast<std::uint32_t>(matched.size());
      found.push_back(c);
      actor_of.push_back(p->second);
    }
    // Mentions in text order.
    std::vector<std::size_t> pos(found.size());
    for (std::size_t k = 0; k < pos.size(); ++k) pos[k] = k;
    std::sort(pos.begin(), pos.end(), [&](std::size_t a, std::size_t b) { return found[a].first < found[b].first; });
    for (const std::size_t k : pos) {
      Mention m;
      m.first = found[k].first;
      m.last = found[k].last;
      m.span = found[k].span;
      m.actor = actor_of[k];
      doc_.actors[m.actor].mentions.push_back(static_cast<std::int32_t>(doc_.mentions.size()));
      doc_.mentions.push_back(m);
    }
    // The fullest form names the actor; a title right before a person is its role.
    for (auto& m : doc_.mentions) {
      ActorEntry& a = doc_.actors[m.actor];
      if (a.type == ActorType::person) {
        const std::string full = std::string(doc_.slice(m.span.begin, m.span.end));
        if (m.last - m.first > 1 && full.size() > a.name.size()) a.name = full;
        if (a.role.empty() && m.first > 0 && tc_.title(m.first - 1) && same_line(m.first - 1, m.first)) {
          std::uint32_t r = m.first - 1;
          while (r >= 2 && hyphen(r - 1) && joined(r - 2, r - 1) && joined(r - 1, r)) r -= 2;
          a.role = text(r, m.first);
          (this->*steps_.role_form)(r, &a.role);
        }
      }
    }
  }

  std::vector<Candidate> found_;  // candidates so far, in text order
  Document& doc_;
  TokenClass tc_;
  const Lexicon& lex_;
  std::uint32_t n_;
  const LanguageSteps& steps_;  // the steps of doc_'s language
};

}  // namespace

void find_actors(Document& doc) { ActorFinder(doc).run(); }

std::int32_t mention_at(const Document& doc, std::uint32_t token) {
  // Mentions are in text order and never overlap: binary search.
  std::size_t lo = 0, hi = doc.mentions.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (doc.mentions[mid].last <= token) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo < doc.mentions.size() && doc.mentions[lo].first <= token && token < doc.mentions[lo].last)
    return static_cast<std::int32_t>(lo);
  return -1;
}

std::int32_t add_group_actor(Document& doc, std::uint32_t first, std::uint32_t last) {
  ActorEntry e;
  e.name = std::string(doc.slice(doc.tokens[first].begin, doc.tokens[last - 1].end));
  e.type = ActorType::group;
  e.extra_mentions.push_back(doc.token_span(first, last));
  doc.actors.push_back(std::move(e));
  return static_cast<std::int32_t>(doc.actors.size()) - 1;
}

}  // namespace newsmark

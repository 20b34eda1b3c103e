#include "segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

#include "lexicon.h"
#include "sentence_breaks.h"
#include "word_breaks.h"

namespace newsmark {
namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

bool is_ascii(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// The tokens of the text being segmented by their source bytes: running
// text repeats most of its words and nearly all of its punctuation, and a
// repeated form copies its key, lower-case form, case and lexicon flags from
// its first token instead of normalising, lower-casing and looking it up
// again (the lookups missed the CPU's caches). Open addressing over token
// indices; one table per thread, cleared per text.
class FormMemo {
 public:
  // Which kind of token the bytes were read as (a form read as a number and
  // the same bytes read as a word are made differently).
  enum Class : std::uint8_t { kWord, kNumber, kPunct };
  struct Probe {
    std::int64_t token = -1;  // the token made from the same bytes as the same class, or -1
    std::size_t slot = 0;     // else where to remember the new one (kFull: nowhere)
    std::uint32_t hash = 0;
  };
  void reset(std::size_t tokens) {
    std::size_t size = 64;
    while (size < 2 * tokens) size *= 2;
    slots_.assign(size, Slot{});
    used_ = 0;
  }
  Probe find(const std::vector<Token>& tokens, std::string_view text, std::uint32_t begin, std::uint32_t end,
             Class c) const {
    const std::string_view form = text.substr(begin, end - begin);
    Probe p;
    std::uint32_t h = 0x811C9DC5u ^ c;
    for (const char b : form) h = (h ^ static_cast<unsigned char>(b)) * 0x01000193u;
    p.hash = h ^ (h >> 15);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = p.hash & mask;; at = (at + 1) & mask) {
      const Slot& x = slots_[at];
      if (x.token == 0) {
        p.slot = used_ * 2 < slots_.size() ? at : kFull;  // at most half full: every search ends
        return p;
      }
      if (x.hash == p.hash && x.cls == c) {
        const Token& t = tokens[x.token - 1];
        if (text.substr(t.begin, t.end - t.begin) == form) {
          p.token = x.token - 1;
          return p;
        }
      }
    }
  }
  void remember(const Probe& p, std::size_t token, Class c) {
    if (p.slot == kFull) return;
    slots_[p.slot] = Slot{p.hash, static_cast<std::uint32_t>(token + 1), c};
    ++used_;
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t token = 0;  // index + 1; 0 empty
    std::uint8_t cls = 0;
  };
  static constexpr std::size_t kFull = ~std::size_t{0};
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

std::string nfc(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  if (n->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(s);
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  n->normalizeUTF8(0, piece, sink, nullptr, status);
  return U_SUCCESS(status) ? out : std::string(s);
}

// Where a word ICU returns is two sentences glued by a full stop
// ("Merkel.Als"): a lower-case letter, ".", an upper-case letter, and two
// letters or more on each side. Not "U.S." (one letter), "ndr.de" (lower
// case after) nor "ZDF.Die" (an abbreviation in capitals before). npos if none.
std::size_t glued_full_stop(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return std::string_view::npos;  // most words: no letter tests
  std::size_t i = 0, letters_before = 0;
  char32_t prev = 0;
  while (i < word.size()) {
    const std::size_t at = i;
    const char32_t c = next_code_point(word, i);
    if (c == '.' && letters_before >= 2 && u_islower(static_cast<UChar32>(prev)) && i < word.size()) {
      std::size_t k = i, letters_after = 0;
      const char32_t next = next_code_point(word, k);
      if (!u_isupper(static_cast<UChar32>(next))) return std::string_view::npos;
      letters_after = 1;
      while (k < word.size() && letters_after < 2)
        if (u_isalpha(static_cast<UChar32>(next_code_point(word, k)))) ++letters_after;
      return letters_after >= 2 ? at : std::string_view::npos;
    }
    if (c == '.') letters_before = 0;
    else if (u_isalpha(static_cast<UChar32>(c))) ++letters_before;
    prev = c;
  }
  return std::string_view::npos;
}

// Abbreviations after which a full stop does not end a sentence (lower case,
// without the stop). ICU's own suppression lists match by suffix without a
// word boundary and break more than they fix (see shared notes), so the
// check lives here, on whole tokens.
bool is_abbreviation(std::string_view lower) {
  static const std::string_view kAbbrev[] = {
      "dr", "prof", "nr", "str", "bzw", "ca", "vgl", "z.b", "u.a", "d.h", "usw", "etc", "inkl", "evtl", "ggf",
      "mio", "mrd", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "st",
      "mr", "mrs", "ms", "jr", "sr", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "rev", "no", "vs", "v",
      "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "corp", "inc", "ltd", "co", "bzgl", "abs", "art", "hl", "ehem",
      "geb", "gest", "min", "max", "tel", "fr", "hr", "dipl", "ing", "mag", "s", "o", "z", "sog", "zit"};
  for (const std::string_view a : kAbbrev)
    if (lower == a) return true;
  return false;
}

// ICU's word and sentence break iterators over the text being segmented, for
// the pieces the fast paths leave to them (core/word_breaks.h): the UTF-16
// copy of the text (ICU's iterators run about twice as fast over UTF-16 as
// over UTF-8) and the iterators are set up on first need; most texts need
// neither. An iterator is made once per thread and language (making one loads
// and sets up its rules: about as much work as breaking a short article);
// setText() starts each text afresh.
class IcuBreaks {
 public:
  IcuBreaks(std::string_view s, Lang lang) : s_(s), li_(lang == Lang::de ? 0 : 1) {}
  // Null when ICU cannot; error() says why.
  icu::BreakIterator* get(bool words);
  const std::string& error() const { return error_; }
  struct Words final : IteratorSource {
    explicit Words(IcuBreaks& b) : breaks(b) {}
    icu::BreakIterator* iterator() override { return breaks.get(true); }
    IcuBreaks& breaks;
  };
  struct Sentences final : IteratorSource {
    explicit Sentences(IcuBreaks& b) : breaks(b) {}
    icu::BreakIterator* iterator() override { return breaks.get(false); }
    IcuBreaks& breaks;
  };

 private:
  std::string_view s_;
  int li_;
  std::vector<UChar> u16_;
  std::unique_ptr<UText, UTextCloser> ut_;
  icu::BreakIterator* set_[2] = {nullptr, nullptr};  // words, sentences: set to this text
  std::string error_;
};

icu::BreakIterator* IcuBreaks::get(bool words) {
  const int k = words ? 0 : 1;
  if (set_[k] != nullptr || !error_.empty()) return set_[k];
  UErrorCode status = U_ZERO_ERROR;
  if (!ut_) {
    u16_.resize(s_.size() + 1);
    int32_t length = 0;
    u_strFromUTF8(u16_.data(), static_cast<int32_t>(u16_.size()), &length, s_.data(), static_cast<int32_t>(s_.size()),
                  &status);
    if (U_FAILURE(status)) {
      error_ = std::string("ICU could not read the text: ") + u_errorName(status);
      return nullptr;
    }
    ut_.reset(utext_openUChars(nullptr, u16_.data(), length, &status));
    if (U_FAILURE(status)) {
      ut_.reset();
      error_ = std::string("ICU could not open the text: ") + u_errorName(status);
      return nullptr;
    }
  }
  thread_local std::unique_ptr<icu::BreakIterator> iterators[2][2];  // [words, sentences][de, en]
  std::unique_ptr<icu::BreakIterator>& it = iterators[k][li_];
  if (!it) {
    const icu::Locale locale(li_ == 0 ? "de" : "en");
    it.reset(words ? icu::BreakIterator::createWordInstance(locale, status)
                   : icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status)) it.reset();
  }
  if (it) it->setText(ut_.get(), status);
  if (!it || U_FAILURE(status)) {
    error_ = std::string(words ? "ICU word breaking is unavailable: " : "ICU sentence breaking is unavailable: ") +
             u_errorName(status);
    return nullptr;
  }
  set_[k] = it.get();
  return set_[k];
}

}  // namespace

bool is_quote_mark(std::string_view t) {
  static const std::string_view kMarks[] = {"\"", "'", "\u201E", "\u201C", "\u201D", "\u00BB", "\u00AB", "\u2039",
                                       "\u203A", "\u201A", "\u2018", "\u2019", "\u201F", "\u2033"};
  for (const std::string_view m : kMarks)
    if (t == m) return true;
  return false;
}

std::string segment(Document& doc) {
  const std::string_view s = doc.text.view();
  doc.tokens.clear();
  doc.sentences.clear();
  if (s.empty()) return "";
  if (s.size() > static_cast<std::size_t>(INT32_MAX / 2)) return "text too large for segmentation";
  IcuBreaks icu(s, doc.lang);
  IcuBreaks::Words icu_words{icu};

  const Lexicon& lex = Lexicon::get(doc.lang);
  doc.tokens.reserve(s.size() / 5 + 16);
  std::uint8_t newlines = 0;
  bool space = false;
  // A word token [from, to) with its case and lexicon flags; pending line
  // breaks and spaces go to it.
  thread_local FormMemo memo;
  memo.reset(doc.tokens.capacity());
  const auto add_word = [&](std::uint32_t from, std::uint32_t to, int32_t rule) {
    const bool number = rule < UBRK_WORD_NUMBER_LIMIT;
    const FormMemo::Class cls = number ? FormMemo::kNumber : FormMemo::kWord;
    const FormMemo::Probe seen = memo.find(doc.tokens, s, from, to, cls);
    const auto index = static_cast<std::uint32_t>(doc.tokens.size());
    Token& t = doc.tokens.emplace_back();  // made in place: a Token moved copies its two strings
    t.begin = from;
    t.end = to;
    t.kind = number ? TokenKind::number : TokenKind::word;
    t.newlines_before = newlines;
    t.space_before = space;
    newlines = 0;
    space = false;
    if (seen.token >= 0) {
      const Token& same = doc.tokens[static_cast<std::size_t>(seen.token)];
      t.kind = same.kind;
      t.key = same.key;
      t.lower = same.lower;
      t.upper = same.upper;
      t.all_caps = same.all_caps;
      t.same = same.same;  // the flags too, below
      return;
    }
    t.key = nfc(s.substr(from, to - from));
    t.lower = to_lower(t.key);
    std::size_t i = 0;
    int letters = 0, uppers = 0;
    bool first = true;
    while (i < t.key.size()) {
      const unsigned char b = static_cast<unsigned char>(t.key[i]);
      if (b < 0x80) {
        ++i;
        const bool lower_ascii = b >= 'a' && b <= 'z', upper_ascii = b >= 'A' && b <= 'Z';
        if (!lower_ascii && !upper_ascii) continue;
        ++letters;
        if (upper_ascii) ++uppers;
        if (first) t.upper = upper_ascii;
        first = false;
        continue;
      }
      const char32_t c = next_code_point(t.key, i);
      if (!u_isalpha(static_cast<UChar32>(c))) continue;
      ++letters;
      const bool up = u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
      if (up) ++uppers;
      if (first) t.upper = up;
      first = false;
    }
    t.all_caps = letters >= 2 && uppers == letters;
    if (t.kind == TokenKind::word && letters == 0) t.kind = TokenKind::number;
    // "Ener1", "Web2": a name that begins with a capital and another letter
    // is a word even with digits after them (ICU counts it a number); "K2-18b"
    // and "G8" stay codes.
    if (t.kind == TokenKind::number && t.upper) {
      std::size_t k = 0;
      const char32_t first_letter = next_code_point(t.key, k);
      if (u_isupper(static_cast<UChar32>(first_letter)) && k < t.key.size() &&
          u_islower(static_cast<UChar32>(next_code_point(t.key, k))))
        t.kind = TokenKind::word;
    }
    memo.remember(seen, index, cls);
    t.same = index;
  };
  std::vector<std::uint32_t> glued_ends;  // byte offsets after a glued full stop
  // ICU's word boundaries, most of them read without ICU (core/word_breaks.h).
  WordBreaks breaks(s, icu_words);
  int32_t start = 0;
  std::uint32_t end_byte = 0;
  int32_t rule = 0;
  for (int32_t end = 0; breaks.next(&end_byte, &rule); start = end) {
    end = static_cast<int32_t>(end_byte);
    const std::string_view piece = s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    if (rule < UBRK_WORD_NONE_LIMIT) {
      // White space: remember line breaks; anything else is punctuation, one
      // token per character so that quote marks stand alone.
      std::size_t i = 0;
      while (i < piece.size()) {
        const std::size_t at = i;
        const char32_t c = next_code_point(piece, i);
        if (c == '\n' || c == 0x2029 || c == 0x2028) {
          if (newlines < 255) ++newlines;
          space = true;
        } else if (c == ' ' || u_isWhitespace(static_cast<UChar32>(c)) || c == 0xA0 || c == '\r' || c == 0x200B ||
                   c == 0x200D || c == 0xFEFF) {
          space = true;
        } else {
          Token t;
          t.begin = static_cast<std::uint32_t>(start + static_cast<int32_t>(at));
          t.end = static_cast<std::uint32_t>(start + static_cast<int32_t>(i));
          // Combining marks after a punctuation character belong to it.
          while (t.end < s.size() && static_cast<unsigned char>(s[t.end]) >= 0x80) {  // ASCII holds no marks
            std::size_t k = t.end;
            const char32_t next = next_code_point(s, k);
            if (u_getCombiningClass(static_cast<UChar32>(next)) == 0 &&
                u_charType(static_cast<UChar32>(next)) != U_NON_SPACING_MARK &&
                u_charType(static_cast<UChar32>(next)) != U_ENCLOSING_MARK)
              break;
            t.end = static_cast<std::uint32_t>(k);
            i = t.end - static_cast<std::uint32_t>(start);
          }
          t.kind = TokenKind::punct;
          t.newlines_before = newlines;
          t.space_before = space;
          const FormMemo::Probe seen = memo.find(doc.tokens, s, t.begin, t.end, FormMemo::kPunct);
          if (seen.token >= 0) {
            const Token& same = doc.tokens[static_cast<std::size_t>(seen.token)];
            t.key = same.key;
            t.lower = same.lower;
            t.same = same.same;
          } else {
            t.key = std::string(s.substr(t.begin, t.end - t.begin));
            t.lower = t.key;
            memo.remember(seen, doc.tokens.size(), FormMemo::kPunct);
            t.same = static_cast<std::uint32_t>(doc.tokens.size());
          }
          doc.tokens.push_back(std::move(t));
          newlines = 0;
          space = false;
        }
      }
      continue;
    }
    // "Merkel.Als" (a sentence glued to the next without a space, as scraped
    // text often has it): ICU keeps it one word; it is two, with a full stop
    // that ends a sentence between them.
    if (const std::size_t dot = glued_full_stop(piece); dot != std::string_view::npos) {
      const auto stop = static_cast<std::uint32_t>(start + static_cast<int32_t>(dot));
      add_word(static_cast<std::uint32_t>(start), stop, rule);
      Token t;
      t.begin = stop;
      t.end = stop + 1;
      t.kind = TokenKind::punct;
      t.key = t.lower = ".";
      t.same = static_cast<std::uint32_t>(doc.tokens.size());
      doc.tokens.push_back(std::move(t));
      glued_ends.push_back(stop + 1);
      add_word(stop + 1, static_cast<std::uint32_t>(end), rule);
      continue;
    }
    add_word(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), rule);
  }

  // The lexicon flags of key and lower-case form, looked up once per form
  // (the first token of it; Token::same) and copied to its repetitions. The
  // lookups run here, apart, so that each can fetch the place of a lookup a
  // few forms ahead (most are cache misses).
  {
    thread_local std::vector<std::uint32_t> firsts;
    thread_local std::vector<std::uint8_t> cased;  // per first: its lower-case form differs from its key
    thread_local std::vector<std::uint64_t> hashes;  // per first: Lexicon::hash_of its key and its lower-case form
    firsts.clear();
    cased.clear();
    hashes.clear();
    for (std::uint32_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.tokens[i].same == i) {
        const Token& t = doc.tokens[i];
        firsts.push_back(i);
        cased.push_back(t.lower != t.key);
        hashes.push_back(Lexicon::hash_of(t.key));
        hashes.push_back(cased.back() ? Lexicon::hash_of(t.lower) : hashes.back());
      }
    constexpr std::size_t kAhead = 8, kTableAhead = 3;
    const auto fetch = [&](std::size_t j) {
      const Token& t = doc.tokens[firsts[j]];
      lex.prefetch(t.key, hashes[2 * j]);
      if (cased[j]) lex.prefetch(t.lower, hashes[2 * j + 1]);
    };
    const auto fetch_table = [&](std::size_t j) {
      const Token& t = doc.tokens[firsts[j]];
      lex.prefetch_table(t.key, hashes[2 * j]);
      if (cased[j]) lex.prefetch_table(t.lower, hashes[2 * j + 1]);
    };
    for (std::size_t j = 0; j < firsts.size() && j < kAhead; ++j) fetch(j);
    for (std::size_t j = 0; j < firsts.size(); ++j) {
      if (j + kAhead < firsts.size()) fetch(j + kAhead);
      if (j + kTableAhead < firsts.size()) fetch_table(j + kTableAhead);
      Token& t = doc.tokens[firsts[j]];
      t.key_flags = lex.flags(t.key, hashes[2 * j]);
      t.lower_flags = cased[j] ? lex.flags(t.lower, hashes[2 * j + 1]) : t.key_flags;
    }
    for (Token& t : doc.tokens) {
      const Token& same = doc.tokens[t.same];
      t.key_flags = same.key_flags;
      t.lower_flags = same.lower_flags;
    }
  }

  if (breaks.failed()) return icu.error();

  // Sentences: ICU's boundaries, mapped to tokens, then the full stops that
  // ICU takes for sentence ends but are abbreviations, initials or ordinals.
  IcuBreaks::Sentences icu_sentences{icu};
  std::vector<std::uint32_t> ends;  // byte offsets where a sentence ends
  SentenceBreaks sentence_breaks(s, icu_sentences);  // ICU's boundaries, most found without it (core/sentence_breaks.h)
  for (std::uint32_t b = 0; sentence_breaks.next(&b);) ends.push_back(b);
  if (sentence_breaks.failed()) return icu.error();
  if (!glued_ends.empty()) {
    ends.insert(ends.end(), glued_ends.begin(), glued_ends.end());
    std::sort(ends.begin(), ends.end());
  }

  const auto& tk = doc.tokens;
  // (A string_view compares the length first; std::string == "." calls strlen and memcmp.)
  const auto full_stop = [&](std::uint32_t k) { return std::string_view(tk[k].key) == "."; };
  std::size_t e = 0;
  Sentence cur;
  cur.first = 0;
  std::uint32_t paragraph = 0;
  for (std::uint32_t i = 0; i < tk.size(); ++i) {
    if (i > cur.first && tk[i].newlines_before > 0) {
      // A line break always ends a sentence: headlines and paragraphs never run together.
      cur.last = i;
      cur.paragraph = paragraph;
      doc.sentences.push_back(cur);
      cur.first = i;
      ++paragraph;
    } else if (i > cur.first) {
      while (e < ends.size() && ends[e] <= tk[i - 1].begin) ++e;
      // Is there a sentence boundary between token i-1 and token i?
      bool boundary = false;
      while (e < ends.size() && ends[e] <= tk[i].begin) {
        boundary = true;
        ++e;
      }
      if (boundary && full_stop(i - 1) && i >= 2 && !tk[i - 1].space_before) {
        const Token& before = tk[i - 2];
        const Token& next = tk[i];
        const bool initial = before.kind == TokenKind::word && before.upper && before.end - before.begin == 1;
        const bool ordinal = before.kind == TokenKind::number && before.end - before.begin <= 2 &&
                             (next.kind != TokenKind::word || !next.upper ||
                              (next.key_flags & (kTimeDe | kTimeEn)));
        if (is_abbreviation(before.lower) || initial || ordinal) boundary = false;
      }
      if (boundary && tk[i].kind == TokenKind::word && !tk[i].upper && doc.lang == Lang::de &&
          full_stop(i - 1)) {
        boundary = false;  // German sentences start upper case; "5. November" and "u. a." do not end one
      }
      // "… die Rückgabe des Kunstwerks. 1996 hatte der Bundespräsident …": a
      // year opens the next sentence, though a lower-case word follows it
      // (UAX #29 SB8 reads past the number and finds no break).
      if (!boundary && full_stop(i - 1) && i >= 2 && !tk[i - 1].space_before && tk[i].space_before &&
          tk[i].kind == TokenKind::number && i + 1 < tk.size() && tk[i + 1].kind == TokenKind::word &&
          !tk[i + 1].upper) {
        const Token& before = tk[i - 2];
        const std::string& y = tk[i].key;
        const bool year = y.size() == 4 && (y.compare(0, 2, "18") == 0 || y.compare(0, 2, "19") == 0 ||
                                             y.compare(0, 2, "20") == 0) &&
                          std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (year && before.kind == TokenKind::word && before.end - before.begin >= 3 && !is_abbreviation(before.lower))
          boundary = true;
      }
      if (boundary) {
        cur.last = i;
        cur.paragraph = paragraph;
        doc.sentences.push_back(cur);
        cur.first = i;
      }
    }
  }
  cur.last = static_cast<std::uint32_t>(tk.size());
  cur.paragraph = paragraph;
  if (cur.last > cur.first) doc.sentences.push_back(cur);
  for (std::uint32_t si = 0; si < doc.sentences.size(); ++si)
    for (std::uint32_t i = doc.sentences[si].first; i < doc.sentences[si].last; ++i) doc.tokens[i].sentence = si;
  return "";
}

}  // namespace newsmark

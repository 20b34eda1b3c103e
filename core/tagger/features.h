// The features of the part-of-speech and entity taggers, shared by the
// run-time tagger (core/tagger/tagger.cpp) and the trainer
// (core/tagger/train/train.cpp), so that both see exactly the same numbers.
//
// A feature is a 32-bit hash of a template number and the pieces it looks
// at (a word, its shape, an affix, a gazetteer bit, a previous tag). The
// pieces of each token are hashed once (TokenPieces); the features of a
// position are mixed from them into a fixed array: no strings are built and
// nothing is allocated per token.
#ifndef NEWSMARK_CORE_TAGGER_FEATURES_H
#define NEWSMARK_CORE_TAGGER_FEATURES_H

#include <cstdint>
#include <string_view>

#include "../document.h"
#include "../lexicon.h"

namespace newsmark::tagger {

inline std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 31;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 29;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 32;
  return x;
}

// FNV-1a over bytes; `seed` lets a piece be hashed in parts.
inline std::uint64_t hash_bytes(std::string_view s, std::uint64_t seed = 0xCBF29CE484222325ull) {
  std::uint64_t h = seed;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ull;
  }
  return h;
}

// The hashed pieces of one token.
struct TokenPieces {
  std::uint64_t word = 0;   // lower case, digits as 0, quote marks and dashes unified
  std::uint64_t key = 0;    // the word as written
  std::uint64_t shape = 0;  // "Xx", "X", "x-x", "d.d", ...
  std::uint64_t prefix[3] = {0, 0, 0};
  std::uint64_t suffix[4] = {0, 0, 0, 0};
  std::uint32_t gazetteer = 0;  // bits, see gazetteer_bits()
  bool sentence_start = false;
};

// The lexicon flags a tagger looks at, packed into 32 bits: the key's flags
// (case kept) in the low half, a few of the lower-case form's in the high.
// Gazetteer bit b is set when the flags share a bit with entry b of a list.
inline constexpr std::uint64_t kGazetteerKeyFlags[] = {
    kFirstName, kLastName, kCountry, kCity, kRegion, kOrganization, kOutlet, kAgency, kTitleDe | kTitleEn,
    kGroupDe | kGroupEn, kNationalityDe | kNationalityEn, kOrgFinalDe | kOrgFinalEn, kOrgWordEn,
    kSpeechDe | kSpeechEn, kKonjunktiv | kKonjunktivAmbiguous};
inline constexpr std::uint64_t kGazetteerLowerFlags[] = {
    kNounDe | kCommonEn, kFunctionDe | kFunctionEn, kTimeDe | kTimeEn, kSpeechDe | kSpeechEn, kTitleDe | kTitleEn,
    kNationalityDe | kNationalityEn, kGroupDe | kGroupEn};
// The same lists by flag bit: the gazetteer bits each bit of the flags sets,
// so that a form costs a step per flag it has (most have one or two), not one
// per list entry.
struct GazetteerByFlag {
  constexpr GazetteerByFlag() : of_key(), of_lower() {
    for (std::uint32_t f = 0; f < 64; ++f) {
      for (std::uint32_t b = 0; b < sizeof kGazetteerKeyFlags / sizeof kGazetteerKeyFlags[0]; ++b)
        if ((kGazetteerKeyFlags[b] >> f) & 1u) of_key[f] |= 1u << b;
      for (std::uint32_t b = 0; b < sizeof kGazetteerLowerFlags / sizeof kGazetteerLowerFlags[0]; ++b)
        if ((kGazetteerLowerFlags[b] >> f) & 1u) of_lower[f] |= 1u << (16 + b);
    }
  }
  std::uint32_t of_key[64];
  std::uint32_t of_lower[64];
};
inline constexpr GazetteerByFlag kGazetteerByFlag{};

inline std::uint32_t gazetteer_bits(std::uint64_t key_flags, std::uint64_t lower_flags) {
  std::uint32_t g = 0;
  for (std::uint64_t f = key_flags; f != 0; f &= f - 1) g |= kGazetteerByFlag.of_key[__builtin_ctzll(f)];
  for (std::uint64_t f = lower_flags; f != 0; f &= f - 1) g |= kGazetteerByFlag.of_lower[__builtin_ctzll(f)];
  return g;
}

// The shape class of a byte of a key (see pieces_of): 'X', 'x', 'd', other
// ASCII as is; kShapeContinuation for a UTF-8 continuation byte (skipped),
// kShapeLead for the first byte of a non-ASCII character (x or X by the
// token's case).
constexpr std::int16_t kShapeContinuation = -1, kShapeLead = -2;
struct ShapeClasses {
  constexpr ShapeClasses() : of() {
    for (std::uint32_t b = 0; b < 256; ++b) {
      if (b >= 'A' && b <= 'Z') of[b] = 'X';
      else if (b >= 'a' && b <= 'z') of[b] = 'x';
      else if (b >= '0' && b <= '9') of[b] = 'd';
      else if (b < 0x80) of[b] = static_cast<std::int16_t>(b);
      else if ((b & 0xC0) == 0x80) of[b] = kShapeContinuation;
      else of[b] = kShapeLead;
    }
  }
  std::int16_t of[256];
};
inline constexpr ShapeClasses kShapeClasses{};

inline bool is_quote_or_dash(std::string_view k) {
  for (const std::string_view m : {"\u201E", "\u201C", "\u201D", "\u00BB", "\u00AB", "\u2039", "\u203A", "\u201A",
                                   "\u2018", "\u2019", "\u201F", "\u2033", "``", "''"})
    if (k == m) return true;
  return false;
}

inline TokenPieces pieces_of(const Token& t) {
  TokenPieces p;
  std::string_view w = t.lower;
  // The engine's tokens and the training data's write quotes and dashes in
  // many ways; one form each.
  if (t.kind == TokenKind::punct) {
    if (is_quote_or_dash(w) || w == "'") w = "\"";
    else if (w == "\u2013" || w == "\u2014" || w == "\u2010" || w == "\u2011" || w == "--") w = "-";
  }
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (const char c : w) {
    h ^= (c >= '0' && c <= '9') ? static_cast<unsigned char>('0') : static_cast<unsigned char>(c);
    h *= 0x100000001B3ull;
  }
  p.word = h;
  p.key = hash_bytes(t.key);
  // Shape from the key: X upper, x lower, d digit, other ASCII as is, a
  // non-ASCII letter as x or X by the token's case; runs of a class collapse.
  std::uint64_t s = 0xCBF29CE484222325ull;
  char last = 0;
  int length = 0;
  bool first = true;
  for (const char byte : t.key) {
    const std::int16_t k = kShapeClasses.of[static_cast<unsigned char>(byte)];
    if (k == kShapeContinuation) continue;
    const char c = k == kShapeLead ? ((first && t.upper) || t.all_caps ? 'X' : 'x') : static_cast<char>(k);
    first = false;
    ++length;
    if (c == last) continue;
    last = c;
    s ^= static_cast<unsigned char>(c);
    s *= 0x100000001B3ull;
  }
  s ^= static_cast<std::uint64_t>(length > 3 ? 4 : length) << 8;
  p.shape = mix(s);
  const std::size_t n = t.lower.size();
  // FNV-1a goes on from a shorter prefix's hash: prefix k is prefix k-1 and one more byte.
  std::uint64_t prefix = 0xCBF29CE484222325ull;
  for (std::size_t k = 0; k < 3; ++k) {
    if (n > k + 1) prefix = hash_bytes(std::string_view(t.lower).substr(k, 1), prefix);
    p.prefix[k] = n > k + 1 ? prefix : 0;
  }
  for (std::size_t k = 0; k < 4; ++k)
    p.suffix[k] = n > k + 1 ? hash_bytes(std::string_view(t.lower).substr(n - k - 1)) : 0;
  p.gazetteer = gazetteer_bits(t.key_flags, t.lower_flags);
  return p;
}

// One multiply-xorshift round over the template and both pieces: cheap
// enough to run some forty times per token and model.
inline std::uint32_t feature(std::uint32_t templ, std::uint64_t a, std::uint64_t b = 0) {
  std::uint64_t x = a * 0x9E3779B97F4A7C15ull + (b ^ (static_cast<std::uint64_t>(templ) << 56)) * 0xC2B2AE3D27D4EB4Full;
  x ^= x >> 32;
  x *= 0xD6E8FEB86659FD93ull;
  x ^= x >> 32;
  return static_cast<std::uint32_t>(x);
}

constexpr std::uint32_t kMaxFeatures = 112;

// The index of the lowest set bit of g (g != 0).
inline std::uint32_t lowest_bit(std::uint32_t g) { return static_cast<std::uint32_t>(__builtin_ctz(g)); }
constexpr std::uint64_t kBoundary = 0x5EB0u;  // the word before the first / after the last token

// The static features of position i (no previous tags): words around it,
// affixes, shapes, gazetteer bits; `pos` (the part-of-speech tags, or null)
// adds tag features for the entity tagger. Returns the count written.
inline std::uint32_t static_features(const TokenPieces* p, std::uint32_t n, std::uint32_t i, const std::uint8_t* pos,
                                     std::uint32_t* out) {
  std::uint32_t k = 0;
  const TokenPieces& c = p[i];
  const bool has_prev = i > 0 && !c.sentence_start;
  const bool has_next = i + 1 < n && !p[i + 1].sentence_start;
  const bool has_prev2 = has_prev && i > 1 && !p[i - 1].sentence_start;
  const bool has_next2 = has_next && i + 2 < n && !p[i + 2].sentence_start;
  const std::uint64_t wp = has_prev ? p[i - 1].word : kBoundary, wn = has_next ? p[i + 1].word : kBoundary;
  const std::uint64_t sp = has_prev ? p[i - 1].shape : kBoundary, sn = has_next ? p[i + 1].shape : kBoundary;
  out[k++] = feature(0, 0);
  out[k++] = feature(1, c.word);
  out[k++] = feature(2, wp);
  out[k++] = feature(3, wn);
  out[k++] = feature(4, has_prev2 ? p[i - 2].word : kBoundary);
  out[k++] = feature(5, has_next2 ? p[i + 2].word : kBoundary);
  for (std::uint32_t s = 0; s < 4; ++s)
    if (c.suffix[s]) out[k++] = feature(6 + s, c.suffix[s]);
  for (std::uint32_t s = 0; s < 3; ++s)
    if (c.prefix[s]) out[k++] = feature(10 + s, c.prefix[s]);
  out[k++] = feature(13, c.shape);
  out[k++] = feature(14, sp);
  out[k++] = feature(15, sn);
  out[k++] = feature(19, wp, c.word);
  out[k++] = feature(20, c.word, wn);
  out[k++] = feature(21, c.shape, !has_prev);
  out[k++] = feature(22, sp, c.shape);
  out[k++] = feature(23, c.shape, sn);
  out[k++] = feature(24, c.suffix[2], wp);
  out[k++] = feature(25, has_prev ? p[i - 1].suffix[2] : kBoundary);
  out[k++] = feature(26, has_next ? p[i + 1].suffix[2] : kBoundary);
  out[k++] = feature(27, c.key);
  // Gazetteer bits (at most 22 are defined, so this stays within kMaxFeatures).
  for (std::uint32_t g = c.gazetteer; g != 0; g &= g - 1) out[k++] = feature(30, lowest_bit(g), c.shape);
  if (has_prev)
    for (std::uint32_t g = p[i - 1].gazetteer; g != 0; g &= g - 1) out[k++] = feature(31, lowest_bit(g));
  if (has_next)
    for (std::uint32_t g = p[i + 1].gazetteer; g != 0; g &= g - 1) out[k++] = feature(32, lowest_bit(g));
  if (pos != nullptr) {
    const std::uint8_t tp = has_prev ? pos[i - 1] : 0xFF, tn = has_next ? pos[i + 1] : 0xFF;
    out[k++] = feature(40, pos[i]);
    out[k++] = feature(41, tp, pos[i]);
    out[k++] = feature(42, pos[i], tn);
    out[k++] = feature(43, pos[i], c.shape);
    out[k++] = feature(44, tp);
    out[k++] = feature(45, tn);
  }
  return k;
}

// The features that look at the tags already given to the two tokens before.
inline std::uint32_t tag_features(const TokenPieces* p, std::uint32_t i, std::uint32_t prev, std::uint32_t prev2,
                                  std::uint32_t* out) {
  std::uint32_t k = 0;
  out[k++] = feature(50, prev);
  out[k++] = feature(51, prev, prev2);
  out[k++] = feature(52, prev, p[i].word);
  out[k++] = feature(53, prev, p[i].shape);
  out[k++] = feature(54, prev2);
  return k;
}

constexpr std::uint32_t kNoTag = 0xFF;  // before the first token of a sentence

}  // namespace newsmark::tagger

#endif

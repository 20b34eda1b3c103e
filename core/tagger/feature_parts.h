// The static features of features.h's static_features(), split by what each
// one looks at, so that the tagger can sum the weights of the features of a
// token once and reuse them (core/tagger/model.cpp):
//   own_features      the token alone (and whether a token precedes it)
//   as_prev_features  the token as the one before a position (or the boundary)
//   as_next_features  the token as the one after a position
//   as_prev2/as_next2 the token two before / two after
//   pair_features     the token with its neighbours
//   pos_features      the part-of-speech tags around (entity models)
// Together they are exactly the features of static_features(), hash for
// hash (tests/unit/tagger_test.cpp checks it on real text): the templates
// themselves stay in features.h, which the trainer shares.
#ifndef NEWSMARK_CORE_TAGGER_FEATURE_PARTS_H
#define NEWSMARK_CORE_TAGGER_FEATURE_PARTS_H

#include <cstdint>

#include "features.h"

namespace newsmark::tagger {

// Whether position i has a token before / after it in its sentence.
inline bool has_prev_at(const TokenPieces* p, std::uint32_t i) { return i > 0 && !p[i].sentence_start; }
inline bool has_next_at(const TokenPieces* p, std::uint32_t n, std::uint32_t i) {
  return i + 1 < n && !p[i + 1].sentence_start;
}

// own_features() but template 21 (the shape and whether a token precedes):
// the same for both cases.
inline std::uint32_t own_common_features(const TokenPieces& c, std::uint32_t* out) {
  std::uint32_t k = 0;
  out[k++] = feature(0, 0);
  out[k++] = feature(1, c.word);
  for (std::uint32_t s = 0; s < 4; ++s)
    if (c.suffix[s]) out[k++] = feature(6 + s, c.suffix[s]);
  for (std::uint32_t s = 0; s < 3; ++s)
    if (c.prefix[s]) out[k++] = feature(10 + s, c.prefix[s]);
  out[k++] = feature(13, c.shape);
  out[k++] = feature(27, c.key);
  for (std::uint32_t g = c.gazetteer; g != 0; g &= g - 1) out[k++] = feature(30, lowest_bit(g), c.shape);
  return k;
}

inline std::uint32_t own_features(const TokenPieces& c, bool has_prev, std::uint32_t* out) {
  const std::uint32_t k = own_common_features(c, out);
  out[k] = feature(21, c.shape, !has_prev);
  return k + 1;
}

// q is the token before, or null at the start of a sentence.
inline std::uint32_t as_prev_features(const TokenPieces* q, std::uint32_t* out) {
  std::uint32_t k = 0;
  out[k++] = feature(2, q ? q->word : kBoundary);
  out[k++] = feature(14, q ? q->shape : kBoundary);
  out[k++] = feature(25, q ? q->suffix[2] : kBoundary);
  if (q)
    for (std::uint32_t g = q->gazetteer; g != 0; g &= g - 1) out[k++] = feature(31, lowest_bit(g));
  return k;
}

inline std::uint32_t as_next_features(const TokenPieces* q, std::uint32_t* out) {
  std::uint32_t k = 0;
  out[k++] = feature(3, q ? q->word : kBoundary);
  out[k++] = feature(15, q ? q->shape : kBoundary);
  out[k++] = feature(26, q ? q->suffix[2] : kBoundary);
  if (q)
    for (std::uint32_t g = q->gazetteer; g != 0; g &= g - 1) out[k++] = feature(32, lowest_bit(g));
  return k;
}

inline std::uint32_t as_prev2_features(const TokenPieces* q, std::uint32_t* out) {
  out[0] = feature(4, q ? q->word : kBoundary);
  return 1;
}

inline std::uint32_t as_next2_features(const TokenPieces* q, std::uint32_t* out) {
  out[0] = feature(5, q ? q->word : kBoundary);
  return 1;
}

// A feature not yet hashed: its template and the two pieces it looks at
// (feature(templ, a, b)). The features over pieces with few distinct values
// (shapes, tags) come this way, so that the tagger can remember the rows they
// name by their pieces (core/tagger/model.cpp).
struct FeaturePieces {
  std::uint32_t templ = 0;
  std::uint64_t a = 0, b = 0;
};

// pair_features() in two parts: over the words, and over the shapes (as pieces).
inline std::uint32_t pair_word_features(const TokenPieces* p, std::uint32_t n, std::uint32_t i, std::uint32_t* out) {
  const TokenPieces& c = p[i];
  const bool has_prev = has_prev_at(p, i), has_next = has_next_at(p, n, i);
  const std::uint64_t wp = has_prev ? p[i - 1].word : kBoundary, wn = has_next ? p[i + 1].word : kBoundary;
  std::uint32_t k = 0;
  out[k++] = feature(19, wp, c.word);
  out[k++] = feature(20, c.word, wn);
  out[k++] = feature(24, c.suffix[2], wp);
  return k;
}
inline std::uint32_t pair_shape_pieces(const TokenPieces* p, std::uint32_t n, std::uint32_t i, FeaturePieces* out) {
  const TokenPieces& c = p[i];
  const std::uint64_t sp = has_prev_at(p, i) ? p[i - 1].shape : kBoundary;
  const std::uint64_t sn = has_next_at(p, n, i) ? p[i + 1].shape : kBoundary;
  out[0] = {22, sp, c.shape};
  out[1] = {23, c.shape, sn};
  return 2;
}

inline std::uint32_t pair_features(const TokenPieces* p, std::uint32_t n, std::uint32_t i, std::uint32_t* out) {
  std::uint32_t k = pair_word_features(p, n, i, out);
  FeaturePieces shapes[2];
  const std::uint32_t m = pair_shape_pieces(p, n, i, shapes);
  for (std::uint32_t j = 0; j < m; ++j) out[k++] = feature(shapes[j].templ, shapes[j].a, shapes[j].b);
  return k;
}

inline std::uint32_t pos_features(const TokenPieces* p, std::uint32_t n, std::uint32_t i, const std::uint8_t* pos,
                                  std::uint32_t* out) {
  const bool has_prev = has_prev_at(p, i), has_next = has_next_at(p, n, i);
  const std::uint8_t tp = has_prev ? pos[i - 1] : 0xFF, tn = has_next ? pos[i + 1] : 0xFF;
  std::uint32_t k = 0;
  out[k++] = feature(40, pos[i]);
  out[k++] = feature(41, tp, pos[i]);
  out[k++] = feature(42, pos[i], tn);
  out[k++] = feature(43, pos[i], p[i].shape);
  out[k++] = feature(44, tp);
  out[k++] = feature(45, tn);
  return k;
}

// pos_features() in two parts that look at two tags each (tp, t = pos[i],
// tn: 0xFF where there is no token), for tables by tag pair, and the rest.
inline std::uint32_t pos_left_features(std::uint8_t tp, std::uint8_t t, std::uint32_t* out) {
  out[0] = feature(40, t);
  out[1] = feature(41, tp, t);
  out[2] = feature(44, tp);
  return 3;
}
inline std::uint32_t pos_right_features(std::uint8_t t, std::uint8_t tn, std::uint32_t* out) {
  out[0] = feature(42, t, tn);
  out[1] = feature(45, tn);
  return 2;
}
inline std::uint32_t pos_shape_features(std::uint8_t t, const TokenPieces& c, std::uint32_t* out) {
  out[0] = feature(43, t, c.shape);
  return 1;
}

// tag_features() in the part that looks at the two tags before only (a
// table by tag pair) and the part that also looks at the token.
inline std::uint32_t tag_pair_features(std::uint32_t prev, std::uint32_t prev2, std::uint32_t* out) {
  out[0] = feature(50, prev);
  out[1] = feature(51, prev, prev2);
  out[2] = feature(54, prev2);
  return 3;
}
// ... in two parts again: with the token's word, and with its shape (as pieces).
inline std::uint32_t tag_word_features(const TokenPieces& c, std::uint32_t prev, std::uint32_t* out) {
  out[0] = feature(52, prev, c.word);
  return 1;
}
inline std::uint32_t tag_shape_pieces(const TokenPieces& c, std::uint32_t prev, FeaturePieces* out) {
  out[0] = {53, prev, c.shape};
  return 1;
}
inline std::uint32_t tag_token_features(const TokenPieces& c, std::uint32_t prev, std::uint32_t* out) {
  const std::uint32_t k = tag_word_features(c, prev, out);
  FeaturePieces shape;
  tag_shape_pieces(c, prev, &shape);
  out[k] = feature(shape.templ, shape.a, shape.b);
  return k + 1;
}

// All parts of position i, in one array: the same multiset of hashes as
// static_features() (for the test).
inline std::uint32_t all_parts(const TokenPieces* p, std::uint32_t n, std::uint32_t i, const std::uint8_t* pos,
                               std::uint32_t* out) {
  const bool has_prev = has_prev_at(p, i), has_next = has_next_at(p, n, i);
  const bool has_prev2 = has_prev && i > 1 && !p[i - 1].sentence_start;
  const bool has_next2 = has_next && i + 2 < n && !p[i + 2].sentence_start;
  std::uint32_t k = own_features(p[i], has_prev, out);
  k += as_prev_features(has_prev ? &p[i - 1] : nullptr, out + k);
  k += as_next_features(has_next ? &p[i + 1] : nullptr, out + k);
  k += as_prev2_features(has_prev2 ? &p[i - 2] : nullptr, out + k);
  k += as_next2_features(has_next2 ? &p[i + 2] : nullptr, out + k);
  k += pair_features(p, n, i, out + k);
  if (pos != nullptr) {
    const std::uint8_t tp = has_prev ? pos[i - 1] : 0xFF, tn = has_next ? pos[i + 1] : 0xFF;
    k += pos_left_features(tp, pos[i], out + k);
    k += pos_right_features(pos[i], tn, out + k);
    k += pos_shape_features(pos[i], p[i], out + k);
  }
  return k;
}

// The parts of tag_features() (for the test).
inline std::uint32_t all_tag_parts(const TokenPieces* p, std::uint32_t i, std::uint32_t prev, std::uint32_t prev2,
                                   std::uint32_t* out) {
  const std::uint32_t k = tag_pair_features(prev, prev2, out);
  return k + tag_token_features(p[i], prev, out + k);
}

}  // namespace newsmark::tagger

#endif

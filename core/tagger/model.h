// A tagger model read in place from a compiled-in table image (core/table.h):
// greedy left-to-right decoding of an averaged perceptron whose weights are
// quantised to a few bits (4 or 8) and stored in an open-addressing table of
// feature hashes.
//
// Sections of a model image (written by core/tagger/train/train.cpp):
//   "meta"    u32[5]: tag count T, slot count S (a power of two), feature set
//             (1 = with part-of-speech features), bits per weight B (4 or 8),
//             layout L (1 = sparse rows, as the trainer writes them; 0 or no
//             fifth number = dense rows, the layout before)
//   "tags"    the tag names, one per line, in score order
//   The occupied slots of an open-addressing table of S slots, in slot order,
//   as streams (stored apart, they compress better than whole rows with the
//   empty slots between them):
//   "keys"    per occupied slot the fingerprint of its feature (u16, never 0)
//   "gaps"    per occupied slot the number of empty slots before it (after
//             the previous occupied one): bytes of 255 add up until a byte
//             less than 255 ends the number
//   "mask"    (L = 1) per occupied slot a bitmap of the tags whose weight is
//             not 0, ceil(T/8) bytes, stored as planes: the first byte of
//             every row, then the second byte of every row, ... (most rows
//             have a weight for a few tags only)
//   "levels"  (B = 4 only) the model's weight values, i8, at most 16: a 4-bit
//             weight is a code, the index of its value here (L = 1: the
//             non-zero values only)
//   "weights" one stream, row after row: L = 0 the T weights of each
//             occupied slot, L = 1 only those its mask names (tag order); at
//             8 bits an i8 each, at 4 bits a code each, two to a byte, the
//             low nibble first
// The slot of feature hash h is h & (S-1), then the following ones until
// the fingerprint (h >> 16, 0 made 1) matches or an empty slot ends the search.
// At load the rows are unpacked once (the image stays the download format):
// the fingerprints into a dense u16 array probed eight slots at a time, the
// weights of the occupied slots only into zero-padded rows of 16, 24 or 32 lanes
// (a u16 row index per slot; 24 for the 17 tags of English part of speech, a
// quarter less to read and to cache than 32), plus a row of zeros (row 0) that a
// feature not in the table reads, so the per-feature loop has no branch that
// depends on the data. Same slots, same results as the image's own probing.
#ifndef NEWSMARK_CORE_TAGGER_MODEL_H
#define NEWSMARK_CORE_TAGGER_MODEL_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../table.h"
#include "features.h"

namespace newsmark::tagger {

constexpr std::uint32_t kMaxTags = 32;

inline std::uint16_t fingerprint(std::uint32_t h) {
  const auto f = static_cast<std::uint16_t>(h >> 16);
  return f == 0 ? 1 : f;
}

// Whether a tag named `tag` may follow one named `before` ("" at the start of
// a sentence) under BIO constraints: an "I-X" only after "B-X" or "I-X"; any
// other tag after anything. The one rule of Model::constrain_bio() and of the
// trainer's constrained training.
inline bool bio_may_follow(std::string_view before, std::string_view tag) {
  if (tag.size() < 3 || tag[0] != 'I' || tag[1] != '-') return true;
  return before.size() == tag.size() && (before[0] == 'B' || before[0] == 'I') && before.substr(1) == tag.substr(1);
}

class Model {
 public:
  explicit Model(const Table& table);
  bool ok() const { return tags_ > 0; }
  std::uint32_t tag_count() const { return tags_; }
  bool uses_pos() const { return uses_pos_; }
  const std::vector<std::string>& tag_names() const { return names_; }
  // Adds the weights of feature h to scores[0..T) (the table as stored).
  void add(std::uint32_t h, std::int32_t* scores) const {
    const std::uint32_t r = row_of(h);
    if (r == 0) return;
    const std::int8_t* w = weights_.data() + static_cast<std::size_t>(r) * lanes_;
    for (std::uint32_t t = 0; t < tags_; ++t) scores[t] += w[t];
  }
  // The slot of feature h, or -1: probes the dense fingerprint array only
  // (2 bytes a slot), eight slots at once.
  std::int32_t find(std::uint32_t h) const {
    const std::uint32_t r = slot_of(h);
    return r == mask_ + 1 ? -1 : static_cast<std::int32_t>(r);
  }
  // The weight row of feature h; row 0 (zeros) when it is not in the table.
  std::uint32_t row_of(std::uint32_t h) const { return row_[slot_of(h)]; }
  // The slot of feature h, or the slot count when it is not in the table. Compares eight fingerprints at once (the
  // array repeats its first eight after its end), so that the common case
  // takes no branch that depends on the data; a chain longer than eight
  // slots goes on eight at a time.
  std::uint32_t slot_of(std::uint32_t h) const {
    const std::uint16_t f = fingerprint(h);
    std::uint32_t s = h & mask_;
    for (std::uint32_t windows = 0; windows <= mask_ / 8 + 1; ++windows, s = (s + 8) & mask_) {
      const std::uint16_t* k = keys_.data() + s;
      std::uint32_t eq = 0, empty = 0;
#if defined(__SSE2__)
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(k));
      eq = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi16(v, _mm_set1_epi16(static_cast<short>(f)))));
      empty = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi16(v, _mm_setzero_si128())));
#else
      for (std::uint32_t j = 0; j < 8; ++j) {
        eq |= static_cast<std::uint32_t>(k[j] == f) << (2 * j);
        empty |= static_cast<std::uint32_t>(k[j] == 0) << (2 * j);
      }
#endif
      // The first match before the first empty slot, if any (two mask bits a slot).
      if (empty != 0) {
        const std::uint32_t before = eq & ((empty & (0u - empty)) - 1);
        return before != 0 ? (s + (static_cast<std::uint32_t>(__builtin_ctz(before)) >> 1)) & mask_ : mask_ + 1;
      }
      if (eq != 0) return (s + (static_cast<std::uint32_t>(__builtin_ctz(eq)) >> 1)) & mask_;
    }
    return mask_ + 1;
  }
  // The fingerprint in slot s (0: empty) and its weights (the trainer re-encodes models with these).
  std::uint16_t fingerprint_at(std::uint32_t s) const { return keys_[s]; }
  const std::int8_t* row_at(std::uint32_t s) const { return weights_.data() + static_cast<std::size_t>(row_[s]) * lanes_; }
  // Tags the n tokens greedily: out[i] is the index of the best tag. `pos`
  // (or null) feeds the part-of-speech features of an entity model.
  void tag(const TokenPieces* p, std::uint32_t n, const std::uint8_t* pos, std::uint8_t* out) const;
  // From now on an "I-X" tag may only follow "B-X" or "I-X" (BIO-constrained
  // greedy decoding); without this call every tag may follow every tag.
  void constrain_bio();
  // Whether tag t may follow tag prev (kNoTag: the start of a sentence).
  bool allowed(std::uint32_t prev, std::uint32_t t) const {
    return !constrained_ || (allowed_after_[prev == kNoTag || prev >= kMaxTags ? kMaxTags : prev] >> t) & 1u;
  }

 private:
  // Per previous tag (kMaxTags: none), the bits of the tags that may follow.
  std::uint32_t allowed_after_[kMaxTags + 1] = {};
  bool constrained_ = false;
  std::uint32_t tags_ = 0;
  std::uint32_t mask_ = 0;
  bool uses_pos_ = false;
  std::uint32_t lanes_ = 0;  // 16, 24 or 32: the weights of a slot padded with zeros
  // The image's rows unpacked once at load: the fingerprints apart from the
  // weights, so that a probe that misses (most do) reads 2 bytes, not a row,
  // and the weights in fixed-width rows the compiler vectorises.
  std::vector<std::uint16_t> keys_;
  std::vector<std::uint16_t> row_;  // per slot (+1 for "not found": 0) its row in weights_
  std::vector<std::int8_t> weights_;  // row 0 zeros, then one row per occupied slot
  // The summed weights of the features a missing neighbour gives (the
  // sentence boundary): before, after, two before, two after; lanes_ each.
  std::vector<std::int16_t> boundary_;
  // Summed weights of the features that look at two tags only, by pair
  // (lanes_ each): the two tags before (tag_pair_features; index of a tag,
  // tags_ for none), and for an entity model the part-of-speech tags left and
  // right (pos_left/right_features; index kMaxTags for none). Tags are few,
  // so a table costs a few thousand probes once at load and saves five to
  // eight per token.
  std::vector<std::int16_t> tag_pairs_, pos_left_, pos_right_;
  // Adds the weights of k features to row (lanes_ wide), at load.
  void sum_features(const std::uint32_t* feats, std::uint32_t k, std::int16_t* row) const;
  // Tells this model's per-thread cache of summed weights (model.cpp) from
  // those of other models, also of one built later at the same address.
  std::uint32_t id_ = 0;
  template <std::uint32_t Lanes>
  void add_rows(const std::uint32_t* feats, std::uint32_t k, std::int16_t* acc) const {
    add_rows_of<Lanes, false>(feats, k, acc);
  }
  // add_rows() of k rows given by their index (row_of() done).
  template <std::uint32_t Lanes>
  void add_row_list(const std::uint32_t* rows, std::uint32_t k, std::int16_t* acc) const {
    add_rows_of<Lanes, true>(rows, k, acc);
  }
  template <std::uint32_t Lanes, bool kRows>
  void add_rows_of(const std::uint32_t* x, std::uint32_t k, std::int16_t* acc) const;
  template <std::uint32_t Lanes>
  void tag_lanes(const TokenPieces* p, std::uint32_t n, const std::uint8_t* pos, std::uint8_t* out) const;
  std::vector<std::string> names_;
};

}  // namespace newsmark::tagger

#endif

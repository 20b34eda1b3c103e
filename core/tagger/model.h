// A tagger model read in place from a compiled-in table image (core/table.h):
// greedy left-to-right decoding of an averaged perceptron whose weights are
// quantised to 8 bits and stored in an open-addressing table of feature
// hashes.
//
// Sections of a model image (written by core/tagger/train/train.cpp):
//   "meta"    u32[4]: tag count T, slot count S (a power of two), feature set
//             (1 = with part-of-speech features), 0
//   "tags"    the tag names, one per line, in score order
//   "rows"    S rows of 2+T bytes: the fingerprint of the feature in the slot
//             (u16, 0 = empty), then its weights, one i8 per tag (key and
//             weights side by side: one cache line per probe)
// The slot of feature hash h is h & (S-1), then the following ones until
// the fingerprint (h >> 16, 0 made 1) matches or an empty slot ends the search.
#ifndef NEWSMARK_CORE_TAGGER_MODEL_H
#define NEWSMARK_CORE_TAGGER_MODEL_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../table.h"
#include "features.h"

namespace newsmark::tagger {

constexpr std::uint32_t kMaxTags = 32;

inline std::uint16_t fingerprint(std::uint32_t h) {
  const auto f = static_cast<std::uint16_t>(h >> 16);
  return f == 0 ? 1 : f;
}

class Model {
 public:
  explicit Model(const Table& table);
  bool ok() const { return tags_ > 0; }
  std::uint32_t tag_count() const { return tags_; }
  bool uses_pos() const { return uses_pos_; }
  const std::vector<std::string>& tag_names() const { return names_; }
  // Adds the weights of feature h to scores[0..T).
  void add(std::uint32_t h, std::int32_t* scores) const {
    std::uint32_t s = h & mask_;
    const std::uint16_t f = fingerprint(h);
    for (std::uint32_t probes = 0; probes <= mask_; ++probes, s = (s + 1) & mask_) {
      const unsigned char* row = rows_ + static_cast<std::size_t>(s) * stride_;
      const auto k = static_cast<std::uint16_t>(row[0] | (row[1] << 8));
      if (k == 0) return;
      if (k == f) {
        const auto* w = reinterpret_cast<const std::int8_t*>(row + 2);
        for (std::uint32_t t = 0; t < tags_; ++t) scores[t] += w[t];
        return;
      }
    }
  }
  void prefetch(std::uint32_t h) const {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(rows_ + static_cast<std::size_t>(h & mask_) * stride_);
#else
    (void)h;
#endif
  }
  // Tags the n tokens greedily: out[i] is the index of the best tag. `pos`
  // (or null) feeds the part-of-speech features of an entity model.
  void tag(const TokenPieces* p, std::uint32_t n, const std::uint8_t* pos, std::uint8_t* out) const;

 private:
  std::uint32_t tags_ = 0;
  std::uint32_t mask_ = 0;
  bool uses_pos_ = false;
  std::uint32_t stride_ = 0;
  const unsigned char* rows_ = nullptr;
  std::vector<std::string> names_;
};

}  // namespace newsmark::tagger

#endif

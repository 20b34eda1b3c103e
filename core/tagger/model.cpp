#include "model.h"

#include <cstring>

namespace newsmark::tagger {

Model::Model(const Table& table) {
  const ArrayView<std::uint32_t> meta = table.array<std::uint32_t>("meta");
  if (meta.size < 4) return;
  const std::uint32_t tags = meta[0], slots = meta[1];
  if (tags == 0 || tags > kMaxTags || slots == 0 || (slots & (slots - 1)) != 0) return;
  const std::string_view rows = table.bytes("rows");
  if (rows.size() != static_cast<std::size_t>(slots) * (2 + tags)) return;
  std::string_view names = table.bytes("tags");
  while (!names.empty()) {
    const std::size_t nl = names.find('\n');
    names_.emplace_back(names.substr(0, nl));
    names.remove_prefix(nl == std::string_view::npos ? names.size() : nl + 1);
  }
  if (names_.size() != tags) return;
  const auto* bytes = reinterpret_cast<const unsigned char*>(rows.data());
  const std::uint32_t stride = 2 + tags;
  lanes_ = tags <= 16 ? 16 : 32;
  keys_.assign(slots + 8, 0);
  row_.assign(slots + 1, 0);
  // The rows in use counted first, so the weights are allocated once (growing them row by row
  // was most of an engine's start-up: 6.2M of 9.0M instructions of a native run on one sentence).
  std::size_t rows_used = 1;  // row 0: a feature not in the table
  for (std::uint32_t s = 0; s < slots; ++s)
    rows_used += (bytes[static_cast<std::size_t>(s) * stride] | bytes[static_cast<std::size_t>(s) * stride + 1]) != 0;
  if (rows_used > 0x10000) return;  // more rows than 16-bit indices reach
  weights_.assign(rows_used * lanes_, 0);
  std::uint32_t used = 1;
  for (std::uint32_t s = 0; s < slots; ++s) {
    const unsigned char* row = bytes + static_cast<std::size_t>(s) * stride;
    keys_[s] = static_cast<std::uint16_t>(row[0] | (row[1] << 8));
    if (keys_[s] == 0) continue;
    row_[s] = static_cast<std::uint16_t>(used++);
    for (std::uint32_t t = 0; t < tags; ++t)
      weights_[static_cast<std::size_t>(row_[s]) * lanes_ + t] = static_cast<std::int8_t>(row[2 + t]);
  }
  for (std::uint32_t j = 0; j < 8; ++j) keys_[slots + j] = keys_[j & (slots - 1)];
  mask_ = slots - 1;
  uses_pos_ = meta[2] == 1;
  tags_ = tags;
}

template <std::uint32_t Lanes>
void Model::tag_lanes(const TokenPieces* p, std::uint32_t n, const std::uint8_t* pos, std::uint8_t* out) const {
  std::uint32_t feats[kMaxFeatures + 8];
  std::uint32_t prev = kNoTag, prev2 = kNoTag;
  const std::int8_t* weights = weights_.data();
  for (std::uint32_t i = 0; i < n; ++i) {
    if (p[i].sentence_start) prev = prev2 = kNoTag;
    // 16-bit sums: at most ~60 features of |w| <= 127 each.
    alignas(64) std::int16_t scores[Lanes] = {};
    std::uint32_t k = static_features(p, n, i, uses_pos_ ? pos : nullptr, feats);
    k += tag_features(p, i, prev, prev2, feats + k);
#if defined(__SSE2__)
    // Eight 16-bit lanes per register, sign-extended from the int8 weights.
    __m128i acc[Lanes / 8];
    for (auto& a : acc) a = _mm_setzero_si128();
    for (std::uint32_t f = 0; f < k; ++f) {
      const std::int8_t* w = weights + static_cast<std::size_t>(row_of(feats[f])) * Lanes;
      for (std::uint32_t q = 0; q < Lanes / 16; ++q) {
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w + 16 * q));
        const __m128i sign = _mm_cmpgt_epi8(_mm_setzero_si128(), b);
        acc[2 * q] = _mm_add_epi16(acc[2 * q], _mm_unpacklo_epi8(b, sign));
        acc[2 * q + 1] = _mm_add_epi16(acc[2 * q + 1], _mm_unpackhi_epi8(b, sign));
      }
    }
    for (std::uint32_t q = 0; q < Lanes / 8; ++q) _mm_store_si128(reinterpret_cast<__m128i*>(scores + 8 * q), acc[q]);
#else
    for (std::uint32_t f = 0; f < k; ++f) {
      std::int8_t w[Lanes];  // a copy: int8 may alias the scores, which would keep the loop scalar
      std::memcpy(w, weights + static_cast<std::size_t>(row_of(feats[f])) * Lanes, Lanes);
      for (std::uint32_t t = 0; t < Lanes; ++t) scores[t] = static_cast<std::int16_t>(scores[t] + w[t]);
    }
#endif
    std::uint32_t best = 0;
    for (std::uint32_t t = 1; t < tags_; ++t)
      if (scores[t] > scores[best]) best = t;
    out[i] = static_cast<std::uint8_t>(best);
    prev2 = prev;
    prev = best;
  }
}

void Model::tag(const TokenPieces* p, std::uint32_t n, const std::uint8_t* pos, std::uint8_t* out) const {
  if (lanes_ == 16) tag_lanes<16>(p, n, pos, out);
  else tag_lanes<32>(p, n, pos, out);
}

}  // namespace newsmark::tagger

#include "model.h"

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
  rows_ = reinterpret_cast<const unsigned char*>(rows.data());
  stride_ = 2 + tags;
  mask_ = slots - 1;
  uses_pos_ = meta[2] == 1;
  tags_ = tags;
}

void Model::tag(const TokenPieces* p, std::uint32_t n, const std::uint8_t* pos, std::uint8_t* out) const {
  std::uint32_t feats[kMaxFeatures + 8];
  std::uint32_t prev = kNoTag, prev2 = kNoTag;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (p[i].sentence_start) prev = prev2 = kNoTag;
    std::int32_t scores[kMaxTags] = {};
    std::uint32_t k = static_features(p, n, i, uses_pos_ ? pos : nullptr, feats);
    k += tag_features(p, i, prev, prev2, feats + k);
    // Ask for every feature's row first, then read them: the misses overlap
    // instead of following one another.
    for (std::uint32_t f = 0; f < k; ++f) prefetch(feats[f]);
    for (std::uint32_t f = 0; f < k; ++f) add(feats[f], scores);
    std::uint32_t best = 0;
    for (std::uint32_t t = 1; t < tags_; ++t)
      if (scores[t] > scores[best]) best = t;
    out[i] = static_cast<std::uint8_t>(best);
    prev2 = prev;
    prev = best;
  }
}

}  // namespace newsmark::tagger

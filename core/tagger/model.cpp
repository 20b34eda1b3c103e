#include "model.h"

#include <algorithm>
#include <cstdint>
#include <atomic>
#include <cstring>
#include <new>

#include "feature_parts.h"

namespace newsmark::tagger {

namespace {

// int16 lanes wrap around (as the sums always did): adding in any order
// gives the same bits, so sums taken apart and added later are exact.
template <std::uint32_t Lanes>
inline void add_i16(std::int16_t* acc, const std::int16_t* row) {
#if defined(__SSE2__)
  for (std::uint32_t q = 0; q < Lanes / 8; ++q) {
    __m128i* a = reinterpret_cast<__m128i*>(acc + 8 * q);
    _mm_storeu_si128(a, _mm_add_epi16(_mm_loadu_si128(a), _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 8 * q))));
  }
#else
  for (std::uint32_t t = 0; t < Lanes; ++t) acc[t] = static_cast<std::int16_t>(acc[t] + row[t]);
#endif
}

// What a cache entry is the sums of: every piece a part looks at.
struct PieceKey {
  std::uint64_t word = 0, key = 0, shape = 0;
  std::uint64_t prefix[3] = {0, 0, 0};
  std::uint64_t suffix[4] = {0, 0, 0, 0};
  std::uint32_t gazetteer = 0;
  bool used = false;
  bool same(const TokenPieces& p) const {
    return used && word == p.word && key == p.key && shape == p.shape && gazetteer == p.gazetteer &&
           prefix[0] == p.prefix[0] && prefix[1] == p.prefix[1] && prefix[2] == p.prefix[2] &&
           suffix[0] == p.suffix[0] && suffix[1] == p.suffix[1] && suffix[2] == p.suffix[2] &&
           suffix[3] == p.suffix[3];
  }
  void set(const TokenPieces& p) {
    word = p.word, key = p.key, shape = p.shape, gazetteer = p.gazetteer;
    for (int j = 0; j < 3; ++j) prefix[j] = p.prefix[j];
    for (int j = 0; j < 4; ++j) suffix[j] = p.suffix[j];
    used = true;
  }
};

// Per token form, the summed weights of the features that look at that
// token only (about 30 of the 40-odd of a position): its own, with and
// without a token before it, and what it gives the positions one and two
// before and after it. Running text repeats its words (Zipf), so most
// tokens find their sums here and cost six row additions instead of some
// thirty probes into the model's table. Direct-mapped, one per model and
// thread, kept across texts; an entry is only a cache of what the table
// says, so what it holds never changes a result. It starts small, so that
// an engine that tags one short text does not pay for clearing megabytes,
// and grows (cleared) as the thread tags more.
constexpr std::uint32_t kRowsPerEntry = 6;  // own (no token before), own (a token before), as prev, next, prev2, next2
constexpr std::uint32_t kFirstEntries = 256;
constexpr std::uint32_t kMaxEntries = 4096;  // more measured no faster (the tables' cache lines compete)

// An entry: its PieceKey, then its rows (kRowsPerEntry x lanes int16), side
// by side so that a lookup touches one stretch of memory.
constexpr std::size_t kKeyBytes = (sizeof(PieceKey) + 15) / 16 * 16;

// The rows named by features over two pieces with few distinct values (two
// shapes; the tag before and a shape: FeaturePieces), by template and pieces,
// direct-mapped: a few thousand such pairs occur, so most positions find the
// row here instead of hashing the feature and probing the table. Like the
// sums, only a cache of what the table says.
struct PairRow {
  std::uint64_t a = 0, b = 0;
  std::uint32_t templ = 0;  // 0: empty (no template of FeaturePieces is 0)
  std::uint32_t row = 0;
};
constexpr std::uint32_t kPairRows = 2048;

struct SumCache {
  std::vector<PairRow> pair_rows;  // kPairRows, cleared with the sums
  std::uint32_t model = 0;
  std::uint32_t entries = 0;  // a power of two
  std::uint64_t tagged = 0;   // tokens tagged since it last grew
  std::size_t entry_bytes = 0;
  std::vector<std::int64_t> data;  // 8-byte aligned entries
  PieceKey& key(std::uint32_t e) {
    return *reinterpret_cast<PieceKey*>(reinterpret_cast<char*>(data.data()) + e * entry_bytes);
  }
  std::int16_t* rows(std::uint32_t e) {
    return reinterpret_cast<std::int16_t*>(reinterpret_cast<char*>(data.data()) + e * entry_bytes + kKeyBytes);
  }
  void allocate(std::uint32_t n, std::uint32_t lanes) {
    entries = n;
    tagged = 0;
    entry_bytes = kKeyBytes + kRowsPerEntry * lanes * sizeof(std::int16_t);
    data.assign(n * entry_bytes / sizeof(std::int64_t), 0);
    for (std::uint32_t e = 0; e < n; ++e) new (&key(e)) PieceKey();
    pair_rows.assign(kPairRows, PairRow{});
  }
  // The row of feature(f.templ, f.a, f.b) in model m.
  std::uint32_t pair_row(const Model& m, const FeaturePieces& f) {
    PairRow& r = pair_rows[((f.b + f.templ) * 0x9E3779B97F4A7C15ull + f.a * 0xC2B2AE3D27D4EB4Full) >> 53 & (kPairRows - 1)];
    if (r.templ != f.templ || r.a != f.a || r.b != f.b) r = {f.a, f.b, f.templ, m.row_of(feature(f.templ, f.a, f.b))};
    return r.row;
  }
  std::uint32_t entry_of(const TokenPieces& p) const {
    return static_cast<std::uint32_t>(
               mix(p.key ^ (p.word * 0x9E3779B97F4A7C15ull) ^ (p.shape * 0xC2B2AE3D27D4EB4Full) ^ p.gazetteer)) &
           (entries - 1);
  }
};

struct ThreadCaches {
  SumCache caches[4];
  std::vector<std::int16_t> sums;  // per position of the text being tagged
  // The cache of a model, for a text of n tokens.
  SumCache& of(std::uint32_t model, std::uint32_t lanes, std::uint32_t n) {
    SumCache* c = nullptr;
    for (SumCache& x : caches)
      if (x.model == model) c = &x;
    if (c == nullptr) {
      for (SumCache& x : caches)
        if (x.model == 0 && c == nullptr) c = &x;
      if (c == nullptr) c = &caches[model & 3];
      c->model = model;
      c->allocate(kFirstEntries, lanes);
    }
    c->tagged += n;
    // Four times as many entries once it has seen 16 tokens per entry.
    if (c->entries < kMaxEntries && c->tagged > 16ull * c->entries) c->allocate(c->entries * 4, lanes);
    return *c;
  }
};

std::atomic<std::uint32_t> next_model_id{1};

}  // namespace

Model::Model(const Table& table) {
  const ArrayView<std::uint32_t> meta = table.array<std::uint32_t>("meta");
  if (meta.size < 4) return;
  const std::uint32_t tags = meta[0], slots = meta[1];
  if (tags == 0 || tags > kMaxTags || slots == 0 || (slots & (slots - 1)) != 0) return;
  const std::uint32_t bits = meta[3];
  if (bits != 4 && bits != 8) return;
  const std::uint32_t layout = meta.size >= 5 ? meta[4] : 0;  // 0: dense rows, 1: sparse rows (model.h)
  if (layout > 1) return;
  const std::string_view keys = table.bytes("keys"), gaps = table.bytes("gaps"), weights = table.bytes("weights");
  const std::string_view levels = table.bytes("levels");  // at 4 bits: the value of each code
  if (bits == 4 && (levels.empty() || levels.size() > 16)) return;
  const std::size_t rows = keys.size() / 2;  // the occupied slots
  if (keys.size() % 2 != 0 || rows >= 0x10000 || rows > slots) return;  // 16-bit row indices; row 0 is "not found"
  // Sparse rows: per row a bitmap of the tags with a weight, as byte planes (all rows' first
  // bytes, then all rows' second bytes, ...), and only those weights stored.
  const std::string_view mask = table.bytes("mask");
  const std::uint32_t mask_bytes = (tags + 7) / 8;
  const auto* mk = reinterpret_cast<const unsigned char*>(mask.data());
  const auto present = [&](std::size_t r) {
    std::uint32_t m = 0;
    for (std::uint32_t b = 0; b < mask_bytes; ++b) m |= static_cast<std::uint32_t>(mk[b * rows + r]) << (8 * b);
    return m;
  };
  std::uint64_t stored = static_cast<std::uint64_t>(rows) * tags;  // weights in the "weights" stream
  if (layout == 1) {
    if (mask.size() != rows * mask_bytes) return;
    stored = 0;
    for (std::size_t r = 0; r < rows; ++r) {
      const std::uint32_t m = present(r);
      if (tags < 32 && (m >> tags) != 0) return;
      stored += static_cast<std::uint32_t>(__builtin_popcount(m));
    }
  }
  if (weights.size() != (stored * bits + 7) / 8) return;
  std::string_view names = table.bytes("tags");
  while (!names.empty()) {
    const std::size_t nl = names.find('\n');
    names_.emplace_back(names.substr(0, nl));
    names.remove_prefix(nl == std::string_view::npos ? names.size() : nl + 1);
  }
  if (names_.size() != tags) return;
  lanes_ = tags <= 16 ? 16 : tags <= 24 ? 24 : 32;
  keys_.assign(slots + 8, 0);
  row_.assign(slots + 1, 0);
  weights_.assign((rows + 1) * lanes_, 0);  // row 0: a feature not in the table
  const auto* k = reinterpret_cast<const unsigned char*>(keys.data());
  const auto* w = reinterpret_cast<const unsigned char*>(weights.data());
  std::size_t g = 0;        // next byte of the gaps
  std::uint64_t slot = 0;   // the next slot that may be occupied
  std::uint64_t weight = 0; // the next weight
  for (std::size_t r = 0; r < rows; ++r) {
    for (;; ++g) {  // the empty slots before this one: bytes of 255 add up until one is less
      if (g >= gaps.size()) return;
      slot += static_cast<unsigned char>(gaps[g]);
      if (static_cast<unsigned char>(gaps[g]) < 255) break;
    }
    ++g;
    const auto fp = static_cast<std::uint16_t>(k[2 * r] | (k[2 * r + 1] << 8));
    if (slot >= slots || fp == 0) return;
    keys_[slot] = fp;
    row_[slot] = static_cast<std::uint16_t>(r + 1);
    std::int8_t* out = weights_.data() + (r + 1) * lanes_;
    // The tags with a stored weight, lowest first (the others stay 0).
    std::uint32_t m = layout == 1 ? present(r) : (tags < 32 ? (1u << tags) - 1 : ~0u);
    for (; m != 0; m &= m - 1) {
      const auto t = static_cast<std::uint32_t>(__builtin_ctz(m));
      if (bits == 8) {
        out[t] = static_cast<std::int8_t>(w[weight]);
      } else {  // a code into the levels, two to a byte, the low nibble first
        const unsigned code = (w[weight / 2] >> (4 * (weight % 2))) & 0x0F;
        if (code >= levels.size()) return;
        out[t] = static_cast<std::int8_t>(levels[code]);
      }
      ++weight;
    }
    ++slot;
  }
  if (g != gaps.size()) return;
  for (std::uint32_t j = 0; j < 8; ++j) keys_[slots + j] = keys_[j & (slots - 1)];
  mask_ = slots - 1;
  uses_pos_ = meta[2] == 1;
  // The boundary's sums (see tag_lanes): four rows of lanes_.
  boundary_.assign(4 * lanes_, 0);
  std::uint32_t feats[kMaxFeatures];
  sum_features(feats, as_prev_features(nullptr, feats), boundary_.data());
  sum_features(feats, as_next_features(nullptr, feats), boundary_.data() + lanes_);
  sum_features(feats, as_prev2_features(nullptr, feats), boundary_.data() + 2 * lanes_);
  sum_features(feats, as_next2_features(nullptr, feats), boundary_.data() + 3 * lanes_);
  // The tables by tag pair (see model.h); the tag kNoTag / 0xFF at the last index.
  const std::uint32_t t1 = tags + 1;
  tag_pairs_.assign(static_cast<std::size_t>(t1) * t1 * lanes_, 0);
  for (std::uint32_t a = 0; a < t1; ++a)
    for (std::uint32_t b = 0; b < t1; ++b)
      sum_features(feats, tag_pair_features(a == tags ? kNoTag : a, b == tags ? kNoTag : b, feats),
                   tag_pairs_.data() + (static_cast<std::size_t>(a) * t1 + b) * lanes_);
  if (uses_pos_) {
    constexpr std::uint32_t p1 = kMaxTags + 1;
    pos_left_.assign(static_cast<std::size_t>(p1) * p1 * lanes_, 0);
    pos_right_.assign(static_cast<std::size_t>(p1) * p1 * lanes_, 0);
    for (std::uint32_t a = 0; a < p1; ++a)
      for (std::uint32_t b = 0; b < p1; ++b) {
        const auto ta = static_cast<std::uint8_t>(a == kMaxTags ? 0xFF : a);
        const auto tb = static_cast<std::uint8_t>(b == kMaxTags ? 0xFF : b);
        const std::size_t at = (static_cast<std::size_t>(a) * p1 + b) * lanes_;
        sum_features(feats, pos_left_features(ta, tb, feats), pos_left_.data() + at);
        sum_features(feats, pos_right_features(ta, tb, feats), pos_right_.data() + at);
      }
  }
  id_ = next_model_id.fetch_add(1);
  tags_ = tags;
}

void Model::sum_features(const std::uint32_t* feats, std::uint32_t k, std::int16_t* row) const {
  for (std::uint32_t f = 0; f < k; ++f) {
    const std::int8_t* w = weights_.data() + static_cast<std::size_t>(row_of(feats[f])) * lanes_;
    for (std::uint32_t t = 0; t < lanes_; ++t) row[t] = static_cast<std::int16_t>(row[t] + w[t]);
  }
}

template <std::uint32_t Lanes, bool kRows>
void Model::add_rows_of(const std::uint32_t* x, std::uint32_t k, std::int16_t* acc) const {
  // x: feature hashes, or (kRows) row indices
  const auto row = [this, x](std::uint32_t f) { return kRows ? x[f] : row_of(x[f]); };
  const std::int8_t* weights = weights_.data();
#if defined(__SSE2__)
  // Eight 16-bit lanes per register, sign-extended from the int8 weights.
  __m128i a[Lanes / 8];
  for (std::uint32_t q = 0; q < Lanes / 8; ++q) a[q] = _mm_load_si128(reinterpret_cast<const __m128i*>(acc + 8 * q));
  for (std::uint32_t f = 0; f < k; ++f) {
    const std::int8_t* w = weights + static_cast<std::size_t>(row(f)) * Lanes;
    for (std::uint32_t q = 0; q < Lanes / 16; ++q) {
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w + 16 * q));
      const __m128i sign = _mm_cmpgt_epi8(_mm_setzero_si128(), b);
      a[2 * q] = _mm_add_epi16(a[2 * q], _mm_unpacklo_epi8(b, sign));
      a[2 * q + 1] = _mm_add_epi16(a[2 * q + 1], _mm_unpackhi_epi8(b, sign));
    }
    if constexpr (Lanes % 16 == 8) {  // 24 lanes: the last eight weights, read alone (the next row follows them)
      const __m128i b = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(w + Lanes - 8));
      const __m128i sign = _mm_cmpgt_epi8(_mm_setzero_si128(), b);
      a[Lanes / 8 - 1] = _mm_add_epi16(a[Lanes / 8 - 1], _mm_unpacklo_epi8(b, sign));
    }
  }
  for (std::uint32_t q = 0; q < Lanes / 8; ++q) _mm_store_si128(reinterpret_cast<__m128i*>(acc + 8 * q), a[q]);
#else
  for (std::uint32_t f = 0; f < k; ++f) {
    std::int8_t w[Lanes];  // a copy: int8 may alias the scores, which would keep the loop scalar
    std::memcpy(w, weights + static_cast<std::size_t>(row(f)) * Lanes, Lanes);
    for (std::uint32_t t = 0; t < Lanes; ++t) acc[t] = static_cast<std::int16_t>(acc[t] + w[t]);
  }
#endif
}

template <std::uint32_t Lanes>
void Model::tag_lanes(const TokenPieces* p, std::uint32_t n, const std::uint8_t* pos, std::uint8_t* out) const {
  std::uint32_t feats[kMaxFeatures + 8];
  thread_local ThreadCaches threads;
  SumCache& cache = threads.of(id_, Lanes, n);
  // 16-bit sums: at most ~60 features of |w| <= 127 each.
  std::vector<std::int16_t>& sums = threads.sums;
  // Each position is cleared just before the first sums reach it (below):
  // a memset of the whole text's rows ahead touched all of them twice.
  // (assign, not resize: a longer text allocates exactly its rows, as before.)
  if (sums.size() < static_cast<std::size_t>(n) * Lanes) sums.assign(static_cast<std::size_t>(n) * Lanes, 0);
  std::int16_t* const sum = sums.data();
  const auto clear = [sum](std::uint32_t at) { std::memset(sum + static_cast<std::size_t>(at) * Lanes, 0, Lanes * sizeof(std::int16_t)); };
  const std::int16_t* const boundary = boundary_.data();
  // First the features of single tokens, from the cache: each token adds
  // its own sums to its position and its neighbour sums to the positions
  // around it (those in its sentence); a missing neighbour adds the
  // boundary's.
  constexpr std::uint32_t kAhead = 4;  // entries fetched ahead (all their lines): most lookups miss the CPU's caches
  constexpr std::size_t kEntryBytes = kKeyBytes + kRowsPerEntry * Lanes * sizeof(std::int16_t);
  std::uint32_t entry_at[kAhead];      // the entries of positions i .. i + kAhead - 1, at position % kAhead
  for (std::uint32_t i = 0; i < n && i < kAhead; ++i) {
    entry_at[i] = cache.entry_of(p[i]);
    __builtin_prefetch(&cache.key(entry_at[i]));
  }
  for (std::uint32_t i = 0; i < n && i < 2; ++i) clear(i);
  for (std::uint32_t i = 0; i < n; ++i) {
    // Token i adds to positions i-2 .. i+2; those before i+2 were cleared already.
    if (i + 2 < n) clear(i + 2);
    const std::uint32_t e = entry_at[i % kAhead];
    if (i + kAhead < n) {
      entry_at[i % kAhead] = cache.entry_of(p[i + kAhead]);
      const char* ahead = reinterpret_cast<const char*>(&cache.key(entry_at[i % kAhead]));
      for (std::size_t at = 0; at < kEntryBytes; at += 64) __builtin_prefetch(ahead + at);
    }
    const TokenPieces& c = p[i];
    std::int16_t* rows = cache.rows(e);
    if (!cache.key(e).same(c)) {
      cache.key(e).set(c);
      std::fill(rows, rows + kRowsPerEntry * Lanes, 0);
      // Own features: the common ones once, then template 21 for each case.
      std::uint32_t k = own_common_features(c, feats);
      add_rows<Lanes>(feats, k, rows);
      std::memcpy(rows + Lanes, rows, Lanes * sizeof(std::int16_t));
      feats[0] = feature(21, c.shape, true);  // no token before
      feats[1] = feature(21, c.shape, false);
      add_rows<Lanes>(feats, 1, rows);
      add_rows<Lanes>(feats + 1, 1, rows + Lanes);
      k = as_prev_features(&c, feats);
      add_rows<Lanes>(feats, k, rows + 2 * Lanes);
      k = as_next_features(&c, feats);
      add_rows<Lanes>(feats, k, rows + 3 * Lanes);
      k = as_prev2_features(&c, feats);
      add_rows<Lanes>(feats, k, rows + 4 * Lanes);
      k = as_next2_features(&c, feats);
      add_rows<Lanes>(feats, k, rows + 5 * Lanes);
    }
    const bool has_prev = has_prev_at(p, i), has_next = has_next_at(p, n, i);
    const bool has_prev2 = has_prev && i > 1 && !p[i - 1].sentence_start;
    const bool has_next2 = has_next && i + 2 < n && !p[i + 2].sentence_start;
    std::int16_t* s = sum + static_cast<std::size_t>(i) * Lanes;
    add_i16<Lanes>(s, rows + (has_prev ? Lanes : 0));
    if (has_next) add_i16<Lanes>(s + Lanes, rows + 2 * Lanes);
    else add_i16<Lanes>(s, boundary + Lanes);
    if (has_prev) add_i16<Lanes>(s - Lanes, rows + 3 * Lanes);
    else add_i16<Lanes>(s, boundary);
    if (has_next2) add_i16<Lanes>(s + 2 * Lanes, rows + 4 * Lanes);
    else add_i16<Lanes>(s, boundary + 3 * Lanes);
    if (has_prev2) add_i16<Lanes>(s - 2 * Lanes, rows + 5 * Lanes);
    else add_i16<Lanes>(s, boundary + 2 * Lanes);
  }
  // Then what looks at a token and its neighbours or at the part-of-speech
  // tags: also fixed before decoding, so these probes do not wait for each
  // other (the decoding below waits for the tag before each position).
  for (std::uint32_t i = 0; i < n; ++i) {
    std::int16_t* s = sum + static_cast<std::size_t>(i) * Lanes;
    // The shape pairs' rows (remembered), then the features hashed and probed.
    FeaturePieces shapes[2];
    std::uint32_t rows[2];
    const std::uint32_t m = pair_shape_pieces(p, n, i, shapes);
    for (std::uint32_t j = 0; j < m; ++j) rows[j] = cache.pair_row(*this, shapes[j]);
    add_row_list<Lanes>(rows, m, s);
    std::uint32_t k = pair_word_features(p, n, i, feats);
    if (uses_pos_ && pos != nullptr) {
      const std::uint8_t tp = has_prev_at(p, i) ? pos[i - 1] : 0xFF, tn = has_next_at(p, n, i) ? pos[i + 1] : 0xFF;
      const auto at = [](std::uint8_t t) { return t == 0xFF ? kMaxTags : t; };
      if (pos[i] < kMaxTags && (tp < kMaxTags || tp == 0xFF) && (tn < kMaxTags || tn == 0xFF)) {
        add_i16<Lanes>(s, pos_left_.data() + (at(tp) * (kMaxTags + 1) + pos[i]) * Lanes);
        add_i16<Lanes>(s, pos_right_.data() + (pos[i] * (kMaxTags + 1) + at(tn)) * Lanes);
        k += pos_shape_features(pos[i], p[i], feats + k);
      } else {
        k += pos_features(p, n, i, pos, feats + k);  // a tag no table has (not from a model)
      }
    }
    add_rows<Lanes>(feats, k, s);
  }
  // Last, left to right, what looks at the tags already given.
#if defined(__SSE2__)
  // The lanes past the tags (zero weights, so a score of 0) must never win:
  // they are masked to the smallest score, which a real tag ties with only at
  // a lower index (the first best wins, as in the plain loop).
  __m128i keep[Lanes / 8];
  for (std::uint32_t q = 0; q < Lanes / 8; ++q) {
    alignas(16) std::int16_t m[8];
    for (std::uint32_t j = 0; j < 8; ++j) m[j] = static_cast<std::int16_t>(8 * q + j < tags_ ? -1 : 0);
    keep[q] = _mm_load_si128(reinterpret_cast<const __m128i*>(m));
  }
  const __m128i lowest = _mm_set1_epi16(INT16_MIN);
  const __m128i lane_bit = _mm_setr_epi16(1, 2, 4, 8, 16, 32, 64, 128);  // lane j of eight: bit j
#endif
  std::uint32_t prev = kNoTag, prev2 = kNoTag;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (p[i].sentence_start) prev = prev2 = kNoTag;
    alignas(64) std::int16_t scores[Lanes];
    std::memcpy(scores, sum + static_cast<std::size_t>(i) * Lanes, sizeof scores);
    add_i16<Lanes>(scores, tag_pairs_.data() + ((prev == kNoTag ? tags_ : prev) * (tags_ + 1) +
                                                 (prev2 == kNoTag ? tags_ : prev2)) * Lanes);
    // The token's word after the tag (hashed and probed: tag_word_features gives one), its shape
    // after the tag (remembered: tag_shape_pieces gives one), added at once.
    std::uint32_t rows[2];
    tag_word_features(p[i], prev, feats);
    rows[0] = row_of(feats[0]);
    FeaturePieces shape;
    tag_shape_pieces(p[i], prev, &shape);
    rows[1] = cache.pair_row(*this, shape);
    add_row_list<Lanes>(rows, 2, scores);
    std::uint32_t best = 0;
#if defined(__SSE2__)
    // The first tag with the highest score, eight lanes at a time, among the lanes of real tags
    // and (a BIO-constrained model) of the tags allowed after the previous one.
    const std::uint32_t ok = constrained_ ? allowed_after_[prev == kNoTag ? kMaxTags : prev] : ~0u;
    __m128i v[Lanes / 8], mask[Lanes / 8];
    __m128i top = lowest;
    for (std::uint32_t q = 0; q < Lanes / 8; ++q) {
      mask[q] = keep[q];
      if (constrained_) {
        const __m128i bits = _mm_set1_epi16(static_cast<short>((ok >> (8 * q)) & 0xFF));
        mask[q] = _mm_and_si128(mask[q], _mm_cmpeq_epi16(_mm_and_si128(bits, lane_bit), lane_bit));
      }
      const __m128i x = _mm_load_si128(reinterpret_cast<const __m128i*>(scores + 8 * q));
      v[q] = _mm_or_si128(_mm_and_si128(mask[q], x), _mm_andnot_si128(mask[q], lowest));
      top = _mm_max_epi16(top, v[q]);
    }
    top = _mm_max_epi16(top, _mm_shuffle_epi32(top, _MM_SHUFFLE(1, 0, 3, 2)));
    top = _mm_max_epi16(top, _mm_shuffle_epi32(top, _MM_SHUFFLE(2, 3, 0, 1)));
    top = _mm_max_epi16(top, _mm_shufflelo_epi16(_mm_shufflehi_epi16(top, _MM_SHUFFLE(2, 3, 0, 1)), _MM_SHUFFLE(2, 3, 0, 1)));
    for (std::uint32_t q = 0; q < Lanes / 8; ++q) {
      // Only a lane in the mask may win (a masked one equals the top only when every allowed
      // score is the smallest: then, as in the plain loop, the first allowed lane, tag 0).
      const auto eq = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi16(v[q], top))) &
                      static_cast<std::uint32_t>(_mm_movemask_epi8(mask[q]));
      if (eq != 0) {
        best = 8 * q + (static_cast<std::uint32_t>(__builtin_ctz(eq)) >> 1);
        break;
      }
    }
#else
    const std::uint32_t ok = constrained_ ? allowed_after_[prev == kNoTag ? kMaxTags : prev] : ~0u;
    for (std::uint32_t t = 1; t < tags_; ++t)
      if (((ok >> t) & 1u) && scores[t] > scores[best]) best = t;
#endif
    out[i] = static_cast<std::uint8_t>(best);
    prev2 = prev;
    prev = best;
  }
}

void Model::constrain_bio() {
  if (!ok()) return;
  for (std::uint32_t a = 0; a <= kMaxTags; ++a) {
    std::uint32_t bits = 0;
    for (std::uint32_t t = 0; t < tags_; ++t)
      if (bio_may_follow(a < tags_ ? std::string_view(names_[a]) : std::string_view(), names_[t])) bits |= 1u << t;
    allowed_after_[a] = bits | 1u;  // tag 0 always
  }
  constrained_ = true;
}

void Model::tag(const TokenPieces* p, std::uint32_t n, const std::uint8_t* pos, std::uint8_t* out) const {
  if (lanes_ == 16) tag_lanes<16>(p, n, pos, out);
  else if (lanes_ == 24) tag_lanes<24>(p, n, pos, out);
  else tag_lanes<32>(p, n, pos, out);
}

}  // namespace newsmark::tagger

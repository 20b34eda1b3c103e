#include "lexicon.h"

#include <cstring>
#include <vector>

#include <unicode/uchar.h>

#include "text.h"

namespace newsmark {
namespace {

// core/lexicons/tools/tables.mjs: what a value's third word says, and the
// number of entries in a block of the front-coded keys.
constexpr std::uint32_t kPhrase = 1;  // the entry is a phrase
constexpr std::uint32_t kStart = 2;   // a phrase starts with this form
constexpr std::size_t kBlock = 16;

// Bytewise order of a stored key (ending at `end`) against another.
int compare_stored(const char* stored, char end, std::string_view key) {
  for (std::size_t i = 0;; ++i) {
    const bool stored_end = stored[i] == end;
    if (i == key.size()) return stored_end ? 0 : 1;
    if (stored_end) return -1;
    const unsigned char a = static_cast<unsigned char>(stored[i]), b = static_cast<unsigned char>(key[i]);
    if (a != b) return a < b ? -1 : 1;
  }
}

// Eight bytes at a time, multiply-mix (words are short; this is hot).
std::uint64_t hash(std::string_view s) {
  std::uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * 0x9E3779B97F4A7C15ull);
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 29;
  }
  // The last 0-7 bytes as a little-endian number (what a memcpy into a zeroed
  // word gives on a little-endian machine, table.h's only kind), from two
  // loads that may overlap: a memcpy of a length not known at compile time is
  // a call.
  std::uint64_t tail = 0;
  const char* const rest = s.data() + i;
  const std::size_t r = s.size() - i;
  if (r >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, rest, 4);
    std::memcpy(&hi, rest + r - 4, 4);
    tail = lo | static_cast<std::uint64_t>(hi) << (8 * (r - 4));
  } else if (r >= 2) {
    std::uint16_t lo, hi;
    std::memcpy(&lo, rest, 2);
    std::memcpy(&hi, rest + r - 2, 2);
    tail = lo | static_cast<std::uint64_t>(hi) << (8 * (r - 2));
  } else if (r == 1) {
    tail = static_cast<unsigned char>(rest[0]);
  }
  h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 32;
  return h;
}

// Bytes [2, 6) of a key, big-endian, 0 for those past its end (keys hold no
// byte 0, so this orders as the keys do when their first two bytes agree).
std::uint32_t head_of(const char* p, std::size_t size) {
  std::uint32_t h = 0;
  for (std::size_t i = 2; i < 6; ++i) h = h << 8 | (i < size ? static_cast<unsigned char>(p[i]) : 0u);
  return h;
}

}  // namespace

std::string to_lower(std::string_view s) {
  // The ASCII bytes up to the first other one in place (most words are all of them).
  std::string out(s);
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) break;
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
  }
  if (i == s.size()) return out;
  out.resize(i);
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    const char32_t cp = next_code_point(s, i);
    append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  }
  return out;
}

SortedLines::SortedLines(std::string_view text) : text_(text) {
  for (std::size_t at = 0; at < text.size();) {
    starts_.push_back(static_cast<std::uint32_t>(at));
    const std::size_t end = text.find('\n', at);
    at = end == std::string_view::npos ? text.size() : end + 1;
  }
  starts_.push_back(static_cast<std::uint32_t>(text.size()));
}

std::string_view SortedLines::find(std::string_view key) const {
  // Lines [lo, hi) may hold the key.
  std::size_t lo = 0, hi = starts_.empty() ? 0 : starts_.size() - 1;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const std::size_t line = starts_[mid];
    const int c = compare_stored(text_.data() + line, '\t', key);
    if (c == 0) return text_.substr(line + key.size() + 1, starts_[mid + 1] - 1 - line - key.size() - 1);
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return {};
}

template <bool kFromEnd>
AffixSet<kFromEnd>::AffixSet(Words words) : nodes_(1) {
  for (const std::string_view entry : words) add(entry);
}

template <bool kFromEnd>
AffixSet<kFromEnd>::AffixSet(const std::vector<std::string_view>& words) : nodes_(1) {
  for (const std::string_view entry : words) add(entry);
}

namespace {
// The k-th byte of w in reading order: from its end or from its start.
template <bool kFromEnd>
unsigned char byte_at(std::string_view w, std::size_t k) {
  return static_cast<unsigned char>(kFromEnd ? w[w.size() - 1 - k] : w[k]);
}
}  // namespace

template <bool kFromEnd>
void AffixSet<kFromEnd>::add(std::string_view entry) {
  std::uint16_t node = 0;
  for (std::size_t k = 0; k < entry.size(); ++k) {
    const unsigned char b = byte_at<kFromEnd>(entry, k);
    std::uint16_t child = child_of(node, b);
    if (child == 0) {
      child = static_cast<std::uint16_t>(nodes_.size());
      Node added;
      added.byte = b;
      added.next_sibling = nodes_[node].first_child;
      nodes_.push_back(added);
      nodes_[node].first_child = child;
      if (node == 0) root_children_[b] = child;
    }
    node = child;
  }
  nodes_[node].end = true;
}

template <bool kFromEnd>
bool AffixSet<kFromEnd>::match(std::string_view w, std::size_t max_length) const {
  if (nodes_.empty()) return false;
  if (nodes_[0].end) return true;  // the empty entry
  std::uint16_t node = 0;
  for (std::size_t k = 0; k < max_length && k < w.size(); ++k) {
    const std::uint16_t child = child_of(node, byte_at<kFromEnd>(w, k));
    if (child == 0) return false;
    if (nodes_[child].end) return true;
    node = child;
  }
  return false;
}

template <bool kFromEnd>
bool AffixSet<kFromEnd>::listed(std::string_view w) const {
  if (nodes_.empty()) return false;
  std::uint16_t node = 0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const std::uint16_t child = child_of(node, byte_at<kFromEnd>(w, k));
    if (child == 0) return false;
    node = child;
  }
  return nodes_[node].end;
}

template class AffixSet<true>;
template class AffixSet<false>;

Lexicon::Lexicon(Lang lang) {
  const Table& t = compiled_table("lexicons");
  keys_ = t.bytes("keys");
  blocks_ = t.array<std::uint32_t>("blocks");
  radix_ = t.array<std::uint16_t>("radix");
  ids_ = t.array<std::uint8_t>("ids");
  values_ = t.array<std::uint32_t>("values");
  lang_ = lang == Lang::de ? 0 : 1;
  // German lists only German lexicons use.
  if (lang == Lang::de) {
    title_suffixes_de_ = SuffixSet(Words(t.bytes("titsuf")));
    org_suffixes_de_ = SuffixSet(Words(t.bytes("orgsuf")));
  }
}

const Lexicon& Lexicon::get(Lang lang) {
  if (lang == Lang::de) {
    static const Lexicon german(Lang::de);
    return german;
  }
  static const Lexicon english(Lang::en);
  return english;
}

const std::uint32_t* Lexicon::heads() const {
  // One per thread (both lexicons share the table), no locking.
  constexpr std::uint32_t kHeadsAfter = 20000;
  thread_local std::uint32_t lookups = 0;
  thread_local std::vector<std::uint32_t> heads;
  if (!heads.empty()) return heads.data();
  if (++lookups < kHeadsAfter) return nullptr;
  heads.resize(blocks_.size);
  for (std::size_t b = 0; b < blocks_.size; ++b) {
    // A block's first entry: byte 0, then the key up to '\n'.
    const char* k = keys_.data() + blocks_[b] + 1;
    std::size_t n = 0;
    while (n < 6 && k + n < keys_.data() + keys_.size() && k[n] != '\n') ++n;
    heads[b] = head_of(k, n);
  }
  return heads.data();
}

std::uint32_t Lexicon::find(std::string_view key) const {
  if (key.empty() || radix_.size != 65537) return 0;
  // The block whose first key is the last one <= key: among those whose
  // first two bytes are key's (or the one before them).
  const unsigned p = static_cast<unsigned char>(key[0]) << 8 | (key.size() > 1 ? static_cast<unsigned char>(key[1]) : 0u);
  std::size_t lo = radix_[p], hi = radix_[p + 1];
  const std::uint32_t head = head_of(key.data(), key.size());
  const std::uint32_t* const heads = this->heads();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    // Blocks in [radix_[p], radix_[p + 1]) begin with key's first two bytes:
    // their heads order them against key unless equal.
    const std::uint32_t h = heads ? heads[mid] : head;
    // A block's first entry shares nothing: one byte 0, then the key.
    if (h < head || (h == head && compare_stored(keys_.data() + blocks_[mid] + 1, '\n', key) <= 0)) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return 0;
  const std::size_t block = lo - 1;
  // Walk the front-coded entries; `matched` is how many bytes of key the
  // entry before agreed with (it was smaller than key, or this is the first).
  const char* p_entry = keys_.data() + blocks_[block];
  const char* const end = keys_.data() + keys_.size();
  std::size_t matched = 0;
  for (std::size_t j = 0; j < kBlock && p_entry < end; ++j) {
    const std::size_t shared = static_cast<unsigned char>(*p_entry++);
    // It differs from key where the one before still agreed, and upwards.
    if (shared < matched) return 0;
    const char* q = p_entry;
    if (shared == matched) {
      // Compare the stored rest with the rest of key.
      while (*q != '\n' && matched < key.size() && *q == key[matched]) ++q, ++matched;
      if (*q == '\n') {
        if (matched == key.size()) return ids_[block * kBlock + j] + 1u;
        // A prefix of key: smaller, go on.
      } else if (matched == key.size() || static_cast<unsigned char>(*q) > static_cast<unsigned char>(key[matched])) {
        return 0;  // larger than key
      }
    }
    // Otherwise (shared > matched) it agrees with the one before beyond where
    // that one was smaller than key: smaller too.
    while (*q != '\n') ++q;
    p_entry = q + 1;
  }
  return 0;
}

namespace {
// Running text repeats its words (Zipf), and a lookup in the table (a
// binary search, then a walk through a block) costs several cache misses.
// A small table of recent answers, one per thread, keeps the frequent
// words at hand. It keeps which value a form has (both languages' flags),
// so the German and the English lexicon share it.
struct Recent {
  std::uint64_t hash = 0;
  std::uint32_t value = 0;
  std::uint8_t size = 0;
  char key[35] = {};
};
constexpr std::size_t kRecent = 8192;
thread_local Recent recent[kRecent];
}  // namespace

std::uint64_t Lexicon::hash_of(std::string_view form) { return hash(form); }

void Lexicon::prefetch(std::string_view form, std::uint64_t h) const {
  if (form.size() <= sizeof(Recent::key)) __builtin_prefetch(&recent[(h >> 7) & (kRecent - 1)]);
}

void Lexicon::prefetch_table(std::string_view key, std::uint64_t h) const {
  if (key.size() <= sizeof(Recent::key)) {
    const Recent& r = recent[(h >> 7) & (kRecent - 1)];
    if (r.hash == h && r.size == key.size() && std::memcmp(r.key, key.data(), key.size()) == 0) return;
  }
  if (key.empty() || radix_.size != 65537) return;
  const std::uint32_t* const heads = this->heads();
  if (heads == nullptr) return;
  // find()'s search over the heads; a tie needs the key itself: fetch that.
  const unsigned p = static_cast<unsigned char>(key[0]) << 8 | (key.size() > 1 ? static_cast<unsigned char>(key[1]) : 0u);
  std::size_t lo = radix_[p], hi = radix_[p + 1];
  const std::uint32_t head = head_of(key.data(), key.size());
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (heads[mid] == head) {
      __builtin_prefetch(keys_.data() + blocks_[mid]);
      return;
    }
    if (heads[mid] < head) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return;
  const char* const block = keys_.data() + blocks_[lo - 1];
  __builtin_prefetch(block);
  __builtin_prefetch(block + 64);
  __builtin_prefetch(block + 128);
  __builtin_prefetch(&ids_[(lo - 1) * kBlock]);
}

std::uint32_t Lexicon::cached(std::string_view form, std::uint64_t h) const {
  if (form.size() > sizeof(Recent::key)) return find(form);
  Recent& r = recent[(h >> 7) & (kRecent - 1)];
  if (r.hash == h && r.size == form.size() && std::memcmp(r.key, form.data(), form.size()) == 0)
    return r.value;
  r.hash = h;
  r.size = static_cast<std::uint8_t>(form.size());
  std::memcpy(r.key, form.data(), form.size());
  r.value = find(form);
  return r.value;
}

std::uint64_t Lexicon::flags(std::string_view form, std::uint64_t hash) const {
  const std::uint32_t v = cached(form, hash);
  return v == 0 || (values_[3 * (v - 1) + 2] & kPhrase) ? 0 : values_[3 * (v - 1) + lang_];
}

namespace {
// A line section of the table image, the same for both languages.
const SortedLines& phrase_starts() {
  static const SortedLines lines(compiled_table("lexicons").bytes("phrase"));
  return lines;
}
const SortedLines& particle_lines() {
  static const SortedLines lines(compiled_table("lexicons").bytes("partic"));
  return lines;
}
const SortedLines& agency_lines() {
  static const SortedLines lines(compiled_table("lexicons").bytes("agency"));
  return lines;
}
}  // namespace

Pieces Lexicon::particles(std::string_view finite) const {
  return lang_ == 0 ? Pieces(particle_lines().find(finite), '\t') : Pieces(std::string_view(), '\t');
}

std::string_view Lexicon::agency_name(std::string_view lower) const { return agency_lines().find(lower); }

std::uint8_t Lexicon::longest_phrase_from(std::string_view first) const {
  const std::uint32_t v = cached(first);
  if (v == 0 || !(values_[3 * (v - 1) + 2] & kStart)) return 0;
  const std::string_view lengths = phrase_starts().find(first);
  return lengths.size() == 2 ? static_cast<std::uint8_t>(lengths[lang_] - '0') : 0;
}

std::uint64_t Lexicon::phrase_flags(std::string_view joined) const {
  const std::uint32_t v = find(joined);
  return v != 0 && (values_[3 * (v - 1) + 2] & kPhrase) ? values_[3 * (v - 1) + lang_] : 0;
}

}  // namespace newsmark

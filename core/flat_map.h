// An open-addressing hash map from string views to flags, for the word
// lists: keys point into the compiled-in lists (or an arena), so building it
// allocates nothing per entry and a lookup needs no temporary string.
#ifndef NEWSMARK_CORE_FLAT_MAP_H
#define NEWSMARK_CORE_FLAT_MAP_H

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace newsmark {

class FlatMap {
 public:
  // Adds flags to a key; the key's bytes must outlive the map.
  void add(std::string_view key, std::uint64_t flags) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    Slot& s = find_slot(key, hash(key));
    if (s.data == nullptr) {
      s.data = key.data();
      s.size = static_cast<std::uint32_t>(key.size());
      s.hash = hash(key);
      ++size_;
    }
    s.flags |= flags;
  }

  std::uint64_t get(std::string_view key) const { return get(key, hash(key)); }

  // With the key's hash() already at hand.
  std::uint64_t get(std::string_view key, std::uint64_t h) const {
    if (slots_.empty()) return 0;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.data == nullptr) return 0;
      if (s.hash == h && s.size == key.size() && std::string_view(s.data, s.size) == key) return s.flags;
    }
  }

  void reserve(std::size_t n) {
    std::size_t cap = 16;
    while (cap * 3 < n * 4) cap *= 2;
    if (cap > slots_.size()) rehash(cap);
  }

  static std::uint64_t hash(std::string_view s) {
    // Eight bytes at a time, multiply-mix (words are short; this is hot).
    std::uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * 0x9E3779B97F4A7C15ull);
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t chunk;
      std::memcpy(&chunk, s.data() + i, 8);
      h = (h ^ chunk) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 29;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 32;
    return h;
  }

 private:
  struct Slot {
    const char* data = nullptr;
    std::uint32_t size = 0;
    std::uint64_t hash = 0;
    std::uint64_t flags = 0;
  };

  Slot& find_slot(std::string_view key, std::uint64_t h) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.data == nullptr || (s.hash == h && s.size == key.size() && std::string_view(s.data, s.size) == key))
        return s;
    }
  }

  void grow() { rehash(slots_.empty() ? 16 : slots_.size() * 2); }

  void rehash(std::size_t capacity) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(capacity, Slot{});
    for (const Slot& s : old)
      if (s.data != nullptr) {
        Slot& d = find_slot(std::string_view(s.data, s.size), s.hash);
        d = s;
      }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace newsmark

#endif

// An open-addressing hash map from string views to flags, for the word
// lists: keys point into the compiled-in lists (or an arena), so building it
// allocates nothing per entry and a lookup needs no temporary string.
#ifndef NEWSMARK_CORE_FLAT_MAP_H
#define NEWSMARK_CORE_FLAT_MAP_H

#include <cstdint>
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

  std::uint64_t get(std::string_view key) const {
    if (slots_.empty()) return 0;
    const std::uint64_t h = hash(key);
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

 private:
  struct Slot {
    const char* data = nullptr;
    std::uint32_t size = 0;
    std::uint64_t hash = 0;
    std::uint64_t flags = 0;
  };

  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h ^= h >> 32;
    return h * 0x9E3779B97F4A7C15ull;
  }

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

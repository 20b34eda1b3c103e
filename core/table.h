// Read-only table images compiled into the binary: the one form every
// compiled-in data set takes (word lists, tagger models). An image is read in
// place, with no parsing, expansion or copying at start-up, the same natively
// and in WebAssembly.
//
// Image format "NMT1" (little-endian; written by core/tables/image.mjs and
// core/tables/image_writer.h, which must agree byte for byte):
//   0   char[4]  "NMT1"
//   4   u32      version (1)
//   8   u32      section count N
//   12  u32      reserved (0)
//   16  N x { char name[8] (NUL-padded ASCII), u32 offset, u32 size }
//   then the sections, each starting at an offset that is a multiple of 8.
// Images are embedded 8-byte aligned (core/tables/embed.mjs), so a section
// can be viewed as an array of any fixed-size integer or float type.
#ifndef NEWSMARK_CORE_TABLE_H
#define NEWSMARK_CORE_TABLE_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsmark {

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "table images are little-endian; this target is not"
#endif

// A view of a section as an array of T, in place.
template <typename T>
struct ArrayView {
  const T* data = nullptr;
  std::size_t size = 0;
  const T& operator[](std::size_t i) const { return data[i]; }
  const T* begin() const { return data; }
  const T* end() const { return data + size; }
  bool empty() const { return size == 0; }
};

class Table {
 public:
  Table() = default;
  // Checks the header and the directory; an image that is not well formed
  // (wrong magic or version, a section outside the image or misaligned) is
  // an empty table: ok() is false and every section is empty.
  Table(const unsigned char* data, std::size_t size) {
    if (data == nullptr || size < kHeader || std::memcmp(data, "NMT1", 4) != 0 || u32(data + 4) != 1) return;
    const std::uint32_t count = u32(data + 8);
    if (count > (size - kHeader) / kEntry) return;
    for (std::uint32_t i = 0; i < count; ++i) {
      const unsigned char* e = data + kHeader + i * kEntry;
      const std::uint32_t off = u32(e + 8), len = u32(e + 12);
      if (off % 8 != 0 || off > size || len > size - off) return;
    }
    data_ = data;
    size_ = size;
    count_ = count;
  }

  bool ok() const { return data_ != nullptr; }
  std::size_t size() const { return size_; }
  std::uint32_t section_count() const { return count_; }

  // The name of section i (for listings and tests).
  std::string_view section_name(std::uint32_t i) const {
    if (i >= count_) return {};
    const char* name = reinterpret_cast<const char*>(data_ + kHeader + i * kEntry);
    std::size_t n = 0;
    while (n < 8 && name[n] != '\0') ++n;
    return {name, n};
  }

  // The bytes of a section, or an empty view when there is none.
  std::string_view bytes(std::string_view section) const {
    for (std::uint32_t i = 0; i < count_; ++i) {
      if (section_name(i) != section) continue;
      const unsigned char* e = data_ + kHeader + i * kEntry;
      return {reinterpret_cast<const char*>(data_ + u32(e + 8)), u32(e + 12)};
    }
    return {};
  }

  // A section as an array of T; trailing bytes that make no whole T are
  // ignored. T is a fixed-size integer or float type.
  template <typename T>
  ArrayView<T> array(std::string_view section) const {
    const std::string_view b = bytes(section);
    return {reinterpret_cast<const T*>(b.data()), b.size() / sizeof(T)};
  }

 private:
  static constexpr std::size_t kHeader = 16;
  static constexpr std::size_t kEntry = 16;
  static std::uint32_t u32(const unsigned char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }

  const unsigned char* data_ = nullptr;
  std::size_t size_ = 0;
  std::uint32_t count_ = 0;
};

// The image compiled in under this name ("lexicons", "pos-en", "ner-de", …),
// or an empty Table when this build has none of that name. Defined in the
// GENERATED tables.cpp (core/tables/embed.mjs).
const Table& compiled_table(std::string_view name);

}  // namespace newsmark

#endif

// Writes a table image in the "NMT1" format that core/table.h reads (the
// format is described there). For native tools (the tagger trainer); the
// JavaScript writer core/tables/image.mjs produces the same bytes.
#ifndef NEWSMARK_CORE_TABLES_IMAGE_WRITER_H
#define NEWSMARK_CORE_TABLES_IMAGE_WRITER_H

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newsmark {

class ImageWriter {
 public:
  // Adds a section; names are up to 8 ASCII characters and unique.
  void add(std::string_view name, std::string_view bytes) {
    sections_.push_back({std::string(name.substr(0, 8)), std::string(bytes)});
  }
  template <typename T>
  void add(std::string_view name, const std::vector<T>& values) {
    add(name, std::string_view(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T)));
  }

  std::string image() const {
    std::string out(16 + 16 * sections_.size(), '\0');
    std::memcpy(&out[0], "NMT1", 4);
    put(out, 4, 1);
    put(out, 8, static_cast<std::uint32_t>(sections_.size()));
    for (std::size_t i = 0; i < sections_.size(); ++i) {
      out.resize((out.size() + 7) / 8 * 8, '\0');
      const std::size_t entry = 16 + 16 * i;
      std::memcpy(&out[entry], sections_[i].name.data(), sections_[i].name.size());
      put(out, entry + 8, static_cast<std::uint32_t>(out.size()));
      put(out, entry + 12, static_cast<std::uint32_t>(sections_[i].bytes.size()));
      out += sections_[i].bytes;
    }
    return out;
  }

  // False when the file cannot be written.
  bool write_file(const std::string& path) const {
    const std::string bytes = image();
    FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) return false;
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    return std::fclose(f) == 0 && ok;
  }

 private:
  struct Section {
    std::string name;
    std::string bytes;
  };
  static void put(std::string& out, std::size_t at, std::uint32_t v) {
    for (int k = 0; k < 4; ++k) out[at + k] = static_cast<char>((v >> (8 * k)) & 0xFF);
  }
  std::vector<Section> sections_;
};

}  // namespace newsmark

#endif

// newsmark: one text in, one result out; or JSONL batches for archives.
// The same engine and the same JSON as every other front door.
#include <cstdio>
#include <cstring>
#include <cstdint>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "newsmark/newsmark.h"

namespace {

using json = nlohmann::ordered_json;

const char kUsage[] =
    "usage: newsmark [options] [FILE|-]          one UTF-8 text in, one result out\n"
    "       newsmark --jsonl [options] [FILE|-]  {\"id\", \"text\", \"lang\"?} per line in,\n"
    "                                            {\"id\", \"result\"} per line out\n"
    "       newsmark --list-rules                the attribution rules, in the order they run\n"
    "options: --lang auto|de|en   --offsets utf16|utf8|codepoints   --pretty\n"
    "         --explain           add to each quote, speaker and source the rule that made it\n"
    "         --disable RULE[,RULE...]  switch attribution rules off by name\n"
    "         --version   --help\n";

bool read_all(const std::string& path, std::string* out, std::string* error) {
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  // The whole size up front: growing the string by doubling copies the
  // input about twice over into fresh pages (~2% of a run over the corpora).
  if (f != stdin && std::fseek(f, 0, SEEK_END) == 0) {
    const long size = std::ftell(f);
    if (size > 0) out->reserve(out->size() + static_cast<std::size_t>(size));
    std::rewind(f);
  }
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out->append(buffer, n);
  const bool failed = std::ferror(f) != 0;
  if (f != stdin) std::fclose(f);
  if (failed) *error = "cannot read " + path;
  return !failed;
}

// Where the first invalid UTF-8 byte is, or npos.
std::size_t first_invalid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (len == 0 || i + len > s.size()) return i;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    const unsigned char c1 = len > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
      return i;
    i += len;
  }
  return std::string::npos;
}

// The usual input line, {"id": "…", "text": "…", "lang": "…"} with string
// values only, read without building a json object (nlohmann's lexer adds
// a string's bytes one at a time: ~4% of a run over the corpora). Decodes
// exactly as nlohmann does; anything else, or anything nlohmann would
// reject, returns false and the line goes through nlohmann (so its errors and
// its reading of other lines stay as they were).
class LineReader {
 public:
  explicit LineReader(std::string_view s) : s_(s) {}
  bool read(std::string* id, bool* has_id, std::string* text, bool* has_text, std::string* lang, bool* has_lang) {
    *has_id = *has_text = *has_lang = false;
    skip();
    if (!eat('{')) return false;
    skip();
    std::string key, value;
    for (;;) {
      if (!string(&key)) return false;
      skip();
      if (!eat(':')) return false;
      skip();
      if (!string(&value)) return false;  // a number, an object, null, ...: nlohmann's
      bool* seen = key == "id" ? has_id : key == "text" ? has_text : key == "lang" ? has_lang : nullptr;
      if (seen != nullptr) {
        if (*seen) return false;  // a repeated key: nlohmann's
        *seen = true;
        std::string* out = seen == has_id ? id : seen == has_text ? text : lang;
        out->swap(value);
      } else if (!others_.insert(key).second) {
        return false;
      }
      skip();
      if (eat('}')) break;
      if (!eat(',')) return false;
      skip();
    }
    skip();
    return at_ == s_.size();
  }

 private:
  std::string_view s_;
  std::size_t at_ = 0;
  std::set<std::string> others_;
  void skip() {
    while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\n' || s_[at_] == '\r')) ++at_;
  }
  bool eat(char c) {
    if (at_ < s_.size() && s_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  bool hex4(std::uint32_t* v) {
    if (at_ + 4 > s_.size()) return false;
    *v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[at_++];
      const std::uint32_t d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 16;
      if (d == 16) return false;
      *v = *v * 16 + d;
    }
    return true;
  }
  static void put(std::uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  // Whether the eight bytes at p all stand for themselves in a JSON string:
  // none is '"', '\\', a control byte (< 0x20) or non-ASCII. Word-wise tests
  // for a zero byte, after xor with the byte looked for.
  static bool plain_ascii8(const char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    std::uint64_t x = 0;
    std::memcpy(&x, p, 8);
    const auto has_zero_byte = [&](std::uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
    const auto has_byte_below = [&](std::uint64_t v, std::uint64_t n) { return ((v - kOnes * n) & ~v & kHighs) != 0; };
    return (x & kHighs) == 0 && !has_zero_byte(x ^ (kOnes * '"')) && !has_zero_byte(x ^ (kOnes * '\\')) &&
           !has_byte_below(x, 0x20);
  }
  // A JSON string at at_ into *out: false where nlohmann would fail.
  bool string(std::string* out) {
    out->clear();
    if (!eat('"')) return false;
    for (;;) {
      // A run of bytes that stand for themselves.
      const std::size_t from = at_;
      while (at_ < s_.size()) {
        if (at_ + 8 <= s_.size() && plain_ascii8(s_.data() + at_)) {
          at_ += 8;
          continue;
        }
        const unsigned char c = static_cast<unsigned char>(s_[at_]);
        if (c == '"' || c == '\\' || c < 0x20) break;
        if (c < 0x80) {
          ++at_;
          continue;
        }
        // UTF-8 as RFC 3629 (nlohmann's ranges): C2-DF; E0 A0-BF; E1-EC, EE-EF 80-BF; ED 80-9F;
        // F0 90-BF; F1-F3 80-BF; F4 80-8F; then continuation bytes.
        const std::size_t len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (len == 0 || at_ + len > s_.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
          if ((static_cast<unsigned char>(s_[at_ + k]) & 0xC0) != 0x80) return false;
        const unsigned char c1 = static_cast<unsigned char>(s_[at_ + 1]);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
          return false;
        at_ += len;
      }
      out->append(s_.data() + from, at_ - from);
      if (at_ >= s_.size()) return false;
      const char c = s_[at_++];
      if (c == '"') return true;
      if (c != '\\') return false;  // a control byte
      if (at_ >= s_.size()) return false;
      switch (s_[at_++]) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!hex4(&cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t low = 0;
            if (!eat('\\') || !eat('u') || !hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          put(cp, out);
          break;
        }
        default: return false;
      }
    }
  }
};

int run_jsonl(const std::string& input, const newsmark::Options& base, bool pretty) {
  int status = 0;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  std::string fast_id, fast_text, fast_lang;
  while (pos < input.size()) {
    std::size_t end = input.find('\n', pos);
    if (end == std::string::npos) end = input.size();
    std::string_view line(input.data() + pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    json in;
    json out;
    out["id"] = nullptr;
    const std::string* text = nullptr;
    const std::string* lang = nullptr;
    bool has_id = false, has_text = false, has_lang = false;
    if (LineReader(line).read(&fast_id, &has_id, &fast_text, &has_text, &fast_lang, &has_lang) && has_text) {
      if (has_id) out["id"] = fast_id;
      text = &fast_text;
      if (has_lang) lang = &fast_lang;
    } else {
      in = json::parse(line, nullptr, false);
      if (in.is_discarded() || !in.is_object()) {
        std::fprintf(stderr, "newsmark: line %zu: not a JSON object\n", line_no);
        out["error"] = "line " + std::to_string(line_no) + ": not a JSON object";
        status = 1;
      } else {
        if (in.contains("id")) out["id"] = in["id"];
        const auto t = in.find("text");
        if (t == in.end() || !t->is_string()) {
          std::fprintf(stderr, "newsmark: line %zu: no \"text\" string\n", line_no);
          out["error"] = "line " + std::to_string(line_no) + ": no \"text\" string";
          status = 1;
        } else {
          text = &t->get_ref<const std::string&>();
          const auto l = in.find("lang");
          if (l != in.end() && l->is_string()) lang = &l->get_ref<const std::string&>();
        }
      }
    }
    if (text != nullptr) {
      newsmark::Options options = base;
      if (lang != nullptr) options.lang = *lang;
      newsmark::Result result;
      const newsmark::Status st = newsmark::extract(*text, options, &result);
      if (!st.ok()) {
        std::fprintf(stderr, "newsmark: line %zu: %s\n", line_no, st.message.c_str());
        out["error"] = st.message;
        status = 1;
      } else {
        // The result is already JSON: splice it in rather than parse it again.
        std::string line_out = "{\"id\":" + out["id"].dump(-1, ' ', false, json::error_handler_t::replace) +
                               ",\"result\":" + newsmark::to_json(result, pretty) + "}\n";
        std::fwrite(line_out.data(), 1, line_out.size(), stdout);
        continue;
      }
    }
    const std::string dumped = out.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
    std::fwrite(dumped.data(), 1, dumped.size(), stdout);
    std::fputc('\n', stdout);
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  newsmark::Options options;
  bool jsonl = false, pretty = false;
  std::string path = "-";
  bool have_path = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "newsmark: %s needs a value\n%s", name, kUsage);
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--jsonl") {
      jsonl = true;
    } else if (a == "--pretty") {
      pretty = true;
    } else if (a == "--lang") {
      options.lang = value("--lang");
      if (options.lang != "auto" && options.lang != "de" && options.lang != "en") {
        std::fprintf(stderr, "newsmark: --lang must be auto, de or en\n");
        return 2;
      }
    } else if (a == "--offsets") {
      if (!newsmark::parse_offset_unit(value("--offsets"), &options.offsets)) {
        std::fprintf(stderr, "newsmark: --offsets must be utf16, utf8 or codepoints\n");
        return 2;
      }
    } else if (a == "--explain") {
      options.explain = true;
    } else if (a == "--disable") {
      const std::string names = value("--disable");
      for (std::size_t start = 0; start <= names.size();) {
        std::size_t comma = names.find(',', start);
        if (comma == std::string::npos) comma = names.size();
        if (comma > start) options.disable.push_back(names.substr(start, comma - start));
        start = comma + 1;
      }
      // An unknown name is a usage error, found before any text is read.
      for (const std::string& name : options.disable) {
        bool known = false;
        for (const newsmark::RuleInfo& r : newsmark::rules()) known = known || name == r.name;
        if (!known) {
          std::fprintf(stderr, "newsmark: --disable: unknown rule '%s' (newsmark --list-rules lists them)\n",
                       name.c_str());
          return 2;
        }
      }
    } else if (a == "--list-rules") {
      for (const newsmark::RuleInfo& r : newsmark::rules())
        std::printf("%-28s %-6s %-8s %s\n", r.name, r.lang, r.stage, r.description);
      return 0;
    } else if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a == "--version") {
      std::printf("newsmark %s\n", newsmark::version());
      return 0;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "newsmark: unknown option %s\n%s", a.c_str(), kUsage);
      return 2;
    } else if (!have_path) {
      path = a;
      have_path = true;
    } else {
      std::fprintf(stderr, "newsmark: one input at a time\n%s", kUsage);
      return 2;
    }
  }
  std::string input, error;
  if (!read_all(path, &input, &error)) {
    std::fprintf(stderr, "newsmark: %s\n", error.c_str());
    return 1;
  }
  if (jsonl) return run_jsonl(input, options, pretty);
  newsmark::Result result;
  const newsmark::Status st = newsmark::extract(input, options, &result);
  if (!st.ok()) {
    std::fprintf(stderr, "newsmark: %s\n", st.message.c_str());
    return 1;
  }
  std::string out = newsmark::to_json(result, pretty);
  out.push_back('\n');
  std::fwrite(out.data(), 1, out.size(), stdout);
  // Invalid UTF-8 was read as U+FFFD: a result, but the input was bad.
  if (const std::size_t bad = first_invalid_utf8(input); bad != std::string::npos) {
    std::fprintf(stderr, "newsmark: %s: invalid UTF-8 at byte %zu, read as U+FFFD\n", path.c_str(), bad);
    return 1;
  }
  return 0;
}

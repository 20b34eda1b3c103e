#include "lexicon.h"

#include <cstring>

#include <unicode/uchar.h>

#include <algorithm>

#include "lexicon_data.h"
#include "text.h"

namespace newsmark {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

struct ListFlags {
  const char* name;
  std::uint64_t flags;
};

// Which list gives which flag. Lists not named here are ignored, so a new
// list does nothing until the engine knows what it means.
const ListFlags kLists[] = {
    {"names/first-names", kFirstName},
    {"names/last-names", kLastName},
    {"places/countries", kCountry},
    {"places/cities", kCity},
    {"places/regions", kRegion},
    {"places/nationalities-de", kNationalityDe},
    {"places/nationalities-en", kNationalityEn},
    {"orgs/organizations", kOrganization},
    {"media/outlets", kOutlet},
    {"media/agencies", kAgency},
    {"de/titles", kTitleDe},
    {"en/titles", kTitleEn},
    {"de/group-nouns", kGroupDe},
    {"en/group-nouns", kGroupEn},
    {"de/common-nouns", kNounDe},
    {"en/common-words", kCommonEn},
    {"de/function-words", kFunctionDe},
    {"en/function-words", kFunctionEn},
    {"de/speech-verbs", kSpeechDe},
    {"en/speech-verbs", kSpeechEn},
    {"de/konjunktiv", kKonjunktiv},
    {"de/belief-verbs", kBeliefDe},
    {"en/belief-verbs", kBeliefEn},
    {"de/org-suffixes", 0},
    {"en/org-suffixes", kOrgWordEn},
    {"de/title-suffixes", 0},
    {"de/cue-phrases", kSpeechDe},
    {"en/cue-phrases", kSpeechEn},
    {"de/determiners", kDeterminer},
    {"en/determiners", kDeterminer},
};

}  // namespace

std::string to_lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
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

std::vector<std::string> split_entry(std::string_view entry) {
  // Mirrors the segmenter: letters, digits and word-inner ' . join a word
  // ("U.S", "don't"); every other non-space character is its own token.
  std::vector<std::string> out;
  std::string cur;
  std::size_t i = 0;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  while (i < entry.size()) {
    std::size_t start = i;
    const char32_t c = next_code_point(entry, i);
    const bool alnum = u_isalnum(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) != 0 ||
                       u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
    const bool inner = (c == '\'' || c == 0x2019 || c == '.') && !cur.empty() && i < entry.size() &&
                       u_isalnum(static_cast<UChar32>(static_cast<unsigned char>(entry[i])));
    if (alnum || inner) {
      cur.append(entry.substr(start, i - start));
    } else {
      flush();
      if (c != ' ' && c != '\t') out.emplace_back(entry.substr(start, i - start));
    }
  }
  flush();
  return out;
}

// True when the entry is one token for sure: no space and no ASCII
// punctuation (most entries: the fast path at start-up).
bool single_token(std::string_view form) {
  for (const char c : form) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      if (u == 0xE2 || u == 0xC2) return false;  // general punctuation, NBSP, « »
      continue;
    }
    if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))) return false;
  }
  return true;
}

void Lexicon::add(std::string_view form, std::uint64_t flag) {
  if (single_token(form)) {
    words_.add(form, flag);
    return;
  }
  const auto parts = split_entry(form);
  if (parts.empty()) return;
  if (parts.size() == 1) {
    words_.add(keep(parts[0]), flag);
    return;
  }
  std::string joined;
  for (const auto& p : parts) {
    if (!joined.empty()) joined.push_back(' ');
    joined += p;
  }
  phrases_.add(keep(joined), flag);
  // FlatMap ORs values: keep one bit per length and read the highest.
  const std::string_view first = keep(parts[0]);
  phrase_starts_.add(first, 1ull << std::min<std::size_t>(parts.size(), 12));
}

std::string_view Lexicon::keep_joined(std::string_view stem, std::string_view suffix) {
  constexpr std::size_t kBlock = 64 * 1024;
  const std::size_t n = stem.size() + suffix.size();
  if (n > kBlock) return keep(std::string(stem) + std::string(suffix));
  if (blocks_.empty() || block_used_ + n > kBlock) {
    blocks_.push_back(std::make_unique<char[]>(kBlock));
    block_used_ = 0;
  }
  char* out = blocks_.back().get() + block_used_;
  std::memcpy(out, stem.data(), stem.size());
  std::memcpy(out + stem.size(), suffix.data(), suffix.size());
  block_used_ += n;
  return {out, n};
}

void Lexicon::load(std::string_view list, std::string_view text) {
  std::uint64_t base = 0;
  bool known = false;
  for (const auto& l : kLists) {
    if (list == l.name) {
      base = l.flags;
      known = true;
    }
  }
  if (!known) return;
  std::string section;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) {
      if (nl == text.size()) break;
      continue;
    }
    if (line[0] == '#') {
      section = to_lower(trim(line.substr(1)));
      continue;
    }
    std::uint64_t flag = base;
    if (list == "de/konjunktiv" && starts_with(section, "ambiguous")) flag = kKonjunktivAmbiguous;
    if (list == "de/function-words" && starts_with(section, "time")) flag = kTimeDe;
    if (list == "en/function-words" && starts_with(section, "time")) flag = kTimeEn;
    if (list == "de/title-suffixes") {
      title_suffixes_de_.push_back(to_lower(line));
      continue;
    }
    if (list == "de/org-suffixes") {
      if (starts_with(section, "final")) {
        add(line, kOrgFinalDe);
      } else {
        org_suffixes_de_.push_back(to_lower(line));
      }
      continue;
    }
    // "Besuch|e|es|s" stands for Besuch, Besuche, Besuches, Besuchs: the
    // largest sorted lists are stored so (all the lists a fifth smaller under gzip).
    if (const std::size_t bar = line.find('|'); bar != std::string_view::npos) {
      const std::string_view stem = line.substr(0, bar);
      add(stem, flag);
      std::size_t from = bar + 1;
      while (from <= line.size()) {
        std::size_t next = line.find('|', from);
        if (next == std::string_view::npos) next = line.size();
        if (next > from) add(keep_joined(stem, line.substr(from, next - from)), flag);
        from = next + 1;
      }
      continue;
    }
    if (list == "en/org-suffixes" && starts_with(section, "final")) flag = kOrgFinalEn | kOrgWordEn;
    if (list == "media/agencies") agencies_.emplace(to_lower(line), std::string(line));
    if (list == "de/speech-verbs") {
      // "teilte mit": a finite form whose particle closes the clause.
      const std::size_t space = line.find(' ');
      if (space != std::string_view::npos) {
        const std::string finite(line.substr(0, space));
        particles_[finite].emplace_back(trim(line.substr(space + 1)));
        words_.add(keep(finite), kSpeechSeparableDe);
        continue;
      }
    }
    add(line, flag);
  }
}

Lexicon::Lexicon(Lang lang) {
  const std::string_view other = lang == Lang::de ? "en/" : "de/";
  std::size_t lines = 0;
  for (unsigned i = 0; i < lexdata::kBlobCount; ++i) {
    const std::string_view name = lexdata::kBlobs[i].name;
    if (name.substr(0, other.size()) == other) continue;
    const std::string_view text(lexdata::kBlobs[i].text, lexdata::kBlobs[i].size);
    for (const char c : text) lines += (c == '\n' || c == '|') ? 1 : 0;
  }
  words_.reserve(lines + 1024);
  for (unsigned i = 0; i < lexdata::kBlobCount; ++i) {
    const std::string_view name = lexdata::kBlobs[i].name;
    if (name.substr(0, other.size()) == other) continue;
    load(name, std::string_view(lexdata::kBlobs[i].text, lexdata::kBlobs[i].size));
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

std::uint64_t Lexicon::flags(std::string_view form) const {
  // Running text repeats its words (Zipf), and the word table is megabytes
  // large: a lookup there is a cache miss or two. A small table of recent
  // answers, one per thread, keeps the frequent words in cache.
  struct Recent {
    const Lexicon* lexicon = nullptr;
    std::uint64_t hash = 0;
    std::uint64_t flags = 0;
    std::uint8_t size = 0;
    char key[23] = {};
  };
  constexpr std::size_t kRecent = 2048;
  thread_local Recent recent[kRecent];
  const std::uint64_t h = FlatMap::hash(form);
  if (form.size() > sizeof(Recent::key)) return words_.get(form, h);
  Recent& r = recent[(h >> 7) & (kRecent - 1)];
  if (r.lexicon == this && r.hash == h && r.size == form.size() && std::memcmp(r.key, form.data(), form.size()) == 0)
    return r.flags;
  r.lexicon = this;
  r.hash = h;
  r.size = static_cast<std::uint8_t>(form.size());
  std::memcpy(r.key, form.data(), form.size());
  r.flags = words_.get(form, h);
  return r.flags;
}

std::uint8_t Lexicon::longest_phrase_from(std::string_view first) const {
  std::uint64_t lengths = phrase_starts_.get(first);
  std::uint8_t longest = 0;
  while (lengths >>= 1) ++longest;
  return longest;
}

std::uint64_t Lexicon::phrase_flags(std::string_view joined) const { return phrases_.get(joined); }

const std::vector<std::string>* Lexicon::particles(std::string_view finite) const {
  const auto it = particles_.find(std::string(finite));
  return it == particles_.end() ? nullptr : &it->second;
}

const std::string* Lexicon::agency_name(std::string_view lower) const {
  const auto it = agencies_.find(std::string(lower));
  return it == agencies_.end() ? nullptr : &it->second;
}

}  // namespace newsmark

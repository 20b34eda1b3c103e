// The compiled-in word lists, as lookup tables read in place.
#ifndef NEWSMARK_CORE_LEXICON_H
#define NEWSMARK_CORE_LEXICON_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "table.h"

namespace newsmark {

// What a word form is, as bit flags: one form can be several things
// ("Kim" is a first name and a surname).
enum Word : std::uint64_t {
  kFirstName = 1ull << 0,
  kLastName = 1ull << 1,
  kCountry = 1ull << 2,
  kCity = 1ull << 3,
  kRegion = 1ull << 4,
  kOrganization = 1ull << 5,
  kOutlet = 1ull << 6,
  kAgency = 1ull << 7,
  kTitleDe = 1ull << 8,
  kTitleEn = 1ull << 9,
  kGroupDe = 1ull << 10,
  kGroupEn = 1ull << 11,
  kNounDe = 1ull << 12,
  kCommonEn = 1ull << 13,
  kFunctionDe = 1ull << 14,
  kFunctionEn = 1ull << 15,
  kTimeDe = 1ull << 16,
  kTimeEn = 1ull << 17,
  kSpeechDe = 1ull << 18,
  kSpeechEn = 1ull << 19,
  kSpeechSeparableDe = 1ull << 20,  // a speech verb once its particle follows
  kKonjunktiv = 1ull << 21,
  kKonjunktivAmbiguous = 1ull << 22,
  kBeliefDe = 1ull << 23,
  kBeliefEn = 1ull << 24,
  kNationalityDe = 1ull << 25,  // lower-case adjective stem: "russisch"
  kNationalityEn = 1ull << 26,
  kOrgFinalDe = 1ull << 27,  // "AG", "GmbH"
  kOrgFinalEn = 1ull << 28,  // "Inc.", "Party"
  kOrgWordEn = 1ull << 29,   // "Bank", "Council": organisation word anywhere in a name
  kDeterminer = 1ull << 30,  // opens a noun phrase: "der", "seine", "the", "former" (attribution)
};

constexpr std::uint64_t kPlace = kCountry | kCity | kRegion;
constexpr std::uint64_t kMedia = kOutlet | kAgency;

// Pieces of a text separated by one character (a trailing separator ends the
// last piece): a verb's particles, read in place.
class Pieces {
 public:
  class iterator {
   public:
    iterator(std::string_view text, char sep, std::size_t pos) : text_(text), sep_(sep), pos_(pos), end_(find_end()) {}
    std::string_view operator*() const { return text_.substr(pos_, end_ - pos_); }
    iterator& operator++() {
      pos_ = end_ + 1 < text_.size() ? end_ + 1 : text_.size();
      end_ = find_end();
      return *this;
    }
    bool operator!=(const iterator& o) const { return pos_ != o.pos_; }

   private:
    std::size_t find_end() const {
      const std::size_t e = text_.find(sep_, pos_);
      return e == std::string_view::npos ? text_.size() : e;
    }
    std::string_view text_;
    char sep_;
    std::size_t pos_, end_;
  };
  Pieces() = default;
  Pieces(std::string_view text, char sep) : text_(text), sep_(sep) {}
  iterator begin() const { return {text_, sep_, 0}; }
  iterator end() const { return {text_, sep_, text_.size()}; }
  bool empty() const { return text_.empty(); }

 private:
  std::string_view text_;
  char sep_ = '\t';
};

// Words stored one after another, each as a length byte and its bytes: the
// suffix lists, walked for many tokens, so no search for a separator.
class Words {
 public:
  class iterator {
   public:
    explicit iterator(const char* p) : p_(p) {}
    std::string_view operator*() const { return {p_ + 1, static_cast<unsigned char>(*p_)}; }
    iterator& operator++() {
      p_ += 1 + static_cast<unsigned char>(*p_);
      return *this;
    }
    bool operator!=(const iterator& o) const { return p_ != o.p_; }

   private:
    const char* p_;
  };
  Words() = default;
  explicit Words(std::string_view data) : data_(data) {}
  iterator begin() const { return iterator(data_.data()); }
  iterator end() const { return iterator(data_.data() + data_.size()); }

 private:
  std::string_view data_;
};

// A list of word endings (SuffixSet) or beginnings (PrefixSet) as a trie of
// their bytes, read from the word's end or start, built once from the list (a
// few hundred nodes): whether a word ends or begins with any of them is one
// walk along its bytes, not a comparison with every entry.
template <bool kFromEnd>
class AffixSet {
 public:
  AffixSet() = default;
  explicit AffixSet(Words words);
  explicit AffixSet(const std::vector<std::string_view>& words);
  // Whether w ends (begins) with a listed entry of at most max_length bytes.
  bool match(std::string_view w, std::size_t max_length) const;
  bool match(std::string_view w) const { return match(w, w.size()); }
  // Whether w itself is listed.
  bool listed(std::string_view w) const;

 private:
  void add(std::string_view entry);
  // The child of node with byte b, or 0 (the root is nobody's child). The
  // root's children by their byte in a table (every match starts there, and
  // the root has the most children); the others by walking their siblings.
  std::uint16_t child_of(std::uint16_t node, unsigned char b) const {
    if (node == 0) return root_children_[b];
    std::uint16_t child = nodes_[node].first_child;
    while (child != 0 && nodes_[child].byte != b) child = nodes_[child].next_sibling;
    return child;
  }
  struct Node {
    std::uint16_t first_child = 0;   // 0: none (node 0 is the root, never a child)
    std::uint16_t next_sibling = 0;  // 0: none
    unsigned char byte = 0;
    bool end = false;  // an entry ends here
  };
  std::vector<Node> nodes_;
  std::uint16_t root_children_[256] = {};
};
using SuffixSet = AffixSet<true>;
using PrefixSet = AffixSet<false>;

// Whether w ends with a listed ending that leaves at least `rest` bytes before
// it, also before a final "s" (a genitive or a plural): "Verteidigungsministers".
inline bool ends_with_listed(const SuffixSet& endings, std::string_view w, std::size_t rest = 0) {
  if (w.size() < rest) return false;
  return endings.match(w, w.size() - rest) ||
         (!w.empty() && w.back() == 's' && endings.match(w.substr(0, w.size() - 1), w.size() - rest));
}

// Lines "key\tvalue\n" sorted bytewise by key, read in place: a binary
// search over the offsets of the lines' starts, found when it is made (the
// lexicon makes its three on their first use, not at start-up).
class SortedLines {
 public:
  SortedLines() = default;
  explicit SortedLines(std::string_view text);
  // What follows "key\t" on the key's line, or an empty view.
  std::string_view find(std::string_view key) const;

 private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_;  // of every line (each ends in '\n'), and text_.size() last
};

class Lexicon {
 public:
  // Flags of one token form (exact, case-sensitive) or 0.
  std::uint64_t flags(std::string_view form) const { return flags(form, hash_of(form)); }
  // The hash the calls below take with the form: a caller that asks about a
  // form more than once (prefetch, prefetch_table, flags) hashes it once.
  static std::uint64_t hash_of(std::string_view form);
  std::uint64_t flags(std::string_view form, std::uint64_t hash) const;
  // Asks the CPU to fetch where flags(form) will look first (its slot in the
  // cache of recent answers, a miss most of the time): a caller with many
  // forms to look up calls it a few forms ahead. Changes no answer.
  void prefetch(std::string_view form, std::uint64_t hash) const;
  // The second step, called nearer (after prefetch(form) has had time): when
  // the recent answers do not hold form, finds its block of the table and
  // fetches the block's keys and ids. Changes no answer.
  void prefetch_table(std::string_view form, std::uint64_t hash) const;
  // Longest gazetteer entry of several tokens starting with this form, in
  // tokens; 0 when no such entry starts with it.
  std::uint8_t longest_phrase_from(std::string_view first_form) const;
  // Flags of a phrase given as token forms joined by single spaces.
  std::uint64_t phrase_flags(std::string_view joined) const;
  // Particles that make a German finite verb a speech cue ("teilte" -> "mit");
  // empty when the verb has none.
  Pieces particles(std::string_view finite) const;
  // The canonical spelling of a news agency, looked up case-insensitively
  // (lower-case); empty when it is none.
  std::string_view agency_name(std::string_view lower) const;
  // German title and organisation endings ("minister", "ministerium").
  const SuffixSet& title_suffixes_de() const { return title_suffixes_de_; }
  const SuffixSet& org_suffixes_de() const { return org_suffixes_de_; }

  // The lists for one language (plus the shared names, places, media and
  // organisations): views of the compiled-in "lexicons" table image
  // (core/lexicons/tools/tables.mjs), read in place, so getting one costs
  // nothing per entry.
  static const Lexicon& get(Lang lang);

 private:
  explicit Lexicon(Lang lang);
  // Which value a form or phrase has, plus one (values_[3 * (v - 1) ...]:
  // German flags, English flags, kPhrase | kStart), or 0 when it has none.
  std::uint32_t find(std::string_view key) const;
  // find() through a cache of recent answers (hash: hash_of(form)).
  std::uint32_t cached(std::string_view form, std::uint64_t hash) const;
  std::uint32_t cached(std::string_view form) const { return cached(form, hash_of(form)); }

  std::string_view keys_;
  ArrayView<std::uint32_t> blocks_;
  // Bytes 2..5 of each block's first key (big-endian, 0 past its end):
  // find()'s binary search compares these in one small array and reads a key
  // in the table (a cache miss each) only on a tie. Read from the table
  // (~1 ms, a pass over the blocks) once a thread has done kHeadsAfter
  // lookups, so that start-up and a single text pay nothing for it.
  const std::uint32_t* heads() const;
  ArrayView<std::uint16_t> radix_;
  ArrayView<std::uint8_t> ids_;
  ArrayView<std::uint32_t> values_;
  std::size_t lang_ = 0;  // 0 German, 1 English: which flags and phrase length are this lexicon's
  SuffixSet title_suffixes_de_;
  SuffixSet org_suffixes_de_;
};

std::string to_lower(std::string_view utf8);

}  // namespace newsmark

#endif

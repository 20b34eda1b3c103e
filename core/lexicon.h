// The compiled-in word lists, parsed once into lookup tables.
#ifndef NEWSMARK_CORE_LEXICON_H
#define NEWSMARK_CORE_LEXICON_H

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document.h"
#include "flat_map.h"

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

class Lexicon {
 public:
  // Flags of one token form (exact, case-sensitive) or 0.
  std::uint64_t flags(std::string_view form) const;
  // Longest gazetteer entry of several tokens starting with this form, in
  // tokens; 0 when no such entry starts with it.
  std::uint8_t longest_phrase_from(std::string_view first_form) const;
  // Flags of a phrase given as token forms joined by single spaces.
  std::uint64_t phrase_flags(std::string_view joined) const;
  // Particles that make a German finite verb a speech cue ("teilte" -> "mit").
  const std::vector<std::string>* particles(std::string_view finite) const;
  // The canonical spelling of a news agency, looked up case-insensitively.
  const std::string* agency_name(std::string_view lower) const;
  const std::vector<std::string>& title_suffixes_de() const { return title_suffixes_de_; }
  const std::vector<std::string>& org_suffixes_de() const { return org_suffixes_de_; }

  // The lists for one language (plus the shared names, places, media and
  // organisations), built on first use: loading only what a language needs
  // halves the start-up work, which matters most in the browser.
  static const Lexicon& get(Lang lang);

 private:
  explicit Lexicon(Lang lang);
  void add(std::string_view form, std::uint64_t flag);
  void load(std::string_view list_name, std::string_view text);

  // Keys that are not views into the compiled-in lists (joined phrases,
  // lower-cased forms) live here; a deque never moves its elements.
  std::string_view keep(std::string s) { return arena_.emplace_back(std::move(s)); }
  // The same for the many short forms a grouped line ("Besuch|e|es|s")
  // stands for: their bytes go into large blocks, not one string each.
  std::string_view keep_joined(std::string_view stem, std::string_view suffix);

  std::deque<std::string> arena_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_used_ = 0;
  FlatMap words_;
  FlatMap phrases_;
  FlatMap phrase_starts_;  // first token -> longest phrase length (as the value)
  std::unordered_map<std::string, std::vector<std::string>> particles_;
  std::unordered_map<std::string, std::string> agencies_;
  std::vector<std::string> title_suffixes_de_;
  std::vector<std::string> org_suffixes_de_;
};

// Splits an entry into the token forms the segmenter would make of it.
std::vector<std::string> split_entry(std::string_view entry);
std::string to_lower(std::string_view utf8);

}  // namespace newsmark

#endif

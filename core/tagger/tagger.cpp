#include "tagger.h"

#include <vector>

#include "../table.h"
#include "model.h"

namespace newsmark {
namespace {

constexpr std::string_view kUposNames[] = {"",     "ADJ",   "ADP",  "ADV",   "AUX",   "CCONJ",
                                           "DET",  "INTJ",  "NOUN", "NUM",   "PART",  "PRON",
                                           "PROPN", "PUNCT", "SCONJ", "SYM",  "VERB",  "X"};
constexpr std::string_view kEntityNames[] = {"", "PER", "ORG", "LOC", "OTH"};

// A model with the mapping of its tag names to the engine's enums.
struct Loaded {
  explicit Loaded(std::string_view name, bool bio = false) : model(compiled_table(name)) {
    if (bio) model.constrain_bio();
    for (const std::string& full : model.tag_names()) {
      std::string_view t = full;
      bool begin = false;
      if (t.size() > 2 && t[1] == '-') {
        begin = t[0] == 'B';
        t.remove_prefix(2);
      }
      std::uint8_t upos = 0, entity = 0;
      for (std::uint8_t k = 1; k < sizeof kUposNames / sizeof kUposNames[0]; ++k)
        if (kUposNames[k] == t) upos = k;
      for (std::uint8_t k = 1; k < sizeof kEntityNames / sizeof kEntityNames[0]; ++k)
        if (kEntityNames[k] == t) entity = k;
      upos_of.push_back(upos);
      entity_of.push_back(entity);
      begin_of.push_back(begin);
    }
  }
  tagger::Model model;
  std::vector<std::uint8_t> upos_of, entity_of;
  std::vector<bool> begin_of;
};

// The models of a language, or null where it has none. Each is set up on its first use (its
// weight rows laid out for tagging), so a German text never sets up the English models.
const Loaded* model_of(Lang lang, bool entities) {
  const Loaded* m = nullptr;
  if (entities && lang == Lang::en) {
    static const Loaded ner_en(entity_model_name(Lang::en));
    m = &ner_en;
  } else if (entities) {
    // German entities: BIO-constrained decoding, as the model was trained (core/models/PROVENANCE.md).
    static const Loaded ner_de(entity_model_name(Lang::de), true);
    m = &ner_de;
  } else if (lang == Lang::en) {
    static const Loaded pos_en(pos_model_name(Lang::en));
    m = &pos_en;
  } else {
    static const Loaded pos_de(pos_model_name(Lang::de));
    m = &pos_de;
  }
  return m->model.ok() ? m : nullptr;
}

}  // namespace

std::string_view pos_model_name(Lang lang) { return lang == Lang::en ? "pos-en" : "pos-de"; }
std::string_view entity_model_name(Lang lang) { return lang == Lang::en ? "ner-en" : "ner-de"; }

std::string_view upos_name(Upos tag) {
  const auto k = static_cast<std::size_t>(tag);
  return k < sizeof kUposNames / sizeof kUposNames[0] ? kUposNames[k] : "";
}
std::string_view entity_name(EntityTag tag) {
  const auto k = static_cast<std::size_t>(tag);
  return k < sizeof kEntityNames / sizeof kEntityNames[0] ? kEntityNames[k] : "";
}

void tag_tokens(Document& doc) {
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  if (n == 0) return;
  const Loaded* pos = model_of(doc.lang, false);
  const Loaded* ner = model_of(doc.lang, true);
  if (pos == nullptr && ner == nullptr) return;
  // One buffer per text, none per token.
  // A token with the form of an earlier one (Token::same: kind, key, lower
  // case, case and flags, all that pieces_of() reads) copies its pieces.
  std::vector<tagger::TokenPieces> pieces;
  pieces.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (t.same < i) pieces.push_back(pieces[t.same]);
    else pieces.push_back(tagger::pieces_of(t));
  }
  for (const Sentence& s : doc.sentences)
    if (s.first < n) pieces[s.first].sentence_start = true;
  pieces[0].sentence_start = true;
  std::vector<std::uint8_t> pos_tags(n, 0), tags(n, 0);
  if (pos != nullptr) {
    pos->model.tag(pieces.data(), n, nullptr, pos_tags.data());
    for (std::uint32_t i = 0; i < n; ++i) doc.tokens[i].pos = static_cast<Upos>(pos->upos_of[pos_tags[i]]);
  }
  if (ner != nullptr) {
    ner->model.tag(pieces.data(), n, pos != nullptr ? pos_tags.data() : nullptr, tags.data());
    doc.entities_tagged = true;
    for (std::uint32_t i = 0; i < n; ++i) {
      Token& t = doc.tokens[i];
      t.entity = static_cast<EntityTag>(ner->entity_of[tags[i]]);
      // An entity starts at B-, and at an I- that does not continue one of its type.
      t.entity_begin = t.entity != EntityTag::none &&
                       (ner->begin_of[tags[i]] || i == 0 || doc.tokens[i - 1].entity != t.entity);
    }
  }
}

}  // namespace newsmark

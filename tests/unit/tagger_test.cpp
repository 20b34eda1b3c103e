// The tagging stage (core/tagger/): tags per token from the compiled-in
// models, the same answer every time, no trouble with empty or odd input.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "segmenter.h"
#include "tagger/feature_parts.h"
#include "tagger/model.h"
#include "tagger/tagger.h"
#include "tables/image_writer.h"
#include "text.h"

namespace newsmark {
namespace {

struct Tagged {
  std::vector<std::string> words;
  std::vector<Upos> pos;
  std::vector<EntityTag> entity;
  std::vector<bool> begin;
};

Tagged tag(const std::string& s, Lang lang) {
  const Text text(s);
  Document doc(text);
  doc.lang = lang;
  REQUIRE(segment(doc).empty());
  tag_tokens(doc);
  Tagged out;
  for (const Token& t : doc.tokens) {
    out.words.push_back(t.key);
    out.pos.push_back(t.pos);
    out.entity.push_back(t.entity);
    out.begin.push_back(t.entity_begin);
  }
  return out;
}

TEST_CASE("tagger: an English sentence gets its parts of speech and its names") {
  const Tagged t = tag("The president of France, Emmanuel Macron, visited Berlin on Monday.", Lang::en);
  REQUIRE(t.words.size() == 13);
  CHECK(t.pos[0] == Upos::DET);        // The
  CHECK(t.pos[1] == Upos::NOUN);       // president
  CHECK(t.pos[2] == Upos::ADP);        // of
  CHECK(t.pos[3] == Upos::PROPN);      // France
  CHECK(t.pos[4] == Upos::PUNCT);      // ,
  CHECK(t.pos[5] == Upos::PROPN);      // Emmanuel
  CHECK(t.pos[6] == Upos::PROPN);      // Macron
  CHECK(t.pos[8] == Upos::VERB);       // visited
  CHECK(t.entity[5] == EntityTag::person);
  CHECK(t.begin[5]);
  CHECK(t.entity[6] == EntityTag::person);
  CHECK_FALSE(t.begin[6]);
  CHECK(t.entity[9] == EntityTag::location);  // Berlin
  CHECK(t.entity[1] == EntityTag::none);
  CHECK(upos_name(t.pos[3]) == "PROPN");
  CHECK(entity_name(t.entity[5]) == "PER");
}

TEST_CASE("tagger: a German sentence gets its names (German has no POS model)") {
  const Tagged t = tag("Bundeskanzlerin Angela Merkel sprach am Montag mit Vertretern der Deutschen Bahn in Hamburg.",
                       Lang::de);
  CHECK(t.entity[1] == EntityTag::person);  // Angela
  CHECK(t.entity[2] == EntityTag::person);  // Merkel
  CHECK(t.entity[12] == EntityTag::location);  // Hamburg
  CHECK(t.entity[3] == EntityTag::none);       // sprach
  for (const Upos p : t.pos) CHECK(p == Upos::none);
}

TEST_CASE("tagger: the same text gets the same tags every time") {
  const std::string s = "Officials in Virginia said the Red Cross would help. Smith agreed.";
  const Tagged a = tag(s, Lang::en), b = tag(s + " ", Lang::en), c = tag(s, Lang::en);
  CHECK(a.pos == c.pos);
  CHECK(a.entity == c.entity);
  CHECK(a.pos == b.pos);
}

TEST_CASE("tagger: empty text, punctuation only and very long tokens") {
  CHECK(tag("", Lang::en).words.empty());
  const Tagged p = tag("!!! ... ???", Lang::de);
  for (const EntityTag e : p.entity) CHECK(e == EntityTag::none);
  const std::string longword(100000, 'x');
  const Tagged l = tag("Er sagte " + longword + " und " + std::string(5000, 'A') + ".", Lang::de);
  CHECK(l.words.size() == 6);
  const Tagged e = tag(std::string(20000, 'Z') + " " + std::string(3000, '7'), Lang::en);
  CHECK(e.words.size() == 2);
}

TEST_CASE("tagger: a model image that is not well formed is no model") {
  ImageWriter w;
  w.add("meta", std::vector<std::uint32_t>{9, 3, 0, 0});  // slot count not a power of two
  w.add("tags", std::string_view("O"));
  const std::string image = w.image();
  const tagger::Model bad(Table(reinterpret_cast<const unsigned char*>(image.data()), image.size()));
  CHECK_FALSE(bad.ok());
  const tagger::Model none{Table()};
  CHECK_FALSE(none.ok());
}

namespace {
// A model image in the stored form (core/tagger/model.h) from its sections.
// The values of the 4-bit codes 0..3 of the images below.
const std::string kLevels("\xF9\xFF\x03\x07", 4);  // -7 -1 3 7
std::string model_image(std::uint32_t tags, std::uint32_t slots, std::uint32_t bits, std::string_view keys,
                        std::string_view gaps, std::string_view weights, std::string_view levels = kLevels) {
  ImageWriter w;
  w.add("meta", std::vector<std::uint32_t>{tags, slots, 0, bits});
  w.add("tags", tags == 2 ? std::string_view("A\nB") : std::string_view("A"));
  if (!levels.empty()) w.add("levels", levels);
  w.add("keys", keys);
  w.add("gaps", gaps);
  w.add("weights", weights);
  return w.image();
}
std::vector<std::int32_t> weights_of(const tagger::Model& m, std::uint32_t h) {
  std::vector<std::int32_t> scores(m.tag_count(), 0);
  m.add(h, scores.data());
  return scores;
}
tagger::Model model_of(const std::string& image) {
  return tagger::Model(Table(reinterpret_cast<const unsigned char*>(image.data()), image.size()));
}
}  // namespace

TEST_CASE("tagger: a stored model's occupied slots, gaps and 4- or 8-bit weights are read back") {
  // Two features: fingerprint 0x1234 in slot 2, 0x5678 in slot 5 (gaps 2 and 2); weights -7 3 and
  // 7 -1, at 4 bits the codes 0 2 and 3 1 into the levels -7 -1 3 7.
  const std::uint32_t a = (0x1234u << 16) | 2, b = (0x5678u << 16) | 5, absent = (0x1235u << 16) | 2;
  const std::string keys("\x34\x12\x78\x56", 4), gaps("\x02\x02", 2);
  const std::string image4 = model_image(2, 8, 4, keys, gaps, std::string("\x20\x13", 2));
  const tagger::Model m4 = model_of(image4);
  REQUIRE(m4.ok());
  CHECK(weights_of(m4, a) == std::vector<std::int32_t>{-7, 3});
  CHECK(weights_of(m4, b) == std::vector<std::int32_t>{7, -1});
  CHECK(weights_of(m4, absent) == std::vector<std::int32_t>{0, 0});
  CHECK(m4.find(a) == 2);
  CHECK(m4.find(b) == 5);
  CHECK(m4.find(absent) == -1);
  const tagger::Model m8 = model_of(model_image(2, 8, 8, keys, gaps, std::string("\xF9\x03\x07\xFF", 4)));
  REQUIRE(m8.ok());
  CHECK(weights_of(m8, a) == std::vector<std::int32_t>{-7, 3});
  CHECK(weights_of(m8, b) == std::vector<std::int32_t>{7, -1});
  // A gap of 300 empty slots: 255 + 45.
  const tagger::Model far = model_of(model_image(1, 512, 8, std::string("\x01\x00", 2), std::string("\xFF\x2D", 2), "\x05"));
  REQUIRE(far.ok());
  CHECK(far.find((1u << 16) | 300) == 300);
}

TEST_CASE("tagger: a stored model whose sections do not agree is no model") {
  const std::string keys("\x34\x12\x78\x56", 4), gaps("\x02\x02", 2), w4("\x20\x13", 2);
  CHECK(model_of(model_image(2, 8, 4, keys, gaps, w4)).ok());  // the well-formed one, for contrast
  CHECK_FALSE(model_of(model_image(2, 8, 4, keys, gaps, std::string("\x39", 1))).ok());  // weights short
  CHECK_FALSE(model_of(model_image(2, 8, 8, keys, gaps, w4)).ok());  // 8 bits want 4 bytes
  CHECK_FALSE(model_of(model_image(2, 8, 5, keys, gaps, w4)).ok());  // neither 4 nor 8 bits
  CHECK_FALSE(model_of(model_image(2, 8, 4, keys, std::string("\x02", 1), w4)).ok());  // a gap missing
  CHECK_FALSE(model_of(model_image(2, 8, 4, keys, std::string("\x02\x02\x01", 3), w4)).ok());  // one too many
  CHECK_FALSE(model_of(model_image(2, 8, 4, keys, std::string("\x02\x05", 2), w4)).ok());  // past the last slot
  CHECK_FALSE(model_of(model_image(2, 8, 4, std::string("\x34\x12\x00\x00", 4), gaps, w4)).ok());  // fingerprint 0
  CHECK_FALSE(model_of(model_image(2, 8, 4, std::string("\x34\x12\x78", 3), gaps, w4)).ok());  // odd key bytes
  CHECK_FALSE(model_of(model_image(2, 8, 4, keys, std::string("\xFF\xFF", 2), w4)).ok());  // a gap that never ends
  CHECK_FALSE(model_of(model_image(2, 8, 4, keys, gaps, w4, "")).ok());  // 4 bits and no levels
  CHECK_FALSE(model_of(model_image(2, 8, 4, keys, gaps, w4, std::string(17, '\x01'))).ok());  // 17 levels
  CHECK_FALSE(model_of(model_image(2, 8, 4, keys, gaps, w4, std::string("\xF9\xFF\x03", 3))).ok());  // code 3 of 3
}

namespace {
// A model image in the sparse layout (meta[4] = 1): per occupied slot a bitmap of the tags with a
// weight (byte planes: every row's first byte, then every row's second byte) and those weights only.
std::string sparse_image(std::uint32_t tags, std::uint32_t bits, std::string_view keys, std::string_view gaps,
                         std::string_view mask, std::string_view weights, std::string_view levels,
                         std::uint32_t layout = 1) {
  ImageWriter w;
  w.add("meta", std::vector<std::uint32_t>{tags, 8, 0, bits, layout});
  std::string names;
  for (std::uint32_t t = 0; t < tags; ++t) names += (t ? "\n" : "") + std::string(1, static_cast<char>('A' + t));
  w.add("tags", names);
  if (!levels.empty()) w.add("levels", levels);
  w.add("keys", keys);
  w.add("gaps", gaps);
  w.add("mask", mask);
  w.add("weights", weights);
  return w.image();
}
}  // namespace

TEST_CASE("tagger: a stored model's sparse rows (a bitmap of the tags with a weight, those weights) are read back") {
  const std::uint32_t a = (0x1234u << 16) | 2, b = (0x5678u << 16) | 5;
  const std::string keys("\x34\x12\x78\x56", 4), gaps("\x02\x02", 2);
  // Two tags, 4 bits: a has -7 3 (mask 0b11), b has 7 and no weight for tag B (mask 0b01); the
  // levels are the non-zero values -7 3 7, so the codes 0 1 and 2.
  const std::string levels("\xF9\x03\x07", 3);
  const tagger::Model m = model_of(sparse_image(2, 4, keys, gaps, std::string("\x03\x01", 2), std::string("\x10\x02", 2), levels));
  REQUIRE(m.ok());
  CHECK(weights_of(m, a) == std::vector<std::int32_t>{-7, 3});
  CHECK(weights_of(m, b) == std::vector<std::int32_t>{7, 0});
  CHECK(m.find(b) == 5);
  // Nine tags (two mask bytes, stored as planes), 8 bits: a has 5 on tag A and -5 on tag I, b 3 on tag B.
  const tagger::Model m9 = model_of(sparse_image(9, 8, keys, gaps, std::string("\x01\x02\x01\x00", 4),
                                                 std::string("\x05\xFB\x03", 3), ""));
  REQUIRE(m9.ok());
  CHECK(weights_of(m9, a) == std::vector<std::int32_t>{5, 0, 0, 0, 0, 0, 0, 0, -5});
  CHECK(weights_of(m9, b) == std::vector<std::int32_t>{0, 3, 0, 0, 0, 0, 0, 0, 0});
  // Sections that do not agree.
  const std::string mask("\x03\x01", 2), w("\x10\x02", 2);
  CHECK_FALSE(model_of(sparse_image(2, 4, keys, gaps, std::string("\x03", 1), w, levels)).ok());  // mask short
  CHECK_FALSE(model_of(sparse_image(2, 4, keys, gaps, std::string("\x03\x05", 2), w, levels)).ok());  // tag 2 of 2
  CHECK_FALSE(model_of(sparse_image(2, 4, keys, gaps, mask, std::string("\x10", 1), levels)).ok());  // 3 weights want 2 bytes
  CHECK_FALSE(model_of(sparse_image(2, 4, keys, gaps, mask, std::string("\x10\x02\x00", 3), levels)).ok());  // one byte too many
  CHECK_FALSE(model_of(sparse_image(2, 4, keys, gaps, mask, std::string("\x10\x03", 2), levels)).ok());  // code 3 of 3
  CHECK_FALSE(model_of(sparse_image(2, 4, keys, gaps, mask, w, levels, 2)).ok());  // no layout 2
}

TEST_CASE("tagger: the compiled-in models are there") {
  CHECK(compiled_table(pos_model_name(Lang::en)).ok());
  CHECK(compiled_table(entity_model_name(Lang::en)).ok());
  CHECK(compiled_table(entity_model_name(Lang::de)).ok());
}

// The pieces of a text's tokens, as tag_tokens() makes them.
std::vector<tagger::TokenPieces> pieces(const Document& doc) {
  std::vector<tagger::TokenPieces> p(doc.tokens.size());
  for (std::size_t i = 0; i < p.size(); ++i) p[i] = tagger::pieces_of(doc.tokens[i]);
  for (const Sentence& s : doc.sentences)
    if (s.first < p.size()) p[s.first].sentence_start = true;
  if (!p.empty()) p[0].sentence_start = true;
  return p;
}

// Greedy decoding the plain way (every feature of every position probed, as
// the trainer does): what Model::tag, with its sums cached by token and tag
// pair, must answer exactly.
std::vector<std::uint8_t> reference_tags(const tagger::Model& m, const std::vector<tagger::TokenPieces>& p,
                                         const std::uint8_t* pos) {
  const auto n = static_cast<std::uint32_t>(p.size());
  std::vector<std::uint8_t> out(n);
  std::uint32_t prev = tagger::kNoTag, prev2 = tagger::kNoTag;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (p[i].sentence_start) prev = prev2 = tagger::kNoTag;
    std::uint32_t f[tagger::kMaxFeatures + 8];
    std::uint32_t k = tagger::static_features(p.data(), n, i, m.uses_pos() ? pos : nullptr, f);
    k += tagger::tag_features(p.data(), i, prev, prev2, f + k);
    std::int32_t scores[tagger::kMaxTags] = {};
    for (std::uint32_t j = 0; j < k; ++j) m.add(f[j], scores);
    std::uint32_t best = 0;
    for (std::uint32_t t = 1; t < m.tag_count(); ++t)
      if (m.allowed(prev, t) && scores[t] > scores[best]) best = t;
    out[i] = static_cast<std::uint8_t>(best);
    prev2 = prev;
    prev = best;
  }
  return out;
}

const char* const kEnglish =
    "The president of France, Emmanuel Macron, visited Berlin on Monday. \"We will help,\" he said. "
    "Officials in Virginia said the Red Cross would help. Smith agreed. U.S. Senator John McCain (R-AZ) "
    "told CNN that 2,000 troops would stay. \"No,\" she said. Mr. Smith and Mrs. Smith met the Smiths.";
const char* const kGerman =
    "Bundeskanzlerin Angela Merkel sprach am Montag mit Vertretern der Deutschen Bahn in Hamburg. "
    "\u201EWir helfen\u201C, sagte sie. Die SPD-Fraktion teilte mit, 3,5 Prozent seien genug. Merkel sagte nein.";

// The pieces of a text's tokens, segmented as the engine does.
std::vector<tagger::TokenPieces> pieces_of_text(const char* s, Lang lang) {
  const Text text(s);
  Document doc(text);
  doc.lang = lang;
  REQUIRE(segment(doc).empty());
  return pieces(doc);
}

// The same feature hashes, in any order.
bool same_features(const std::uint32_t* a, std::uint32_t ka, const std::uint32_t* b, std::uint32_t kb) {
  std::vector<std::uint32_t> va(a, a + ka), vb(b, b + kb);
  std::sort(va.begin(), va.end());
  std::sort(vb.begin(), vb.end());
  return va == vb;
}

TEST_CASE("tagger: the features in parts are exactly static_features() and tag_features()") {
  for (const auto& [s, lang] : {std::pair{kEnglish, Lang::en}, std::pair{kGerman, Lang::de}}) {
    const std::vector<tagger::TokenPieces> p = pieces_of_text(s, lang);
    const auto n = static_cast<std::uint32_t>(p.size());
    std::vector<std::uint8_t> pos(n);
    for (std::uint32_t i = 0; i < n; ++i) pos[i] = static_cast<std::uint8_t>((i * 7) % tagger::kMaxTags);
    for (std::uint32_t i = 0; i < n; ++i)
      for (const std::uint8_t* tags : {static_cast<const std::uint8_t*>(nullptr), static_cast<const std::uint8_t*>(pos.data())}) {
        std::uint32_t a[tagger::kMaxFeatures + 8], b[tagger::kMaxFeatures + 8];
        CHECK(same_features(a, tagger::static_features(p.data(), n, i, tags, a), b,
                            tagger::all_parts(p.data(), n, i, tags, b)));
      }
    for (std::uint32_t i = 0; i < n; ++i)
      for (const std::uint32_t prev : {0u, 3u, tagger::kNoTag})
        for (const std::uint32_t prev2 : {1u, tagger::kNoTag}) {
          std::uint32_t a[16], b[16];
          CHECK(same_features(a, tagger::tag_features(p.data(), i, prev, prev2, a), b,
                              tagger::all_tag_parts(p.data(), i, prev, prev2, b)));
        }
  }
}

TEST_CASE("tagger: tagging with the cached sums gives the plain decoding's tags") {
  const tagger::Model pos_en(compiled_table(pos_model_name(Lang::en)));
  const tagger::Model ner_en(compiled_table(entity_model_name(Lang::en)));
  tagger::Model ner_de(compiled_table(entity_model_name(Lang::de)));
  ner_de.constrain_bio();  // as the engine tags German
  REQUIRE(pos_en.ok());
  REQUIRE(ner_en.ok());
  REQUIRE(ner_de.ok());
  // Twice each: the second time the per-thread caches hold the words.
  for (int round = 0; round < 2; ++round)
    for (const auto& [s, lang] : {std::pair{kEnglish, Lang::en}, std::pair{kGerman, Lang::de}}) {
      const std::vector<tagger::TokenPieces> p = pieces_of_text(s, lang);
      const auto n = static_cast<std::uint32_t>(p.size());
      std::vector<std::uint8_t> pos(n, 0), out(n, 0);
      if (lang == Lang::en) {
        pos_en.tag(p.data(), n, nullptr, pos.data());
        CHECK(pos == reference_tags(pos_en, p, nullptr));
      }
      const tagger::Model& ner = lang == Lang::en ? ner_en : ner_de;
      ner.tag(p.data(), n, lang == Lang::en ? pos.data() : nullptr, out.data());
      CHECK(out == reference_tags(ner, p, lang == Lang::en ? pos.data() : nullptr));
    }
}

TEST_CASE("tagger: BIO-constrained decoding puts an I-X only after B-X or I-X") {
  tagger::Model ner_de(compiled_table(entity_model_name(Lang::de)));
  REQUIRE(ner_de.ok());
  const std::vector<std::string>& names = ner_de.tag_names();
  std::uint32_t o = 0, b_per = 0, i_per = 0, i_org = 0;
  for (std::uint32_t t = 0; t < names.size(); ++t) {
    if (names[t] == "O") o = t;
    if (names[t] == "B-PER") b_per = t;
    if (names[t] == "I-PER") i_per = t;
    if (names[t] == "I-ORG") i_org = t;
  }
  REQUIRE(i_per != 0);
  CHECK(ner_de.allowed(o, i_per));  // not constrained yet
  ner_de.constrain_bio();
  CHECK_FALSE(ner_de.allowed(o, i_per));
  CHECK_FALSE(ner_de.allowed(tagger::kNoTag, i_per));
  CHECK_FALSE(ner_de.allowed(b_per, i_org));
  CHECK(ner_de.allowed(b_per, i_per));
  CHECK(ner_de.allowed(i_per, i_per));
  CHECK(ner_de.allowed(o, b_per));
  CHECK(ner_de.allowed(i_org, o));
  // On real text: no I- tag follows a tag of another kind.
  const std::vector<tagger::TokenPieces> p = pieces_of_text(kGerman, Lang::de);
  const auto n = static_cast<std::uint32_t>(p.size());
  std::vector<std::uint8_t> out(n, 0);
  ner_de.tag(p.data(), n, nullptr, out.data());
  for (std::uint32_t i = 0; i < n; ++i)
    CHECK(ner_de.allowed(i == 0 || p[i].sentence_start ? tagger::kNoTag : out[i - 1], out[i]));
}

}  // namespace
}  // namespace newsmark

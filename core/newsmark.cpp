// The public entry points: validation, the pipeline in order, and JSON.
#include "newsmark/newsmark.h"

#include <nlohmann/json.hpp>

#include "actors.h"
#include "attribution.h"
#include "language.h"
#include "quote_marks.h"
#include "result.h"
#include "segmenter.h"
#include "sources.h"

#ifndef NEWSMARK_VERSION
#define NEWSMARK_VERSION "0.0.0"
#endif

namespace newsmark {
namespace {

using json = nlohmann::ordered_json;

json spans_json(const std::vector<Span>& spans) {
  json out = json::array();
  for (const auto& s : spans) out.push_back(json{{"start", s.start}, {"end", s.end}});
  return out;
}

std::string error_json(const std::string& message) {
  json j{{"error", message}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

const char* version() { return NEWSMARK_VERSION; }

bool parse_offset_unit(std::string_view name, OffsetUnit* out) {
  if (name == "utf16") {
    *out = OffsetUnit::utf16;
  } else if (name == "utf8") {
    *out = OffsetUnit::utf8;
  } else if (name == "codepoints") {
    *out = OffsetUnit::codepoints;
  } else {
    return false;
  }
  return true;
}

const char* offset_unit_name(OffsetUnit unit) {
  switch (unit) {
    case OffsetUnit::utf16: return "utf16";
    case OffsetUnit::utf8: return "utf8";
    case OffsetUnit::codepoints: return "codepoints";
  }
  return "utf16";
}

Status extract(std::string_view utf8_text, const Options& options, Result* out) {
  if (out == nullptr) return {"extract: no place for the result (out is null)"};
  *out = Result{};
  out->offsets = options.offsets;
  if (utf8_text.size() > kMaxInputBytes)
    return {"text too large: " + std::to_string(utf8_text.size()) + " bytes (the limit is " +
            std::to_string(kMaxInputBytes) + ")"};
  Lang lang = Lang::en;
  const bool automatic = options.lang.empty() || options.lang == "auto";
  if (!automatic && !parse_lang(options.lang, &lang))
    return {"unsupported language '" + options.lang + "' (use auto, de or en)"};
  const Text text(utf8_text);
  if (automatic) lang = detect_language(text.view());
  Document doc(text);
  doc.lang = lang;
  if (std::string error = segment(doc); !error.empty()) return {error};
  find_actors(doc);
  pair_quote_marks(doc);
  find_agency_credits(doc);
  attribute_quotes(doc);
  *out = make_result(doc, options.offsets);
  return {};
}

std::string to_json(const Result& r, bool pretty) {
  json j;
  j["schema"] = "newsmark/1";
  j["lang"] = r.lang;
  j["offsets"] = offset_unit_name(r.offsets);
  json actors = json::array();
  for (const auto& a : r.actors) {
    json x{{"id", a.id}, {"name", a.name}, {"type", a.type}};
    x["role"] = a.role.empty() ? json(nullptr) : json(a.role);
    x["mentions"] = spans_json(a.mentions);
    actors.push_back(std::move(x));
  }
  j["actors"] = std::move(actors);
  json quotes = json::array();
  for (const auto& q : r.quotes) {
    json x{{"id", q.id}, {"kind", q.kind}, {"spans", spans_json(q.spans)}};
    if (q.speaker) {
      x["speaker"] = json{{"actor", q.speaker->actor.empty() ? json(nullptr) : json(q.speaker->actor)},
                          {"spans", spans_json(q.speaker->spans)}};
    } else {
      x["speaker"] = nullptr;
    }
    x["cue"] = q.cue.empty() ? json(nullptr) : json{{"spans", spans_json(q.cue)}};
    quotes.push_back(std::move(x));
  }
  j["quotes"] = std::move(quotes);
  json sources = json::array();
  for (const auto& s : r.sources) {
    sources.push_back(json{{"id", s.id},
                           {"kind", s.kind},
                           {"actor", s.actor.empty() ? json(nullptr) : json(s.actor)},
                           {"spans", spans_json(s.spans)}});
  }
  j["sources"] = std::move(sources);
  return j.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

std::string extract_json(std::string_view utf8_text, const Options& options, bool pretty) {
  Result r;
  const Status st = extract(utf8_text, options, &r);
  if (!st.ok()) return error_json(st.message);
  return to_json(r, pretty);
}

}  // namespace newsmark

// The public entry points: validation, the pipeline in order, and JSON.
#include "newsmark/newsmark.h"

#include <utility>

#include <nlohmann/json.hpp>

#include "actors.h"
#include "attribution.h"
#include "attribution/registry.h"
#include "language.h"
#include "quote_marks.h"
#include "result.h"
#include "segmenter.h"
#include "sources.h"
#include "tagger/tagger.h"

#ifndef NEWSMARK_VERSION
#define NEWSMARK_VERSION "0.0.0"
#endif

namespace newsmark {
namespace {

using json = nlohmann::ordered_json;

std::string error_json(const std::string& message) {
  json j{{"error", message}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

const char* version() { return NEWSMARK_VERSION; }

std::vector<RuleInfo> rules() {
  static const char* const kStageNames[] = {"source", "sentence", "frame", "direct", "credit"};
  std::vector<RuleInfo> out;
  for (const attribution::Rule& r : attribution::all_rules())
    out.push_back({r.name, r.lang, kStageNames[static_cast<int>(r.stage)], r.description});
  return out;
}

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

namespace {

// Runs one pipeline stage as a function of its own, never inlined into extract(). In the
// WebAssembly build, link-time optimisation inlines every stage (each is called once) into one
// 95 KB function, and V8's baseline compiler (Liftoff), which compiles each function on its
// first call, takes time that grows faster than a function's size: that one function cost 87 ms
// of the first extract() in Node, the 248 others it needs 11 ms together (measured with node
// --trace-wasm-compilation-times --liftoff-only). Natively it is one call per stage and text.
template <auto Stage, typename... Args>
[[gnu::noinline]] decltype(auto) stage(Args&&... args) {
  return Stage(std::forward<Args>(args)...);
}

}  // namespace

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
  if (automatic) lang = stage<detect_language>(text.view());
  Document doc(text);
  doc.lang = lang;
  if (std::string unknown; !attribution::disabled_set(options.disable, &doc.rules_off, &unknown))
    return {"unknown rule '" + unknown + "' (newsmark --list-rules lists them)"};
  if (std::string error = stage<segment>(doc); !error.empty()) return {error};
  stage<tag_tokens>(doc);
  stage<find_actors>(doc);
  stage<pair_quote_marks>(doc);
  stage<find_agency_credits>(doc);
  stage<attribute_quotes>(doc);
  *out = stage<make_result>(doc, options.offsets, options.explain);
  return {};
}

namespace {

// Writes the result JSON directly: building an nlohmann DOM for every result
// cost a fifth of the CLI's time. Pretty output goes through nlohmann (rare).
void append_escaped(std::string& out, std::string_view s) {
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
    ++i;
  }
  out.push_back('"');
}

void append_spans(std::string& out, const std::vector<Span>& spans) {
  out.push_back('[');
  for (std::size_t k = 0; k < spans.size(); ++k) {
    if (k) out.push_back(',');
    out += "{\"start\":";
    out += std::to_string(spans[k].start);
    out += ",\"end\":";
    out += std::to_string(spans[k].end);
    out.push_back('}');
  }
  out.push_back(']');
}

// The "rule" member that Options::explain adds; nothing without it.
void append_rule(std::string& out, const std::string& rule) {
  if (rule.empty()) return;
  out += ",\"rule\":";
  append_escaped(out, rule);
}

void append_id_or_null(std::string& out, const std::string& id) {
  if (id.empty()) {
    out += "null";
  } else {
    append_escaped(out, id);
  }
}

}  // namespace

std::string to_json(const Result& r, bool pretty) {
  std::string out;
  out.reserve(256 + 64 * (r.actors.size() + r.quotes.size() + r.sources.size()));
  out += "{\"schema\":\"newsmark/1\",\"lang\":";
  append_escaped(out, r.lang);
  out += ",\"offsets\":";
  append_escaped(out, offset_unit_name(r.offsets));
  out += ",\"actors\":[";
  for (std::size_t k = 0; k < r.actors.size(); ++k) {
    const Actor& a = r.actors[k];
    if (k) out.push_back(',');
    out += "{\"id\":";
    append_escaped(out, a.id);
    out += ",\"name\":";
    append_escaped(out, a.name);
    out += ",\"type\":";
    append_escaped(out, a.type);
    out += ",\"role\":";
    append_id_or_null(out, a.role);
    out += ",\"mentions\":";
    append_spans(out, a.mentions);
    out.push_back('}');
  }
  out += "],\"quotes\":[";
  for (std::size_t k = 0; k < r.quotes.size(); ++k) {
    const Quote& q = r.quotes[k];
    if (k) out.push_back(',');
    out += "{\"id\":";
    append_escaped(out, q.id);
    out += ",\"kind\":";
    append_escaped(out, q.kind);
    out += ",\"spans\":";
    append_spans(out, q.spans);
    out += ",\"speaker\":";
    if (q.speaker) {
      out += "{\"actor\":";
      append_id_or_null(out, q.speaker->actor);
      out += ",\"spans\":";
      append_spans(out, q.speaker->spans);
      append_rule(out, q.speaker->rule);
      if (!q.speaker->tokens.empty()) {
        out += ",\"tokens\":[";
        for (std::size_t t = 0; t < q.speaker->tokens.size(); ++t) {
          const Speaker::Token& tok = q.speaker->tokens[t];
          if (t) out.push_back(',');
          out += "{\"start\":" + std::to_string(tok.span.start) + ",\"end\":" + std::to_string(tok.span.end) + ",\"pos\":";
          append_escaped(out, tok.pos);
          out.push_back('}');
        }
        out.push_back(']');
      }
      out.push_back('}');
    } else {
      out += "null";
    }
    out += ",\"cue\":";
    if (q.cue.empty()) {
      out += "null";
    } else {
      out += "{\"spans\":";
      append_spans(out, q.cue);
      out.push_back('}');
    }
    if (!q.verbatim.empty()) {
      out += ",\"verbatim\":";
      append_spans(out, q.verbatim);
    }
    append_rule(out, q.rule);
    out.push_back('}');
  }
  out += "],\"sources\":[";
  for (std::size_t k = 0; k < r.sources.size(); ++k) {
    const Source& s = r.sources[k];
    if (k) out.push_back(',');
    out += "{\"id\":";
    append_escaped(out, s.id);
    out += ",\"kind\":";
    append_escaped(out, s.kind);
    out += ",\"actor\":";
    append_id_or_null(out, s.actor);
    out += ",\"spans\":";
    append_spans(out, s.spans);
    append_rule(out, s.rule);
    out.push_back('}');
  }
  out += "]}";
  if (!pretty) return out;
  return json::parse(out, nullptr, false).dump(2, ' ', false, json::error_handler_t::replace);
}

std::string extract_json(std::string_view utf8_text, const Options& options, bool pretty) {
  Result r;
  const Status st = extract(utf8_text, options, &r);
  if (!st.ok()) return error_json(st.message);
  return stage<to_json>(r, pretty);
}

}  // namespace newsmark

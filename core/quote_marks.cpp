#include "quote_marks.h"

#include <unicode/uchar.h>

namespace newsmark {
namespace {

// What a mark can do, before its context is looked at.
enum Family : std::uint8_t { kNone, kDouble, kSingle };

struct MarkInfo {
  Family family = kNone;
  bool can_open = false;
  bool can_close = false;
  char32_t closes_for = 0;  // for a dedicated closer: the opener it ends (0 = any of its family)
};

char32_t code_point(std::string_view s) {
  std::size_t i = 0;
  return s.empty() ? 0 : next_code_point(s, i);
}

bool is_space_or_edge(const Document& doc, std::uint32_t byte, bool before) {
  const std::string_view s = doc.text.view();
  if (before ? byte == 0 : byte >= s.size()) return true;
  std::size_t i = byte;
  const char32_t c = before ? previous_code_point(s, i) : next_code_point(s, i);
  return u_isWhitespace(static_cast<UChar32>(c)) || c == 0xA0;
}

char32_t char_before(const Document& doc, std::uint32_t byte) {
  if (byte == 0) return 0;
  std::size_t i = byte;
  return previous_code_point(doc.text.view(), i);
}

char32_t char_after(const Document& doc, std::uint32_t byte) {
  const std::string_view s = doc.text.view();
  if (byte >= s.size()) return 0;
  std::size_t i = byte;
  return next_code_point(s, i);
}

bool opening_context(char32_t c) {
  return c == 0 || u_isWhitespace(static_cast<UChar32>(c)) || c == 0xA0 || c == '(' || c == '[' || c == '{' ||
         c == '-' || c == 0x2013 || c == 0x2014 || c == '/' || c == ':' || c == 0x201E || c == 0x201C ||
         c == 0xAB || c == 0xBB || c == '"';
}

}  // namespace

void pair_quote_marks(Document& doc) {
  doc.quote_pairs.clear();
  const auto& tk = doc.tokens;
  // A quote longer than this, or one still open at a paragraph that does not
  // continue it, was never a quote: its opening mark is dropped.
  constexpr std::uint32_t kMaxQuoteBytes = 12000;

  bool open = false;
  std::uint32_t open_token = 0;
  char32_t open_char = 0;
  Family open_family = kNone;
  int inner_depth = 0;  // single marks nested inside a double quote

  for (std::uint32_t i = 0; i < tk.size(); ++i) {
    const Token& t = tk[i];
    if (open && t.newlines_before > 0) {
      // A quote may run into the next paragraph only when that paragraph
      // opens with a mark of its own (the convention for multi-paragraph quotes).
      const char32_t c = t.kind == TokenKind::punct ? code_point(t.key) : 0;
      const bool reopens = c == open_char || (open_family == kDouble && (c == '"' || c == 0x201E || c == 0x201C || c == 0xBB || c == 0xAB));
      if (!reopens) {
        open = false;
      } else {
        continue;  // the re-opening mark belongs to the same quote
      }
    }
    if (open && t.begin - tk[open_token].begin > kMaxQuoteBytes) open = false;
    if (t.kind != TokenKind::punct) continue;
    const char32_t c = code_point(t.key);
    MarkInfo m;
    const char32_t before = char_before(doc, t.begin);
    const char32_t after = char_after(doc, t.end);
    const bool space_before = is_space_or_edge(doc, t.begin, true) || opening_context(before);
    const bool space_after = is_space_or_edge(doc, t.end, false) || u_ispunct(static_cast<UChar32>(after));
    switch (c) {
      case 0x201E: m = {kDouble, true, false, 0}; break;                 // „
      case 0x201C: m = {kDouble, true, true, 0}; break;                  // “ (closes „, opens English)
      case 0x201D: m = {kDouble, !space_before ? false : true, true, 0}; break;  // ”
      case 0xBB: m = {kDouble, true, true, 0xAB}; break;                 // » (closes «)
      case 0xAB: m = {kDouble, true, true, 0xBB}; break;                 // « (closes »)
      case 0x201A: m = {kSingle, true, false, 0}; break;                 // ‚
      case 0x2018: m = {kSingle, true, true, 0}; break;                  // ‘
      case 0x2019: m = {kSingle, false, true, 0}; break;                 // ’ (also the apostrophe)
      case 0x203A: m = {kSingle, true, true, 0x2039}; break;             // ›
      case 0x2039: m = {kSingle, true, true, 0x203A}; break;             // ‹
      case '"':
        m = {kDouble, space_before && !is_space_or_edge(doc, t.end, false), !space_before || space_after, 0};
        if (u_isdigit(static_cast<UChar32>(before))) m.can_open = false;  // 5' 10" is an inch mark
        break;
      case '\'':
        // Only a word-initial ' can open, only a word-final one can close:
        // apostrophes inside words never reach here (they belong to the word).
        m = {kSingle, space_before && !is_space_or_edge(doc, t.end, false), !space_before && space_after, 0};
        if (u_isdigit(static_cast<UChar32>(before))) m = {};
        break;
      default: break;
    }
    if (m.family == kNone) continue;

    if (!open) {
      if (m.can_open && !(c == 0x2019)) {
        open = true;
        open_token = i;
        open_char = c;
        open_family = m.family;
        inner_depth = 0;
      }
      continue;
    }
    // Inside a quote: a single mark nests in a double one.
    if (open_family == kDouble && m.family == kSingle) {
      if (inner_depth > 0 && m.can_close) {
        --inner_depth;
      } else if (m.can_open && c != 0x2019) {
        ++inner_depth;
      }
      continue;
    }
    if (m.family != open_family) continue;
    bool closes = m.can_close;
    if (m.closes_for != 0 && open_char != m.closes_for) closes = false;  // » cannot close »
    if (open_char == 0x201E && c == 0x201E) closes = false;
    if (open_char == 0x201C && c == 0x201C && m.can_open && space_before) closes = false;
    if (open_char == '"' && c == '"' && m.can_open && !m.can_close) closes = false;
    if (closes) {
      doc.quote_pairs.push_back({open_token, i, false});
      open = false;
      continue;
    }
    if (m.can_open) {
      // A second opening mark while one is open: the English convention for
      // a quote running on ("…this club. "No individual…") when the text
      // before it ends a sentence; otherwise the first mark was stray.
      const char32_t prev = char_before(doc, t.begin - (t.space_before ? 1 : 0));
      const bool sentence_end = prev == '.' || prev == '!' || prev == '?';
      if (!(sentence_end && t.space_before)) {
        open_token = i;
        open_char = c;
        inner_depth = 0;
      }
    }
  }
}

}  // namespace newsmark

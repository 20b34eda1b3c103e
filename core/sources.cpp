#include "sources.h"

#include <algorithm>
#include <unordered_map>

#include "actors.h"
#include "attribution/registry.h"
#include "lexicon.h"

namespace newsmark {
namespace {

// The media actor for an agency credited at token i: the actor of the
// mention there, else the one already made for that agency, else a new one.
std::int32_t agency_actor(Document& doc, std::uint32_t i, const std::string& name,
                          std::unordered_map<std::string, std::int32_t>& made) {
  const std::int32_t m = mention_at(doc, i);
  if (m >= 0) return doc.mentions[m].actor;
  auto it = made.find(name);
  if (it == made.end()) {
    for (std::size_t a = 0; a < doc.actors.size() && it == made.end(); ++a)
      if (doc.actors[a].name == name && doc.actors[a].type == ActorType::media)
        it = made.emplace(name, static_cast<std::int32_t>(a)).first;
  }
  if (it != made.end()) {
    doc.actors[it->second].extra_mentions.push_back(doc.token_span(i, i + 1));
    return it->second;
  }
  const std::int32_t a = add_group_actor(doc, i, i + 1);
  doc.actors[a].type = ActorType::media;
  doc.actors[a].name = name;
  made.emplace(name, a);
  return a;
}

}  // namespace

void find_agency_credits(Document& doc) {
  const Lexicon& lex = Lexicon::get(doc.lang);
  const auto& tk = doc.tokens;
  const std::uint32_t n = static_cast<std::uint32_t>(tk.size());
  doc.body_end = n;
  std::uint32_t last_credit_end = 0;
  std::unordered_map<std::string, std::int32_t> agencies;
  bool credit_ends_paragraph = false;
  const bool credits_off = attribution::rule_off(doc, attribution::kAgencyCredit);
  for (std::uint32_t i = 0; i + 2 < n; ++i) {
    if (tk[i].kind != TokenKind::punct || std::string_view(tk[i].key) != "(") continue;
    const std::string_view agency = lex.agency_name(tk[i + 1].lower);
    if (agency.empty() || tk[i + 1].kind != TokenKind::word) continue;
    // The credit: "(" agency [ / , – more short words ] ")" on one line.
    std::uint32_t close = 0;
    for (std::uint32_t k = i + 2; k < n && k < i + 16; ++k) {
      if (tk[k].newlines_before > 0) break;
      const std::string_view key = tk[k].key;
      if (key == ")") {
        close = k;
        break;
      }
      if (key == "(") break;
    }
    if (close == 0) continue;
    const std::string_view after_agency = tk[i + 2].key;
    if (close != i + 2 && after_agency != "/" && after_agency != "," && after_agency != "-" &&
        after_agency != "\u2013" && after_agency != ";")
      continue;
    // A credit closes a paragraph or opens the text after a dateline.
    const bool at_end = close + 1 >= n || tk[close + 1].newlines_before > 0;
    const bool dateline = close + 1 < n && (tk[close + 1].key == "-" || tk[close + 1].key == "\u2013" ||
                                            tk[close + 1].key == "\u2014" || tk[close + 1].key == ":");
    if (!at_end && !dateline) continue;
    SourceEntry s;
    s.rule = attribution::kAgencyCredit;
    s.kind = SourceKind::agency_credit;
    s.span = {tk[i].begin, tk[close].end};
    s.actor = agency_actor(doc, i + 1, std::string(agency), agencies);
    if (!credits_off) doc.sources.push_back(s);
    if (at_end) {
      last_credit_end = close + 1;
      credit_ends_paragraph = true;
    }
    i = close;
  }
  // What follows the closing credit in the last few paragraphs is the page
  // around the article (a footer, "So arbeitet die Redaktion"), not its text.
  if (credit_ends_paragraph && last_credit_end < n) {
    std::uint32_t lines = 0;
    for (std::uint32_t k = last_credit_end; k < n; ++k) lines += tk[k].newlines_before > 0 ? 1 : 0;
    if (lines <= 4 && n - last_credit_end < 400) doc.body_end = last_credit_end;
  }
}

}  // namespace newsmark

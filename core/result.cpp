#include "result.h"

#include <algorithm>

#include "language.h"
#include "tagger/tagger.h"

namespace newsmark {
namespace {

const char* actor_type_name(ActorType t) {
  switch (t) {
    case ActorType::person: return "person";
    case ActorType::organization: return "organization";
    case ActorType::location: return "location";
    case ActorType::media: return "media";
    case ActorType::group: return "group";
  }
  return "person";
}

const char* quote_kind_name(QuoteKind k) {
  switch (k) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::indirect: return "indirect";
    case QuoteKind::mixed: return "mixed";
  }
  return "direct";
}

const char* source_kind_name(SourceKind k) {
  switch (k) {
    case SourceKind::according_to: return "according_to";
    case SourceKind::report: return "report";
    case SourceKind::agency_credit: return "agency_credit";
    case SourceKind::anonymous: return "anonymous";
  }
  return "report";
}

}  // namespace

Result make_result(const Document& doc, OffsetUnit unit, bool explain) {
  Result r;
  r.lang = lang_code(doc.lang);
  r.offsets = unit;
  const auto span = [&](ByteSpan b) { return Span{doc.text.to_unit(b.begin, unit), doc.text.to_unit(b.end, unit)}; };
  const auto spans = [&](const std::vector<ByteSpan>& v) {
    std::vector<Span> out;
    out.reserve(v.size());
    for (const auto& b : v) out.push_back(span(b));
    return out;
  };

  // Actors in order of first mention; ids follow that order.
  std::vector<std::int32_t> order;
  for (std::size_t a = 0; a < doc.actors.size(); ++a)
    if (!doc.actors[a].mentions.empty() || !doc.actors[a].extra_mentions.empty())
      order.push_back(static_cast<std::int32_t>(a));
  const auto first_begin = [&](std::int32_t a) {
    std::uint32_t best = UINT32_MAX;
    for (const std::int32_t m : doc.actors[a].mentions) best = std::min(best, doc.mentions[m].span.begin);
    for (const ByteSpan& b : doc.actors[a].extra_mentions) best = std::min(best, b.begin);
    return best;
  };
  std::stable_sort(order.begin(), order.end(), [&](std::int32_t x, std::int32_t y) { return first_begin(x) < first_begin(y); });
  std::vector<std::string> id_of(doc.actors.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    const ActorEntry& e = doc.actors[order[k]];
    Actor a;
    a.id = "a" + std::to_string(k + 1);
    id_of[order[k]] = a.id;
    a.name = e.name;
    a.type = actor_type_name(e.type);
    a.role = e.role;
    std::vector<ByteSpan> mentions;
    for (const std::int32_t m : e.mentions) mentions.push_back(doc.mentions[m].span);
    mentions.insert(mentions.end(), e.extra_mentions.begin(), e.extra_mentions.end());
    std::sort(mentions.begin(), mentions.end(), [](ByteSpan x, ByteSpan y) { return x.begin < y.begin; });
    a.mentions = spans(mentions);
    r.actors.push_back(std::move(a));
  }
  const auto actor_id = [&](std::int32_t a) { return a >= 0 && a < static_cast<std::int32_t>(id_of.size()) ? id_of[a] : std::string(); };

  std::vector<const QuoteEntry*> quotes;
  for (const auto& q : doc.quotes)
    if (!q.spans.empty()) quotes.push_back(&q);
  std::stable_sort(quotes.begin(), quotes.end(), [](const QuoteEntry* x, const QuoteEntry* y) { return x->spans[0].begin < y->spans[0].begin; });
  for (std::size_t k = 0; k < quotes.size(); ++k) {
    const QuoteEntry& e = *quotes[k];
    Quote q;
    q.id = "q" + std::to_string(k + 1);
    q.kind = quote_kind_name(e.kind);
    q.spans = spans(e.spans);
    if (e.has_speaker && !e.speaker_spans.empty()) q.speaker = Speaker{actor_id(e.speaker_actor), spans(e.speaker_spans), {}, {}};
    q.cue = spans(e.cue);
    q.verbatim = spans(e.verbatim);
    if (explain) {
      q.rule = e.rule != nullptr ? e.rule : "";
      if (q.speaker) {
        q.speaker->rule = e.speaker_rule != nullptr ? e.speaker_rule : "";
        // The speaker's tokens with their tag (binary search, no scan).
        for (const ByteSpan& b : e.speaker_spans) {
          auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), b.begin,
                                     [](const Token& t, std::uint32_t pos) { return t.end <= pos; });
          for (; it != doc.tokens.end() && it->begin < b.end; ++it)
            q.speaker->tokens.push_back({span({it->begin, it->end}), std::string(upos_name(it->pos))});
        }
      }
    }
    r.quotes.push_back(std::move(q));
  }

  std::vector<const SourceEntry*> sources;
  for (const auto& s : doc.sources) sources.push_back(&s);
  std::stable_sort(sources.begin(), sources.end(), [](const SourceEntry* x, const SourceEntry* y) { return x->span.begin < y->span.begin; });
  for (std::size_t k = 0; k < sources.size(); ++k) {
    Source s;
    s.id = "s" + std::to_string(k + 1);
    s.kind = source_kind_name(sources[k]->kind);
    s.actor = actor_id(sources[k]->actor);
    s.spans = {span(sources[k]->span)};
    if (explain && sources[k]->rule != nullptr) s.rule = sources[k]->rule;
    r.sources.push_back(std::move(s));
  }
  return r;
}

}  // namespace newsmark

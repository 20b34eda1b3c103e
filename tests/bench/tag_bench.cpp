// The tagging stage alone (core/tagger/), in tokens per CPU second: the
// texts of a JSONL file ({"id", "text", "lang"} per line, as
// tests/bench/throughput.mjs writes them) are segmented once, then
// tag_tokens() runs over all of them --rounds times (default 5) and the best
// round counts.
//   build/tests/tag_bench FILE.jsonl [--rounds N]
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "document.h"
#include "segmenter.h"
#include "tagger/tagger.h"
#include "text.h"

namespace {

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsmark;
  if (argc < 2) {
    std::fprintf(stderr, "usage: tag_bench FILE.jsonl [--rounds N]\n");
    return 2;
  }
  int rounds = 5;
  for (int a = 2; a + 1 < argc; ++a)
    if (std::string(argv[a]) == "--rounds") rounds = std::max(1, std::atoi(argv[a + 1]));
  std::ifstream in(argv[1]);
  std::vector<std::unique_ptr<Text>> texts;
  std::vector<Lang> langs;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text")) continue;
    texts.push_back(std::make_unique<Text>(j["text"].get<std::string>()));
    langs.push_back(j.value("lang", std::string("de")) == "en" ? Lang::en : Lang::de);
  }
  std::vector<std::unique_ptr<Document>> docs;
  std::size_t tokens = 0, tokens_de = 0;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    auto d = std::make_unique<Document>(*texts[k]);
    d->lang = langs[k];
    if (!segment(*d).empty()) continue;
    tokens += d->tokens.size();
    if (d->lang == Lang::de) tokens_de += d->tokens.size();
    docs.push_back(std::move(d));
  }
  double best = 1e30, best_de = 1e30, best_en = 1e30;
  for (int r = 0; r < rounds; ++r) {
    double de = 0, en = 0;
    for (const auto& d : docs) {
      const double t0 = cpu_seconds();
      tag_tokens(*d);
      (d->lang == Lang::de ? de : en) += cpu_seconds() - t0;
    }
    best = std::min(best, de + en);
    best_de = std::min(best_de, de);
    best_en = std::min(best_en, en);
  }
  const auto rate = [](std::size_t n, double s) { return s > 0 ? static_cast<double>(n) / s : 0.0; };
  std::printf("texts %zu, tokens %zu (de %zu, en %zu)\n", docs.size(), tokens, tokens_de, tokens - tokens_de);
  std::printf("tag_tokens (best of %d): %.3f s, %.0f tokens/s (de %.0f, en %.0f)\n", rounds, best, rate(tokens, best),
              rate(tokens_de, best_de), rate(tokens - tokens_de, best_en));
  return 0;
}

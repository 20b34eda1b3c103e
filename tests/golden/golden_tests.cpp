// Golden article tests: tests/golden/<case>.txt is run through the engine and
// the result must equal <case>.expected.json. The case name's prefix (de-,
// en-) sets the language. NEWSMARK_GOLDEN_UPDATE=1 rewrites the expected files
// and prints what changed, so a reviewer sees every difference in the diff.
//
// The user's seed article is checked against its own expectations from
// ../shared/fixtures (the must-items), wherever that folder exists.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "newsmark/newsmark.h"

namespace {

using json = nlohmann::json;

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

// A plain line diff (longest common subsequence), enough for result files.
std::string diff(const std::string& before, const std::string& after) {
  const auto a = lines_of(before), b = lines_of(after);
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::string out;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      ++i, ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out += "+ " + b[j++] + "\n";
    } else {
      out += "- " + a[i++] + "\n";
    }
  }
  return out;
}

std::vector<std::string> cases() {
  std::vector<std::string> out;
  if (DIR* dir = opendir(NEWSMARK_GOLDEN_DIR)) {
    while (dirent* e = readdir(dir)) {
      const std::string name = e->d_name;
      if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") out.push_back(name.substr(0, name.size() - 4));
    }
    closedir(dir);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t overlap(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
  const std::size_t lo = std::max(a0, b0), hi = std::min(a1, b1);
  return hi > lo ? hi - lo : 0;
}

}  // namespace

TEST_CASE("golden articles give exactly their expected results") {
  const bool update = std::getenv("NEWSMARK_GOLDEN_UPDATE") != nullptr;
  const auto names = cases();
  REQUIRE_MESSAGE(names.size() >= 10, "the golden cases are missing from " NEWSMARK_GOLDEN_DIR);
  for (const auto& name : names) {
    CAPTURE(name);
    std::string text, expected;
    REQUIRE(read_file(std::string(NEWSMARK_GOLDEN_DIR) + "/" + name + ".txt", &text));
    newsmark::Options options;
    options.lang = name.substr(0, 2);
    const std::string actual = newsmark::extract_json(text, options, true) + "\n";
    const std::string expected_path = std::string(NEWSMARK_GOLDEN_DIR) + "/" + name + ".expected.json";
    const bool have = read_file(expected_path, &expected);
    if (update) {
      if (!have || expected != actual) {
        std::cout << "== " << name << (have ? " changed:\n" : " is new\n") << diff(expected, actual);
        std::ofstream(expected_path, std::ios::binary) << actual;
      }
      continue;
    }
    REQUIRE_MESSAGE(have, "no " << expected_path << " (run with NEWSMARK_GOLDEN_UPDATE=1 and review the diff)");
    if (expected != actual) FAIL_CHECK(name << " differs from its expected result:\n" << diff(expected, actual));
  }
}

TEST_CASE("the seed article: every must-item is found and the footer is no quote") {
  const std::string dir = std::string(NEWSMARK_SHARED_DIR) + "/fixtures/";
  std::string text, expected_text;
  if (!read_file(dir + "seed-de.txt", &text) || !read_file(dir + "seed-de.expected.json", &expected_text)) {
    MESSAGE("SKIPPED: " << dir << " does not exist here; the seed article check runs where ../shared exists");
    return;
  }
  const json expected = json::parse(expected_text);
  newsmark::Options options;
  options.offsets = newsmark::OffsetUnit::codepoints;  // the fixture's unit
  const json result = json::parse(newsmark::extract_json(text, options));
  REQUIRE(result.contains("quotes"));
  // Which expected actor does a result actor id stand for? The one whose
  // mentions it shares.
  auto expected_actor_of = [&](const std::string& id) -> std::string {
    for (const auto& a : result["actors"]) {
      if (a["id"] != id) continue;
      for (const auto& ea : expected["actors"])
        for (const auto& em : ea["mentions"])
          for (const auto& m : a["mentions"])
            if (overlap(m["start"], m["end"], em[0], em[1]) > 0) return ea["id"];
    }
    return "";
  };
  for (const auto& q : expected["quotes"]) {
    if (!q["must"].get<bool>()) continue;
    const std::size_t s0 = q["span"][0], s1 = q["span"][1];
    CAPTURE(s0);
    CAPTURE(s1);
    const json* match = nullptr;
    for (const auto& r : result["quotes"]) {
      std::size_t covered = 0;
      for (const auto& sp : r["spans"]) covered += overlap(sp["start"], sp["end"], s0, s1);
      if (covered * 2 >= s1 - s0) match = &r;
    }
    REQUIRE_MESSAGE(match != nullptr, "expected quote not found");
    if (q["speaker"].is_string()) {
      REQUIRE((*match)["speaker"].is_object());
      REQUIRE((*match)["speaker"]["actor"].is_string());
      CHECK(expected_actor_of((*match)["speaker"]["actor"]) == q["speaker"].get<std::string>());
    } else if (q["speaker_span"].is_array()) {
      // An unnamed speaker: its phrase is marked.
      REQUIRE((*match)["speaker"].is_object());
      std::size_t covered = 0;
      for (const auto& sp : (*match)["speaker"]["spans"])
        covered += overlap(sp["start"], sp["end"], q["speaker_span"][0], q["speaker_span"][1]);
      CHECK(covered > 0);
    }
  }
  for (const auto& s : expected["sources"]) {
    if (!s["must"].get<bool>()) continue;
    const std::size_t s0 = s["span"][0], s1 = s["span"][1];
    CAPTURE(s0);
    bool found = false;
    for (const auto& r : result["sources"]) {
      if (r["kind"] != s["kind"]) continue;
      if (overlap(r["spans"][0]["start"], r["spans"][0]["end"], s0, s1) * 2 < s1 - s0) continue;
      found = true;
      if (s["actor"].is_string()) {
        REQUIRE(r["actor"].is_string());
        CHECK(expected_actor_of(r["actor"]) == s["actor"].get<std::string>());
      }
    }
    CHECK_MESSAGE(found, "expected source not found");
  }
  for (const auto& nq : expected["not_quotes"])
    for (const auto& r : result["quotes"])
      for (const auto& sp : r["spans"]) CHECK(overlap(sp["start"], sp["end"], nq[0], nq[1]) == 0);
}

// The word lists of core/lexicons/, compiled in by core/lexicons/generate.cmake.
#ifndef NEWSMARK_CORE_LEXICON_DATA_H
#define NEWSMARK_CORE_LEXICON_DATA_H

#include <cstddef>

namespace newsmark {
namespace lexdata {

struct Blob {
  const char* name;  // path below core/lexicons without ".txt", e.g. "de/speech-verbs"
  const char* text;  // the list, one entry per line; "#" lines are comments or section markers
  std::size_t size;
};

extern const Blob kBlobs[];
extern const unsigned kBlobCount;

}  // namespace lexdata
}  // namespace newsmark

#endif

#!/usr/bin/env bash
# Builds everything newsmark needs for the browser, from a fresh Debian bookworm machine:
#   1. installs what is missing (apt + npm; chromium and firefox-esr for the browser tests),
#   2. the native engine + CLI in build/ (the parity reference),
#   3. ICU 72.1 (common only, static, trimmed data) for wasm, cached outside the work tree,
#   4. dist/newsmark.js (ES module), dist/newsmark.wasm, dist/newsmark-worker.js,
#   5. dist/page/ and dist/extension/ when their build scripts exist,
#   6. the npm package dist/newsmark-<version>.tgz (web/package/pack.mjs),
#   7. prints the size of what a page downloads (raw and gzip -9) with a breakdown.
# Idempotent: a second run rebuilds only what changed (the ICU build is reused from the cache).
#
#   ./build-wasm.sh            build
#   ./build-wasm.sh --serve    build, then serve dist/ on 127.0.0.1 (PORT, default 8080)
#   ./build-wasm.sh --serve-only   serve dist/ without building
# Environment:
#   NEWSMARK_ICU_TARBALL  a local icu4c 72.1 source tarball (icu4c-72_1-src.tgz or Debian's
#                         icu_72.1.orig.tar.gz) instead of `apt-get source icu`
#   XDG_CACHE_HOME        cache root (default ~/.cache); ICU goes to $XDG_CACHE_HOME/newsmark/
#   NEWSMARK_WASM_BUILD_TYPE  CMake build type of the wasm build (default Release)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

SERVE=0
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --serve) SERVE=1 ;;
    --serve-only) SERVE=1; BUILD=0 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "build-wasm.sh: unknown argument $arg (use --serve)" >&2; exit 2 ;;
  esac
done

log() { printf '\n== %s\n' "$*" >&2; }
JOBS=2   # the machine is shared: never more
# Debian's emscripten runs its JS optimiser with node and finds acorn only through NODE_PATH.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"

ICU_VERSION=72.1
ICU_MAJOR=72
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/newsmark"
WASM_BUILD_TYPE="${NEWSMARK_WASM_BUILD_TYPE:-Release}"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); fi
APT_UPDATED=0
apt_update_once() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    "${SUDO[@]}" apt-get update -q
    APT_UPDATED=1
  fi
}

# ---------------------------------------------------------------------------------------------
# a. Tools
install_tools() {
  local missing=() p
  for p in cmake g++ libicu-dev icu-devtools nlohmann-json3-dev doctest-dev emscripten chromium firefox-esr zip; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  # node/npm may come from another packaging (nodesource's nodejs includes npm): check the commands.
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    apt_update_once
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  # npm dependencies of web/ (tests, page, extension): when missing or older than the lockfile.
  if [ ! -d web/node_modules ] || { [ -f web/package-lock.json ] && [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; } \
     || [ web/package.json -nt web/node_modules/.package-lock.json ]; then
    log "npm dependencies in web/"
    if [ -f web/package-lock.json ]; then (cd web && npm ci --no-audit --no-fund); else (cd web && npm install --no-audit --no-fund); fi
  fi
  # Debian's emscripten keeps its system-library cache under /usr/share; without write access
  # there (not root), use one in our cache directory.
  if [ -z "${EM_CACHE:-}" ] && [ -d /usr/share/emscripten/cache ] && [ ! -w /usr/share/emscripten/cache ]; then
    export EM_CACHE="$CACHE_ROOT/emscripten-cache"
    mkdir -p "$EM_CACHE"
  fi
}

# ---------------------------------------------------------------------------------------------
# b. Native engine + CLI (parity reference for the tests)
build_native() {
  log "native engine and CLI (build/)"
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$JOBS"
}

# ---------------------------------------------------------------------------------------------
# c. ICU 72.1 for wasm: common only, static, trimmed data; cached by version + flags.
ICU_DEFS_PUBLIC="-DU_STATIC_IMPLEMENTATION -DU_CHARSET_IS_UTF8=1 -DUCONFIG_NO_CONVERSION=1 -DUCONFIG_NO_SERVICE=1 -DUCONFIG_NO_FILE_IO=1 -DU_USING_ICU_NAMESPACE=0"
ICU_DEFS_PRIVATE="-DU_COMMON_IMPLEMENTATION -DU_ATTRIBUTE_DEPRECATED= -DU_ENABLE_DYLOAD=0"
ICU_CFLAGS="${NEWSMARK_ICU_CFLAGS:--Oz -flto -fno-exceptions}"
# What newsmark reads from ICU's data: word and sentence break rules and the de/en/root
# break-iterator resource bundles. NFC, character properties and case data are compiled into
# ICU common itself (no data file needed).
ICU_DATA_ITEMS="brkitr/root.res brkitr/de.res brkitr/en.res brkitr/sent.brk brkitr/word.brk"

icu_key() {
  printf '%s\n' "$ICU_VERSION" "$ICU_DEFS_PUBLIC" "$ICU_DEFS_PRIVATE" "$ICU_CFLAGS" "$ICU_DATA_ITEMS" \
    "$(emcc --version 2>/dev/null | head -1)" | sha256sum | cut -c1-12
}

fetch_icu_tarball() {   # prints the path of the source tarball
  if [ -n "${NEWSMARK_ICU_TARBALL:-}" ]; then
    [ -f "$NEWSMARK_ICU_TARBALL" ] || { echo "NEWSMARK_ICU_TARBALL=$NEWSMARK_ICU_TARBALL does not exist" >&2; exit 1; }
    echo "$NEWSMARK_ICU_TARBALL"; return
  fi
  local dir="$CACHE_ROOT/src"
  mkdir -p "$dir"
  if [ ! -f "$dir/icu_${ICU_VERSION}.orig.tar.gz" ]; then
    if ! grep -rqsE '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qsE '^deb-src ' /etc/apt/sources.list; then
      log "adding a bookworm deb-src entry (/etc/apt/sources.list.d/newsmark-src.sources)"
      local mirror
      mirror=$(grep -hoE '^URIs:[[:space:]]*\S+' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1 | awk '{print $2}')
      mirror=${mirror:-http://deb.debian.org/debian}
      printf 'Types: deb-src\nURIs: %s\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$mirror" | "${SUDO[@]}" tee /etc/apt/sources.list.d/newsmark-src.sources >/dev/null
      APT_UPDATED=0
    fi
    apt_update_once >&2
    log "downloading Debian's icu source package"
    # Any bookworm revision (72.1-3, 72.1-3+deb12uN) carries the same upstream tarball.
    (cd "$dir" && apt-get source --download-only icu >&2)
    [ -f "$dir/icu_${ICU_VERSION}.orig.tar.gz" ] || { echo "no icu_${ICU_VERSION}.orig.tar.gz after apt-get source (got: $(ls "$dir"))" >&2; exit 1; }
  fi
  echo "$dir/icu_${ICU_VERSION}.orig.tar.gz"
}

build_icu() {
  ICU_ROOT="$CACHE_ROOT/icu-${ICU_VERSION}-wasm-$(icu_key)"
  if [ -f "$ICU_ROOT/.complete" ]; then
    log "ICU ${ICU_VERSION} for wasm: cached in $ICU_ROOT"
    return
  fi
  log "ICU ${ICU_VERSION} for wasm -> $ICU_ROOT"
  local tarball work src obj
  tarball=$(fetch_icu_tarball)
  rm -rf "$ICU_ROOT"
  work="$ICU_ROOT/work"
  mkdir -p "$work" "$ICU_ROOT/lib" "$ICU_ROOT/include"
  tar -xzf "$tarball" -C "$work" icu/source/common "icu/source/data/in/icudt${ICU_MAJOR}l.dat"
  src="$work/icu/source/common"
  obj="$work/obj"
  mkdir -p "$obj"

  # Route A: the files of common/sources.txt as one static library.
  local defs="$ICU_DEFS_PUBLIC $ICU_DEFS_PRIVATE"
  export ICU_SRC="$src" ICU_OBJ="$obj" ICU_FLAGS="$ICU_CFLAGS $defs -I$src"
  grep -vE '^\s*(#|$)' "$src/sources.txt" | xargs -P "$JOBS" -I{} bash -c '
    f="{}"; o="$ICU_OBJ/${f%.*}.o"
    case "$f" in
      *.c) emcc -std=c11 $ICU_FLAGS -c "$ICU_SRC/$f" -o "$o" ;;
      *)   em++ -std=c++17 $ICU_FLAGS -c "$ICU_SRC/$f" -o "$o" ;;
    esac'
  emar rcs "$ICU_ROOT/lib/libicuuc.a" "$obj"/*.o

  # Trimmed data: extract the items, repackage them as icudt72l.dat, turn it into C.
  local data="$work/data" out="$work/data-out"
  mkdir -p "$data" "$out"
  printf '%s\n' $ICU_DATA_ITEMS > "$work/data.lst"
  icupkg -d "$data" -x "$work/data.lst" "$work/icu/source/data/in/icudt${ICU_MAJOR}l.dat"
  # --ignore-deps: root.res names every .brk/.dict file; only these are wanted.
  icupkg --ignore-deps -s "$data" -a "$work/data.lst" new "$out/icudt${ICU_MAJOR}l.dat"
  genccode --skip-dll-export -d "$out" "$out/icudt${ICU_MAJOR}l.dat"
  # genccode names the array icudt72l_dat; ICU links against icudt72_dat.
  sed -i "s/icudt${ICU_MAJOR}l_dat/icudt${ICU_MAJOR}_dat/g" "$out/icudt${ICU_MAJOR}l_dat.c"
  # Compiled as C: as C++ the const global would have internal linkage.
  emcc -O2 -I"$src" -c "$out/icudt${ICU_MAJOR}l_dat.c" -o "$out/icudata.o"
  emar rcs "$ICU_ROOT/lib/libicudata.a" "$out/icudata.o"
  cp "$out/icudt${ICU_MAJOR}l.dat" "$ICU_ROOT/lib/icudt${ICU_MAJOR}l-trimmed.dat"

  cp -r "$src/unicode" "$ICU_ROOT/include/"
  rm -rf "$work"
  printf 'ICU %s\ncflags: %s\ndefines: %s %s\ndata: %s\n' "$ICU_VERSION" "$ICU_CFLAGS" \
    "$ICU_DEFS_PUBLIC" "$ICU_DEFS_PRIVATE" "$ICU_DATA_ITEMS" > "$ICU_ROOT/.complete"
}

# ---------------------------------------------------------------------------------------------
# d. The wasm module
build_wasm() {
  log "wasm module (build/wasm -> dist/)"
  # A stable path to the current ICU build: switching ICU flags relinks, without recompiling the core.
  local icu_link="$CACHE_ROOT/icu-${ICU_VERSION}-wasm"
  ln -sfn "$ICU_ROOT" "$icu_link"
  # -flto: the core and ICU are optimised together at link time (ICU is built with -flto too).
  emcmake cmake -S . -B build/wasm -DNEWSMARK_ICU_WASM_ROOT="$icu_link" \
    -DCMAKE_BUILD_TYPE="$WASM_BUILD_TYPE" \
    -DCMAKE_CXX_FLAGS="-fno-exceptions -flto" -DCMAKE_C_FLAGS="-flto" >/dev/null
  cmake --build build/wasm -j"$JOBS"
  mkdir -p dist
  local f
  for f in newsmark.js newsmark.wasm newsmark-worker.js; do
    cp "build/wasm/web/$f" "dist/$f.tmp" && mv "dist/$f.tmp" "dist/$f"
  done
}

# ---------------------------------------------------------------------------------------------
# e. Page and extension (their own build scripts)
build_helpers() {
  if [ -f web/page/build.mjs ]; then log "page (dist/page/)"; node web/page/build.mjs; fi
  if [ -f web/extension/build.mjs ]; then log "extension (dist/extension/)"; node web/extension/build.mjs; fi
}

# ---------------------------------------------------------------------------------------------
# f. The npm package (npm pack of dist/ + types + licences)
build_package() {
  log "npm package (dist/newsmark-<version>.tgz)"
  rm -f dist/newsmark-*.tgz
  node web/package/pack.mjs dist
}

# ---------------------------------------------------------------------------------------------
# g. Sizes
gz() { gzip -9 -c "$1" | wc -c; }
report_sizes() {
  log "what a page downloads (budget: 1000 KB gzip -9 in total)"
  local total_raw=0 total_gz=0 f raw g
  printf '  %-22s %10s %10s\n' file raw gzip-9
  for f in dist/newsmark.js dist/newsmark.wasm dist/newsmark-worker.js; do
    raw=$(stat -c %s "$f"); g=$(gz "$f")
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + g))
    printf '  %-22s %10d %10d\n' "${f#dist/}" "$raw" "$g"
  done
  printf '  %-22s %10d %10d  (%d kB = %d KiB gzip; budget 1000 kB = 1000000 bytes)\n' total "$total_raw" "$total_gz" \
    "$((total_gz / 1000))" "$((total_gz / 1024))"
  if [ "$total_gz" -gt 1000000 ]; then
    echo "  OVER BUDGET: $total_gz > 1000000 bytes gzip" >&2
  fi

  # Breakdown of the .wasm from its sections: code vs static data; within the data, the lexicon
  # table image (built from the word lists), the tagger models (core/models/*.nmt) and ICU's
  # trimmed .dat are measured on their own, the rest of the data is ICU's built-in tables
  # (properties, NFC, case) and the core's other tables.
  local models
  models=$( { find core/models -name '*.nmt' 2>/dev/null || true; } | sort | tr '\n' ' ')
  node --input-type=module - dist/newsmark.wasm "$ICU_ROOT/lib/icudt${ICU_MAJOR}l-trimmed.dat" \
    build/wasm/generated/lexicons.nmt $models <<'NODE'
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const [wasmPath, icuDat, lexImage, ...models] = process.argv.slice(2);
const b = readFileSync(wasmPath);
const gz = (x) => gzipSync(x, { level: 9 }).length;
let p = 8; const sections = {};
const leb = () => { let r = 0, s = 0, x; do { x = b[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
while (p < b.length) { const id = b[p++]; const n = leb(); sections[id] = b.subarray(p, p + n); p += n; }
const code = sections[10] || Buffer.alloc(0), data = sections[11] || Buffer.alloc(0);
const lex = readFileSync(lexImage);
const mod = Buffer.concat(models.map((f) => readFileSync(f)));
const icu = readFileSync(icuDat);
const row = (name, raw, g) => console.log(`    ${name.padEnd(44)} ${String(raw).padStart(10)} ${String(g).padStart(10)}`);
console.log('  newsmark.wasm breakdown (raw, gzip -9 of each part on its own):');
row('code (core + ICU common + libc++)', code.length, gz(code));
row('static data, all', data.length, gz(data));
row('  of it lexicons (the lexicons table image)', lex.length, gz(lex));
row(`  of it models (${models.length} core/models/*.nmt)`, mod.length, mod.length ? gz(mod) : 0);
row('  of it ICU data (trimmed icudt72l.dat)', icu.length, gz(icu));
models.forEach((f) => { const m = readFileSync(f); row(`    ${f.replace(/^.*\//, '')}`, m.length, gz(m)); });
row('  rest (ICU built-in tables, core tables)', Math.max(0, data.length - lex.length - mod.length - icu.length),
  gz(data) - gz(lex) - (mod.length ? gz(mod) : 0) - gz(icu));
console.log('    (the data segment leaves out runs of zero bytes, of which the models have many: raw sizes overlap)');
row('other sections (imports, exports, ...)', b.length - code.length - data.length, gz(b) - gz(code) - gz(data));
NODE
}

# ---------------------------------------------------------------------------------------------
if [ "$BUILD" -eq 1 ]; then
  install_tools
  build_native
  build_icu
  build_wasm
  build_helpers
  build_package
  report_sizes
fi

# h. Serve dist/
if [ "$SERVE" -eq 1 ]; then
  log "serving dist/"
  exec node web/serve.mjs dist
fi

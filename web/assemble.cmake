# newsmark.js = a header + Emscripten's MODULARIZE loader (defines NewsmarkModule, module-scoped
# inside the ES module) + web/newsmark.js (the exported API). One self-contained file: the
# extension's MV3 service worker can import it statically, nothing else to fetch but the .wasm.
file(READ ${GLUE} glue)
# The loader ends with a CommonJS/AMD export (module.exports = …): meaningless inside an ES module,
# and bundlers warn about it. NewsmarkModule stays module-scoped.
string(REGEX REPLACE "\nif \\(typeof exports === 'object' && typeof module === 'object'\\).*$" "\n" glue "${glue}")
file(READ ${API} api)
file(WRITE ${OUT_DIR}/newsmark.js
  "// newsmark ${VERSION}: who the actors are, what they said, where each claim comes from.\n"
  "// ES module: loadNewsmark(), createNewsmarkWorker(). Built by build-wasm.sh from web/newsmark.js\n"
  "// and Emscripten's loader; loads newsmark.wasm next to it.\n"
  "${glue}\n${api}")
configure_file(${WORKER} ${OUT_DIR}/newsmark-worker.js COPYONLY)
configure_file(${WASM} ${OUT_DIR}/newsmark.wasm COPYONLY)

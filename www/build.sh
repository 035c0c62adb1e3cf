#!/usr/bin/env bash
# Builds the WebAssembly package the page loads into www/pkg/ (not committed):
# cargo (wasm32, release) -> wasm-bindgen --target web -> wasm-opt -Oz (npm binaryen).
# Needs what .ci/install installs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# opt-level z (Cargo.toml) also sets LLVM's inline threshold to 5, which leaves slice indexing,
# UTF-8 decoding and byte comparisons as calls inside the hot loops. At 75 (opt-level s's
# value, with z's other size choices) the module is 0.4 KB gzipped larger and a call about a
# third faster in Node's V8 and a seventh in Chromium's, which inlines some calls itself
# (docs/history/performance-log.md).
#
# Stable Rust only: the standard library is linked as the Rust project ships it, and a panic
# (a bug: the pipeline is fuzzed not to) keeps its message, which the module's panic hook
# hands to JavaScript (`takePanicMessage`, and the Error that widget.js throws).
RUSTFLAGS="${RUSTFLAGS:-} -Cllvm-args=-inline-threshold=75" \
  cargo build --quiet -p corroborate-web --lib --profile wasm-release --target wasm32-unknown-unknown \
  ${FEATURES:+--features "$FEATURES"}
rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg --out-name corroborate \
  target/wasm32-unknown-unknown/wasm-release/corroborate_web.wasm
# The features rustc enables for wasm32 by default; wasm-opt must accept them all.
# --converge repeats -Oz until it stops shrinking; the producers and debug sections serve no
# reader of the page (0.7 KB gzipped together). --low-memory-unused lets constant offsets
# fold into loads and stores (0.55 KB): rustc's wasm32 layout puts nothing in the first 1 KB
# of memory (the stack starts at 1 MiB). -ocimfs 0: no function is inlined just because it has
# one caller. By default wasm-opt folds every such function (the stages, the per-article and
# per-sentence loops) into `summarize`, and Chromium, which compiles a function on its first
# call and moves it to its optimizing compiler only between calls, then runs that whole first
# call in its baseline code: kept apart, the module is 2.8 KB gzipped smaller and the first
# call on a fresh page a third faster, at the same speed after it (docs/history/performance-log.md).
www/node_modules/.bin/wasm-opt -Oz -ocimfs 0 --converge --low-memory-unused --strip-debug --strip-producers \
  --enable-bulk-memory --enable-multivalue --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext \
  www/pkg/corroborate_bg.wasm -o www/pkg/corroborate_bg.wasm
for f in www/pkg/corroborate_bg.wasm www/pkg/corroborate.js; do
  printf '%-28s %7d bytes, %6d gzipped\n' "$(basename "$f")" "$(wc -c < "$f")" "$(gzip -9 -c "$f" | wc -c)"
done
# The npm package of the same files (target/npm/corroborate-VERSION.tgz).
bash www/package.sh

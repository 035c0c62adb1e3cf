#!/usr/bin/env bash
# The npm package: the widget, its stylesheet and the WebAssembly build (www/build.sh first),
# with www/npm/package.json and README.md, packed by `npm pack` into
# target/npm/corroborate-VERSION.tgz. Prints the tarball's path.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f www/pkg/corroborate_bg.wasm ] || { echo "run www/build.sh first" >&2; exit 2; }
out=target/npm/corroborate
rm -rf "$out" && mkdir -p "$out/pkg"
cp www/npm/package.json www/npm/README.md www/widget.js www/corroborate-widget.js www/corroborate.css "$out/"
cp www/pkg/corroborate.js www/pkg/corroborate_bg.wasm www/pkg/corroborate.d.ts "$out/pkg/"
(cd target/npm && npm pack --silent ./corroborate >/dev/null)
ls "$PWD"/target/npm/corroborate-*.tgz

#!/usr/bin/env bash
# Builds the WebAssembly package and serves the demo page on http://127.0.0.1:8080/
# (PORT=N for another port). Installs what it needs first (see .ci/install).
set -euo pipefail
cd "$(dirname "$0")/.."
.ci/install
www/build.sh
exec node www/serve.mjs

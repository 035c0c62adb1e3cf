#!/usr/bin/env bash
# Runs ../shared/eval (the side-by-side harness) with our CLI next to the peer summarizers, at
# 100 and 250 words, and prints the tables plus LongBench's ROUGE-L.
#   tools/eval.sh                    all peers but the two slow ones (lexrankr, sumy_kl)
#   SYSTEMS=lead,summa tools/eval.sh  just these peers (plus ours)
#   LIMIT=20 tools/eval.sh           only the first 20 clusters
# The harness is copied to target/eval (it may be read-only) and set up once (venv, npm).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=${SHARED:-$ROOT/../shared/eval}
EVAL=$ROOT/target/eval
[ -d "$SHARED" ] || { echo "no harness at $SHARED" >&2; exit 2; }
if [ ! -x "$EVAL/.venv/bin/python" ]; then
  mkdir -p "$EVAL" && cp -r "$SHARED"/. "$EVAL"/ && chmod -R u+w "$EVAL"
  "$EVAL/setup.sh"
fi
cp "$SHARED"/data/*.jsonl "$EVAL/data/"
cargo build --release --quiet
BIN=$ROOT/target/release/corroborate
PEERS=lead,random,sumy_lexrank,sumy_textrank,sumy_lsa,sumy_luhn,sumy_sumbasic,sumy_edmundson,summa,summa_native,lexrank_pypi,lexrank_js,node_summary,node_summarizer_freq,node_summarizer_rank
SYSTEMS=${SYSTEMS:-$PEERS},corroborate,oracle
cd "$EVAL"
for words in 100 250; do
  .venv/bin/python run_eval.py --data data/dev.jsonl --words "$words" --systems "$SYSTEMS" \
    ${LIMIT:+--limit "$LIMIT"} --cmd "corroborate::$BIN --timing --max-words {words} {files}" \
    --out "out/dev_$words.json" > "out/dev_$words.log" 2>&1
  cat "out/dev_$words.md"
  echo "LongBench ROUGE-L ($words words):"
  .venv/bin/python longbench_rougeL.py "out/dev_$words.json" data/dev.jsonl | tail -n 20
  echo
done

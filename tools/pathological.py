#!/usr/bin/env python3
"""Time and peak memory of pathological inputs next to an ordinary cluster of about the same
size (issue 5's table in docs/history/performance-log.md).

Each input is one cluster line for `corroborate --jsonl --timing`; the time is the one the CLI
reports from inside `summarize`, the memory the peak resident set of the whole process
(`/usr/bin/time -f %M`, which includes reading and parsing the JSON line). The ordinary
cluster is real development articles from ../shared/eval/data/dev.jsonl concatenated to 5 MB
at run time (never copied into the repository).

  cargo build --release && python3 tools/pathological.py
"""
import json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, "target", "release", "corroborate")
DEV = os.path.join(ROOT, "..", "shared", "eval", "data", "dev.jsonl")


def words(rng, n):
    syllables = ["ta", "ro", "ven", "mal", "ki", "dor", "sa", "lin", "pe", "gra", "mo", "tis"]
    return ["".join(rng.choice(syllables) for _ in range(2 + rng.randrange(2))) for _ in range(n)]


def inputs():
    rng = random.Random(7)
    ordinary = []
    if os.path.exists(DEV):
        for line in open(DEV):
            ordinary.extend(json.loads(line)["articles"])
    # The development set holds about 1.2 MB of articles: cycled to 5 MB (later rounds are
    # syndicated copies of the first, which the pipeline merges, as it would for real).
    cluster, size = [], 0
    while ordinary and size < 5_000_000:
        a = ordinary[len(cluster) % len(ordinary)]
        cluster.append(a)
        size += len(a.encode())
    yield "ordinary cluster of real articles", cluster
    yield "one 5 MB line without punctuation", [" ".join(words(rng, 1_100_000))[:5_000_000]]
    yield "100,000 one-word lines", ["\n".join(words(rng, 100_000))]
    yield "10,000 one-sentence articles", [
        f"The crane at pier {i % 7} fell on Tuesday, officials said." for i in range(10_000)
    ]
    yield "one sentence repeated to 5 MB", ["The crane fell on the north pier on Tuesday. " * 111_000]
    article = " ".join(f"{' '.join(words(rng, 18)).capitalize()}." for _ in range(40))
    yield "the same article 50 times", [article] * 50


def main():
    print("| input | bytes | time in summarize | peak memory | sentences chosen |")
    print("|---|---:|---:|---:|---:|")
    for name, articles in inputs():
        line = json.dumps({"id": name, "articles": articles}) + "\n"
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.write(line)
        try:
            proc = subprocess.run(
                ["/usr/bin/time", "-f", "%M", BIN, "--jsonl", "--timing"],
                stdin=open(f.name), capture_output=True, text=True,
            )
        finally:
            os.unlink(f.name)
        err = proc.stderr.strip().splitlines()
        ms = next(l.split("=")[1] for l in err if l.startswith("summarize_ms="))
        kb = int(err[-1])
        out = json.loads(proc.stdout)
        chosen = len(out.get("summary", {}).get("sentences", [])) if "summary" in out else out.get("error")
        n = sum(len(a.encode()) for a in articles)
        print(f"| {name} ({len(articles):,} article{'s' if len(articles) > 1 else ''}) | {n:,} | "
              f"{float(ms):.0f} ms | {kb / 1024:.0f} MB | {chosen} |")


if __name__ == "__main__":
    sys.exit(main())

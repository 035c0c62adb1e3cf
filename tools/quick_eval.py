#!/usr/bin/env python3
"""Fast tuning loop: runs `corroborate --jsonl` once over a cluster file and scores it the
way ../shared/eval/run_eval.py does (rouge-score 0.1.2, Porter stemming, best reference per
metric, output cut at N words). Not a replacement for the harness: use tools/eval.sh for the
side-by-side table. Run with the harness's venv python (tools/eval.sh sets it up):

  target/eval/.venv/bin/python tools/quick_eval.py [--words 100,250] [--data FILE] [--halves] [--per-cluster] [-- EXTRA CLI FLAGS]
  target/eval/.venv/bin/python tools/quick_eval.py --multiling [--words 250] [-- EXTRA CLI FLAGS]

--multiling scores every language of ../shared/eval/data/multiling2011/ with the harness's
Unicode tokenizer (ROUGE-2 F, as the language issue reports it) and prints one table row.
"""
import argparse, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "eval", "data", "dev.jsonl"))
    ap.add_argument("--words", default="100,250")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "corroborate"))
    ap.add_argument("--per-cluster", action="store_true", help="print R1 and R2 F per cluster")
    ap.add_argument("--halves", action="store_true",
                    help="also print the scores of the odd and the even lines of the data (a change "
                         "that helps only one half is noise)")
    ap.add_argument("--multiling", action="store_true",
                    help="every MultiLing 2011 language, Unicode tokens, ROUGE-2 F per language")
    ap.add_argument("extra", nargs="*", help="extra flags for corroborate")
    args = ap.parse_args()
    if args.multiling:
        return multiling(args)
    from rouge_score import rouge_scorer
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    clusters = [json.loads(l) for l in open(args.data) if l.strip()]
    batch = "".join(json.dumps({"id": c["id"], "articles": c["articles"]}) + "\n" for c in clusters)
    for words in [int(w) for w in args.words.split(",")]:
        proc = subprocess.run([args.bin, "--jsonl", "--max-words", str(words), "--timing", *args.extra],
                              input=batch, capture_output=True, text=True)
        results = [json.loads(l) for l in proc.stdout.splitlines()]
        metrics = ("rouge1", "rouge2", "rougeL")
        # Sums over the odd and the even lines; the total is their sum.
        halves = [dict.fromkeys(metrics, 0.0), dict.fromkeys(metrics, 0.0)]
        for i, (c, r) in enumerate(zip(clusters, results)):
            sents = r.get("summary", {}).get("sentences", [])
            text = " ".join(" ".join(s["text"].split()) for s in sents)
            text = " ".join(text.split()[:words])
            best = {m: max(scorer.score(ref, text)[m].fmeasure for ref in c["references"]) for m in metrics}
            for m in metrics:
                halves[i % 2][m] += best[m]
            if args.per_cluster:
                print(f"{c['id'][-8:]} n={len(c['articles'])} R1={best['rouge1']*100:.1f} "
                      f"R2={best['rouge2']*100:.1f}")
        n = len(clusters)
        tot = {m: halves[0][m] + halves[1][m] for m in metrics}
        print(f"words={words} R1={tot['rouge1']/n*100:.2f} R2={tot['rouge2']/n*100:.2f} "
              f"RL={tot['rougeL']/n*100:.2f} ({proc.stderr.strip()})")
        if args.halves:
            for name, h, k in (("odd", halves[0], (n + 1) // 2), ("even", halves[1], n // 2)):
                print(f"  {name} lines: R1={h['rouge1']/k*100:.2f} R2={h['rouge2']/k*100:.2f}")


def run(bin_, clusters, words, extra):
    batch = "".join(json.dumps({"id": c["id"], "articles": c["articles"]}) + "\n" for c in clusters)
    proc = subprocess.run([bin_, "--jsonl", "--max-words", str(words), *extra],
                          input=batch, capture_output=True, text=True)
    out = []
    for line in proc.stdout.splitlines():
        sents = json.loads(line).get("summary", {}).get("sentences", [])
        text = " ".join(" ".join(s["text"].split()) for s in sents)
        out.append(" ".join(text.split()[:words]))
    return out


def multiling(args):
    sys.path.insert(0, os.path.join(ROOT, "target", "eval"))
    from run_eval import make_scorer
    scorer = make_scorer("unicode")
    folder = os.path.join(ROOT, "..", "shared", "eval", "data", "multiling2011")
    langs = ["ar", "cs", "el", "en", "fr", "he", "hi"]
    for words in [int(w) for w in args.words.split(",")]:
        row = []
        for lang in langs:
            clusters = [json.loads(l) for l in open(os.path.join(folder, lang + ".jsonl")) if l.strip()]
            summaries = run(args.bin, clusters, words, args.extra)
            r2 = sum(max(scorer.score(ref, s)["rouge2"].fmeasure for ref in c["references"])
                     for c, s in zip(clusters, summaries)) / len(clusters) * 100
            row.append(r2)
        print(f"words={words} " + " ".join(f"{l}={v:.2f}" for l, v in zip(langs, row))
              + f" mean={sum(row)/len(row):.2f}")


if __name__ == "__main__":
    main()

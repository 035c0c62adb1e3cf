#!/usr/bin/env python3
"""A reference point for MultiLing 2011, not a summarizer of ours: the first sentence of prose
of each article in turn, cut at N words, scored as tools/quick_eval.py --multiling scores ours
(the harness's Unicode tokenizer, ROUGE-2 F, best reference). It depends on the order of the
articles, which our summarizer must not, so --shuffle SEED reorders them per cluster.

  target/eval/.venv/bin/python tools/lead_each.py [--words 250] [--shuffle SEED]

Sentences are found crudely: the article's first line (its headline) is skipped, paragraphs
of fewer than 12 words (date lines, subheadings) too, and a paragraph is cut after ".", "!",
"?" or the danda followed by a space; a sentence of fewer than six words is passed over.
"""
import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "eval", "data", "multiling2011")
LANGUAGES = ["ar", "cs", "el", "en", "fr", "he", "hi"]


def first_sentences(article):
    paragraphs = [p for p in article.split("\n") if p.strip()][1:]
    body = [p for p in paragraphs if len(p.split()) >= 12]
    return [s for p in body for s in re.split(r"(?<=[.!?।])\s+", p) if len(s.split()) >= 6]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--shuffle", type=int, default=0, help="seed; 0 keeps the given order")
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(ROOT, "target", "eval"))
    from run_eval import make_scorer

    scorer = make_scorer("unicode")
    row = []
    for lang in LANGUAGES:
        total, n = 0.0, 0
        for line in open(os.path.join(DATA, f"{lang}.jsonl"), encoding="utf-8"):
            cluster = json.loads(line)
            firsts = [s[0] for s in map(first_sentences, cluster["articles"]) if s]
            if args.shuffle:
                random.Random(f"{cluster['id']}{args.shuffle}").shuffle(firsts)
            text = " ".join(" ".join(firsts).split()[: args.words])
            total += max(scorer.score(r, text)["rouge2"].fmeasure for r in cluster["references"])
            n += 1
        row.append((lang, 100 * total / n))
    mean = sum(v for _, v in row) / len(row)
    print(f"words={args.words} " + " ".join(f"{l}={v:.2f}" for l, v in row) + f" mean={mean:.2f}")


if __name__ == "__main__":
    main()

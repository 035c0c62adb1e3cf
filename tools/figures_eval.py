#!/usr/bin/env python3
"""How well the disagreements stage finds figures that sources give differently.

    tools/figures_eval.py report [DATA.jsonl ...]   every disagreement reported, to read
    tools/figures_eval.py recall [DATA.jsonl ...]   changed figures found over changed

Both run the release CLI (`cargo build --release` first) with `--jsonl`. Default data:
../shared/eval/data/dev.jsonl and multiling2011/en.jsonl; a file named fr.jsonl (MultiLing's
French) is read with a French pattern ("1 200 personnes", "2,5 millions d'euros", "40 pour
cent").

recall: in each cluster, a figure that two articles of different sources write alike (the
same number followed by the same word, "12 people", "$3 million", "40%"; years and
conversions in brackets after another figure left out) is changed in the second article and
its copies (every mention of it there, written out too or with a word between: "fifteen
sailors", "15 British sailors"), and the cluster summarized again.
The change is found when a disagreement has a value given by that article whose text holds
the new number, and another value given by another article. One change per figure and
cluster. The figures are chosen by this script's own pattern, not by the stage's reader.
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "corroborate")
DATA = os.path.join(ROOT, "..", "shared", "eval", "data")
DEFAULT = [os.path.join(DATA, "dev.jsonl"), os.path.join(DATA, "multiling2011", "en.jsonl")]

STOP = set("""of the and to in on at for with a an or by from as is was were are that this who
which be been has have had it its their his her than more about into over after""".split())
# What the issue says is no figure: dates, clock times, ages, addresses, ratios, a point in time.
NOT_UNITS = set("block local per times gmt utc am pm".split())
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
BEFORE = re.compile(r"(?:" + MONTHS + r"|one in|1 in|aged?|no\.)\s*$", re.I)
AFTER = re.compile(r"^(?:[- ]old|-year-old| ago| later| earlier)", re.I)
CONVERSION = re.compile(r"\d[\w%.,]*(?: [^\W\d_]+){0,2} ?[(\[][^()\[\]]*$")
# A figure with its conversion in brackets after it ("3,000 metres [9,800 feet]"): changed
# alone, the article would contradict itself, so it is left out too.
CONVERTED = re.compile(r"^ ?[(\[][^()\[\]]{0,12}\d")
FIGURE = re.compile(
    r"(?<![\w.,$-])(\$?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)( (?:million|billion))?(%| percent| [a-z]{3,})\b"
)

# French (a file named fr.jsonl): "1 200 personnes", "2,5 millions d'euros", "40 %". Points in
# time and ages ("il y a 10 ans", "un homme de 45 ans") are left out with every "an"/"ans".
FR_STOP = set("""de des du la le les et en au aux pour par sur dans qui que est sont ont
plus moins ans an années année heures heure dont été avec entre était étaient millions
milliards million milliard""".split())
FR_MONTHS = r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
FR_BEFORE = re.compile(r"(?:il y a|âgée?s? de|n°|numéro)\s*$", re.I)
FR_AFTER = re.compile(r"^(?:[- ]ans\b| h\b|h\d)", re.I)
FR_FIGURE = re.compile(
    r"(?<![\w.,$-])()(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:,\d+)?)"
    r"( (?:millions?|milliards?) d(?:e |['’]))?( ?%| pour cent| [a-zà-ÿœ]{3,})\b"
)


def language_of(path):
    return "fr" if os.path.basename(path).startswith("fr.") else "en"


def run(clusters):
    lines = "".join(json.dumps({"id": i, "articles": c}) + "\n" for i, c in enumerate(clusters))
    out = subprocess.run([BIN, "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    return [json.loads(l) for l in out.stdout.splitlines()]


def load(paths):
    clusters = []
    for p in paths:
        for line in open(p, encoding="utf-8"):
            d = json.loads(line)
            clusters.append((os.path.basename(p) + ":" + str(d["id"])[:24], d["articles"]))
    return clusters


def figures_in(text, lang):
    """The figures this script may change in `text`: (match, key) of those it keeps."""
    pattern = FR_FIGURE if lang == "fr" else FIGURE
    for m in pattern.finditer(text):
        cur, num, mult, unit = m.groups()
        mult = mult or ""
        # A conversion in brackets right after another figure ("3,000 metres [9,800
        # feet]") is that figure again, not one to change alone.
        if CONVERSION.search(text[max(0, m.start() - 40):m.start()]) or CONVERTED.match(text[m.end():]):
            continue
        plain = re.sub(r"[,\s\u00a0\u202f]", "", num) if lang == "fr" else num.replace(",", "")
        if not mult and not cur and re.fullmatch(r"1[89]\d\d|20\d\d", plain):
            continue
        word = unit.strip()
        if plain == "1" or lang == "en" and (word in STOP or word in NOT_UNITS):
            continue
        before, after = text[max(0, m.start() - 14):m.start()], text[m.end():]
        if lang == "fr":
            if word in FR_STOP or re.fullmatch(FR_MONTHS, word) or FR_BEFORE.search(before):
                continue
            if FR_AFTER.match(after):
                continue
        else:
            if BEFORE.search(text[max(0, m.start() - 12):m.start()]) or AFTER.match(after):
                continue
            if word in ("year", "years") and re.match(r"^\s*old", after):
                continue
        yield m, (cur, num, mult, unit)


def report(paths):
    clusters = load(paths)
    results = run([c for _, c in clusters])
    total = 0
    for (name, articles), r in zip(clusters, results):
        items = r.get("summary", {}).get("disagreements", [])
        total += len(items)
        for d in items:
            print(f"## {name}: {d['about']}")
            for v in d["values"]:
                for a, (s, e) in zip(v["articles"], [(x["start"], x["end"]) for x in v["spans"]]):
                    text = articles[a].encode("utf-8")
                    ctx = text[max(0, s - 120):e + 80].decode("utf-8", "replace").replace("\n", " ")
                    print(f"  [{v['text']}] a{a}: …{ctx}…")
            print()
    print(f"{total} disagreements in {len(clusters)} clusters ({total / len(clusters):.2f} per cluster)")


UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def in_words(n):
    """A whole number below 100 written out ("twenty-one"), or None."""
    if not 0 <= n < 100:
        return None
    if n < 20:
        return UNITS[n]
    return TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")


def changed(number, lang="en"):
    """A clearly different number, written the same way."""
    if lang == "fr":
        group = next((c for c in number if c in " \u00a0\u202f"), None)
        plain = re.sub(r"[ \u00a0\u202f]", "", number)
        if "," in plain:
            decimals = len(plain.split(",")[1])
            new = float(plain.replace(",", ".")) * 1.4 + 1
            return f"{new:.{decimals}f}".replace(".", ",")
        n = int(plain)
        new = n + max(3, round(n * 0.4))
        return f"{new:,}".replace(",", group) if group else str(new)
    plain = number.replace(",", "")
    if "." in plain:
        decimals = len(plain.split(".")[1])
        new = float(plain) * 1.4 + 1
        return f"{new:.{decimals}f}"
    n = int(plain)
    new = n + max(3, round(n * 0.4))
    return f"{new:,}" if "," in number else str(new)


def recall(paths):
    clusters = load(paths)
    base = run([c for _, c in clusters])
    cases = []
    for (name, articles), r in zip(clusters, base):
        if "summary" not in r:
            continue
        lang = "fr" if name.startswith("fr.") else "en"
        groups = [a["sourceGroup"] for a in r["summary"]["articles"]]
        seen = {}
        for i, text in enumerate(articles):
            for _, key in figures_in(text, lang):
                seen.setdefault(key, []).append(i)
        for key, arts in seen.items():
            arts = sorted(set(arts))
            pair = next(((a, b) for a in arts for b in arts if a < b and groups[a] != groups[b]), None)
            if pair is None:
                continue
            a, b = pair
            cur, num, mult, unit = key
            old = cur + num + mult + unit
            new_num = changed(num, lang)
            new = cur + new_num + mult + unit
            modified = list(articles)
            # Changed in the article and in its copies (one source): a source whose copy
            # still gives the old value gives both, an update the stage rightly leaves out.
            # The number written out with the same word is the same mention ("fifteen
            # sailors"): changed too, to the new number written out.
            words = None
            if lang == "en" and not cur and not mult and num.isdigit():
                old_w, new_w = in_words(int(num)), in_words(int(new_num))
                if old_w and new_w:
                    words = (old_w + unit, new_w + unit)
            for c in range(len(articles)):
                if groups[c] == groups[b]:
                    modified[c] = re.sub(r"(?<![\w.,$-])" + re.escape(old) + r"\b", new, articles[c])
                    # With a word between ("15 British sailors"), the same mention too.
                    modified[c] = re.sub(
                        r"(?<![\w.,$-])" + re.escape(cur + num + mult) + r"( [A-Za-z]+)" + re.escape(unit) + r"\b",
                        lambda m: cur + new_num + mult + m.group(1) + unit,
                        modified[c],
                    )
                    if words:
                        modified[c] = re.sub(
                            r"\b" + re.escape(words[0]) + r"\b",
                            lambda m: words[1].capitalize() if m.group(0)[0].isupper() else words[1],
                            modified[c],
                            flags=re.I,
                        )
            cases.append((name, key, a, b, new_num, modified))
    results = run([c[-1] for c in cases])
    found = 0
    missed = []
    for case, r in zip(cases, results):
        name, key, a, b, new_num, _ = case
        items = r.get("summary", {}).get("disagreements", [])
        ok = any(
            any(b in v["articles"] and new_num in v["text"] for v in d["values"])
            and any(any(x != b for x in v["articles"]) for v in d["values"] if new_num not in v["text"])
            for d in items
        )
        found += ok
        if not ok:
            missed.append((name, "".join(key), a, b, new_num))
            dump = os.environ.get("DUMP_MISSED")
            if dump:
                d = os.path.join(dump, str(len(missed)))
                os.makedirs(d, exist_ok=True)
                for i, t in enumerate(case[-1]):
                    with open(os.path.join(d, f"a{i:02}.txt"), "w", encoding="utf-8") as f:
                        f.write(t)
    for m in missed:
        print("missed:", *m)
    print(f"found {found} of {len(cases)} changed figures ({100 * found / max(1, len(cases)):.1f}%)")


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "report"
    paths = sys.argv[2:] or DEFAULT
    {"report": report, "recall": recall}[mode](paths)

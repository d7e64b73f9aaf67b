#!/usr/bin/env python3
"""Builds src/main/resources/lexicon/given-name-chars.tsv: how often each Han character stands in a given name,
by position, counted over the person names of the CLUENER2020 training set (../shared/datasets/cluener/train.json).
Only these derived counts are shipped, never the dataset. A name counts when it opens with a surname of
lexicon/surnames.txt and its given part is one or two Han characters.
Usage: scripts/given-name-stats.py [path/to/cluener/train.json]"""
import collections, json, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
train = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "datasets", "cluener", "train.json")
lexicon = os.path.join(root, "src", "main", "resources", "lexicon")
surnames = {l.strip() for l in open(os.path.join(lexicon, "surnames.txt"), encoding="utf-8")
            if l.strip() and not l.startswith("#")}

def han(c):
    return "\u4e00" <= c <= "\u9fff"

counts = collections.defaultdict(lambda: [0, 0, 0])  # first of two, second of two, sole
names = 0
for line in open(train, encoding="utf-8"):
    record = json.loads(line)
    for mention, spans in record.get("label", {}).get("name", {}).items():
        surname = 2 if mention[:2] in surnames else 1 if mention[:1] in surnames else 0
        given = mention[surname:]
        if surname == 0 or not 1 <= len(given) <= 2 or not all(han(c) for c in given):
            continue
        names += len(spans)
        if len(given) == 1:
            counts[given][2] += len(spans)
        else:
            counts[given[0]][0] += len(spans)
            counts[given[1]][1] += len(spans)

with open(os.path.join(lexicon, "given-name-chars.tsv"), "w", encoding="utf-8") as out:
    out.write("# How often each character stands in a Chinese given name, by position: counts derived from the person\n")
    out.write(f"# names ({names} occurrences) of the CLUENER2020 training set (Xu et al. 2020, arXiv:2001.04351; distributed by\n")
    out.write("# CLUEbenchmark, no licence file: a research benchmark, cited here), copied from StanleySun233/ChineseNER\n")
    out.write("# @ a5305f2 data/cluener/train.json. Only these per-character counts are shipped, never the data set.\n")
    out.write("# Built by scripts/given-name-stats.py. Columns: char<TAB>first of two<TAB>second of two<TAB>sole given char.\n")
    for c in sorted(counts, key=lambda c: (-sum(counts[c]), c)):
        f, s, o = counts[c]
        out.write(f"{c}\t{f}\t{s}\t{o}\n")
print(f"{names} name occurrences, {len(counts)} characters")

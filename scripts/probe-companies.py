#!/usr/bin/env python3
"""An honest check of Company nodes on public text nobody here tuned to: the CLUENER2020 news sentences.

Each sentence of the chosen split is written as a small article (one file) into a temporary folder, the built jar
extracts them all at once (`extract --format json`), and every Company node is compared with the sentence's
CLUENER spans.

Precision: a Company node is right when one place where its name (or an alias) stands in the sentence overlaps a
CLUENER `company` span; one that overlaps only a `government` or `organization` span is counted apart (the key
labels many firms, clubs and banks as organisations), and one that overlaps no company span is junk (listed).
Recall: over the CLUENER company spans that a rule reader can be asked for, those whose text ends with a
company suffix (lexicon/company-suffixes.txt) or that stand in a sentence with a visit, signing or investment
word (lexicon/visit-verbs.txt, signing-verbs.txt, investment-verbs.txt); a span is found when a Company node
overlaps it.

Usage: scripts/probe-companies.py [--split train|dev] [--limit N] [--verbose] [--keep DIR]
  (build the jar first; --verbose lists every junk node and every miss; tune on train, report dev's summary only)
The sentences are never copied into the repository: the folder is a temporary one.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEXICON = os.path.join(ROOT, "src/main/resources/lexicon")
DATASET = os.environ.get("CLUENER", os.path.join(ROOT, "../shared/datasets/cluener"))


def words(name):
    with open(os.path.join(LEXICON, name), encoding="utf-8-sig") as f:
        return [line.split("\t")[0].strip() for line in f if line.strip() and not line.startswith("#")]


def java():
    found = [os.path.join("/usr/lib/jvm", d, "bin/java") for d in sorted(os.listdir("/usr/lib/jvm")) if "25" in d]
    return os.environ.get("JAVA") or (found[0] if found else "java")


def spans(record, label):
    """[(start, end_exclusive, text)] of one CLUENER label."""
    out = []
    for mention, places in record["label"].get(label, {}).items():
        for start, end in places:
            out.append((start, end + 1, mention))
    return out


def folded(text):
    """The text with full-width forms folded one character for one (（ → (), as the extractor normalises names."""
    return "".join(c if len(unicodedata.normalize("NFKC", c)) != 1 else unicodedata.normalize("NFKC", c) for c in text)


def places(text, name):
    """[start, end) of every place the name stands in the text (both folded)."""
    text, name = folded(text), folded(name)
    found, at = [], text.find(name)
    while name and at >= 0:
        found.append((at, at + len(name)))
        at = text.find(name, at + 1)
    return found


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def extract(folder):
    jar = os.path.join(ROOT, "target/zhengqi-graph.jar")
    run = subprocess.run([java(), "-jar", jar, "extract", "--format", "json", folder],
                         capture_output=True, text=True, encoding="utf-8")
    if run.returncode not in (0, 1) or not run.stdout:
        sys.exit("extract failed: " + run.stderr[-2000:])
    companies = {}
    for line in run.stdout.splitlines():
        page = json.loads(line)
        index = int(os.path.basename(page["source"]).split(".")[0])
        names = []
        for article in page["articles"]:
            for node in article["nodes"]:
                if "Company" in node["labels"]:
                    props = node["properties"]
                    names.append([props.get("name", "")] + list(props.get("aliases", [])))
        companies[index] = names
    return companies


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument("--verbose", action="store_true", help="list junk nodes and misses")
    parser.add_argument("--keep", help="write the articles into this folder instead of a temporary one")
    args = parser.parse_args()

    with open(os.path.join(DATASET, args.split + ".json"), encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if args.limit:
        records = records[:args.limit]
    suffixes = words("company-suffixes.txt")
    contexts = words("visit-verbs.txt") + words("signing-verbs.txt") + words("investment-verbs.txt") + ["签约", "合作"]

    with tempfile.TemporaryDirectory(prefix="probe-companies-") as temp:
        folder = args.keep or temp
        os.makedirs(folder, exist_ok=True)
        for i, record in enumerate(records):
            with open(os.path.join(folder, "%05d.txt" % i), "w", encoding="utf-8") as out:
                out.write(record["text"] + "\n")
        companies = extract(folder)

    tally = Counter()
    junk, other, misses = [], [], []
    for i, record in enumerate(records):
        text = record["text"]
        gold = spans(record, "company")
        elsewhere = spans(record, "government") + spans(record, "organization")
        found_at = []
        for names in companies.get(i, []):
            at = [p for name in names for p in places(text, name)]
            found_at.extend(at)
            tally["nodes"] += 1
            if any(overlaps(p, g) for p in at for g in gold):
                tally["right"] += 1
            elif any(overlaps(p, g) for p in at for g in elsewhere):
                tally["other label"] += 1
                other.append((names[0], text))
            else:
                tally["junk"] += 1
                junk.append((names[0], text))
        for g in gold:
            askable = any(g[2].endswith(s) for s in suffixes) or any(c in text for c in contexts)
            if not askable:
                continue
            tally["asked"] += 1
            if any(overlaps(p, g) for p in found_at):
                tally["found"] += 1
            else:
                misses.append((g[2], text))

    nodes, asked = tally["nodes"], tally["asked"]
    precision = tally["right"] / nodes if nodes else 0.0
    lenient = (tally["right"] + tally["other label"]) / nodes if nodes else 0.0
    recall = tally["found"] / asked if asked else 0.0
    if args.verbose:
        for name, text in junk:
            print("junk\t%s\t%s" % (name, text))
        for name, text in other:
            print("other-label\t%s\t%s" % (name, text))
        for name, text in misses:
            print("missed\t%s\t%s" % (name, text))
    print("%s: %d sentences, %d Company nodes: %d company, %d government/organization, %d junk; "
          "P=%.2f (P counting government/organization spans=%.2f); "
          "recall over %d suffixed or in-context company spans R=%.2f"
          % (args.split, len(records), nodes, tally["right"], tally["other label"], tally["junk"],
             precision, lenient, asked, recall))


if __name__ == "__main__":
    main()

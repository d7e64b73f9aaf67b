#!/usr/bin/env python3
"""Compares two `extract --format json` outputs canonically: per file and article, the same nodes (labels and
properties), relationships (type, ends named by label and name, properties) and article fields, whatever the order
and the node ids. Exit 0 when identical, 1 with the differences listed (at most --most of them).

Usage: scripts/compare-extract.py BEFORE.jsonl AFTER.jsonl [--most N]
"""
import argparse, json, os, sys
from collections import Counter


def canon(value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def article_facts(article):
    # the same file read from another folder is the same input: sources compare by file name
    article = dict(article, source=os.path.basename(article.get("source") or ""))
    for node in article["nodes"]:
        if "source" in node.get("properties", {}):
            node["properties"]["source"] = os.path.basename(node["properties"]["source"])
    names = {}
    for node in article["nodes"]:
        props = node.get("properties", {})
        names[node["id"]] = (node["labels"][0], props.get("name") or props.get("id"))
    facts = Counter()
    for key in sorted(k for k in article if k not in ("nodes", "relationships")):
        facts[("article", key, canon(article[key]))] += 1
    for node in article["nodes"]:
        facts[("node", canon(node["labels"]), canon(node.get("properties", {})))] += 1
    for rel in article["relationships"]:
        facts[("rel", rel["type"], canon(names.get(rel["start"])), canon(names.get(rel["end"])),
               canon(rel.get("properties", {})))] += 1
    return facts


def load(path):
    files = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                files[os.path.basename(record["source"])] = [article_facts(a) for a in record["articles"]]
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--most", type=int, default=20)
    args = parser.parse_args()
    before, after = load(args.before), load(args.after)
    differences = []
    for name in sorted(set(before) | set(after)):
        if name not in after or name not in before:
            differences.append(f"{name}: only in {'before' if name in before else 'after'}")
            continue
        a, b = before[name], after[name]
        if len(a) != len(b):
            differences.append(f"{name}: {len(a)} articles before, {len(b)} after")
            continue
        for i, (x, y) in enumerate(zip(a, b)):
            for fact in sorted((x - y).keys()):
                differences.append(f"{name} article {i}: lost {fact}")
            for fact in sorted((y - x).keys()):
                differences.append(f"{name} article {i}: new  {fact}")
    for line in differences[: args.most]:
        print(line)
    if len(differences) > args.most:
        print(f"... and {len(differences) - args.most} more")
    print(f"{len(before)} files compared: {'identical' if not differences else f'{len(differences)} differences'}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Probes how well `extract` finds people next to their posts on text nobody tuned it on.

From CLUENER2020 (../shared/datasets/cluener/{train,dev}.json) it takes the sentences where a `position` span is
directly followed by a `name` span (市委书记李某, 某某公司董事长王某: the body before the post is part of the
sentence) or a name directly by a position (李某市长). (Resume NER has no such sentence: its names stand apart from
their titles, 张某，男，……现任董事长.) Each sentence becomes one small article in a temporary folder, `extract --format json`
reads the folder, and the people it outputs are compared with the gold names:

  recall      a gold name adjacent to a post is a Person node, exact extent
  with post   ... and that Person holds a post (LEADS, HOLDS_POSITION or WORKS_FOR)
  extent      a Person we output overlaps the gold name without being it (a name cut short or run long: issue kind 1)
  precision   Persons we output that are a gold name span of their sentence (any name of it, adjacent or not)

Run it on CLUENER's train split to find what fails (-v lists the misses), and on the dev split only for figures.
Usage: scripts/probe-people.py [cluener-train|cluener-dev] [-v] [--limit N]
Nothing of the data sets is written outside the temporary folder.
"""
import argparse, collections, glob, json, os, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(ROOT, "..", "shared", "datasets")
LEXICON = os.path.join(ROOT, "src", "main", "resources", "lexicon")
POST_RELATIONS = {"LEADS", "HOLDS_POSITION", "WORKS_FOR"}
# A neutral headline above each sentence, so that the sentence is read as the article's body (bylines, datelines).
HEADLINE = "新闻\n"


def lexicon_words(name):
    return [l.split("\t")[0].strip() for l in open(os.path.join(LEXICON, name), encoding="utf-8") if l.strip() and not l.startswith("#")]


TITLES = lexicon_words("titles.txt")
ROLES = set(lexicon_words("byline-roles.txt"))


def kind(post):
    """credit: a byline role (记者); titled: ends with a title of lexicon/titles.txt (局长, 董事长); other: 作家, 主教练."""
    if post in ROLES:
        return "credit"
    return "titled" if any(post.endswith(t) for t in TITLES) else "other"


def cluener(split):
    """(text, adjacent gold names by kind of their post, all gold names) for each sentence with a post next to a name."""
    for line in open(os.path.join(DATA, "cluener", split + ".json"), encoding="utf-8"):
        record = json.loads(line)
        labels = record.get("label", {})
        names = [(s, e + 1, m) for m, spans in labels.get("name", {}).items() for s, e in spans]
        posts = [(s, e + 1, m) for m, spans in labels.get("position", {}).items() for s, e in spans]
        adjacent = {}
        for s, e, m in names:
            for ps, pe, post in posts:
                if pe == s or ps == e:
                    adjacent[m] = min(adjacent.get(m, "other"), kind(post), key=["credit", "titled", "other"].index)
        if adjacent:
            yield record["text"], adjacent, {m for _, _, m in names}


def extract(folder):
    java = os.environ.get("JAVA") or (glob.glob("/usr/lib/jvm/*25*/bin/java") or ["java"])[0]
    jar = os.environ.get("JAR") or os.path.join(ROOT, "target", "zhengqi-graph.jar")
    out = subprocess.run([java, "-jar", jar, "extract", "--format", "json", folder],
                         capture_output=True, text=True, check=False)
    people = collections.defaultdict(dict)  # file -> name -> holds a post
    for line in out.stdout.splitlines():
        if not line.startswith("{"):
            continue
        page = json.loads(line)
        key = os.path.basename(page["source"])
        for article in page["articles"]:
            nodes = {n["id"]: n for n in article["nodes"]}
            for n in article["nodes"]:
                if "Person" in n["labels"]:
                    people[key].setdefault(n["properties"]["name"], False)
            for r in article["relationships"]:
                if r["type"] in POST_RELATIONS and r["start"] in nodes:
                    people[key][nodes[r["start"]]["properties"]["name"]] = True
    return people


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("set", nargs="?", default="cluener-train", choices=["cluener-train", "cluener-dev"])
    parser.add_argument("-v", action="store_true", help="list every miss, extent error and extra person")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    cases = list(cluener(args.set.split("-")[1]))
    if args.limit:
        cases = cases[:args.limit]
    with tempfile.TemporaryDirectory(prefix="probe-people-") as folder:
        for i, (text, _, _) in enumerate(cases):
            with open(os.path.join(folder, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(HEADLINE + text + "\n")
        people = extract(folder)
    gold = found = posted = extent = ours = ours_right = 0
    by_kind = collections.defaultdict(lambda: [0, 0])  # kind -> [gold, found]
    misses, extents, extras = [], [], []
    for i, (text, adjacent, all_names) in enumerate(cases):
        mine = people.get(f"{i:05d}.txt", {})
        for name in sorted(adjacent):
            gold += 1
            by_kind[adjacent[name]][0] += 1
            by_kind[adjacent[name]][1] += name in mine
            if name in mine:
                found += 1
                posted += mine[name]
                if not mine[name] and adjacent[name] == "titled": misses.append(("NOPOST", name, text))
                continue
            overlapping = [p for p in mine if p != name and (p in name or name in p or p[:1] == name[:1] and p in text and text.find(p) == text.find(name))]
            if overlapping:
                extent += 1
                extents.append((name, overlapping, text))
            else:
                misses.append((adjacent[name], name, text))
        for person in mine:
            ours += 1
            if person in all_names:
                ours_right += 1
            else:
                extras.append((person, text))
    def ratio(a, b):
        return f"{a / b:.2f}" if b else "-"
    print(f"{args.set}: {len(cases)} sentences, {gold} gold names next to a post")
    print(f"recall {ratio(found, gold)} ({found})  with post {ratio(posted, gold)} ({posted})  "
          f"extent errors {extent}  precision {ratio(ours_right, ours)} ({ours_right}/{ours})")
    print("recall by post: " + "  ".join(f"{k} {ratio(f, g)} ({f}/{g})" for k, (g, f) in sorted(by_kind.items())))
    if args.v:
        for name, got, text in extents:
            print(f"EXTENT {name} -> {'/'.join(got)}\t{text}")
        for post, name, text in sorted(misses):
            print(f"MISS   {post:6} {name}\t{text}")
        for person, text in extras:
            print(f"EXTRA  {person}\t{text}")


if __name__ == "__main__":
    sys.exit(main())

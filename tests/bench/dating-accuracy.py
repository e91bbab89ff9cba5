#!/usr/bin/env python3
"""Scores `marsad analyze` against the days the generator wrote (issue 18's measures).

    build/tests/bench/marsad-gencorpus CORPUS 2000 --truth truth.tsv
    build/app/marsad analyze CORPUS --no-cache > out.jsonl
    tests/bench/dating-accuracy.py CORPUS truth.tsv out.jsonl [more.jsonl ...]

For the articles the generator dated: the share given the exact day, the share
given the exact day or a range of at most 7 days that holds it, the wrong
answers with a confidence of 0.5 or more (by basis), and the articles left
without a date. Generated text is not real text: this tracks changes between
builds, it does not stand for the project's measure on real articles.
"""
import json
import os
import sys
from collections import Counter
from datetime import date


def main():
    if len(sys.argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = os.path.realpath(sys.argv[1])
    truth = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            name, index, day = line.rstrip("\n").split("\t")
            truth[(name, int(index))] = None if day == "none" else date.fromisoformat(day)
    for path in sys.argv[3:]:
        dated = exact = near = null = 0
        wrong = Counter()
        with open(path, encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                name = os.path.relpath(os.path.realpath(o["file"]), root)
                day = truth.get((name, o.get("index_in_file", 0)))
                if day is None:
                    continue
                dated += 1
                p = o.get("published") or {}
                value, confidence = p.get("value"), p.get("confidence") or 0
                if not value:
                    null += 1
                    continue
                first, _, last = value.partition("/")
                start = date.fromisoformat(first[:10])
                end = date.fromisoformat(last[:10]) if last else start
                if start == end == day:
                    exact += 1
                if start <= day <= end and (end - start).days <= 7:
                    near += 1
                elif confidence >= 0.5:
                    wrong[p.get("basis")] += 1
        share = lambda k: f"{k} ({k / max(1, dated):.1%})"
        print(f"{path}: {dated} dated articles; exact day {share(exact)}; exact or a range "
              f"of <= 7 days {share(near)}; wrong with confidence >= 0.5: "
              f"{sum(wrong.values())} {dict(wrong)}; no date {null}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

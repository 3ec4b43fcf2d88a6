"""Show one gold report next to what sitrep reads from it: the gold events, then `explain`.

A development aid for the dev split (docs/evaluation.md): never tune on the test split.

    python benchmarks/gold_report.py syria-009
"""

from __future__ import annotations

import json
import sys

from sitrep.evaluate import default_corpus, load_gold
from sitrep.explain import _event_lines
from sitrep.pipeline import explain_article
from sitrep.read import make_article


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python benchmarks/gold_report.py REPORT_ID [REPORT_ID ...]", file=sys.stderr)
        return 2
    reports = {r.id: r for r in load_gold(sorted(default_corpus().glob("*")))}
    for rid in argv:
        rep = reports.get(rid)
        if rep is None:
            print(f"no gold report {rid!r}", file=sys.stderr)
            return 2
        print(f"=== {rid} ({rep.split}; {rep.publisher}, published {rep.published})")
        print(rep.text)
        print("--- gold")
        for g in rep.events:
            print(json.dumps({k: g.get(k) for k in ("event_type", "sub_event_type", "start_date", "location", "admin1",
                                                   "actor1", "actor2", "fatalities", "injured", "sources")}))
        print("--- sitrep")
        art = make_article(rep.text, published=rep.published, publisher=rep.publisher, url=rep.url, title=rep.title)
        events, trace = explain_article(art)
        print(f"countries {trace.countries[:3]} dateline {trace.dateline!r}")
        for ev in events:
            print("\n".join(_event_lines(ev)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

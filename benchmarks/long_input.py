"""How extraction time grows with the length of one report, for text that is not a wire story.

Usage::

    python benchmarks/long_input.py            # the default sizes
    python benchmarks/long_input.py --json     # one JSON object on stdout

Two bodies are timed through ``sitrep.pipeline.extract`` at sizes from 4,000 to 128,000
characters:

- ``run_on``: one clause repeated with commas and no sentence end (a feed dump, an all-lowercase
  transcript). The segmenter cuts sentences longer than ``segment.LONGEST`` at clause breaks, so
  the readers that look back before each hit see bounded text.
- ``compilation``: whole gold reports pasted one after another into one body (a digest). Claims
  are grouped into events by comparing each with the events already told, so this grows faster
  than linearly with the number of claims; bodies over ``pipeline.LONGEST_REPORT`` characters
  are refused with a one-line ``too_long`` error instead of running for minutes.

What to look for: the seconds per 1,000 characters should stay roughly flat for ``run_on``;
for ``compilation`` it rises with size, and the largest size stays within a few seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.evaluate import default_corpus, load_gold  # noqa: E402
from sitrep.pipeline import LONGEST_REPORT, Resources, extract  # noqa: E402
from sitrep.read import make_article  # noqa: E402

SIZES = (4_000, 16_000, 64_000, 128_000)
CLAUSE = "gunmen killed five villagers in maiduguri and the army said militants attacked a base near bama, "


def _time(body: str, res: Resources) -> tuple[float, int]:
    t = time.perf_counter()
    events = extract(make_article(body, published=dt.date(2024, 1, 2)), resources=res)
    return time.perf_counter() - t, len(events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = Resources.default()
    _time(CLAUSE, res)  # load the gazetteer and dictionaries outside the timing
    stories = "\n\n".join(r.text for r in load_gold([default_corpus()]))
    rows = []
    for kind, source in (("run_on", CLAUSE * (max(SIZES) // len(CLAUSE) + 1)), ("compilation", stories)):
        for n in SIZES:
            body = source[:n]
            secs, events = _time(body, res)
            rows.append({"kind": kind, "chars": len(body), "seconds": round(secs, 2),
                         "ms_per_1000_chars": round(1000 * secs / len(body) * 1000, 1), "events": events})
            if not args.json:
                print(f"{kind:12s} {len(body):>8,} chars  {secs:6.2f} s  {rows[-1]['ms_per_1000_chars']:6.1f} ms/1,000 chars  {events} events", flush=True)
    if args.json:
        print(json.dumps({"longest_report": LONGEST_REPORT, "rows": rows}))


if __name__ == "__main__":
    main()

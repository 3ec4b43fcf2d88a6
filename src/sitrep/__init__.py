"""sitrep: conflict news in, auditable ACLED/UCDP-style event records out.

The public surface::

    import sitrep
    articles = sitrep.read(["report.txt"], published=datetime.date(2024, 11, 28))
    events = [e for a in articles for e in sitrep.extract(a)]
    merged = sitrep.reconcile(events)          # records of the output contract
    with sitrep.Store("sitrep.db") as store: ...

Scoring against gold lives in ``sitrep.evaluate`` (``from sitrep.evaluate import evaluate``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "read", "make_article", "extract", "reconcile", "Store", "write_export",
    "Article", "Event", "Claim", "Place", "Source", "Span", "Toll", "Actor", "SitrepError",
]
__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from .errors import SitrepError
    from .export import write as write_export
    from .model import Actor, Article, Claim, Event, Place, Source, Span, Toll
    from .pipeline import extract
    from .read import make_article, read
    from .reconcile import reconcile
    from .store import Store

_LAZY = {
    "read": ("read", "read"), "make_article": ("read", "make_article"), "extract": ("pipeline", "extract"),
    "reconcile": ("reconcile", "reconcile"), "Store": ("store", "Store"), "write_export": ("export", "write"),
    "SitrepError": ("errors", "SitrepError"),
    **{n: ("model", n) for n in ("Article", "Event", "Claim", "Place", "Source", "Span", "Toll", "Actor")},
}


def __getattr__(name: str) -> Any:
    """Imports happen on first use, so `import sitrep` costs nothing."""
    if name in _LAZY:
        import importlib

        mod, attr = _LAZY[name]
        return getattr(importlib.import_module(f"sitrep.{mod}"), attr)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")

"""Ingest: read, extract, recognise duplicates, store, reconcile: the batch job behind
``sitrep ingest`` and ``sitrep run``.

Each article is stored in its own transaction with its events, so a run that is interrupted
continues where it stopped when started again (stored articles are skipped by id), and one
bad input is reported and skipped without touching what is stored.

Duplicates: an exact copy (same text hash) or a near copy (MinHash Jaccard >= 0.8 over word
5-shingles, the same wire story with a new headline or a trimmed paragraph) is stored as an
article of its own, marked ``duplicate_of`` the first copy, and its events still join the
reconciled event as that event's articles; reconciliation never adds tolls, so a copy can not
double-count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import SitrepError
from .model import Article
from .pipeline import Resources, extract
from .reconcile import Thresholds, reconcile
from .store import Store

NEAR_DUP_THRESHOLD = 0.8
_NUM_PERM = 128
_CANDIDATE_THRESHOLD = 0.5  # LSH finds candidates generously; each is then checked at NEAR_DUP_THRESHOLD


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    stored: int = 0
    already: int = 0
    duplicates: int = 0
    failed: int = 0
    raw_events: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


class NearDuplicates:
    """MinHash LSH over the articles of a store (datasketch)."""

    def __init__(self, store: Store, threshold: float = NEAR_DUP_THRESHOLD) -> None:
        from datasketch import MinHash, MinHashLSH

        self._MinHash = MinHash
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=_CANDIDATE_THRESHOLD, num_perm=_NUM_PERM)
        self.signatures: dict[str, Any] = {}
        for aid, sig in store.minhashes():
            m = self._from_bytes(sig)
            if len(m.hashvalues) == _NUM_PERM:
                self.lsh.insert(aid, m)
                self.signatures[aid] = m

    def signature(self, body: str) -> Any:
        words = re.findall(r"\w+", body.lower())
        m = self._MinHash(num_perm=_NUM_PERM)
        for i in range(max(1, len(words) - 4)):
            m.update(" ".join(words[i:i + 5]).encode())
        return m

    def _from_bytes(self, data: bytes) -> Any:
        import numpy as np

        m = self._MinHash(num_perm=_NUM_PERM)
        # stored as the raw hash values, in the dtype this datasketch uses
        m.hashvalues = np.frombuffer(data, dtype=m.hashvalues.dtype).copy()
        return m

    def check_and_add(self, article_id: str, sig: Any) -> str | None:
        found = [a for a in self.lsh.query(sig) if self.signatures[a].jaccard(sig) >= self.threshold]
        if article_id not in self.signatures:
            self.lsh.insert(article_id, sig)
            self.signatures[article_id] = sig
        return sorted(found)[0] if found else None


def ingest(articles: Iterable[Article], store: Store, *, resources: Resources | None = None,
           thresholds: Thresholds | None = None, progress: Callable[[Article], None] | None = None,
           on_error: Callable[[SitrepError], None] | None = None, reconcile_after: bool = True) -> IngestReport:
    rep = IngestReport()
    near = NearDuplicates(store)
    for art in articles:
        rep.read += 1
        if progress:
            progress(art)
        if store.has_article(art.id):
            rep.already += 1
            continue
        try:
            events = extract(art, resources=resources)
        except SitrepError as e:
            rep.failed += 1
            rep.errors.append(str(e))
            if on_error:
                on_error(e)
            continue
        sig = near.signature(art.body)
        dup = store.find_by_hash(art.content_hash) or near.check_and_add(art.id, sig)
        if dup:
            rep.duplicates += 1
        store.add(art, events, duplicate_of=dup, minhash=sig.hashvalues.tobytes())
        rep.stored += 1
        rep.raw_events += len(events)
    if reconcile_after and (rep.stored or not store.counts()["events"]):
        rep.events = store.replace_events(reconcile(store.raw_events(), thresholds or Thresholds()))
    else:
        rep.events = store.counts()["events"]
    return rep


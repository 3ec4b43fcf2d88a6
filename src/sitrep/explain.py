"""Explain: every value of an event with the sentence, the rule and the source behind it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .model import Event


def _event_lines(ev: Event) -> list[str]:
    r = ev.to_record()
    out = [f"event {ev.event_id}: {ev.event_type} / {ev.sub_event_type}"]
    trig = [(c.trigger, c.sub_event_type, c.text) for c in ev.claims if c.trigger and not c.background]
    for word, sub, text in trig[:4]:
        out.append(f"  type      <- {word!r} ({sub})  in: {text[:110]!r}")
    if ev.territorial_change:
        out.append(f"  territory <- {ev.territorial_change}")
    dates = [(d, c) for c in ev.claims if not c.background for d in c.dates if d.date]
    out.append(f"  date      = {r['start_date']} (precision {r['time_precision']}; basis: {ev.date_basis})")
    for d, c in dates[:4]:
        when = " (the day it was reported)" if d.publication else ""
        out.append(f"    {d.text!r} -> {d.date}{when} [rule {d.rule}]  in: {c.text[:100]!r}")
    p = ev.place
    if p:
        lat, lon = p.own_point or (p.latitude, p.longitude)
        out.append(f"  place     = {p.name or p.country} ({p.admin1}, {p.country}) {lat},{lon} "
                   f"precision {p.precision} [rule {p.rule}] written {p.written!r}"
                   + (f", offset {p.offset_km} km {p.bearing or ''}" if p.offset_km else "")
                   + (f" (the scene about {p.latitude},{p.longitude})" if p.own_point else ""))
    for side in ("actor1", "actor2"):
        name = getattr(ev, side)
        ms = [(a, c) for c in ev.claims for a in c.actors if a.name == name]
        how = f" <- {ms[0][0].written!r} [rule {ms[0][0].rule}]" if ms else ""
        out.append(f"  {side:9} = {name}{how}")
    if ev.assoc_actor_1:
        out.append(f"  assoc_1   = {', '.join(ev.assoc_actor_1)}")
    k = ev.toll.killed
    out.append(f"  fatalities= {k.as_dict() if k else None}" + (f"; parts sum to total: {ev.toll.parts_sum_ok}" if ev.toll.by_party else ""))
    for m in ev.toll.mentions:
        src = m.source.name if m.source else "(report's own voice)"
        party = " [party to the conflict]" if m.source and m.source.party else ""
        out.append(f"    {m.outcome:8} {m.count.low}/{m.count.best}/{m.count.high} role={m.role:10} {m.text!r} "
                   f"[rule {m.rule}] party={m.party} source={src}{party}")
    for s in ev.sources:
        role = "; a party to the conflict" if s.party else ""
        out.append(f"  source    = {s.name} ({s.kind}{role}) [rule {s.rule}]")
    bg = [c for c in ev.claims if c.background]
    for c in bg:
        out.append(f"  not an event of its own ({c.background}): {c.text[:110]!r}")
    return out


def explain_file(path: str, *, published: dt.date | None = None, publisher: str | None = None,
                 url: str | None = None, max_mb: float = 20) -> str:
    from .pipeline import explain_article
    from .read import read

    lines: list[str] = []
    for art in read([path], published=published, publisher=publisher, url=url, max_mb=max_mb):
        events, trace = explain_article(art)
        lines.append(f"article {art.id} ({art.publisher or 'unknown publisher'}, published {art.published or 'unknown'}): "
                     f"{trace.sentences} sentences, {trace.claims} claims, countries {trace.countries[:3]}")
        if trace.dateline:
            lines.append(f"  dateline: {trace.dateline!r} (where the report was filed; used only when the text names no place)")
        for s, e, rule in trace.dropped:
            lines.append(f"  dropped [{rule}]: {art.body[s:e][:100]!r}")
        if not events:
            lines.append("  no events")
        for ev in events:
            lines.extend(_event_lines(ev))
    return "\n".join(lines)


def explain_record(ev: dict[str, Any], store: Any = None) -> str:
    lines = [f"event {ev['event_id']}: {ev['event_type']} / {ev['sub_event_type']}, {ev.get('start_date')}, "
             f"{ev.get('location')} ({ev.get('admin1')}, {ev.get('country')}) precision {ev.get('geo_precision')}",
             f"  actors: {ev.get('actor1')} v {ev.get('actor2')}; fatalities {ev.get('fatalities')}; agreement: {ev.get('agreement')}",
             f"  articles: {', '.join(ev.get('article_ids') or [])}; publishers: {', '.join(ev.get('publishers') or [])}"]
    for c in ev.get("claims", []):
        lines.append(f"  claim [{c.get('source') or 'report'}] {c['text'][:140]!r} (article {c['article_id']} {c['start']}:{c['end']})")
        for t in c.get("tolls", []):
            lines.append(f"    {t['outcome']} {t['low']}/{t['best']}/{t['high']} role={t['role']} {t['text']!r} [rule {t['rule']}]")
    for r in ev.get("revisions") or []:
        lines.append(f"  revision {r.get('published')} {r['source']}: {r['best']} ({r['low']}-{r['high']})")
    return "\n".join(lines)

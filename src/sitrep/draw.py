"""Drawings: a map and a timeline of events as standalone SVG (no network, no libraries).

The map is an equirectangular plot of event points (circle area by fatalities) over a
graticule, framed on the events; the timeline counts events and fatalities per day.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

_COLORS = {
    "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
}


def draw_map(records: list[dict[str, Any]], width: int = 900, height: int = 560,
             context: list[tuple[float, float, str]] | None = None) -> str:
    """Events over a graticule; ``context`` (lat, lon, name) are large towns drawn faintly for
    orientation (no coastline data ships offline)."""
    pts = [r for r in records if r.get("latitude") is not None and r.get("longitude") is not None]
    head = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">'
    head += f'<rect width="{width}" height="{height}" fill="#f4f1ea"/>'
    if not pts:
        return head + '<text x="20" y="30">no events with coordinates</text></svg>\n'
    lats = [r["latitude"] for r in pts]
    lons = [r["longitude"] for r in pts]
    pad = max(1.0, (max(lons) - min(lons)) * 0.12, (max(lats) - min(lats)) * 0.12)
    lo_lat, hi_lat = min(lats) - pad, max(lats) + pad
    lo_lon, hi_lon = min(lons) - pad, max(lons) + pad
    span = max(hi_lat - lo_lat, (hi_lon - lo_lon) * (height - 60) / (width - 40), 2.0)
    mid_lat, mid_lon = (lo_lat + hi_lat) / 2, (lo_lon + hi_lon) / 2
    scale = (height - 60) / span

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (width / 2 + (lon - mid_lon) * scale, (height - 20) / 2 + 20 - (lat - mid_lat) * scale)

    parts = [head, f'<text x="12" y="16" font-size="13" font-weight="bold">sitrep: {len(pts)} events</text>']
    step = 1 if span < 8 else 5 if span < 40 else 10
    g = int(mid_lat - span) // step * step
    while g < mid_lat + span:
        y = xy(g, mid_lon)[1]
        parts.append(f'<line x1="0" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/><text x="2" y="{y - 2:.1f}" fill="#999">{g}°</text>')
        g += step
    g = int(mid_lon - span * width / height) // step * step
    while g < mid_lon + span * width / height:
        x = xy(mid_lat, g)[0]
        parts.append(f'<line y1="0" y2="{height}" x1="{x:.1f}" x2="{x:.1f}" stroke="#ddd"/><text y="{height - 4}" x="{x + 2:.1f}" fill="#999">{g}°</text>')
        g += step
    for lat, lon, name in context or []:
        x, y = xy(lat, lon)
        if 0 <= x <= width and 20 <= y <= height:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1.6" fill="#aaa"/>'
                         f'<text x="{x + 3:.1f}" y="{y + 3:.1f}" fill="#aaa" font-size="9">{html.escape(name)}</text>')
    for r in sorted(pts, key=lambda r: -((r.get("fatalities") or {}).get("best") or 0)):
        x, y = xy(r["latitude"], r["longitude"])
        fat = (r.get("fatalities") or {}).get("best") or 0
        rad = 4 + min(fat, 400) ** 0.5 * 1.2
        color = _COLORS.get(r["event_type"], "#333")
        title = html.escape(f"{r.get('start_date')} {r['event_type']} {r.get('location')}: {fat} killed")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{rad:.1f}" fill="{color}" fill-opacity="0.55" stroke="{color}"><title>{title}</title></circle>')
        parts.append(f'<text x="{x + rad + 2:.1f}" y="{y + 4:.1f}">{html.escape(str(r.get("location") or ""))}</text>')
    y0 = 34
    for t, c in _COLORS.items():
        parts.append(f'<rect x="{width - 200}" y="{y0 - 9}" width="10" height="10" fill="{c}"/><text x="{width - 185}" y="{y0}">{html.escape(t)}</text>')
        y0 += 15
    parts.append("</svg>\n")
    return "".join(parts)


def draw_timeline(records: list[dict[str, Any]], width: int = 900, height: int = 260) -> str:
    per_day: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in records:
        if r.get("start_date"):
            per_day[r["start_date"]][0] += 1
            per_day[r["start_date"]][1] += (r.get("fatalities") or {}).get("best") or 0
    head = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">'
    head += f'<rect width="{width}" height="{height}" fill="#fff"/>'
    if not per_day:
        return head + '<text x="20" y="30">no dated events</text></svg>\n'
    days = sorted(per_day)
    top = max(v[1] for v in per_day.values()) or 1
    bw = max(4, (width - 80) // max(len(days), 1) - 4)
    parts = [head, '<text x="12" y="16" font-size="13" font-weight="bold">fatalities per day (bars) and events (labels)</text>']
    for i, d in enumerate(days):
        n, fat = per_day[d]
        h = (height - 80) * fat / top
        x = 50 + i * (bw + 4)
        parts.append(f'<rect x="{x}" y="{height - 40 - h:.1f}" width="{bw}" height="{h:.1f}" fill="#c0392b"><title>{d}: {fat} killed, {n} events</title></rect>')
        parts.append(f'<text x="{x}" y="{height - 40 - h - 3:.1f}">{fat} ({n})</text>')
        if len(days) <= 20 or i % max(1, len(days) // 10) == 0:
            parts.append(f'<text x="{x}" y="{height - 25}" transform="rotate(20 {x} {height - 25})">{d}</text>')
    parts.append("</svg>\n")
    return "".join(parts)

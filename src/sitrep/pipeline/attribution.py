"""Attribution: who says so. Every claim carries its source, kind, and whether it is a party.

Patterns, in the order tried on each sentence:
``according to X`` / ``X said|reported|told AFP|noted|added ...`` / ``..., said X`` /
``citing X`` / ``X's latest toll`` / ``a toll released by X``. Anaphora ("the NGO", "the
Observatory", "the source", "these sources", "the ministry") resolve to the latest source of
the article that fits. Known sources (``resources/sources.yaml``) get their canonical name and
kind; others are kept as written and classified by their words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Source, Span
from ..resources import load_yaml

_VERBS = (
    r"said|says|reported|reports|told|stated|states|noted|notes|added|adds|announced|announces|confirmed|confirms|"
    r"claimed|claims|indicated|indicates|estimated|estimates|wrote|posted|declared|explained|insisted|alleged|"
    r"warned|quoted|cited|counted|documented|recorded|put the toll|gave (?:a|an|the)(?: \w+)? (?:toll|figure)|released|published|denied|accused"
)
_NP = r"(?P<src>[A-Z\"“a-z][^,;:()\"“”]{1,90}?)"
_ACCORDING = re.compile(r"\baccording to\s+(?:a\s+(?:new|latest|fresh)\s+\w+\s+(?:by|from)\s+)?(?:the\s+)?(?P<src>[^,;:.()\"“”]{2,100}?)(?=\s*(?:[,;:.()\"“”]|$|\s+(?:that|who|which|on|in|as|after|while|when)\b))", re.I)
_CITING = re.compile(r"\bciting\s+(?:the\s+)?(?P<src>[^,;:.()\"“”]{2,80}?)(?=\s*(?:[,;:.()\"“”]|$|\s+(?:that|who|which|as|on)\b))", re.I)
_SUBJ_VERB = re.compile(
    rf"(?:^|[.,;:”\"]\s*|\bthat\s+|\bwhile\s+|\bbut\s+|\band\s+|\bIn a statement,?\s+|\bmeanwhile,?\s+)(?P<src>(?:[\w'’\-.]+\s+){{0,9}}?[\w'’\-.]+)\s+(?:also\s+|later\s+|earlier\s+|had\s+|has\s+|have\s+)?(?:{_VERBS})\b",
    re.I,
)
_INVERTED = re.compile(
    rf"[,”\"]\s*(?:{_VERBS})\s+(?:the\s+)?(?P<src>[^,;.()\"“”]{{2,90}}?)(?=\s*(?:[,;.()\"“”]|$))",
    re.I,
)
_QUOTING = re.compile(r"^(?P<src>[A-Z][^,;:()\"“”]{2,60}?),\s+(?:quoting|citing)\s+[^,;]{2,80},")
_POSSESSIVE = re.compile(r"(?:^|\bthe\s+)(?P<src>(?:[A-Z][\w\-]*\s+){0,6}[A-Z][\w\-]*)['’]s\s+(?:latest\s+|new\s+|updated\s+|own\s+)?(?:toll|tally|count|figures?|statement|report)\b")
_BY = re.compile(r"\b(?:toll|tally|figures?|count|report|statement|data)\s+(?:\w+\s+){0,3}?(?:released|published|issued|given|provided|compiled)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?P<src>[^,;.()\"“”]{2,90}?)(?=\s*(?:[,;.()\"“”]|$))", re.I)

_PRONOUNS = frozenset("he she they it we i who which this that".split())
_ANAPHORA = {
    "ngo": "ngo", "monitor": "ngo", "war monitor": "ngo", "observatory": "ngo", "group": None,
    "source": "*", "sources": "*", "same source": "*", "same sources": "*", "these sources": "*",
    "those sources": "*", "the source": "*", "the sources": "*", "ministry": "ministry", "agency": "*",
    "statement": "*", "organisation": "ngo", "organization": "ngo", "official": "*", "officials": "*",
    "spokesman": "*", "spokeswoman": "*", "spokesperson": "*", "governor": "*",
}
_KIND_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("international", re.compile(r"\b(?:UN|U\.N\.|United Nations|OCHA|UNICEF|UNHCR|WHO|IOM|UNRWA|ICRC|Red Cross|African Union|AU|ECOWAS|European Union|EU|mission|peacekeep\w*)\b")),
    ("ngo", re.compile(r"\b(?:observatory|monitor|watch|human rights|NGO|rights group|network|airwars|amnesty|charity|aid group)\b", re.I)),
    ("medical", re.compile(r"\b(?:hospital|medic\w*|doctors?|health|ambulance|rescuers?|rescue|civil defen[cs]e|paramedics?|red crescent|morgue|nurses?)\b", re.I)),
    ("party", re.compile(r"\b(?:army|military|armed forces|IDF|militants?|insurgents?|rebels?|jihadists?|defen[cs]e ministry|ministry of defen[cs]e|general staff|air force|command|brigades?|forces|militia|fighters|spokesman for the (?:group|army|military)|commander)\b", re.I)),
    ("government", re.compile(r"\b(?:ministry|minister|governor|government|officials?|authorities|president|mayor|police|administration|council|state|prime minister|prefect|commissioner|lawmaker|MP|chief|head of)\b", re.I)),
    ("media", re.compile(r"\b(?:agency|TV|television|newspaper|outlet|channel|radio|media|correspondent|reporter|journalist)\b", re.I)),
    ("anonymous", re.compile(r"\b(?:sources?|residents?|witnesses?|locals?|activists?|relatives?|villagers?|survivors?|eyewitnesses?|a man|a woman|one resident)\b", re.I)),
]
_NOT_SOURCE = re.compile(
    r"^(?:it|this|that|there|which|who|what|the\s+(?:attack|strike|clashes|fighting|toll|report|blast|explosion|operation)|"
    r"\d+|one|two|many|some|most|all|no|none|nobody|toll|attack|strike|police\s+were|people|videos?|photos?|images?|footage)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class KnownSource:
    name: str
    kind: str
    party: bool


_known: dict[str, KnownSource] | None = None


def known_sources() -> dict[str, KnownSource]:
    global _known
    if _known is None:
        data = load_yaml("sources.yaml")
        _known = {}
        for rec in data:
            ks = KnownSource(rec["name"], rec["kind"], bool(rec.get("party", rec["kind"] == "party")))
            for alias in [rec["name"], *(rec.get("aliases") or [])]:
                _known[_key(str(alias))] = ks
    return _known


def _key(text: str) -> str:
    t = re.sub(r"[\"“”'’]s?\b", "", text.lower())
    t = re.sub(r"^(?:the|a|an)\s+", "", t.strip())
    return re.sub(r"\s+", " ", t).strip(" .,")


def classify(name: str) -> str:
    for kind, pat in _KIND_WORDS:
        if pat.search(name):
            return kind
    return "anonymous" if name.islower() else "media"


@dataclass(slots=True)
class SourceContext:
    """What the article has attributed so far, for anaphora ("the NGO", "the source")."""

    history: list[Source]
    country: str | None = None  # the report's main country, for "the health ministry"

    def latest(self, kind: str | None = None, word: str | None = None) -> Source | None:
        for s in reversed(self.history):
            if kind and kind != "*" and kind != "ministry" and s.kind != kind:
                continue
            if kind == "ministry" and "ministry" not in s.name.lower():
                continue
            if word and word not in s.name.lower() and kind is None:
                continue
            return s
        return None


def _tidy(raw: str) -> str:
    s = raw.strip().strip("\"“”'’ ")
    s = re.sub(r"^(?:in a statement,?\s+|meanwhile,?\s+|but\s+|and\s+|while\s+|that\s+)", "", s, flags=re.I)
    s = re.sub(r"^(?:by|on|in|at|after|since|until|late|early)\s+(?:\w+day|\w+\s+\d{1,2}|noon|nightfall|dawn|then|now)\b,?\s*", "", s, flags=re.I)
    s = re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I)
    s = re.sub(r"\s+(?:also|later|earlier|on \w+day|today|yesterday)$", "", s, flags=re.I)
    return s.strip()


_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|not|but|denies|denied|been|be|it|its|which|who|when|asked|earlier|if|would|will|could|did|does|do)\b", re.I)
_MINISTRY = re.compile(r"^(?:(?P<adj>[A-Z][a-z]+(?:\s+State)?)(?:'s|’s)?\s+|(?:the\s+)?(?:country|territory|state|region)(?:'s|’s)\s+)?(?:(?P<a>health|defen[cs]e|interior|foreign|information)\s+ministry|ministry\s+of\s+(?P<b>health|defen[cs]e|interior|foreign\s+affairs|information)(?:\s+of\s+(?P<of>[A-Z][\w ]+?))?)$", re.I)


def _ministry(name: str, country: str | None) -> str | None:
    """'the country's Health Ministry' -> 'Ministry of Health (Somalia)'."""
    m = _MINISTRY.match(name)
    if not m:
        return None
    what = (m.group("a") or m.group("b")).lower().replace("defense", "defence")
    where = m.group("of") or None
    adj = m.group("adj")
    if not where and adj:
        from .actors import country_display
        from .places import country_terms

        cc = country_terms().get(adj.lower())
        where = country_display(cc) if cc else None
    if not where and country:
        where = country
    return f"Ministry of {what.title()}" + (f" ({where})" if where else "")


def normalise(raw: str, ctx: SourceContext, span: Span | None, rule: str) -> Source | None:
    name = _tidy(raw)
    if not name or len(name) > 90 or _NOT_SOURCE.match(name) or _VERBISH.search(name) or len(name) < 3:
        return None
    low = name.lower()
    if low in _PRONOUNS:
        prev = ctx.latest()
        return Source(prev.name, prev.kind, prev.party, span, rule + "+pronoun") if prev else None
    known = known_sources()
    k = _key(name)
    if k in known:
        ks = known[k]
        return Source(ks.name, ks.kind, ks.party, span, rule + "+dictionary")
    # the longest known alias inside the phrase ("the UK-based Syrian Observatory for Human Rights monitor")
    for alias_key in sorted((a for a in known if len(a) >= 5 and a in k), key=len, reverse=True)[:1]:
        ks = known[alias_key]
        return Source(ks.name, ks.kind, ks.party, span, rule + "+dictionary-inside")
    bare = re.sub(r"^(?:same|latest|local|new)\s+", "", low)
    if bare in _ANAPHORA:
        kind = _ANAPHORA[bare]
        prev = ctx.latest(kind) if kind else ctx.latest()
        if prev:
            return Source(prev.name, prev.kind, prev.party, span, rule + "+anaphora")
        if bare in ("source", "sources", "official", "officials", "spokesman", "governor"):
            return Source(name, classify(name), False, span, rule + "+unresolved-anaphora")
        return None
    if not any(c.isupper() for c in name) and not _KIND_WORDS[-1][1].search(name) and not re.search(r"\b(?:officials?|ministry|authorities|army|military|police|governor|spokes\w+|medics?|doctors?|rescuers?)\b", name, re.I):
        return None
    # "the Ministry of Defence" after "the Syrian Ministry of Defence": the same source
    for prev in reversed(ctx.history):
        if prev.name.lower().endswith(low) and len(low) >= 6:
            return Source(prev.name, prev.kind, prev.party, span, rule + "+same-as-earlier")
    ministry = _ministry(name, ctx.country)
    if ministry:
        mk = _key(ministry)
        if mk in known:
            ks = known[mk]
            return Source(ks.name, ks.kind, ks.party, span, rule + "+ministry")
        kind = "party" if "Defence" in ministry else "medical" if "Health" in ministry else "government"
        return Source(ministry, kind, kind == "party", span, rule + "+ministry")
    from .places import country_terms

    if low in country_terms() and not low.endswith(("n", "i", "ese", "ish")):
        # "Israel said": the state speaking
        from .actors import country_display

        return Source(f"Government of {country_display(country_terms()[low]) or name}", "government", False, span, rule + "+state")
    kind = classify(name)
    return Source(name, kind, kind == "party", span, rule + "+words")


def attribute(sentence: str, start: int, article_id: str, ctx: SourceContext) -> Source | None:
    """The source a sentence attributes its content to, if any (and remember it)."""
    found: list[tuple[int, int, str, str]] = []
    for rule, pat in (("according-to", _ACCORDING), ("quoting", _QUOTING), ("citing", _CITING), ("toll-by", _BY),
                      ("inverted", _INVERTED), ("possessive", _POSSESSIVE), ("subject-verb", _SUBJ_VERB)):
        for m in pat.finditer(sentence):
            found.append((m.start("src"), m.end("src"), m.group("src"), rule))
    for s, e, raw, rule in found:
        src = normalise(raw, ctx, Span(article_id, start + s, start + e), rule)
        if src is not None:
            ctx.history.append(src)
            return src
    return None


def source_spans(sentence: str) -> list[tuple[int, int]]:
    """Where attributions sit in a sentence (places and actors inside them are not the event's)."""
    spans = []
    for pat in (_ACCORDING, _QUOTING, _CITING, _BY, _POSSESSIVE, _INVERTED, _SUBJ_VERB):
        for m in pat.finditer(sentence):
            spans.append((m.start("src"), m.end("src")))
    return spans

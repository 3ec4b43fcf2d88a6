"""The extraction pipeline: ``extract(article) -> list[Event]``.

Stages, each a module of its own and testable alone:
clean -> segment -> recognise (numbers/tolls, dates, places, actors, attribution) -> claims
-> assemble. Heavy resources (gazetteer index, actor dictionary, compiled patterns) load once
per process in ``Resources`` and are shared read-only, so the same function runs in a loop,
in threads or in worker processes.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import ExtractionError, ReadError
from ..gazetteer.index import Gazetteer
from ..gazetteer.index import shared as shared_gazetteer
from ..model import Actor, ActorMention, Article, Event, Place, Span
from . import actors as actors_mod
from .actors import unknown_groups
from .assemble import EVERY_ACT, SOLDIERS, UNFOUGHT, UNOWNED, AssemblyContext, assemble
from .attribution import SourceContext, attribute, known_source, source_spans
from .claims import (
    _ATTACKERS_OF,
    _BLAME_CUE,
    _BY_BEFORE,
    _DENIAL,
    _FIRED_FROM_BEFORE,
    _FORCE_NOUN,
    _HALLMARKS_OF,
    _LINES_AFTER,
    _NON_STATE,
    _TARGET_BEFORE,
    NO_CLAIM,
    SentenceFacts,
    build_claim,
    carry_background,
)
from .clean import clean
from .dates import find_dates
from .numbers import find_counts
from .places import (
    capital_place,
    country_mentions,
    country_terms,
    find_candidates,
    rank_countries,
    regions,
    resolve,
)
from .segment import quote_open, segment
from .tolls import WOUNDS, find_tolls

__all__ = ["extract", "Resources", "explain_article"]

_OPENS_QUOTE = re.compile(r'^\s*[“"]')
_CLOSES_QUOTE = re.compile(r"""[,.!?]?\s*[”"]\s*,?\s+(?:[\w.'’-]+\s+){0,6}?(?:said|says|told|added|wrote|stated)\b""", re.I)

_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_BLAME_ON = re.compile(r"\b(?:blam(?:ed|es|ing)|pinned)\s+(?:[\w'’-]+\s+){0,4}on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_DEMONYM_BEFORE = re.compile(r"([A-Z][a-z]+|U\.S\.|US)(?:-led|-backed)?\s+(?:\w+\s+)?$")
# "The United States military", "South Sudanese troops", "Saudi Arabia's warplanes": a two-word state name
_STATE_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+\s+[A-Z][a-z]+)(?:['’]s?|-led|-backed)?\s+(?:[a-z][\w-]*\s+)?$")
# "Rwandan and Mozambican troops": a second demonym between a demonym and its force word
_ACCUSED_STATE = re.compile(r"\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+$", re.I)
_OF_DOING = re.compile(r"\s+(?:of|for)\s+(?:carrying\s+out|conducting|launching|staging|being\s+behind|the)\b", re.I)
_HABITUAL = re.compile(r"\b(?:often|frequently|regularly|routinely|usually|typically|commonly|have\s+(?:long\s+)?been\s+blamed|in\s+the\s+past)\b", re.I)
# "whether they were soldiers or members of the VDP": a group counted with the army's men, not the attackers
_BESIDE_SOLDIERS = re.compile(r"\b(?:soldiers|troops|servicemen|gendarmes|police(?:men)?|officers)\s+(?:or|and)\s+(?:(?:members|fighters)\s+of\s+)?(?:the\s+)?$", re.I)
# "an African Union base manned by Burundian troops", "Kenyan soldiers serving with the AU mission",
# "Chadian peacekeepers": a contributing state's troops on a peacekeeping mission are the mission
_MISSION_CUE = re.compile(r"\b(?:(?i:peacekeep\w*)|African\s+Union|AU|[Bb]lue\s+[Hh]elmets|(?:UN|United\s+Nations)\s+(?:mission|base|patrol|camp|convoy|force))\b")
_UNKNOWN_WORD = re.compile(r"(?:unidentified|unknown|masked)\b", re.I)
_BARE_COALITION = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+([Cc]oalition)\b(?!-|\s+(?:of|government|talks|partners?)\b)")
# "The United States carried out airstrikes", "Israel struck", "airstrikes carried out by Israel": a
# state as the doer of a strike is its military
_STRIKE_VERB = (r"(?:carried\s+out|launched|conducted|struck|bombed|shelled|pounded|fired\s+(?:missiles|rockets|drones|shells)|"
                r"hit|targeted)")
_STATE_STRUCK = re.compile(r"\s+(?:(?:has|have|had|then|also|later|again|on\s+\w+day)\s+){0,2}" + _STRIKE_VERB + r"\s+(?!(?:in|on|since|from)\b)", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:from|in|into|at|over|towards?|to|across|inside|of|near)\s+(?:the\s+)?$", re.I)  # "a drone launched from Yemen struck"
# "Israel's strike on", "Russia's missile attack on": a state's act, told as a noun, is its military's
# "A US F-16 shot down", "an American fighter jet": a demonym before a warplane names that state's forces
_AIRCRAFT_AFTER = re.compile(r"\s+(?:(?:F|Su|MiG|A|MQ|RQ)-\d+|fighter\s+(?:jets?|planes?|aircraft))\b")
_STATE_STRIKE_NOUN = re.compile(r"['’]s?\s+(?:(?:latest|new|overnight|deadly|massive|missile|drone|air|aerial|rocket|artillery|ground)\s+){0,2}"
                                r"(?:strikes?|airstrikes?|attacks?|assault|offensive|bombardment|shelling|raids?|bombing|barrage)\s+(?:on|against|in|of|at|targeting)\b")
_STRUCK_BY = re.compile(r"\b(?:carried\s+out|launched|conducted|struck|bombed|shelled|hit|targeted)\s+by\s+(?:the\s+)?$", re.I)
_AND_DEMONYM = re.compile(r"\s+and\s+([A-Z][\w-]+)(?=\s)")
_HEAD_WORD = re.compile(r"\b(rebels|jihadists|militants|insurgents|militiamen|militias?|paramilitar(?:y|ies)|Islamists|separatists|gunmen|terrorists)$", re.I)


def _head_word(written: str) -> str:
    """The generic head of a group's mention ("Houthi rebels" -> "rebels"), lower-case; "" if none."""
    m = _HEAD_WORD.search(written)
    return m.group(1).lower() if m else ""


@dataclass(slots=True)
class Resources:
    """What extraction reads: loaded once, shared read-only."""

    gazetteer: Gazetteer
    actors: actors_mod.ActorDictionary

    @classmethod
    def default(cls) -> Resources:
        global _default
        if _default is None:
            _default = cls(gazetteer=shared_gazetteer(), actors=actors_mod.shared())
        return _default


_default: Resources | None = None


@dataclass(slots=True)
class Trace:
    """What each stage produced, for ``sitrep explain``."""

    dropped: list[tuple[int, int, str]] = field(default_factory=list)
    dateline: str | None = None
    countries: list[str] = field(default_factory=list)
    sentences: int = 0
    claims: int = 0


# The longest body read as one report, in characters. Grouping compares each claim with the events
# already told, so the cost of a report grows with the square of its claims; a compilation of
# hundreds of stories pasted into one file is no report, and would take minutes to hours.
LONGEST_REPORT = 200_000


def extract(article: Article, *, resources: Resources | None = None, trace: Trace | None = None) -> list[Event]:
    """Read one article and return the events it reports (an empty list: no event)."""
    if len(article.body) > LONGEST_REPORT:
        raise ReadError("too_long", article_id=article.id, origin=f" ({article.origin})" if article.origin else "",
                        chars=len(article.body), limit=LONGEST_REPORT)
    res = resources or Resources.default()
    try:
        return _extract(article, res, trace)
    except ExtractionError:
        raise
    except Exception as e:  # a bug in a stage must not kill a batch: say which article
        raise ExtractionError("stage_failed", article_id=article.id, stage="extract", detail=f"{type(e).__name__}: {e}") from e


def _civil_body(written: str) -> bool:
    """Whether a name shaped like an armed group's ("Russia's Investigative Committee", "the
    International Committee of the Red Cross", "Kharkiv City Council") is a civil body the sources
    dictionary knows: it speaks about the event, it is no side in it."""
    ks = known_source(written)
    return ks is not None and ks.kind in ("government", "international", "medical", "ngo", "media")


def _extract(article: Article, res: Resources, trace: Trace | None) -> list[Event]:
    body = article.body
    aid = article.id
    year = article.published.year if article.published else None
    cleaned = clean(body)
    skip = cleaned.dateline.end if cleaned.dateline else 0
    sentences = segment(body, cleaned.paragraphs, skip=skip)
    if trace is not None:
        trace.dropped = cleaned.dropped
        trace.dateline = cleaned.dateline.place if cleaned.dateline else None
        trace.sentences = len(sentences)
    if not sentences:
        return []
    publisher = article.publisher or cleaned.source_line
    if cleaned.headline and not article.title:
        article.title = cleaned.headline

    # 1. actors and attributions over each sentence (needed to exclude names from places)
    hits_by_sentence = [res.actors.find(s.text) for s in sentences]
    _own_acronyms(body, hits_by_sentence, res)
    _coalition_anaphora(sentences, hits_by_sentence, res)
    src_spans_by_sentence = [source_spans(s.text) for s in sentences]
    # 2. place candidates, the report's countries, then readings
    candidates = []
    for s, hits in zip(sentences, hits_by_sentence, strict=True):
        excluded = [(h.start, h.end) for h in hits if any(t[0] in ("actor", "gen_actor") for t in h.targets)]
        for c in find_candidates(s.text, res.gazetteer, excluded):
            c.start += s.start
            c.end += s.start
            candidates.append(c)
    # a name one actor bears tells its country; a name several countries' branches share ("ISIS",
    # "Daesh", "Islamic State") tells the branch of the country the rest of the report gives (its
    # first branch, Syria's, is no clue in a Somali report)
    actor_cc: list[str] = []
    shared_names: list[actors_mod.Hit] = []
    for hits in hits_by_sentence:
        for h in hits:
            ccs = {res.actors.actors[int(t[1])].country or "" for t in h.targets if t[0] == "actor"}
            if len(ccs) == 1:
                actor_cc.append(next(iter(ccs)))
            elif ccs:
                shared_names.append(h)
    dateline_cc = None
    dateline_place: Place | None = None
    if cleaned.dateline:
        dl = find_candidates(cleaned.dateline.place, res.gazetteer, [])
        for c in dl:
            c.start += cleaned.dateline.place_start
            c.end += cleaned.dateline.place_start
        ranked0 = rank_countries(body, candidates, [c for c in actor_cc if c])
        dl_places = resolve(body, aid, dl, ranked0, res.gazetteer) or resolve(
            # "BOSASO -" over a report whose other names lean to Yemen ("the Gulf of Aden coast"):
            # the dateline's town stands on its own when it is sizeable and far larger than its namesakes
            body, aid, dl, rank_countries("", [], []), res.gazetteer)
        if dl_places:
            dateline_place = dl_places[0]
            dateline_cc = dl_places[0].iso2
    told_text = " ".join(s.text for s in sentences)
    if shared_names:
        told = rank_countries(told_text, candidates, [c for c in actor_cc if c], dateline_cc).ranked
        for h in shared_names:
            _n, branch, _r = res.actors.resolve(h.targets, told, year)
            actor_cc.append(branch.country or "" if branch is not None else "")
    countries = rank_countries(told_text, candidates, [c for c in actor_cc if c], dateline_cc)
    places = resolve(body, aid, candidates, countries, res.gazetteer)
    for s in sentences:
        for p in regions(s.text, aid, res.gazetteer, countries):
            if p.span:
                p.span = Span(aid, p.span.start + s.start, p.span.end + s.start)
            places.append(p)
    places = [p for p in places if p.span]
    places.sort(key=lambda p: p.span.start if p.span else 0)
    place_starts = [p.span.start for p in places if p.span]
    if trace is not None:
        trace.countries = countries.ranked
    ranked = countries.ranked

    terms = country_terms()

    peacekeepers = res.actors.find("peacekeepers")
    mission_told: list[str] = []  # a mission named by its contingent ("Burundian troops" on an AU base)
    own_army_told: list[str] = []

    def mission_of(cc: str | None, text: str) -> tuple[str, Actor] | None:
        """The peacekeeping mission of the report's country, for a foreign state's troops told on it."""
        if not ranked or not cc or cc == ranked[0] or not peacekeepers or not _MISSION_CUE.search(text):
            return None
        name, actor, _r = res.actors.resolve(peacekeepers[0].targets, ranked[:1], year)
        return (name, actor) if actor is not None and actor.kind == "external forces" else None

    def mention(h: actors_mod.Hit, offset: int, text: str, nxt: actors_mod.Hit | None = None) -> ActorMention | None:
        ctx_countries = ranked
        if actors_mod.not_a_side(res.actors, h, text):
            return None  # "supporters of the Hashed stormed", "shelled a town in the Donetsk People's Republic"
        if all(t[0] == "generic" for t in h.targets):
            # "Israeli warplanes", "Sudanese troops": the demonym before a generic word names the state
            m = _DEMONYM_BEFORE.search(text, 0, h.start)
            m2 = _STATE_NAME_BEFORE.search(text, max(0, h.start - 40), h.start)
            if m2 and m2.group(1).lower() in terms:
                ctx_countries = [terms[m2.group(1).lower()], *ranked]
            elif m and m.group(1).lower() in terms:
                ctx_countries = [terms[m.group(1).lower()], *ranked]
        name, actor, rule = res.actors.resolve(h.targets, ctx_countries, year)
        if not name:
            return None
        if ctx_countries is not ranked and rule.startswith("generic:state_forces"):
            rule += "|demonym-before"  # "U.S.-led coalition troops": that state's, wherever the event is
            if (ms := mission_of(ctx_countries[0], text)) is not None:
                (name, actor), rule = ms, rule + "|mission"
        elif actor is not None and actor.kind == "state forces" and rule == "alias" and (ms := mission_of(actor.country, text)) is not None:
            (name, actor), rule = ms, rule + "|mission"  # "an AU base manned by Ugandan troops"
        elif rule == "generic:state_forces" and mission_told and not own_army_told:
            # "... manned by Burundian troops. Waves of fighters battled the troops": the mission's men
            name, actor, rule = mission_told[0], res.actors.actors[res.actors.by_name[mission_told[0]]], rule + "|the-mission"
        if rule.endswith("|mission") and not mission_told:
            mission_told.append(name)
        elif actor is not None and actor.kind == "state forces" and ranked and actor.country == ranked[0] and not rule.startswith("generic"):
            own_army_told.append(name)  # "Somali forces": the country's own army is in the story
        of_group = None
        if nxt is not None and name.startswith("Unidentified Armed Group") and _OF_THE.fullmatch(text, h.end, nxt.start):
            # "fighters of the Tigray People's Liberation Front": the generic word is the group named after it
            nn, na, _r = res.actors.resolve(nxt.targets, ranked, year)
            if na is not None and na.kind in _NON_STATE:
                of_group = nn
        if (offset <= unclaimed_at and not of_group and rule == "generic-by-country" and actor is not None
                and actor.kind in _NON_STATE and name not in blame.groups("suspect")):
            # "Jihadists killed eight soldiers ... No claim of responsibility", the report naming no
            # group, or another one as a suspect ("believed to be from ISWAP", "officials blamed Boko
            # Haram", not a word for any armed men: "blamed jihadists"): the word alone names nobody
            name, actor, rule = res.actors.generic("unidentified_armed_group", ranked, year)
        anaphor = head_of.get(_head_word(h.written), "")
        if offset <= unclaimed_at and not of_group and name.startswith("Unidentified Armed Group") and rule.startswith("generic"):
            rule += "|unclaimed"  # "gunmen ... No group has claimed the attack": they stay unidentified
        elif ((of_group or ((anaphor or only_group) and not _UNKNOWN_WORD.match(h.written)))
              and name.startswith("Unidentified Armed Group") and rule.startswith("generic")):
            # ("unidentified gunmen": the writer says nobody knows who they were)
            # "IS jihadists killed ten ... The jihadists targeted": the word is the head the report gave
            # one group's name before, whatever other groups it names
            group = of_group or anaphor or only_group or name
            i = res.actors.by_name.get(group)
            actor = res.actors.actors[i] if i is not None else None
            name, rule = group, "generic:the-group-named-with-this-word" if group == anaphor and not of_group else "generic:the-group-the-report-names"
        kind = actor.kind if actor else ("civilians" if name.startswith("Civilians") else "protesters" if name.startswith("Protesters") else None)
        return ActorMention(name=name, written=h.written, span=Span(aid, offset + h.start, offset + h.end),
                            kind=kind, country=actor.country if actor else None, resolved=actor is not None, rule=rule)

    def resolve_party(who: str) -> str | None:
        # "six people protesting against military rule": what they protested is not whose they were
        who = _WHAT_THEY_OPPOSED.split(who, maxsplit=1)[0]
        lw = who.lower()
        if "allied" in lw or "allies" in lw:
            return "Unidentified allied armed groups"
        for h in res.actors.find(who):
            name, _actor, _rule = res.actors.resolve(h.targets, ranked, year)
            if name:
                return name
        return None

    # generic words for armed men ("jihadists", "militants", "gunmen") mean the one non-state
    # group the report names, when it names exactly one
    # ... and not only as the side attacked: a group only ever hit ("gunmen attacked a VDP post")
    # does not tell who the gunmen were
    named_groups: Counter[str] = Counter()
    acting_groups: set[str] = set()
    for s, hits in zip(sentences, hits_by_sentence, strict=True):
        if _HABITUAL.search(s.text):
            continue  # "armed gangs known as bandits often target schools": who does such things, not who did this
        for h in hits:
            if any(t[0] == "actor" for t in h.targets):
                nm, act, _r = res.actors.resolve(h.targets, ranked, year)
                if act is not None and act.kind in _NON_STATE:
                    named_groups[nm] += 1
                    if not _shown_hit(s.text, h.start) and not _BESIDE_SOLDIERS.search(s.text, 0, h.start):
                        acting_groups.add(nm)
    only_group = next(iter(named_groups)) if len(named_groups) == 1 and set(named_groups) <= acting_groups else None
    # "Houthi rebels ... the rebels", "Islamic State group jihadists ... the jihadists": a generic head
    # word a group's name came with, when it came with one group's name only
    heads: dict[str, set[str]] = {}
    for hits in hits_by_sentence:
        for h in hits:
            if any(t[0] == "actor" for t in h.targets) and (w := _head_word(h.written)):
                nm, act, _r = res.actors.resolve(h.targets, ranked, year)
                if act is not None and act.kind in _NON_STATE and res.actors.find(w) and all(
                        t[0] in ("generic", "gen_actor") for t in res.actors.find(w)[0].targets):
                    heads.setdefault(w, set()).add(nm)
    head_of = {w: next(iter(g)) for w, g in heads.items() if len(g) == 1}
    # the report's blame facts, read once: who is only blamed or suspected, who denied, who did it
    blame = _read_blame(sentences, hits_by_sentence, res, ranked, year)
    # "... No group has claimed the attack": the generic words up to that sentence stay
    # unidentified, unless a group was named before it, not as a suspect or a denier ("IS
    # jihadists killed 13 police ... no immediate claim of responsibility")
    first = blame.no_claim[0] if blame.no_claim else -1
    unclaimed_at = sentences[first].start if first >= 0 and not any(blame.told[:first]) else -1

    # 3. claims, sentence by sentence
    ctx = SourceContext(history=[], country=actors_mod.country_display(ranked[0]) if ranked else None, actors=res.actors)
    voices = [attribute(s.text, s.start, aid, ctx, hits) for s, hits in zip(sentences, hits_by_sentence, strict=True)]
    for i in range(len(sentences) - 1):
        # '"We struck their base near Jilib. Forty fighters were killed," the command said.': a
        # quote cut in two sentences is told by the speaker named after its end
        t = sentences[i].text
        if voices[i] is None and _OPENS_QUOTE.match(t) and quote_open(t) \
                and _CLOSES_QUOTE.search(sentences[i + 1].text) and not _OPENS_QUOTE.match(sentences[i + 1].text):
            voices[i] = voices[i + 1]
    claims = []
    # places told in sentences that carry no event words ("Ngarbuh is a hamlet in Donga-Mantung
    # division", "Helicopters carried the commandos into the Bari region"): they can only refine
    # where an event already told happened (assemble._refined)
    idle: list[tuple[int, Place]] = []
    body_mentions = country_mentions(body)  # (one pass over the text, sliced by sentence below)
    wounds = [WOUNDS.search(s.text) is not None for s in sentences]  # a body's wounds, told in a sentence or the next
    for i, s in enumerate(sentences):
        hs = hits_by_sentence[i]
        acts = [m for j, h in enumerate(hs) if (m := mention(h, s.start, s.text, hs[j + 1] if j + 1 < len(hs) else None)) is not None]
        for a, b, written in unknown_groups(s.text, [(h.start, h.end) for h in hits_by_sentence[i]]):
            if _civil_body(written):
                continue
            acts.append(ActorMention(name=written, written=written, span=Span(aid, s.start + a, s.start + b),
                                     kind="unresolved", country=ranked[0] if ranked else None, resolved=False,
                                     rule="unknown-group:kept-as-written"))
        acts.sort(key=lambda m: m.span.start)
        dem = []
        end = s.start + len(s.text)
        in_sentence = [(a - s.start, b - s.start, cc, n) for a, b, cc, n in body_mentions if s.start <= a and b <= end] if (
            body[s.start:end] == s.text) else country_mentions(s.text)
        for a, b, cc, is_name in in_sentence:
            # "a Russian missile strike", "Israeli jets": a demonym before a means of attack
            if any(m.span.start <= s.start + a < m.span.end for m in acts):
                continue
            if _AIRCRAFT_AFTER.match(s.text, b):
                pass  # ("an F-16", "a fighter jet": the state's air force)
            elif is_name and not (_ACCUSED_STATE.search(s.text, 0, a) and _OF_DOING.match(s.text, b)) and not (
                    _STATE_STRUCK.match(s.text, b) and not _PLACE_BEFORE.search(s.text, 0, a)) and not _STATE_STRIKE_NOUN.match(s.text, b) and not (
                    _STRUCK_BY.search(s.text, 0, a)):
                continue  # ("accused Turkey of carrying out the attack": the state's forces, as the suspect)
            elif not is_name and not _FORCE_NOUN.match(s.text[b:b + 40]) and not (_FIRED_FROM_BEFORE.search(s.text, 0, a) and _LINES_AFTER.match(s.text, b)) and not (
                    _STATE_STRUCK.match(s.text, b) and not _PLACE_BEFORE.search(s.text, 0, a)) and not (
                    (j := _AND_DEMONYM.match(s.text, b)) and j.group(1).lower() in terms and _FORCE_NOUN.match(s.text[j.end():j.end() + 40])):
                continue  # ("Rwandan and Mozambican troops": the first demonym shares the force word)
            name, actor, rule = res.actors.generic("state_forces", [cc], year)
            if (ms := mission_of(cc, s.text)) is not None:
                (name, actor), rule = ms, rule + "|mission"
            dem.append(ActorMention(name=name, written=s.text[a:b], span=Span(aid, s.start + a, s.start + b),
                                    kind=actor.kind if actor is not None else "state forces", country=actor.country if actor is not None else cc,
                                    resolved=actor is not None, rule="demonym:" + rule))
        _air_of_the_state_named(acts, dem, ranked)
        lo = bisect.bisect_left(place_starts, s.start)
        hi = bisect.bisect_left(place_starts, s.end)
        sent_places = places[lo:hi]
        for p in sent_places:
            if any(s.start + a <= p.span.start < s.start + b for a, b in src_spans_by_sentence[i]) and "+in-source" not in p.rule:  # type: ignore[union-attr]
                p.rule += "+in-source"  # "residents of Bama said": a place, but less the event's
        counts = find_counts(s.text)
        facts = SentenceFacts(
            sentence=s, actors=acts, demonym_actors=dem, places=sent_places,
            dates=find_dates(s.text, article.published),
            tolls=find_tolls(s.text, counts, wounds_told=any(wounds[i:i + 2])),
            source=voices[i], source_spans=src_spans_by_sentence[i],
        )
        claim = build_claim(facts, aid, article.published, resolve_party)
        if claim is not None:
            claims.append(claim)
        else:
            idle.extend((i, p) for p in sent_places if "+in-source" not in p.rule)
    carry_background(claims)
    _unproven_suspects(claims, blame, res, ranked, year)
    _group_of_the_past(claims, sentences, hits_by_sentence, blame, res, ranked, year)
    if trace is not None:
        trace.claims = len(claims)

    primary = ranked[0] if ranked else None
    fallback = dateline_place
    if fallback is None and primary:
        iso3, cname, _ = res.gazetteer.countries.get(primary, (None, None, None))
        fallback = Place(written=cname or primary, span=None, name=None, country=actors_mod.country_display(primary),
                         iso2=primary, iso3=iso3, feature="country", precision=3, rule="country-context")

    def is_state(name: str) -> bool:
        i = res.actors.by_name.get(name)
        return (i is not None and res.actors.actors[i].kind == "state forces") or name.startswith(("Military Forces of", "Police Forces of"))

    def by_country(category: str, cc: str | None) -> str:
        """The generic actor of ``category`` ("civilians", "state_forces") of the event's country."""
        return res.actors.generic(category, [cc, *ranked] if cc else ranked, year)[0]

    unowned = [k for k, s in enumerate(sentences) if UNOWNED.search(s.text)]
    actx = AssemblyContext(
        article_id=aid, published=article.published, publisher=publisher,
        civilians_label=functools.partial(by_country, "civilians"),
        is_state=is_state, fallback_place=fallback, idle_places=idle,
        unowned=unowned,
        unowned_all=[k for k in unowned if EVERY_ACT.search(sentences[k].text)],
        unfought=[k for k, s in enumerate(sentences) if UNFOUGHT.search(s.text)],
        army_label=functools.partial(by_country, "state_forces"),
        police_label=functools.partial(by_country, "police"),
        government_label=functools.partial(by_country, "government"),
        capital_place=functools.partial(capital_place, res.gazetteer),
        soldiers_named=any(SOLDIERS.search(s.text) for s in sentences),
    )
    return assemble(claims, actx)


# the blame convention (docs/gold-format.md): "suspected X fighters", "officials blamed X", "bore the
# hallmarks of X", "an attack blamed on X"
_SUSPECT_BEFORE = re.compile(r"\b(?:suspected|alleged|presumed)\s+(?:[\w'’-]+\s+){0,2}$|\b" + _HALLMARKS_OF + r"\s+(?:the\s+)?$|"
                             # "the assailants, believed to be from ISWAP", "presumed to have been members of IS"
                             r"\b(?:believed|thought|suspected|presumed)\s+to\s+(?:be|have\s+been)\s+(?:from\s+|members\s+of\s+|part\s+of\s+|with\s+)?(?:the\s+)?$|"
                             # "pinned the bombing on the YPG", "attributing the attack to IS cells", "which the army
                             # attributed to JNIM": the act laid at a group's door by someone else
                             r"\b(?:blam(?:ed|es|ing)|pin(?:ned|s)?|attribut(?:ed|es|ing))\s+(?:(?:the|this|that|its|it|them|[\w'’-]+)\s+){0,3}?(?:on|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$|"
                             # "locals believe the Arakan Army", "police suspect IS", "the work of Daesh sleeper cells"
                             r"\b(?:believes?|believed|suspects?|thinks?|allege[sd]?)\s+(?:that\s+)?(?:the\s+)?$|\b(?:work|handiwork)\s+of\s+(?:the\s+)?$", re.I)
# "X was behind the blast", "held X responsible", "the Houthis are responsible for this crime": the act
# laid at the group's door (by a speaker; the report's own telling names the act, not who is behind it)
_SUSPECT_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:,[^,]{0,90},\s*)?(?:[\w'’-]+\s+){0,3}?(?:(?:had|has|have)\s+been\s+|(?:was|were|is|are)\s+)?"
                            r"(?:(?:likely|probably|also)\s+)?(?:behind|responsible\s+for|to\s+blame)\b", re.I)
# "the army said Hamas fighters had planted the bombs": a speaker's word that a group did the act
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|alleged|insisted|maintained|told\s+(?:[\w'’-]+\s+){1,2}?)\s*(?:,\s*)?(?:that\s+)?(?:the\s+)?$", re.I)
_DID_AFTER = re.compile(r"(?:\s+(?:[\w'’-]+)){0,2}?\s+(?:had\s+|have\s+|has\s+)?(?:planted|detonated|placed|set\s+off|carried\s+out|staged|launched|mounted|"
                        r"fired|attacked|ambushed|stormed|raided|killed|shot|targeted|struck|bombed|shelled|abducted|kidnapped|executed|massacred|torched)\b", re.I)
# "the Houthis, who have not claimed the attack", "the RSF did not claim it", "Hamas praised the attack
# but did not say it was behind it", "stopped short of claiming it": the group named owns nothing
_NOT_CLAIMED = re.compile(r"\b(?:ha(?:ve|s|d)|did|does|do)\s+not\s+(?:yet\s+|so\s+far\s+)?claim(?:ed)?\b|"
                          r"\b(?:did|does|do)\s+not\s+say\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had|has|have)\s+(?:been\s+)?"
                          r"(?:behind|carried|organi[sz]ed|staged|responsible)\b|\bstopped\s+short\s+of\s+(?:claiming|saying)\b", re.I)
# "though Hamas praised the shooting", "Islamic Jihad hailed the attack": praise, which owns no act
_PRAISED_AFTER = re.compile(r"\s*(?:,[^,]{0,80},\s*)?(?:[\w'’-]+\s+){0,3}?(?:praised|hailed|welcomed|celebrated|applauded|lauded)\b", re.I)
# "IS claimed responsibility", "JNIM claimed the ambush", "the group said its fighters": the doer's own word
_CLAIM_OF = re.compile(r"^[^.;]{0,80}?\b(?:claimed|claims|claiming|took|has\s+taken|have\s+taken)\s+(?:\w+\s+){0,2}?(?:responsibility|credit)\b|"
                       r"^[^.;]{0,80}?\bclaimed\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast|ambush|raid|strike|killings?|kidnapping|abduction|assault|shelling)s?\b|"
                       r"^[^.;]{0,40}?\b(?:said|says)\s+(?:that\s+)?(?:its|their)\s+(?:fighters|men|forces|militants|members|units)\b", re.I)
# "the shell was fired from M23 positions", "carried out from positions held by X", "whom they
# identified as fighters of X", "men in RSF uniforms": the report, or a witness, says who did it
_DOER_BEFORE = re.compile(r"\b(?:fired|launched|carried\s+out|came|come)\s+from\s+[^.;,]{0,60}$|"
                          r"\b(?:identified|described)\s+(?:them\s+|him\s+)?as\s+(?:(?:fighters|members|militants)\s+of\s+)?(?:the\s+)?$|"
                          r"\bsaid\s+they\s+were\s+(?:from\s+|with\s+)?(?:the\s+)?$", re.I)
_DOER_AFTER = re.compile(r"\s*(?:uniforms?|fatigues)\b", re.I)
# "herders' groups have in the past denied such accusations": what a group says of such attacks
_DENIED_BEFORE = re.compile(r"\b(?:previously|in\s+the\s+past|repeatedly|routinely|such)\b", re.I)
# "The following day, gunmen attacked worshippers ...": another event told after the no-claim line
_NEXT_EVENT = re.compile(r"^\W*(?:the\s+(?:following|next)\s+day|separately|meanwhile|in\s+a\s+separate|later|earlier)\b", re.I)
# "In June 2022, hundreds were killed ...; the government blamed the OLA": a blame of an earlier event
_EARLIER_OPEN = re.compile(r"^\W*(?:in|since|last)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December|\d{4}|year|month)\b", re.I)
# "denied targeting civilians": the act owned, its aim denied
_AIM_DENIED = re.compile(r"\bden(?:ied|ies|y)\s+(?:that\s+[^.;]{0,40}?)?target\w*\s+civilians\b", re.I)


# a state's own forces, at home or abroad
_STATE = frozenset(("state forces", "external forces"))
_BLAMABLE = frozenset(_NON_STATE) | _STATE


# how far before a name the patterns that end at it ("suspected ... $") may start: far more than any
# of them spans, and it keeps a sentence of thousands of names from costing its length squared
_BEFORE_WINDOW = 400


_WHAT_THEY_OPPOSED = re.compile(r"\s(?:protesting|demonstrating|rallying|marching|against|opposed\s+to|calling\s+for|demanding)\b", re.I)


def _suspected_at(text: str, start: int, end: int) -> bool:
    """Whether the group named at ``text[start:end]`` is told only as suspected, blamed or said by
    someone to have done the act ("officials blamed X", "suspected X fighters", "held X responsible",
    "X was behind the blast", "the army said X fighters had planted the bomb")."""
    w = max(0, start - _BEFORE_WINDOW)
    return bool(_SUSPECT_BEFORE.search(text, w, start) or _ATTACKERS_OF.search(text, w, start) or _SUSPECT_AFTER.match(text, end)
                or (_SAID_BEFORE.search(text, w, start) and _DID_AFTER.match(text, end)))


def _denial_at(text: str, at: int = 0) -> re.Match[str] | None:
    """Where the sentence (from ``at``) says a group denied the act ("the M23 denied it"; not
    "denied targeting civilians", nor "have in the past denied such accusations"), or None."""
    d = _DENIAL.search(text, at)
    return d if d is not None and not _AIM_DENIED.search(text, d.start()) and not _DENIED_BEFORE.search(text) else None


def _denies(text: str, at: int = 0) -> bool:
    """Whether the sentence (from ``at``) says a group denied the act (see ``_denial_at``)."""
    return _denial_at(text, at) is not None


# "accused the junta of relying on mercenaries": the accusation is of something else than the act
_NOT_THE_ACT = re.compile(r"[^.;]{0,40}?\bof\s+(?!(?:carrying|attacking|bombing|shelling|striking|targeting|firing|killing|launching|"
                          r"being\s+behind|(?:the|an?|this)\s+(?:attack|strike|bombing|shelling|raid))\b)\w+ing\b", re.I)
# the denier named just before its denial ("The coalition denied", "Russia, which denies", "the army has denied")
_DENIER_GAP = re.compile(r"[\s,]*(?:(?:which|who|that|but|has|have|had|also|again|swiftly|quickly|later|strongly|flatly|itself|in\s+a\s+statement)[\s,]+){0,3}$", re.I)


def _state_denies(nm: str, k: int, after: int, sentences: list, hits_by_sentence: list[list[actors_mod.Hit]], res: Resources,
                  ranked: list[str], year: int | None) -> bool:
    """Whether the state force ``nm``, named in sentence ``k``, itself denies the act there (after
    ``after``) or in one of the next two sentences ("... blamed the coalition. The coalition denied
    carrying out any raid"); another side's denial ("The M23 denied responsibility") is not its."""
    for j in (k, k + 1, k + 2):
        if j >= len(sentences) or (d := _denial_at(sentences[j].text, after if j == k else 0)) is None:
            continue
        text = sentences[j].text
        for h in hits_by_sentence[j]:
            # ("A spokesman for the coalition, Brig. Gen. Ahmed Asiri, denied that ...")
            if (j != k or (h.start >= after and _DENIER_GAP.match(text[h.end:d.start()]))) and h.end <= d.start():
                if res.actors.resolve(h.targets, ranked, year)[0] == nm:
                    return True
        if j == k and _DENIER_GAP.match(text[after:d.start()]):
            return True  # "the coalition, which denied it"
    return False


# "no party said it had carried out the strike": nobody, a state included, owned the act
_NOBODY_OWNED = re.compile(r"\bno\s+(?:party|side|one|country|state)\s+(?:has\s+|had\s+)?(?:said|admitted|acknowledged)\s+(?:that\s+)?it\s+(?:had\s+|has\s+)?"
                           r"(?:carried\s+out|conducted|launched|been\s+behind|was\s+behind)\b", re.I)


def _nobody_owned(k: int, after: int, sentences: list) -> bool:
    """Whether sentence ``k`` (after ``after``) or one of the next three says no party owned the act
    ("Activists blamed Russian jets. ... no party said it had carried out the strike"): a state only
    blamed is then no doer (docs/gold-format.md). A state's mere silence ("There was no comment from
    Ankara") is neither a denial nor a word that nobody owned the act: the blamed state stays."""
    return any(_NOBODY_OWNED.search(sentences[j].text, after if j == k else 0) for j in range(k, min(k + 4, len(sentences))))


@dataclass(slots=True)
class _Blame:
    """The report's blame facts (docs/gold-format.md), read once before its mentions resolve."""

    no_claim: list[int]  # sentences saying nobody claimed the act ("No group has claimed", "who have not claimed it")
    told: list[bool] = field(default_factory=list)  # names a group, not as a suspect or a denier (nor "gangs often attack")
    # (sentence, group, "suspect" | "suspect word" | "unclaimed" | "denied" | "doer"); a "suspect word" is one for
    # any armed men ("blamed jihadists"), read as the group of the country
    said: list[tuple[int, str, str]] = field(default_factory=list)

    def groups(self, *roles: str, skip: set[int] | None = None) -> set[str]:
        return {g for k, g, r in self.said if r in roles and not (skip and k in skip)}


def _read_blame(sentences: list, hits_by_sentence: list[list[actors_mod.Hit]], res: Resources,
                ranked: list[str], year: int | None) -> _Blame:
    f = _Blame([k for k, s in enumerate(sentences) if NO_CLAIM.search(s.text) or _NOT_CLAIMED.search(s.text)])
    denies = [_denies(s.text) for s in sentences] + [False]
    for k, (s, hits) in enumerate(zip(sentences, hits_by_sentence, strict=True)):
        named, unproven = set(), set()
        denied_next = denies[k + 1] and bool(_BLAME_CUE.search(s.text))  # "Police blamed X. Its leader denied the accusation."
        if _EARLIER_OPEN.match(s.text):
            hits = []  # "In June 2022, ... the government blamed the OLA": another, earlier event
        cue = _BLAME_CUE.search(s.text)  # (the first blame word: one before a name blames it)
        for h in hits:
            nm, act, _r = res.actors.resolve(h.targets, ranked, year)
            if not (nm and act is not None and act.kind in _BLAMABLE and any(t[0] in ("actor", "gen_actor") for t in h.targets)):
                continue
            if act.kind in _STATE:
                # "Al Masirah blamed coalition air strikes. The coalition denied it": a state's forces,
                # only blamed and denying it themselves, are no doer either (a state claims nothing)
                if (((cue is not None and cue.end() <= h.start) or _suspected_at(s.text, h.start, h.end)) and not _NOT_THE_ACT.match(s.text, h.end)
                        and (_state_denies(nm, k, h.end, sentences, hits_by_sentence, res, ranked, year) or _nobody_owned(k, h.end, sentences))):
                    f.said += [(k, nm, "suspect"), (k, nm, "denied")]
                continue
            if h.targets[0][0] == "actor":
                named.add(nm)  # (a name of its own, not a word for any armed men)
            if _DOER_BEFORE.search(s.text, max(0, h.start - _BEFORE_WINDOW), h.start) or _DOER_AFTER.match(s.text, h.end):
                f.said.append((k, nm, "doer"))
            elif (cue is not None and cue.end() <= h.start) or _suspected_at(s.text, h.start, h.end):
                f.said.append((k, nm, "suspect word" if any(t[0] == "generic" for t in h.targets) else "suspect"))
                unproven.add(nm)
                if f.no_claim and (f.no_claim[-1] >= k or not _NEXT_EVENT.match(s.text)):
                    f.said.append((k, nm, "unclaimed"))  # (not "The following day, ..." after the no-claim line)
                if denied_next or _denies(s.text, h.end):
                    f.said.append((k, nm, "denied"))  # "the army blamed the M23, which denied firing on the camp"
            elif denies[k] or denied_next:
                f.said.append((k, nm, "denied"))
                unproven.add(nm)
            elif _CLAIM_OF.match(s.text, h.end) and k not in f.no_claim:
                f.said.append((k, nm, "doer"))  # "Al-Shabaab claimed responsibility"
            elif k in f.no_claim and ((m := _NOT_CLAIMED.search(s.text, h.end)) is not None and not any(
                    h.end <= o.start < m.start() for o in hits) or _PRAISED_AFTER.match(s.text, h.end)):
                # "Hamas praised the attack but did not say it was behind it", "No faction claimed it,
                # though Hamas praised the shooting": the group that owned nothing is no doer
                f.said.append((k, nm, "unclaimed"))
        f.told.append(bool(named - unproven) and not _HABITUAL.search(s.text))
    return f


def _relabel(m: ActorMention, name: str, actor: Actor | None) -> None:
    """The mention read as ``name`` (a generic label), with that dictionary actor's kind and country."""
    m.name, m.kind, m.country, m.resolved = name, actor.kind if actor else None, actor.country if actor else None, actor is not None


def _unproven_suspects(claims: list, blame: _Blame, res: Resources, ranked: list[str], year: int | None) -> None:
    """The blame convention (docs/gold-format.md): a group only blamed or suspected ("officials
    blamed X", "suspected X fighters", "bore the hallmarks of X") is no doer while the report says
    nobody claimed the act or the group denied it; its mentions read as the unidentified armed group.
    A group that claimed the act, or that the report itself has doing it, stays."""
    told_before = {c.sentence for c in claims if c.background and c.background not in ("blame statement", "denial", "statement")}
    suspect, unclaimed, denied, doer = (blame.groups(*r, skip=told_before) for r in (("suspect", "suspect word"), ("unclaimed",), ("denied",), ("doer",)))
    for c in claims:
        a = c.initiator
        if (a is not None and not c.background and a.kind in _NON_STATE and not a.rule.startswith(("generic", "demonym"))
                and not a.rule.endswith("|blamed") and not _suspected_at(c.text, a.span.start - c.span.start, a.span.end - c.span.start)):
            doer.add(a.name)  # "Islamic State fighters attacked the post": the report's own word
    unproven = (unclaimed | (suspect & denied)) - doer
    if not unproven:
        return
    name, actor, _rule = res.actors.generic("unidentified_armed_group", ranked, year)
    if not name:
        return
    seen: set[int] = set()
    for c in claims:
        for m in (*c.actors, c.initiator):
            if m is None or id(m) in seen or m.name not in unproven or (m is c.target and m is not c.initiator):
                continue  # the suspect, not the same group told as the side hit or a party to a deal
            seen.add(id(m))
            uname, uactor = name, actor
            if m.country and m.country in ranked and m.country != ranked[0] and m.kind not in _STATE:
                # "Turkey's defence ministry blamed the YPG": the suspect's own country, where the
                # speaker's ranks first (a country the report names, never one from elsewhere); a
                # state's forces blamed abroad are the unidentified group of the event's country
                uname, uactor, _r = res.actors.generic("unidentified_armed_group", [m.country, *ranked], year)
                if not uname:
                    uname, uactor = name, actor
            _relabel(m, uname, uactor)
            if not m.rule.endswith("|blamed"):
                m.rule += "|unclaimed"  # "suspected IS fighters ambushed a patrol ... no claim"


# a group owning the act after an aside on its past ("JNIM, an alliance formed in March, claimed responsibility")
_OWNS_THE_ACT = re.compile(r"[^.;]{0,160}?\b(?:(?:claimed|claiming|took|admitted)\s+(?:\w+\s+){0,2}?(?:responsibility|credit)|claimed\s+(?:the|its)\s+"
                           r"(?:attack|bombing|assault|raid|ambush|killings?)|(?:said|says)\s+(?:that\s+)?(?:it|its\s+fighters|its\s+men)\s+(?:had\s+)?"
                           r"(?:carried\s+out|was\s+behind|staged|conducted|launched)\b)", re.I)
# what a claim's background says of when its sentence happened: another time than the event's
_PAST_BACKGROUND = frozenset({"anniversary", "background", "cumulative toll", "earlier period", "earlier year",
                              "findings", "trial", "tally of violations"})


def _group_of_the_past(claims: list, sentences: list, hits_by_sentence: list[list[actors_mod.Hit]], blame: _Blame, res: Resources,
                       ranked: list[str], year: int | None) -> None:
    """"Gunmen opened fire on the congregation ... In the northeast, the insurgency led by Boko Haram
    has killed more than 20,000 people since 2009": the one group a report names, named only in
    sentences about another time (an earlier year, a war's tally, a trial), does not tell who this
    event's armed men were; they stay unidentified."""
    guessed = [m for c in claims for m in c.actors if m.rule.startswith("generic:the-group-the-report-names")]
    if not guessed:
        return
    past = {c.sentence for c in claims if c.background in _PAST_BACKGROUND}
    now = {c.sentence for c in claims if c.background not in _PAST_BACKGROUND}
    groups = {m.name for m in guessed}
    told_now = blame.groups("doer")  # ("JNIM, an alliance formed in March, claimed responsibility")
    for i, hits in enumerate(hits_by_sentence):
        then = i in past and i not in now  # (a sentence with no claim is now: nothing says it was another time)
        for h in hits:
            if not any(t[0] == "actor" for t in h.targets) or (then and not _OWNS_THE_ACT.match(sentences[i].text, h.end)):
                continue  # ("Al Shabaab, the group that has fought for years to topple the government, said it carried out the attack")
            nm, _act, _r = res.actors.resolve(h.targets, ranked, year)
            if nm in groups:
                told_now.add(nm)
    stale = groups - told_now
    if not stale:
        return
    name, actor, _rule = res.actors.generic("unidentified_armed_group", ranked, year)
    if not name:
        return
    for m in guessed:
        if m.name in stale:
            _relabel(m, name, actor)
            m.rule = "generic|group-only-of-the-past"


def _own_acronyms(text: str, hits_by_sentence: list[list[actors_mod.Hit]], res: Resources) -> None:
    """An abbreviation the report defines as another body's name ("the Social Democratic Front
    (SDF)") means that body wherever the report writes it: its actor, or none."""
    own = res.actors.own_acronyms(text)
    if not own:
        return
    for hits in hits_by_sentence:
        hits[:] = [h if h.written not in own else actors_mod.Hit(h.start, h.end, h.written, own[h.written])
                   for h in hits if h.written not in own or own[h.written]]


def _coalition_anaphora(sentences: list, hits_by_sentence: list[list[actors_mod.Hit]], res: Resources) -> None:
    """"A Saudi-led coalition airstrike ... Also on Friday, a coalition airstrike hit Hodeida": a
    bare "the coalition" or "a coalition strike" is the one coalition the report has named."""
    named = {t for hits in hits_by_sentence for h in hits if "coalition" in h.written.lower()
             for t in h.targets[:1] if t[0] == "actor"}
    if len(named) != 1:
        return
    target = next(iter(named))
    for s, hits in zip(sentences, hits_by_sentence, strict=True):
        for m in _BARE_COALITION.finditer(s.text):
            a, b = m.start(1), m.end(1)
            if any(h.start < b and a < h.end for h in hits):
                continue
            hits.append(actors_mod.Hit(start=a, end=b, written=m.group(1), targets=(target,)))
        hits.sort(key=lambda h: h.start)


_AIR_WORDS = re.compile(r"\b(?:warplanes|fighter\s+jets|military\s+aircraft|air\s+force)$", re.I)


def _air_of_the_state_named(acts: list[ActorMention], dem: list[ActorMention], ranked: list[str]) -> None:
    """"The Israeli army said dozens of aircraft, including fighter jets, struck Hodeidah": air means
    with no demonym of their own, in a sentence that names the forces of one foreign state only,
    are that state's, not the army of the country the strike hit."""
    told = [a for a in (*acts, *dem) if a.kind == "state forces" and a.country
            and (not a.rule.startswith("generic:state_forces") or "demonym-before" in a.rule)]
    states = {a.country for a in told}
    if len(states) != 1:
        return
    for a in acts:
        if a.rule == "generic:state_forces" and _AIR_WORDS.search(a.written):
            a.name, a.country, a.resolved = told[0].name, told[0].country, told[0].resolved
            a.rule += "|air-of-the-state-named"


def _shown_hit(text: str, start: int) -> bool:
    """Whether the group named at ``text[start:]`` is told as the side attacked ("gunmen attacked a
    VDP post", "an ambush on JNIM fighters"), not blamed for it ("blamed the attack on herders")."""
    before = text[max(0, start - 60):start]
    return bool(_TARGET_BEFORE.search(before)) and not _BLAME_ON.search(before) and not _BY_BEFORE.search(before)


def explain_article(article: Article, *, resources: Resources | None = None) -> tuple[list[Event], Trace]:
    trace = Trace()
    return extract(article, resources=resources, trace=trace), trace


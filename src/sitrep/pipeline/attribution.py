"""Attribution: who says so. Every claim carries its source, kind, and whether it is a party.

Patterns, in the order tried on each sentence:
``according to X`` / ``X said|reported|told AFP|noted|added ...`` / ``..., said X`` /
``citing X`` / ``X's latest toll`` / ``a toll released by X`` / ``a resident who fled ... said``.
Coordinated voices ("the army and residents said") are each a source; unnamed voices take the
name a coder records ("a doctor" -> medical sources); national services resolve by role and
country ("Israeli medics" -> Magen David Adom; "Civil Defence" -> the report's country's). Anaphora ("the NGO", "the
Observatory", "the source", "these sources", "the ministry") resolve to the latest source of
the article that fits. Known sources (``resources/sources.yaml``) get their canonical name and
kind; others are kept as written and classified by their words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..gazetteer.index import shared as shared_gazetteer
from ..model import Source, Span
from ..resources import load_yaml
from .actors import shared
from .places import country_terms

if TYPE_CHECKING:
    from .actors import ActorDictionary, Hit

_POSSESSIVE_S = re.compile(r"['’]s\b")  # "Wagner's": the possessive after a name
# verbs of speech: the speaker before them ("the ministry said") or after them ("..., said the ministry")
_SPEECH_VERBS = (
    r"said|says|say|reported|reports|told|stated|noted|notes|added|adds|announced|announces|confirmed|confirms|"
    r"claimed|claims|indicated|indicates|estimated|estimates|wrote|posted|declared|explained|insisted|alleged|"
    r"warned|quoted|cited|counted|documented|recorded"
)
# and the verbs that only follow their subject ("the army blamed the group", "the ministry put the
# toll at 23"): never an inverted "..., blamed X"
_VERBS_SV = (
    _SPEECH_VERBS
    + r"|put (?:the|its|their) (?:death |own )?(?:toll|number|turnout|crowd|losses|casualties)|described|(?:gave|given) (?:a|an|the)(?: \w+){0,2} (?:toll|figure|count|tally|account|version)|released(?! (?:him|her|them|unharmed)\b)|published|denied|denies|accused"
    + r"|(?:rejected|rejects|dismissed|dismisses) (?:the|these|those|such|all|any|its|their) (?:\w+ )?(?:accusations?|allegations?|claims?|charges?|reports?|findings|account)"
    + r"|blamed|blames|admitted|acknowledged|spoke of|spoken of|speaks of|condemned|condemns|(?:raised|revised|updated|lowered) (?:the|its) (?:death )?(?:toll|figure|count)"
    + r"|(?:shared|posted) (?:an? )?(?:photos?|images?|videos?|footage|pictures?)"
    + r"|pinned (?:the|its|their) (?:\w+ )?(?:attacks?|blame|bombings?|blasts?|killings?|explosions?|ambush|assault|responsibility) on"  # "the ministry pinned the attack on the YPG"
    + r"|mourned (?:\w+ )?(?:of )?(?:its|their) (?:own )?(?:\w+ )?(?:fighters|members|men|commanders?|militants|soldiers|troops|officers|cadres)"  # "Hezbollah mourned two of its fighters"
    + r"|listed (?:the )?names"
    # "Medics identified the girl as Alaa Qaddoum", "police named the dead as two brothers": who says who the dead were
    + r"|(?:identified|named) (?:the|one|two|both|all|some) (?:\w+ ){0,3}?(?:as)(?= [A-Z\d]| (?:a|an|two|three|four|five|six|seven|eight|nine|ten)\b)"  # "the resistance committee has listed the names of 62 people killed"
    # a body naming the deed ("the Security Media Cell called it a terrorist act", "the ministry branded the strike a war crime")
    + r"|(?:called|calls|branded|brands|labell?ed|termed|dubbed) (?:it|this|them|the (?:\w+ )?(?:attacks?|bombings?|blasts?|strikes?|killings?|explosions?|shootings?|raids?|incidents?|assault|massacre|arrests?|shelling)) (?:a|an)(?= )"
)
# a short name or gloss in brackets after a name: "Magen David Adom (MDA) ambulance service", "the Tatmadaw (Myanmar military) True News team"
_GLOSS = r"\s+\([A-Z][\w\-/]{1,12}(?:\s+[\w\-]+){0,3}\)"
_PAREN = rf"(?:{_GLOSS})?"
_ACCORDING = re.compile(r"\baccording to\s+(?:a\s+(?:new|latest|fresh)\s+\w+\s+(?:by|from)\s+)?(?:the\s+)?(?P<src>[^,;:.()\"“”]{2,100}?)(?=\s*(?:[,;:.()\"“”]|$|\s+(?:that|who|which|on|in|as|after|while|when)\b))", re.I)
_CITING = re.compile(r"\bciting\s+(?:the\s+)?(?P<src>[^,;:.()\"“”]{2,80}?)(?=\s*(?:[,;:.()\"“”]|$|\s+(?:that|who|which|as|on)\b))", re.I)
# a manner adverb between a speaker and its verb ("the ministry strongly condemned", "the army flatly denied"); not a
# noun in -ly ("the family said", "the assembly said")
_MANNER = r"(?:(?-i:(?!(?:family|ally|rally|assembly|supply|anomaly|belly|bully|folly|monopoly|homily|Italy)\b)[a-z]{2,}ly)\s+)?"
_SUBJ_VERB = re.compile(
    rf"(?:^|[.,;:”\"]\s*|\s[-–—]\s+|\bthat\s+|\bwhile\s+|\bbut\s+|\band\s+|\bIn a statement,?\s+|\bmeanwhile,?\s+)(?P<src>(?:[\w'’\-.\u2024]+{_PAREN}\s+){{0,9}}?[\w'’\-.\u2024]+{_PAREN})\s+{_MANNER}(?:also\s+|later\s+|earlier\s+|initially\s+|(?:had|has|have)\s+(?:also\s+|earlier\s+|already\s+|initially\s+|first\s+|previously\s+|on\s+\w+day\s+)?)?(?:{_VERBS_SV})\b(?!\s+by\b(?!\s+(?:tele)?phone\b|\s+text\b|\s+e-?mail\b|\s+satellite\b))",  # not a passive ("claimed by the group"; "said by phone" is none)
    re.I,
)
# "..., said the ministry", "..., told AFP": the speaker after the verb. Not a verb with its object
# ("confirmed the incident to the paper", "put the toll of the attack at 23"), nor the one told
# ("told AFP that ...")
_INVERTED = re.compile(
    rf"[,”\"]\s*(?:{'|'.join(v for v in _SPEECH_VERBS.split('|') if v != 'told')})\s+(?:the\s+)?(?!(?:the\s+)?(?:of|to|at|in|on|for|from|with|that|incident|attack|news|toll|report)\b)"
    r"(?P<src>[^,;.()\"“”]{2,90}?)(?=\s*(?:[,;.()\"“”]|$|\s+(?:that|to|on|at)\b))",
    re.I,
)
_QUOTING = re.compile(r"^(?P<src>[A-Z][^,;:()\"“”]{2,60}?),\s+(?:quoting|citing)\s+[^,;]{2,80},")
_POSSESSIVE = re.compile(r"(?:^|\bthe\s+)(?P<src>(?:[A-Z][\w\-]*\s+){0,6}[A-Z][\w\-]*)['’]s\s+(?:latest\s+|new\s+|updated\s+|own\s+)?(?:toll|tally|count|figures?|statement|report)\b")
# "a toll released by the ministry", "videos posted by residents show ...", "footage shared online by the group",
# "The document, released by the Office of the Prime Minister, says"
_BY = re.compile(r"\b(?:toll|tally|figures?|count|report|statement|data|videos?|footage|images?|photos?|photographs?|pictures?|posts?|messages?|document|communiqu[eé])\s*,?\s+(?:\w+\s+){0,3}?"
                 r"(?:released|published|issued|given|provided|compiled|posted|shared|filmed|circulated)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?P<src>[^,;.()\"“”]{2,90}?)"
                 r"(?=\s*(?:[,;.()\"“”]|$)|\s+(?:on|in|at|was|were|had|stood|put|late|early|last|earlier|shows?|showed|showing|appear\w*|depict\w*|suggest\w*)\b)", re.I)

# "Serhii Lysak, head of the Dnipropetrovsk regional administration, said": a head and its
# appositive; the institution in either is the source (a person's name alone is not)
_APPOSITIVE = re.compile(
    rf"(?:^|[.,;:”\"]\s*|\s[-–—]\s+|\bthat\s+)(?P<src>[\w\"“][^,;:()\"“”]{{1,80}}?(?:\s+\([A-Z][\w\-/]{{1,12}}\)(?:\s+[a-z]{{4,14}}|\s+(?:in|at|for)\s+(?:[A-Z][\w\-]+\s+){{0,2}}[A-Z][\w\-]+)?)?),\s+"
    rf"(?P<app>[^,;()\"“”]{{3,120}}?(?:\s+\((?:[A-Z][\w\-/]{{1,12}}|\d[\d.,]*\s+(?:miles?|mi|km|kilomet(?:re|er)s?))\)(?:\s+[^,;()\"“”]{{1,80}}?)?)?),\s+(?:also\s+|later\s+|earlier\s+|had\s+(?:earlier\s+|initially\s+|first\s+|previously\s+|on\s+\w+day\s+)?|has\s+)?(?:{_VERBS_SV})\b",
)
# cheap cue for the appositive pattern: ", said" after at least two commas
_APPOSITIVE_CUE = re.compile(rf",\s+(?:also\s+|later\s+|earlier\s+|had\s+(?:earlier\s+|initially\s+|first\s+|previously\s+|on\s+\w+day\s+)?|has\s+)?(?:{_VERBS_SV})\b")

_PRONOUNS = frozenset("he she they it we i who which this that".split())
# anaphora -> which earlier source it may refer to: a kind, "*" (any), None (any, resolved only),
# or "word:" + a pattern the earlier source's name must contain
_ANAPHORA: dict[str, str | None] = {
    "ngo": "ngo", "monitor": "ngo", "war monitor": "ngo", "observatory": "ngo", "group": None,
    "source": "*", "sources": "*", "same source": "*", "same sources": "*", "these sources": "*",
    "those sources": "*", "the source": "*", "the sources": "*", "ministry": "word:ministry", "agency": "*",
    "statement": "*", "organisation": "ngo", "organization": "ngo", "official": "*", "officials": "*",
    "spokesman": "*", "spokeswoman": "*", "spokesperson": "*",
    "governor": "word:governor|regional military administration|state government",
    "governor's office": "word:governor|regional military administration|state government",
    "administration": "word:administration|governor", "regional administration": "word:administration|governor",
    "army": "word:army|military|armed forces|defen[cs]e|idf", "military": "word:army|military|armed forces|defen[cs]e|idf",
    "armed forces": "word:army|military|armed forces|defen[cs]e|idf", "forces": "word:army|military|armed forces|defen[cs]e|idf",
    "police": "word:police", "hospital": "word:hospital|medical sources", "hospital officials": "word:hospital|medical sources",
    "committee": "word:committee", "resistance committee": "word:committee", "command": "word:command",
}
_UNRESOLVED_OK = frozenset(("source", "sources", "official", "officials", "spokesman", "governor", "police"))
_FIRST_PERSON = re.compile(r"\b(?:we|I|us|our|my)\b")
_KIND_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("international", re.compile(r"\b(?:UN|U\.N\.|United Nations|OCHA|UNICEF|UNHCR|WHO|IOM|UNRWA|ICRC|Red Cross|African Union|AU|ECOWAS|European Union|EU|mission|peacekeep\w*)\b")),
    ("ngo", re.compile(r"\b(?:observatory|monitor|watch|human rights|NGO|rights groups?|pro-democracy groups?|activist groups?|network|airwars|amnesty|charity|charities|aid groups?|aid workers?|civil society)\b", re.I)),
    ("medical", re.compile(r"\b(?:hospitals?|medic\w*|doctors?|health|ambulance|rescuers?|rescue|civil defen[cs]e|paramedics?|red crescent|morgue|nurses?)\b", re.I)),
    ("party", re.compile(r"\b(?:army|military|armed forces|IDF|militants?|insurgents?|rebels?|jihadists?|defen[cs]e ministry|ministry of defen[cs]e|general staff|air force|command|brigades?|forces|militias?|fighters|spokesman for the (?:group|army|military)|commander|armed groups?|groups)\b", re.I)),
    ("government", re.compile(r"\b(?:ministry|minister|governor|government|officials?|authorities|president|mayor|police|administration|council|state|prime minister|prefect|commissioner|lawmaker|MP|chief|head of|presidency|kremlin|state media|state television|prosecutors?|judges?|courts?)\b", re.I)),
    ("media", re.compile(r"\b(?:agency|TV|television|newspaper|outlet|channel|radio|media|correspondent|reporter|journalist)\b", re.I)),
    ("anonymous", re.compile(r"\b(?:sources?|residents?|witnesses?|locals?|activists?|relatives?|villagers?|survivors?|eyewitnesses?|a man|a woman|one resident|(?:community|tribal|local|religious|village|clan|traditional) (?:leaders?|elders?|chiefs?)|elders?)\b", re.I)),
]
# a person speaking for nobody but themselves ("a woman waiting outside the cordon")
_PERSON_NOUN = re.compile(
    r"^(?:(?:a|an|one|another|the)\s+)?(?:\d+-year-old\s+|young\s+|elderly\s+|local\s+)?"
    r"(?:man|woman|men|women|mother|father|relatives?|residents?|witness(?:es)?|survivors?|villagers?|farmers?|shopkeepers?|"
    r"neighbou?rs?|teachers?|students?|boy|girl|son|daughter|brother|sister|husband|wife|eyewitness(?:es)?)\b",
    re.I,
)
# "one resident told Lusa", "two witnesses said": a number before a voice's noun counts speakers (not yet before a
# relative clause: "One resident, who spoke on condition of anonymity, said he helped bury 31 bodies in a single
# day" would make a one-day count the residents' toll, which tolls.py takes as a total)
_COUNTED_VOICE = re.compile(r"^(?:one|two|three|four|five|some|many)\s+(?:local\s+)?(?:diplomats?|aid\s+workers?|residents?|villagers?|inhabitants?|witness(?:es)?|eyewitness(?:es)?|"
                            r"survivors?|doctors?|nurses?|medics?|elders?|relatives?|traders?|shopkeepers?|farmers?|herders?|worshippers?|m[ae]n|wom[ae]n)\b", re.I)
_NOT_SOURCE = re.compile(
    r"^(?:it|this|that|there|which|(?-i:[Ww]ho)|what|the\s+(?:attack|strike|clashes|fighting|toll|report|blast|explosion|operation)|"
    r"\d+|one|two|many|some|most|all|no|none|nobody|toll|attack|strike|police\s+were|people(?!['’])|videos?|photos?|images?|footage|"
    r"in\s+an?\s+(?:statement|video|post|message|tweet|interview)$|(?:drone|air|missile)\s+(?:strikes?|attacks?)$|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$|"
    # a phrase opening on a preposition is an object's tail, no speaker ('called it a "deliberate strike" on civilians
    # by Ukrainian forces and said'; 'a strike against the base by the rebels, the army said')
    r"(?:on|by|against|with|into|onto|upon|over|under|towards?|after|before|during|amid|near|between)\s)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class KnownSource:
    name: str
    kind: str
    party: bool


_known: dict[str, KnownSource] | None = None
_by_role: dict[tuple[str, str], KnownSource] = {}  # (role, country code) -> source ("military", "UA")
_carriers: set[str] = set()  # news agencies (state media included): they carry others' claims
# aliases of the sources of a role that a later bare noun refers to: the peacekeeping missions ("the
# mission said"), the UN agencies ("the agency said"), the regional blocs ("the regional bloc said")
_ROLE_ALIASES: dict[str, list[str]] = {"peacekeeping mission": [], "un agency": [], "regional bloc": []}


def known_sources() -> dict[str, KnownSource]:
    global _known
    if _known is None:
        data = load_yaml("sources.yaml")
        known: dict[str, KnownSource] = {}
        for rec in data:
            ks = KnownSource(rec["name"], rec["kind"], bool(rec.get("party", rec["kind"] == "party")))
            for alias in [rec["name"], *(rec.get("aliases") or [])]:
                known[_key(str(alias))] = ks
            if rec["kind"] == "media" or any(r in ("state media", "state television") for r in ([rec["role"]] if isinstance(rec.get("role"), str) else rec.get("role") or ())):
                _carriers.add(rec["name"])
            roles = rec.get("role") or []
            for role, aliases in _ROLE_ALIASES.items():
                if role in ([roles] if isinstance(roles, str) else roles):
                    aliases.extend(str(a) for a in [rec["name"], *(rec.get("aliases") or [])])
            for role in [roles] if isinstance(roles, str) else roles:
                if rec.get("country"):
                    _by_role[(str(role), str(rec["country"]))] = ks
        _known = known
    return _known


def known_source(name: str) -> KnownSource | None:
    """The sources dictionary's entry for a name as written ("Russia's Investigative Committee")."""
    return known_sources().get(_key(name))

def _key(text: str) -> str:
    t = re.sub(r"[\"“”'’]s?\b", "", text.lower())
    t = re.sub(r"^(?:the|a|an)\s+", "", t.strip())
    return re.sub(r"\s+", " ", t).strip(" .,")


def classify(name: str) -> str:
    if _PERSON_NOUN.match(name):
        return "anonymous"
    for kind, pat in _KIND_WORDS:
        if pat.search(name):
            return kind
    return "anonymous" if name.islower() else "media"


@dataclass(slots=True)
class SourceContext:
    """What the article has attributed so far, for anaphora ("the NGO", "the source")."""

    history: list[Source]
    country: str | None = None  # the report's main country, for "the health ministry"
    people: dict[str, Source] = field(default_factory=dict)  # "lysak" -> the office he speaks for
    states: list[str] = field(default_factory=list)  # states named so far ("Borno"), for "the state governor"
    off_record: bool = False  # the sentence's speaker talks to the press unnamed ("speaking on condition of anonymity")
    missions: list[Source] = field(default_factory=list)  # peacekeeping missions named so far, for "the mission said"
    agencies: list[Source] = field(default_factory=list)  # UN agencies named so far, for "the agency said"
    blocs: list[Source] = field(default_factory=list)  # regional blocs named so far, for "the regional bloc said"
    # universities and power plants named so far, for "university authorities", "the station's press service"
    facilities: list[tuple[str, Source]] = field(default_factory=list)
    # the named person who acted in the latest sentences, no one else quoted since ("President X shared
    # photos of the ruins. '...,' he wrote."), for "he" and "she"
    subject: Source | None = None
    # armed actors named so far (as written, whether non-state), for "the group said", "a coalition spokesman"
    armed: list[tuple[Source, str, bool]] = field(default_factory=list)
    # acronyms the report defines ("the Cameroon Renaissance Movement (MRC)"): "mrc" -> the name in full
    acronyms: dict[str, str] = field(default_factory=dict)
    # civil bodies the report names by their name ("a leader of the Sudanese Congress Party", "the Alternative Espaces
    # Citoyens (AEC) association"), whether or not they spoke yet, for "the party said", "the group said in a statement"
    bodies: list[str] = field(default_factory=list)
    # towns named after a preposition so far ("in Sevastopol", "at a cafe in St. Petersburg"), for "the city's health
    # committee", "the governor of the Crimean city"
    towns: list[str] = field(default_factory=list)
    # the actor dictionary the caller searched sentences with (its hits may be passed to
    # ``attribute`` so that the search is not run twice); the shared one when None
    actors: ActorDictionary | None = None
    # per sentence, the crowd of local people it names last ("Dozens of residents fled"), for "one of them said"
    crowds: list[str | None] = field(default_factory=list)
    # Ukrainian regions named so far ("in Ukraine's Dnipropetrovsk region", "strikes on Kharkiv"), for "the regional governor"
    oblasts: list[str] = field(default_factory=list)
    # the sentence's speaker speaks officially: "in a statement", or in a state agency's own report (its dateline
    # names the agency: "Aleppo, SANA -", "Kosti, Jan. 14 (SUNA) -")
    official: bool = False
    state_dateline: bool = False
    # voices read before the body they mean is named (cataphora: "the regional administration said" with the state named
    # only in a later sentence; "his organisation says" before the organisation): ("region"|"body", the Source), renamed
    # in place once the report names it
    pending: list[tuple[str, Source]] = field(default_factory=list)

    def latest(self, kind: str | None = None, word: str | None = None) -> Source | None:
        pat = re.compile(kind[5:], re.I) if kind and kind.startswith("word:") else None
        for s in reversed(self.history):
            if pat is not None:
                if not pat.search(s.name):
                    continue
            elif kind and kind != "*" and s.kind != kind:
                continue
            if word and word not in s.name.lower() and kind is None:
                continue
            return s
        return None


_TIDY = (
    # a clause before the speaker ("deaths came as the health ministry", "hours after the Yemeni rebels"): the speaker
    re.compile(r"^.*\b(?:that|as|after|since|where|whom|which|when|because|before|until|once)\s+(?=(?:the\s+|an?\s+)?(?:[A-Z]|(?:al|el|ad|ash|as|an|ar|at|az)-[A-Z]))"),
    # "Fighting continued as the army", "hours after the militants": the speaker, lower case too
    re.compile(r"^.*\b(?:as|after|since|when|because|before|until|once)\s+(?=the\s+[a-z])"),
    # "the market where residents", "hours after local officials": a clause's subject of two or three plain words
    re.compile(r"^.*\b(?:where|as|after|since|when|because|before|until|once|while|whereas|although|though)\s+(?=(?:[a-z][\w\-'’]*\s+){0,2}[a-z][\w\-'’]*$)"),
    # a noun with its reduced relative clause ("a claim Kigali denies", "claims the army rejected"): the speaker
    re.compile(r"^(?:(?:a|an|the)\s+)?(?:claims?|accusations?|allegations?|charges?|tactic|vote|version)\s+(?=the\s|[A-Z])"),
    re.compile(r"^(?:in a statement,?\s+|meanwhile,?\s+|but\s+|and\s+|or\s+|while\s+|that\s+|although\s+|though\s+|whereas\s+|as\s+(?=[A-Z]|the\s))", re.I),
    re.compile(r"^(?:(?:by|on|in|at|after|since|until|late|early)\s+(?:\w+day|\w+\s+\d{1,2}|noon|nightfall|dawn|then|now)"
               r"(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier|later)\s+(?:week|month|year))\b,?\s*", re.I),
    re.compile(r"^(?:hours|minutes|days)\s+later\s+", re.I),
    re.compile(r"^(?:(?:a\s+few|two|three|several)\s+)?(?:hours|minutes|days|weeks)\s+(?:after|before)\s+(?=the\s)", re.I),  # "days after the army"
    re.compile(r"^(?:two|three|four|five|several)\s+(?=(?:[\w.\-]+\s+){0,2}(?:officials|sources|officers)$)", re.I),  # "two US officials", "two Iraqi security officials"
    # "a statement from the state emergency agency": the body that issued it
    re.compile(r"^(?:(?:a|an|the)\s+)?(?:(?:joint|new|brief|written)\s+)?(?:statement|communiqu[eé]|notice|bulletin)\s+(?:from|by|issued\s+by|released\s+by)\s+(?=\S)", re.I),
    re.compile(r"^(?:the|a|an)\s+", re.I),
    re.compile(_GLOSS),  # "Popular Mobilization Forces (PMF)", "Tatmadaw (Myanmar military)"
    re.compile(r"\s+(?:put|gave|based)\b.*$|\s+and$"),  # "health officials put the number of dead at 22", "X and"
    # "according to a witness and other reports": the voice; reports with no author are no second voice
    re.compile(r"\s+and\s+(?:(?:other|further|unconfirmed|news|media|press)\s+)+reports?$", re.I),
    re.compile(r"\s+(?:also|later|earlier|initially|first|previously|subsequently|on \w+day|today|yesterday|(?:last|this) (?:week|month|year|\w+day))$", re.I),
)


# the dot of a title's abbreviation ("Borno Gov. Babagana Zulum", "the U.N. agency") ends no phrase:
# masked with a one-dot leader of the same length before the patterns run, restored by _tidy
_ABBR_DOT = re.compile(r"\b(?:(?<=\bGov)|(?<=\bGen)|(?<=\bLt)|(?<=\bCol)|(?<=\bMaj)|(?<=\bCapt)|(?<=\bBrig)|(?<=\bSgt)|(?<=\bCpl)|(?<=\bAdm)|"
                       r"(?<=\bDr)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bSen)|(?<=\bRep)|(?<=\bProf)|(?<=\bSt))\.(?=\s*[A-Z])|(?<=\bU)\.(?=[NS]\.)|(?<=\bU\.[NS])\.")
_LEADER = "\u2024"


def _mask(sentence: str) -> str:
    return _ABBR_DOT.sub(_LEADER, sentence) if "." in sentence else sentence


def _tidy(raw: str) -> str:
    s = raw.replace(_LEADER, ".").strip().strip("\"“”'’ ")
    for pat in _TIDY:
        s = pat.sub("", s)
    return s.strip()


_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|not|but|denies|denied|been|be|it|its|which|(?-i:[Ww]ho)|when|asked|earlier|if|would|will|could|did|does|do|called|described|urged|condemned|blamed|killed|attacked|struck|seized|rejected)\b", re.I)
_MINISTRY = re.compile(
    r"^(?:(?P<adj>[A-Z][a-z]+(?:\s+State)?)(?:'s|’s)?\s+|(?:the\s+)?(?:country|territory|state|region)(?:'s|’s)\s+)?(?:(?:new|acting|caretaker|deputy)\s+)?"
    r"(?:(?P<a>(?:national\s+)?defen[cs]e|health|interior|foreign|information|communications?)\s+minist(?:ry|er)|minist(?:ry|er)\s+of\s+(?P<b>(?:public\s+)?health|(?:national\s+)?defen[cs]e|interior|foreign\s+affairs|information|communications?)(?:\s+of\s+(?P<of>[A-Z][\w ]+?))?)"
    r"(?:\s+(?:officials?|spokes(?:man|woman|person)|sources?))?(?:\s+(?:in|for)\s+(?P<in>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))?$",
    re.I,
)
_adjectives: dict[str, str] | None = None


def _country_adjective(cc: str) -> str | None:
    """'YE' -> 'Yemeni' (the first demonym of resources/countries.yaml)."""
    global _adjectives
    if _adjectives is None:
        _adjectives = {}
        for code, terms in load_yaml("countries.yaml").items():
            for t in map(str, terms[1:]):
                if t.lower().endswith(("an", "i", "ese", "ish", "ch", "ic", "be", "bè", "ien", "ean")) and " " not in t:
                    _adjectives[str(code)] = t
                    break
    return _adjectives.get(cc)


def _cc(word: str | None) -> str | None:
    """A country's code from its name or demonym ('Ukraine's', 'Syrian', 'Yemen')."""
    if not word:
        return None
    word = word.strip()
    if re.fullmatch(r"(?:[A-Z][.\u2024]){2,}", word):
        word = re.sub(r"[.\u2024]", "", word)  # "U.S. President", "U.K. Prime Minister"
    return country_terms().get(re.sub(r"['’]s$", "", word).lower())


def _context_cc(ctx: SourceContext) -> str | None:
    return _cc(ctx.country) if ctx.country else None


def _ministry(name: str, country: str | None) -> str | None:
    """'the country's Health Ministry' -> 'Ministry of Health (Somalia)'."""
    m = _MINISTRY.match(name)
    if not m:
        return None
    what = re.sub(r"^public\s+", "", (m.group("a") or m.group("b")).lower()).replace("defense", "defence")
    what = "foreign affairs" if what == "foreign" else "communication" if what.startswith("communication") else what
    where = m.group("of") or None
    adj = m.group("adj")
    if not where and adj:
        from .actors import country_display

        cc = _cc(adj)
        where = country_display(cc) if cc else None
        if cc is None and adj[0].isupper() and adj.lower() not in _NOT_COUNTRY | {"the", "state", "its", "their"} and (
                re.search(r"['’]s\s", m.group(0)[:len(adj) + 3]) or (adj.isupper() and len(adj) >= 2)):
            # "Australia's foreign ministry", "the UAE Ministry of Defence": a state the rules do not list is still
            # the one the words name, never the report's country
            where = adj
    if not where and m.group("in"):  # "a health ministry official in North Darfur": the country's
        from .actors import country_display

        cc = _cc(m.group("in"))
        where = country_display(cc) if cc else None
    if not where and country:
        where = country
    return f"Ministry of {what.title()}" + (f" ({where})" if where else "")


# --- offices and institutions: what a coder records for an office-holder -------------------------

_TITLE_WORDS = (
    r"Gov\.|Governor|governor|Mayor|Minister|Ministry|[Ss]pokes(?:man|woman|person)|[Cc]ommissioner|[Cc]ommander(?:-in-[Cc]hief)?|Chief|chief|Head|head|"
    r"Director(?:[- ]General)?|director(?:[- ]general)?|General|Gen\.|Colonel|Col\.|Brig\.|Lt\.|Maj\.|President|regional president|Chairman|chairman|"
    r"Secretary|secretary|Administration|administration|[Oo]fficial|[Ll]eader|Police|police|Army|army|Ambassador|Envoy|Dr\.|Prosecutor|mayor|"
    r"[Cc]hief of (?:the )?(?:[Gg]eneral )?[Ss]taff|[Aa]dvis[eo]r|[Aa]ide"
)
_NAME_TOKEN = r"(?:[A-Z]|(?:al|el|ad|ash|as|an|ar|at|az)-[A-Z])[\w'’\-]*"  # "Atef", "al-Kahlout"
_NAME_PARTICLE = r"(?:(?:bin|ibn|abu|abou|de|da|van|von|ould|wa)\s+)?"
_RANKS = r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Maj|Capt|Brig|Sgt|Cpl|Adm|Gov|Sen|Rep|Sheikh|Imam|Captain|Colonel|Lieutenant|Major|Sergeant)"
# "North Kivu army spokesman Lt. Col. Guillaume Njike Kaiko": the ranks go with the person
_TITLE_NAME = re.compile(rf"^(?P<title>.*?\b(?:{_TITLE_WORDS}))\s+(?P<person>(?:{_RANKS}\.?\s+){{0,2}}(?:{_NAME_TOKEN}\.?\s+{_NAME_PARTICLE}){{0,3}}{_NAME_TOKEN})$")
_NAMED_OFFICER = re.compile(
    rf"^(?:(?i:senior|local|regional|district|provincial)\s+)?(?P<what>(?i:police|army))\s+(?i:officer|official|commander|inspector)\s+"
    rf"(?P<person>(?:{_RANKS}\.?\s+){{0,2}}(?:{_NAME_TOKEN}\.?\s+{_NAME_PARTICLE}){{1,3}}{_NAME_TOKEN})$"
)
_UNSETTLED = ("+words", "+pronoun", "+anaphora", "+unresolved-anaphora")


def _title_body(title: str, ctx: SourceContext, span: Span | None, rule: str) -> Source | None:
    """The body a title's leading words name, its post and describing words dropped one by one from the end
    ("KNU foreign affairs head" -> "KNU"); None when no shorter head names a known body."""
    words = title.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if head.lower() in ("the", "a", "an") or not re.search(r"[A-Z]", head):
            continue
        body = normalise(head, ctx, span, rule, remember=False)
        if body is not None and not body.rule.endswith(_UNSETTLED) and body.kind != "anonymous":
            return body
    return None


# "NLD spokesman Myo Nyunt", "MRC president Maurice Kamto": a post in a body the report named by its acronym
_ACRONYM_POST = re.compile(
    rf"^(?P<acr>[A-Z]{{2,6}})\s+(?:[Ss]pokes(?:man|woman|person)|[Ll]eader|[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Ss]ecretary[- ][Gg]eneral)\s+"
    rf"(?P<person>(?:{_RANKS}\.?\s+){{0,2}}(?:{_NAME_TOKEN}\.?\s+{_NAME_PARTICLE}){{0,3}}{_NAME_TOKEN})$"
)
_PERSON_NAME = re.compile(rf"^(?:{_RANKS}\.?\s+)?(?:{_NAME_TOKEN}\s+{_NAME_PARTICLE}){{0,3}}{_NAME_TOKEN}$")
_HONORIFIC = re.compile(rf"^{_RANKS}\.?\s+")

_OBLASTS = {
    "kharkiv": "Kharkiv", "kharkov": "Kharkiv", "zaporizhzhia": "Zaporizhzhia", "zaporizhia": "Zaporizhzhia",
    "zaporizhzhya": "Zaporizhzhia", "zaporozhye": "Zaporizhzhia", "dnipropetrovsk": "Dnipropetrovsk",
    "donetsk": "Donetsk", "luhansk": "Luhansk", "kherson": "Kherson", "mykolaiv": "Mykolaiv", "odesa": "Odesa",
    "odessa": "Odesa", "sumy": "Sumy", "chernihiv": "Chernihiv", "kyiv": "Kyiv", "kiev": "Kyiv", "poltava": "Poltava",
    "zhytomyr": "Zhytomyr", "vinnytsia": "Vinnytsia", "cherkasy": "Cherkasy", "kirovohrad": "Kirovohrad",
    "khmelnytskyi": "Khmelnytskyi", "rivne": "Rivne", "volyn": "Volyn", "lviv": "Lviv", "ternopil": "Ternopil",
    "ivano-frankivsk": "Ivano-Frankivsk", "zakarpattia": "Zakarpattia", "chernivtsi": "Chernivtsi",
}
_OBL = "|".join(sorted(map(re.escape, _OBLASTS), key=len, reverse=True))
# Ukraine's oblast governors head the oblast's Regional Military Administration (since 2022)
_OBLAST_HEAD = re.compile(
    rf"\b(?:(?P<o1>{_OBL})(?:['’]s)?\s+(?:regional\s+|region(?:['’]s)?\s+|oblast\s+)?(?:military\s+|state\s+)?(?:gov\.|governor\b|administration\b|head\b|chief\b)"
    rf"|(?:head|governor|chief)\s+of\s+(?:the\s+)?(?P<o2>{_OBL})\s+(?:regional|region|oblast)\b)",
    re.I,
)
# a region's head named by office alone: "the regional governor", "the head of the regional military administration"
_REGION_HEAD = re.compile(
    r"(?:the\s+)?(?:(?:regional|region['’]s|oblast)\s+)(?:military\s+)?(?:governor|gov\.|administration|head|chief)"
    r"|(?:the\s+)?(?:head|chief|governor)\s+of\s+the\s+(?:regional|oblast)\s+(?:military\s+)?administration|(?:the\s+)?governor",
    re.I,
)
_OBLAST_MENTION = re.compile(rf"\b(?:{_OBL})\b", re.I)
_INSTALLED = re.compile(r"\b(?:Russian-installed|Moscow-installed|Russia-installed|Russian-appointed|Moscow-appointed|pro-Russian|separatist|occupation)\b", re.I)
_DIRECTION = r"(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)"
_GOVERNOR = re.compile(
    rf"^(?:(?:the\s+)?governor\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z]\w+['’]s\s+)?{_DIRECTION}?(?P<p1>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+(?P<k1>province|state|region|governorate|county)"
    rf"|(?:[A-Z]\w+['’]s\s+(?!(?:provincial|regional|state)\s))?(?P<p2>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:['’]s)?\s+(?:(?P<k2>province|state|provincial|regional|governorate)\s+)?(?:governor|gov\.)(?:['’]s office)?)$",
    re.I,
)
_HOSPITAL = re.compile(
    r"^(?:(?:director|head|chief|manager|spokes(?:man|woman|person)|officials?|administrators?|medical director|director[- ]general)\s+(?:of|at)\s+(?:the\s+|a\s+)?(?:[\w'’\-]+\s+){0,4}?hospital"
    r"|(?:[\w'’\-]+\s+){0,3}?hospital\s+(?:director|head|chief|manager|spokes(?:man|woman|person)|officials?|administrators?|authorities))$",
    re.I,
)
_HOSPITAL_AT = re.compile(
    r"^(?:(?:local|main|nearby|district|regional|general|government|public|private|field|city|town|referral|teaching|military)\s+){0,2}hospitals?"
    r"(?:\s+(?:director|head|chief|manager|officials?|administrators?|authorities|sources?|staff|workers))?"
    r"\s+(?:in|at|near|outside|serving)\s+(?!the\s+(?:army|military|ministry|group)\b)[^,;]{2,60}$",
    re.I,
)
_NAMED_HOSPITAL = re.compile(
    r"^(?:(?i:officials?|staff|doctors?|medics|a\s+doctor|administrators?|management|(?:a\s+|medical\s+)?sources?"
    # "the emergency ward at Madina hospital": a part of a named hospital
    r"|(?:the\s+)?(?:(?i:emergency|surgical|maternity|trauma|casualty)\s+)?(?i:ward|department|unit|wing|section))\s+(?:at|of|from|in)\s+)?(?:(?i:the)\s+)?"
    # "Madina hospital in Mogadishu": a named hospital, its town after it
    r"(?:[A-Z][\w'’\-]*\s+){1,4}(?:[Hh]ospital|Medical\s+(?:Centre|Center|Complex)|Clinic)(?:\s+(?i:officials?|staff|doctors?|administration|management))?"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)?$"
)
# "the army-aligned government's information minister": an office of the government named before it
_GOVT_OWNED = re.compile(r"^(?:the\s+)?(?:(?P<c>[A-Z][\w\-]+)\s+|[a-z][\w\-]*\s+)?government['’]s\s+(?P<office>(?:[a-z]+\s+)?(?:minister|spokes(?:man|woman|person)|ministry))$")
_ARMY_WORDS = r"(?:army|military|armed forces|defen[cs]e forces)"
_MILITARY = re.compile(
    rf"^(?:(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+)?(?:(?:new|top|former|acting|official)\s+)?"
    rf"(?:commander-in-chief(?:\s+of\s+(?:the\s+)?{_ARMY_WORDS})?|(?:army|military)\s+(?:chief|command|high command|headquarters|spokes(?:man|woman|person))"
    rf"|chief\s+of\s+(?:the\s+)?(?:general|defen[cs]e|army)\s+staff|(?:army|military)\s+chief\s+of\s+(?:the\s+)?(?:general\s+)?staff|general\s+staff(?:\s+of\s+(?:the\s+)?{_ARMY_WORDS})?|(?:armed forces|army|military)\s+spokes(?:man|woman|person)"
    rf"|spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?{_ARMY_WORDS}|{_ARMY_WORDS}|national army|regular army|(?:military\s+)?junta(?:\s+spokes(?:man|woman|person))?)$",
    re.I,
)
# the commander of a country's land service ("Ground Forces Commander", "commander of the Ukrainian Land Forces")
_LAND_SERVICE = r"(?:(?:Ground|Land|Armed|Joint)\s+Forces|[Aa]rmy)"
_BRANCH_CHIEF = re.compile(
    rf"^(?:the\s+)?(?:(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+)?(?:(?:top|senior|acting|new)\s+)?{_LAND_SERVICE}\s+(?:[Cc]ommander(?:-in-[Cc]hief)?|[Cc]hief)$"
    rf"|^(?:the\s+)?(?:(?:top|senior|acting|new)\s+)?(?:[Cc]ommander|[Cc]hief)\s+of\s+(?:the\s+)?(?:(?P<c2>[A-Z][\w\-]+)(?:['’]s)?\s+)?{_LAND_SERVICE}$"
)
# "the SDF's national chairman", "the KNU's leader": a named body's head, by its possessive
_POST_OF = re.compile(r"^(?:the\s+)?(?P<org>[A-Z].{1,79}?)['’]s?\s+(?:(?:national|party|deputy|acting|top|military|political)\s+)?"
                      r"(?:chairman|chairwoman|chairperson|leader|president|secretary[- ]general)$")
_SPOKES_FOR = re.compile(r"^(?:[\w\-]+\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?P<org>.{3,80})$|^(?P<org2>.{2,80}?)['’]?s?\s+spokes(?:man|woman|person)$", re.I)
# words before a title that name no country ("the Official Spokesman of the Armed Forces")
_NOT_COUNTRY = frozenset("official new top former acting senior regular national federal chief deputy army military local".split())
# a title is an office (not just a person's rank) when it names an institution
_OFFICE_WORDS = re.compile(r"\b(?:ministry|police|army|military|forces?|administration|council|agency|service|office|committee|command|government|authority|authorities|department|directorate|observatory|organi[sz]ation|hospital|governor|gov\.)", re.I)
# "the presidency", "Syria's interim President": the head of state speaks for the government
_PRESIDENCY = re.compile(
    r"^(?:(?!(?i:interim|transitional|acting|new|incumbent|caretaker)\s)(?P<c>(?:[A-Z][.\u2024]){2,}|[A-Z][\w\-]+)(?:['’]s)?\s+)?(?:(?i:interim|transitional|acting|new|incumbent|caretaker)\s+)?"
    r"(?:(?P<presidency>[Pp]residency|[Pp]residential\s+(?:palace|office))|[Pp]resident(?:['’]s\s+office)?"
    # "Prime Minister Abiy Ahmed", "Iraq's premier": the head of government speaks for the government
    r"|[Pp]rime\s+[Mm]inister(?:['’]s\s+office)?|[Pp]remier)$"
)
_STATE_MEDIA = re.compile(
    r"^(?:(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+)?(?:state(?:-run|-owned)?|official|government)\s+(?:news\s+agency|media|television|TV|broadcaster|radio|news\s+outlets?)$",
    re.I,
)
_HEAD_OF = re.compile(r"^(?:(?:the\s+)?(?:head|chief|director(?:[- ]general)?|leader|coordinator|chairman|chairwoman|chairperson|president|spokes(?:man|woman|person))(?:\s+general)?)"
                      r"(?:\s+of\s+(?:operations|communications?|public\s+relations|information|media|security|rescue\s+operations))?\s+(?:of|at|for)\s+(?P<org>(?:a|an|the)\s+.{3,80})$", re.I)
# "the authorities said", "Malian authorities", "Ethiopia's Government Communication Service": with no body named,
# the (named or the report's) country's government
_AUTHORITIES = re.compile(
    r"^(?:(?i:the)\s+)?(?:(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+)?(?:(?i:national|federal|central|government)\s+)?(?i:authorities)$"
    r"|^(?:(?i:the)\s+)?(?:(?P<c2>[A-Z][\w\-]+)(?:['’]s)?\s+)?(?i:(?:federal\s+)?government\s+communications?\s+(?:service|office|bureau|affairs\s+office))$"
)
# "the vicar general of the diocese of Dori", "the Bishop of Pemba", "the Catholic Archdiocese of Bamenda": the diocese
_DIOCESE = re.compile(
    r"^(?:(?i:the)\s+)?(?:(?i:vicar[- ]general|bishop|archbishop|auxiliary\s+bishop|chancellor|secretary|spokes(?:man|woman|person)|officials?|priests?)\s+"
    r"(?:of|for|in)\s+(?:the\s+)?)?(?:(?i:catholic|anglican)\s+)?(?P<arch>(?i:arch))?(?i:diocese)\s+of\s+(?P<p>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$"
    r"|^(?:(?i:the)\s+)?(?:(?i:catholic|anglican)\s+)?(?P<arch2>(?i:arch))?(?i:bishop)\s+of\s+(?P<p2>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$"
)
# "the management of the Niassa Special Reserve", "Virunga National Park officials": the reserve or park named
_PARK = re.compile(
    r"^(?:(?:the\s+)?(?i:management|administration|authorities|officials?|director|rangers?|spokes(?:man|woman|person))\s+(?:of|at|for)\s+)?(?:the\s+)?"
    r"(?P<n>(?:[A-Z][\w'’\-]*\s+){1,3}(?:(?:Special|Game|Nature|Wildlife|Forest)\s+)?(?:Reserve|National\s+Park))"
    r"(?:['’]s)?(?:\s+(?i:management|administration|authorities|officials?|director|rangers?))?$"
)
# "rebel spokesman", "the rebels' military spokesman", "an insurgent spokesman": the armed group the report names
_GROUP_SPOKES = re.compile(
    r"^(?:the\s+|an?\s+)?(?P<w>rebel|insurgent|militant|jihadist|militia|guerrilla|separatist)s?['’]?\s+(?:(?:military|political|official|chief|local|senior)\s+)?"
    r"(?:spokes(?:man|woman|person)|commander|leader)$",
    re.I,
)
_GOV_VOICE = re.compile(r"^(?:(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+)?(?:(?:senior|local)\s+)?government\s+(?:officials?|spokes(?:man|woman|person)|sources?)$", re.I)
_POLICE = re.compile(
    r"^(?:(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+)?(?:national\s+|federal\s+|state\s+|local\s+)?police(?:\s+(?:force|service|spokes(?:man|woman|person)|headquarters|command|commander|chief|commissioner))?$"
    # "the state Commissioner of Police", "the Inspector-General of Police": the head of the police
    r"|^(?:(?:state|deputy|acting)\s+)?(?:commissioner|inspector[- ]general|head|chief)\s+of\s+police$",
    re.I,
)
# "the Wad Madani Resistance Committee": a named local committee is its own source
_NAMED_COMMITTEE = re.compile(r"^(?:[A-Z][\w'’\-]*\s+){1,4}(?:Resistance|Emergency Response|Neighbou?rhood)\s+(?:Committees?|Rooms?)$")
# "the Houthi-run health ministry": a ministry of a de facto authority, named by its seat
_RUN_BY = re.compile(r"^(?P<who>[A-Z][\w]+)(?:-(?:run|led|controlled|administered)|(?:\s+(?:group|movement|rebels|militants))?(?:['’]s|s?['’]))\s+(?P<rest>.+)$"
                     # "the health ministry in Houthi-run Sanaa": the ministry, its seat after it
                     r"|^(?P<rest2>.+?)\s+in\s+(?P<who2>[A-Z][\w]+)-(?:run|led|controlled|held)\s+[A-Z][\w\-]+$"
                     # "health officials in the Houthi rebel-run government": the ministry of the government it names
                     r"|^(?P<rest3>.+?)\s+(?:in|of|from|with)\s+(?:the\s+)?(?P<who3>[A-Z][\w]+)(?:[\s-](?:rebel|rebels|militant|group|movement))*"
                     r"(?:-(?:run|led|controlled|administered))?\s+(?:de\s+facto\s+)?(?:government|administration|authorit(?:y|ies))$")
_GENERIC_OWNER = re.compile(r"^(?:the\s+)?(?:(?:militant|armed|rebel|Islamist|jihadist|insurgent|Iran-backed|Iran-aligned)\s+)?(?P<g>rebels|militants|insurgents|group|movement)(?:['’]s|['’])\s+(?P<rest>.+)$", re.I)
_DE_FACTO_SEAT = {"hamas": "Gaza", "houthi": "Sanaa", "huthi": "Sanaa", "houthis": "Sanaa", "huthis": "Sanaa"}
# "Washington said", "Kigali denies": a capital speaking is its government
_CAPITALS = {
    "washington": "US", "moscow": "RU", "kyiv": "UA", "kiev": "UA", "kigali": "RW", "kinshasa": "CD", "damascus": "SY",
    "tehran": "IR", "beijing": "CN", "ankara": "TR", "jerusalem": "IL", "beirut": "LB", "baghdad": "IQ", "riyadh": "SA",
    "cairo": "EG", "addis ababa": "ET", "mogadishu": "SO", "bamako": "ML", "ouagadougou": "BF", "niamey": "NE",
    "abuja": "NG", "naypyidaw": "MM", "london": "GB", "paris": "FR", "berlin": "DE", "islamabad": "PK", "kabul": "AF",
    "new delhi": "IN", "bogota": "CO", "minsk": "BY", "pyongyang": "KP", "seoul": "KR", "tripoli": "LY", "juba": "SS",
}
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?(?=[a-z])", re.I)

# "the Malian transitional government", "Yemen's internationally recognised government": the state's government
_GOV_OF_COUNTRY = re.compile(
    r"^(?P<c>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:['’]s)?\s+(?i:(?:new|transitional|interim|military|military-led|junta-led|federal|central|"
    r"national|internationally[- ]recogni[sz]ed|Saudi-backed|caretaker|civilian|de facto)\s+){0,2}[Gg]overnment$",
)
# countries whose regional governors the central state appoints (and speak for it)
_KURDISTAN_PROVINCES = frozenset(("erbil", "arbil", "irbil", "duhok", "dohuk", "dahuk", "sulaymaniyah", "sulaimaniyah", "slemani", "halabja"))
_APPOINTED_GOVERNORS = frozenset(("BF", "ML", "NE", "CM"))
# "Jubaland officials", "Puntland's security minister", "the Sevastopol governor": a region's own government speaking
_REGION_VOICE = re.compile(
    r"^(?:the\s+)?(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?:['’]s)?\s+(?i:(?:regional|provincial|state|city|federal\s+member\s+state)\s+)?"
    r"(?i:officials?|authorities|government|administration|president|presidency|leader|governor(?:['’]s\s+office)?|gov\.|"
    r"spokes(?:man|woman|person)|cabinet|(?:[a-z]+\s+)?minist(?:er|ry))$"
)
# "the territory's Civil Defense rescue service": the country's civil defence (by role)
_CIVIL_DEFENCE = re.compile(
    r"^(?:(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+|(?:the\s+)?(?:territory|country|enclave|strip)(?:['’]s)?\s+)?civil\s+defen[cs]e"
    r"(?:\s+(?:agency|service|rescue\s+service|directorate|authority|spokes(?:man|woman|person)|teams?|workers|officials?))?$",
    re.I,
)
# "a military source said in a statement": one voice speaking for the army (the formula of state media);
# "military sources" (plural, unnamed) stay as written
_MIL_SOURCE = re.compile(r"^(?:(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+)?(?:military|army)\s+source$")
# "a local security official", "a Thai security source", "a military officer at the base" (speaking on condition
# of anonymity): one unnamed voice of the security services, what a coder records as "security sources"
_ANON_SECURITY = re.compile(
    r"^(?:(?P<det>(?i:a|an|one|another|two|three|several|some))\s+)?(?:(?:[A-Z][\w\-]+|[A-Z][.\u2024](?:[A-Z][.\u2024])+|(?i:local|senior|regional|provincial|district|top|high-ranking|government))\s+){0,2}"
    r"(?P<what>(?i:security|military|army|intelligence|police|law[- ]enforcement))\s+(?P<noun>(?i:officials?|officers?|sources?))"
    r"(?:\s+(?:at|in|from|near|with|based\s+in)\s+[^,;]{2,60})?$"
)
_COMMANDERS = re.compile(
    r"^(?:(?i:a|an|one|another|two|three|several|some)\s+)?(?:(?i:local|senior|field|top|frontline|front-line|regional)\s+)?"
    r"(?:(?P<c>[A-Z][\w\-]+|(?i:army|military|government))\s+)?(?i:commanders?|officers)"
    r"(?:\s+(?:at|in|on|near|from|with|based\s+in)\s+[^,;]{2,60})?$"
)
_OFF_RECORD = re.compile(
    r"\b(?:anonymity|not authori[sz]ed|(?:declin|ask|request|refus)\w* (?:not )?to be (?:named|identified)|"
    r"told (?:AFP|Reuters|AP|the Associated Press|Xinhua|Anadolu(?: Agency)?|Al Jazeera|the BBC|Lusa|dpa|EFE|Sputnik|TASS|"
    r"reporters|journalists|(?:[A-Z][\w\-]+\s+){1,3}by phone))"
)
# "Israeli emergency services": the country's emergency service (by role)
_EMERGENCY = re.compile(r"^(?:(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+)?(?:national\s+)?(?:emergency|rescue)\s+services?$", re.I)
# "Israeli medics": the country's ambulance service (by role; only with the country named)
_AMBULANCE = re.compile(r"^(?P<c>[A-Z][\w\-]+)(?:['’]s)?\s+(?:national\s+)?(?:medics|paramedics|ambulance\s+services?|emergency\s+medical\s+services?)$")
# a role's holder of a neighbouring country when the report's own has none: Israel's civil defence is
# a military command (the Home Front Command), so "Civil Defence" in a report centred on Israel is Gaza's
_ROLE_NEIGHBOUR = {("civil defence", "IL"): "PS", ("military", "PS"): "IL"}  # and Palestine has no army: "the military" is Israel's
# "the UN Resident and Humanitarian Coordinator for Sudan": an office of the United Nations
_UN_OFFICE = re.compile(
    r"^(?:UN|U\.N\.|United Nations)(?:['’]s)?\s+(?:[\w\-]+\s+){0,6}?(?:coordinator|envoy|officials?|spokes(?:man|woman|person)|chief|"
    r"representative|secretary-general|rapporteur|investigators?|experts?|monitors?|staff)\b(?:\s+(?:for|in|on)\s+.+)?$",
    re.I,
)
# "Katsina state's commissioner for internal security", "the Borno State Governor": the state's government
_STATE_OFFICE = re.compile(
    r"^(?P<p>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+[Ss]tate(?:['’]s)?\s+(?i:(?:deputy\s+)?(?:governor|gov\.)(?:['’]s\s+office)?|government|commissioner\b.*|"
    r"spokes(?:man|woman|person)|attorney[- ]general|(?:information|security)\s+(?:commissioner|adviser)|(?P<sema>emergency\s+management\s+agency)"
    r"|security\s+(?:committee|council))$",  # "the Kassala State Security Committee": the governor's own committee
)
# "the state governor", "the state's governor": the state the report names
_STATE_GOVERNOR = re.compile(r"^(?:the\s+)?state(?:['’]s)?\s+(?:deputy\s+)?(?:governor|government)(?:['’]s\s+(?:office|spokes(?:man|woman|person)))?$", re.I)
# "health ministry figures", "tally by local civil society groups": a count named by whoever produced it
_DOCUMENT_TAIL = re.compile(r"^(?P<whose>.{2,80}?)(?:['’]s?)?\s+(?:(?:latest|new|updated|official|provisional|preliminary)\s+)?"
                            r"(?:figures|data|statistics|tall(?:y|ies)|counts?|records|estimates|numbers|statements?|communiqu[eé]s?|press\s+releases?|bulletins?)"
                            r"$"
                            r"|^(?:(?:latest|new|updated|official|provisional|preliminary)\s+)?(?:figures|data|statistics|tall(?:y|ies)|counts?|records|"
                            r"estimates|numbers|information)\s+(?:by|from|of|compiled\s+by|gathered\s+by)\s+(?P<whose2>.{2,80})$", re.I)
# "the Chadian army's general staff", "Bahrain's military General Command": an army's own organ speaks for it
_FORCE_ORGAN = re.compile(r"^(?P<force>(?:the\s+)?(?:[A-Z][\w\-]+(?:['’]s)?\s+)?(?:army|military|armed\s+forces|defen[cs]e\s+forces?))(?:['’]s?)?\s+"
                          r"(?:general\s+staff|(?:(?:general|high|central|joint|supreme)\s+)?command|headquarters|press\s+(?:service|office)|media\s+(?:office|centre|center))$", re.I)
# "the state health ministry", "Khartoum State's Ministry of Health", "the state ministry of health": a federal state's own
_STATE_MINISTRY = re.compile(r"^(?:the\s+)?(?:(?P<p>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?[Ss]tate(?:['’]s)?\s+(?:[Hh]ealth\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:[Pp]ublic\s+)?[Hh]ealth)"
                             r"(?:\s+(?:officials?|spokes(?:man|woman|person)|sources?))?$")
# "a state named in the sentence" ("in Nigeria's northeastern Borno state")
_STATE_MENTION = re.compile(r"\b(?!(?:In|At|From|For|Of|The|And)\s)(?P<p>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+[Ss]tate\b(?!\s+(?:of|Administration|Council|Media|TV|Television|Department))")
_NOT_A_STATE = frozenset("islamic the a this that its his their our federal member one islamic-state".split())
# "a local administrator in Djugu", "administrator of Lubero territory": the local authorities
_LOCAL_ADMIN = re.compile(
    r"^(?:(?:a|an|the|one)\s+)?(?:local\s+|territorial\s+|district\s+)?(?:administrator|administrators|commissioner|sub-prefect|prefect|"
    r"chief of (?:the\s+)?(?:village|sector|chiefdom|district))\s+(?:of|in|for)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?"
    r"(?:\s+(?:territory|district|county|commune|sector|chiefdom|locality|area))?$",
)
# "a lawmaker for Buthidaung", "local MPs", "a legislator from the area": an unnamed elected representative of
# the place, what a coder records as local officials
_LAWMAKER = re.compile(
    r"^(?:(?:a|an|one|two|several|some|the|local)\s+)*(?:local\s+|regional\s+|state\s+|provincial\s+)?"
    r"(?:lawmakers?|legislators?|MPs?|members?\s+of\s+(?:the\s+)?(?:parliament|(?:state|regional|provincial)\s+assembly)|parliamentarians?)"
    r"(?:\s+(?:for|from|representing|of|in)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3})?$",
    re.I,
)
# "the mayor of Mozogo", "the town's mayor", "Beni mayor": a municipality's head, what a coder records as local officials
_MAYOR = re.compile(
    r"^(?:(?:a|an|the|one)\s+)?(?:(?:deputy|acting|former|local)\s+)?(?:[Mm]ayor\s+(?:of|in|for)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?"
    r"|(?:(?:[A-Z][\w\-]+|town|city|village|municipality|district)(?:['’]s)?\s+)?(?:deputy\s+|acting\s+)?[Mm]ayor)$"
)
# "the council chairman", "the Mangu local government chairman", "chairman of Bokkos Local Government Area": the
# elected head of a local government (Nigeria's LGAs, Kenya's counties), what a coder records as local officials
_COUNCIL_CHAIR = re.compile(
    r"^(?:(?:a|an|the|one)\s+)?(?:(?:deputy|acting|former|local)\s+)?(?:(?:(?:[A-Z][\w\-]+\s+){0,2}(?i:local\s+government(?:\s+area)?(?:\s+council)?|LGA)"
    r"|(?:local\s+|district\s+|county\s+|the\s+)?council)\s+(?:chairman|chairwoman|chairperson|chair)"
    r"|(?:chairman|chairwoman|chairperson)\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]+\s+){1,3}(?i:local\s+government(?:\s+area)?(?:\s+council)?|LGA|(?:local|district|county)\s+council)"
    # "the head of Qusra village council", "chief of the local council of Kafr Nabl": the council of a village or town
    r"|(?:(?i:head|chief|chairman|chairwoman|chairperson|president|leader)\s+of\s+(?:the\s+|a\s+)?(?:[A-Z][\w\-]+\s+){0,2}(?i:village|town|local|municipal|rural|communal)\s+council"
    r"(?:\s+(?:of|in)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?))$"
)
# "the army spokesman in Ituri", "the army spokesman in the region": the office, wherever it sits
_LOCATIVE_TAIL = re.compile(
    r"\s+(?:for\s+(?:military\s+)?operations\s+)?(?:in|for|at)\s+(?:the\s+)?(?:(?:[A-Z][\w\-]+\s+){0,2}(?:region|area|province|sector|zone|state|district|city|town|capital|county|territory|governorate)"
    r"|(?:north|south)?-?(?:east|west)|north|south|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)$"
)
# "the North Kivu army spokesman", "Plateau police spokesman": a place (not a country) before an office
_LEADING_PLACE = re.compile(r"^(?:the\s+)?(?P<place>(?:[A-Z][\w\-]+\s+){1,2}?)(?=(?:state\s+)?(?:army|military|police)\s+(?:spokes(?:man|woman|person)|command|commander|commissioner|chief|headquarters)$)")
# unnamed diplomats and aid workers, each told by their calling ("a Western diplomat", "a UN aid worker"):
# shared by the anonymous voices and the appositions of a named private person
_AID_BY_WHOSE = r"(?:(?-i:[A-Z][\w\-]+)\s+(?=(?:diplomats?|aid\s+workers?|humanitarian\s+\w+)$))?"
_AID_NOUNS = (r"diplomats?|diplomatic\s+sources?|aid\s+(?:workers?|officials?)|humanitarian\s+(?:workers?|officials?|sources?)"
              r"|relief\s+workers?")
# a person who speaks for nobody but themselves, by the role the report gives them: the name a coder records
_ANON_VOICE = re.compile(
    r"^(?:(?:a|an|one|another|the|two|three|several|some|many|other|local|young|elderly|female|male|senior|chief|duty|hospital|\d+-year-old)\s+)*"
    r"(?:of\s+(?:the\s+|those\s+)?)?"  # "one of the survivors", "two of those residents": one of the crowd
    r"(?:(?-i:[A-Z][\w\-]+)\s+(?=(?:residents?|villagers?|inhabitants?|traders?|shopkeepers?|farmers?)$))?"  # "a Maiduguri resident"
    + _AID_BY_WHOSE
    + r"(?P<noun>" + _AID_NOUNS + r"|residents?|villagers?|inhabitants?|locals|traders?|shopkeepers?|farmers?|herders?|worshippers?|neighbou?rs?|colleagues?|witness(?:es)?|eyewitness(?:es)?|survivors?|doctors?|nurses?|medics?|paramedics?|"
    r"medical\s+(?:sources?|workers?|staff)|health\s+workers?|hospital\s+sources?|(?:hospital|clinic)\s+(?:staff|workers?|employees)|rescue\s+workers?|rescuers?|first\s+responders?|emergency\s+workers?|"
    r"volunteer\s+(?:emergency|rescue|ambulance)\s+(?:services?|teams?|groups?|workers?)|"
    r"teachers?|head\s?teachers?|headmasters?|school\s+(?:staff|principal|director|officials?)|"
    r"(?:(?:community|clan|village|tribal|traditional)\s+)?elders?|relatives?|"
    r"(?:village|traditional|customary)\s+(?:leaders?|chiefs?|heads?|rulers?)|(?:protest\s+|rally\s+|march\s+)?organi[sz]ers?)"
    r"(?:\s+(?:in|at|of|from|near|inside|outside)\s+(?!the\s+(?:army|military|group|ministry)).{2,60})?$",
    re.I,
)
# "a civil society leader in Masisi", "local civil society groups", "according to civil society in Rutshuru", "the
# Beni civil society coordinator": what a coder records as local civil society
_CIVIL_SOCIETY = re.compile(
    r"^(?:(?:a|an|one|the|two|several|some|other|local|members?\s+of|head\s+of|leaders?\s+of|president\s+of|representatives?\s+of)\s+)*"
    r"(?:(?:[A-Z][\w\-]+\s+){1,2}(?:(?i:territory|town|city|district)\s+)?)?(?i:local\s+)?(?i:civil[- ]society)"
    r"(?i:\s+(?:groups?|leaders?|members?|activists?|organi[sz]ations?|representatives?|sources?|figures?|actors?|platforms?|coordinators?|"
    r"coordination|president|spokes(?:man|woman|person)|officials?))?(?:\s+(?:in|of|from|at|for)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3})?$",
)
# "his wife", "her brothers", "the victim's mother", "the boy's family": a speaker's kin
_KIN = re.compile(
    r"^(?:his|her|their|(?:the\s+)?[\w\-]+(?:['’]s|s['’]))\s+(?:(?:colleagues|friends|neighbou?rs|lawyers?)\s+and\s+)?(?:(?:late|slain|dead|elder|younger|eldest)\s+)?"
    r"(?:wife|wives|husband|widow|widower|mother|father|parents?|sons?|daughters?|brothers?|sisters?|cousins?|uncles?|aunts?|nephews?|nieces?|"
    r"grand(?:mother|father|son|daughter)s?|famil(?:y|ies)(?:\s+members?)?|relatives?)(?-i:(?:,?\s+[A-Z][\w'’\-]+){1,3})?$",  # "His brother Bryan Fenster"
    re.I,
)
# "the opposition Social Democratic Front party", "the main opposition Cameroon Renaissance Movement (MRC)"
_OPPOSITION = re.compile(
    r"^(?:(?i:the|main|leading|largest)\s+)*(?i:opposition)\s+(?P<n>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’\-]*)*)"
    r"(?:\s+(?i:party|movement|coalition|alliance))?(?:\s+\([A-Z]{2,8}\))?$",
)
# "residents contacted by AFP", "a villager reached by telephone", "two witnesses interviewed by Reuters": the
# voice, not the outlet that reached it
_REACHED_BY = re.compile(r"^(?P<who>.+?)\s+(?:reached|contacted|interviewed|quoted|questioned|cited|spoken\s+to)\s+(?:by|via|over|on)\s+.+$", re.I)
# "his lawyer said", "a lawyer for the family", "the defence lawyers of the accused", "her attorney John Musa":
# counsel speak for a client, what a coder records as lawyers
_LAWYER = re.compile(r"^(?:(?:his|her|their|its|(?:the\s+)?[\w\-]+(?:['’]s|s['’])|a|an|one|the|two|three|several|some)\s+)?(?:(?:defen[cs]e|family|human\s+rights|rights)\s+)?"
                     r"(?:lawyers?|attorneys?|counsel|legal\s+(?:team|counsel|representatives?))(?:(?-i:(?:,?\s+[A-Z][\w'’\-]+){1,3})|\s+(?:for|of|representing)\s+.{2,60})?$", re.I)
_LOCAL_SOURCES = re.compile(r"^(?:(?:a|an|one|another|two|three|several|some|other)\s+)?(?:local|community)\s+sources?$", re.I)
_ANON_CANON: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # "a Western diplomat said", "two diplomats told Reuters": unnamed diplomats, diplomatic sources to a coder
    (re.compile(r"^(?:diplomats?|diplomatic\s+sources?)$", re.I), "diplomatic sources", "anonymous"),
    (re.compile(r"^(?:aid\s+(?:workers?|officials?)|humanitarian\s+\w+|relief\s+workers?)$", re.I), "aid workers", "ngo"),
    # "a neighbour of the family", "a colleague": private people who speak for themselves, local residents
    (re.compile(r"^(?:residents?|villagers?|inhabitants?|locals|traders?|shopkeepers?|farmers?|herders?|worshippers?|neighbou?rs?|colleagues?)$", re.I),
     "local residents", "anonymous"),
    # "survivors said", "according to a survivor": people who saw it, what a coder records as witnesses
    (re.compile(r"^(?:(?:eye)?witness(?:es)?|survivors?)$", re.I), "witnesses", "anonymous"),
    (re.compile(r"^(?:doctors?|nurses?|medics?|paramedics?|medical\s+\w+|health\s+workers?|hospital\s+sources?|(?:hospital|clinic)\s+(?:staff|workers?|employees))$", re.I), "medical sources", "medical"),
    (re.compile(r"^(?:rescue\s+workers?|rescuers?|first\s+responders?|emergency\s+workers?|volunteer\s+\w+\s+\w+)$", re.I), "rescue workers", "medical"),
    (re.compile(r"^(?:teachers?|head\s?teachers?|headmasters?|school\s+\w+)$", re.I), "school staff", "anonymous"),
    (re.compile(r"^(?:(?:community|clan|village|tribal|traditional)\s+)?elders?$", re.I), "local elders", "anonymous"),
    (re.compile(r"^relatives?$", re.I), "local residents", "anonymous"),  # (residents and relatives: docs/gold-format.md)
    # "a traditional chief in the area", "village heads": what a coder records as community leaders
    (re.compile(r"^(?:village|traditional|customary)\s+(?:leaders?|chiefs?|heads?|rulers?)$", re.I), "community leaders", "anonymous"),
    # "organisers said", "crowds that organisers put at 200,000": the protest's organisers, unnamed
    (re.compile(r"^(?:(?:protest|rally|march)\s+)?organi[sz]ers?$", re.I), "protest organisers", "anonymous"),
)


def _mk(name: str, kind: str, party: bool, span: Span | None, rule: str) -> Source:
    return Source(name, kind, party, span, rule)


def _from_known(ks: KnownSource, span: Span | None, rule: str) -> Source:
    return Source(ks.name, ks.kind, ks.party, span, rule)


def _role_source(role: str, cc: str | None) -> KnownSource | None:
    """The known source that plays ``role`` for country ``cc`` ("military", "UA" -> Armed Forces
    of Ukraine), from sources.yaml's role and country fields."""
    if not cc:
        return None
    known_sources()  # fills _by_role on first use
    return _by_role.get((role, cc))


def _military(cc: str | None, span: Span | None, rule: str) -> Source | None:
    """The armed forces of a country as a source ('Ukraine's commander-in-chief' -> Armed Forces of Ukraine)."""
    if not cc:
        return None
    ks = _role_source("military", cc)
    if ks:
        return _from_known(ks, span, rule)
    adj = _country_adjective(cc)
    return Source(f"{adj} military", "party", True, span, rule) if adj else None


@functools.lru_cache(maxsize=1024)
def _admin_countries(place: str) -> frozenset[str]:
    """The countries where ``place`` names a first-level division (or, in Lebanon and Palestine, any place)."""
    try:
        entries = shared_gazetteer().find(place)
    except Exception:  # no gazetteer built: no country
        return frozenset()
    return frozenset(e.cc for e in entries if e.feature == "admin1" or e.cc in ("LB", "PS"))


# "the U.S. Embassy in Yangon", "the Chinese embassy", "the embassy of France in Bamako", "the British
# embassy's spokesman": a country's mission, named as the corpus names it (sending country, host country)
_EMBASSY = re.compile(
    r"^(?:the\s+)?(?:(?P<c>[A-Z][\w.\u2024\-]*|United\s+(?:States|Kingdom|Arab\s+Emirates))\s+[Ee]mbassy|[Ee]mbassy\s+of\s+(?:the\s+)?"
    r"(?P<c2>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?))(?:\s+in\s+(?P<at>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?))?"
    r"(?:['’]s\s+(?:spokes(?:man|woman|person)|press\s+office|statement))?$")
_THE_COUNTRIES = frozenset(("US", "GB", "AE", "NL", "PH", "CF", "CD", "CG"))


def _embassy_country(cc: str) -> str | None:
    """A country as an embassy's name gives it: 'US' -> 'the United States', 'CN' -> 'China' (the
    first name of resources/countries.yaml, with "the" where English puts one), not the GeoNames
    name that ``actors.country_display`` gives."""
    terms = load_yaml("countries.yaml").get(cc)
    if not terms:
        return None
    return ("the " if cc in _THE_COUNTRIES else "") + str(terms[0])


def _embassy(name: str, ctx: SourceContext, span: Span | None, rule: str) -> Source | None:
    m = _EMBASSY.match(name)
    if not m:
        return None
    sender = _cc(m.group("c") or m.group("c2"))
    host = _context_cc(ctx)
    if (at := m.group("at")) is not None:
        host = _cc(at)
        if host is None:
            try:
                ccs = {e.cc for e in shared_gazetteer().find(at) if e.cc}
            except Exception:  # no gazetteer built
                ccs = set()
            ctx_cc = _context_cc(ctx)
            host = ctx_cc if ctx_cc in ccs else (next(iter(ccs)) if len(ccs) == 1 else None)
    if not sender or not host or sender == host:
        return None
    a, b = _embassy_country(sender), _embassy_country(host)
    if not a or not b:
        return None
    return _mk(f"Embassy of {a} in {b}", "government", False, span, rule + "+embassy")


def _institution(name: str, ctx: SourceContext, span: Span | None, rule: str) -> Source | None:
    """The institution a title or office speaks for, by general rules (None when none applies)."""
    if (emb := _embassy(name, ctx, span, rule)) is not None:
        return emb
    if _INSTALLED.search(name) and not _GROUP_SPOKES.match(name):
        return None
    if (bm := _BRANCH_CHIEF.match(name)) is not None:
        # "Ukraine's Ground Forces commander Oleksandr Syrskyi", "the commander of the Ukrainian Land Forces": the
        # commander of a land service speaks for his country's armed forces (not "Wagner's ground forces commander");
        # only a country the title names (the report's ranked country may be the other side's in a war of two states)
        c = bm.group("c") or bm.group("c2")
        cc = _cc(c) if c else None
        if cc is not None and (src := _military(cc, span, rule + "+branch-commander")) is not None:
            return src
    m = _POST_OF.match(name)
    if m:
        # "the SDF's national chairman", "the Karen National Union's leader": the body he heads speaks
        inner = normalise(m.group("org"), ctx, span, rule, remember=False)
        if inner is not None and not inner.rule.endswith(("+pronoun", "+anaphora", "+unresolved-anaphora", "+state")) and (
                (inner.kind not in ("anonymous", "media") and not inner.rule.endswith("+words"))
                or (_NAMED_ORG.match(inner.name) is not None and _ORG_WORDS.search(inner.name) is not None)):
            # a body named in full counts, known or not ("the MRC's president" after "the Cameroon Renaissance Movement (MRC)")
            return Source(inner.name, inner.kind, inner.party, span, inner.rule + "+post")
    m = _REGION_VOICE.match(name)
    if m and _cc(m.group("p")) is None:
        # "Jubaland officials", "the Jubaland president", "Sevastopol Governor": a region whose government is known
        for label in (f"government of {m.group('p')}", f"{m.group('p')} government"):
            if (ks := known_source(label)) is not None:
                return _from_known(ks, span, rule + "+regional-government")
        if re.search(r"\bregional\s+(?:government|president|presidency|administration|cabinet)$", name, re.I) and (
                m.group("p").lower() not in _OBLASTS and _admin_countries(m.group("p"))):
            # "the Oromia regional president", "the Amhara regional government": the region's own government (its
            # "regional authorities" stay local officials)
            return _mk(f"{m.group('p')} Regional Government", "government", False, span, rule + "+regional-government")
        if re.search(r"\bprovincial\s+(?:government|officials|authorities|administration)$", name, re.I) and (
                m.group("p").lower() not in _OBLASTS and _admin_countries(m.group("p"))):
            # "North Kivu provincial officials blamed", "South Kivu's provincial government said": the province's own
            # government, as coders name it (its governor, and an "official from the provincial government", stay local officials)
            return _mk(f"{m.group('p')} Provincial Government", "government", False, span, rule + "+provincial-government")
    m = _PRESIDENCY.match(name)
    if m:
        cc = _cc(m.group("c")) if m.group("c") else _context_cc(ctx)
        if m.group("c") and cc is None:
            return None  # "the Senate president", "the party president": not a head of state
        if cc:
            from .actors import country_display

            if m.group("presidency"):
                adj = _country_adjective(cc)
                return _mk(f"{adj} Presidency" if adj else f"Presidency of {country_display(cc)}", "government", False, span, rule + "+presidency")
            return _mk(f"Government of {country_display(cc)}", "government", False, span, rule + "+president")
    if _UN_OFFICE.match(name):
        if re.search(r"\bhuman\s+rights\b", name, re.I):
            # "the UN human rights chief", "U.N. human rights investigators": the UN's human rights office
            return _from_known(known_sources()["un human rights office"], span, rule + "+un-office")
        return _from_known(known_sources()["united nations"], span, rule + "+un-office")
    m = _AUTHORITIES.match(name)
    if m:
        c = m.group("c") or m.group("c2")
        cc = _cc(c) if c else _context_cc(ctx)
        if cc is not None:
            from .actors import country_display

            return _mk(f"Government of {country_display(cc)}", "government", False, span, rule + "+authorities")
        if c:
            return None  # "Houthi authorities": not a state's
    m = _DIOCESE.match(name)
    if m:
        arch = "Arch" if (m.group("arch") or m.group("arch2")) else ""
        return _mk(f"{arch}{'d' if arch else 'D'}iocese of {m.group('p') or m.group('p2')}", "ngo", False, span, rule + "+diocese")
    m = _PARK.match(name)
    if m:
        return _mk(m.group("n").strip(), "government", False, span, rule + "+park")
    m = _GROUP_SPOKES.match(name)
    if m:
        w = m.group("w").lower()
        prev = _armed_antecedent(f"{w}s" if f"{w}s" in _ARMED_ANAPHORA else "militants", ctx)
        if prev is not None and re.search(r"\b(?:military|army|armed\s+forces|police)\b", prev.name, re.I):
            prev = None  # a rebel's commander is no state army's voice
        if prev is not None:
            return Source(prev.name, prev.kind, prev.party, span, rule + "+group-spokesperson")
        if w == "separatist" and (cc := _context_cc(ctx)) is not None:
            # "a separatist commander" where the report named no group: the country's separatists ("a rebel
            # spokesman" may mean one of several groups, and stays as written)
            actors = ctx.actors or shared()
            for h in actors.find(f"{w}s"):
                got, actor, _how = actors.resolve(h.targets, [cc], None)
                if actor is not None and actor.kind in _NON_STATE:
                    ks = next((known_sources()[k] for k in map(_key, (actor.name, *(actor.short or "",), *actor.aliases)) if k in known_sources()), None)
                    return _from_known(ks, span, rule + "+group-spokesperson") if ks else _mk(got, "party", True, span, rule + "+group-spokesperson")
    if _LOCAL_ADMIN.match(name) or _MAYOR.match(name) or _COUNCIL_CHAIR.match(name) or _LAWMAKER.match(name):
        return _from_known(known_sources()["local officials"], span, rule + "+local-administrator")
    m = _STATE_OFFICE.match(name)
    if m and (_cc(m.group("p")) is None or _context_cc(ctx) in _admin_countries(m.group("p"))) and m.group("p").lower() not in _NOT_A_STATE:
        # "Niger state Gov. X" in a report on Nigeria: the state, though a country bears its name
        if m.group("sema"):
            # "the Borno State Emergency Management Agency": the state's agency, named as coders name it
            return _mk(f"{m.group('p')} State Emergency Management Agency", "government", False, span, rule + "+state-agency")
        return _mk(f"{m.group('p')} State Government", "government", False, span, rule + "+state-government")
    if _STATE_GOVERNOR.match(name) and ctx.states:
        return _mk(f"{ctx.states[-1]} State Government", "government", False, span, rule + "+state-government")
    if (ctx.states and re.fullmatch(r"(?:the\s+)?(?:[Gg]overnor|Gov\.)", name) and _context_cc(ctx) == "NG"
            and ctx.latest("word:governor|regional military administration|state government") is None):
        # "Governor Aminu Masari told journalists" in a report on a Nigerian state: the state's government
        return _mk(f"{ctx.states[-1]} State Government", "government", False, span, rule + "+state-government")
    m = _GOV_OF_COUNTRY.match(name)
    if m and (cc := _cc(m.group("c"))):
        from .actors import country_display

        return _mk(f"Government of {country_display(cc)}", "government", False, span, rule + "+government-of-country")
    for pat, roles in ((_CIVIL_DEFENCE, ("civil defence",)), (_EMERGENCY, ("emergency service", "ambulance service")),
                       (_AMBULANCE, ("ambulance service",))):
        m = pat.match(name)
        if m:
            cc = (_cc(m.group("c")) if m.group("c") else None) or _context_cc(ctx)  # "the territory's": the report's
            for role in roles:
                ks = _role_source(role, cc) or _role_source(role, _ROLE_NEIGHBOUR.get((role, cc)) if cc else None)
                if ks:
                    return _from_known(ks, span, rule + "+" + role.replace(" ", "-"))
            break
    if ctx.oblasts and _REGION_HEAD.fullmatch(name) and _context_cc(ctx) == "UA":
        # "..., the regional governor said" after the report named the region or its capital: that region's
        # Regional Military Administration
        return _mk(f"{ctx.oblasts[-1]} Regional Military Administration", "government", False, span, rule + "+oblast-administration")
    m = _OBLAST_HEAD.search(name)
    if m:
        obl = _OBLASTS[(m.group("o1") or m.group("o2")).lower()]
        return _mk(f"{obl} Regional Military Administration", "government", False, span, rule + "+oblast-administration")
    m = _GOVERNOR.match(name)
    if m and (m.group("p2") or "").lower() not in ("the", "regional", "provincial", "state", "military", "deputy", "former", "new"):
        place = m.group("p1") or m.group("p2")
        what = (m.group("k1") or m.group("k2") or "").lower()
        tail = re.match(r"^(.+?)\s+(state|province|region|regional|provincial|governorate)$", place, re.I)
        if tail:  # "the Zamfara state governor", "Irkutsk regional governor"
            place, what = tail.group(1), tail.group(2).lower()
        if place.lower() in _OBLASTS:
            return _mk(f"{_OBLASTS[place.lower()]} Regional Military Administration", "government", False, span, rule + "+oblast-administration")
        if _cc(place) is None and place[0].isupper():
            where = _admin_countries(place)
            if not what and where & {"LB", "PS"} and _context_cc(ctx) in ("IL", "PS", "LB"):
                # a Lebanese or Palestinian governor is the state's appointed administrator of a governorate
                return _from_known(known_sources()["local officials"], span, rule + "+governor")
            if "IQ" in where and _context_cc(ctx) == "IQ" and what in ("", "province", "provincial", "governorate"):
                # an Iraqi governor heads a province its council elects: local officials; in the Kurdistan Region's
                # provinces, the regional government's
                if place.lower() in _KURDISTAN_PROVINCES:
                    return _mk("Kurdistan Regional Government", "government", False, span, rule + "+governor")
                return _from_known(known_sources()["local officials"], span, rule + "+governor")
            cc = _context_cc(ctx)
            if cc not in where and len(where & _APPOINTED_GOVERNORS) == 1:
                # "the governor of the Far North region" in a report that names Nigeria most: a division of
                # the one neighbour whose governors the state appoints, not of the report's country
                cc = next(iter(where & _APPOINTED_GOVERNORS))
            if cc in _APPOINTED_GOVERNORS and cc in where:
                # Burkina Faso's, Mali's, Niger's and Cameroon's governors are appointed by the state: its government
                from .actors import country_display

                return _mk(f"Government of {country_display(cc)}", "government", False, span, rule + "+appointed-governor")
            if not what and "RU" in where:
                what = "region"  # "Belgorod Gov. Vyacheslav Gladkov": a Russian region's governor heads its government
            elif not what and "NG" in where:
                what = "state"  # "Benue governor": a Nigerian state's
            is_state = what == "state" or place.lower() in (st.lower() for st in ctx.states)
            # "Belgorod Region Governor": a region's governor heads its regional government
            label = (f"{place} State Government" if is_state else f"{place} Regional Government" if what in ("region", "regional")
                     else f"{place} Governor's Office")
            return _mk(label, "government", False, span, rule + "+governor")
    m = _GOVT_OWNED.match(name)
    if m:
        # "the army-aligned government's information minister", "the Burkinabe government's communication minister"
        c = m.group("c") if m.group("c") and _cc(m.group("c")) else None
        office = normalise(f"{c} {m.group('office')}" if c else m.group("office"), ctx, span, rule, remember=False)
        if office is not None and office.kind == "government" and office.name.startswith("Government of "):
            return office
    if _NAMED_HOSPITAL.match(name):
        # "Nasser Hospital said", "staff at Dilla General Hospital": a hospital speaking is what docs/gold-format.md
        # calls "medical sources"
        return _mk("medical sources", "medical", False, span, rule + "+hospital")
    if _HOSPITAL.match(name) or _HOSPITAL_AT.match(name):
        # an unnamed hospital director or official is what docs/gold-format.md calls "medical sources"; so is an
        # unnamed hospital told by where it is ("a hospital in the city said", "hospital officials in Mosul")
        return _mk("medical sources", "medical", False, span, rule + "+hospital")
    m = _MIL_SOURCE.match(name)
    if m and ("+coordinated" in rule or (not m.group("c") and ctx.latest("word:^military sources$") is not None)):
        # "witnesses and a military source said", then "the military source said": one of several unnamed
        # voices, not the army's statement
        return _mk("military sources", "party", True, span, rule + "+military-voice")
    if m and not ctx.off_record and (ctx.official or m.group("c")) and (cc := _cc(m.group("c")) if m.group("c") else _context_cc(ctx)):
        # "a military source said in a statement", or in a state agency's own report ("Aleppo, SANA - ... a military
        # source said"): the army's official voice; elsewhere ("a military source told SANA", "a military source
        # said" in an AFP report) an unnamed military official keeps his words, one of the military sources
        return _military(cc, span, rule + "+military-source")
    m = _MILITARY.match(name) or _MILITARY.match(_LOCATIVE_TAIL.sub("", name))
    lp = None if m else _LEADING_PLACE.match(name)
    if lp and (place := lp.group("place").strip()) and _cc(place) is None and not place.endswith(("'s", "’s")) and not _armed_actor(place):
        # "North Kivu army spokesman": the army of the report's country, speaking in that place
        m = _MILITARY.match(name[lp.end():])
    if m:
        c = m.group("c") if m.group("c") and m.group("c").lower() not in _NOT_COUNTRY else None
        cc = _cc(c)
        if c and cc is None:
            if (name.startswith(c) and _POSSESSIVE_S.match(name, len(c))) or _armed_actor(c) or not _LEADING_PLACE.match(name):
                return None  # "Wagner's commander": not a country's army
            c = None  # "the Ituri army spokesman": the country's army, speaking in that province
        if cc is None:
            bare = name.lower()
            prev = ctx.latest("word:" + _ANAPHORA["army"][5:]) if bare in ("army", "military", "armed forces") else None  # type: ignore[index]
            if prev is not None and prev.party and prev.name != "military sources":
                # (not the unnamed officers quoted before: "military sources said ... The army confirmed" is the army)
                return Source(prev.name, prev.kind, prev.party, span, rule + "+anaphora")
            cc = _context_cc(ctx)
            if cc and _role_source("military", cc) is None:
                cc = _ROLE_NEIGHBOUR.get(("military", cc), cc)
        return _military(cc, span, rule + "+military")
    m = _SPOKES_FOR.match(name) or _SPOKES_FOR.match(_LOCATIVE_TAIL.sub("", name))  # "the army's spokesman in the northeast"
    if m:
        inner = normalise(m.group("org") or m.group("org2"), ctx, span, rule, remember=False)
        if inner is not None and inner.kind not in ("anonymous",) and not inner.rule.endswith("+words"):
            return Source(inner.name, inner.kind, inner.party, span, inner.rule + "+spokesperson")
    m = _STATE_MEDIA.match(name)
    if m:
        cc = _cc(m.group("c")) if m.group("c") else _context_cc(ctx)
        if m.group("c") and cc is None:
            return None
        tv = re.search(r"\b(?:television|TV|broadcaster)$", name, re.I)  # "state television": the broadcaster, where one is known
        ks = (_role_source("state television", cc) if tv else None) or _role_source("state media", cc)
        adj = _country_adjective(cc) if cc else None
        if tv and adj and re.search(r"\b(?:television|TV)$", name, re.I) and _role_source("state television", cc) is None:
            # "Iranian state TV": the state's television as coders name it, not its news agency
            return _mk(f"{adj} state television", "government", False, span, rule + "+state-media")
        if ks:
            return _from_known(ks, span, rule + "+state-media")
        return _mk(f"{adj} state media" if adj else name, "government", False, span, rule + "+state-media")
    m = _POLICE.match(name) or _POLICE.match(_LOCATIVE_TAIL.sub("", name))  # "Police in Nasarawa said"
    lp = _LEADING_PLACE.match(name) if m and m.group("c") else None
    if lp and (place := lp.group("place").strip()) and _cc(place) is None and not place.endswith(("'s", "’s")) and not _armed_actor(place):
        m = _POLICE.match(name[lp.end():])  # "Plateau police spokesman": the national police, speaking in that state
    if m:
        c = m.group("c") if m.group("c") and m.group("c").lower() not in _NOT_COUNTRY else None
        if c and re.search(r"\bstate\s+police", name, re.I) and (_cc(c) is None or (ctx.country and _cc(c) != _context_cc(ctx))):
            # "the Kebbi State Police Command": a state's command of the national police; "the Niger state
            # police" in a report on Nigeria: a Nigerian state named like a country
            c = None
        cc = _cc(c) if c else _context_cc(ctx)
        if c and cc is None:
            return None
        ks = _role_source("police", cc)
        if ks:
            return _from_known(ks, span, rule + "+police")
        adj = _country_adjective(cc) if cc else None
        if adj and c:
            return _mk(f"{adj} police", "government", False, span, rule + "+police")
        return None
    if _NAMED_COMMITTEE.match(name):
        if re.search(r"Emergency Response Rooms?$", name):
            # "the Southern Belt Emergency Response Room": the volunteer network a coder records as the committees
            return _from_known(known_sources()["resistance committees"], span, rule + "+named-committee")
        return _mk(name, "anonymous", False, span, rule + "+named-committee")
    m = _RUN_BY.match(name)
    if m and (who_run := (m.group("who") or m.group("who2") or m.group("who3")).lower()) in _DE_FACTO_SEAT:
        post = m.group("rest") or m.group("rest2") or re.sub(  # "health officials in the ... government": its health ministry's
            r"^((?:the\s+)?(?i:health|interior|defen[cs]e|foreign|information))\s+(?=(?i:officials?|sources?|spokes(?:man|woman|person))$)",
            r"\1 ministry ", m.group("rest3"))
        ministry = _ministry(post, _DE_FACTO_SEAT[who_run])
        if ministry:
            kind = "party" if "Defence" in ministry else "medical" if "Health" in ministry else "government"
            return _mk(ministry, kind, kind == "party", span, rule + "+de-facto-ministry")
    m = _GENERIC_OWNER.match(name)
    if m:
        # "the rebels' health ministry", "the group's interior ministry": the ministry of the de facto authority the
        # generic noun stands for (the armed actor the report named), as "the Houthi-run health ministry" is
        prev = _armed_antecedent("group" if m.group("g").lower() in ("group", "movement") else m.group("g").lower(), ctx)
        who = next((w for w in re.findall(r"[a-z]+", prev.name.lower()) if w in _DE_FACTO_SEAT), None) if prev is not None else None
        if who is None and m.group("g").lower() == "rebels" and _context_cc(ctx) == "YE":
            who = "houthis"
        if who is not None and (ministry := _ministry(m.group("rest"), _DE_FACTO_SEAT[who])):
            kind = "party" if "Defence" in ministry else "medical" if "Health" in ministry else "government"
            return _mk(ministry, kind, kind == "party", span, rule + "+de-facto-ministry")
    if low_name := name.lower():
        if low_name in _CAPITALS:
            from .actors import country_display

            return _mk(f"Government of {country_display(_CAPITALS[low_name])}", "government", False, span, rule + "+capital")
    m = _HEAD_OF.match(name)
    if m:
        # "the head of a volunteer emergency service in the city": the body he heads
        inner = normalise(m.group("org"), ctx, span, rule, remember=False)
        if inner is not None and not inner.rule.endswith(("+words", "+pronoun", "+anaphora", "+unresolved-anaphora")):
            return Source(inner.name, inner.kind, inner.party, span, inner.rule + "+head-of")
    m = _GOV_VOICE.match(name)
    if m and re.search(r"spokes(?:man|woman|person)$", name, re.I) and (cc := _cc(m.group("c")) if m.group("c") else _context_cc(ctx)):
        # "Government spokesman Rene Sadi", "the DRC government spokesperson": the government's own voice
        from .actors import country_display

        return _mk(f"Government of {country_display(cc)}", "government", False, span, rule + "+government-of-country")
    if (m and (cc := _cc(m.group("c")) if m.group("c") and not m.group("c").islower() else _context_cc(ctx))
            and re.search(r"\bgovernment\s+officials?$", name, re.I) and not re.search(r"\blocal\b", name, re.I)):
        # "a government official told AFP", "senior Sudanese government officials said": the (report's) country's government
        from .actors import country_display

        return _mk(f"Government of {country_display(cc)}", "government", False, span, rule + "+government-of-country")
    if m and not m.group("c"):
        cc = _context_cc(ctx)
        adj = _country_adjective(cc) if cc else None
        if adj:
            return _mk(f"{adj} {name[0].lower()}{name[1:]}", "government", False, span, rule + "+government-of-country")
    return None


# a university or power plant named in full ("the University of Buea", "Makerere University", "the
# Zaporizhzhia Nuclear Power Plant", "the Kakhovka hydroelectric power station")
_FACILITY_MENTION = re.compile(
    r"\b(?P<u>University\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}|(?:[A-Z][\w'’\-]*\s+){1,3}University)\b"
    r"|\b(?P<p>(?:[A-Z][\w'’\-]*\s+){1,3}(?:(?:(?:[Nn]uclear|[Tt]hermal|[Hh]ydroelectric|[Hh]ydro|[Cc]oal|[Gg]as)\s+)?[Pp]ower|[Nn]uclear|[Hh]ydroelectric)"
    r"\s+(?:[Pp]lant|[Ss]tation)|(?:[A-Z][\w'’\-]*\s+){1,3}(?:NPP|HPP|TPP))\b"
    r"|\b(?P<r>(?:[A-Z][\w'’\-]*\s+){1,3}(?:(?:Special|Game|Nature|Wildlife|Forest)\s+)?(?:Reserve|National\s+Park))\b"
)
# how a report speaks of the named facility's voice afterwards: "university authorities", "the station's
# press service", "plant officials", "the vice chancellor" (not the bare "the university", which says
# little of who spoke)
_FACILITY_VOICE = re.compile(
    r"^(?:the\s+)?(?:(?P<u>university)|(?P<r>reserve|park)|(?P<p>(?:(?:nuclear|thermal|hydroelectric|hydro|coal|gas)\s+)?(?:power\s+)?(?:plant|station)|npp))"
    r"(?:['’]s)?\s+(?:authorities|officials?|administration|management|press\s+(?:service|office)|spokes(?:man|woman|person)|"
    r"director|operator|staff)$"
    r"|^(?:the\s+)?(?:university['’]s\s+)?(?P<head>vice[- ]chancellor|rector)\b",
    re.I,
)


def _note_facilities(sentence: str, start: int, article_id: str, ctx: SourceContext) -> None:
    """Remember the universities and power plants a sentence names, each under its own kind."""
    if "niversity" not in sentence and not re.search(r"[Pp]lant|[Ss]tation|PP\b|Reserve|National Park", sentence):
        return
    known = known_sources()
    for m in _FACILITY_MENTION.finditer(sentence.replace(_LEADER, ".")):
        written = m.group(0)
        what = "university" if m.group("u") else "reserve" if m.group("r") else "plant"
        ks = known.get(_key(written))
        span = Span(article_id, start + m.start(), start + m.end())
        ctx.facilities.append((what, _from_known(ks, span, "mention") if ks else _mk(written, "government", False, span, "mention")))


def _facility_voice(name: str, ctx: SourceContext, span: Span | None, rule: str) -> Source | None:
    """'university authorities said', 'the station's press service said': the university or plant the
    report named, when it named one (None otherwise)."""
    if not ctx.facilities:
        return None
    m = _FACILITY_VOICE.match(name)
    if not m:
        return None
    what = "plant" if m.group("p") else "reserve" if m.group("r") else "university"
    prev = next((s for k, s in reversed(ctx.facilities) if k == what), None)
    if prev is None:
        return None
    return Source(prev.name, prev.kind, prev.party, span, rule + "+facility")


def _short_acronym_in(alias_key: str, name: str) -> bool:
    """A two- or three-letter alias ("un", "msf", "m23") counts inside a phrase only as a capitalised word of
    it ("the UN in Somalia", "the U.N. mission", "M23 fighters"), never as a common word ("is", "aa")."""
    if len(alias_key) < 2 or not alias_key.isalnum() or not alias_key[0].isalpha():
        return False
    words = re.findall(r"[A-Za-z][A-Za-z0-9]*", name.replace("U.N.", "UN").replace("U.S.", "US"))
    return alias_key.upper() in words


# "Dana Gas and its partner Crescent Petroleum", "the army and its allies": the first voice speaks for both
_AND_ITS = re.compile(r"^(?P<first>.{3,}?)\s+and\s+(?:its|their)\s+(?:\w+\s+){0,2}?(?:partners?|allies|umbrella|wing|arm|subsidiar(?:y|ies)|affiliates?|operators?|owners?|contractors?)\b.*$", re.I)


# "dissolved the government": a verb and its object, not the name of a body
_VERB_PHRASE = re.compile(r"\b\w+ed\s+(?:the|a|an|its|his|her|their)\s", re.I)

def normalise(raw: str, ctx: SourceContext, span: Span | None, rule: str, *, remember: bool = True) -> Source | None:
    name = _tidy(raw)
    if (m_via := _REACHED_BY.match(name)) is not None and (_ANON_VOICE.match(m_via.group("who")) or _LOCAL_SOURCES.match(m_via.group("who"))):
        name = m_via.group("who")  # "elders reached by Garowe Online said": the elders speak, the outlet only asked
    if (m_its := _AND_ITS.match(name)) is not None:
        name = m_its.group("first")
    # "an army statement issued earlier in the day": the document, not when it came out
    name = re.sub(r"(?i)\b(statements?|communiqu[eé]s?|releases?|bulletins?)\s+(?:issued|released|published|read\s+out|posted|put\s+out)\b.*$", r"\1", name)
    low = name.lower()
    if low in ("he", "she") and (subj := ctx.subject) is not None:
        return Source(subj.name, subj.kind, subj.party, span, rule + "+pronoun-subject")
    if (mm := re.fullmatch(r"(?:(?:an?|one|another|two|three|several)\s+)?(?:senior\s+)?members?\s+of\s+(?P<body>the\s+[\w\-]+)", low)) is not None:
        # "a member of the committee said", after the committee spoke: the body, as "the committee" would be
        whole = normalise(mm.group("body"), ctx, span, rule, remember=False)
        if whole is not None and not whole.rule.endswith(("+words", "+unresolved-anaphora")):
            return Source(whole.name, whole.kind, whole.party, span, whole.rule + "+member")
    if re.fullmatch(r"(?:one|two|three|some|several|many|another)\s+of\s+(?:them|those)", low):
        # "one of them said", after residents or witnesses who spoke, or a crowd the sentence before names
        # ("Dozens of villagers fled to the town. One of them told AFP ..."): one of that crowd
        crowd = ctx.crowds[-2] if len(ctx.crowds) > 1 else None
        prev = ctx.latest()
        if crowd is None and prev is not None and prev.name in _CROWD_VOICES:
            crowd = prev.name
        if crowd is None:
            return None
        ks = known_source(crowd)
        return _mk(crowd, ks.kind if ks else "anonymous", False, span, rule + "+one-of-them")
    if low in _PRONOUNS and name.isupper() and len(name) >= 3 and _key(name) in known_sources():
        return _from_known(known_sources()[_key(name)], span, rule + "+dictionary")  # "the WHO said": an acronym, no pronoun
    if low in _PRONOUNS:
        prev = ctx.latest()
        return Source(prev.name, prev.kind, prev.party, span, rule + "+pronoun") if prev else None
    if len(name) == 2 and name.isupper() and _key(name) in known_sources():
        return _from_known(known_sources()[_key(name)], span, rule + "+dictionary")  # "The UN said"
    if not name or len(name) > 90 or (_NOT_SOURCE.match(name) and not (_COUNTED_VOICE.match(name) and not rule.startswith("relative"))
                                                    and not (re.match(r"(?i)(?:one|two|three|some|several|many)\s+of\s", name) and _ANON_VOICE.match(name))) or _VERBISH.search(re.sub(r"\bIS\b", "", name)) or len(name) < 3 or low == "united":
        return None
    if _FIRST_PERSON.search(name):
        return None  # '"So far we have counted 60 bodies," he said': the quote, not its speaker
    if (dm := _DOCUMENT_TAIL.match(name)) is not None:
        # "according to health ministry figures", "police data showed": the voice whose figures they are; figures of
        # no one the rules know ("official figures", "provisional data") are no voice
        whose = normalise(re.sub(r"(?i)^(?:an?|one)\s+", "", dm.group("whose") or dm.group("whose2")), ctx, span, rule, remember=remember)
        if whose is None or whose.rule.endswith(("+words", "+pronoun", "+anaphora", "+unresolved-anaphora")):
            return None
        return whose
    known = known_sources()
    k = _key(name)
    if k not in known and "." in k:  # "U.N. children's agency" is the "UN children's agency"
        k = k.replace("u.n.", "un").replace("u.s.", "us")
    if k in known:
        if remember and " " in name and _PERSON_NAME.match(name) and not _ORG_WORDS.search(name) and known[k].name != name:
            _remember(ctx, name, _from_known(known[k], span, rule))  # "Vitaliy Kim said" ... then "Kim said"
        return _from_known(known[k], span, rule + "+dictionary")
    if re.fullmatch(r"(?i:army|military)\s+sources", name):
        # "army sources said", "Military sources told AFP": unnamed voices of the army
        return _mk("military sources", "party", True, span, rule + "+military-voice")
    if (cm := _COMMANDERS.match(name)) is not None and (
            (cm.group("c") and (_cc(cm.group("c")) or cm.group("c").lower() in ("army", "military", "government")))
            or (not cm.group("c") and any(not non_state for _, _, non_state in ctx.armed))):
        # "Commanders said", "army commanders told Reuters", "Somali commanders said": officers of the army
        # unnamed, in a report that names the state's forces (a rebel group's own are "M23 commanders")
        return _mk("military sources", "party", True, span, rule + "+military-voice")
    # (the determiner read after a leading conjunction: "but a senior police officer in Basra, speaking on condition of anonymity, blamed")
    m = _ANON_SECURITY.match(re.sub(r"^(?i:but|and|while|whereas|although|though|yet)\s+", "", raw.strip())) or _ANON_SECURITY.match(name)
    # without an article: "Lebanese security officials", "military officials", "law enforcement sources" ("Iraqi
    # security sources" keeps its words)
    if m and (m.group("det") or m.group("what").lower().startswith("law") or (m.group("noun").lower() in ("officials", "officers") and (
            _cc(m.group(0).split()[0]) or m.group("what").lower() in ("military", "army")))):
        what, noun = m.group("what").lower(), m.group("noun").lower()
        # "a security source", "a law enforcement source", "Lebanese security officials": unnamed voices of the
        # security services; an unnamed military officer off the record, or military officials unnamed
        # ("two military officials told AFP"): military sources ("a military source" and "a police
        # officer" keep their own words, below)
        if what in ("security", "intelligence") or what.startswith("law"):
            return _mk("security sources", "anonymous", False, span, rule + "+security-voice")
        if what in ("military", "army") and not noun.startswith("source") and (ctx.off_record or noun.endswith("s") or m.group("det")):
            # "a military officer told Garowe Online", "an army officer said": no name, one of the military sources
            return _mk("military sources", "party", True, span, rule + "+military-voice")
        if what == "police" and m.group("det") and not noun.startswith("source"):
            # "a police officer told AFP", "a senior police officer in Basra said": an unnamed police official is one
            # of the security sources (gold-format.md); "police said" stays the police, "a police source" its words
            return _mk("security sources", "anonymous", False, span, rule + "+security-voice")
    person = _key(_HONORIFIC.sub("", name))
    if person in ctx.people:  # "Lysak said" after "Serhii Lysak, head of the Dnipropetrovsk regional administration"
        prev = ctx.people[person]
        return Source(prev.name, prev.kind, prev.party, span, rule + "+person")
    if (om := _NAMED_OFFICER.match(name)) is not None:
        # "police officer Mohamed Abdi told Anadolu", "army officer Capt. Ali Musa said": an officer on the record
        # speaks for his force (unnamed, he is one of the security or military sources, above)
        force = normalise(om.group("what"), ctx, span, rule, remember=False)
        if force is not None and not force.rule.endswith(("+words", "+unresolved-anaphora", "+anaphora", "+pronoun")):
            if remember:
                _remember(ctx, om.group("person"), force)
            return Source(force.name, force.kind, force.party, span, force.rule + "+named-officer")
    # "Kharkiv regional Gov. Oleh Syniehubov": the office, not the person
    m = _TITLE_NAME.match(name)
    if m and (pk := _key(_HONORIFIC.sub("", m.group("person")))) in known and len(pk) > 4:
        if remember:
            _remember(ctx, m.group("person"), _from_known(known[pk], span, rule))
        return _from_known(known[pk], span, rule + "+dictionary-person")  # "regional governor Pavlo Kyrylenko"
    if (am := _ACRONYM_POST.match(name)) is not None and (full := ctx.acronyms.get(am.group("acr"))) is not None:
        # "NLD spokesman Myo Nyunt" after "her National League for Democracy (NLD) party": the body the report named, in full
        named_body = normalise(full, ctx, span, rule, remember=False)
        if named_body is not None:
            if remember:
                _remember(ctx, am.group("person"), named_body)
            return Source(named_body.name, named_body.kind, named_body.party, span, named_body.rule + "+acronym-post")
    if m and not _AND_THE.search(name) and not _ORG_WORDS.search(m.group("person")):
        office = normalise(m.group("title"), ctx, span, rule, remember=False)
        if office is None or office.rule.endswith("+words"):
            # "KNU foreign affairs head Padoh Saw Taw Nee", "Wagner mercenary chief Yevgeny Prigozhin", "PA security
            # services spokesman Anwar Rajab": the post's own words name no body; the body is what the title's words
            # before the post (and its describing words) name
            title_body = _title_body(m.group("title"), ctx, span, rule)
            office = title_body or office
        if office is not None and (not office.rule.endswith("+words") or (office.kind != "media" and bool(_OFFICE_WORDS.search(m.group("title"))))):
            if remember:
                _remember(ctx, m.group("person"), office)
            return Source(office.name, office.kind, office.party, span, office.rule + "+title")
    fac = _facility_voice(name, ctx, span, rule)
    if fac is not None:
        return fac
    if ("city" in name or "town" in name or "port" in name) and (town_office := _city_office(name, ctx, span, rule)) is not None:
        return town_office
    if (cm := _FORCE_ORGAN.match(name)) is not None:
        # "the Chadian army's general staff", "Bahrain's military General Command": an organ of an army speaks for it
        force = normalise(cm.group("force"), ctx, span, rule, remember=False)
        if force is not None and not force.rule.endswith(("+words", "+pronoun", "+anaphora", "+unresolved-anaphora")):
            return Source(force.name, force.kind, force.party, span, force.rule + "+organ")
    inst = _institution(name, ctx, span, rule)
    if inst is not None:
        return inst
    # the longest known alias inside the phrase ("the UK-based Syrian Observatory for Human Rights monitor")
    for alias_key in sorted((a for a in known if a in k and (len(a) >= 4 or _short_acronym_in(a, name))), key=len, reverse=True):
        i = k.index(alias_key)
        if (i == 0 or not (k[i - 1].isalnum() or k[i - 1] == "-")) and (i + len(alias_key) == len(k) or not k[i + len(alias_key)].isalnum()) \
                and not re.search(r"\b(?:abu|abou|bin|ibn|ould|umm)\s+$", k[:i]):  # "Abu Shabab's group": a man's name, not al-Shabab
            j = name.lower().find(alias_key)
            if remember and j >= 0 and " " in alias_key and _PERSON_NAME.match(said := name[j:j + len(alias_key)]) and not _ORG_WORDS.search(said):
                _remember(ctx, said, _from_known(known[alias_key], span, rule))  # "regional governor Vitaliy Kim" ... "Kim said"
            return _from_known(known[alias_key], span, rule + "+dictionary-inside")
    if "ivil" in name and _CIVIL_SOCIETY.match(name):
        return _mk("local civil society", "ngo", False, span, rule + "+civil-society")
    if (dm := _DESCRIBED_BODY.match(name)) is not None and not re.match(r"(?:an?|another|one)\s", raw.strip(), re.I):
        # "the rescue group said" after the White Helmets, "the medical charity" after MSF: the body named
        # before whose kind fits the description (a new "a rights group" is no anaphor)
        fits = _described_antecedent(dm.group("what").lower(), ctx)
        if fits is not None:
            return Source(fits.name, fits.kind, fits.party, span, rule + "+described-anaphora")
    m = _ANON_VOICE.match(name)
    if m:
        noun = re.sub(r"\s+", " ", m.group("noun"))
        for pat, canon, voice_kind in _ANON_CANON:
            if pat.match(noun):
                return Source(canon, voice_kind, False, span, rule + "+voice")
    if _KIN.match(name):
        # "his wife said", "the victim's brother told AFP": the family, which docs/gold-format.md records
        # with residents as local residents
        return _mk("local residents", "anonymous", False, span, rule + "+kin")
    if _LAWYER.match(name):
        return _mk("lawyers", "anonymous", False, span, rule + "+lawyer")
    m = _OPPOSITION.match(name)
    if m and (opp := normalise(m.group("n"), ctx, span, rule, remember=remember)) is not None:
        # "the opposition Social Democratic Front party": the party by its name
        return opp
    if _LOCAL_SOURCES.match(raw.strip()):
        # "Local sources said", "a local source told AFP": a new unnamed voice, not "the source" of before
        return _mk("local sources", "anonymous", False, span, rule + "+voice")
    bare = re.sub(r"^(?:same|latest|local|new)\s+", "", low)
    if (re.fullmatch(r"(?:(?:un|u\.n\.|united nations|peacekeeping|un peacekeeping|u\.n\. peacekeeping)\s+)?mission", bare)
            or re.fullmatch(r"(?:regional\s+)?force", bare)) and ctx.missions:
        # "the mission said" after "the U.N. peacekeeping mission MONUSCO", "the force said" after "the
        # East African Community Regional Force (EACRF)": the mission named
        prev = ctx.missions[-1]
        return Source(prev.name, prev.kind, prev.party, span, rule + "+mission")
    if re.fullmatch(r"(?:regional\s+)?bloc", bare) and ctx.blocs:
        # "the regional bloc said" after "the Southern African Development Community (SADC)"
        prev = ctx.blocs[-1]
        return Source(prev.name, prev.kind, prev.party, span, rule + "+bloc")
    if re.fullmatch(r"(?:(?:un|u\.n\.|united nations)\s+)?agency", bare) and ctx.agencies and (
            not ctx.history or ctx.history[-1].span is None or ctx.agencies[-1].span is None
            or ctx.agencies[-1].span.start > ctx.history[-1].span.start):
        # "the agency said" after "an official of the UN World Food Programme": the agency named since the last voice
        prev = ctx.agencies[-1]
        return Source(prev.name, prev.kind, prev.party, span, rule + "+agency")
    if _PARTY_ANAPHOR.fullmatch(bare) is not None:
        # "the party said", "his party and relatives said" after "the opposition Oromo Liberation Front (OLF)": the
        # political party the report named (its name in full, as an acronym defines it)
        named = [*ctx.bodies, *ctx.acronyms.values(), *(p.name for p in ctx.history)]
        body = next((n for n in reversed(named) if _PARTY_NAME.search(n)), None)
        if body is not None:
            found = normalise(body, ctx, span, rule, remember=False)
            if found is not None:
                return Source(found.name, found.kind, found.party, span, found.rule + "+party-anaphora")
    if (hm := _HEAD_ANAPHOR.fullmatch(bare)) is not None:
        # "the syndicate said" after "the Somali Journalists Syndicate (SJS)": the body the report named by that noun
        head = hm.group(1).lower()
        named = [*ctx.acronyms.values(), *(p.name for p in ctx.history)]
        body = next((n for n in reversed(named) if len(n.split()) >= 2 and head.rstrip("s") in (
            n.split()[-1].lower().rstrip("s"), re.split(r"\s+(?:of|for)\s+", n)[0].split()[-1].lower().rstrip("s"))), None)
        if body is not None:
            return normalise(body, ctx, span, rule + "+head-anaphora", remember=False)
    if bare in _ARMED_ANAPHORA:
        prev = _armed_antecedent(bare, ctx)
        if prev is not None:
            return Source(prev.name, prev.kind, prev.party, span, rule + "+anaphora")
    if (bm := _BODY_ANAPHOR.fullmatch(bare)) is not None and ctx.bodies and (
            bm.group(1) is not None or ctx.latest() is None):
        # "the group said in a statement" after "Tchangari, head of the Alternative Espaces Citoyens (AEC) association",
        # no one quoted before; "his organisation says": the civil body the report named last
        named_body = normalise(ctx.bodies[-1], ctx, span, rule, remember=False)
        if named_body is not None:
            return Source(named_body.name, named_body.kind, named_body.party, span, named_body.rule + "+body-anaphora")
    if _REGION_CATAPHOR.fullmatch(bare) is not None and remember:
        # "the regional administration said", "the state government said": the government of the state the report
        # names (before, or only later: then read as local officials until it does)
        if ctx.states:
            return _regional_government(ctx.states[-1], ctx, span, rule)
        waiting = _mk("local officials", "government", False, span, rule + "+regional-pending")
        ctx.pending.append(("region", waiting))
        return waiting
    if (bm := _BODY_ANAPHOR.fullmatch(bare)) is not None and bm.group(1) is not None and not ctx.bodies and ctx.latest() is None and remember:
        # "his organisation says" before the report names the organisation: that body, once it does
        waiting = _mk(name, "ngo", False, span, rule + "+body-pending")
        ctx.pending.append(("body", waiting))
        return waiting
    if bare in _ANAPHORA:
        kind = _ANAPHORA[bare]
        prev = ctx.latest(kind) if kind else ctx.latest()
        if prev:
            return Source(prev.name, prev.kind, prev.party, span, rule + "+anaphora")
        if bare in _UNRESOLVED_OK:
            return Source(name, classify(name), False, span, rule + "+unresolved-anaphora")
        return None
    # "the Armed Forces and the supporting forces": the first of two coordinated voices
    parts = _AND_THE.split(name, maxsplit=1)
    if len(parts) == 2 and len(parts[0]) >= 4:
        first = normalise(parts[0], ctx, span, rule, remember=remember)
        if first is not None and first.rule.endswith(("+dictionary", "+military", "+anaphora", "+ministry", "+dictionary-inside")):
            return first
    if low in ("government", "the government", "federal government", "central government") and ctx.country:
        # "has risen to 79, the government said": the report's country's government
        return _mk(f"Government of {ctx.country}", "government", False, span, rule + "+country-government")
    if _VERB_PHRASE.search(name):
        return None  # "al-Burhan dissolved the government and declared...": a deed read as the speaker, no voice
    if not any(c.isupper() for c in name) and not _KIND_WORDS[-1][1].search(name) and not _KIND_WORDS[1][1].search(name) and not re.search(r"\b(?:officials?|ministry|[a-z]+\s+minister|authorities|army|military|police|governor|spokes\w+|medics?|doctors?|rescuers?|prosecutors?|mayor|commissioner|council|administration)\b", name, re.I):
        return None
    # "the Ministry of Defence" after "the Syrian Ministry of Defence": the same source
    for prev in reversed(ctx.history):
        if prev.name.lower().endswith(low) and len(low) >= 6:
            return Source(prev.name, prev.kind, prev.party, span, rule + "+same-as-earlier")
    if (sm := _STATE_MINISTRY.match(name)) is not None and (sm.group("p") or ctx.states) and _context_cc(ctx) in ("SD", "SS", "NG"):
        # "the state health ministry" in a report on a Sudanese or Nigerian state: the state's own ministry, as
        # coders name it ("Blue Nile State Ministry of Health"), not the federal one
        state = sm.group("p") or ctx.states[-1]
        return _mk(f"{state} State Ministry of Health", "medical", False, span, rule + "+state-ministry")
    ministry = _ministry(name, ctx.country)
    if ministry:
        mk = _key(ministry)
        if mk in known:
            return _from_known(known[mk], span, rule + "+ministry")
        if ministry.startswith(("Ministry of Information", "Ministry of Communication")) and "(" in ministry:
            # the information (or communication) ministry is the government's own voice
            return _mk(f"Government of {ministry[ministry.index('(') + 1:-1]}", "government", False, span, rule + "+ministry")
        kind = "party" if "Defence" in ministry else "medical" if "Health" in ministry else "government"
        return Source(ministry, kind, kind == "party", span, rule + "+ministry")

    if low in country_terms() and not low.endswith(("n", "i", "ese", "ish")):
        # "Israel said": the state speaking
        from .actors import country_display

        return Source(f"Government of {country_display(country_terms()[low]) or name}", "government", False, span, rule + "+state")
    if (full := ctx.acronyms.get(name)) is not None:
        # "the MRC said" after "the Cameroon Renaissance Movement (MRC)": the name in full
        return normalise(full, ctx, span, rule, remember=remember)
    m = _OWNED_INSTITUTION.match(name)
    if m and (_cc(m.group("owner")) is not None or m.group("owner").islower()):
        # "the opposition's Military Operations Command", "Russia's National Anti-Terrorism Committee": the institution
        inner = normalise(m.group("inst"), ctx, span, rule, remember=remember)
        if inner is not None and not m.group("owner").islower():
            if not inner.rule.endswith(("+words", "+dictionary", "+dictionary-inside")):
                inner = None  # "Türkiye's Foreign Ministry": a rule of the report's country would name the wrong state
            elif inner.kind == "media" and inner.rule.endswith("+words"):
                inner = Source(inner.name, "government", False, span, inner.rule)  # a state's committee, not an outlet
        if inner is not None:
            return inner
    m = _PERSON_OF_ORG.match(name)
    if m and _PERSON_NAME.match(_CLERGY.sub("", m.group("person").strip())) and not _ORG_WORDS.search(m.group("person")):
        # "Archbishop Andrew Nkea of the Archdiocese of Bamenda", "Dr Ali Hassan of the Sudan Doctors Network": the body
        org = normalise(m.group("org"), ctx, span, rule, remember=False)
        if org is not None and org.rule.endswith("+words") and not _BODY_WORDS.search(m.group("org")):
            org = None
        if org is not None:
            if remember:
                _remember(ctx, _CLERGY.sub("", m.group("person").strip()), org)
            return org
    if (lm := _LINKED_GROUP.match(name)) is not None and (linked := _linked_group(lm.group("x"), ctx, span, rule)) is not None:
        return linked
    if _headless(name):
        return None  # "citing fraud in a November election won by the NLD": a reason, no one speaking
    kind = classify(name)
    party = kind == "party" or (kind == "anonymous" and bool(_KIND_WORDS[3][1].search(name)) and not _PERSON_NOUN.match(name))
    if not party and _armed_actor(name):
        # "the SDF said 19 of its fighters were killed": an armed side speaking is a party
        return Source(name, "party", True, span, rule + "+armed-actor")
    return Source(name, kind, party, span, rule + "+words")


# where a noun phrase's head ends: before its first postmodifier ("fraud | in a November election", "pressure | from
# tribal leaders")
_POSTMODIFIER = re.compile(r"\s+(?:of|in|from|by|on|at|for|with|over|to|won|after|against|among|between|into|during|amid|near)\s")
# the nouns that can head a voice's name written in lower case ("health official", "local elders", "tribal leaders")
_VOICE_HEAD = re.compile(
    r"(?:officials?|officers?|ministry|ministers?|authorit(?:y|ies)|army|military|police|policemen|governors?|gov|spokes(?:man|woman|person|people)|"
    r"chair(?:man|woman|person)?|secretar(?:y|ies)|coordinators?|executives?|managers?|founders?|advis[eo]rs?|aides?|representatives?|"
    r"delegates?|speakers?|presidents?|deacons?|protesters?|demonstrators?|vice|deputies|superintendents?|inspector|supervisors?|administrator|registrar|dean|rector|"
    r"medics?|doctors?|nurses?|rescuers?|paramedics?|prosecutors?|mayors?|commissioners?|council|councillors?|administration|administrators?|"
    r"sources?|residents?|witness(?:es)?|eyewitness(?:es)?|elders?|leaders?|chiefs?|heads?|directors?|general|commanders?|groups?|"
    r"organi[sz]ations?|agenc(?:y|ies)|committees?|command|office|service|services|forces|militias?|militiamen|rebels|militants|insurgents|jihadists|"
    r"fighters|activists?|monitors?|observers?|workers?|staff|people|villagers?|inhabitants?|locals|survivors?|relatives?|family|families|"
    r"journalists?|reporters?|correspondents?|network|union|party|movement|coalition|alliance|government|department|directorate|"
    r"hospitals?|morgue|clinic|charity|charities|ngos?|mission|observatory|team|teams|volunteers?|members?|deputy|lawmakers?|mp|mps|"
    r"parliamentarians?|senators?|diplomats?|envoy|ambassador|embassy|president|presidency|premier|cabinet|kremlin|judiciary|court|judges?|"
    r"media|television|tv|radio|newspaper|outlet|channel|agency|statement|someone|man|woman|men|women|mother|father|son|daughter|brother|"
    r"sister|husband|wife|uncle|cousin|neighbou?rs?|farmers?|traders?|herders?|shopkeepers?|students?|teachers?|worshippers?|analysts?|experts?|"
    r"investigators?|inspectors?|negotiators?|mediators?|clerics?|imams?|priests?|bishops?|pastors?|missionar(?:y|ies)|guards?|soldiers?|"
    r"troops|personnel|detainees?|prisoners?|hostages?|victims?|others|colleagues?|friends?|crew|captain|pilots?|operators?|owners?|company|firm|"
    r"unit|units|brigades?|battalions?|division|corps|navy|guard|gendarmerie|gendarmes|sheriff|prefect|governorate|municipality|province|state|"
    r"emergency|ambulance|crescent|cross|defen[cs]e|body|bodies|board|panel|commission|secretariat|bureau|ministries|institute|centre|center|"
    r"university|school|church|diocese|mosque|tribe|clan|community|communities|association|federation|syndicate|network)", re.I)


def _headless(name: str) -> bool:
    """A noun phrase whose head is a plain lower-case word that names no one ("fraud in a November election won by
    the NLD", "pressure from tribal leaders"): what a verb like "citing" governs, not a voice."""
    head_part = _POSTMODIFIER.split(" " + name + " ", maxsplit=1)[0].strip()
    words = head_part.split()
    if not words or len(words) == len(name.split()) and len(words) <= 3:
        return False  # a short phrase with no postmodifier is judged by the rules above
    if any(not w.islower() or _VOICE_HEAD.fullmatch(re.sub(r"['’]s?$", "", w)) for w in words):
        return False  # "a source close to the group", "Premium Times reporters in the city"
    return True


# "the al-Qaeda-linked group", "an Islamic State-affiliated militant group": a group described by the network it
# belongs to, which in the report's country is that network's local branch (al-Shabaab in Somalia, JNIM in Mali)
_LINKED_GROUP = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?P<x>(?:al-|Al-|Al\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)[- ](?:linked|affiliated|aligned)\s+"
    r"(?:(?:jihadist|militant|armed|extremist|insurgent|Islamist|islamist|terrorist|rebel)\s+)?"
    r"(?:group|militants|jihadists|insurgents|movement|fighters|faction|organi[sz]ation|militia|rebels)$"
)


def _linked_group(network: str, ctx: SourceContext, span: Span | None, rule: str) -> Source | None:
    """The non-state armed group of the report's country that the actor dictionary reads ``network`` as."""
    cc = _context_cc(ctx)
    if cc is None:
        return None
    actors = ctx.actors or shared()
    for h in actors.find(network):
        if h.start != 0 or h.end < len(network) - 1:
            continue
        got, actor, _how = actors.resolve(h.targets, [cc], None)
        if actor is not None and actor.kind in _NON_STATE:
            ks = next((known_sources()[k] for k in map(_key, (actor.name, *(actor.short or "",), *actor.aliases)) if k in known_sources()), None)
            return _from_known(ks, span, rule + "+linked-group") if ks else _mk(got, "party", True, span, rule + "+linked-group")
    return None


# "Archbishop Andrew Nkea of the Archdiocese of Bamenda", "Sheikh Omar Idris of the Supreme Islamic Council": a named
# person and the body he speaks for
_PERSON_OF_ORG = re.compile(
    rf"^(?P<person>(?:{_NAME_TOKEN}\.?\s+){{1,5}}?)(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|the|in)\s+)*[A-Z][\w'’\-]*){{0,6}})$"
)
_CLERGY = re.compile(r"^(?:(?:Arch)?[Bb]ishop|Cardinal|Father|Pastor|Reverend|Rev\.?|Imam|Sheikh|Rabbi|Sister|Brother|Mgr\.?|Monsignor)\s+")
_BODY_WORDS = re.compile(
    r"\b(?:(?:Arch)?[Dd]iocese|Church|Parish|Mosque|Council|Committee|Association|Society|Union|Network|Organi[sz]ation|Hospital|"
    r"University|Agency|Service|Office|Commission|Mission|Foundation|Federation|Red Cross|Red Crescent)\b"
)
# "the opposition's Military Operations Command": an owner (a country or a common noun) and a capitalised institution
_OWNED_INSTITUTION = re.compile(
    r"^(?P<owner>[\w\-]+(?:\s+[\w\-]+)?)(?:['’]s|(?<=s)['’])\s+(?P<inst>(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}[A-Z][\w'’\-]*)$"
)
# "the Cameroon Renaissance Movement (MRC)", "the Collective against Impunity and the Stigmatisation of Communities
# (CISC)": a name in full and the acronym the report will use
_ACRONYM_DEF = re.compile(r"(?P<full>(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|and|the|de|du|des|pour|la|le|against|in|on|with|to)\s+)*){1,7}[A-Z][\w'’\-]*)\s+\((?P<acr>[A-Z]{2,6})\)")


def _note_acronyms(sentence: str, ctx: SourceContext) -> None:
    """Remember the acronyms a sentence defines, when their letters are the initials of the name (in any
    order: "Mouvement pour la Renaissance du Cameroun" and "Cameroon Renaissance Movement" are both MRC)."""
    for m in _ACRONYM_DEF.finditer(sentence):
        acr, full = m.group("acr"), re.sub(r"^(?:The|A|An)\s+", "", m.group("full"))
        initials = [w[0] for w in full.split() if w[0].isupper()]
        while len(initials) > len(acr) and initials[0] not in acr:  # "Fighters of the Rapid Support Forces (RSF)"
            full, initials = re.sub(r"^\S+\s+(?:[a-z]+\s+)*", "", full), initials[1:]
        if sorted(initials) == sorted(acr) and _key(acr) not in known_sources():
            ctx.acronyms.setdefault(acr, full)


# a civil body named by its name: capitalised words ending on the noun of a body, or glossed by its acronym and a noun
_BODY_MENTION = re.compile(
    r"(?P<full>(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|and|the|de|du|des|pour|la|le)\s+)*){1,6}"
    r"(?:Party|Front|Congress|League|Association|Organi[sz]ation|Union|Company|Corporation|Network|Society|Federation|"
    r"Syndicate|Foundation|Institute|Coalition|Alliance|Movement|Collective|Platform))\b"
    r"|(?P<glossed>(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|and|the|de|du|des|pour|la|le)\s+)*){1,6}[A-Z][\w'’\-]*)\s+\([A-Z]{2,6}\)\s+"
    r"(?:association|organi[sz]ation|group|party|movement|coalition|alliance|union|network|collective|platform|company)\b")


# a town after a preposition ("in Sevastopol", "of the city of Homs", "in St. Petersburg")
_TOWN_MENTION = re.compile(rf"\b(?:in|at|near|of|on|outside)\s+(?:the\s+(?:[\w\-]+\s+)?(?:city|town|port)\s+of\s+)?"
                           rf"(?P<t>(?:St[.{_LEADER}]?\s+|Saint\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")
_NOT_TOWN = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|The|Telegram|Twitter|Facebook|X)\b")
# "the city's health committee", "the Russian-installed governor of the Crimean city", "the port's mayor": an office of
# the town the report named
_CITY_ANAPHOR = re.compile(r"^(?:the\s+)?(?:(?P<pre>.+?)\s+(?:of|for|in)\s+the\s+(?:[\w\-]+\s+)?(?:city|town|port)|(?:[\w\-]+\s+)?(?:city|town|port)['’]s\s+(?P<post>.+))$")


def _city_office(name: str, ctx: SourceContext, span: Span | None, rule: str) -> Source | None:
    """An office of "the city" the report named before ("in Sevastopol ... the governor of the Crimean city"): the
    office of that town, when the rules know it by the town's name."""
    m = _CITY_ANAPHOR.match(name)
    if m is None or not ctx.towns:
        return None
    head = re.sub(r"^(?:[\w]+-(?:installed|appointed|backed)\s+|(?:the|its|acting|new)\s+)+", "", m.group("pre") or m.group("post"), flags=re.I)
    if not head or len(head) > 40:
        return None
    for town in reversed(ctx.towns[-4:]):
        got = normalise(f"{town} {head}", ctx, span, rule, remember=False)
        if got is not None and not got.rule.endswith(("+words", "+unresolved-anaphora", "+anaphora", "+pronoun")):
            return Source(got.name, got.kind, got.party, span, got.rule + "+city-anaphora")
    return None


_REGION_CATAPHOR = re.compile(r"(?:(?:the|its|their)\s+)?(?:regional|state)\s+(?:administration|government|presidency|cabinet)", re.I)


def _regional_government(state: str, ctx: SourceContext, span: Span | None, rule: str) -> Source:
    """The government of a state or region the report names ("Hirshabelle state", "Zamfara State")."""
    for label in (f"government of {state}", f"{state} government", f"{state} state government"):
        if (ks := known_source(label)) is not None:
            return _from_known(ks, span, rule + "+regional-government")
    return _mk(f"{state} State Government", "government", False, span, rule + "+regional-government")


def _resolve_pending(ctx: SourceContext) -> None:
    """Name the voices read before their body was named, now that the report names it."""
    keep: list[tuple[str, Source]] = []
    for what, waiting in ctx.pending:
        found: Source | None = None
        if what == "region" and ctx.states:
            found = _regional_government(ctx.states[-1], ctx, waiting.span, waiting.rule.replace("+regional-pending", ""))
        elif what == "body" and ctx.bodies:
            found = normalise(ctx.bodies[-1], ctx, waiting.span, waiting.rule.replace("+body-pending", ""), remember=False)
            if found is not None and found.rule.endswith(("+pronoun", "+anaphora", "+unresolved-anaphora")):
                found = None
        if found is None:
            keep.append((what, waiting))
            continue
        waiting.name, waiting.kind, waiting.party, waiting.rule = found.name, found.kind, found.party, found.rule + "+cataphora"
    ctx.pending = keep


def _note_bodies(sentence: str, ctx: SourceContext) -> None:
    """Remember the civil bodies a sentence names (not an armed actor, nor a state's office)."""
    if not any(c.isupper() for c in sentence[1:]):
        return
    for m in _BODY_MENTION.finditer(sentence.replace(_LEADER, ".")):
        full = re.sub(r"^(?:The|A|An|In|On|At|By|For|From|With|Of)\s+", "", m.group("full") or m.group("glossed"))
        if len(full.split()) < 2 or _armed_actor(full) or full in ctx.bodies[-1:]:
            continue
        ctx.bodies.append(full)


_ARMED_KINDS = frozenset(("state forces", "rebel group", "political militia", "identity militia", "external forces"))
_NON_STATE = frozenset(("rebel group", "political militia", "identity militia"))
# "the group said", "the militants claimed", "a coalition spokesman": the armed side the article last named
# the head noun of a body's name, for "the syndicate", "the commission", "the union" after the body was named
_HEAD_ANAPHOR = re.compile(r"(syndicate|union|commission|association|federation|foundation|society|institute|network|"
                           r"council|centre|center|observatory|collective|platform|watchdog)", re.I)
_BODY_ANAPHOR = re.compile(r"((?:his|her|their|its)\s+)?(?:group|organi[sz]ation|association|movement|collective|platform|company)", re.I)
_PARTY_ANAPHOR = re.compile(r"(?:(?:his|her|their|its)\s+)?(?:political\s+)?party", re.I)
_PARTY_NAME = re.compile(r"^(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|and|the)\s+)*){1,6}(?:Party|Front|Movement|Congress|League|Alliance)$")
_ARMED_ANAPHORA = frozenset((
    "group", "armed group", "militant group", "rebel group", "jihadist group", "extremist group", "insurgent group",
    "militants", "rebels", "insurgents", "jihadists", "extremists", "coalition", "alliance", "opposition",
))


# "the rescue group", "the medical charity", "the Paris-based aid group", "the rights group": a body named before
_DESCRIBED_BODY = re.compile(
    r"^(?:the\s+)?(?:(?:[A-Z][\w\-]*-based|local|international|volunteer|independent|non-governmental|humanitarian|medical)\s+)*"
    r"(?P<what>rescue|aid|relief|humanitarian|medical|(?:human\s+)?rights)\s+(?:group|organi[sz]ation|charity|service|body|NGO|watchdog)$", re.I)
_RESCUE_BODY = re.compile(r"civil defen[cs]e|white helmets|rescue|red cr(?:oss|escent)", re.I)
_NOT_A_BODY = re.compile(r"\b(?:ministry|minister|government|hospital|authorit|officials?|sources?)\b", re.I)


def _described_antecedent(what: str, ctx: SourceContext) -> Source | None:
    """The latest named body of the article that a description ("the rescue group", "the medical charity",
    "the rights group") fits by its kind: rescuers for a rescue group, a medical body or NGO for an aid group,
    an NGO for a rights group. Unnamed voices, offices and ministries are no such body."""
    for s in reversed(ctx.history):
        if s.name.islower() or _NOT_A_BODY.search(s.name) or s.party:
            continue
        if what == "rescue":
            fits = bool(_RESCUE_BODY.search(s.name))
        elif what == "medical":
            fits = s.kind == "medical"
        elif what.endswith("rights"):
            fits = s.kind == "ngo"
        else:
            fits = s.kind in ("medical", "ngo")
        if fits:
            return s
    return None


def _armed_antecedent(bare: str, ctx: SourceContext) -> Source | None:
    """The latest source or armed actor of the article that ``bare`` ("the group", "the coalition") may mean:
    for a coalition, one named a coalition; for a group, an organisation speaking (not a voice or an office)
    or a non-state armed actor named; for "the militants", a non-state armed actor."""
    word = bare.split()[-1]
    best: Source | None = None
    best_at = -2

    def consider(s: Source) -> None:
        nonlocal best, best_at
        at = s.span.start if s.span is not None else -1
        if at >= best_at:
            best, best_at = s, at

    for s in ctx.history:
        if word in ("coalition", "alliance"):
            if word in s.name.lower():
                consider(s)
        elif word == "group" and bare == "group":
            # (an unnamed voice, "military sources", "local sources", is no group: "the group said its fighters ...")
            if s.kind not in ("anonymous", "government", "international") and s.rule.split("+")[-1] != "voice" and not s.name.islower():
                consider(s)
        elif s.party and s.kind == "party" and not _role_of(s.name):
            consider(s)
    if word == "opposition":
        return best  # "the opposition announced": an armed side that spoke, not one merely named
    for s, written, non_state in ctx.armed:
        if word in ("coalition", "alliance"):
            if word in written.lower():
                consider(s)
        elif non_state:
            consider(s)
    return best


def _role_of(name: str) -> bool:
    """Whether a known source plays a state role (a country's army, police...)."""
    known_sources()
    return any(ks.name == name for ks in _by_role.values())


@functools.lru_cache(maxsize=4096)
def _armed_actor(name: str) -> bool:
    """Whether the whole of ``name`` (bar an article) is an armed actor of the dictionary."""
    actors = shared()
    bare = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    for h in actors.find(bare):
        if h.start == 0 and h.end >= len(bare) - 1:
            for kind, idx in h.targets:
                if kind == "actor" and isinstance(idx, int) and actors.actors[idx].kind in _ARMED_KINDS:
                    return True
    return False


def _remember(ctx: SourceContext, person: str, office: Source) -> None:
    """'Serhii Lysak' speaks for the Dnipropetrovsk Regional Military Administration: so does 'Lysak'."""
    full = _key(_HONORIFIC.sub("", person))
    ctx.people[full] = office
    last = full.split()[-1]
    if len(last) >= 3:
        ctx.people[last] = office


# "A resident of Malam-Fatori who fled to Damasak said", "Residents who fled to Dori had told local media":
# a speaker described by a relative clause
_RELATIVE = re.compile(
    r"(?:^|[.;:”\"]\s*|,\s+(?=[A-Z]))(?P<src>(?:(?:a|an|one|another|two|three|several|some|the)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:residents?|villagers?|witness(?:es)?|eyewitness(?:es)?|survivors?|doctors?|nurses?|medics?|rescue\s+workers?|rescuers?|teachers?|relatives?|"
    r"(?:local\s+|security\s+|military\s+|medical\s+|police\s+|hospital\s+)?(?:officials?|sources?|officers?))"
    r"(?:\s+(?:of|in|at|from|near)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)"
    # "A resident of Pama, some 60 km to the west, who ...": an apposition before the relative clause
    r"(?:,\s+(?!who\b)[^,;.:\"“”]{2,60}?(?=,\s+who\b))?"
    r",?\s+who\s+[^.;\"“”]{3,140}?,?\s+(?:had\s+|has\s+|also\s+)?(?:said|says|say|told|reported)\b",
    re.I,
)
# "A medical source at the hospital in the nearby town of Makhmur said", "Two residents of a village east of the
# river told AFP": an unnamed voice and a long phrase of where it sits (no verb, no clause in it), then the verb
_VOICE_AT = re.compile(
    r"(?:^|[.;:”\"]\s*)(?P<src>(?:a|an|one|another|two|three|several|some)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:residents?|villagers?|witness(?:es)?|eyewitness(?:es)?|survivors?|doctors?|nurses?|medics?|rescue\s+workers?|rescuers?|relatives?|elders?|"
    r"(?:local\s+|security\s+|military\s+|medical\s+|police\s+|hospital\s+)?(?:officials?|sources?|officers?))"
    r"\s+(?:of|in|at|from|near|inside|outside)\s+(?:(?!(?:was|were|is|are|has|have|had|and|but|while|when|after|as|who|which|that|where)\b)[\w'’\-]+\s+){1,11}?"
    r"(?!(?:was|were|is|are|has|have|had|and|but|while|when|after|as|who|which|that|where)\b)[\w'’\-]+)\s+(?:had\s+|has\s+|also\s+)?(?:said|says|told)\b",
    re.I,
)
# "Al-Shabaab, which the government calls "Khawarij," said": a named body, a relative clause (quotes and all), its verb
_RELATIVE_NAMED = re.compile(
    rf"(?:^|[.;:]\s*|\bthat\s+)(?P<src>(?:[Tt]he\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,5}}),\s+(?:which|who|whose)\s+[^.;]{{3,140}}?"
    rf",[\"”]?\s+(?:also\s+|later\s+|earlier\s+)?(?:{_VERBS_SV})\b"
)
# "a PREMIUM TIMES reporter at the scene observed", "Associated Press journalists saw": the outlet is the witness
_OUTLET_SAW = re.compile(
    r"(?:^|[.,;:”\"]\s*|\b(?:and|but|while|as)\s+)(?:(?i:an?|two|three|several)\s+)?(?P<src>(?:[A-Z][\w\-]*\s+){1,3}?)(?:[’']s?\s+)?"
    r"(?:reporters?|journalists?|correspondents?|photographers?|cameram[ae]n|videographers?|team|witness(?:es)?)"
    r"(?:\s+(?:at|in|on|near)\s+(?:the\s+)?[\w\-]+(?:\s+[A-Z][\w\-]+)?)?\s+(?:saw|see|observed|witnessed|counted|watched)\b"
)
# after an inverted verb, a subject and its finite passive or perfect verb is the clause said ("said 40 people had been
# killed", "reported two soldiers were wounded"), no speaker
_SAID_CLAUSE = re.compile(r"\b(?:had|has|have|was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:also\s+|not\s+|since\s+)?"
                          r"(?:been\s+)?(?!(?:based|located|stationed)\b)[a-z]{3,}(?:ed|en|wn|ung|ut|ot|ept)\b")
_CLAUSE_JOIN = re.compile(r"\s(?:and|but|while|whereas|as)\s+", re.I)
# a verb before the join: a clause of its own ("Shops stayed shut and residents said"), not a coordination of voices
_CLAUSE_VERB = re.compile(r"\b(?:\w{3,}ed|was|were|is|are|has|have|had|went|fell|shut|rose|began|took|remain|remains)\s", re.I)
# "as Lebanese Civil Defence teams pulled bodies from the rubble", "Rescuers of the State Emergency Service worked at
# the site": a rescue service named at work at the scene reports what it found there (a known body only)
_RESCUE_NAME = (r"(?:[A-Z][\w'’\-]*\s+){0,5}?(?:Civil\s+Defen[cs]e|Emergency\s+(?:Services?|Situations\s+Ministry)|"
                r"White\s+Helmets|DSNS)(?:\s+of\s+[A-Z][\w\-]+)?")
_RESCUE_WORK = re.compile(
    rf"(?<![\w'’\-])(?P<src>{_RESCUE_NAME})(?:['’]s?)?\s+(?:(?:rescue\s+)?(?:teams?|rescuers|crews|workers|personnel|volunteers|divers)\s+)?"
    r"(?:(?:were|was|had|have|has)\s+(?:been\s+)?|later\s+|also\s+|still\s+){0,2}"
    r"(?:pulled|recovered|retrieved|worked|working|searched|searching|dug|digging|rescued|evacuated|extinguished|put\s+out|combed|cleared)\b")
_RESCUERS_OF = re.compile(
    rf"\b(?:[Rr]escuers|[Tt]eams|[Cc]rews|[Ff]irefighters|[Ww]orkers|[Vv]olunteers|[Dd]ivers)\s+(?:of|from)\s+(?:the\s+)?(?P<src>{_RESCUE_NAME})"
    r"(?=\s+(?:(?:were|was|had|have)\s+(?:been\s+)?|later\s+|also\s+|still\s+)?(?:pulled|recovered|retrieved|worked|working|searched|searching|dug|digging|rescued|evacuated|extinguished|put\s+out|combed|cleared)\b)")
# a side shown making a claim: "in a video, RSF commanders were seen inside the base, declaring the town liberated"
# (only a body the rules know: below; a passive "claimed by the group" stays no speaker)
_SEEN_DECLARING = re.compile(
    rf"(?:^|[.,;:]\s*)(?P<src>(?:[\w'’\-]+{_PAREN}\s+){{0,5}}?[\w'’\-]+{_PAREN})\s+(?:were|was|could\s+be|can\s+be)\s+(?:seen|shown|heard|filmed)\b"
    r"[^.;\"“”]{0,80}?,?\s+(?:declaring|announcing|claiming|proclaiming|boasting)\b",
    re.I,
)
# a body's full name too long for the subject pattern ("the Russian Defence Ministry's Centre for Reconciliation of the
# Opposing Sides in Syria said", "the DPR mission to the Joint Center for Control and Coordination (JCCC) said"):
# capitalised words and the small words between them, one lower-case noun at most after the first ones
_LONG_NAME = re.compile(
    rf"(?:^|[.,;:”\"]\s*|\s[-–—]\s+|\bthat\s+)(?P<src>(?:[Tt]he\s+)?(?:[A-Z][\w'’\-.\u2024]*\s+){{1,3}}(?:[a-z]+\s+)?"
    rf"(?:(?:of|for|and|the|to|in|on|de|du|des)\s+|[A-Z][\w'’\-.\u2024]*\s+){{6,14}}[A-Z][\w'’\-.\u2024]*{_PAREN})"
    rf"\s+(?:also\s+|later\s+|earlier\s+|(?:had|has|have)\s+)?(?:{_VERBS_SV})\b(?!\s+by\b)"
)
# a speaker who acts, then speaks in a participle ("Russia's Defence Ministry did not acknowledge the loss, claiming
# instead that its troops had repelled the attack", "Amnesty International called for his release, saying ..."):
# the subject of the sentence's first verb governs the participle (a body the rules know: below)
_PARTICIPLE = re.compile(
    rf"^(?:(?:[A-Z][a-z]+\s+(?:on\s+)?\w+day|Later|Earlier|Meanwhile|In\s+(?:a|its|their)\s+(?:statement|post|video|message)),\s+)?(?:[Tt]he\s+)?"
    rf"(?P<src>(?:[A-Z][\w'’\-.\u2024]*{_PAREN}\s+(?:(?:of|for|and|the|on)\s+)*){{0,7}}[A-Z][\w'’\-]*{_PAREN}"
    r"(?:\s+(?:health|defen[cs]e|interior|foreign|information)?\s*(?:ministry|army|military|police|government|authorities|officials))?)"
    r"\s+(?:did\s+not\s+|didn['’]t\s+|has\s+|had\s+|have\s+|also\s+|later\s+|earlier\s+|on\s+\w+day\s+)*[a-z][\w'’\-]*\b[^;:\"“”]*?,\s+"
    r"(?:saying|claiming|adding|insisting|noting|stating|arguing|alleging|asserting|maintaining)\b"
)
# "crowds that organisers put at 200,000", "a turnout which police estimated at 5,000": the voice inside a relative
# clause that gives the figure of its head noun
_PUT_AT = re.compile(r"\b(?:that|which|whose\s+(?:number|numbers|size|strength|turnout|toll)\s+)\s*(?P<src>(?:the\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,3}?)\s+(?:had\s+|have\s+|has\s+)?"
                     r"(?:put|puts|estimated|estimates|numbered|placed|reckoned)\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|least\s+)?"
                     r"(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|tens|hundreds|thousands|dozens)\b)", re.I)
# "A student who escaped told the paper", "a woman who survived the attack said", "two pupils who managed to flee
# told AFP": a private person who lived through the act speaks as a witness, whatever noun the report gives
_ESCAPED = re.compile(
    r"(?:^|[.;:”\"]\s*|,\s+(?=[A-Z]))(?P<src>(?:a|an|one|another|two|three|several|some)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:students?|pupils?|schoolchildren|passengers?|wom[ae]n|m[ae]n|girls?|boys?|workers?|guests?|patients?|worshippers?|people|persons?|victims?|"
    r"hostages?|captives?|abductees?|drivers?|miners?|shepherds?|herders?|fishermen|travell?ers?|customers?|staff\s+members?))"
    r",?\s+who\s+(?:had\s+|was\s+|were\s+)?(?:(?:managed|able)\s+to\s+)?(?:escaped?|survived?|fled|flee|saw|witnessed|hid|was\s+(?:wounded|injured|freed|released)|(?:wounded|injured|freed|released))\b"
    r"[^.;\"“”]{0,120}?,?\s+(?:had\s+|has\s+|also\s+)?(?:said|says|say|told|recounted|described|recalled)\b",
    re.I,
)
# the outlet that aired a statement or an order: "orders ... broadcast by the state-run MRTV", "announced
# on the state broadcaster, EBC", "Speaking on state television, Hailemariam said" (only a broadcaster or agency:
# not "announced on Friday", "carried by troops"); kept only where the rules know the outlet
_CARRIED_BY = re.compile(
    r"\b(?:carried|broadcast|aired|televised|announced|read\s+out|published|speaking|appearing|appeared)\s+(?:live\s+)?(?:by|on|over|in)\s+(?:the\s+)?"
    r"(?P<src>(?:(?:state|state-run|state-owned|state-affiliated|government-run|official|national|public)[\s-]+)?"
    r"(?:(?:[\w'’\-]+\s+){0,3}?(?:television|TV|radio|broadcaster|news\s+agency|media)(?:,?\s+(?-i:[A-Z][A-Za-z]{1,10}\b))?|(?-i:[A-Z]{2,6}\b)))",
    re.I,
)
# a legislature or cabinet whose own recorded act the sentence tells: "Ethiopia's parliament has voted to
# lift the state of emergency", "The Ethiopian House of Peoples' Representatives on Friday approved an
# extension" (the body is on the record for its vote; kept only where the rules know the body)
_BODY_DECIDED = re.compile(
    r"(?P<src>(?:[A-Z][\w'’\-]*\s+){0,3}?(?:parliament|Parliament|Council\s+of\s+Ministers|council\s+of\s+ministers|cabinet|Cabinet|"
    r"House\s+of\s+(?:Peoples|People)['’]?\s+Representatives|National\s+Assembly))(?:\s+\([A-Za-z]{2,6}\))?"
    r"\s+(?:(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\s+)?(?:has\s+|have\s+|had\s+|unanimously\s+)?"
    r"(?:voted|approved|endorsed|decided|declared|extended|lifted|adopted|passed|designated|removed|ratified)\b"
)
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("long-name", _LONG_NAME), ("carried-by", _CARRIED_BY), ("body-decided", _BODY_DECIDED),
    ("seen-declaring", _SEEN_DECLARING), ("outlet-saw", _OUTLET_SAW), ("according-to", _ACCORDING), ("quoting", _QUOTING), ("citing", _CITING), ("toll-by", _BY), ("appositive", _APPOSITIVE),
    ("relative", _RELATIVE), ("escaped", _ESCAPED), ("voice-at", _VOICE_AT), ("relative-named", _RELATIVE_NAMED), ("inverted", _INVERTED), ("possessive", _POSSESSIVE), ("subject-verb", _SUBJ_VERB),
    ("rescue-work", _RESCUE_WORK), ("rescue-work", _RESCUERS_OF), ("participle", _PARTICIPLE), ("put-at", _PUT_AT),
)
# an appositive that only describes the head ("Civil Defense, a first-responder agency under ..., said";
# "Governor Uba Sani, who visited the village, said"; "X, in a statement, said")
_APP_CLAUSE = re.compile(r"^(?:who|which|whose|in\s+a\s+(?:statement|post|video|message)|speaking|citing|quoted|according"
                         # "Asaib Ahl al-Haq, led by Qais al-Khazali, said": a participle describing the head
                         r"|(?:led|headed|founded|backed|supported|funded|commanded|run|formed)\s+by)\b", re.I)
_REL_TAIL = re.compile(r"\s+(?:where|which|whose|who|that)\s+.*$")
_APP_INDEFINITE = re.compile(r"^(?:a|an)\s+", re.I)
# "Plataforma Decide, a local election monitoring platform, said": the head names an organisation
_APP_ORG = re.compile(
    r"^(?:a|an)\s+(?:[\w'’\-]+\s+){0,5}?(?:group|platform|organi[sz]ation|network|association|NGO|charity|monitor|watchdog|"
    r"collective|coalition|initiative|foundation|observatory|union|body|service|agency|company|firm|provider)$",
    re.I,
)
# "said Abu Ahmad, a father of five who lives in the camp": a named private person, a resident to a coder
_APP_RESIDENT = re.compile(
    r"^(?:a|an|one)\s+(?:\d+-year-old\s+|young\s+|elderly\s+|local\s+|displaced\s+)*"
    + _AID_BY_WHOSE
    + r"(?P<noun>" + _AID_NOUNS + r"|residents?|villagers?|inhabitants?|father|mother|grandfather|grandmother|man|woman|farmer|trader|shopkeeper|"
    r"vendor|fisherman|herder|taxi\s+driver|driver|labou?rer|housewife|eyewitness|witness)\b"
    r"|^(?:a|an)\s+[^,;]{0,40}?\bwho\s+lives\s+(?:in|near)\b",
    re.I,
)


def _trailing_office(person: str, app: str, ctx: SourceContext, span: Span) -> Source | None:
    """'said Vyacheslav Gladkov, governor of Russia's Belgorod region': the office the appositive names."""
    if _ORG_WORDS.search(person):
        return None
    if _APP_CLAUSE.match(app.strip()):
        # "..., said Ahmed Ali, who manages the Al Nao hospital": the body his relative clause makes him speak for
        rm = _WHO_HEADS.match(_tidy(app))
        if rm is None or not rm.group("org"):
            return None
        app = rm.group("org")
    office = normalise(_REL_TAIL.sub("", app), ctx, span, "inverted+appositive", remember=False)
    if office is None or office.rule.endswith(("+words", "+pronoun", "+anaphora", "+unresolved-anaphora")):
        return None
    _remember(ctx, _tidy(person), office)
    return office


_APP_TAIL = re.compile(r"\s*,\s+(?P<app>[^,;.()\"“”]{3,80})")


def _private_person(app: str, span: Span | None, rule: str) -> Source | None:
    """A named speaker described as a private person ("a 43-year-old trader", "a resident of the camp")."""
    m = _APP_RESIDENT.match(app.strip())
    if not m:
        return None
    if m.group("noun") and re.match(r"(?:eye)?witness", m.group("noun"), re.I):
        return _mk("witnesses", "anonymous", False, span, rule + "+private-person")
    return _mk("local residents", "anonymous", False, span, rule + "+private-person")
# words that make a capitalised phrase an organisation, not a person's name
_ORG_WORDS = re.compile(
    r"\b(?:Defen[cs]e|Government|Ministry|Council|Committees?|Agency|Service|Office|Army|Forces?|Police|Command|Authority|Association|"
    r"Network|Observatory|Organi[sz]ation|Union|Society|Movement|Front|Brigades?|Department|Directorate|Administration|Republic|State|"
    r"Party|Coalition|Alliance|Group|Cent(?:er|re)|Institute|Mission|Commission|Red|Watch|International|News|Media|Radio|Television|TV)\b"
)
# "Corneille Nangaa, head of the Congo River Alliance (AFC), ...": who speaks for what, wherever the report says it
_INTRO = re.compile(
    rf"(?P<person>(?:{_NAME_TOKEN}\s+){{1,3}}{_NAME_TOKEN}),\s+(?:the\s+|an?\s+)?(?:head|leader|chief|chairman|president|founder|commander|spokes(?:man|woman|person))\s+"
    rf"(?:of|for)\s+(?:the\s+)?(?P<org>[^,;()\"“”]{{3,80}}?)(?=\s*[,;()\"“”.]|\s+(?:said|told|was|is|who|which)\b)"
)
# the post told first: "The leader of Renamo, Mozambique's main opposition party, Afonso Dhlakama, on Tuesday
# announced", "the head of the Wagner group, Yevgeny Prigozhin, said": he speaks for the body ("Dhlakama said")
_INTRO_BEFORE = re.compile(
    rf"\b(?:[Tt]he\s+)(?:head|leader|chief|chairman|founder|commander|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?"
    rf"(?P<org>[^,;()\"“”]{{3,80}}?)\s*,\s+(?:[^,;()\"“”]{{3,80}},\s+)??(?P<person>(?:{_NAME_TOKEN}\s+){{1,3}}{_NAME_TOKEN})\s*,"
)
_ORG_NAME_TAIL = re.compile(r"(?<=\s)(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*$")
_NAMED_ORG = re.compile(r"^(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,6}[A-Z][\w'’\-]*$")
_INTRO_CUE = re.compile(r",\s+(?:the\s+|an?\s+)?(?:head|leader|chief|chairman|president|founder|commander|spokes\w+)\s+(?:of|for)\s|"
                        r"\b[Tt]he\s+(?:head|leader|chief|chairman|founder|commander|spokes\w+)\s+of\s")
# "local officials and the U.N. humanitarian office OCHA said": each voice of a coordination
_COORD = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+", re.I)
_VOICE_NOUN = re.compile(
    r"\b(?:officials?|authorities|sources?|residents?|villagers?|witness(?:es)?|police|army|military|groups?|activists?|medics?|doctors?|"
    r"rescuers?|workers?|teachers?|government|ministry|agency|office|leaders?|elders?|survivors?|relatives?|rebels|militants|insurgents|UN|U\.N\.)\b",
    re.I,
)
_SHARED_ADJ = frozenset("military medical security hospital health humanitarian diplomatic tribal rebel opposition government intelligence "
                        "local police army".split())
# a national service named by a bare noun after a country's adjective in a coordination ("Israeli police and medics")
_SERVICE_NOUNS = frozenset("medics paramedics rescuers police army military doctors".split())
_STRONG = ("+dictionary", "+military", "+police", "+ministry", "+dictionary-inside", "+state", "+country-government", "+voice",
           "+government-of-country", "+state-government", "+capital", "+un-office", "+local-administrator", "+party-anaphora", "+named-committee")


def _coordinated(raw: str, ctx: SourceContext, span: Span, rule: str) -> list[Source] | None:
    """'military and medical sources', 'the army and residents', 'police and local officials': the
    voices of a coordination, when each is a voice by itself (None when it is one name)."""
    parts = [p for p in _COORD.split(_tidy(raw)) if p]
    if not 2 <= len(parts) <= 3 or any(len(p) > 60 for p in parts):
        return None
    last = parts[-1].split()
    if len(last) >= 2 and last[0].lower() in _SHARED_ADJ:  # "military and medical sources", "local and security sources in Diffa"
        if len(last) > 2 and last[2].lower() in ("in", "at", "from", "near", "on"):
            parts[-1] = f"{last[0]} {last[1]}"  # the place ("in Pemba") is where they all speak from
        # "police and medical sources" share "sources"; "police and local officials" are the police and local officials
        parts = [f"{p} {last[1]}" if p.lower() in _SHARED_ADJ and (p.lower() not in ("police", "army") or last[1].lower().startswith("source"))
                 else p for p in parts]
    first = parts[0].split()
    if len(first) == 2 and _cc(first[0]) is not None and first[0][0].isupper():
        # "Israeli police and medics", "Lebanese army and rescuers": the country's adjective is every service's
        parts = [f"{first[0]} {p}" if p in _SERVICE_NOUNS and (n := normalise(f"{first[0]} {p}", ctx, span, rule, remember=False)) is not None
                 and not n.rule.endswith("+words") else p for p in parts]
    out: list[Source] = []
    for p in parts:
        src = normalise(p, ctx, span, rule + "+coordinated", remember=False)
        if src is None or not (src.rule.endswith(_STRONG) or _VOICE_NOUN.search(p)):
            return None
        if all(o.name != src.name for o in out):
            out.append(src)
    return out if len(out) >= 2 else None


def _appositive(m: re.Match[str], ctx: SourceContext, span: Span, app_span: Span, rule: str) -> Source | None:
    """'Serhii Lysak, head of the Dnipropetrovsk regional administration, said': the head when it is a
    source by itself, else the office in the appositive (and the person is remembered)."""
    head = _tidy(m.group("src"))
    app = _tidy(m.group("app"))
    # "governor of the Cherkasy region where Uman lies": the office, without its relative clause
    app_raw = m.group("app") if _APP_CLAUSE.match(m.group("app").strip()) else _REL_TAIL.sub("", m.group("app"))
    clause = bool(_APP_CLAUSE.match(app))
    # an acronym ("The OLF, a registered party ...") is a body, not a person
    person = bool(_PERSON_NAME.match(head)) and not _ORG_WORDS.search(head) and not (head.isupper() and len(head) <= 8)
    if person and not clause and _key(head) not in known_sources() and _key(_HONORIFIC.sub("", head)) not in ctx.people:
        raw_app = m.group("app").replace(_LEADER, ".").strip()
        if _APP_ORG.match(raw_app) or _APP_ORG.match(_REL_TAIL.sub("", raw_app)):  # (its relative clause aside: "a group that monitors arrests")
            # "Plataforma Decide, a local election monitoring platform, said": the body named, of the appositive's kind
            kind = classify(raw_app)
            kind = kind if kind not in ("anonymous", "media") else "ngo"
            return Source(head, kind, kind == "party", span, rule + "+named-body")
        private = _private_person(raw_app, span, rule)
        if private is not None:
            return private
    if clause and _COUNTED_VOICE.match(head):
        return None  # "One resident, who spoke on condition of anonymity, said ..." (see _COUNTED_VOICE)
    rm = _WHO_HEADS.match(app) if clause and person else None
    if rm is not None and rm.group("role") and (private := _private_person(rm.group("role"), span, rule)) is not None:
        return private  # "Hodan Ali, who is a mother of three, said": a private person, a resident to a coder
    if rm is not None:
        # "Abdikadir Adem, who heads the Aamin ambulance service, said", "Ali Musa, who is the police chief in Kismayo,
        # told AFP": the body the relative clause makes him speak for, not his name
        said_for = _tidy(rm.group("org") or rm.group("role"))
        office = normalise(said_for, ctx, app_span, rule + "+appositive", remember=False)
        if office is not None and not (office.rule.endswith(("+words", "+pronoun", "+anaphora", "+unresolved-anaphora"))
                                       and not _NAMED_ORG.match(re.sub(r"^the\s+", "", said_for))):
            _remember(ctx, head, office)
            return office
    if clause or not person or _key(head) in known_sources() or _key(_HONORIFIC.sub("", head)) in ctx.people:
        src = normalise(m.group("src"), ctx, span, rule)
        if src is not None and not clause and src.rule.endswith("+words") and src.kind in ("media", "anonymous"):
            # "Lt. Jules Ngongo, the army spokesman in Ituri, said": the office, when the appositive names one
            office = normalise(app_raw, ctx, app_span, rule + "+appositive", remember=False)
            if office is not None and not office.rule.endswith("+words"):
                if _PERSON_NAME.match(head):
                    _remember(ctx, head, office)
                return office
        if src is not None and clause and person and src.rule.endswith("+words"):
            return None  # "Farah Nur, who was at the market, said": a bare name speaks for no body a coder records
        if src is not None:
            if not person and not clause and _PERSON_NAME.match(app) and not src.rule.endswith("+words"):
                _remember(ctx, app, src)  # "the UN coordinator for Sudan, Denise Brown, said": so does "Brown"
            return src
        if clause or (not person and _APP_INDEFINITE.match(app) and not _PERSON_NAME.match(head)):
            return None
    if not person and _OWNER_ROLE.match(head) and (om := _OWNER_NAME.match(app)) is not None:
        # "The vessel's owner, Connecticut-based Eagle Bulk Shipping, said", "the mine's operator, X Mining, said":
        # the company the appositive names speaks
        return _mk(om.group("n"), "ngo", False, span, rule + "+owner")
    office = normalise(app_raw, ctx, app_span, rule + "+appositive", remember=False)
    if len(posts := _TWO_POSTS.split(app_raw)) > 1:
        # "Minni Minawi, Governor of the Darfur Region and head of the Sudan Liberation Movement, said": each post
        # read alone; the armed side he leads first (his words are its claims), else the first body the rules know
        # (a post's bracketed acronym names its body when its words alone do not: "the Sudan Liberation Movement (SLM-MM)")
        held = [o for o in (normalise(q, ctx, app_span, rule + "+appositive", remember=False)
                            for p in posts for q in (p, *re.findall(r"\(([A-Z][\w\-/]{1,12})\)\s*$", p)))
                if o is not None and not o.rule.endswith(_UNSETTLED)]
        fallback = office if office is not None and not office.rule.endswith("+words") else (held[0] if held else office)
        office = next((o for o in held if o.party), fallback)
    if office is None or office.rule.endswith("+words") and office.kind in ("media", "anonymous"):
        return None
    if _PERSON_NAME.match(head):
        _remember(ctx, head, office)
    return office


# "governor of X and head of Y": two posts held by one person, split where the second begins
_TWO_POSTS = re.compile(r"\s+and\s+(?=(?:the\s+)?(?:(?:deputy|acting|founding|supreme)\s+)?(?i:head|leader|chairman|chairwoman|chairperson|president|chief|commander|"
                        r"spokes(?:man|woman|person)|founder|secretary[- ]general|governor|minister)\b)")
# a named speaker's relative clause that says what body he speaks for ("who heads the ambulance service", "who is the
# army spokesman in Beni", "who works for the UN refugee agency")
_WHO_HEADS = re.compile(
    r"^who\s+(?:(?:heads|leads|runs|directs|chairs|manages|commands|coordinates|represents|works\s+(?:for|with|at)|speaks\s+for)\s+(?P<org>.+)"
    r"|(?:is|was|serves\s+as)\s+(?P<role>(?:the|an?)\s+.+))$", re.I)
# "the ship's owner", "the vessel's operator", "the plant's management": who owns or runs the thing hit
_OWNER_ROLE = re.compile(r"^(?:the\s+|its\s+)?(?:[\w\-]+['’]s?\s+)?(?:(?:registered|commercial|Greek|British|American)\s+)?"
                         r"(?:owners?|operators?|managers?|management|charterers?|ship\s?owners?)$", re.I)
# a company's name, after what places it ("Connecticut-based Eagle Bulk Shipping", "Athens-based Eagle Shipping SA")
_OWNER_NAME = re.compile(r"^(?:[A-Z][\w\-]*-(?:based|headquartered|registered)\s+)?(?P<n>(?:[A-Z][\w&.\-]*\s+){0,5}[A-Z][\w&.\-]*)$")


def _note_role(role: str, sentence: str, start: int, article_id: str, into: list[Source]) -> None:
    """The sources of a role (``_ROLE_ALIASES``) the sentence names, in order, for the bare noun that
    may refer to them later ("the mission said")."""
    if (pat := _role_pattern(role)) is None:
        return
    for m in pat.finditer(sentence.replace(_LEADER, ".")):
        into.append(_from_known(known_sources()[_key(m.group(0))], Span(article_id, start + m.start(), start + m.end()), "mention"))


@functools.lru_cache(maxsize=4)
def _role_pattern(role: str) -> re.Pattern[str] | None:
    """The aliases of the known sources of a role ("un agency", "peacekeeping mission", "regional
    bloc"), longest first, as one pattern: the mentions "the agency said" and the like refer to."""
    known_sources()
    names = _ROLE_ALIASES[role]
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True)) + r")\b")


@functools.lru_cache(maxsize=1)
def _coalition_pattern() -> re.Pattern[str]:
    """The known armed sides named as a coalition or an alliance ("the U.S.-led coalition"), for "the coalition said"."""
    names = [a for a, ks in known_sources().items() if ks.party and re.search(r"\b(?:coalition|alliance)\b", a)]
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True)) + r")\b")


def _note_armed(sentence: str, start: int, article_id: str, ctx: SourceContext, hits: list[Hit] | None = None) -> None:
    """Remember the armed actors a sentence names ("the Al-Shabaab jihadists", "Saudi-led coalition
    airstrikes"), from ``hits`` when the caller already searched the sentence with ``ctx.actors``."""
    actors = ctx.actors or shared()
    if hits is None or ctx.actors is None:
        hits = actors.find(sentence.replace(_LEADER, "."))
    for h in hits:
        kinds = [actors.actors[i].kind for k, i in h.targets if k == "actor" and isinstance(i, int)]
        if not kinds or not all(k in _ARMED_KINDS for k in kinds):
            continue
        written = sentence[h.start:h.end]
        span = Span(article_id, start + h.start, start + h.end)
        ks = known_source(written)
        src = _from_known(ks, span, "mention") if ks else normalise(written, SourceContext(history=[]), span, "mention", remember=False)
        state = [actors.actors[i] for k, i in h.targets if k == "actor" and isinstance(i, int) and actors.actors[i].kind == "state forces"]
        if ks is None and len(state) == 1 and len(h.targets) == 1 and (src is None or src.name == _tidy(written)):
            # a state's forces named by a description the source list lacks ("the Saudi-led coalition"):
            # the force's own name, as the corpus codes "the coalition said"
            src = Source(state[0].name, "party", True, span, "mention+actor")
        if src is None or src.rule.endswith(("+pronoun", "+anaphora", "+unresolved-anaphora")):
            src = Source(_tidy(written), "party", True, span, "mention")
        ctx.armed.append((Source(src.name, "party", True, span, src.rule), written, all(k in _NON_STATE for k in kinds)))
    if re.search(r"(?i)coalition|alliance", sentence):
        for cm in _coalition_pattern().finditer(sentence.replace(_LEADER, ".")):
            span = Span(article_id, start + cm.start(), start + cm.end())
            if not any(sp.span == span for sp, _, _ in ctx.armed):
                ctx.armed.append((_from_known(known_sources()[_key(cm.group(0))], span, "mention"), cm.group(0), False))


# a sentence opening on a titled or known person who acts ("President Volodymyr Zelensky shared photos")
_SUBJECT = re.compile(r"^(?P<who>(?:[A-Z][\w'’\-.\u2024]*\s+){2,6}?)(?:also\s+|later\s+|earlier\s+|has\s+|had\s+)?[a-z]")
_PERSON_RULES = ("+dictionary", "+dictionary-person", "+title", "+person")


def _named_subject(sentence: str, ctx: SourceContext) -> Source | None:
    m = _SUBJECT.match(sentence)
    if not m:
        return None
    who = m.group("who").strip()
    if not (_PERSON_NAME.match(who) or _TITLE_NAME.match(who)) or (_ORG_WORDS.search(who) and not _TITLE_NAME.match(who)):
        return None
    src = normalise(who, ctx, None, "subject", remember=False)
    if src is None or not src.rule.endswith(_PERSON_RULES) or src.rule.endswith("+words"):
        return None
    return src


_CROWD_VOICES = ("local residents", "witnesses", "local elders")
# a crowd of local people a sentence names, for "one of them" in the next: the generic voice a coder records
_CROWD = re.compile(r"\b(?P<noun>residents|villagers|inhabitants|locals|witnesses|eyewitnesses|survivors|relatives|elders)\b", re.I)


def _crowd(sentence: str) -> str | None:
    last = None
    for m in _CROWD.finditer(sentence):
        last = m.group("noun").lower()
    if last is None:
        return None
    return "witnesses" if last in ("witnesses", "eyewitnesses", "survivors") else "local elders" if last == "elders" else "local residents"


# a dateline naming the agency that filed the report ("Aleppo, SANA -", "Kosti, Jan. 14 (SUNA) -", "MOSCOW, May 2. /TASS/.")
_DATELINE_AGENCY = re.compile(r"^[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s+)?(?:\(|/)?(?P<o>[A-Z]{3,6})(?:\)|/)?\s*[-–—.]")
# "told SANA", "told state news agency SUNA": an unnamed speaker talking to a news outlet, off the record
_TOLD_OUTLET = re.compile(r"\btold\s+(?:the\s+)?(?:(?:state|official)\s+(?:news\s+agency\s+|media\s+)?)?(?P<o>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})")


def _told_outlet(sentence: str) -> bool:
    known_sources()
    for m in _TOLD_OUTLET.finditer(sentence):
        ks = known_source(re.sub(r"['’]s$", "", m.group("o")))
        if ks is not None and ks.name in _carriers:
            return True
    return False


def attribute_all(sentence: str, start: int, article_id: str, ctx: SourceContext,
                  hits: list[Hit] | None = None) -> list[Source]:
    """Every distinct source a sentence attributes its content to ("X said, citing Y"; "X said,
    while Y said"), the one that speaks first-hand first; all are remembered for anaphora."""
    found: list[tuple[int, int, re.Match[str], str]] = []
    sentence = _mask(sentence)
    ctx.crowds.append(_crowd(sentence))
    ctx.off_record = bool(_OFF_RECORD.search(sentence)) or _told_outlet(sentence)
    if (dl := _DATELINE_AGENCY.match(sentence)) is not None and (ks := known_source(dl.group("o"))) is not None and ks.name in _carriers \
            and ks.kind != "media":
        ctx.state_dateline = True
    ctx.official = ctx.state_dateline or bool(re.search(r"\b(?:statement|communiqu[eé]|press release)\b", sentence, re.I))
    if (who := _named_subject(sentence, ctx)) is not None:
        ctx.subject = who
    for om in _OBLAST_MENTION.finditer(sentence) if _context_cc(ctx) == "UA" else ():
        # not a dateline ("KYIV, Aug 10"), nor the capital standing for the state ("Kyiv said"), nor a city's own council
        if not om.group(0).isupper() and not re.match(r"\s+(?:city|City)\b", sentence[om.end():]) and (
                om.group(0).lower() not in ("kyiv", "kiev") or re.match(r"\s+(?:region|oblast|Region|Oblast)\b", sentence[om.end():])):
            ctx.oblasts.append(_OBLASTS[om.group(0).lower()])
    if "tate" in sentence:
        for sm in _STATE_MENTION.finditer(sentence):
            st = sm.group("p")
            # "Niger State" in a report on Nigeria: a state, though a country bears its name
            if st.lower() not in _NOT_A_STATE and (_cc(st) is None or _context_cc(ctx) in _admin_countries(st)) and st not in ctx.states[-1:]:
                ctx.states.append(st)
    capitals = any(c.isupper() for c in sentence[1:])
    if "ission" in sentence or capitals:
        _note_role("peacekeeping mission", sentence, start, article_id, ctx.missions)
    if "WFP" in sentence or capitals:
        _note_role("un agency", sentence, start, article_id, ctx.agencies)
    if capitals:
        _note_role("regional bloc", sentence, start, article_id, ctx.blocs)
    if any(c.isupper() for c in sentence):
        _note_armed(sentence, start, article_id, ctx, hits)
        _note_facilities(sentence, start, article_id, ctx)
    if "(" in sentence:
        _note_acronyms(sentence, ctx)
    _note_bodies(sentence, ctx)
    if ctx.pending:
        _resolve_pending(ctx)
    if "city" in sentence or "town" in sentence or "port" in sentence or "capital" in sentence:
        ctx.towns.extend(t for m in _TOWN_MENTION.finditer(sentence) if not _NOT_TOWN.match(t := m.group("t").replace(_LEADER, ".")) and _cc(t) is None)
    if _INTRO_CUE.search(sentence):
        for im in [*_INTRO.finditer(sentence), *_INTRO_BEFORE.finditer(sentence)]:
            org = normalise(im.group("org"), ctx, None, "intro", remember=False)
            if (org is None or org.rule.endswith("+words")) and (tail := _ORG_NAME_TAIL.search(im.group("org"))) is not None:
                # "the leader of Mozambique's former rebel movement Renamo": the name that ends the description
                named = normalise(tail.group(0), ctx, None, "intro", remember=False)
                org = named if named is not None and not named.rule.endswith("+words") else org
            if org is not None and org.rule.endswith("+words") and not (_NAMED_ORG.match(org.name) and _ORG_WORDS.search(org.name)):
                org = None  # "..., chairman of the Bokkos Cultural Development Council": a body named in full counts
            if org is not None and not org.rule.endswith(("+anaphora", "+pronoun")):
                # "..., said Saw Taw Nee, a spokesperson for the Karen National Union": he speaks for the group
                _remember(ctx, im.group("person"), org)
    for rule, pat in _RULES:
        if pat is _APPOSITIVE and (sentence.count(",") < 2 or not _APPOSITIVE_CUE.search(sentence)):
            continue
        for m in pat.finditer(sentence):
            found.append((m.start("src"), m.end("src"), m, rule))
    out: list[Source] = []
    taken: list[tuple[int, int]] = []
    for s, e, m, rule in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        span = Span(article_id, start + s, start + e)
        srcs: list[Source] | None = None
        if rule == "appositive":
            src = _appositive(m, ctx, span, Span(article_id, start + m.start("app"), start + m.end("app")), rule)
        elif rule == "escaped":
            src = _mk("witnesses", "anonymous", False, span, rule + "+voice")
        else:
            if " and " in m.group("src") or ", " in m.group("src"):
                srcs = _coordinated(m.group("src"), ctx, span, rule)
            src = srcs[0] if srcs else normalise(m.group("src"), ctx, span, rule)
            if rule == "outlet-saw" and (src is None or src.name not in _carriers):
                continue  # only a news outlet's own staff
            if rule in ("relative-named", "rescue-work", "voice-at", "seen-declaring", "put-at", "carried-by", "body-decided") and (src is None or src.rule.endswith("+words")):
                continue  # only a body the rules know
            if rule == "participle" and src is not None and src.rule.endswith(("+capital", "+state")):
                continue  # "Paris has refused, saying ...": a state's stance, told by its capital, is no voice of the event
            if rule in ("long-name", "participle") and (src is None or (src.rule.endswith("+words") and not _ORG_WORDS.search(src.name))):
                continue  # a body the rules know, or one named as an organisation
            if rule == "inverted" and _SAID_CLAUSE.search(m.group("src")):
                continue  # "..., said 132 people had been killed since Wednesday morning": what was said, not who said it
            if (rule == "inverted" and src is not None and src.rule.endswith("+words") and _PERSON_NAME.match(_tidy(m.group("src")))
                    and (tail := _APP_TAIL.match(sentence, e))):
                # '"...," said Abu Ahmad, a father of five who lives in the camp': a private person; "..., said
                # Vyacheslav Gladkov, governor of Russia's Belgorod region": the office he holds
                src = _private_person(tail.group("app"), span, rule) or _trailing_office(m.group("src"), tail.group("app"), ctx, span) or src
        if (src is None or (src.rule.endswith("+words") and not srcs and _CLAUSE_VERB.search(m.group("src")))) and rule == "subject-verb" and (
                cut := list(_CLAUSE_JOIN.finditer(m.group("src")))):
            # "A policeman was killed and the Lebanese Red Cross said 728 were injured": the speaker of the
            # last clause, when the rules recognise it
            s = m.start("src") + cut[-1].end()
            span = Span(article_id, start + s, start + e)
            tail_src = normalise(sentence[s:e], ctx, span, rule, remember=False)
            whole, src = src, (tail_src if tail_src is not None and not tail_src.rule.endswith(("+words", "+pronoun", "+unresolved-anaphora"))
                               else None)
            if src is None and whole is not None:
                s, span, src = m.start("src"), Span(article_id, start + m.start("src"), start + e), whole
            elif src is not None and (tail_src := normalise(sentence[s:e], ctx, span, rule)) is not None:
                src = tail_src  # (remembered as the latest voice)
        if src is not None and rule == "subject-verb" and re.match(r"\s+(?:(?:has|have|had)\s+)?listed\b", sentence[e:], re.I):
            # a body that lists the dead by name is a voice of the event; the count it lists stays the report's
            # own figure (claims.build_claim), ranked as it was
            src = Source(src.name, src.kind, src.party, src.span, src.rule + "+listed", src.also)
        if src is None:
            continue
        taken.append((s, e))
        if rule == "appositive":
            taken.append((m.start("app"), m.end("app")))
        for one in srcs or [src]:
            if all(o.name != one.name for o in out):
                out.append(one)
        if len(out) >= 3:
            break
    known_sources()
    if len(out) > 1 and (out[0].kind == "media" or out[0].name in _carriers) and any(o.kind != "media" and o.name not in _carriers for o in out):
        # "..., according to Ukrinform": the agency carried what the official said
        first_hand = next(o for o in out if o.kind != "media" and o.name not in _carriers)
        out.remove(first_hand)
        out.insert(0, first_hand)
    ctx.history.extend(reversed(out))  # the first-hand voice is the latest, for "the statement said"
    if out and ctx.subject is not None and all(o.name != ctx.subject.name for o in out):
        ctx.subject = None  # someone else spoke since: "he" is no longer the one who acted
    return out


def attribute(sentence: str, start: int, article_id: str, ctx: SourceContext,
              hits: list[Hit] | None = None) -> Source | None:
    """The source a sentence attributes its content to, if any (and remember it). Other voices
    of the same sentence ride along in ``Source.also``; ``hits`` are the sentence's actor hits
    by ``ctx.actors``, when the caller has them."""
    out = attribute_all(sentence, start, article_id, ctx, hits)
    if not out:
        return None
    first = out[0]
    if len(out) > 1:
        first = Source(first.name, first.kind, first.party, first.span, first.rule, also=out[1:])
    return first


def source_spans(sentence: str) -> list[tuple[int, int]]:
    """Where attributions sit in a sentence (places and actors inside them are not the event's)."""
    spans = []
    sentence = _mask(sentence)
    for pat in (_ACCORDING, _QUOTING, _CITING, _BY, _POSSESSIVE, _INVERTED, _SUBJ_VERB):
        for m in pat.finditer(sentence):
            spans.append((m.start("src"), m.end("src")))
    return spans


def outlet_source(publisher: str | None) -> Source | None:
    """The outlet that published a report, as a source ("AP" -> Associated Press): a coder records
    it when the report cites no one for the event and tells it in its own voice."""
    if not publisher or not publisher.strip():
        return None
    ks = known_source(publisher)
    if ks is not None:
        return _from_known(ks, None, "outlet")
    return _mk(publisher.strip(), "media", False, None, "outlet")

"""Places: names in the text, the report's countries, and the gazetteer entry each one means.

1. Candidates are runs of capitalised words (with Arabic articles: "Deir al-Balah",
   "al-Mawasi"), minus spans already read as actors or sources (Hamas is not Hama, "al-Sham"
   inside Hayat Tahrir al-Sham is not Damascus).
2. The report's countries come from country names and demonyms, places with one obvious
   reading, and actors: they rank every candidate reading.
3. Each candidate is looked up exactly (normalised), then by transliteration skeleton inside
   the report's countries, confirmed by a fuzzy ratio (rapidfuzz). A reading in a country the
   report never mentions is taken only for a large city when the report has no country at all.
4. Words around the name set the feature and precision: "Aleppo province" is the division
   (precision 3), "near Aleppo", "7 km from Aleppo", "the western Aleppo countryside" are
   precision 2, a bare town is precision 1. "N km north of X" moves the point.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ..gazetteer.index import Entry, Gazetteer
from ..gazetteer.names import norm, skeleton, strip_accents
from ..geo import haversine_km, offset_point
from ..model import Place, Span
from ..resources import load_yaml
from .actors import country_display

_ART = r"(?:al|el|an|ar|as|ash|ad|az|ez|es|at|ad|Al|El|An|Ar|As|Ash|Ad|Az|Ez|Es|At)"
_CAPWORD = r"[A-Z][\w'’`‘ʿʾ]*(?:-[\w'’`‘ʿʾ]+)*"
CANDIDATE = re.compile(
    rf"(?<![\w-])(?:{_ART}-)?{_CAPWORD}(?:[ ](?:(?:{_ART}|de|du|des|da|do|dos|das|del|la|le|di|wa|bin|ibn|bani|of)[- ])?(?:{_ART}-)?{_CAPWORD})*"
)
_STOP = frozenset(
    """the a an in on at but and he she it they this that these those meanwhile according president
    minister general mr mrs ms dr gen col lt maj capt sgt sheikh prime spokesman spokeswoman
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    as after before during since while when where while with without from to of for by about over
    under near north south east west northern southern eastern western central upper lower
    also read more related source photo reporting writing editing local residents witnesses
    his her their its our we you i there here some many several two three four five six seven eight
    nine ten more most at least dozens hundreds other another both all no none one yet still
    earlier later late early on province governorate region state district city town village
    airport hospital university school camp mosque church market bridge highway road dam
    human rights observatory ministry government army forces military police council
    arab arabs israeli russian ukrainian syrian sudanese somali nigerian malian iraqi yemeni lebanese palestinian
    islamic state jihadists rebels militants insurgents gunmen troops soldiers civilians
    un u.s us eu union nato afp ap reuters bbc tass sana sahel gulf red sea golan heights mount
    christian muslim catholic marine marines navy""".split()
)
_ADMIN_WORD = re.compile(r"^\s+(?:province|governorate|oblast|region|state|prefecture|division|countryside|area|areas|regions|"
                         r"People['’]s\s+Republic)\b", re.I)  # "the Donetsk People's Republic": Moscow's name for the oblast
# second-level units are named after their seat town ("Kanbalu township", "the Al-Manaqil
# locality", "Bokkos district"): the town at precision 2, or a division of that name
_ADMIN2_WORD = re.compile(r"^\s+(?:township|townships|locality|localities|district|districts|circle|cercle|LGA|local\s+government\s+area|"
                          r"territory|county|department|commune|raion|rayon|sub-?district|sub-?county|municipality)\b", re.I)
_DIVISION_WORD = re.compile(r"^\s+divisions?\b", re.I)
# second-level units named after no town, by the town that is their seat (ACLED codes an event
# known only by its unit to the seat, precision 2): "a hamlet in Donga-Mantung division" is near
# Nkambe, "a village in Yunusari local government area" near Kanamma. Read only beside a unit word
_UNIT_SEATS: dict[str, tuple[str, str]] = {
    # Cameroon's divisions (departements)
    "boyo": ("CM", "Fundong"), "bui": ("CM", "Kumbo"), "donga mantung": ("CM", "Nkambe"), "menchum": ("CM", "Wum"),
    "mezam": ("CM", "Bamenda"), "momo": ("CM", "Mbengwi"), "ngo ketunjia": ("CM", "Ndop"), "fako": ("CM", "Limbe"),
    "koupe manengouba": ("CM", "Bangem"), "kupe muanenguba": ("CM", "Bangem"), "manyu": ("CM", "Mamfe"),
    "meme": ("CM", "Kumba"), "ndian": ("CM", "Mundemba"), "lebialem": ("CM", "Fontem"),  # (its seat Menji, in Fontem)
    "diamare": ("CM", "Maroua"), "logone et chari": ("CM", "Kousseri"),
    "mayo danay": ("CM", "Yagoua"), "mayo kani": ("CM", "Kaele"), "mayo sava": ("CM", "Mora"), "mayo tsanaga": ("CM", "Mokolo"),
    # Nigeria's local government areas whose headquarters bear another name
    "yunusari": ("NG", "Kanamma"), "gujba": ("NG", "Buni Yadi"), "tarmuwa": ("NG", "Babban Gida"), "jere": ("NG", "Khaddamari"),
    "kala balge": ("NG", "Rann"), "abadam": ("NG", "Malam Fatori"), "mobbar": ("NG", "Damasak"), "guzamala": ("NG", "Gudumbali"),
    "ngala": ("NG", "Gamboru"), "nganzai": ("NG", "Gajiram"), "kaga": ("NG", "Benisheikh"), "askira uba": ("NG", "Askira"),
    "rafi": ("NG", "Kagara"), "guma": ("NG", "Gbajimba"), "agatu": ("NG", "Obagaji"), "logo": ("NG", "Ugba"),
    "kwande": ("NG", "Adikpo"), "jemaa": ("NG", "Kafanchan"), "zangon kataf": ("NG", "Zonkwa"), "danko wasagu": ("NG", "Ribah"),
    "shiroro": ("NG", "Kuta"), "munya": ("NG", "Sarkin Pawa"), "mariga": ("NG", "Bangi"), "ogbaru": ("NG", "Atani"),
    "bursari": ("NG", "Dapchi"), "chikun": ("NG", "Kujama"), "gwer west": ("NG", "Naka"), "ukum": ("NG", "Sankera"),
    # Burkina Faso's provinces (its second-level units) named after no town, by their seats
    "yagha": ("BF", "Sebba"), "soum": ("BF", "Djibo"), "oudalan": ("BF", "Gorom-Gorom"), "seno": ("BF", "Dori"),
    "loroum": ("BF", "Titao"), "yatenga": ("BF", "Ouahigouya"), "sanmatenga": ("BF", "Kaya"), "namentenga": ("BF", "Boulsa"),
    "gnagna": ("BF", "Bogande"), "gourma": ("BF", "Fada N'gourma"), "komondjari": ("BF", "Gayeri"), "kompienga": ("BF", "Pama"),
    "tapoa": ("BF", "Diapaga"), "kossi": ("BF", "Nouna"), "sourou": ("BF", "Tougan"), "mouhoun": ("BF", "Dedougou"),
    "banwa": ("BF", "Solenzo"), "bam": ("BF", "Kongoussi"), "passore": ("BF", "Yako"), "zondoma": ("BF", "Gourcy"),
    "kouritenga": ("BF", "Koupela"), "koulpelogo": ("BF", "Ouargaye"), "boulgou": ("BF", "Tenkodogo"), "ganzourgou": ("BF", "Zorgho"),
}
# Burkina Faso's provinces are its second-level units: "the village of Solhan, in Yagha province"
_BF_PROVINCE_WORD = re.compile(r"^\s+provinces?\b", re.I)


def _unit_seat(gz: Gazetteer, phrase: str, after: str, before: str = "") -> tuple[Entry, ...]:
    """The seat town of a second-level unit named after no town ("Donga-Mantung division", "the
    province of Soum")."""
    seat = _UNIT_SEATS.get(norm(phrase))
    if seat is None or not (_ADMIN2_WORD.match(after) or _DIVISION_WORD.match(after) or _UNIT_OF_BEFORE.search(before)
                            or (seat[0] == "BF" and _BF_PROVINCE_WORD.match(after))):
        return ()
    return tuple(x for x in gz.find(seat[1]) if x.cc == seat[0] and x.feature == "place")[:1]
# the unit word told before the name: "in Burkina Faso's northern province of Soum", "the division of Boyo"
_UNIT_OF_BEFORE = re.compile(r"\b(?:province|division|department|district|local\s+government\s+area|LGA)\s+of\s+$", re.I)
_AREA_WORD = re.compile(r"^\s+areas?\b", re.I)
_REGION_WORD = re.compile(r"^\s+region\b(?!\s+state\b)", re.I)
_IN_THE_BEFORE = re.compile(r"\b(?:in|of|across|around|near)\s+the\s+$", re.I)  # the scene, not "fire came from the Tal Rifaat area"
# "in the al-Eith area, some 40 km northeast of Tikrit", "on a rural road 30 km south of Kirkuk":
# an unnamed area is coded at the town it is measured from (ACLED's nearest named place)
_UNNAMED_SCENE = re.compile(r"\b(?:area|areas|road|highway|outpost|camp|camps|desert|countryside)\s*,?\s+"
                            r"(?:(?:about|some|around|roughly|nearly|almost|just|located|situated|lying)\s+)*$", re.I)
_ADMIN_BEFORE = re.compile(r"\b(?:province|governorate|region|state|oblast|district) of\s+$", re.I)
_DISTRICT_OF = re.compile(r"\b(?:sub-?)?districts? of\s+$", re.I)
_CITY_WORD = re.compile(r"^\s+(?:city|town|village|municipality|camp|neighbourhood|neighborhood|district of)\b", re.I)
_COUNTRYSIDE = re.compile(r"(?:countryside|outskirts|suburbs?|surroundings|environs|hinterland|area|areas|vicinity)\b", re.I)
_NEAR = re.compile(
    r"(?:near|outside|around|close to|on the outskirts of|in the outskirts of|the outskirts of|in the vicinity of|just outside|"
    r"not far from|on the edge of|on the road (?:to|from)|the road (?:to|from)|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
    r"(?:north|south|east|west)(?:ern)?\s+(?:part|parts|outskirts|edge|suburbs?|side|countryside) of|from)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:city|town|village) of\s+|"
    r"(?:(?:[\w'’-]+\s+)?(?:state|regional|provincial|district|county)\s+)?capital,?\s+)?$",  # "north of the (Yobe) state capital Damaturu"
    re.I,
)
_OFFSET = re.compile(
    r"(?<![\d.,])(?P<num>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s*"
    r"(?P<unit>km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile)\s+(?:\((?:\d+|\w+)\s+miles?\)\s+)?"
    r"(?:(?P<dir>north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)?"
    r"(?:of|from|outside)\s+(?:the\s+)?(?:city of\s+|town of\s+|(?:[\w'’-]+\s+)?(?:state|regional|provincial|district|county)\s+capital,?\s+)?$",
    re.I,
)
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
            "forty": 40, "fifty": 50}
_BEARING = {"north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135, "south-east": 135,
            "south": 180, "southwest": 225, "south-west": 225, "west": 270, "northwest": 315, "north-west": 315}
_REGION = re.compile(
    r"\b(?P<dir>northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|north|south|east|west)\s+(?P<name>[A-Z][\w'’-]+)",
)
_HIGH_POP = 100_000
# a city this large can stand for its government ("Tehran vowed revenge", "a militia Ankara links to")
_SEAT_POP = 200_000
# names of regions that span several first-level divisions but match one in GeoNames (Iraqi
# "Kurdistan" is an alternate name of Erbil province): the wide region, not that province, so a
# town of a neighbouring province in it is not marked down as out of the named division
_WIDE_REGIONS: dict[str, frozenset[str]] = {
    "kurdistan": frozenset({"IQ"}), "kurdistan region": frozenset({"IQ"}), "iraqi kurdistan": frozenset({"IQ"}),
    "donbas": frozenset({"UA"}), "donbass": frozenset({"UA"}), "darfur": frozenset({"SD"}), "kordofan": frozenset({"SD"}),
    "greater darfur": frozenset({"SD"}), "greater kordofan": frozenset({"SD"}), "sahel": frozenset({"ML", "NE", "TD", "MR"}),
}
_DIRECTION_BEFORE = re.compile(r"\b(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+$", re.I)
_CENTRAL_BEFORE = re.compile(r"\b(?:central|downtown)\s+$", re.I)
_DESTINATION = re.compile(
    r"\b(?:taken|evacuated|rushed|transferred|moved|flown|airlifted|brought|admitted|referred|fled|displaced)\s+to\s+(?:\w+\s+){0,3}?(?:in\s+)?(?:the\s+)?(?:city\s+of\s+)?$|"
    # the place set after a descriptor: "fled to the provincial capital, Pemba", "were taken to the
    # regional capital, Mekele", "evacuated to a nearby town, Kaya"
    r"\b(?:taken|evacuated|rushed|transferred|moved|flown|airlifted|brought|admitted|referred|fled|displaced)\s+to\s+"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:capital|city|town|village|hub)\s*,\s+$|"
    r"\bhospitals?\s+in\s+(?:the\s+)?$|\bstatement\s+(?:issued\s+)?in\s+$|\b(?:based|headquartered)\s+in\s+$|"
    # where the aftermath was, told as the clause's subject: "Doctors in Bukavu treated 20 people wounded
    # when rebels attacked Kalehe", "Burials were held in Pemba for soldiers killed near ...", "mourners in Bamako"
    # (the subject begins its clause: "killed two doctors in Gwoza", "struck a funeral in Gwoza" are the scene)
    r"(?:^|[.!?;]\s+|\n\s*|,\s+)(?:the\s+)?(?:doctors|medics|surgeons|morgues?|mortuar(?:y|ies)|mourners)\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$|"
    r"\b(?:funerals?|burials?)\s+(?:(?:was|were|is|are|have\s+been|had\s+been)\s+)?held\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$|"
    # the office someone works for: "worked for the U.S. Consulate General in Lagos", "staff of the
    # UN mission in Goma", "an employee of a charity in Maiduguri" (not "guards at a checkpoint in")
    r"\b(?:work(?:s|ed|ing)?|employed|employees?|staff(?:ers)?|staff\s+members?|officials?)\s+(?:for|by|at|with|of)\s+"
    r"(?:the\s+|an?\s+|its\s+)?(?:[\w.'’-]+\s+){0,4}?(?:consulate|embassy|mission|office|headquarters|ministry|agency|charity|"
    r"NGO|organi[sz]ation|company|firm|bank)(?:\s+general)?\s+(?:in|at)\s+(?:the\s+)?$|"
    # "fled across the border into Kenya's Lamu County", "escaped into neighbouring Chad"
    r"\b(?:fled|flee|fleeing|escaped|escaping|retreated|withdrew)\s+(?:[\w-]+\s+){0,4}?into\s+(?:[A-Z][\w-]+'s\s+)?(?:the\s+)?$|"
    # where a vehicle or people were going, not where they were hit: "a car carrying workers to
    # Belgorod as it drove through Shebekino", "a convoy heading for Maiduguri", "a bus bound for
    # Kaduna", "residents fled towards Shewa Robit", "on their way back to Goma"
    r"\b(?:carrying|taking|transporting|ferrying|bringing|heading|headed|travell?ing|journeying|returning|bound|"
    r"en\s+route|on\s+(?:its|their|his|her)\s+way(?:\s+back)?)\s+(?:(?!in\b|at\b|near\b|through\b|from\b)[\w'’-]+\s+){0,4}?"
    r"(?:to|for|towards?)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$|"
    r"\b(?:fled|flee|fleeing|escaped|escaping|retreated|withdrew|headed|head|moved|moving)\s+(?:back\s+|north\s+|south\s+|east\s+|west\s+)?"
    r"towards?\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|(?:regional|provincial|state)\s+capital,?\s+)?$|"
    # where the dead were buried ("buried in Bama a day after they were killed in Gwoza"), and the
    # end of a journey told with its start ("a bus travelling from Kaduna to Abuja")
    r"\b(?:was|were|be|been|being)\s+(?:later\s+|then\s+)?(?:buried|reburied|laid\s+to\s+rest|interred)\s+(?:(?:on|later|the\s+next\s+day|[\w'’]+\s+day)\s+)?(?:[\w'’]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$|"
    r"\b(?:bus|buses|convoy|vehicles?|trucks?|lorr(?:y|ies)|cars?|boats?|train|passengers|travell?ers|travell?ing|journey(?:ing)?|"
    r"plying|conveying|carrying|transporting|ferrying|heading|headed|driving|going|bound|en\s+route|road|highway|route)\b"
    r"[^.;!?]{0,40}?\bfrom\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:to|towards?|for)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$|"
    # a road named by where it leads: "a camp on the road to Gao", "the highway towards Goma"
    r"\b(?:road|highway|route|motorway|track)\s+(?:leading\s+)?(?:to|towards?)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
    re.I,
)

# "the hospital in Kaya, about 40 km (25 miles) away": the scene is a place this far from the town
# "Dori, the regional capital, about 45 km to the west": told from the scene (no "of" follows)
_AWAY_AFTER = re.compile(
    r"^,?\s+(?:the\s+(?:regional|provincial|state|district|nearest|main)\s+(?:capital|town|city|hub),\s+)?"
    r"(?:about|some|around|roughly|nearly|approximately|more\s+than|less\s+than)?\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>km|kms|kilometres|kilometers|miles)\b(?:\s*\([^)]{1,20}\))?\s+"
    r"(?:away|distant|(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\b(?![-\w]|\s+of\b))",
    re.I,
)

# a road named by the towns at its ends: "the Oke-Ako/Irele road", "the Kaduna-Abuja highway"
_ROAD_WORDS = r"(?:road|highway|expressway|motorway|route|axis)\b"
_ROAD_END_AFTER = re.compile(r"\s*[/–-]\s*[A-Z][\w'’]+(?:[\s-][A-Z][\w'’]+)?\s+" + _ROAD_WORDS)
_ROAD_END_BEFORE = re.compile(r"[A-Z][\w'’]+\s*[/–-]\s*$")
_ROAD_AFTER = re.compile(r"\s+" + _ROAD_WORDS)
# the next name of a list of origins: "residents from Kobani - known in Arabic as Ain al-Arab - and Raqqa"
_ORIGIN_LIST_SEP = re.compile(r"\s*(?:[-–—)]\s*)?(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+|\s*[-–—(]\s*(?:known\s+)?(?:in\s+\w+\s+)?(?:as|or|also)\s+)"
                             r"(?:the\s+(?:city|town|village)\s+of\s+)?", re.I)
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+(?:state|provincial|regional|district)?\s*capital,?\s+)?", re.I)
_ORIGIN = re.compile(
    r"\b(?:crossed|came|infiltrated|fired|launched|returned|travell?ed|arrived|fled|escaped|sent|flown|launched)\s+"
    r"(?:\w+\s+)?from\s+(?:(?-i:[A-Z])[\w-]+'s\s+)?(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
    r"(?:city\s+of\s+|town\s+of\s+|region\s+of\s+|province\s+of\s+)?$|"
    # where fighting or unrest spread from, to the scene told after: "fighting spread on Sunday from
    # Bahir Dar to other towns", "violence that spilled over from Goma into Sake"
    r"\b(?:spread|spreads|spreading|spilled|spilt|spilling|spills|moved|shifted|extended|expanded)\s+(?:(?:over|out|on|in|at|this|last|\w+day)\s+){0,3}"
    r"from\s+(?:the\s+)?(?:(?:city|town|capital|region)\s+of\s+)?$|"
    # "Rebels from Ethiopia's Tigray region took Lalibela": where the fighters come from, not the scene
    r"\b(?:rebels|fighters|forces|troops|militants|militiamen|militias|insurgents|jihadists|gunmen)\s+from\s+"
    r"(?:[A-Z][\w-]+'s\s+)?(?:the\s+)?(?:neighbou?ring\s+)?$|"
    # a person's home town: "who hails from the holy city of Karbala", "a native of Kano", "born in Irkutsk"
    r"\b(?:hails?|hailed|hailing|originally|natives?)\s+(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$|"
    # a named man's home after his age: "identified the soldier as Staff Sgt. Alexander Conrad, 26, of Chandler, Arizona"
    r",\s*\d{1,3},\s+(?:of|from)\s+$|"
    # the victims' home, or where a journey began: "five farmers from Bama were killed near Gwoza",
    # "a bus travelling from Kaduna was attacked near Kachia"
    r"\b(?:farmers|villagers|passengers|traders|merchants|students|pupils|worshippers|herders|fishermen|miners|workers|"
    r"pilgrims|travell?ers|labourers|laborers|women|men|youths|families|refugees|migrants)\s+(?:[\w-]+\s+)?from\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+|(?:nearby|neighbou?ring)\s+)?$|"
    # one person's home: "a nurse from Damaturu was among those killed in Maiduguri", "the pastor, a man from Biu"
    r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:farmer|villager|passenger|trader|merchant|student|pupil|worshipper|herder|"
    r"fisherman|miner|worker|pilgrim|travell?er|labourer|laborer|woman|man|youth|refugee|migrant|teacher|nurse|doctor|"
    r"pastor|priest|imam|cleric|journalist|reporter|driver|boy|girl|teenager|mother|father|businessman|businesswoman)\s+from\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+|(?:nearby|neighbou?ring)\s+)?$|"
    r"\b(?:carrying|transporting|ferrying|conveying|evacuating|bringing)\s+(?:[\w'’-]+\s+){1,3}?from\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$|"
    r"\b(?:travell?ing|driving|heading|headed|going|journeying|returning|on\s+(?:its|their|his|her)\s+way)\s+(?:back\s+)?from\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$|"
    r"\b(?:was|were|been)\s+born\s+in\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$|"
    # the victims' home, left before the event: "a family displaced from Beit Lahia", "villagers who
    # had fled Tamboul", "evacuated from Pokrovsk" (not "thousands have fled Lalibela", its aftermath,
    # nor "civilians had fled Palmyra before dawn", the scene emptied)
    r"\b(?:displaced|evacuated|uprooted|expelled|relocated|driven\s+out|chased\s+out|forced\s+out)\s+(?:\w+\s+)?from\s+"
    r"(?:(?:their|his|her)\s+homes?\s+in\s+)?(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$|"
    r"\b(?:(?:who|that)\s+had|having)\s+(?:\w+\s+)?(?:fled|escaped)\s+(?:(?:their|his|her)\s+homes?\s+in\s+)?"
    r"(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$",
    re.I,
)


@dataclass(slots=True)
class Countries:
    """The report's countries, most likely first, with their evidence weights."""

    ranked: list[str]
    weights: dict[str, float]
    named: frozenset[str] = frozenset()  # countries the text names outright (not only a demonym)
    # (name key, cc): the weight a name gave its own country ("Dar es Salaam" gave Tanzania 2)
    own: dict[tuple[str, str], float] = field(default_factory=dict)
    # the weight from what is not a place name: country names, demonyms, actors, the dateline
    context: dict[str, float] = field(default_factory=dict)

    def support(self, cc: str, written: str) -> float:
        """The evidence for ``cc`` apart from what the name ``written`` itself gave it: a name
        that matched a place abroad is no evidence that the report is about that country."""
        return self.weights.get(cc, 0.0) - self.own.get((norm(written), cc), 0.0)


_country_terms: dict[str, str] | None = None


def country_terms() -> dict[str, str]:
    """Lower-cased country names and demonyms -> ISO alpha-2 (resources/countries.yaml)."""
    global _country_terms
    if _country_terms is None:
        data = load_yaml("countries.yaml")
        _country_terms = {str(term).lower(): cc for cc, terms in data.items() for term in terms}
    return _country_terms


_COUNTRY_RE: re.Pattern[str] | None = None
_NAMES_LIKE_DEMONYMS = frozenset((
    "iran", "sudan", "yemen", "afghanistan", "pakistan", "jordan", "lebanon", "ukraine", "palestine", "gaza", "west bank",
    "gaza strip", "niger", "mozambique", "burkina faso", "chad", "cameroon", "rwanda", "uganda", "burundi", "libya",
    "chinese", "mali", "haiti", "oman", "bahrain", "sweden", "spain", "djibouti", "malawi", "zimbabwe", "greece", "cyprus",
    "belarus", "philippines", "netherlands", "azerbaijan", "kazakhstan", "uzbekistan", "tajikistan", "japan", "gabon",
    "republic of benin", "côte d'ivoire", "united arab emirates", "uae", "emirates", "france", "türkiye"))
# ("French" and "Greek" end as names do, but are demonyms)
_DEMONYMS_LIKE_NAMES = frozenset((
    "french", "dutch", "swiss", "british", "greek", "czech", "kazakh", "uzbek", "tajik", "cypriot", "filipino", "burkinabè"))


def _country_re() -> re.Pattern[str]:
    global _COUNTRY_RE
    if _COUNTRY_RE is None:
        terms = sorted(country_terms(), key=len, reverse=True)
        _COUNTRY_RE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![\w-])", re.I)
    return _COUNTRY_RE


def country_mentions(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, cc, is_name) for every country name or demonym in ``text``."""
    return list(_country_mentions(text))


@lru_cache(maxsize=1024)
def _country_mentions(text: str) -> tuple[tuple[int, int, str, bool], ...]:
    # (a report's text is asked again and again: by the country ranking, each place, each deal)
    out = []
    terms = country_terms()
    for m in _country_re().finditer(text):
        word = m.group(0)
        if word in ("US",) or word[0].isupper() or word.lower() in ("u.s.",):
            cc = terms[word.lower()]
            # ("Mali" and "Haiti" end as demonyms do, "Somali", "Iraqi", but are names)
            is_name = (not word.lower().endswith(("n", "i", "ese", "ish", "s", "e")) or word.lower() in _NAMES_LIKE_DEMONYMS) and (
                word.lower() not in _DEMONYMS_LIKE_NAMES)
            out.append((m.start(), m.end(), cc, is_name))
    return tuple(out)


@dataclass(slots=True)
class PlaceCandidate:
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]
    via: str  # exact | skeleton | fuzzy
    # readings by another spelling (_skeleton_spellings): taken only in a division the report names
    guess: frozenset[int] = frozenset()
    # the subject of an act of state ("since Ankara launched"): a large city is its government
    seat: bool = False


_COMPASS = frozenset("north south east west central upper lower northern southern eastern western".split())
# a place named after a capitalised organisation word is the organisation's name, not the scene
# ("the Wad Madani Resistance Committee said", "Kharkiv Regional Council")
_ORG_AFTER = re.compile(
    r"^\s+(?:(?:Resistance|Coordination|Emergency|Local|Regional|City|Municipal|Provincial|State|Military|Revolutionary|Security|National|"
    r"Civil|Youth|Popular|Doctors'?|Medical|Health|Media|Journalists'?|High|Supreme|District|Appeals?)\s+){0,2}(?:Committees?|Council|Union|Network|"
    r"Association|Observatory|University|College|Polytechnic|Bar|Syndicate|Brigades?|Battalions?|Front|Movement|Directorate|Office|"
    # "the Banadir Regional Court", "the Kharkiv Regional Military Administration"
    r"Court|Tribunal|Parliament|Assembly|Administration|Commission)\b|"
    r"^\s+(?:regional|city|municipal|provincial|oblast|district)\s+(?:military\s+)?(?:administration|council|court)\b|"
    # "the Kiev regime", "the Damascus government": a government named by its seat, not a scene
    r"^\s+(?:regime|government)\b|"
    # a newspaper, radio or website named after its town ("Garowe Online", "Kyiv Independent")
    r"^\s+(?:Online|Post|Times|Independent|Tribune|Herald|Gazette|Daily|Observer|Telegraph|Mirror|Express|Journal|Chronicle|"
    r"Radio|TV|FM|News)\b"
)
# "in a statement on its Radio Andalus", "told Radio Dabanga": a broadcaster's name, not the scene
_ORG_BEFORE = re.compile(r"\b(?:Radio|Television|TV)\s+$|"
                         # "the opposition National Movement of Amhara (NaMA)": a party named after its land
                         r"\b(?:Movement|Front|Party|Alliance|Congress|Union|Federation|Association)\s+(?:for\s+the\s+Liberation\s+)?of\s+(?:the\s+)?$")
# "the Centre for Human Rights": an organisation, not Cameroon's Centre region
_ORG_WORD_FOR = re.compile(r"^\s+(?:for|of\s+the)\s+[A-Z]")
_ORG_WORDS = frozenset({"centre", "center"})
# "killed two Americans and a Briton at a base": a person named by nationality after an article
# or a number, with no noun after it (not "a Kyiv suburb"), is no place
_PERSON_NOUN_BEFORE = re.compile(r"(?:^|[\s(])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$", re.I)
_PERSON_NOUN_AFTER = re.compile(r"^(?:\s*[,.;:)]|\s+(?:and|or|at|in|on|who|were|was|is|are|had|have|from|with|among|by|as)\b)")
# "most of them ethnic Amhara", "the Dinka people": a people, not its region
_PEOPLE_BEFORE = re.compile(r"\bethnic\s+$", re.I)
_PEOPLE_AFTER = re.compile(r"^\s+(?:people(?!['’]s\s+Republic)|tribe|tribes|tribesmen|clan|clans|ethnic\s+group)\b", re.I)
# where someone spoke is not where it happened: "told reporters in Maputo", "told the AP by phone
# from Dhusamareb", "at a briefing in New York", "speaking in Kyiv"
_SPEECH_BEFORE = re.compile(
    r"(?:\b(?:told|telling)\s+(?:(?!that\b|how\b|of\b|after\b|when\b|while\b|where\b)[\w'’.]+\s+){0,4}?(?:in|from)|"
    r"\b(?:briefing|press\s+conference|news\s+conference|interview|speech|summit)\s+(?:\w+\s+){0,3}?in|"
    r"\b(?:speaking|spoke|said|says|announced)\s+(?:on\s+\w+\s+|later\s+|earlier\s+|by\s+(?:tele)?phone\s+)?(?:in|from)|"
    # "Speaking to reporters in Maiduguri, ...", "talking to the BBC from Goma", "in a video address from
    # Kyiv", "in televised remarks in Khartoum": the voice's town, with its audience or medium between
    r"\b(?:speaking|spoke|talking|talked)\s+(?:to|with)\s+(?:(?!that\b|how\b|of\b|after\b|when\b|while\b|where\b|about\b)[\w'’.]+\s+){1,4}?(?:in|from)|"
    r"\b(?:address|remarks|message)\s+(?:\w+\s+){0,2}?(?:in|from))\s+(?:the\s+)?"
    # "told reporters in the state capital Damaturu", "speaking from the regional capital, Goma"
    r"(?:(?:(?:state|regional|provincial|district|national|county|federal)\s+)?capital,?\s+|(?:city|town)\s+of\s+)?$",
    re.I)
# "From Maiduguri, where he fled, a resident said ...": where the voice speaks from, told first
_FROM_FRONTED = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:speaking\s+|calling\s+|writing\s+)?(?:by\s+(?:tele)?phone\s+)?from\s+(?:the\s+)?$", re.I)
_SAID_AFTER = re.compile(r"[^.;!?]{0,120}?\b(?:said|says|told|tells|recalled|recounted|described|reported|wrote)\b")
# a capital as the seat of a government: "officials in Addis Ababa", "the authorities in Yaounde"
_SEAT_BEFORE = re.compile(
    r"\b(?:officials?|authorities|government|leaders?|diplomats?|ministers?|ministry|junta|regime|envoys?|"
    r"ambassadors?|embassy|sources)\s+in\s+(?:the\s+capital,?\s+)?$", re.I)
# the seat as the scene: "set fires outside the French embassy in Ouagadougou", "stormed the
# ministry in Tripoli"
_SEAT_SCENE = re.compile(r"\b(?:outside|at|near|into|on|stormed|attacked|torched|besieged|targeted|surrounded|hit|struck|reaching|reach|towards?|marched\s+on|march\s+on)\s+"
                         r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:embassy|ministry)\s+in\s+$", re.I)
# a town in a speaker's title is the seat of the office, not the scene: "vicar general of the
# diocese of Dori", "the Bishop of Maiduguri", "the mayor of Kharkiv said"
_SEE_BEFORE = re.compile(r"\b(?:(?:arch)?diocese|(?:arch)?bishop|mayor|emir|sultan|imam)\s+of\s+(?:the\s+)?$", re.I)
# a place named as a cause or a loyalty: "in support of Palestinians in Gaza", "Israel's war on Gaza"
_CAUSE_BEFORE = re.compile(
    r"\b(?:in\s+support\s+of|in\s+solidarity\s+with|solidarity\s+with|support\s+for|on\s+behalf\s+of|war\s+on|"
    r"(?:in\s+)?(?:retaliation|revenge)\s+for|"
    # a slogan: "chanting 'Down with France'", "Death to America"
    r"down\s+with|death\s+to)\s+(?:(?!in\b)[\w'’-]+\s+){0,3}?(?:in\s+)?(?:the\s+)?$|"
    # the affront a protest answers, told with its place: "in anger over a planned Quran burning in
    # Stockholm", "after a group burned a copy of the Koran outside Iraq's embassy in Copenhagen"
    r"\b(?:(?:quran|koran)\s+(?:burnings?|desecrations?)|(?:burning|burned|burnt|burn|desecrated|desecration)\s+(?:of\s+)?"
    r"(?:a\s+|the\s+)?(?:copy\s+of\s+the\s+|copies\s+of\s+the\s+|pages\s+of\s+the\s+)?(?:holy\s+)?(?:quran|koran|book))\s+"
    r"(?:(?:outside|near|in\s+front\s+of)\s+(?:[\w'’-]+\s+){0,3}?)?(?:in|at)\s+(?:the\s+)?$", re.I)
# a division named as a war's setting: "journalists covering the conflict in the Tigray region", "in
# response to the escalating conflict in Amhara region" (the war there, not where this event was)
_WAR_SETTING_BEFORE = re.compile(r"\b(?:(?:escalating|ongoing|deepening|worsening|brutal|bloody|armed|civil|two-year|year-long|"
                                 r"[\w-]+-month|[\w-]+-year)\s+)?(?:conflict|war|crisis|insurgency)\s+in\s+(?:the\s+)?$", re.I)
# a country as the holder of a sway or a policy is a state, not a scene: "chanted against Iran's
# influence", "angry at Russia's role in the war", "Turkey's backing for the rebels"
_STATE_SWAY_AFTER = re.compile(
    r"['’]s?\s+(?:(?:growing|increasing|perceived|alleged|continued|malign|military|political|economic)\s+)?"
    r"(?:influence|interference|meddling|role|involvement|sway|hegemony|dominance|grip|policy|policies|agenda|backing|"
    r"support\s+for|ambitions?|domination|occupation\s+of)\b", re.I)
# a name before an office of its division is that office, not a scene: "Belgorod Gov. Vyacheslav
# Gladkov", "the group's Nasarawa chairman", "Kebbi police spokesperson", "Kwara police said"
# "Irkutsk regional governor Igor Kobzev", "the Oromia regional government": the division's office
_OFFICE_AFTER = re.compile(r"^\s+(?:Gov\.|(?:governor|deputy\s+governor|chairman|chairwoman|commissioner|police)\b|"
                           r"(?:regional|provincial|oblast)\s+(?:governor|government|administration|president|authorities|council)\b)", re.I)
# a division named as someone's remit is no scene: "the head of the PMF's operations in western
# Anbar province", "the army's commander in Tigray", "the UN's envoy for Darfur"
# a person's post: "who headed the WFP office in Taiz", "the head of the agency's sub-office in Kaya" (not
# "leads operations in": a campaign's theatre may be the scene)
_POST_BEFORE = re.compile(r"\b(?:headed|heads|ran|runs|led|leads|managed|directed|head\s+of|director\s+of|chief\s+of|manager\s+of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
                          r"(?:[\w'’-]+\s+){0,4}?(?:office|sub-office|branch|bureau|delegation)\s+in\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.I)
_REMIT_BEFORE = re.compile(
    r"\b(?:head|chief|commander|leader|director|coordinator|envoy|representative|emir)\s+(?:of\s+)?(?:(?!in\b|for\b)[\w'’-]+\s+){0,6}?"
    r"(?:in|for)\s+(?:[A-Z][\w-]+'s\s+)?(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?$|"
    # a title's division ("the governor of Puntland's Nugal region", "the deputy governor of Kirkuk province")
    r"\b(?:governor|commissioner|administrator|prefect)\s+of\s+(?:[A-Z][\w-]+['’]s\s+)?(?:the\s+)?$", re.I)
# a place told as another event's: "Elsewhere, in the port city of Beira, police also ...", "and in a
# separate attack a day later stormed a church in Kwara state", "Separately, gunmen in Zamfara ..."
_ELSEWHERE_BEFORE = re.compile(r"\b(?:elsewhere|separately|in\s+(?:a\s+separate|another)\s+(?:attack|incident|raid|strike|assault|clash|development))\b[^.;:!?]{0,70}$", re.I)
_RURAL_IN_BEFORE = re.compile(r"\b(?:villages?|hamlets?|rural\s+areas?|countryside)\s+(?:in|of|across|around|throughout)\s+(?:the\s+)?$", re.I)
_NEIGHBOUR_BEFORE = re.compile(r"\bneighbou?ring\s+$", re.I)
# "unrest spread beyond the capital, Maputo", "fighting has moved beyond Khartoum": the scene lies elsewhere
_BEYOND_BEFORE = re.compile(r"\bbeyond\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:capital|city|town|region|province|state)"
                            r"(?:\s*,\s*|\s+of\s+|\s+))?$", re.I)
# "one year after the massacre in Barsalogho", "months since the siege of Mariupol": an earlier
# event's scene, told as a reference in time
_EARLIER_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|anniversary|since)\s+(?:after|since|of|)\s*(?:the|a|an)\s+"
                             r"(?:[\w-]+\s+){0,3}(?:in|at|of|on)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$|"
                             # "since July last year, when gunmen killed 65 mourners in", "in 2019, when
                             # jihadists overran a base at": a past date's clause tells an earlier event
                             r"\b(?:since|in|until|before)\s+[^.;,]{0,30}?\b(?:last\s+year|(?:19|20)\d\d|years?\s+ago),?\s+when\s+"
                             r"[^.;]{0,140}?\b(?:in|at|of|on|near)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)
# a relative clause dated before the event: "a blow to the secessionists who seized Aden earlier
# this month", "the rebels, who overran Goma in January": an earlier event's scene
_EARLIER_AFTER = re.compile(
    r"\s+(?:(?:earlier|late|early)\s+(?:this|last)\s+(?:week|month|year)|last\s+(?:week|month|year)|"
    r"(?:in|on|since)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"in\s+(?:19|20)\d\d\b|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:[a-z][\w'’-]*\s+){1,3}(?:the\s+(?:town|city|village)\s+of\s+)?$")
# a mixed-case dateline left in the body: "Yaoundé (AFP) -", "Maputo, Mozambique (AP) —", and one
# with no agency: "Addis Abeba - Large parts of the town ..."
_DATELINE_AFTER = re.compile(
    r"^(?:,\s*[A-Z][\w .’'-]{1,40}?)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([A-Z][\w .&-]{1,25}\)\s*[-—–]|"
    r"^(?:,\s*[A-Z][\w.’'-]{1,20}(?:\s[A-Z][\w.’'-]{1,20})?)?\s+[-—–]\s+[A-Z0-9\"“]")
# a town named to say where the place just named lies: "Ataye, which lies on the highway between
# Kemise and Shewa Robit", "Sirwah district, west of Marib city", "Sikeniya, a village at the
# foot of Mount Sinjar": a landmark, not the scene (an offset in km stays the scene's measure)
_LOCATOR_BETWEEN = re.compile(
    r"(?:\s+(?:district|town|city|village|area|locality|county|township|neighbou?rhood|sub-?district))?,\s+"
    r"(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:village|town|city|hamlet|settlement|locality|district|neighbou?rhood|suburb|area|"
    r"camp|community|port|junction|crossing)\s+)?"
    r"(?:(?:which|that)\s+(?:lies|lay|sits|sat|stands|is|was)\s+|(?:located|situated|lying|sitting)\s+)?"
    r"(?:(?:just|right|directly|not\s+far|midway|halfway|on\s+the\s+(?:main\s+)?(?:road|highway|route)|along\s+the\s+(?:main\s+)?(?:road|highway|route))\s+)?"
    r"(?:near|outside|close\s+to|beside|between|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
    r"(?:at|near)\s+the\s+foot\s+of|on\s+the\s+(?:outskirts|edge|slopes?)\s+of)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|regional\s+capital|provincial\s+capital)\s+of\s+|towns\s+of\s+)?"
    r"(?:Mount\s+|Mt\.?\s+|Jebel\s+|Jabal\s+|Lake\s+)?", re.I)

# a facility named after a town is often not in it: the Zaporizhzhia nuclear plant is in Enerhodar
# one scene of several: "hit a radio station in al-Salif district and other sites in the province",
# "shelled Kupiansk and several villages of the Kharkiv region", "struck several towns, including
# Nikopol": the event is the division's, the town one site of it
_AMONG_AFTER = re.compile(
    r"^(?:\s+(?:district|town|city|village|port|area|township|county))?,?\s+(?:and|as\s+well\s+as|among)\s+"
    r"(?:(?:(?:several|many|various|multiple|numerous|some|a\s+number\s+of|dozens\s+of|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+)?other|several|many|various|multiple|numerous|a\s+number\s+of|dozens\s+of)\s+(?:[a-z-]+\s+)?"
    r"(?:sites|areas|locations|places|targets|towns|villages|districts|positions|parts|cities|neighbou?rhoods|settlements|communities)\b|"
    r"^(?:\s+(?:district|town|city|village|port|area|township|county))?,?\s+and\s+elsewhere\b", re.I)
_AMONG_BEFORE = re.compile(
    r"\b(?:sites|areas|locations|places|targets|towns|villages|districts|cities|settlements|communities)\b[^.;:]{0,40}?,?\s+"
    r"(?:including|such\s+as|among\s+them)\s+(?:the\s+)?(?:(?:town|city|village|district|port)s?\s+of\s+)?$", re.I)
_FACILITY_AFTER = re.compile(r"^\s+(?:nuclear\s+power\s+(?:plant|station)|nuclear\s+plant|NPP|hydroelectric|dam\b|reservoir)", re.I)
# a dam or reservoir is named after the town beside it (the Merowe dam): near the town, not elsewhere
_NEAR_FACILITY_AFTER = re.compile(r"^\s+(?:hydroelectric|dam\b|reservoir)", re.I)
# "an Israeli strike on an army position in al-Amiriyah": the demonym of who struck, no evidence
# that a name near it lies in that country
_STRIKER_AFTER = re.compile(r"^\s+(?:air\s*|drone\s+|missile\s+)?(?:strikes?|airstrikes?|raids?|warplanes|jets|drones?|forces|troops|"
                            r"army|military|soldiers|shelling|missiles?|attacks?|bombardment)\b", re.I)
# a capital standing for its government ("Tehran vowed revenge", "Baghdad summoned Iran's
# ambassador", "has since drawn closer to Moscow"): not a place of the event
_GOVERNMENT_VERB_AFTER = re.compile(
    r"^\s+(?:(?:has|have|had)\s+(?:also\s+)?)?(?:said|says|summoned|accused|accuses|vowed|vows|denied|denies|blamed|blames|"
    r"warned|warns|condemned|condemns|demanded|demands|rejected|rejects|insisted|insists|threatened|threatens|"
    r"recalled|expelled|responded|retaliated|pledged|promised|urged|called\s+(?:for|on)|declared|declares|announced|"
    r"announces|ordered|orders|deployed|appointed|signed|welcomed|wants|to\s+(?:use|send|deploy)|"
    r"pressed|presses|pushed|pushes|stepped\s+up|steps\s+up|escalated|escalates|"
    r"blaming|accusing|vowing|denying|warning|insisting|threatening|saying|claiming|calling\s+(?:for|on)|"
    r"massed|(?:was|were|is|are)\s+quick\s+to)\b"  # "for which Moscow has massed troops", "Moscow was quick to blame Kyiv"
    # "Moscow's long-expected offensive", "as Moscow's invasion force pushed": the state's war, not a scene
    r"|^['’]s\s+(?:[\w-]+\s+){0,2}?(?:offensive|invasion|war|forces|troops|army|military|campaign|onslaught|assault)\b")
# a name that only qualifies a noun by a hyphen: "Moscow-backed separatists", "a London-based monitor", "the
# Marshall Islands-flagged tanker": a patron, a seat or a flag, not a place of the event
_QUALIFIER_HYPHEN_AFTER = re.compile(r"(?:\s+Islands)?-(?:backed|based|led|allied|aligned|installed|appointed|flagged|registered|"
                                     r"funded|sponsored|brokered|mediated|owned|operated|born|made)\b", re.I)
# a town after people's noun and a preposition is no subject of the verb after it: "Residents of Goma
# said", "people in Mosul say" (the residents speak, not the government; "the ministry in Port Sudan
# condemned" stays the government)
_OBJECT_OF_BEFORE = re.compile(
    r"\b(?:residents|people|inhabitants|families|relatives|witnesses|eyewitnesses|doctors|medics|nurses|villagers|locals|"
    r"citizens|youths|elders|traders|survivors|activists|journalists|reporters|sources)\s+(?:of|in|at|from|near|around)\s+"
    r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)
# a city as the subject of its government's acts, told with no place word before it: "a militia
# Ankara links to the PKK", "since Ankara launched an offensive", "Moscow regards the group as",
# "what Beirut called a violation" (not "Kyiv was hit", "Kyiv residents", "drones struck Moscow")
_SEAT_ACT_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|will|would)\s+(?:also\s+|long\s+|repeatedly\s+|since\s+|now\s+|previously\s+)?)?"
    r"(?:(?:link|consider|regard|view|call|describe|label|brand|designate|deem|back|support|arm|fund|financ|host|oppose|suspect|"
    r"fear|claim|reject|hope|believe|maintain|argue|recogni[sz]|treat|accus|blam|launch|target|insist|count|list|"
    r"classif|accept|allow|permit|sanction|court|equip|train|protect|shelter|harbour|harbor|sponsor|bomb|shell|attack|open|start|"
    r"strik|hit|struck|send|sent|seek|sought|carr(?:y|ie)|conduct|step|mount|order|intend|plan)"
    r"(?:s|es|ed|d|ied|ies)?|struck|sent|sought|hit|carried\s+out|stepped\s+up)\b(?![ \t]+(?:by|again|overnight|repeatedly)\b)(?!\s*[,.;:])")
_SEAT_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|of|on|near|from|into|outside|around|across|towards?|inside|over|through|to|the|a|"
                                r"hit|struck|attacked|shelled|bombed|targeted)\s+|[-\w'’]['’]s\s+)$", re.I)


def _seat_subject(text: str, start: int, end: int) -> bool:
    """A name that is the subject of an act of state with no place word before it ("a militia Ankara
    links to the PKK", "since Ankara launched"): the government, where a city of that size is one."""
    return bool(_SEAT_ACT_AFTER.match(text, end)) and not _SEAT_PLACE_BEFORE.search(text, max(0, start - 20), start)


_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:closer\s+to|ties\s+(?:with|to)|relations\s+with|talks\s+with|backed\s+by|support\s+from|pressure\s+from|"
    r"allied\s+(?:with|to)|ally\s+of|envoy\s+to|ambassador\s+to|"
    # the agent of a word or a judgement: "described by Paris as the military chief", "a group
    # designated by Ankara as terrorist", "accused by Kyiv of", "welcomed by Moscow"
    r"(?:described|designated|branded|labelled|labeled|listed|considered|regarded|seen|accused|denounced|condemned|"
    r"welcomed|rejected|recogni[sz]ed|blamed|criticised|criticized|praised|funded|armed|sanctioned)\s+by|"
    # a party to a deal: "signed a 2015 peace agreement with Bamako", "a truce with Kyiv"
    r"(?:agreement|deal|accord|treaty|truce|ceasefire|pact|negotiations|dialogue)\s+with|"
    # a broker or the side accused: "a cease-fire brokered by Washington and Moscow", "Moscow was
    # quick to point the finger at Kyiv"
    r"(?:brokered|mediated|negotiated)\s+by|(?:point(?:ed|s|ing)?|wag(?:ged|s|ging)?)\s+(?:the|a|an\s+accusing)\s+finger\s+at)\s+"
    # the second of two capitals so read: "brokered by Washington and Moscow"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+(?:and|or)\s+)?$", re.I)
# the side accused: "Russia's Foreign Ministry accused Kyiv of turning to terror", "blamed Moscow for"
_ACCUSED_BEFORE = re.compile(r"\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+$", re.I)
_ACCUSED_OF_AFTER = re.compile(r"^\s+(?:of|for)\b")
# "Iraqi Kurdistan", "the Myanmar town of Maungdaw", "the eastern Congolese town of Kasindi": the
# demonym or country in front of a name says which country's place it is
_COUNTRY_BEFORE = re.compile(
    r"(?:(?<![\w-])(?P<w1>[A-Z][\w-]+)\s+(?:(?:town|city|village|region|province|state|district|area|port|capital)\s+of\s+)?|"
    r"(?<![\w-])(?P<w2>[A-Z][\w-]+)'s\s+(?:\w+\s+)?(?:town|city|village|region|province|state|district|area|port|capital)\s+(?:of\s+)?)$")
# a dateline at the start of the body ("DUBAI/BEIRUT, April 2 (Reuters) -") is where the report was
# filed, not a place of the event
_DATELINE_AT = re.compile(r"^\s*(?:[A-Z][A-Z'’.\- ]+/)*$")
# "Staff Reporter | 12.03.2024\nGAO, Mali\nJihadists killed ...": a dateline on a line of its own
# under a byline, the capitalised town alone or with its country, then the line ends
_DATELINE_LINE_BEFORE = re.compile(r"\n[ \t]*(?:[A-Z][A-Z'’.\- ]+/)*$")
_DATELINE_LINE_AFTER = re.compile(r"^(?:,[ \t]*[A-Z][\w .’'-]{1,40}?)?[ \t]*(?:[-—–][ \t]*)?\n")


def _compass_name(text: str, gz: Gazetteer, words: list[tuple[int, int, str]], i: int,
                  excluded: list[tuple[int, int]]) -> PlaceCandidate | None:
    for k in range(min(4, len(words) - i), 1, -1):
        s, e = words[i][0], words[i + k - 1][1]
        if any(a < e and s < b for a, b in excluded):
            continue
        phrase = text[s:e]
        if phrase.endswith(("'s", "’s")):
            phrase, e = phrase[:-2], e - 2
        entries = gz.find(phrase)
        if entries:
            return PlaceCandidate(s, e, phrase, entries, "exact")
    return None


_UNIT_AFTER = re.compile(r"^\s+(?:town|city)\b", re.I)
_REPUBLIC_AFTER = re.compile(r"^\s+People['’]s\s+Republic\b")


def _skeleton_minus_one(gz: Gazetteer, phrase: str) -> tuple[Entry, ...]:
    sk = skeleton(phrase)
    if not 4 <= len(sk) <= 14:
        return ()
    found: dict[int, Entry] = {}
    for j in range(1, len(sk)):  # the first letter stays
        if sk[j] == " ":
            continue
        for e in gz.lookup(sk[:j] + sk[j + 1:], 1):
            found.setdefault(e.id, e)
    return tuple(found.values())


def _skeleton_qaf(gz: Gazetteer, phrase: str) -> tuple[Entry, ...]:
    """Arabic qaf is written g where it is spoken so (Sudan, the Gulf, Yemen): "al-Gitaina" is
    Al Qitena, "Gedaref" is Al Qadarif. One cached lookup with g read as q; the fuzzy check in
    _choose reads q as g too."""
    sk = skeleton(phrase)
    if "g" not in sk:
        return ()
    return gz.lookup(sk.replace("g", "q"), 1)


def _skeleton_spellings(gz: Gazetteer, phrase: str) -> tuple[Entry, ...]:
    """Two spellings that the skeleton keeps apart: Somali x is the h of English copy
    ("Harardhere" is Xarardheere, "Hudur" Xuddur), and an Arabic name's final -a is as often
    written -ah ("Moudiya" is Mudiyah, "Hodeida" Al Hudaydah). Two cached lookups at most."""
    sk = skeleton(phrase)
    out: tuple[Entry, ...] = ()
    if sk.startswith("h") and len(sk) >= 3:
        out += gz.lookup("x" + sk[1:], 1)
    if norm(phrase).endswith("a") and not sk.endswith("h") and len(sk) >= 2:
        out += gz.lookup(sk + "h", 1)
    return out


def _spelling_ratio(a: str, b: str) -> float:
    """Fuzzy ratio of two normalised names, with q and g read alike (qaf spoken as g)."""
    r = fuzz.ratio(a, b)
    if r < 75 and "q" in a + b:
        r = max(r, fuzz.ratio(a.replace("q", "g"), b.replace("q", "g")))
    if r < 75 and _ARTICLE_HEAD.match(a) and not _ARTICLE_HEAD.match(b):
        # "Atareb" for the gazetteer's Al Atarib: English copy often drops the Arabic article (not
        # the other way: "al-Sudani" is a man's name, not Sudan, Texas)
        r = max(r, _spelling_ratio(_ARTICLE_HEAD.sub("", a), b))
    return r


_ARTICLE_HEAD = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez)[\s-]+(?=\w{3})")


# a person's title: the capitalised words after it are a name ("President Volodymyr Zelensky",
# "health minister Saman Barzanji"), up to a connector ("Governor Idris of Kebbi")
_TITLES = frozenset("""president minister spokesman spokeswoman spokesperson adviser advisor general gen col lt maj
    capt sgt mr mrs ms dr sheikh commander governor mayor director secretary envoy ambassador king prince emir
    chairman chief colonel brigadier lieutenant cleric preacher analyst activist journalist laureate leader""".split())
# words that are titles but no abbreviation: "leader." ends a sentence, it does not abbreviate
_WORD_TITLES = frozenset({"laureate", "leader"})
_TITLE_WORDS = r"(?:(?:" + "|".join(sorted(_TITLES - _WORD_TITLES)) + r")\.?|" + "|".join(sorted(_WORD_TITLES)) + ")"
# "Brigadier General M. Uba": initials between the title and the name
# ("US president-elect Donald Trump", "prime minister-designate Ali Zaidi": the title's suffix)
_TITLE_BEFORE = re.compile(r"\b" + _TITLE_WORDS + r"(?:-elect|-designate)?\s+(?:[A-Z]\.\s*){0,3}$", re.I)
# a titled person named by two words or an initial ("President Donald Trump", "General M. Uba"):
# the surname alone later in the report is the person ("Uba would be the most senior officer")
_TITLED_NAME = re.compile(
    r"(?i:\b" + _TITLE_WORDS + r")\s+(?P<init>(?:[A-Z]\.\s*){0,3})"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")


# a person by grammar, not by title: a full name with an age ("Hisham al-Hashimi, 47,"), the
# leader a following is named after ("supporters of Moqtada al-Sadr", "Sadr loyalists", "the
# cleric's movement"): its last word alone later in the report is that person, not a place
_NAME_WORD = r"(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w'’-]+"
_AGED_NAME = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?:\s+" + _NAME_WORD + r"){1,3}),\s+(?:aged\s+)?\d{1,2},")
# a one-word name told as a person by an age before a verb ("Tatarsky, 40, was known for",
# "Moussa, 27, told"); a tally of towns ("Gaza, 40, Rafah, 12") has a name after the number. (Not
# by a "who" after it: "the capital, Sanaa, who took to the streets" is said of the people before.)
_LONE_PERSON = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+),\s+(?:aged\s+)?\d{1,2},\s+(?=[a-z])(?!and\b|or\b)")
_FOLLOWERS_OF = re.compile(
    r"\b(?i:supporters|followers|loyalists|partisans|disciples)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,3}"
    r"(?P<name>(?:" + _NAME_WORD + r"\s+){0,3}" + _NAME_WORD + r")|"
    r"(?<![\w-])(?P<name2>[A-Z][\w'’-]+?)(?:['’]s)?\s+(?:supporters|followers|loyalists|partisans|movement|militiamen|men)\b")


# a full name in apposition to a person's role: "Ahmed Gulak, a one-time political adviser to ...",
# "Jean Mukendi, the local chief", "Aisha Bello, an aid worker": its last word is that person
_PERSON_ROLES = (r"adviser|advisor|aide|member|official|officer|commander|leader|lawmaker|legislator|politician|"
                 r"senator|chief|worker|teacher|farmer|trader|businessman|businesswoman|journalist|reporter|"
                 r"activist|priest|pastor|imam|cleric|doctor|nurse|student|driver|candidate|minister|governor|"
                 r"spokesman|spokeswoman|soldier|father|mother|son|daughter|wife|husband|brother|sister|"
                 r"head|mp|deputy|envoy|judge|lawyer|preacher|militant|fighter|founder|ruler|monarch|king|emir")
_APPOSED_PERSON = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?:\s+" + _NAME_WORD + r"){1,3}),\s+(?:a|an|the|his|her)\s+"
    r"(?:(?!(?i:town|city|village|district|area|region|state|province|county|where|which|that|who|in|of|on|at|near|and|for|with|by|from|to|home|seat|base|stronghold|capital)\b"
    r"(?!\s+(?i:" + _PERSON_ROLES + r")s?\b))[\w'’-]+\s+){0,3}(?i:" + _PERSON_ROLES + r")s?\b")  # (but "the village head")
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|at|of|to|on|near|from|into|outside|around|across|towards?|inside|the|and|but|while|when|after|before)\s+$", re.I)


def person_surnames(text: str) -> frozenset[str]:
    """Normalised surnames (and given names) of the titled people ``text`` names with a first name or an initial,
    of the people named with their age and of the leaders a following is named after."""
    out = set()
    for m in _TITLED_NAME.finditer(text):
        words = m.group("name").split()
        if len(words) >= 2 or m.group("init"):
            out.add(norm(words[-1]))
        if len(words) >= 2:
            # the given name too: "Prime Minister Abiy Ahmed ... Abiy said" (Ethiopian usage; not
            # Abiy Adi in Tigray)
            out.add(norm(words[0]))
    for m in _AGED_NAME.finditer(text):
        out.add(norm(m.group("name").split()[-1]))
    for m in _APPOSED_PERSON.finditer(text):
        # not a place after a preposition: "In Mokolo, a local official said", "officials in Kherson, the governor"
        if not _PLACE_PREP_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not _PLACE_PREP_BEFORE.match(
                m.group("name").split()[0] + " "):
            out.add(norm(m.group("name").split()[-1]))
    for m in _FOLLOWERS_OF.finditer(text):
        out.add(norm((m.group("name") or m.group("name2")).split()[-1]))
    for m in _LONE_PERSON.finditer(text):
        # not a place after a preposition: "strikes killed people in Rafah, 12, officials said"
        if not _PLACE_PREP_BEFORE.search(text, max(0, m.start() - 12), m.start()) and m.start() > 0 \
                and not m.group("name").isupper():  # (not a dateline, "GOMA, 12 (AFP)")
            out.add(norm(m.group("name")))
    return frozenset(out)
# "a protester who gave his name only as Ali", "identified only as Mary": a person's name
_NAMED_AS_BEFORE = re.compile(r"\b(?:name\s+(?:only\s+)?as|identified\s+(?:only\s+)?as|known\s+only\s+as)\s+$", re.I)
_CONNECTORS = frozenset("of de du des da do dos das del la le di wa bin ibn bani".split())


# a country's capital named by its country: "Myanmar's capital", "the Sudanese capital", "the
# capital of Somalia" is that country's capital city; not "Myanmar's former capital" or "the
# Sudanese capital, Khartoum" (the name that follows is read on its own)
_CAPITAL_OF = re.compile(
    r"(?<![\w-])(?:(?P<c1>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+capital(?:\s+city)?|"
    r"the\s+(?P<c2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+capital(?:\s+city)?|"
    r"the\s+capital(?:\s+city)?\s+of\s+(?:the\s+)?(?P<c3>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))(?![\w-])")
# "gathered in the capital", "on the outskirts of the capital": the report's country's capital, told
# without its name (not "Maroua, the capital of the Far North", nor "the capital's Makala prison", nor
# an offset from it, "60 km south of the capital", "a base outside the capital")
_BARE_CAPITAL = re.compile(r"(?<![,\w])\s*\b(?:in|across|into|throughout|inside|(?:outskirts|streets|centre|center|heart|parts|"
                           r"neighbou?rhoods?|districts?|suburbs?)\s+of)\s+(?P<w>the\s+capital)"
                           r"(?!\s+(?:city\s+)?of\b)(?!['’]s)(?![\w-])", re.I)
_CAPITAL_NAMED_AFTER = re.compile(r"^(?:\s*,)?\s+(?:of\s+)?[A-Z]")
_DIVISION_OF_COUNTRY_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:province|state|region|governorate|oblast|district|county)\b", re.I)


def _capital_candidates(text: str, gz: Gazetteer, excluded: list[tuple[int, int]]) -> list[PlaceCandidate]:
    out = []
    terms = country_terms()
    for m in _CAPITAL_OF.finditer(text):
        cc = terms.get((m.group("c1") or m.group("c2") or m.group("c3") or "").lower())
        if cc is None or any(a < m.end() and m.start() < b for a, b in excluded):
            continue
        if (m.group("c1") or m.group("c2")) and _CAPITAL_NAMED_AFTER.match(text[m.end():m.end() + 40]):
            continue  # "the Ethiopian capital, Addis Ababa": the name is a candidate of its own
        if m.group("c3") and _DIVISION_OF_COUNTRY_AFTER.match(text, m.end()):
            continue  # "the capital of Yemen's oil-rich Shabwa province": a province's capital, not Sanaa
        e = gz.capital_entry(cc)
        if e is not None:
            out.append(PlaceCandidate(m.start(), m.end(), text[m.start():m.end()], (e,), "capital"))
    for m in _BARE_CAPITAL.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in excluded) or _CAPITAL_NAMED_AFTER.match(text[m.end():m.end() + 40]):
            continue  # ("in the capital, Bamako": the name is a candidate of its own)
        # the capital of whichever country the report is about: the ranking of its countries decides
        out.append(PlaceCandidate(m.start("w"), m.end(), text[m.start("w"):m.end()], _known_capitals(gz), "capital"))
    return out


def capital_place(gz: Gazetteer, cc: str | None) -> Place | None:
    """The capital city of country ``cc`` as a place coded at precision 1 (the seat of a state's
    decisions), or None where the gazetteer knows no capital."""
    e = gz.capital_entry(cc) if cc else None
    if e is None:
        return None
    return Place(written=e.name, span=None, name=_display(e.name), gazetteer_id=e.id, latitude=round(e.lat, 5),
                 longitude=round(e.lon, 5), country=country_display(e.cc), iso2=e.cc, iso3=gz.countries.get(e.cc, ("", "", ""))[0] or None,
                 admin1=gz.admin1_name(e.cc, e.admin1), feature="place", precision=1, population=e.population, rule="capital:seat")


@lru_cache(maxsize=4)
def _known_capitals(gz: Gazetteer) -> tuple[Entry, ...]:
    """The capitals of the countries resources/countries.yaml names, read once per index."""
    return tuple(e for cc in sorted({v for v in country_terms().values() if isinstance(v, str)}) if (e := gz.capital_entry(cc)) is not None)


# "the Qara Qozak bridge", "the Qara Qozak crossing": a known name that heads a two-word name the
# gazetteer lacks, written before a feature or settlement noun, is not that known place
_FEATURE_AFTER = re.compile(r"^\s+(?:bridge|dam|crossing|junction|roundabout|checkpoint|road|highway|base|airbase|"
                            r"airfield|airport|camp|hill|mountain|valley|village|town|neighbou?rhood|quarter|"
                            # "the Aboh Mbaise area": a unit named by two words, not the town of the first
                            r"area|district|county|territory|township|LGA|local\s+government)\b")


def _name_word(word: str, gz: Gazetteer) -> bool:
    """A capitalised word that can be part of a proper name (not "Ethiopia's", "Mali,", a people's
    word, "Anglophone" or a stop word)."""
    low = word.lower().rstrip(".")
    return word[:1].isupper() and word[-1:].isalpha() and low not in _STOP and low not in _COMPASS \
        and low not in country_terms() and norm(word) not in _demonyms(gz) and not low.endswith(_ADJECTIVE_ENDS)


def _unknown_name_after(text: str, gz: Gazetteer, words: list[tuple[int, int, str]], i: int, end: int) -> bool:
    if i + 2 != len(words) or words[i][1] != end:
        return False
    nxt = words[i + 1][2].rstrip(".,;:")
    low = nxt.lower()
    if low in _STOP or low in _CONNECTORS or low in _COMPASS or low in _TITLES or nxt.endswith(("'s", "’s")):
        return False
    if gz.find(nxt) or not _FEATURE_AFTER.match(text[words[i + 1][1]:words[i + 1][1] + 20]):
        return False
    return True


_POSSESSIVE = re.compile(r"['’]s$")
# a capitalised adjective before a division is no part of its name: "the Anglophone North-West", "Kurdish Afrin"
_ADJECTIVE_ENDS = ("phone", "ern", "ian", "ese", "ic", "ish", "i")
# names of world regions and seats of power that GeoNames also gives to a hamlet (Middle East,
# Maryland; White House, Tennessee): never the scene by that name
# (names that open on a compass word, "West Africa", never reach it: the word is a stop word)
_NOT_A_TOWN = frozenset({"middle east", "white house", "horn of africa", "southeast asia", "latin america", "arab world",
                         "persian gulf", "downing street"})
_NOT_A_TOWN_HEADS = frozenset(n.split()[0] for n in _NOT_A_TOWN)  # a set lookup per word, not two slices
_CHANT_AFTER = re.compile(r"\s+live\b")  # "chanting 'Long live Putin'"
_SAHEL_DIVISION = re.compile(r"\s+(?:region|province)\b", re.I)
_BURKINA = re.compile(r"\bBurkina(?:\s+Faso|be)?\b|\bBurkinabe\b")


_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "ean", "ans", "ians", "eses", "is", "ns")


@lru_cache(maxsize=4)
def _demonyms(gz: Gazetteer) -> frozenset[str]:
    """The words for a country's people built from its name ("Romanian", "Sudanese", "Iraqi",
    "Ukrainians"): a reader never takes them for a place, so they are never a spelling guess."""
    out: set[str] = set()
    for _iso3, name, _cont in gz.countries.values():
        for n in {norm(name), norm(name).split(" ")[0]}:
            if len(n) < 4:
                continue
            for stem in (n, n[:-1]) if n[-1] in "aeo" else (n,):
                out.update(stem + end for end in _DEMONYM_ENDINGS)
    out.update(t for t in country_terms() if " " not in t)  # "Somali", "Congolese", "Afghan"
    return frozenset(out)


_VESSEL_PREFIXES = frozenset({"USS", "HMS", "HMCS", "HMAS", "INS", "FS", "RFS", "MV", "MT", "SS"})
_MIDDLE_INITIAL_AFTER = re.compile(r"\s+[A-Z]\.\s+[A-Z][a-z]")
_MIDDLE_INITIAL_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]\.\s+$")


# a ship's name after its kind: "the guided-missile cruiser Moskva", "the frigate Admiral Makarov"
# (and "the Moskva" again later): a vessel, not the city it is named after
_VESSEL_NAMED = re.compile(
    r"\b(?:cruiser|frigate|destroyer|warship|corvette|submarine|tanker|freighter|vessel|ship|flagship|"
    r"carrier|minesweeper|trawler|dhow|ferry)\s+(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})", re.I)
# a ship's name before its kind, set off by commas: "destroyed the Orsk, a large Russian landing ship, in
# the port of Berdiansk" (not the Russian city of Orsk)
_VESSEL_APPOSED = re.compile(
    r"\bthe\s+(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}),\s+(?:a|an|the|its|their|(?-i:[A-Z])[\w-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:cruiser|frigate|destroyer|warship|corvette|submarine|tanker|freighter|vessel|ship|flagship|"
    r"carrier|minesweeper|trawler|dhow|ferry)\b", re.I)
_NOT_A_SHIP = frozenset("on in at off near from to and of the monday tuesday wednesday thursday friday saturday sunday".split())


def _ship_names(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    names = set()
    for m in [*_VESSEL_NAMED.finditer(text), *_VESSEL_APPOSED.finditer(text)]:
        name = m.group("name")
        if name.split()[0].lower() in _NOT_A_SHIP or name.lower() in country_terms():
            continue
        spans.append(m.span("name"))
        names.add(name)
    for name in names:
        for m in re.finditer(r"\bthe\s+(" + re.escape(name) + r")\b", text):
            spans.append(m.span(1))
    return spans


def find_candidates(text: str, gz: Gazetteer, excluded: list[tuple[int, int]]) -> list[PlaceCandidate]:
    out: list[PlaceCandidate] = _capital_candidates(text, gz, excluded) if "capital" in text else []
    capitals = [(c.start, c.end) for c in out]
    for m in CANDIDATE.finditer(text):
        if any(a <= m.start() < b for a, b in capitals):
            continue  # "Myanmar" of "Myanmar's capital": the capital is the place
        words = [(w.start() + m.start(), w.end() + m.start(), w.group(0)) for w in re.finditer(r"\S+", m.group(0))]
        i = 0
        unknown_before = -1  # the last word of the run that named no place
        person = bool(_TITLE_BEFORE.search(text[max(0, m.start() - 25):m.start()])
                      or _NAMED_AS_BEFORE.search(text[max(0, m.start() - 30):m.start()]))
        while i < len(words):
            low = words[i][2].lower().rstrip(".")
            if low in _TITLES or words[i][2] in _VESSEL_PREFIXES:
                person = True  # (a ship's name: "the USS Dwight D. Eisenhower", "HMS Diamond")
            elif low in _CONNECTORS:
                person = False
            if person or _MIDDLE_INITIAL_AFTER.match(text, words[i][1]) or _MIDDLE_INITIAL_BEFORE.search(
                    text, max(0, words[i][0] - 30), words[i][0]):
                i += 1  # "Dwight D. Eisenhower", "John F. Kennedy": a first name before a middle initial
                continue
            if words[i][2].lower() in _COMPASS and i + 1 < len(words):
                # "North Kivu", "West Darfur", "South Lebanon": a direction word that is part of a
                # name (exact matches only; "North" alone stays a stop word)
                hit = _compass_name(text, gz, words, i, excluded)
                if hit is not None:
                    out.append(hit)
                    i += len(hit.text.split())
                    continue
            if words[i][2] == "Sahel" and _SAHEL_DIVISION.match(text, words[i][1]) and _BURKINA.search(text):
                # "the Sahel region" of a Burkina Faso report is its division, not the belt of Africa
                sahel = tuple(x for x in gz.find("Sahel") if x.cc == "BF" and x.feature == "admin1")
                if sahel and not any(a < words[i][1] and words[i][0] < b for a, b in excluded):
                    out.append(PlaceCandidate(words[i][0], words[i][1], "Sahel", sahel, "exact"))
                i += 1
                continue
            if (words[i][2].lower() in country_terms() and _ADMIN_WORD.match(text[words[i][1]:words[i][1] + 30])
                    and not any(a < words[i][1] and words[i][0] < b for a, b in excluded)):
                # a people's word before a division word names the division: "Ethiopia's Somali
                # region", "the Somali Regional State"
                div = tuple(x for x in gz.find(words[i][2]) if x.feature == "admin1")
                if div:
                    out.append(PlaceCandidate(words[i][0], words[i][1], words[i][2], div, "exact"))
                    i += 1
                    continue
            if _POSSESSIVE.sub("", words[i][2].lower()).strip("'’") in _STOP or words[i][2].lower() in ("of", "de", "du", "da", "do", "dos", "das", "del", "la", "le"):
                i += 1  # (a stop word with its possessive: "the Sahel's main al Qaeda-linked group")
                continue
            if words[i][2].lower() in _NOT_A_TOWN_HEADS and (skip := next(
                    (k for k in (2, 3) if i + k <= len(words) and norm(text[words[i][0]:words[i + k - 1][1]]) in _NOT_A_TOWN), 0)):
                i += skip  # "the Middle East braced for", "told reporters at the White House"
                continue
            found = None
            guess: tuple[Entry, ...] = ()
            for k in range(min(5, len(words) - i), 0, -1):
                s, e = words[i][0], words[i + k - 1][1]
                if any(a < e and s < b for a, b in excluded) and not _FACILITY_AFTER.match(text[e:e + 30]) \
                        and not _REPUBLIC_AFTER.match(text[e:e + 30]):
                    continue  # an actor's name; but a plant's ("the Chornobyl Nuclear Power Plant") names its town,
                    # and "the Donetsk People's Republic" its oblast
                phrase = text[s:e]
                if phrase.endswith(("'s", "’s")):  # "Syria's second city"
                    phrase = phrase[:-2]
                    e -= 2
                if k == 1 and len(phrase) < 3:
                    continue
                if k == 1 and phrase == "Long" and _CHANT_AFTER.match(text, e):
                    continue  # "Long live Putin": a slogan, not Long (Somme); "residents of Gao live in fear" keeps Gao
                seat = _unit_seat(gz, phrase, text[e:e + 30], text[max(0, s - 40):s])
                entries = seat or gz.find(phrase)
                if len(norm(phrase)) <= 3 and not seat:
                    # three letters name a city only where they are one of its words ("Kut" of
                    # Al-Kut, "Ife" of Ile-Ife), never by the airport code GeoNames lists beside
                    # it ("the town of Ber" is no Berlin, "Yei" no Bursa, "Dar" no Dar es Salaam)
                    entries = tuple(x for x in entries if x.population < _HIGH_POP or norm(phrase) in norm(x.name).split())
                via = "exact"
                # a skeleton guess must be the whole name: "Mung Lai" of the "Mung Lai Hkyet" camp
                # is not Manglai
                whole = i + k == len(words) or words[i + k][2].lower().strip("'’") in _STOP
                if not entries and whole and len(norm(phrase)) >= 5 and not (k == 1 and norm(phrase) in _demonyms(gz)):
                    entries = gz.find_skeleton(phrase)
                    via = "skeleton"
                    if not entries:
                        entries = _skeleton_qaf(gz, phrase)
                    guess = tuple(x for x in _skeleton_spellings(gz, phrase) if x not in entries)
                    entries = entries + guess
                    if _ADMIN2_WORD.match(text[e:e + 30]) or _UNIT_AFTER.match(text[e:e + 12]):
                        # "Kantbalu township" for Kanbalu: one letter more in the skeleton. Only
                        # beside a unit word (a handful of cached lookups, never a scan)
                        entries = entries + _skeleton_minus_one(gz, phrase)
                if entries and k == 1 and _unknown_name_after(text, gz, words, i, e):
                    break  # "the Qara Qozak bridge": Qara is the head of a longer, unknown name
                if entries and k == 1 and i > 0 and unknown_before == i - 1 and any(x.feature == "admin1" for x in entries) and all(
                        x.feature == "admin1" or x.population < _HIGH_POP for x in entries) and not _ADMIN_WORD.match(text[e:e + 30]) \
                        and _name_word(words[i - 1][2], gz):
                    break  # "a sit-in at Fata Borno": a division's name ending a longer, unknown name (not Nigeria's Borno)
                if entries:
                    found = PlaceCandidate(s, e, phrase, entries, via, frozenset(x.id for x in guess), _seat_subject(text, s, e))
                    break
            if found:
                out.append(found)
                i += len(found.text.split())
            else:
                unknown_before = i
                i += 1
    if capitals:
        out.sort(key=lambda c: c.start)
    return out


# A country named only as a border, a neighbour or where people fled ("close to the Chinese
# border", "a town facing Uganda", "fled to Bangladesh") is not where the report's events are.
_PERIPHERAL_BEFORE = re.compile(
    r"\b(?:border(?:s|ing)?\s+(?:with\s+)?|frontier\s+with\s+|facing\s+|neighbouring\s+|neighboring\s+|"
    r"(?:fled|flee|fleeing|escaped|escaping)\s+(?:across\s+the\s+border\s+)?(?:in)?to\s+|cross\s+into\s+)(?:the\s+)?$",
    re.I,
)
_PERIPHERAL_AFTER = re.compile(r"^[-\s]+(?:border|frontier|borders|side\s+of\s+the\s+border)\b|^\s+side\b(?!\s+(?:said|says|told|claimed|denied))", re.I)
_STATE_AFTER = re.compile(r"^\s+[Ss]tate\b(?!\s+(?:media|television|tv|radio|news|agency|broadcaster|department|of\b))")
# a demonym before an armed force or a weapon names who struck, not where ("A Russian attack drone
# struck the plant", "Israeli jets hit southern Lebanon", "Kenyan troops shelled a town in Gedo")
_ATTACKER_AFTER = re.compile(
    r"^[\s-]+(?:(?:[\w-]+|-led)\s+){0,2}?(?:forces|troops|army|military|soldiers|drones?|missiles?|warplanes|"
    r"(?:fighter\s+)?jets|aircraft|air\s*strikes?|airstrikes?|strikes?|shelling|artillery|navy|bombers|rockets?|shells|"
    r"attacks?|offensive|units|paratroopers|marines|invasion|occupation|occupiers|air\s+force|gunboats|warships|tanks)\b", re.I)


# a state's mission abroad: "the Swedish embassy in Baghdad", "Sweden's foreign ministry said": that
# state's, not the scene's country
_MISSION_AFTER = re.compile(r"(?:['’]s?)?\s+(?:embassy|embassies|consulate|ambassador|envoy|diplomats?|foreign\s+(?:ministry|minister|office))\b", re.I)


def peripheral(text: str, start: int, end: int) -> bool:
    """True when the country at text[start:end] is named only as a border or a refuge."""
    return bool(_PERIPHERAL_BEFORE.search(text[max(0, start - 40):start]) or _PERIPHERAL_AFTER.match(text[end:end + 12]))


def rank_countries(text: str, candidates: list[PlaceCandidate], actor_countries: list[str],
                   dateline_cc: str | None = None) -> Countries:
    w: dict[str, float] = defaultdict(float)  # a peripheral mention counts half a demonym
    own: dict[tuple[str, str], float] = defaultdict(float)
    named: set[str] = set()
    told = country_terms()
    # a town named by a neighbour told as a refuge ("fled across the border into Kenya's Mandera
    # town"): no more the scene than the neighbour
    refuge_towns: dict[str, int] = defaultdict(int)
    for s, e, cc, is_name in country_mentions(text):
        if peripheral(text, s, e):
            w[cc] += 0.5  # "near the Chinese border": a neighbour, not the scene
            own[(norm(text[s:e]), cc)] += 0.5
            if m := re.match(r"['’]s\s+((?:[A-Z][\w'’-]+\s?){1,3})", text[e:e + 60]):
                refuge_towns[norm(m.group(1).strip())] += 1
            continue
        if _MISSION_AFTER.match(text, e):
            w[cc] += 0.5  # "the Swedish embassy in Baghdad", "Sweden's foreign ministry": a mission, not the scene
            own[(norm(text[s:e]), cc)] += 0.5
            continue
        if is_name and _STATE_AFTER.match(text[e:e + 40]):
            continue  # "Niger state", "Gaza governorate": a division of another country, weighed as a name below
        if not is_name and _ATTACKER_AFTER.match(text[e:e + 40]):
            w[cc] += 0.5  # the attacker's adjective, not the scene's
            own[(norm(text[s:e]), cc)] += 0.5
            continue
        w[cc] += 3 if is_name else 1
        own[(norm(text[s:e]), cc)] += 3 if is_name else 1  # "Gaza" is a country term and a city
        if is_name:
            named.add(cc)
    from_names: dict[str, float] = defaultdict(float)  # what place names alone gave each country
    for c in candidates:
        ccs = {e.cc for e in c.entries if c.via == "exact" and (e.population >= _HIGH_POP or e.feature == "admin1")
               and not (c.seat and any(x.feature == "place" and x.population >= _SEAT_POP for x in c.entries))}
        # ("since Ankara launched": the government, not a place of the report)
        if told.get(c.text.lower()) in ccs:
            continue  # a country's name is weighed once, as a country named above (not "Niger state")
        if refuge_towns.get(norm(c.text), 0) > 0:
            refuge_towns[norm(c.text)] -= 1
            continue
        if len(ccs) == 1:
            cc = next(iter(ccs))
            w[cc] += 2
            own[(norm(c.text), cc)] += 2
            from_names[cc] += 2
    for cc in actor_countries:
        w[cc] += 1
    if dateline_cc:
        w[dateline_cc] += 2  # filed from there: a reader takes the dateline country as the scene unless told otherwise
    ranked = sorted(w, key=lambda k: -w[k])  # stable: ties keep first-seen order, as most_common did
    context = {cc: v - from_names.get(cc, 0.0) for cc, v in w.items()}
    return Countries(ranked=ranked, weights=dict(w), named=frozenset(named), own=dict(own), context=context)


def _choose(c: PlaceCandidate, countries: Countries, want: str | None, nearby: frozenset[str] = frozenset(),
            only_cc: str | None = None, continent: dict[str, str] | None = None,
            neighbours: dict[str, frozenset[str]] | None = None,
            capital: Callable[[Entry], bool] | None = None,
            anchors: frozenset[tuple[str, str]] = frozenset(), venue: bool = False) -> Entry | None:
    ranked = countries.ranked
    entries = list(c.entries)
    if only_cc and any(e.cc == only_cc for e in entries):
        # "Iraqi Kurdistan", "the Myanmar town of Maungdaw": the country in front decides
        ranked = [only_cc, *[k for k in ranked if k != only_cc]]
        entries = [e for e in entries if e.cc == only_cc]
        nearby = nearby | {only_cc}
    main = ranked[0] if ranked else None
    # a name of two words or more with one exact reading, in a country of the same continent
    # ("MAJDAL SHAMS, Golan Heights", a Syrian place by GeoNames in an Israeli report): that place
    ccs = {e.cc for e in entries}
    bordering = (neighbours or {}).get(main or "", frozenset())
    if (c.via == "exact" and len(c.text.split()) >= 2 and len(ccs) == 1 and main and continent
            and continent.get(next(iter(ccs))) == continent.get(main) and not any(e.feature == "country" for e in entries)
            and (next(iter(ccs)) in bordering or countries.support(next(iter(ccs)), c.text) > 0)):
        nearby = nearby | ccs
    if (c.via == "exact" and main and len(ccs) == 1 and next(iter(ccs)) in bordering
            and not (main in countries.named or countries.context.get(main, 0.0) >= 3)
            and any(e.feature == "place" and e.population >= 20_000 and norm(e.name) == norm(c.text) for e in entries)):
        # the main country known only from an actor's home ("JNIM fighters attacked an army post in
        # Djibo"): a sizeable town spelt as written that only a neighbour has is that neighbour's
        nearby = nearby | ccs
    if c.via == "skeleton":
        # a skeleton match is a guess: only inside the report's main country, and close in spelling
        entries = [e for e in entries if e.cc == main and _spelling_ratio(norm(e.name), norm(c.text)) >= 75]

    def abroad(e: Entry) -> bool:
        """Outside the main country, only places a reader would know (capitals, big cities,
        divisions) of a country the report is about, or places in a country named next to them
        ("Kasindi, near the Ugandan border"). When the report's country is known from what it
        says (names, demonyms, actors, dateline), a name alone is no evidence for a country
        beyond its borders: "Dar Es Salam" (a district of Omdurman) is not Dar es Salaam,
        Tanzania, nor "St. Mary's" Mary, Turkmenistan. Never a place on another continent
        unless its country is named."""
        if e.cc == main or e.cc in nearby or e.feature == "country":
            return True
        if venue and e.feature == "place" and e.population >= _VENUE_POP:
            return True  # "signed a peace agreement in Jeddah": a city abroad where a deal was made
        if e.cc in ranked[:2] and (e.cc, e.admin1) in anchors:
            return True  # in a division another name places: "Artyomovsk" beside "Bakhmut"
        if e.feature == "place" and (e.cc, e.admin1) in anchors and e.cc in ranked[:4]:
            return True  # "Sagme, a village near the town of Fotokol" after "the Far North region"
        if not ranked or main is None:
            return e.feature == "admin1" or e.population >= 500_000
        support = countries.support(e.cc, c.text)
        # the report's country is known from what it says, not only from a demonym ("Russian
        # warplanes struck Aleppo" leaves Aleppo to say where it is)
        known = main in countries.named or countries.context.get(main, 0.0) >= 3
        if known and e.population >= 1_000_000 and capital is not None and capital(e):
            return True  # a capital the world knows by name: "drones struck Moscow"
        if known and support <= 0 and e.cc not in bordering:
            return False
        if (not known and countries.context.get(main, 0.0) >= countries.weights.get(main, 0.0) and e.feature == "place"
                and e.population >= 20_000 and len(ccs) == 1 and norm(e.name) == norm(c.text)):
            # the main country known only from an adjective ("a UN and French base at Timbuktu"): a
            # sizeable town spelt as written, with no namesake anywhere, is itself
            return True
        if support <= 0 and e.cc not in bordering and countries.weights.get(main, 0.0) > countries.weights.get(e.cc, 0.0):
            # nor when the main country is known only from its places, if they outweigh the name:
            # "Jammu village in Kajuru, Kaduna State" is no division of India
            return False
        if known and continent and continent.get(e.cc) != continent.get(main):
            if e.cc in ranked[:2] and e.cc in countries.named and countries.context.get(e.cc, 0.0) >= 3 and len(ccs) == 1:
                # the second country, named and told by its own words, where a foreign force fights
                # ("French troops fought off jihadists at Timbuktu airport" in Mali): a name only it has
                return True
            return e.cc in countries.named and (e.feature == "admin1" or e.population >= 500_000)
        # a city of a neighbour the report speaks of ("Ukrainian drones hit Belgorod")
        return e.feature == "admin1" or e.population >= (_HIGH_POP if support >= 1 and e.cc in bordering else 500_000)

    if not ranked and not nearby and c.via == "exact":
        # no country told at all ("an army post near Djibo"): the town spelt as written when it is
        # a sizeable one, and far larger than any namesake elsewhere (Gao, Mali, not Gao, Burkina)
        towns = sorted((e for e in entries if e.feature == "place" and norm(e.name) == norm(c.text)),
                       key=lambda e: -e.population)
        if towns and towns[0].population >= 20_000 and all(
                e.cc == towns[0].cc or 3 * e.population <= towns[0].population for e in towns[1:]):
            return towns[0]
    entries = [e for e in entries if abroad(e)]
    if not entries:
        return None
    # a country's own name is the country ("northern Iraq's Kurdish region" is not Arak, Iran,
    # whose old name it also is); but "Niger state" is Nigeria's division
    country = [e for e in entries if e.feature == "country" and norm(e.name) == norm(c.text)]
    if country and not (want == "admin1" and any(e.feature == "admin1" for e in entries)):
        return country[0]
    if country:
        entries = [e for e in entries if e.feature != "country"]

    def score(e: Entry) -> tuple[float, ...]:
        in_ctx = ranked.index(e.cc) if e.cc in ranked else 99
        feature_fit = 0
        if want == "admin1":
            feature_fit = 2 if e.feature == "admin1" else 0
        elif want == "place":
            feature_fit = 2 if e.feature == "place" else 0
        else:
            feature_fit = {"place": 2, "admin1": 1, "country": 0}.get(e.feature, 0)
        # first, a reading in a division another name of the report places without doubt, in one of
        # its leading countries: "Artyomovsk" beside "Bakhmut" is Bakhmut (Donetsk), not the
        # Siberian town, though Russia is named more often than Ukraine
        anchored = float(e.cc in ranked[:2] and (e.cc, e.admin1) in anchors and len(ccs) > 1)
        # last, the division named exactly: "Kyiv region" is Kyiv (oblast), not Kyiv City
        # but "the province of Al-Jawf" is the province, whatever town another name anchors
        told_division = float(want == "admin1" and e.feature == "admin1")
        return (told_division, anchored, -min(in_ctx, 10), feature_fit, math.log10(e.population + 1), float(norm(e.name) == norm(c.text)))

    best = max(entries, key=score)
    # two readings of about one size ("Sloviansk" is also an old name GeoNames gives Nikopol): the
    # one spelt most like the text
    top = score(best)[:4]
    twins = [e for e in entries if e.feature == best.feature and e.population >= 0.9 * best.population and score(e)[:4] == top]
    if len(twins) > 1:
        best = max(twins, key=lambda e: (_spelling_ratio(norm(e.name), norm(c.text)), e.population))
    if best.feature == "place" and best.population < 20_000 and c.via == "exact":
        # Baghdad is the Iraqi capital, not a hamlet of that name in the report's main country
        big = [e for e in entries if e.feature == "place" and e.population >= 200_000 and e.cc in ranked[:3]]
        if big:
            best = max(big, key=lambda e: e.population)
    if best.cc not in ranked[:4] and best.cc not in nearby and not (venue and best.population >= _VENUE_POP):
        if ranked or best.population < _HIGH_POP:
            return None  # never a place in another country because a name matched
    return best


def _own_anchor(c: PlaceCandidate) -> frozenset[tuple[str, str]]:
    """The one division all of an exact candidate's readings lie in (none when they differ)."""
    if c.via != "exact" or norm(c.text) in _WIDE_REGIONS:
        return frozenset()
    found = {(e.cc, e.admin1) for e in c.entries if e.feature in ("place", "admin1") and e.admin1}
    return frozenset(found) if len(found) == 1 and all(e.feature != "country" for e in c.entries) else frozenset()


def _anchors(candidates: list[PlaceCandidate]) -> frozenset[tuple[str, str]]:
    """Divisions named without doubt: every reading of an exact name in the same one."""
    out: set[tuple[str, str]] = set()
    for c in candidates:
        out |= _own_anchor(c)
    return frozenset(out)


# "The Chornobyl plant, some 100 kilometers north of Kyiv", "Gebeit ... lies about 85 km southwest
# of Port Sudan": the distance told from another named town says which of two namesakes it is
_TOLD_DISTANCE = re.compile(
    r"^[^.;:!?]{0,80}?\b(?:about|some|around|roughly|nearly|approximately|only|just)?\s*(?P<num>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>km|kms|kilometres|kilometers|miles)\b(?:\s*\([^)]{1,20}\))?\s+(?:\w+(?:-\w+)?\s+)?(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:city|town|(?:[\w'’-]+\s+)?(?:state|regional|provincial)\s+capital)\s+(?:of\s+)?)?$", re.I)


def _told_distance(text: str, c: PlaceCandidate, candidates: list[PlaceCandidate]) -> frozenset[int]:
    """The ids of ``c``'s readings at about the distance the text tells from the next named town
    (none when nothing is told, or no reading or every reading fits)."""
    ref = next((k for k in candidates if c.end < k.start <= c.end + 160 and k.via == "exact"), None)
    if ref is None or norm(ref.text) == norm(c.text):
        return frozenset()
    m = _TOLD_DISTANCE.match(text[c.end:ref.start])
    if m is None:
        return frozenset()
    km = float(m.group("num")) * (1.609 if m.group("unit").lower().startswith("mile") else 1.0)
    ref_at = [x for x in ref.entries if x.feature == "place"] or list(ref.entries)
    fit = tuple(x for x in c.entries if any(abs(haversine_km((x.lat, x.lon), (r.lat, r.lon)) - km) <= max(0.35 * km, 15.0)
                                            for r in ref_at))
    if not fit or len(fit) == len(c.entries):
        return frozenset()
    return frozenset(x.id for x in fit)


# a name, then the division it lies in: "al-Zahir in the central province of Bayda", "Kuta, in
# Niger state", "the town of Sebba in the Sahel region"
_IN_DIVISION_BETWEEN = re.compile(
    # ("el-Fula, the capital of West Kordofan state": the division the capital lies in)
    r"(?:\s+(?:district|town|city|village|area|locality|county))?,?\s+"
    r"(?:(?:the\s+)?(?:(?:provincial|regional|state|district)\s+)?(?:capital|seat|main\s+town|administrative\s+cent(?:re|er))\s+)?"
    r"(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:province|governorate|state|region|oblast)\s+of\s+)?$", re.I)


def _unit_named_after(text: str, c: PlaceCandidate, candidates: list[PlaceCandidate]) -> frozenset[tuple[str, str | None]]:
    """The divisions of the name told right after ``c`` as the division it lies in (none if none)."""
    k = next((k for k in candidates if c.end < k.start <= c.end + 60), None)
    if k is None or not _IN_DIVISION_BETWEEN.fullmatch(text, c.end, k.start):
        return frozenset()
    if not (re.search(r"(?:province|governorate|state|region|oblast)\s+of\s+$", text[c.end:k.start], re.I)
            or _ADMIN_WORD.match(text[k.end:k.end + 30])):
        return frozenset()  # "Az Zahir in Bayda town" names a town, not the division
    return frozenset((x.cc, x.admin1) for x in k.entries if x.admin1)


def resolve(text: str, article_id: str, candidates: list[PlaceCandidate], countries: Countries,
            gz: Gazetteer) -> list[Place]:
    """Turn candidates into Places with precision, admin1 and offsets."""
    out: list[Place] = []
    if candidates and (ships := _ship_names(text)):
        candidates = [k for k in candidates if not any(a < k.end and k.start < b for a, b in ships)]
    mentions = country_mentions(text) if candidates else []
    continents = {cc: v[2] for cc, v in gz.countries.items()}
    surnames = person_surnames(text) if candidates else frozenset()
    divisions = {(x.cc, x.admin1) for k in candidates if k.via == "exact" for x in k.entries if x.feature == "admin1"}
    anchors = _anchors(candidates)
    # the readings of a name that fit a distance told at any of its mentions
    told_at: dict[str, frozenset[int]] = {}
    for k in candidates:
        if len(k.entries) > 1 and (fit := _told_distance(text, k, candidates)):
            told_at.setdefault(norm(k.text), fit)
        elif len({(x.cc, x.admin1) for x in k.entries}) > 1 and (unit := _unit_named_after(text, k, candidates)):
            # "the district of al-Zahir in the central province of Bayda": the division named right
            # after says which namesake it is, at every mention ("the al-Zahir district centre")
            if fit := frozenset(x.id for x in k.entries if (x.cc, x.admin1) in unit):
                told_at.setdefault(norm(k.text), fit)
    # the names that anchor each division: a town is anchored by another name ("Fotokol" by "the
    # Far North region"), even when it anchors the same division itself
    anchored_by: dict[tuple[str, str], set[str]] = defaultdict(set)
    for k in candidates:
        for div in _own_anchor(k):
            anchored_by[div].add(norm(k.text))
        if k.via == "exact" and _ADMIN_WORD.match(text[k.end:k.end + 30]):
            # a division told as one ("the Donetsk People's Republic", "Kharkiv region") anchors its
            # towns though its name is also a town elsewhere: "Selidovo" is Selydove of that oblast
            for x in k.entries:
                if x.feature == "admin1" and x.admin1:
                    anchors |= {(x.cc, x.admin1)}
                    anchored_by[(x.cc, x.admin1)].add(norm(k.text))
    for c in candidates:
        if c.guess:
            # "the Moudiya district" is Mudiyah of the Abyan province the report names; "the
            # city's al-Rawda district" is no Ar Rawdah of another province
            kept = tuple(x for x in c.entries if x.id not in c.guess or (x.cc, x.admin1) in divisions)
            if not kept:
                continue
            c = PlaceCandidate(c.start, c.end, c.text, kept, c.via, seat=c.seat)
        after = text[c.end:c.end + 30]
        if " " not in c.text and norm(c.text) in surnames and not (_ADMIN_WORD.match(after) or _ADMIN2_WORD.match(after)
                                                                   or _CITY_WORD.match(after)):
            continue  # "Uba would be the most senior officer killed": the general named before
        if _ORG_AFTER.match(text[c.end:c.end + 45]):
            continue  # "the Wad Madani Resistance Committee": an organisation's name
        before = text[max(0, c.start - 60):c.start]
        if _ORG_BEFORE.search(before):
            continue  # "Radio Andalus", "Radio Okapi": a broadcaster's name
        if _PEOPLE_BEFORE.search(before) or _PEOPLE_AFTER.match(after):
            continue  # "most of them ethnic Amhara": a people, not a place
        if (" " not in c.text and _PERSON_NOUN_BEFORE.search(before) and _PERSON_NOUN_AFTER.match(after)
                and not any(x.feature == "admin1" or x.population >= _HIGH_POP for x in c.entries)):
            continue  # "two Americans and a Briton at a base": a person, not Britton (South Dakota)
        if c.text.lower().startswith("river ") and re.search(r"\bthe\s+$", before) and not (
                _ADMIN_WORD.match(after) or _ADMIN2_WORD.match(after)):
            continue  # "bodies pulled from the River Nile": the river, not River Nile state
        if _QUALIFIER_HYPHEN_AFTER.match(after):
            continue  # "Moscow-backed separatists", "a Marshall Islands-flagged tanker": a patron, a flag
        if _LAKE_BEFORE.search(before) and not _LAKE_UNIT_AFTER.match(after):
            continue  # "the island of Darak in Lake Chad", "the Lake Chad region": the lake, not the country
        if norm(c.text) in _ORG_WORDS and _ORG_WORD_FOR.match(after):
            continue  # "the Centre for Human Rights and Democracy in Africa"
        if any(m[0] <= c.start and c.end <= m[1] and m[1] - m[0] > c.end - c.start for m in mentions):
            continue  # "Republic" of "Democratic Republic of Congo": a word of a country's name
        term = next((m for m in mentions if m[0] == c.start and m[1] == c.end), None)
        venue = bool(_VENUE_BEFORE.search(before))
        if term is not None and not term[3] and not _ADMIN_WORD.match(after) and not any(x.feature == "country" for x in c.entries) and not (
                venue and term[2] in {x.cc for x in c.entries}):
            # "five Indian nationals": a demonym, not Indein (Shan); but "the Somali region", and
            # the capital a country is known by where the talks were ("signed in Washington")
            continue
        want = None
        qualifier = bool(out) and out[-1].span is not None and re.fullmatch(r"\s*[(,]\s*", text[out[-1].span.end:c.start]) is not None \
            and re.match(r"\s*(?:region|province|state|oblast|governorate)?\s*\)", after, re.I) is not None
        directional = bool(_DIRECTION_BEFORE.search(before)) and any(x.feature == "admin1" for x in c.entries) and not (
            # "in central Khartoum", "gathered in central Kyiv": the city's centre, not the middle of its province
            _CENTRAL_BEFORE.search(before) and any(x.feature == "place" and x.population >= 100_000 for x in c.entries)) and not (
            # "villages in western Niger" in a report on Niger: the country, not Nigeria's Niger State
            any(x.feature == "country" for x in c.entries)
            and not any(x.feature == "admin1" and x.cc in countries.ranked[:1] for x in c.entries))
        office = bool(_OFFICE_AFTER.match(after)) and any(x.feature == "admin1" for x in c.entries)
        # "Donga-Mantung division": a Cameroonian division named after no province is its seat's
        seat_division = bool(_DIVISION_WORD.match(after)) and not any(x.feature == "admin1" for x in c.entries)
        # "a village in the Douentza area": the area round a town that names no division is near
        # the town (precision 2), not its whole province; "the Aleppo countryside" stays the division
        seat_division = seat_division or (bool(_AREA_WORD.match(after)) and bool(_IN_THE_BEFORE.search(before))
                                         and not any(x.feature == "admin1" for x in c.entries))
        # "positions in the Afrin region of northwestern Syria": a town's region that is no division
        # is the land around the town (precision 2), not the province the town lies in
        seat_division = seat_division or (bool(_REGION_WORD.match(after)) and not any(x.feature == "admin1" for x in c.entries)
                                          and any(x.feature == "place" and norm(x.name) == norm(c.text) for x in c.entries))
        # "shelled a village in Marib", "villages across Idlib": villages lie in a province, not in
        # the city of its name
        rural = bool(_RURAL_IN_BEFORE.search(before)) and not _ADMIN2_WORD.match(after) \
            and any(x.feature == "admin1" and norm(x.name) == norm(c.text) for x in c.entries)
        # "the district of al-Zahir", "the district of Kidal": a district named after its town is the
        # town's unit (its seat, precision 2), not the province the town lies in; a first-level
        # district of that name ("the district of Kampala") stays the division
        district_of = bool(_DISTRICT_OF.search(before)) and not any(
            x.feature == "admin1" or norm(gz.admin1_name(x.cc, x.admin1) or "") == norm(x.name) for x in c.entries)
        seat_division = seat_division or district_of or (
            norm(c.text) in _UNIT_SEATS and bool(_BF_PROVINCE_WORD.match(after) or _UNIT_OF_BEFORE.search(before[-40:]))
            and not any(x.feature == "admin1" for x in c.entries))
        if (_ADMIN_WORD.match(after) and not seat_division) or (_ADMIN_BEFORE.search(before) and not district_of and not seat_division) \
                or directional or qualifier or office or rural:
            # "Aleppo province", "northern Gaza", "Kramatorsk (Donetsk)": the division; "Belgorod
            # Gov. Vyacheslav Gladkov", "the group's Nasarawa chairman": an office of the division
            want = "admin1"
        elif _CITY_WORD.match(after):
            want = "place"
        admin2 = bool(_ADMIN2_WORD.match(after)) or seat_division  # "the Djenne district": the town it is named after, at precision 2
        nearby = frozenset(cc for ms, me, cc, n in mentions if c.start - 150 <= ms < c.end + 150
                           and (n or not _STRIKER_AFTER.match(text[me:me + 30])))
        only_cc = None
        cm = _COUNTRY_BEFORE.search(before)
        if cm:
            only_cc = country_terms().get((cm.group("w1") or cm.group("w2") or "").lower())
        if len(c.entries) > 1 and (told_fit := told_at.get(norm(c.text))):
            c = PlaceCandidate(c.start, c.end, c.text, tuple(x for x in c.entries if x.id in told_fit), c.via, c.guess, c.seat)
        e = _choose(c, countries, want, nearby, only_cc, continents, gz.neighbours, gz.is_capital,
                    frozenset(div for div in anchors if anchored_by[div] - {norm(c.text)}), venue)
        if e is None:
            continue
        if e.feature == "place" and e.population >= _SEAT_POP and (
                (_GOVERNMENT_VERB_AFTER.match(after) and not _OBJECT_OF_BEFORE.search(before))
                or _GOVERNMENT_BEFORE.search(before) or c.seat or (_ACCUSED_BEFORE.search(before) and _ACCUSED_OF_AFTER.match(after))):
            continue  # "Tehran vowed revenge", "drawn closer to Moscow": the government, not the place
        if e.feature == "country" and _GOVERNMENT_VERB_AFTER.match(after) and not _OBJECT_OF_BEFORE.search(before):
            continue  # "The Philippines said 21 of the crew were its nationals": a government abroad speaking
        speech = bool(_SPEECH_BEFORE.search(before)) or bool(
            _FROM_FRONTED.search(text, max(0, c.start - 30), c.start) and _SAID_AFTER.match(text, c.end)) or (gz.is_capital(e) and bool(_SEAT_BEFORE.search(before)) and not _SEAT_SCENE.search(before)
                # ("after talks between the two countries' foreign ministers in Luanda": where they met)
                and not _VENUE_BEFORE.search(before)) or (
            e.feature == "place" and bool(_SEE_BEFORE.search(before)))
        if e.feature == "country" and peripheral(text, c.start, c.end):
            continue  # "families waiting to cross into Bangladesh": a neighbour, not a place of the event
        if want == "admin1" and e.feature != "admin1" and e.admin1:
            a = gz.admin1_entry(e.cc, e.admin1)
            if a is not None:
                e = a
        precision = 1
        feature = e.feature
        rule = f"gazetteer:{c.via}"
        if feature == "admin1" and e.cc in _WIDE_REGIONS.get(norm(c.text), frozenset()):
            feature = "region"  # "Iraq's Kurdistan region": several provinces, at the division's point
            precision = 3
            rule += "+wide-region"
        elif feature == "admin1":
            precision = 3
            if re.match(r"^\s+(?:countryside|area|areas)\b", after, re.I) or re.search(r"\b(?:northern|southern|eastern|western|central|north|south|east|west)(?:ern)?\s+(?:part of\s+)?$", before, re.I):
                precision = 2  # part of a region
                rule += "+part-of-region"
        elif feature == "country":
            precision = 3
        lat, lon = e.lat, e.lon
        offset_km = None
        bearing = None
        own_point = None
        # (a wider window: "about 100 kilometres (60 miles) southwest of the provincial capital Pemba")
        ob = text[max(0, c.start - 90):c.start]
        om = _OFFSET.search(ob)
        if om and feature != "country":
            n = om.group("num").lower()
            km = float(_WORDNUM.get(n, 0) or float(n) if not n.isalpha() else _WORDNUM.get(n, 0))
            if om.group("unit").lower().startswith("mile"):
                km *= 1.609
            offset_km = round(km, 1)
            precision = 2
            rule += "+offset"
            # "a camp 120 km north of the town of Marrupa", "the Rashad area, 50 km south of
            # Kirkuk": a scene that far off is coded at the town named (ACLED's nearest named place,
            # precision 2), named or not: "Mahas, some 90 km southeast of Beledweyne" and "Kreinik,
            # about 80 km east of El Geneina" (towns the gazetteer lacks) are coded at Beledweyne and
            # El Geneina, as the corpus codes them; a nearer offset moves the point (which also tells
            # the event's sentences apart by distance)
            at = max(0, om.start() - (len(ob) - len(before)))
            if om.group("dir") and km < 50 and not _UNNAMED_SCENE.search(before, 0, at):
                bearing = om.group("dir").lower()
                own_point = (round(lat, 5), round(lon, 5))
                lat, lon = offset_point(lat, lon, km, _BEARING[bearing.replace("ern", "")])
        elif feature == "place" and (am := _AWAY_AFTER.match(text[c.end:c.end + 80])):
            km = float(am.group("num")) * (1.609 if am.group("unit").lower().startswith("mile") else 1.0)
            offset_km = round(km, 1)
            precision = 2
            rule += "+away"  # "Kaya, about 40 km away": a reference town near the scene
        elif feature == "place" and (_NEAR.search(before) or _COUNTRYSIDE.match(after.strip())):
            precision = 2
            rule += "+near"
        elif feature == "place" and admin2:
            precision = 2
            rule += "+admin2-seat"  # "a village in Kanbalu township": somewhere in the town's unit
        if _NEAR_FACILITY_AFTER.match(after) and feature == "place":
            precision = max(precision, 2)
            rule += "+dam"  # "the Merowe dam": beside the town it is named after
        elif _FACILITY_AFTER.match(after):
            rule += "+facility"  # "the Zaporizhzhia nuclear power plant": named after the town, not in it
        if c.text.isupper() and len(c.text) > 3 and _DATELINE_AT.match(text[max(0, c.start - 40):c.start]) \
                and (c.start < 40 and text[:c.start].strip(" /").isupper() or c.start == 0):
            rule += "+dateline"  # "DUBAI/BEIRUT, April 2 (Reuters) -": where the report was filed
            if "/" in text[max(0, c.start - 40):c.start] or text[c.end:c.end + 1] == "/":
                rule += "+bureaus"  # (two towns filed from: bureaus, never the scene)
        elif c.text.isupper() and len(c.text) >= 3 and c.start < 300 and _DATELINE_LINE_BEFORE.search(text[max(0, c.start - 40):c.start]) \
                and _DATELINE_LINE_AFTER.match(text[c.end:c.end + 60]):
            rule += "+dateline"  # "Staff Reporter | 12.03.2024\nIDLIB, Syria\n...": filed there, under a byline
        elif not text[:c.start].strip() and _DATELINE_AFTER.match(text[c.end:c.end + 60]):
            rule += "+dateline"  # "Yaoundé (AFP) - Twenty-two civilians were killed in ... Northwest region"
        speech = speech or (feature == "country" and bool(out) and out[-1].span is not None and "+speech" in out[-1].rule
                            and re.fullmatch(r"\s*,\s*", text[out[-1].span.end:c.start]) is not None)
        if speech:
            # "told reporters in Maputo", "officials in Addis Ababa": where it was said (and the
            # country of that town, "at a summit in Granada, Spain")
            rule += "+speech"
        elif _CAUSE_BEFORE.search(before) or (feature == "country" and _STATE_SWAY_AFTER.match(text, c.end)):
            rule += "+cause"  # "in support of Palestinians in Gaza", "against Iran's influence": a cause, not the scene
        elif _NEIGHBOUR_BEFORE.search(before):
            rule += "+neighbour"  # "based in neighbouring Rakhine state": beside the scene
        elif feature in ("admin1", "place") and _WAR_SETTING_BEFORE.search(before):
            rule += "+war"  # "covering the conflict in the Tigray region": the war's land, not this event's scene
        elif _EARLIER_BEFORE.search(text[max(0, c.start - 220):c.start]) or (
                _EARLIER_AFTER.match(text, c.end) and _RELATIVE_BEFORE.search(text, max(0, c.start - 60), c.start)):
            rule += "+earlier"  # "a year after the massacre in Barsalogho": another, earlier event's scene
        if feature == "place" and out and out[-1].span is not None and out[-1].feature == "place" and (
                (_LOCATOR_BETWEEN.fullmatch(text, out[-1].span.end, c.start) and not _OFFSET.search(before)
                 and "+landmark" not in out[-1].rule)
                or ("+landmark" in out[-1].rule and _LIST_SEP.fullmatch(text[out[-1].span.end:c.start]))):
            rule += "+landmark"  # "Ataye, which lies between Kemise and Shewa Robit": where the scene lies
        elif feature == "place" and (_ROAD_END_AFTER.match(text, c.end) or (
                _ROAD_END_BEFORE.search(text, max(0, c.start - 40), c.start) and _ROAD_AFTER.match(text, c.end))):
            rule += "+landmark"  # "on the Oke-Ako/Irele road in Ikole district": an end of the road, not the scene
        if _DESTINATION.search(before) or (
                out and out[-1].span is not None and "+destination" in out[-1].rule
                and _LIST_SEP.fullmatch(text[out[-1].span.end:c.start])):
            rule += "+destination"  # where the wounded were taken ("hospitals in Bokkos, Barkin Ladi and Jos")
        elif _ORIGIN.search(before) or (
                out and out[-1].span is not None and "+origin" in out[-1].rule
                and _ORIGIN_LIST_SEP.fullmatch(text[out[-1].span.end:c.start])):
            rule += "+origin"  # "militants who crossed from Gaza", "a missile fired from Yemen": not the scene
        if feature == "place" and _VENUE_BEFORE.search(before):
            rule += "+venue"  # "peace talks held in Kunming", "signed in the capital, Addis Ababa": where a deal was made
        if feature == "place" and _POST_BEFORE.search(text[max(0, c.start - 90):c.start]):
            rule += "+post"  # "who headed the WFP office in Taiz": where the victim worked, not the scene
        if feature == "admin1" and _REMIT_BEFORE.search(text[max(0, c.start - 90):c.start]):
            rule += "+remit"  # "the head of the PMF's operations in western Anbar province"
        if _ELSEWHERE_BEFORE.search(text[max(0, c.start - 100):c.start]):
            rule += "+elsewhere"  # "Elsewhere, in the port city of Beira, ...": another event's scene
        if qualifier:
            rule += "+qualifier"  # the division a town is in, "(Donetsk)": not a second place
        if _BEYOND_BEFORE.search(text[max(0, c.start - 60):c.start]):
            rule += "+beyond"  # "the unrest spread beyond the capital, Maputo": not the scene
        if feature == "place" and (_AMONG_AFTER.match(text[c.end:c.end + 80]) or _AMONG_BEFORE.search(text[max(0, c.start - 90):c.start])):
            rule += "+among"  # "al-Salif district and other sites": one site of several in a division
        country = country_display(e.cc)
        iso3 = gz.countries.get(e.cc, ("", "", ""))[0] or None
        out.append(Place(
            written=c.text, span=Span(article_id, c.start, c.end), name=_display(e.name) if feature != "admin1" else e.name,
            gazetteer_id=e.id, latitude=round(lat, 5), longitude=round(lon, 5), country=country,
            iso2=e.cc, iso3=iso3, admin1=gz.admin1_name(e.cc, e.admin1), admin2=None, feature=feature,
            precision=precision, offset_km=offset_km, bearing=bearing, population=e.population, rule=rule,
            own_point=own_point,
        ))
    _drop_strays(text, out)
    _between_towns(text, out)
    _namesakes(text, out)
    _measured_scenes(text, out)
    return out


# a word of a longer name that is not a place's: a capitalised word right before or after it that is
# not a place word ("US firm Anadarko Petroleum", "Radisson Blu", "Operation Peace Spring", "the Red
# Crescent", "Naim Qassem", "Kunyo Barrow"), where "Madaya Township" or "Bassa Local Government
# Area" is the place itself
_NAME_WORD_AFTER = re.compile(r"^[ \t]+(?!(?:Township|District|State|Province|Region|Governorate|Oblast|County|Local|Area|"
                              r"Camp|City|Town|Village|Municipality|LGA|Division|Refugee|IDP|Market|Junction|Road)\b)[A-Z][a-z]")
_NAME_WORD_BEFORE = re.compile(r"\b(?!(?:The|In|At|Near|From|On|Of|To|And|Mount|Lake|Upper|Lower|North|South|"
                               r"East|West|Central|Northern|Southern|Eastern|Western|New|Old|Greater)\b)[A-Z][a-z]+[ \t]+$")
_STRAY_POP = 50_000


# what tells a reader that a word names a place: a locative word before it ("in", "near", "the town
# of", "captured", "Yemen's", a comma after another place, the start of a line) or a place word
# after it ("town", "province", "camp", ", Borno")
_TOLD_AS_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|from|to|into|outside|around|of|on|towards?|across|through|inside|via|between|and|or|within|"
    r"beyond|by|off|past|reached|entered|captured|seized|took|retook|recaptured|shelled|struck|hit|attacked|stormed|"
    r"besieged|targeted|bombed|raided|fled|left|overran|liberated)\s+(?:the\s+)?(?:(?:town|city|village|villages|"
    r"district|province|region|state|camp|area|areas|neighbou?rhood|suburb|port|capital|border\s+town)\s+(?:of\s+)?)?"
    r"|['’]s\s+|,\s*|\n\s*)$", re.I)
_TOLD_AS_PLACE_AFTER = re.compile(
    r"^(?:\s+(?:town|city|village|district|province|region|state|governorate|oblast|camp|area|countryside|outskirts|"
    r"airport|port|border|crossing|base|road|highway|neighbou?rhood)\b|\s*,\s*[A-Z]|\s*\(|\s*[-—–]\s|\s*/)", re.I)


def _drop_strays(text: str, out: list[Place]) -> None:
    """Drop a small town (under 50,000 people) read in a word of a longer name, in a country where
    the report names no division, no town of 50,000 and no place told as one ("in X", "the town of
    X", "X province"): GeoNames knows a hamlet by that word there, but the text names
    a firm, a person, an operation or a hotel ("US firm Anadarko Petroleum", "Radisson Blu", "James
    Swan said", "Kunyo Barrow"). A town of a country the report's other places are in keeps its
    reading, however it is written ("the town of Ashrafiyat Sahnaya", "the Chornobyl Nuclear Power
    Plant"): its country's other places vouch for it."""
    def told(p: Place) -> bool:
        if p.span is None:
            return True
        s, e = p.span.start, p.span.end
        return s == 0 or bool(_TOLD_AS_PLACE_BEFORE.search(text, max(0, s - 60), s)
                              or _TOLD_AS_PLACE_AFTER.match(text[e:e + 40]))

    def in_name(p: Place) -> bool:
        if p.span is None:
            return False
        s, e = p.span.start, p.span.end
        return bool(_NAME_WORD_AFTER.match(text[e:e + 30]) or _NAME_WORD_BEFORE.search(text, max(0, s - 30), s))

    home = {p.iso2 for p in out if p.feature == "admin1" or (p.feature == "place" and (p.population >= _STRAY_POP or told(p)))}
    out[:] = [p for p in out if not (p.feature == "place" and p.population < _STRAY_POP and p.iso2 not in home and in_name(p))]


# "in Sirwah district, some 40 km west of Marib city", "near the town of Atareb, about 20 km from
# Aleppo": a known town named with its distance from another is the scene, the other its measure
_MEASURED_BETWEEN = re.compile(
    r"(?:\s+(?:district|town|city|village|area|locality|county|township|sub-?district|neighbou?rhood))?\s*[,(]\s*"
    r"(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:village|town|city|hamlet|settlement|locality|district|area|community)\s+)?"
    r"(?:(?:which|that)\s+(?:lies|lay|sits|is|was)\s+|(?:located|situated|lying)\s+)?"
    r"(?:some|about|around|roughly|nearly|approximately|almost|just|barely|only|less\s+than|more\s+than|over|under)?\s*"
    r"[^.;:!?]{0,80}$", re.I)


_TOWN_OF_BEFORE = re.compile(r"\b(?:town|village|city|hamlet|settlement|locality|district)\s+of\s+$", re.I)


def _measured_scenes(text: str, out: list[Place]) -> None:
    """Mark a town told with its distance (under 75 km) from the next town (+measured), and that
    next town's mention (+measure-of): the first is the scene where the gazetteer puts it near
    where the distance says."""
    for p, q in zip(out, out[1:], strict=False):
        if (p.span is None or q.span is None or p.feature != "place" or q.feature != "place" or p.iso2 != q.iso2
                or p.gazetteer_id is None or p.gazetteer_id == q.gazetteer_id or "+offset" not in q.rule
                or not q.offset_km or q.offset_km >= 75 or "+offset" in p.rule
                # (beyond 50 km, only a smaller town introduced as such and measured from a bigger one: "the town
                # of al-Turbah, some 60km southwest of the city of Taiz", not "Mykolaiv, some 60 kilometres
                # northwest of Kherson", nor "suicide bombers killed 18 in Gwoza, about 50 kilometres south of Bama")
                or (q.offset_km >= 50 and (p.population >= q.population or not _TOWN_OF_BEFORE.search(text, max(0, p.span.start - 40), p.span.start)))
                or p.latitude is None or p.longitude is None or q.latitude is None or q.longitude is None
                or not _MEASURED_BETWEEN.fullmatch(text, p.span.end, q.span.start)
                or not _OFFSET.search(text, p.span.end, q.span.start)):
            continue
        own = q.own_point or (q.latitude, q.longitude)
        if haversine_km((p.latitude, p.longitude), own) > q.offset_km + 25:
            continue  # another town of that name, or a distance that does not fit
        p.precision = 2
        p.rule += "+measured"
        q.rule += "+measure-of"


# "the island of Darak in Lake Chad", "the Lake Chad region": the lake, not the country (but "Lake Chad
# province", a division named after it)
_LAKE_BEFORE = re.compile(r"\bLake\s+$")
_LAKE_UNIT_AFTER = re.compile(r"\s+(?:province|state|governorate|prefecture)\b", re.I)
_VENUE_POP = 100_000  # a venue abroad is a city the world holds talks in, not a hamlet of that name
# where talks or a signing took place: "peace talks held in", "signed in the capital,", "at a
# ceremony in", "talks hosted by Qatar in", "the meeting in"
_VENUE_BEFORE = re.compile(
    r"\b(?:talks|negotiations|meeting|summit|ceremony|signed|signing|mediation|conference)\b"
    r"(?:\s+(?:[\w'’-]+\s+){0,7}?)?\s*(?:in|at)\s+(?:the\s+)?(?:(?:capital|city|town)(?:\s+city)?,?\s+)?$", re.I)


# "Ainata and Aitaroun, two villages in the Bint Jbeil district", "Kalembe, a town in Masisi
# territory": the text says which unit the town lies in; a town of that name far from the unit's
# seat is a namesake the gazetteer holds, not the town meant
_IN_UNIT_BETWEEN = re.compile(
    r"(?:\s*(?:,|and)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*\s*,\s+(?:a|an|the|two|three|four|both)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:villages?|towns?|hamlets?|localit(?:y|ies)|settlements?|communit(?:y|ies)|neighbou?rhoods?)\s+"
    r"(?:(?:located|situated|lying)\s+)?(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$")
_NAMESAKE_KM = 60.0


def _namesakes(text: str, out: list[Place]) -> None:
    """A town the text puts in a unit whose seat lies far from the gazetteer's town of that name
    is coded at the seat (precision 2), at every mention."""
    moved: dict[int, Place] = {}
    for k, q in enumerate(out):
        if q.span is None or "+admin2-seat" not in q.rule or q.latitude is None or q.longitude is None:
            continue
        end = q.span.start
        for p in reversed(out[:k]):
            if p.span is None or p.feature != "place" or p.latitude is None or p.longitude is None:
                break
            between = text[p.span.end:end]
            if not (_IN_UNIT_BETWEEN.fullmatch(between) or (end < q.span.start and _IN_UNIT_BETWEEN.fullmatch(text, p.span.end, q.span.start))):
                break
            end = p.span.start
            if p.gazetteer_id is not None and (p.iso2 != q.iso2 or haversine_km(
                    (p.latitude, p.longitude), (q.latitude, q.longitude)) > _NAMESAKE_KM):
                moved[p.gazetteer_id] = q
    for p in out:
        if p.gazetteer_id in moved and p.feature == "place":
            q = moved[p.gazetteer_id]
            assert q.span is not None
            if any(r.span is not None and r.feature == "place" and r.iso2 == q.iso2 and q.span.end <= r.span.start
                   and ("+near" in r.rule or "+offset" in r.rule) and not re.search(r"[.;!?]", text[q.span.end:r.span.start])
                   for r in out):
                # "Mafa, a village in Tarmuwa district north of the state capital Damaturu": the town
                # the scene is measured from is the nearer point; the namesake is only no scene
                p.rule += "+far-namesake"
                continue
            p.name, p.gazetteer_id, p.latitude, p.longitude, p.own_point = q.name, q.gazetteer_id, q.latitude, q.longitude, q.own_point
            p.admin1, p.iso2, p.iso3, p.country, p.population = q.admin1, q.iso2, q.iso3, q.country, q.population
            p.precision = 2
            p.rule += "+namesake"


# "on the road between Mogadishu and Afgooye", "somewhere between Kaya and Kongoussi": the scene
# lies between two towns; when they are near each other, halfway is nearer it than either town
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+(?:towns?|cities|villages)\s+of\s+)?$", re.I)
_BETWEEN_MAX_KM = 50.0  # halfway then lies within 25 km of either town


def _between_towns(text: str, out: list[Place]) -> None:
    """Move two towns named as "between A and B" to the point halfway, at precision 2."""
    for p, q in zip(out, out[1:], strict=False):
        if (p.span is None or q.span is None or p.feature != "place" or q.feature != "place" or p.iso2 != q.iso2
                or p.latitude is None or p.longitude is None or q.latitude is None or q.longitude is None
                or not re.fullmatch(r"\s+and\s+(?:the\s+(?:town|city|village)\s+of\s+)?", text[p.span.end:q.span.start])
                or not _BETWEEN_BEFORE.search(text[max(0, p.span.start - 40):p.span.start])):
            continue
        if haversine_km((p.latitude, p.longitude), (q.latitude, q.longitude)) > _BETWEEN_MAX_KM:
            continue
        lat, lon = round((p.latitude + q.latitude) / 2, 5), round((p.longitude + q.longitude) / 2, 5)
        for x in (p, q):
            x.latitude, x.longitude, x.precision = lat, lon, 2
            x.rule += "+between"


def _display(name: str) -> str:
    return strip_accents(name).replace("‘", "'").replace("’", "'").replace("ʿ", "'")


def regions(text: str, article_id: str, gz: Gazetteer, countries: Countries) -> list[Place]:
    """'northern Syria', 'eastern Ukraine': the country (or division) with region precision."""
    out = []
    terms = country_terms()
    for m in _REGION.finditer(text):
        name = m.group("name")
        cc = terms.get(name.lower())
        if not cc or not name[0].isupper():
            continue
        iso3, cname, _ = gz.countries.get(cc, (None, None, None))
        if not cname:
            continue
        ent = next((e for e in gz.find(cname) if e.feature == "country" and e.cc == cc), None)
        if ent is None:
            continue
        out.append(Place(
            written=m.group(0), span=Span(article_id, m.start(), m.end()), name=None,
            gazetteer_id=ent.id, latitude=ent.lat, longitude=ent.lon, country=country_display(cc), iso2=cc,
            iso3=iso3, admin1=None, feature="region", precision=3, rule="region",
        ))
    return out

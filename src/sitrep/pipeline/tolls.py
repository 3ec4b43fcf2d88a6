"""Toll phrases: which counts in a sentence are people killed, injured, abducted, and how.

Works on one sentence at a time over the counts ``numbers.find_counts`` found, and decides for
each whether it is a toll, of what outcome, of whom, and in what role:

- ``total``: this event's figure ("132 deaths", "killing three");
- ``part``: one share of a total after "including"/"among them" (a party or a subset);
- ``history``: an earlier figure a revision replaced ("up from 30", "an earlier toll of");
- ``cumulative``: a figure not about this event ("more than 500,000 since 2011").

A count that is a distance, an age, a date, a number of fighters or villages, is no toll.
"No casualties were reported" is a real zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numbers import CountExpr, find_counts

OUTCOMES: dict[str, str] = {}
for _w in ("killed dead died deaths death fatalities perished slain lives bodies massacred "
           "executed murdered shot dead fatally beheaded decapitated assassinated lynched martyred martyrs neutralised neutralized").split():
    OUTCOMES[_w] = "killed"
for _w in "wounded injured hurt injuries wounding injuring casualties".split():
    OUTCOMES[_w] = "injured"
for _w in "abducted kidnapped hostage hostages abducting kidnapping".split():
    OUTCOMES[_w] = "abducted"
for _w in "arrested detained arresting detaining".split():
    OUTCOMES[_w] = "arrested"
OUTCOMES["missing"] = "missing"
OUTCOMES["displaced"] = "displaced"
OUTCOMES["casualties"] = "casualties"

# "hacked to death", "were beaten to death", "stabbed to death four worshippers": a manner of killing
_TO_DEATH = r"(?:hack|beat|beaten|burn|burnt|stabb|bludgeon|club|clubb|ston|tortur|lynch|starv|crush|trampl|machet)(?:ed|t|en|ing)?\s+to\s+death"
# "treated for gunshot wounds" (not for shock, smoke or trauma): the wounds of the injured
_FOR_WOUNDS = r"for\s+(?:their\s+|his\s+|her\s+)?(?:(?!shock|smoke|trauma)[\w-]+\s+){0,2}?(?:wounds|injuries|burns)"
_AFTER_OUTCOME_SRC = (
    r"""^[\s"“”’']*(?P<who>
                   # "six soldiers and tribesmen were killed": one count over two nouns, the verb right after
                   (?:(?:(?!(?:and|or|but|while|as|in|on|at|of|who|which|that|were|was|have|had|has|are|is)\b)[A-Za-z][\w'’-]*\s+)?
                      (?!(?:and|or|but|while|as|in|on|at|of|who|which|that|were|was|have|had|has|are|is)\b|[a-z]+ed\b)[A-Za-z][\w'’-]*\s+and\s+
                      (?=(?!(?:the|a|an|many|several|some|others?|more|most|all|both|scores|dozens?|hundreds?|thousands?|they|we|he|she|it|its|their|his|her|at|who|which|that|no|none|one|two|three|four|five|six|seven|eight|nine|ten)\b)
                         [A-Za-z][\w'’-]*\s+(?:[a-z][\w'’-]*\s+)?(?:(?:were|was|have|had|are|also)\s|died\b|perished\b)))?
                   (?:(?!(?:and|or|but|while|as|after|before|until|when|where|whose|in|on|at|near|during|who|which|that|including|among|from|said|says|told|according|is|are|was|were|been|being|has|have|had)\b|
                   (?:one(?!\s+(?:family|household)\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?![\w-])|\d[\d,.]*(?![\w-]))(?:(?:[A-Z]\.){2,}|\([A-Z][\w\-]{0,10}\)|[\w'’\-“”"]++)[\s,]*?|and\s+(?:their|his|her)\s+){0,12}?)
        (?:\s+(?:from|on)\s+(?:both|either|each|all|the\s+two|the\s+opposing)\s+sides?)?
        (?:\s*,\s*(?:including|among\s+them|among\s+whom|mostly|most\s+of\s+them|both|mainly)\b[^,;.]{0,140}(?:,\s+(?!(?:[\w'’-]+\s+){0,3}?(?:said|says|told|reported)\b)[^,;.]{1,60}?){0,4},
           |\s*,\s*(?!(?:[\w'’-]+\s+){0,3}?(?:said|says|told|reported)\b)(?!(?:an?|one|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)(?P<pair>(?:(?:both|all|mostly|mainly)\s+)?(?:[\w'’-]+\s+){0,2}?(?-i:[a-z][\w'’-]*s)\s+and\s+(?:[\w'’-]+\s+){0,2}?(?-i:[a-z][\w'’-]*s)),
           # "A policeman, Sgt. Musa Bello, was shot dead", "An Israeli soldier, Staff Sgt. David Levi, 23, was killed": a name in apposition
           |\s*,\s*(?P<named>(?-i:(?:(?:[A-Z][a-z]{1,5}\.|[A-Z][a-z'’-]+)\s+){1,5}[A-Z][a-z'’-]+)(?:\s*,\s*\d{1,2})?)\s*,(?=\s*(?:(?:was|were|had\s+been|has\s+been)\s|(?:later\s+)?died\b))
           |\s*,\s*(?P<apposed>(?:an?|one|(?P<apposed_n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+[^,;.]{1,50}?\s+and\s+(?:an?|one|his|her|their|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[^,;.]{1,40}),
           |[\s"”]*(?P<dashed>(?:--|[—–]|(?<=\s)-(?=\s))\s*[^—–;.]{1,100}?\s*(?:--|[—–]|(?<=\s)-(?=\s))))?
        (?:\s+(?:who|that)\s+[^.;,"“”]{1,60}?(?=\s+(?:were|was|had|have|has)\s)@RELATIVE@
           |(?P<reldied>\s+(?:who|that)\s+(?!(?:said|says|told|spoke|say)\b)[^.;,"“”\d]{1,60}?(?=\s+(?:(?:later|subsequently|also|then)\s+)?died\b)))?
        \s*(?P<among>(?:were|was)\s+among\s+(?:the\s+)?(?=dead|killed|victims|casualties|wounded|injured))?
        \s*(?:(?:were|was|have|has|had|are|is|been|being|reportedly|also|all|later|since|confirmed|now|still|so\s+far|believed|feared|reported|found|pronounced|declared|said\s+to\s+be|to\s+have\s+been|left|lay|remain(?:ed|s)?|
            seriously|critically|badly|severely|slightly|lightly|gravely|mortally|shot\s+and|(?-i:[a-z]{2,}ly)(?<!\bonly)(?<!\bearly))\s+){0,4}[“"']?
        (?P<out>killed|dead|died|deaths?(?!\s+tolls?\b)|fatalities|victims|perished|slain|lost\s+their\s+lives|paid\s+the\s+(?:supreme|ultimate)\s+price|massacred|executed|murdered|shot\s+dead|martyred|neutrali[sz]ed|
           beheaded|decapitated|assassinated|lynched|
           wounded|injured|hurt|injuries|(?:who\s+|that\s+)?(?:sustained|suffered)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)|buried(?!\s+(?:alive|under|beneath|in\s+the\s+rubble))|laid\s+to\s+rest|treated\s+""" + _FOR_WOUNDS + r"""|
           treated\s+(?:in|at)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?|health\s+cent(?:re|er)s?|medical\s+(?:facilit|cent)\w*)|
           (?:receiving|undergoing|getting)\s+(?:medical\s+|hospital\s+)?treatment|hospitali[sz]ed|
           (?:needed|needing|required|requiring|sought|seeking)\s+(?:urgent\s+|emergency\s+)?(?:hospital|medical)\s+(?:treatment|care|attention|help|assistance)|
           (?:taken|rushed|admitted|evacuated|brought|sent)\s+to\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?|(?:medical|health)\s+(?:cent(?:re|er)s?|facilit(?:y|ies)|points))|
           (?:(?<=\bare\s)|(?<=\bwere\s)|(?<=remain\s)|(?<=remained\s)|(?<=remains\s)|(?<=\blay\s)|(?<=still\s))in\s+(?:(?:the|a)\s+)?(?:[\w'’-]+\s+){0,2}?hospitals?(?!\s+(?:morgues?|mortuar))|to\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?hospitals?|abducted|kidnapped|taken\s+hostage|hostages|arrested|detained|missing|displaced|bodies|casualties|lives)\b"""
)
_AFTER_OUTCOME = re.compile(_AFTER_OUTCOME_SRC.replace("@RELATIVE@", ""), re.I | re.X)
# "its medics treated two other people who were wounded", "paramedics evacuated four others who had been
# hurt": the figure a verb of care takes, then a relative clause that tells the outcome (read only after
# such a verb: the bare form, "14 people who had been injured", cost a held-aside toll in round 16)
_AFTER_OUTCOME_CARED = re.compile(_AFTER_OUTCOME_SRC.replace(
    "@RELATIVE@", r"|(?<![,\s])\s+(?:who|that)(?=\s+(?:were|have\s+been|had\s+been)\s)(?![^.;,]{0,80}?\b(?:died|succumbed)\b)"), re.I | re.X)
_CARED_BEFORE = re.compile(r"\b(?:treated|treating|treats|evacuated|evacuating|cared\s+for|caring\s+for|airlifted|hospitali[sz]ed|admitted|"
                           r"received|receiving|transferred|transported)\s+(?:some\s+|about\s+|at\s+least\s+|another\s+|more\s+than\s+)?$", re.I)
_BEFORE_OUTCOME = re.compile(
    r"""(?P<verb>(?<=the\s)(?:killings?|murders?|beheadings?|decapitations?|executions?|assassinations?|massacre|slaughter|lynching)\s+of|killing|killed|kills|kill|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|(?:cost|costing|took|taking|taken)\s+the\s+lives\s+of|
          (?:dead|killed|victims|fatalities|wounded|injured)\s+(?:numbered|totall?ed)(?:\s+(?:at|some))?|left|leaving|
          neutrali[sz]ed|neutrali[sz]ing|wounding|wounded|injuring|injured|abducting|abducted|kidnapping|kidnapped|arresting|arrested|detaining|detained|
          displacing|displaced|massacred|executed|murdered|shot\s+dead|""" + _TO_DEATH + r"""|beheaded|beheading|decapitated|decapitating|
          (?:death\s+)?toll(?:\s+(?:has|had|have))?(?:\s+(?:rose|risen|rising|climbed|jumped|increased|reached|hit|stood|stands|is|was|of|to|at|now))*(?:\s+(?:to|at|of))?|
          bringing\s+the\s+(?:death\s+)?toll\s+to|number\s+of\s+(?:martyrs|dead|deaths|victims|bodies|(?:[\w'’-]+\s+){0,2}?(?:(?:who|that)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?)?(?:killed|injured|wounded|hurt|died|perished|lost\s+their\s+lives))\b(?:[^.;\d]|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\b(?-i:[A-Z])\.|(?:(?<=ber\s)|(?<=ary\s)|(?<=rch\s)|(?<=ril\s)|(?<=May\s)|(?<=une\s)|(?<=uly\s)|(?<=ust\s)|(?<=\.\s))\d{1,2}\b){0,260}?\b(?:rose|risen|grown|grew|climbed|reached|increased|jumped|stood|stands|is|was|now)(?:\s+(?:to|at))?|raising\s+the\s+(?:death\s+)?toll\s+to|
          puts?\s+the\s+(?:death\s+)?(?:toll|number|figure|number\s+of\s+(?:dead|deaths|(?:people\s+|those\s+)?killed))(?:\s+(?:from|of|in|for)\s+(?!(?:killed|dead|wounded|injured|missing|casualties|people)\b)(?:(?!\b(?:since|or|and|(?:days?|weeks?|months?|years?)\s+of)\b)[^.;\d]){1,140}?)?\s+(?:(?:much|far|even|slightly|considerably)\s+)?(?:higher|lower)?\s*,?\s*at|number\s+of\s+(?:dead|deaths|victims|those\s+killed)\s+(?:rose\s+to|to|at|reached|stood\s+at)|
          (?:death\s+)?toll\b(?:[^.;\d]|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\b(?-i:[A-Z])\.|(?:(?<=ber\s)|(?<=ary\s)|(?<=rch\s)|(?<=ril\s)|(?<=May\s)|(?<=une\s)|(?<=uly\s)|(?<=ust\s)|(?<=\.\s))\d{1,2}\b){0,260}?\b(?:rose|risen|climbed|jumped|increased|reached|hit|stood|stands|is|was|now|revised(?:\s+(?:up|upwards?|down|downwards?))?)(?:\s+(?:to|at))?|
          (?:death\s+)?toll\s+(?:was|is|stood|stands|could\s+be|may\s+be)\s+(?:much\s+|far\s+|even\s+)?(?:higher|lower)\s*,\s*at|
          ^\W*(?:killed|wounded|injured|hurt)\b[^.;\d]{0,120}?\s(?:were|was)|
          (?:revis|rais|lower|updat|increas|lift|push|bring|tak|correct|adjust|cut|reduc)\w*\s+(?:(?:up|upwards?|down|downwards?|sharply|again|later|(?:on|late\s+on|early\s+on)\s+(?-i:[A-Z])\w+)\s+){0,3}(?:the|its|their|his|her)\s+(?:death\s+)?(?:toll|tally|count|number\s+(?:of\s+)?(?:dead|deaths|killed|victims|people\s+killed|those\s+killed|fatalities))\b
            (?:(?!\b(?:since|(?:days?|weeks?|months?|years?)\s+of)\b)[^.;\d]){0,120}?\s(?:up\s+|down\s+)?(?:to|at)|
          bod(?:ies|y)\s+of|(?:buried|laid\s+to\s+rest)(?:\s+at\s+least|\s+more\s+than|\s+nearly|\s+some|\s+about)?|burying)\s*[\s"“]*$""",
    re.I | re.X,
)
# "the beheading of a woman", "the killing of five soldiers": a killing told as a noun (read after "the")
_NOMINAL_KILLING = {"killing", "murder", "beheading", "decapitation", "execution", "assassination", "massacre", "slaughter", "lynching"}
_VERB_OUTCOME = {
    "kill": "killed", "killing": "killed", "killed": "killed", "kills": "killed", "claimed": "killed",
    "claiming": "killed", "toll": "killed", "death": "killed", "bringing": "killed", "raising": "killed",
    "put": "killed", "puts": "killed", "number": "killed", "martyred": "killed", "bodies": "killed", "body": "killed", "massacred": "killed",
    "executed": "killed", "murdered": "killed", "beheaded": "killed", "beheading": "killed", "decapitated": "killed", "decapitating": "killed", "shot": "killed", "neutralised": "killed", "buried": "killed", "burying": "killed", "laid": "killed",
    "neutralized": "killed", "neutralising": "killed", "neutralizing": "killed",
    "wounding": "injured", "wounded": "injured", "injuring": "injured", "injured": "injured",
    "abducting": "abducted", "abducted": "abducted", "kidnapping": "abducted", "kidnapped": "abducted",
    "arresting": "arrested", "arrested": "arrested", "detaining": "arrested", "detained": "arrested",
    "displacing": "displaced", "displaced": "displaced", "hurt": "injured",
}
_NOT_PEOPLE = re.compile(
    r"^\s*(?:-?\s*(?:km|kms|kilomet|mile|metre|meter|%|percent|per\s*cent|year|-year|decade|centur|month|week|day|hour|minute|"
    # a day of a month ("on Tuesday 30 September sentenced ..."; not May: "five may have died")
    r"(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|"
    r"sept?|oct|nov|dec)\b|"
    r"am\b|pm\b|a\.m|p\.m|gmt|(?:villages?|towns?|drones?|missiles?|rockets?|shells?|tanks?|vehicles?|houses|homes|"
    r"buildings|shahed|aircraft|jets?|times|kg|tonnes?|tons?|dollars?|euros?|square|sq)(?![\w-])|\$)|:\d)",
    re.I,
)
# the people a court sentences are no toll ("sentenced 37 people to death", "condemned a further five")
_SENTENCED_BEFORE = re.compile(r"\b(?:sentenc(?:ed|es|ing)|condemn(?:ed|s|ing))\s+(?:(?:a\s+further|another|all|at\s+least|some|the)\s+)?$", re.I)
_PART_CUE = re.compile(
    r"(?:including|includ(?:ed|es)|among\s+(?:them|those|the\s+dead|the\s+victims|the\s+killed|whom)|of\s+whom|of\s+them|mostly|comprising)\W*(?:\w+\W+){0,2}$",
    re.I,
)
_HISTORY_BEFORE = re.compile(
    r"(?:(?:up|down)\s+from\s+(?:an?\s+|the\s+)?(?:(?:earlier|previous|initial)\s+)?(?:(?:death\s+)?toll|figure|count)\s+of|up\s+from|down\s+from|from\s+an?\s+(?:earlier|previous|initial)|(?:earlier|previous|initial|preliminary|first)\s+(?:[\w'’-]+\s+){0,2}?(?:death\s+)?(?:toll|figure|count|report)s?\b(?:(?!,\s*(?:and|while|but|whereas)\b|\s(?:while|whereas)\b|\sand\s+that\b)[^.;]){0,60}?|"
    r"had\s+(?:earlier|initially|previously)[^.;]{0,40}?|initially[^.;]{0,30}?|(?:rose|risen|rising|increased|climbed|jumped|grew|grown)\s+from|revised\s+(?:up|down)\s+from|"
    r"(?P<had>had\s+(?:on\s+\w+\s+|late\s+on\s+\w+\s+)?(?:put|given|counted|recorded|reported|announced|confirmed|registered)\b[^.;\d]{0,40}?)|"
    r"^\W*earlier\b[^.;\d]{0,80}?\b(?:said|reported|put|gave|announced)\s+(?:that\s+|the\s+toll\s+at\s+)?|"
    r"\bhad\s+(?:earlier\s+|initially\s+|previously\s+)?said\s+(?:that\s+)?)\s*$",
    re.I,
)
# "the group said on Sunday it had counted 35 bodies", "By Thursday volunteers had counted 165":
# reported speech and a later time, not an earlier figure
_REPORTED_HAD = re.compile(
    r"(?:\b(?:said|says|told\s+[\w.]+|reported|announced|added|stated|confirmed)"
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|late|later|overnight|in\s+a\s+statement))*"
    r"\s+(?:that\s+)?(?:it|he|she|they|we|the\s+\w+)"
    r"|^\W*by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dawn|nightfall|noon|midday|evening|morning|the\s+\w+)\b[^.;,\d]{0,40}?)\s*$",
    re.I,
)


def _history_before(before: str) -> bool:
    """An earlier figure's cue before the count ("up from", "an earlier toll of", "had put")."""
    pos = 0
    while (m := _HISTORY_BEFORE.search(before, pos)) is not None:
        if not (m.group("had") and _REPORTED_HAD.search(before, 0, m.start("had"))):
            return True
        pos = m.start() + 1
    return False


_HISTORY_AFTER = re.compile(r"^(?!\s*from\b)\s*(?:[a-z]+\s+){0,2}?(?:(?:killed|dead|deaths|people)\s+)?(?:given\s+|reported\s+)?(?:earlier|previously|initially)\b", re.I)
# a name written in dotted capitals: "U.S.", "U.N."
_DOTTED = r"(?-i:[A-Z]\.(?:[A-Z]\.)+)"
# the nouns for one person ("a soldier", "the body of a missing teacher")
_ONE_PERSON = (
    r"(?:soldier|civilian|child|boy|girl|man|woman|policeman|police\s+officer|officer|fighter|militant|journalist|member|"
    r"worker|farmworker|farmhand|labou?rer|employee|vendor|shopkeeper|mechanic|miner|guard|bodyguard|resident|farmer|student|teacher|doctor|medic|paramedic|person|pilot|commander|driver|nurse|baby|"
    r"teenager|volunteer|rescuer|firefighter|shepherd|fisherman|nun|priest|pastor|monk|missionary|cleric|trader|herder|herdsman|"
    r"official|activist|protester|demonstrator|photographer|cameraman|reporter|peacekeeper|gendarme|contractor|engineer|"
    r"tourist|passenger|pilgrim|worshipper|villager|refugee|lawyer|judge|mother|father|son|daughter|wife|husband|"
    r"brother|sister|uncle|cousin|nephew|niece|grandmother|grandfather|chief|headman|elder|councillor|councilor|imam|sheikh|chairman|leader)\b")
_SINGLE = re.compile(
    r"\b(?:a|an|another)\s+(?:(?:\w+-year-old|young|local|senior|female|male|Ukrainian|Russian|Syrian|Israeli|Palestinian|Sudanese|Somali|Nigerian|Malian|Iraqi|Yemeni|Lebanese|"
    r"security|prison|bus|truck|taxi|hospital|school|police|army|border|village|camp|aid|health|private|elderly|old|pregnant|retired|disabled|unarmed|prominent|foreign|off-duty|former|teenage|(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)*)|"
    # the trade's own noun before the person: "a television reporter", "a government official", "a church pastor"
    r"television|TV|radio|newspaper|news|media|government|opposition|community|church|mosque|university|party|rights|court|"
    r"municipal|election|polling|charity|construction|factory|mine|oil|"
    # "a tribal elder", "a religious leader", "a veteran journalist": any adjective-shaped word before the one person
    r"(?-i:[a-z]{2,}(?:al|ic|ous|ive|ful|ish|ary|ent|ant|ian|eran))|" + _DOTTED + r"|(?-i:[A-Z]{2,5}))\s+){0,2}"
    + _ONE_PERSON, re.I)
# "an Iraqi service member was wounded", "a Turkish-American activist was shot dead", "a U.S. Marine
# was killed": one person, whatever the noun, as the subject of a singular passive outcome
_SINGLE_PASSIVE = re.compile(
    r"\b(?:a|an)\s+(?!(?:second|third|fourth|fifth|further|number|total|few|couple|handful|dozen)\b)(?:(?:[\w'’-]+|" + _DOTTED + r")\s+){0,3}?[\w'’-]+\s+"
    r"(?P<pp>(?:in|from|of|at|for|with)\s+(?:(?!(?:said|says|told|reported|that|who|which|and|or|when|after|before|until|as|while|where|was|were|is|has|had|he|she|they)\b)[\w'’-]+\s+){1,5}?)?"
    r"(?P<rel>(?:who|whose)\s+(?!(?:said|says|told)\b)[^.;:\"“”]{1,120}?\s+)?"
    r"(?:was|has\s+been|had\s+been)\s+(?:(?:also|reportedly|later|then|seriously|critically|badly|lightly|slightly|fatally|mortally|shot\s+and|(?-i:[a-z]{2,}ly))\s+){0,2}"
    r"(?:killed|wounded|injured|hurt|shot\s+dead|(?:pronounced|declared|confirmed)\s+dead|martyred|abducted|kidnapped|" + _TO_DEATH + r")\b", re.I)
# "The leader of the Russia-backed separatists in eastern Ukraine was killed": one person, named by
# the group they led, the subject of a singular passive outcome
_THE_ONE_PASSIVE = re.compile(
    r"\b(?P<owner>(?-i:[Tt]he))\s+(?:[\w'’-]+\s+){0,2}?(?:leader|commander|chief|head|founder|emir)\s+of\s+"
    r"(?:(?!(?:said|says|told|and|or|who|which|that|were|are|have)\b)[\w'’.-]+\s+){1,10}?(?:was|has\s+been|had\s+been)\s+"
    r"(?:(?:also|reportedly|later|then|fatally|mortally|shot\s+and)\s+){0,2}(?P<out>killed|shot\s+dead|assassinated|wounded|injured)\b")
# "The girls' mother, who was driving, was wounded", "the mission's deputy force commander was injured": one
# person named by whose they are (a possessor, then a singular noun), the subject of a singular passive outcome
_POSSESSED_SINGLE = re.compile(
    r"\b(?P<owner>(?:(?-i:[Tt]he)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|’s|s'|s’))\s+(?:[\w'’-]+\s+){0,3}?" + _ONE_PERSON +
    r"(?:\s*,\s*(?:who|a|an|aged)\s+[^,.;:\"“”]{1,60},)?\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:(?:also|reportedly|later|then|seriously|critically|badly|lightly|slightly|fatally|mortally)\s+){0,2}"
    r"(?P<out>killed|wounded|injured|hurt|shot\s+dead|" + _TO_DEATH + r")\b", re.I)
# "the body of a prominent radio journalist", "found the body of a missing teacher": one dead,
# however many words describe the person
_BODY_OF_ONE = re.compile(r"\bbody\s+of\s+(?P<a>an?)\s+(?:[\w'’-]+\s+){0,4}?" + _ONE_PERSON, re.I)
# "killing his bodyguard", "wounding her driver": one person, named by whose they are, as the object of the act
# (up to two words that describe the one person, none a conjunction or a count: "his two bodyguards" are two)
_HIS_WORDS = r"(?:(?!(?:and|or|two|three|four|five|six|seven|eight|nine|ten)\b)[\w-]+\s+){0,2}?"
_HIS_ONE = re.compile(r"\b(?:killing|killed|shot\s+dead|shooting\s+dead|wounding|wounded|injuring|injured)\s+(?P<a>his|her)\s+"
                      + _HIS_WORDS + _ONE_PERSON, re.I)
# "his bodyguard was killed", "was wounded and his driver killed": one person, named by whose they are
_HIS_ONE_PASSIVE = re.compile(r"\b(?P<and>and\s+)?(?P<a>his|her)\s+" + _HIS_WORDS + _ONE_PERSON +
                              r"\s+(?:(?:was|had\s+been|has\s+been)\s+(?:(?:also|later|shot\s+and)\s+)?(?:killed|shot\s+dead|wounded|injured|hurt)|(?P<bare>killed))\b", re.I)
# "killing two Indian nationals and a Pakistani": one more person, a nationality as the noun
_AND_A_DEMONYM = re.compile(r"\band\s+(?P<a>an?)\s+(?-i:[A-Z][a-z]+(?:i|an|ese|ish))(?:\s+(?-i:[a-z][\w-]*(?<!ed)(?<!ing))){0,2}?"
                            r"(?=\s*(?:[,.;]|$|\s+(?:in|on|at|near|when|as|during|while|before|after|were|was|had|have)\b))")
# "looking into reports that a foreign national was killed": a claim relayed, not asserted
_REPORTS_THAT = re.compile(r"\b(?:reports?|claims?|rumou?rs?|allegations?)\s+(?:that|of)\s+$", re.I)
# one named office-holder: "the governor of West Darfur has been killed", "killed the Governor of
# West Darfur". A title is one person; a generic "the soldier" may be one already counted.
_SINGLE_TITLE = re.compile(
    r"\bthe\s+(?:(?:deputy|acting|former|local|provincial|district|regional|state|army|police|military|senior|top)\s+){0,2}"
    r"(?:governor|mayor|(?:prime|defen[cs]e|interior|foreign|finance|information|health|oil|justice)\s+minister|president|imam|chief\s+of\s+staff|chief\s+prosecutor|district\s+commissioner|"
    r"village\s+(?:head|chief)|traditional\s+ruler|emir)\b(?!\s*(?:'s|’s))",
    re.I,
)
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak|war|conflict|fighting)|october\s+7|the\s+war|the\s+conflict|the\s+full-scale|the\s+invasion|it\s+began|then)\b|"
    # "the shells the terrorists have fired at the city for years, claiming hundreds of lives": years' tally
    # (the years govern the killing: "for years, claiming", "have killed ... for years", "Over the years,")
    r"\bfor\s+(?:(?:many|several|some|the\s+past|the\s+last)\s+)?(?:years|decades)\s*,?\s+(?:claiming|killing)\b|"
    r"\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:killed|claimed)\b[^.;]*?\bfor\s+(?:(?:many|several|some|the\s+past|the\s+last)\s+)?(?:years|decades)\b|"
    r"^\W*over\s+the\s+(?:years|decades)\b|"
    r"\b(?:so\s+far\s+this\s+year|in\s+total\s+since|overall\s+toll|cumulative|during\s+the\s+war|in\s+the\s+(?:war|conflict)\s+so\s+far|"
    r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decade)|(?:in|during|over)\s+the\s+(?:past|last)\s+(?:year|decade)\b|"
    # "killed in the crackdown on the October 2019 protests", "Iraq's 2019 protest movement ... left 600 dead",
    # "the second intifada in the early 2000s, in which hundreds were killed", "died during the siege": a past
    # movement's, war's or siege's toll
    r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:protests|protest\s+movement|uprising|revolution|intifada|insurgency|crackdown|genocide|famine)\b|"
    r"\bin\s+the\s+(?:early|late|mid)[\s-]*(?:19|20)\d0s\b|\b(?:first|second)\s+intifada\b|"
    r"\bduring\s+the\s+(?:[\w-]+\s+)?(?:siege|occupation|blockade)\b|"
    r"\b(?:in|during|over)\s+the\s+first\s+(?:few\s+|two\s+|three\s+)?(?:weeks?|months?|year)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|war|conflict|clashes|offensive|violence|unrest|protests|uprising)\b|in\s+(?:(?:late|early|mid)[\s-]+)?(?:19|20)\d\d\b|last\s+year|in\s+recent\s+(?:years|months)|"
    r"in\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?(?:\w+\s+){0,3}(?:weeks|months|years)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:war|fighting|conflict|violence|bombardment)|"
    r"(?:of|in|throughout|during)\s+the\s+(?:\w+\s+)?(?:war|conflict)\b|war\s+(?:began|started|erupted)|(?:total|overall|cumulative)\s+(?:death\s+)?toll|"
    r"^\W*on\s+the\s+(?:\w+\s+){1,2}side\b|\bthis\s+year\b|\btall(?:y|ies)\b|\bover\s+the\s+same\s+period\b|\bfor\s+the\s+whole\s+country\b|"
    r"since\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:broke\s+out|began|started|erupted|flared)\b|"
    r"since\s+the\s+(?:[\w-]+\s+)?(?:coup|putsch|takeover|uprising|revolution|invasion|insurgency|crackdown)\b|"
    r"since\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce)\b|"  # "killing 330 people since the ceasefire"
    r"since\s+(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|turn|outbreak|onset|launch|first\s+(?:week|days?))\s+of\b|"
    r"since\s+last\s+(?:month|year|spring|summer|autumn|fall|winter)\b|"
    r"\b(?:days|weeks|months)\s+(?:before\s+(?:that|then)|earlier)\s*,|"
    r"since\s+(?:mid-?|early\s+|late\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)(?!\w)|\b(?:in|over|within|during)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:weeks|months|years)\b|so\s+far\s+(?:this|in)\b|"
    r"\blatest\s+(?:deaths|killings|fatalities|victims)\s+(?:brought|bring|brings|took|take|takes|raised|raise|raises|pushed|push|pushes)\b|"
    # "With Wednesday's deaths, at least 27 have been killed since Saturday": this event's dead summed into a tally
    r"^\W*with\s+(?:the\s+|these\s+|this\s+|(?:\w+day|today|yesterday)['’]s\s+)?(?:latest\s+|new\s+)?(?:deaths|killings|fatalities|victims|dead)\s*,|"
    # "carried out 48 operations against IS cells in October, killing 23": many operations' tally
    r"\b(?:carried\s+out|conducted|launched|mounted|staged|executed)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+|about\s+|nearly\s+)?"
    r"(?:\d[\d,]*|dozens\s+of|scores\s+of|hundreds\s+of|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\w-]*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:operations|raids|air\s*strikes|airstrikes|strikes|missions|sorties|attacks|ambushes)\b|"
    # "killed in sectarian violence around Damascus since Tuesday": an area's tally over days, not one event's
    r"\b(?:around|across|throughout)\s+(?:(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?|the\s+(?:[\w-]+\s+)?(?:region|province|country|capital|"
    r"state|city|north|south|east|west|area|governorate|district|territory))\s+since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    # "In all, 62 people were killed in Israeli attacks across the territory on Monday": a day's
    # tally of many attacks over a land, summed up, not one event's toll
    r"^\W*(?:in\s+all|in\s+total|altogether|overall|all\s+told)\s*,[^.;]*?\b(?:attacks|strikes|air\s*strikes|airstrikes|raids|bombardments|bombings|assaults)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:across|throughout)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]+)|(?:[\w-]+\s+)?(?:territory|strip|enclave|country|region|province|governorate|state|north|south|east|west))\b|"
    # "Across the Gaza Strip, at least 66 people were killed on Thursday": a land's tally fronted, not one
    # event's (not a span of time: "Throughout the night, ...")
    r"^\W*(?:across|throughout)\s+(?:the\s+)?(?!(?:[\w'’-]+\s+){0,2}?(?:day|night|morning|afternoon|evening|week|weekend|hours|period|siege|"
    r"operation|attack|assault|raid|battle|fighting|clashes|protests?|march|incident|city|capital|town|village|camp|neighbou?rhood|border|frontier|river|front\s*line|street|road)\b)(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,|^\W*nationwide\s*,|"
    # "neutralised 58 militants in northern Iraq and Syria since Wednesday": two lands' tally over days
    r"\bin\s+(?:(?:northern|southern|eastern|western|north|south|east|west|central)\s+)?(?-i:[A-Z][\w'’-]+)\s+and\s+(?:(?:northern|southern|eastern|western|central)\s+)?"
    r"(?-i:[A-Z][\w'’-]+)\s+since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.I,
)
_ZERO = re.compile(
    r"\b(?:no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:(?:[\w'’-]+\s+){1,2}?or\s+)?(?:human\s+)?(?P<w1>casualties|deaths|fatalities|injuries|losses)|no[\s-]?(?P<w5>one\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:(?:immediately\s+)?reported\s+(?:to\s+have\s+been\s+)?)?(?:(?:seriously|badly|critically|severely|gravely)\s+)?(?:killed|hurt|injured|wounded)(?:\s+or\s+(?:killed|hurt|injured|wounded))?|died))|"
    r"nobody\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|have\s+been\s+|got\s+)?(?:(?:immediately\s+)?reported\s+(?:to\s+have\s+been\s+)?)?(?P<w2>(?:(?:seriously|badly|critically|severely|gravely)\s+)?(?:killed|hurt|injured|wounded)(?:\s+or\s+(?:killed|hurt|injured|wounded))?|died)|without\s+(?:causing\s+)?(?P<w3>casualties|injuries)|"
    r"(?:there\s+were\s+|caused\s+|causing\s+|resulting\s+in\s+)no\s+(?P<w4>casualties|deaths|injuries)|"
    # "handed over the town without a shot being fired": nobody died
    r"without\s+(?P<w6>(?:a\s+(?:single\s+)?shot\s+(?:being\s+|having\s+been\s+)?fired|firing\s+a\s+(?:single\s+)?shot))|"
    # "no Americans or Iraqis had been harmed": the targeted nation's people, none hurt
    r"no\s+(?-i:[A-Z][a-z]+(?:ans|is|ese|ish))(?:\s*,?\s+(?:or|and)\s+(?-i:[A-Z][a-z]+(?:ans|is|ese|ish)))?\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?P<w7>(?:killed|harmed|hurt|injured|wounded)(?:\s+or\s+(?:killed|harmed|hurt|injured|wounded))?)|"
    # "none of its soldiers were killed": that side lost no one
    r"none\s+of\s+(?:its|their|our|his|the)\s+(?:own\s+)?(?:[\w'’-]+\s+)?(?:soldiers|troops|men|forces|personnel|fighters|officers|members)\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?P<w8>killed|harmed|hurt|injured|wounded)|"
    # "All staff in the convoy, whose cars flew flags, were \"safe and unharmed\"", "everyone on board escaped unhurt":
    # the whole party came out whole (not "all the others escaped unhurt": the rest of a toll)
    r"\b(?:all|everyone|everybody)\b(?![^.;]{0,40}?\b(?:other|others|rest|remaining)\b)[^.;]{0,120}?\b(?:were|was|are|is|escaped|emerged|remained|came\s+out)\s+"
    r"[\"“]?(?:safe\s+and\s+)?(?P<w9>unharmed|unhurt|unscathed|uninjured)\b)",
    re.I,
)
_CIVILIAN = re.compile(
    r"\b(?:civilians?|children|child|kids|women|woman|residents|villagers|worshippers|students|pupils|patients|"
    r"farmers?|fishermen|passengers|families|family|journalists?|medics|paramedics|aid\s+workers?|refugees|"
    r"displaced|shoppers|teachers?|doctors?|nurses?|infants?|babies|girls?|boys?|elderly|minors|men\s+and\s+women|"
    r"humanitarian|rescuers|volunteers|pedestrians|diners|guests|mourners|wedding|market-goers|bystanders|"
    # people by their trade or office, whom ACLED codes as civilians ("a prominent anti-government
    # activist", "a television reporter and his cameraman", "a deputy labour minister")
    r"activists?|reporters?|cameram[ae]n|photographers?|photojournalists?|lawyers?|judges?|lawmakers?|legislators?|"
    r"politicians?|senators?|candidates?|clerics?|imams?|priests?|pastors?|nuns?|monks?|"
    r"(?:aid|health|humanitarian|construction|factory|oil|mine)\s+workers?|engineers?|employees?|"
    r"traders?|merchants?|businessm[ae]n|businesswom[ae]n|shopkeepers?|vendors?|commentators?|academics?|professors?|"
    r"lecturers?|scientists?|ministers?|mayors?|drivers?|editors?|bloggers?|writers?|poets?|artists?|singers?|musicians?)\b",
    re.I,
)
_OF_THEM = re.compile(r"^\s*(?:of\s+(?:them|whom|those)|among\s+them)\s+(?:were\s+|being\s+)?(?P<who>[\w'’\-]+(?:\s+[\w'’\-]+)?)?", re.I)
# "24 people, nine of them children,": the gap between a toll and a share set after it
_APPOSED_SHARE_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*")
# "At least four people, two of them civilians caught in crossfire, were killed": the share's own
# words, up to the comma that closes it, stand between it and the outcome of the whole
_APPOSED_SHARE = re.compile(r"\s+(?:of\s+(?:them|whom)|among\s+them)\s+(?P<who>[^,;.:()\d]{1,80}?)\s*,", re.I)
_LOST_BEFORE = re.compile(r"\b(?:lost|losing|loses|lose)\s+$", re.I)
_LOST_WHO = re.compile(r"\s+(?P<who>(?:of\s+(?:its|their|his|our)\s+(?:own\s+)?)?(?:[\w'’-]+\s+){0,2}?"
                       r"(?:fighters|men|soldiers|troops|members|comrades|personnel|officers|militants|combatants|policemen|elements|"
                       r"servicemen|guards|gunmen|rebels|jihadists)\b)", re.I)
# "the enemy lost up to 315 servicemen, two tanks and four armoured vehicles over the past 24
# hours": a daily losses briefing (dead and wounded together, equipment beside them), not a toll
_LOSSES_REPORT = re.compile(r"\b(?:tanks?|armou?red|howitzers?|artillery\s+pieces|pickups?|pick-up\s+trucks|depots?)\b|"
                            r"\b(?:past|last)\s+(?:24\s+hours|day)\b|\bservicemen\b", re.I)
_OUTCOME_WORD = re.compile(
    r"kill|dead|die[ds]|death|fatal|perish|slain|lives|massacr|execut|murder|shot|martyr|behead|decapitat|assassinat|lynch|wound|injur|hurt|abduct|kidnap|"
    r"hostage|arrest|detain|missing|displac|bodies|casualt|victim|neutrali|buried|laid\s+to\s+rest|treat|hospital|lives|medical\s+(?:help|assist|cent|facilit|points)|health\s+cent|(?:supreme|ultimate)\s+price", re.I)
# "18 of the dead were women", "six of the wounded": a share of a figure already given, not a new one
_OF_THE_VICTIMS = re.compile(r"^\s+of\s+(?:the|those|these)\s+(?:\w+\s+)?(?:dead|killed|wounded|injured|victims|casualties|bodies|deceased|fatalities|deaths)\b", re.I)
# deaths among those who attacked ("three attackers were shot dead", "of the assailants, one blew
# himself up"): ACLED counts them in the event's fatalities, on top of the victims
_PERPETRATOR_WORDS = (r"attackers?|assailants?|gunm[ae]n|bombers?|suicide\s+bombers?|raiders|kidnappers|insurgents|militants|"
                      r"militiamen|jihadists|terrorists|infiltrators|hijackers|perpetrators|bandits")
_PERPETRATOR_WHO = re.compile(rf"\b(?:{_PERPETRATOR_WORDS})\b", re.I)
# "it said seven of its own fighters had been killed": an armed group's own dead (an army's "soldiers" are not)
_OWN_FIGHTERS = re.compile(r"(?:of\s+)?(?:its|their)\s+own\s+(?:fighters|men|members|militants|combatants|mujahideen)\b", re.I)
# "three soldiers and militiamen died": a state's men named with others are the side hit (or both sides), not the attackers
_STATE_PAIR_WHO = re.compile(r"\b(?:soldiers|troops|police(?:men)?|gendarmes|servicemen)\s+and\s+|\s+and\s+(?:[\w'’-]+\s+)?(?:soldiers|troops|police(?:men)?|gendarmes|servicemen)\b", re.I)
_PERPETRATOR_BEFORE = re.compile(rf"\b(?:of|among)\s+the\s+(?:\w+\s+)?(?:{_PERPETRATOR_WORDS})\b[^.;]{{0,60}}$", re.I)
_SELF_KILLED = re.compile(r"^\s+(?:(?:then|later|also)\s+)?(?:blew\s+(?:himself|herself|themselves)\s+up|detonated\s+(?:his|her|their)\s+(?:explosive|suicide)|killed\s+(?:himself|themselves))", re.I)
# the rest of a party's name before the next figure: "six from the Syrian National| Army (SNA) and |three"
_NAME_TAIL_AND = re.compile(r"(?:\s*[A-Z][\w'’\-]*){0,4}\s*(?:\([^)]{1,12}\))?\s*,?\s*and\s+")
_WAR_HAS_KILLED = re.compile(r"\b(?:the\s+)?(?:violence|fighting|war|conflict|insurgency|unrest|hostilities|exchanges?\s+of\s+fire|clashes|offensive|campaign)\s+"
                             r"(?:has|have|had)\s+(?:now\s+|so\s+far\s+|since\s+|already\s+)?(?:killed|left)\b", re.I)
# "the death toll from the Israeli offensive in Gaza has risen to 24,762": a war's tally
_WAR_TOLL = re.compile(r"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:war|invasion|conflict|insurgency|offensive|campaign)\b", re.I)
# "at least 76 people have been killed in the crackdown on the protests": a running tally
_KILLED_IN_CAMPAIGN = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?been\s+killed\s+(?:\w+\s+){0,3}?in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                 r"(?:crackdown|protests|unrest|war|conflict|insurgency|uprising|violence)\b|"
                                 # "hundreds have been killed in the fighting": the war's, not "in fighting with the rebels near Goma"
                                 r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?been\s+killed\s+in\s+the\s+(?:[\w-]+\s+)?(?:fighting|offensive|campaign)\b(?!\s+(?:with|near|in|at|around|on)\b)|"
                                 # "dozens of their fighters have been killed in those raids": a series of strikes, not this one
                                 r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?been\s+killed\s+in\s+(?:those|these|such|(?:the\s+)?(?:previous|earlier|past|recent))\s+"
                                 r"(?:[\w-]+\s+)?(?:raids|strikes|air\s*strikes|attacks|bombings|ambushes|operations|clashes)\b", re.I)
# "the groups continue to target the villages ..., claiming the lives of a number of civilians":
# what keeps happening, not this event's toll
_HABITUAL = re.compile(r"\b(?:continues?|continued)\s+to\s+\w+", re.I)
_RECENT_SPAN = re.compile(r"\bsince\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b|"
                          r"\b(?:in|over)\s+the\s+(?:past|last)\s+(?:two|three|four|five|six|\d)\s+days\b|\bthis\s+week\b", re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:killed|died|wounded|injured)\b", re.I)
_SPEAKS_AFTER = re.compile(r"(?:\s+(?:and\s+)?(?:an?\s+)?[\w-]+){0,5}?\s+(?:told|said|says|tells|recalled|who\s+(?:spoke|asked|declined|helped|witnessed|saw))\b", re.I)
# "one activist network estimated that...", "one witness told AFP": "one" describes a voice, no toll
_ONE_SPEAKER = re.compile(r"(?:\s+(?!(?:killed|dead|died|wounded|injured|hurt|was|were|and|of)\b)[\w'’-]+){1,4}?\s+"
                          r"(?:estimated|estimates|said|says|told|tells|reported|claimed|counted|believes|believed|added|wrote|tallied)\b", re.I)
# "the interior minister reported nine people killed": the title gives the figure
_REPORTS_AFTER = re.compile(r"\s+(?:reported|announced|confirmed|stated|wrote|added|put)\b(?!\s+(?:killed|dead|missing|wounded|injured|hurt)\b)", re.I)
_LONE_ATTACKER_DIED = re.compile(r"\bthe\s+(?:suicide\s+|lone\s+)?(?:bomber|attacker|assailant|gunman)\s+(?:was\s+(?:also\s+)?(?:killed|shot\s+dead)|(?:also\s+)?died|blew\s+(?:himself|herself)\s+up)\b", re.I)
# "A gunman opened fire at a bus stop, killing six people before he was shot dead by soldiers", "an
# assailant stabbed three worshippers and was himself killed by guards": the lone attacker died too
_LONE_ATTACKER_HE = re.compile(r"^\W*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:gunman|attacker|assailant|bomber|knifeman)\b[^.;]*?"
                               r"\b(?:before|until|when|after|and)\s+(?P<died>(?:(?:(?:he|she)\s+)?was|(?<!\band\s)being)\s+(?:himself\s+|herself\s+|later\s+|also\s+)?"
                               r"(?:shot\s+dead|killed|neutrali[sz]ed|gunned\s+down))\b", re.I)
# "He was killed with at least two of his bodyguards", "the commander died along with three other
# fighters", "Omar was killed on Tuesday together with two other commanders": the one named and the
# figure after, together (one rule, read after the loop on a figure nothing else has read)
_KILLED_WITH_BEFORE = re.compile(r"\b(?:(?:was|had\s+been|has\s+been)\s+(?:(?:also|reportedly)\s+)?(?P<o>killed|shot\s+dead|wounded|injured)|died|killed|shot\s+dead|executed)\b"
                                 r"(?:\s+(?:along\s+|together\s+)?with|[^.;,\d]{0,60}?\b(?:along|together)\s+with)\s+$", re.I)
_WITH_HIS_AFTER = re.compile(r"\s+(?:of\s+(?:his|her)\s+[\w'’-]+|other\s+[\w'’-]+|others)\b", re.I)
# "Both attackers, ..., were shot dead": two dead among the attackers
_BOTH_ATTACKERS_DIED = re.compile(r"\bboth\s+(?:of\s+the\s+)?(?:attackers|assailants|gunmen|bombers|suicide\s+bombers|militants)\b"
                                  r"(?:\s*,[^,;.]{1,80},)?\s+(?:were\s+(?:also\s+)?(?:killed|shot\s+dead|neutrali[sz]ed)|(?:also\s+)?died|blew\s+themselves\s+up)\b", re.I)
_NOT_INCLUDING_ATTACKERS = re.compile(
    r"\b(?:(?:does|did|do)\s+not\s+includ\w*|not\s+including|not\s+counting|without\s+counting|excluding|exclud(?:es|ed)|in\s+addition\s+to|besides|apart\s+from|on\s+top\s+of)\s+the\s+"
    r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:suicide\s+)?(?:attacker|bomber|assailant|gunm[ae]n|militant)(?P<plural>s)?\b", re.I)
# "killed military correspondent Vladlen Tatarsky", "assassinated senior Hamas commander Saleh al-Arouri": a
# role set before the name, without an article, is one person (a role in the plural is not)
_ROLE_NAMED_KILLED = re.compile(
    r"\b(?:killed|shot\s+dead|assassinated|executed|murdered|beheaded)\s+(?:(?-i:[a-z][\w'’-]*|[A-Z][\w'’-]*)\s+){0,3}?"
    r"(?-i:leader|commander|chief|head|founder|spokes(?:man|woman|person)|mayor|governor|emir|imam|cleric|priest|pastor|journalist|"
    r"correspondent|reporter|blogger|photographer|cameraman|activist|officer|general|colonel|critic|official|politician|lawmaker|"
    r"senator|deputy|judge|prosecutor|businessman|chieftain|commissioner)\s+(?P<n>" + r"(?-i:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?(?:\s+(?:(?:al|el|bin|ibn|de|van|von|abu)[\s-]+)?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?){1,3})" + r")")
# "in retaliation for the strike that killed commander X last week": the killing that set this event off
_EARLIER_KILLING = re.compile(r"\b(?:retaliation|revenge|response|reprisal)\s+(?:for|to)\b|\bavenge", re.I)
_EARLIER_WHEN = re.compile(r"[^.;,]{0,30}?\b(?:last|previous)\s+(?:week|month|year)|[^.;,]{0,30}?\b(?:days|weeks|months|years)\s+(?:ago|earlier)", re.I)


def _role_named_killed(sentence: str) -> re.Match[str] | None:
    m = _ROLE_NAMED_KILLED.search(sentence)
    if m is None or _EARLIER_KILLING.search(sentence, 0, m.start()) or _EARLIER_WHEN.match(sentence, m.end()):
        return None
    return m


# one person named as the dead: the killing verb, a name of two or more words and a role set after it
# ("a name and an age, then the death" is held back since round 15b: tests/pipeline/test_event_tolls.py)
_NAME = r"(?-i:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?(?:\s+(?:(?:al|el|bin|ibn|de|van|von|abu)[\s-]+)?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?){1,3})"
_NAMED_KILLED = re.compile(
    r"\b(?:killed|shot\s+dead|assassinated|executed|murdered|beheaded)\s+(?P<n>" + _NAME + r")\s*,\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:leader|commander|chief|head|founder|co-founder|spokes(?:man|woman|person)|member|mayor|governor|emir|imam|cleric|priest|"
    r"journalist|activist|officer|general|colonel|critic|figure|official|politician|lawmaker|senator|deputy|militant|fighter|"
    r"daughter|son|wife|husband|brother|sister|father|mother|widow|nephew|niece)\b")
# one person named as the subject of the death ("Reuters videographer Issam Abdallah was killed"), or a name and a kin
# named with it ("Oleksiy Vadatursky and his wife Raisa were killed": two)
_NAME_WAS_KILLED = re.compile(
    r"(?<![\w'’-])(?P<n>" + _NAME + r")(?P<app>\s*,\s*(?:a|an|the|(?-i:[a-z])[\w-]*)\b[^,;:.]{0,120},)?"
    r"(?P<kin>\s+and\s+(?:his|her)\s+(?:wife|husband|son|daughter|brother|sister|father|mother|child|driver|bodyguard)"
    r"(?:\s+(?-i:[A-Z][a-z'’-]+))?)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:also|reportedly|later|shot\s+and)\s+)?"
    r"(?:killed|shot\s+dead|assassinated|murdered|executed|beheaded)\b|"
    # "Gilles Cistac died in hospital on Tuesday after being shot", "Nizar Banat, 43, died on Thursday after security
    # forces raided the house": one named person's death, told with the violence that caused it
    r"(?<![\w'’-])(?P<d>" + _NAME + r")(?:\s*,\s*\d{1,2}\s*,)?\s+(?:later\s+)?died\b(?=[^.;]{0,60}?\b(?:after\s+(?:being\s+)?(?:shot|stabbed|attacked|"
    r"beaten|tortured|hit|wounded)|of\s+(?:his|her)\s+(?:wounds|injuries|gunshot)|after\s+(?:[\w'’-]+\s+){1,5}?(?:raided|attacked|stormed|shot|beat|stabbed|opened\s+fire)))")
# one person named as found dead, an apposition allowed ("Jean-Jacques Ola Bebe, a commentator who had spoken on
# air about the murder, was found dead"): a killing where the body's wounds are told (find_tolls' ``wounds_told``)
_NAME_FOUND_DEAD = re.compile(
    r"(?<![\w'’-])(?P<n>" + _NAME + r")(?:\s*,\s*(?:a|an|the|\d{1,2}|(?-i:[a-z])[\w-]*)\b[^,;:.]{0,160},)?\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:later|reportedly)\s+)?found\s+dead\b")
# the wounds of a body found: what makes a death found a killing
WOUNDS = re.compile(r"\b(?:(?:gunshot|bullet|stab|knife|machete)\s+wounds?|bullet-riddled|riddled\s+with\s+bullets|(?:signs|marks)\s+of\s+"
                    r"(?:torture|violence|strangulation)|shot\s+(?:in|through)\s+the\s+(?:head|chest|back|neck)|hands\s+(?:were\s+)?tied)\b", re.I)
# ... and one person named as the wounded, an apposition allowed ("Zakhar Prilepin, a nationalist writer, was wounded",
# "the party's secretary-general, Manuel Bissopo, was seriously wounded")
_NAME_WAS_HURT = re.compile(
    r"(?<![\w'’-])(?P<n>" + _NAME + r")(?:\s*,\s*(?:a|an|the|\d{1,2})\b[^,;:.]{0,120},)?\s*,?\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:also|reportedly|later|seriously|critically|badly|severely|lightly|slightly|gravely)\s+)?(?:wounded|injured|hurt)\b")
# one person as the object, named after a comma ("killing the cleric, Isaac Achi") or by an office ("has killed the
# deputy leader of the Islamic State group")
_THE_ONE_NAMED = re.compile(
    r"\b(?:killing|killed|shot\s+dead|shooting\s+dead|assassinated|assassinating|murdered|murdering)\s+(?P<n>the\s+(?:[\w-]+\s+){0,2}?" + _ONE_PERSON +
    r")\s*,\s*(?-i:[A-Z][a-z'’]+\s+[A-Z][a-z'’]+)|"
    r"\b(?:killing|killed|assassinated|assassinating)\s+(?P<o>the\s+(?:(?:deputy|top|senior|second-in-command|most\s+senior)\s+)?(?:leader|commander|chief|head|founder))\s+of\s+(?:the\s+)?(?-i:[A-Z])",
    re.I)
# no one named alone: a place ("a couple from the Belgorod Region was killed") or the second of two names ("X and
# camera operator Y had been hurt")
_NO_ONE_NAMED_BEFORE = re.compile(r"\b(?:from|in|of|at|near|to)\s+(?:the\s+)?$|\band\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_WORD_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                **{str(i): i for i in range(1, 100)}}
_NOUN_AND = re.compile(r"\s+(?P<who>[\w'’-]+(?:\s+(?!(?:in|on|at|near|of|from|were|was|had|have|has|and|or|who|which|that)\b)[\w'’-]+){0,2})(?P<tail>\s*,?\s+and\s+(?:all\s+|the\s+|another\s+|(?:his|her|their)\s+)?)", re.I)
# the dead at the scene, then those who died after: two groups of one toll, added up
_SCENE_AND = re.compile(r"[^.;\d]{0,40}?\b(?:at\s+the\s+scene|on\s+the\s+spot|instantly|immediately|on\s+site)\s*,?\s+(?:and|while|with)\s+$", re.I)
_DIED_LATER = re.compile(r"\s+(?:(?:more|others|other\s+[\w'’-]+|people|victims)\s+)?(?:(?:had|have)\s+)?(?:later|subsequently|since|then)\s+(?:died|succumbed)\b"
                         r"|\s+(?:(?:more|others|other\s+[\w'’-]+|people)\s+)?died\s+(?:later|in\s+hospital|of\s+(?:their|his|her)\s+(?:wounds|injuries)|on\s+the\s+way)\b", re.I)
_NOUN_COMMA = re.compile(r"\s+(?P<who>[\w'’-]+(?:\s+(?!(?:in|on|at|near|of|from|were|was|had|have|has|and|or|who|which|that)\b)[\w'’-]+){0,2})(?P<tail>\s*,\s*)", re.I)
_ALONG_WITH_BEFORE = re.compile(r"\b(?:along|together)\s+with\s+$|\bas\s+well\s+as\s+$", re.I)
_OTHERS_AFTER = re.compile(r"\s+((?:other\s+(?:[\w-]+\s+)?)?(?:people|persons|others|civilians|members|fighters|soldiers|guards|bodyguards|companions|passengers|relatives|"
                           r"commanders|leaders|officers|officials|militants|insurgents))\b", re.I)
_OF_HIS_AFTER = re.compile(r"\s+(of\s+(?:his|her|their|its)\s+[\w-]+)", re.I)
# "a woman and her daughter were killed": two people, told as one and a relative
# ("a television reporter and his cameraman", "a lawyer and his bodyguard": one more, kin or not)
_AND_RELATIVE = re.compile(r"\band\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:grandson\b|granddaughter\b|" + _ONE_PERSON + ")", re.I)
# "The spokesman and two of his bodyguards were wounded": one more before the figure
_THE_ONE_AND = re.compile(r"(?:^|[.;:\"“]\s*)the\s+(?:spokes(?:man|woman|person)|governor|mayor|commander|driver|pilot|minister|journalist|"
                          r"photographer|imam|chief|officer|soldier|doctor|nurse|guard|teacher|(?:suicide\s+)?(?:bomber|attacker|assailant|gunman))\s+and\s+$", re.I)
_ACCUSED_OF = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|been)\s+(?:\w+\s+)?accused\s+of\s+(?:killing|massacring|murdering)\s*$", re.I)
# "... and another (was) seriously injured", "killed a man and wounded another": one more person
_ANOTHER_ONE = re.compile(r"\b(?:and|while|with)\s+(another)\s+(?=(?:(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?|(?:(?:seriously|critically|badly|severely|gravely|lightly|slightly|also)\s+)?)"
                          r"(?:killed|injured|wounded|hurt|martyred)\b)|"
                          r"\b(?:killed|wounded|injured|hurt|killing|wounding|injuring)\s+(another)(?=\s*(?:[,.;]|$|\s+(?:in|on|at|near|when|as|during|while|and|before|after)\b))", re.I)
# "no losses were recorded among the government troops": a zero of one side only
_ONE_SIDE_AFTER = re.compile(r"\s+of\s+(?:its|their|our|his|her)\s+own\b|(?:\s+(?:were|was|have\s+been|had\s+been)(?:\s+\w+)?)?\s+(?:among|in\s+the\s+ranks\s+of|on\s+the\s+side\s+of)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|army|fighters|police(?:men)?|ranks|personnel|militants|attackers|insurgents)\b", re.I)
_WOUNDED_DIED = re.compile(r"\s+(?:people|persons|civilians|soldiers|men|women|children|victims)?\s*(?:later\s+|also\s+|subsequently\s+)?(?:died|succumbed)\b", re.I)
_WITH_WOUNDS = re.compile(r"\s+(?P<who>(?:[\w'’-]+\s+){0,2}?)with\s+(?:[\w'’-]+\s+){0,4}?(?:wounds|injuries|burns)\b", re.I)
_AGE_AFTER = re.compile(r"-?\s*years?-old\b", re.I)
# "three were killed at the scene and a fourth died of his wounds": the ordinal tells the whole toll
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_DIED = re.compile(
    r"\b(?:a|the)\s+(?P<n>" + "|".join(_ORDINALS) + r")\s+(?:(?:person|man|woman|victim|soldier|civilian|protester|child|one)\s+)?"
    r"(?:(?:had|has)\s+)?(?:(?:later|also|subsequently|then|since)\s+)?(?:died|succumbed|(?:was|had\s+been|has\s+been)\s+(?:also\s+|later\s+)?(?:killed|shot\s+dead))\b", re.I)
# one figure for several outcomes at once ("killed, wounded or captured", "killing or wounding"):
# like "casualties", a count of none of them
_MIXED_OUTCOMES = r"(?:killed|dead|died|wounded|injured|hurt|captured|abducted|kidnapped|arrested|detained|missing|taken\s+prisoner)"
_MIXED_AFTER = re.compile(rf"(?:\s*,\s*{_MIXED_OUTCOMES})*\s*,?\s+(?:or|and/or|and)\s+(?:(?:were|was|been)\s+)?{_MIXED_OUTCOMES}\b", re.I)
_MIXED_BEFORE = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured|capturing|captured)\s*,?\s+(?:or|and/or|and)\s+$", re.I)
# "X was among the three militants killed", "one of the 12 people who died": the figure is a
# toll already told, named again around one of its dead
_AMONG_THE_BEFORE = re.compile(r"\b(?:(?:was|were|is|are)\s+(?:also\s+|reportedly\s+)?among|(?:was|is)\s+(?:also\s+)?one\s+of)\s+(?:the|those)\s+$", re.I)
# two clauses of one outcome joined by "and": "a policeman was martyred and three gunmen were killed"
_CLAUSE_AND = re.compile(r"\s*(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:(?:also|reportedly|(?-i:[a-z]{2,}ly))\s+)?"
                         r"(?:killed|martyred|died|shot\s+dead|wounded|injured|hurt|abducted|kidnapped)\s*,?\s+and\s+$", re.I)
# "medics treated 14 people for shrapnel wounds", "crews treated 27 people at the scene": the wounded
_TREATED_BEFORE = re.compile(r"\b(?:treated|treating|treats)\s+$", re.I)
_TREATED_AFTER = re.compile(
    r"\s+(?P<who>(?:(?:other\s+)?[\w'’-]+\s+){0,2}?)(?:" + _FOR_WOUNDS + r"|"
    r"at\s+the\s+scene|(?:in|at)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?))\b"
    # "its teams treated 25 people, including 10 hit by live bullets": the count ends the clause
    # (not "treated 30 people for smoke inhalation")
    r"|\s+(?P<who2>(?:other\s+)?(?:people|persons|others|civilians|patients|protesters|demonstrators|residents|victims|casualties|children|soldiers|men|women))"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:after|following|on|overnight|during|and|since)\b)"
    r"(?![^.;]{0,100}?\b(?:shock|smoke|tear\s*gas|inhalation|trauma|panic|suffocation|asphyxia|exhaustion|heat|dehydration)\b)", re.I)
# the first word of an outcome that says killed: "shot dead", "lost their lives", "paid the ultimate
# price", "victims"
_SAID_KILLED = ("shot", "lost", "paid", "victims")
# "killed 22 displaced people": who they were, not an outcome
_DISPLACED_WHO = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:people|persons|civilians|families|residents|villagers|women|children|men|refugees)\b", re.I)
_GROUP_NOUN = re.compile(r"\b(?:couple|family|group|household|pair|crowd|convoy|unit|team|patrol|delegation|band|gang|cell)\b", re.I)
_HOSPITAL_OUT = re.compile(r"(?:needed|needing|required|requiring|sought|seeking|taken|rushed|admitted|evacuated|brought|sent)\s|to\s|in\s", re.I)
# '"at least 55" had been found', after the bodies were named: the dead, counted as they were found
_FOUND_AFTER = re.compile(r"^[\s\"”’']*(?:(?:had|have|has)\s+been|were|was)\s+(?:(?:later|also|so\s+far|since)\s+)?"
                          r"(?:found|recovered|retrieved|discovered|pulled\s+(?:out|from))\b", re.I)
_BODIES_BEFORE = re.compile(r"\b(?:bodies|corpses|remains|the\s+dead)\b", re.I)
_ALIVE = re.compile(r"\b(?:alive|safe|unharmed|survivors?|rescued|freed|released|weapons?|rifles|guns|mines|explosives)\b", re.I)
_SENT_BEFORE = re.compile(r"\b(?:sen[dt]|sends|sending|put|puts|putting|landed|landing)\s+$", re.I)
_SENT_WHO = re.compile(r"\s*(?:(?:other\s+)?(?:people|persons|others|civilians|residents|children|patients|more)|of\s+them)?[\s,]*", re.I)
_LIVES_VERB = re.compile(r"\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ook|aken|aking|akes?))\s+(?:the\s+)?$", re.I)
# "two were killed and a third seriously injured": the ordinal is one more person, hurt
_ORDINAL_HURT = re.compile(
    r"\band\s+(?:a|the)\s+(?:" + "|".join(_ORDINALS) + r"|eleventh)\s+(?:(?:person|man|woman|victim|soldier|civilian|child|one|peacekeeper)\s+)?"
    r"(?:(?:was|had\s+been|has\s+been)\s+)?(?:(?:seriously|critically|badly|severely|gravely|slightly|lightly)\s+)?(?:injured|wounded|hurt)\b", re.I)
# one person named by kin or role after a counted group: "three sisters and their grandmother",
# "six French aid workers, their Nigerien guide and their driver"
_POSSESSED_ONE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:his|her|their)\s+(?:(?-i:[A-Z][\w'’-]+)\s+|young\s+|elderly\s+|local\s+)?"
                            r"(?:grand)?(?:mother|father|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|nephew|niece|"
                            r"child|baby|guide|driver|interpreter|translator|bodyguard|escort|teacher|commander|leader|pilot|cameraman|"
                            r"photographer|fixer|host|chief|imam|priest|pastor)\b(?!\s*(?:'s|’s|,\s*(?:who|aged)\b))", re.I)
_POSSESSED_ONES = re.compile(r"\s+(?:(?!(?:and|or|in|on|at|near|of|from|were|was|had|have|has|who)\b)[\w'’-]+\s+){0,3}?"
                             r"(?!(?:and|or|in|on|at|near|of|from|were|was|had|have|has|who)\b)[\w'’-]+"
                             r"(?P<items>(?:" + _POSSESSED_ONE.pattern + r")+)", re.I)
_COORD = re.compile(r"^\W*(?:and|as\s+well\s+as|plus|along\s+with|,)\W*$", re.I)
# '... and four members of the CJTF," a security official said': a quote closed, the speaker follows
_QUOTE_CLOSED = re.compile(r"\s*[,.!?]?\s*[\"”]\s*")
# "killed a father and his four children": the kin after the one are more dead
_AND_KIN = re.compile(r"\s*,?\s*(?:and|along\s+with|together\s+with|as\s+well\s+as)\s+(?:his|her|their)\s+", re.I)
# "The dead included ...", "Among the victims were ...": a list of the dead with no total before it
# (opening the sentence: "X said the dead included 46 Druze fighters, 18 Bedouin fighters" breaks
# down a toll told before, and its sides are left to the actors' reader)
_DEAD_LISTED = re.compile(r"^\W*(?:(?:the|those|people)\s+(?:dead|killed|victims|fatalities|deceased)|those\s+who\s+(?:died|were\s+killed))\s+"
                          r"(?:(?:in|at|on|near|during)\s+[^,.;:\d]{1,40}?\s+)?"
                          r"(?:included|include|includes|were|are|comprised)\s+$|"
                          r"^\W*among\s+(?:the\s+)?(?:dead|victims|those\s+killed|killed|fatalities|(?P<hurt>wounded|injured|those\s+(?:hurt|wounded|injured)))"
                          r"(?:\s+(?:in|at|on|near|during)\s+[^,.;:\d]{1,40}?)?\s+(?:were|are)\s+$", re.I)
# "..., and that all five attackers were killed": the attackers' dead, added to the toll, not a share of it
_ATTACKERS_NEXT = re.compile(r"\s*(?:of\s+the\s+)?(?:attackers|assailants|gunmen|militants|bombers?|raiders|insurgents)\b", re.I)
_DEAD_INCLUDED_BEFORE = re.compile(r"\b(?:said|says|added|adding|saying|told\s+\w+)\s+(?:that\s+)?(?:the|those)\s+(?:dead|killed|victims|fatalities|deceased)\s+(?:included|include|includes)\b", re.I)
# "30 bodies in Bule and another 12 in Drodro": no verb, clause or other figure between the two
_AND_ANOTHER = re.compile(r"[^.;,:\d\"“”]{0,90}?,?\s+(?:and|plus)\s+(?:(?:another|a\s+further|an\s+additional|some|at\s+least)\s+)?", re.I)
_ANOTHER_WORD = re.compile(r"\b(?:another|further|additional)\s+$", re.I)
_MORE_AFTER = re.compile(r"\s+(?:more|others?|other\s+[\w'’-]+|additional\s+[\w'’-]+)\b", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:in|at|near|inside|outside)\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring|village|town|city|district|camp)\s+(?:of\s+)?)*(?-i:[A-Z])", re.I)
# "..., while the government said 18": another voice's figure, bare
_VOICE_SAID = re.compile(r"\b(?:said|says|reported|counted|recorded|estimated|gave|cited|put\s+(?:it|the\s+(?:figure|number))\s+at)\s+(?:it\s+was\s+)?$", re.I)
_OTHER_WHO = re.compile(r"other\s+[\w'’-]+", re.I)
# "adding that its troops had killed 12 fighters": the other side's dead, told by a side that lost its own
# the speaking side's own forces: "its troops", "their fighters", "our own jets"
_OWN_FORCE = r"(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+)?"
_FORCE_NOUNS = "troops|forces|soldiers|fighters|men|units|jets|aircraft|warplanes|drones"
_OWN_FORCES_KILLED = re.compile(r"\b(?:" + _OWN_FORCE + "(?:" + _FORCE_NOUNS + r")|it|they|we)\s+"
                                r"(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:killed|neutrali[sz]ed|shot\s+dead)\s+$", re.I)
# a voice telling the dead its own side made ("the ministry said its forces had killed 30", "the
# rebels claimed to have killed 80 soldiers", '"We killed 200 terrorists," a spokesman said'): a
# party's claim, whatever the voice's kind ("its", "we" and the claim's speaker are one side)
_TELLS = r"\b(?:said|says|claimed|claims|announced|added|stated|insisted)\s+(?:that\s+)?"
_SPEAKER_SIDE_KILLED = re.compile(
    r"(?:\b" + _OWN_FORCE + "(?:" + _FORCE_NOUNS + "|"
    r"artillery|navy|army|military|militia|mujahideen)|(?:^|[\"“]\s*)we|"
    + _TELLS + r"(?:it|we)|"
    r"(?<!residents\s)(?<!witnesses\s)(?<!villagers\s)(?<!survivors\s)(?<!relatives\s)(?<!locals\s)(?<!elders\s)(?<!sources\s)"
    + _TELLS + r"they)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:killed|neutrali[sz]ed|shot\s+dead|eliminated)\s+[\"“]?$|"
    r"\b(?:claim(?:ed|s|ing)?|sa(?:id|ys)|boast(?:ed|s)?)\s+to\s+have\s+(?:killed|neutrali[sz]ed|eliminated)\s+[\"“]?$", re.I)
# ... told in the passive: "70 soldiers had been killed by their fighters, the jihadists said"
_BY_SPEAKER_SIDE = re.compile(r"[^.;]{0,60}?\b(?:killed|neutrali[sz]ed|eliminated|shot\s+dead)\s+by\s+" + _OWN_FORCE
                              + "(?:" + _FORCE_NOUNS + r"|artillery|mujahideen)\b", re.I)


@dataclass(slots=True)
class RawToll:
    """A toll as read from one sentence, before sources and parties are attached."""

    outcome: str
    count: CountExpr
    start: int  # relative to the sentence
    end: int
    rule: str
    role: str = "total"
    who: str | None = None
    civilian: bool = False
    coordinated: bool = False  # joined to the previous toll by "and" ("three soldiers and two civilians")
    perpetrator: bool = False  # deaths among the attackers, added to the victims' toll


def _clean_who(who: str | None) -> str | None:
    if not who:
        return None
    w = re.sub(r"[\"“”]", "", who).strip(" ,")
    w = re.sub(r"^(?:of|from)\s+", "", w, flags=re.I)
    return w or None



@lru_cache(maxsize=1024)
def _both_sides_after(who: str) -> re.Pattern[str]:
    """``who`` then a second side ("rebels and soldiers") or "on both sides", compiled once per noun
    phrase (a pattern built per figure would crowd out the re module's own cache)."""
    return re.compile(r"\s*" + re.escape(who) + r"(?:\s+and\s+(?!(?:\d|" + "|".join(_COUNT_WORDS) + r")\b)(?:[\w'’-]+\s+){0,2}?"
                      + _SIDE_NOUN + r"|\s+(?:on|from)\s+(?:both|either|each|the\s+two)\s+sides?)\b", re.I)


def find_tolls(sentence: str, counts: list[CountExpr] | None = None, wounds_told: bool = False) -> list[RawToll]:
    """The tolls a sentence tells; ``wounds_told``: the sentence or the next tells a body's wounds
    ("bore gunshot wounds"), so one person named as found dead was killed."""
    counts = find_counts(sentence) if counts is None else list(counts)
    taken = [(c.start, c.end) for c in counts if not _AGE_AFTER.match(sentence, c.end)]
    for m0 in _ANOTHER_ONE.finditer(sentence):
        # "a worker was killed and another was injured": "another" is one more person
        g = 1 if m0.group(1) else 2
        if not any(a < m0.end(g) and m0.start(g) < b for a, b in taken):
            counts.append(CountExpr(m0.start(g), m0.end(g), 1, 1, 1, m0.group(g), "single", value=1))
    asserted = [m for m in _SINGLE_PASSIVE.finditer(sentence) if not _REPORTS_THAT.search(sentence, 0, m.start()) and not (
        m.group("rel") and (_GROUP_NOUN.search(m.group(0), 0, m.start("rel") - m.start())
                            # "Moayad Hameidi, a Jordanian who headed the office, was killed": a name's apposition
                            or re.search(r",\s*$", sentence[max(0, m.start() - 3):m.start()])))]
    # "a senator in the North-West region has been shot dead": the phrase after the noun hides
    # the outcome from the reader below, so the passive's own verb tells it
    # ("a married couple from the region", "a family of five": more than one, left to other rules)
    passive_pp = {m.start(): OUTCOMES.get(m.group(0).split()[-1].lower(), "killed") for m in asserted if (
                  m.group("pp") and not _GROUP_NOUN.search(m.group(0), 0, m.start("pp") - m.start())) or (
                  # "a prominent analyst who advised the government has been shot dead"
                  m.group("rel") and not m.group("pp") and not _GROUP_NOUN.search(m.group(0), 0, m.start("rel") - m.start()))}
    for m1 in [*_SINGLE.finditer(sentence), *_SINGLE_TITLE.finditer(sentence), *asserted]:
        if m1.re is _SINGLE_PASSIVE:
            if any(c.start == m1.start() for c in counts):
                continue  # "a soldier was killed": the same article _SINGLE found
        elif _SPEAKS_AFTER.match(sentence, m1.end()) or _REPORTS_AFTER.match(sentence, m1.end()):
            continue  # "a teacher and a resident told AFP": who speaks, not who died
        if not any(a < m1.end() and m1.start() < b for a, b in taken):
            # the count is the article; a title's words go with it ("the prime minister| of its
            # government, Ahmed al-Rahawi, was killed")
            art = m1.group(0) if m1.re is _SINGLE_TITLE else m1.group(0).split()[0]
            counts.append(CountExpr(m1.start(), m1.start() + len(art), 1, 1, 1, art, "single", value=1))
    for mp in [*_THE_ONE_PASSIVE.finditer(sentence), *_POSSESSED_SINGLE.finditer(sentence)]:
        # (a count inside the leader's group, "the commander of the 3rd brigade", is no other toll's)
        reach = mp.end("owner") if mp.re is _THE_ONE_PASSIVE else mp.end()
        if not any(a < reach and mp.start() < b for a, b in taken) and not any(mp.start() <= c.start < mp.end() for c in counts) and not _REPORTS_THAT.search(sentence, 0, mp.start()):
            # the possessor (or "the" of a leader) and the noun are the one person; the passive's own verb tells the outcome
            passive_pp[mp.start()] = OUTCOMES.get(mp.group("out").split()[-1].lower(), "killed")
            counts.append(CountExpr(mp.start(), mp.end("owner"), 1, 1, 1, mp.group("owner"), "single", value=1))
    for md in _AND_A_DEMONYM.finditer(sentence):
        if any(c.end <= md.start() and c.rule != "single" and c.value and c.value > 1 for c in counts) and not any(
                c.start == md.start("a") for c in counts):
            counts.append(CountExpr(md.start("a"), md.end("a"), 1, 1, 1, md.group("a"), "single", value=1))
    for m_his in [*_HIS_ONE.finditer(sentence), *_HIS_ONE_PASSIVE.finditer(sentence)]:
        if m_his.re is _HIS_ONE_PASSIVE and m_his.group("bare") and not m_his.group("and"):
            continue  # "his driver killed" stands for "was killed" only after "and": "his bodyguard killed the attacker"
        if not any(a < m_his.end() and m_his.start("a") < b for a, b in taken) and not any(
                m_his.start("a") <= c.start < m_his.end() for c in counts) and not _REPORTS_THAT.search(sentence, 0, m_his.start()):
            counts.append(CountExpr(m_his.start("a"), m_his.end("a"), 1, 1, 1, m_his.group("a"), "single", value=1))
    for m_body in _BODY_OF_ONE.finditer(sentence):
        if not any(a < m_body.end("a") and m_body.start("a") < b for a, b in taken) and not any(c.start == m_body.start("a") for c in counts):
            counts.append(CountExpr(m_body.start("a"), m_body.end("a"), 1, 1, 1, m_body.group("a"), "single", value=1))
    counts.sort(key=lambda c: c.start)
    out: list[RawToll] = []
    pending: list[CountExpr] = []
    cumulative = bool(_CUMULATIVE.search(sentence))
    apposed: list[tuple[int, int]] = []  # "The two men, a guard and a driver, were killed": the pair is the two
    for c in counts:
        if any(a <= c.start < b for a, b in apposed):
            continue
        after = sentence[c.end:c.end + 140]
        before = sentence[max(0, c.start - 300):c.start]
        if (_NOT_PEOPLE.match(after) and not (c.rule == "single" and _SINGLE.match(sentence, c.start))) or re.search(r"\bno[\s-]*$", before, re.I):
            continue  # "No one was killed" is a zero, read below
        if _SENTENCED_BEFORE.search(before):
            continue  # "the court sentenced 37 people to death": a verdict, no one killed
        if c.text.lower() == "one" and _ONE_SPEAKER.match(after):
            continue  # "one rights group estimated", "one witness said": who speaks, not who died
        if c.vague and re.match(r"a\s+number\s+of\b", c.text, re.I):
            continue  # "a number of others were injured": no figure (the gold's and ACLED's unknown count)
        if c.value == 1 and re.match(r"\s+(?:family|household)\b", after, re.I) and re.search(r"\b(?:of|from)\s+$", before, re.I):
            continue  # "five members of one family": who they are, not how many
        if c.rule == "exact" and 1900 <= c.value <= 2100 and c.text.isdigit():
            continue  # a year
        if re.search(r"(?:aged|age|ages|(?<!\bdeath\stoll\s)of|under)\s*$", before, re.I) and re.match(r"\s*(?:and|to|-|years|,)", after):
            continue  # ages: "aged 12 and 14"
        outcome = None
        rule = ""
        who = None
        paired = False
        if _OF_THE_VICTIMS.match(after):
            # "18 of the dead were women": a share of the toll; "one of the wounded died" is in
            # the revised toll already
            first_total = next((t for t in reversed(out) if t.role == "total"), None)
            ow = re.match(r"\s+of\s+(?:the|those|these)\s+(?:\w+\s+)??(\w+)", after)
            shared = OUTCOMES.get((ow.group(1) if ow else "").lower(), "killed")
            out.append(RawToll(first_total.outcome if first_total else shared, c, c.start, c.end,
                               "part-of-total:of-the-victims", role="part"))
            continue
        if _SELF_KILLED.match(after):
            out.append(RawToll("killed", c, c.start, c.end, "count-then-outcome:blew-up", perpetrator=True))
            continue
        m = _AFTER_OUTCOME.match(after) if _OUTCOME_WORD.search(after) else None
        if m is None and _CARED_BEFORE.search(before, max(0, len(before) - 40)) and _OUTCOME_WORD.search(after):
            m = _AFTER_OUTCOME_CARED.match(after)
        if m and m.group("reldied") and c.rule == "single":
            m = None  # "a police officer who was taken to hospital later died": one already counted, told again
        if m:
            word = m.group("out").lower().split()[0]
            if word in _SAID_KILLED:
                word = "killed"
            if word == "taken":
                word = "abducted"
            if _HOSPITAL_OUT.match(m.group("out")):
                word = "injured"  # "21 people needed hospital treatment", "sent 23 others to hospital"
                if re.search(r"\b(?:bodies|remains|corpses)\s+of\s*$", before) or (
                        m.group("out").lower().startswith("to") and not (
                            _SENT_BEFORE.search(before) and _SENT_WHO.fullmatch(m.group("who") or ""))):
                    word = ""
            if word == "lives" and not _LIVES_VERB.search(before):
                word = ""  # "saved 31 lives": not a toll; "claimed 31 lives" is
            if word in ("treated", "who", "that", "sustained", "suffered", "receiving", "undergoing", "getting", "hospitalised", "hospitalized"):
                word = "injured"  # "were being treated for their wounds", "66 others who sustained injuries"
            if word in ("wounded", "injured", "injuries") and _WOUNDED_DIED.match(after, m.end()):
                word = "killed"  # "after two wounded people died in hospital": dead, not wounded
            outcome = OUTCOMES.get(word, OUTCOMES.get(word.rstrip("s"), "killed")) if word else None
            if outcome == "missing" and re.search(r"\bbod(?:y|ies)\s+of\s*$", before, re.I):
                outcome = "killed"  # "the bodies of two missing fishermen": the dead, found
            if _MIXED_AFTER.match(after, m.end()):
                outcome = "casualties"  # "hundreds were killed, wounded or captured": no count of any one outcome
            who = m.group("who")
            if m.group("pair") and re.fullmatch(r"\s*(?:people|persons|others|combatants|fighters)\s*", who or "", re.I):
                # "25 people, soldiers and militants, died": the two nouns in apposition are who the count names
                who, paired = f"{who} {m.group('pair')}", True
            if m.group("apposed"):
                apposed.append((c.end + m.start("apposed"), c.end + m.end("apposed")))
            if m.group("dashed"):
                # "Three soldiers - a captain and two privates - were killed": the aside between dashes is who the three were
                apposed.append((c.end + m.start("dashed"), c.end + m.end("dashed")))
                who = f"{who or ''} {m.group('dashed')}"
            rule = f"count-then-outcome:{m.group('out').lower()}"
            if re.search(r"\balso\b", after[m.end("who"):m.start("out")] if m.group("who") is not None else "", re.I):
                rule += "|also"  # "A police officer was also killed": dead on top of a toll told before
            if word == "displaced" and not (who or "").strip() and (dw := _DISPLACED_WHO.match(after, m.end())):
                m, outcome, who, rule = None, None, None, ""  # "killed 22 displaced people": read by the verb before
                # ... "eight displaced people, including three children, were killed": the verb after tells it
                m2 = _AFTER_OUTCOME.match(after[dw.end():])
                w2 = m2.group("out").lower().split()[0] if m2 and not (m2.group("who") or "").strip() else ""
                w2 = "killed" if w2 in _SAID_KILLED else w2
                if m2 is not None and w2 in OUTCOMES and OUTCOMES[w2] in ("killed", "injured", "abducted", "arrested", "missing"):
                    m, outcome, rule = m2, OUTCOMES[w2], f"count-then-outcome:{m2.group('out').lower()}"
                    who = after[:dw.end()].strip()
            elif who and re.match(r"\s*of\s+(?:them|whom|those)\b", who, re.I) and any(
                    t.role == "total" and t.outcome == outcome for t in out):
                rule = "part-of-total"  # "134 were hurt and 97 of them were hospitalised": a share
            if m is not None and m.group("among"):
                rule = "part-of-total"  # "four commanders were among the dead"
            if who and rule.startswith("count-then-outcome") and _OF_THEM.match(who) and pending and not any(
                    t.outcome == outcome and t.role == "total" for t in out) and _APPOSED_SHARE_GAP.fullmatch(sentence, pending[-1].end, c.start):
                # "A total of 24 people, nine of them children, were killed": the figure before is the toll
                c0 = pending.pop()
                out.append(RawToll(outcome or "killed", c0, c0.start, c0.end, "count-then-outcome:apposed-share", role="total"))
                rule = "part-of-total"
            # "left 5 dead" / "leaving 3 wounded" reads the same way
        elif pending and (ap := _APPOSED_SHARE.match(after)) and _APPOSED_SHARE_GAP.fullmatch(sentence, pending[-1].end, c.start) and not (
                _PART_CUE.search(sentence, 0, pending[-1].start) or re.search(r"\band\s+$", sentence[:pending[-1].start])) and (
                m2 := _AFTER_OUTCOME.match(after[ap.end():])) and not (m2.group("who") or "").strip() and (
                w2 := OUTCOMES.get(m2.group("out").lower().split()[0])) in ("killed", "injured"):
            # "At least four people, two of them civilians caught in crossfire, were killed": the figure before is the toll
            c0 = pending.pop()
            out.append(RawToll(w2, c0, c0.start, c0.end, "count-then-outcome:apposed-share", role="total"))
            outcome, who, rule = w2, ap.group("who"), "part-of-total"
        elif (ww := _WITH_WOUNDS.match(after)) and not _WOUNDED_DIED.match(after, ww.end()):
            # "23 people with gunshot and machete wounds were receiving treatment": the wounded
            outcome, who, rule = "injured", ww.group("who"), "count-then-outcome:with-wounds"
        elif _TREATED_BEFORE.search(before) and (tw := _TREATED_AFTER.match(after)):
            outcome, who, rule = "injured", tw.group("who") or tw.group("who2"), "outcome-then-count:treated"
        elif c.rule != "single" and _FOUND_AFTER.match(after) and _BODIES_BEFORE.search(before) and not _ALIVE.search(sentence):
            # 'who helped recover the bodies said "at least 55" had been found': the bodies, no noun
            outcome, rule = "killed", "count-then-outcome:found"
        elif c.rule == "single" and c.start in passive_pp:
            outcome, rule = passive_pp[c.start], "count-then-outcome:single-passive"
            who = after.split()[0] if after.split() else None
        mb = _BEFORE_OUTCOME.search(before)
        if mb and (outcome is None or m is None or len(m.group("who") or "") > 40):
            verb = mb.group("verb").lower().split()[0]
            if verb in ("left", "leaving"):
                if outcome is None:
                    continue
            elif verb.rstrip("s") in _NOMINAL_KILLING and mb.group("verb").lower().endswith("of") and (
                    _EARLIER_WHEN.match(sentence, c.end) or _EARLIER_KILLING.search(before)):
                continue  # "in revenge for the killing of a commander last week": the killing that set this off
            else:
                outcome = _VERB_OUTCOME.get(verb, "killed")
                if verb in ("put", "puts") and out and not re.search(r"death|toll|dead", mb.group("verb"), re.I):
                    outcome = out[-1].outcome  # "took 32 wounded to hospital, while the ministry put the number at 30": that outcome's figure
                if _MIXED_BEFORE.search(before, 0, mb.start()):
                    outcome = "casualties"  # "killing or wounding 30": dead and wounded together
                if verb == "number" and re.match(r"number\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:(?:who|that)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?)?(?:injured|wounded|hurt)\b", mb.group("verb"), re.I):
                    outcome = "injured"  # "the number of people injured has risen to 144"
                rule = f"outcome-then-count:{' '.join(mb.group('verb').lower().split())}"
                wm = re.match(r"\s*((?:(?!(?:and|or|in|on|at|near|during|as|after|when|while|including|among|from|,)\b|-)(?:" + _DOTTED + r"|[\w'’\-]+)\s*){0,5})", after, re.I)
                who = wm.group(1) if wm else None
        if outcome is None and _LOST_BEFORE.search(before) and (lw := _LOST_WHO.match(after)) and not _LOSSES_REPORT.search(sentence):
            # "lost three of its fighters", "losing four of its own soldiers": a side's own dead
            outcome, who, rule = "killed", lw.group("who"), "outcome-then-count:lost"
        coordinated = False
        if outcome is None and out and (_history_before(before) or (
                re.search(r"\bfrom\s+$", before) and c.start - out[-1].end < 20)):
            outcome = out[-1].outcome  # "rose to 18 from 16": 16 is the earlier figure
            rule = "history-cue"
        if outcome is None and out and _RAISED_TO.search(before):
            # "put the toll at eight, but a later statement raised it to 11": "it" is that toll
            outcome = out[-1].outcome
            rule = "outcome-then-count:raised"
        if outcome is None and out and out[-1].role == "total" and out[-1].rule.startswith("outcome-then-count") and _OF_HIS_AFTER.match(after) \
                and re.fullmatch(r"[^,;.\d]{0,60}?\band\s+|[^;.\d]{0,160}?,\s*and\s+", sentence[out[-1].end:c.start]):
            # "killed a commander of the Security Belt forces and four of his bodyguards": more dead
            outcome = out[-1].outcome
            ow = _OF_HIS_AFTER.match(after)
            who = ow.group(1) if ow else None
            rule = "coordinated"
            coordinated = True
        if outcome is None and out and _ALONG_WITH_BEFORE.search(before) and _OTHERS_AFTER.match(after):
            # "killed a senior commander ..., along with two other people": more dead, added
            outcome = out[-1].outcome
            ow = _OTHERS_AFTER.match(after)
            who = ow.group(1) if ow else None
            rule = "coordinated"
            coordinated = True
        if outcome is None and out and _OF_THEM.match(after):
            # "18 people, nine of them children": a subset of the figure before
            outcome = next((t.outcome for t in reversed(out) if t.role == "total"), out[-1].outcome)
            om = _OF_THEM.match(after)
            who = om.group("who") if om else None
            rule = "part-of-total"
        if outcome is None and out:
            prev = out[-1]
            between = sentence[prev.end:c.start]
            if (_COORD.match(between) or re.fullmatch(r"\W*(?:and\s+)?", between) or _AND_KIN.fullmatch(between) or (
                    prev.coordinated and _NAME_TAIL_AND.fullmatch(between))) and not _QUOTE_CLOSED.fullmatch(between):
                wm = re.match(r"\s*((?:(?!(?:and|or|in|on|at|near|during|as|after|when|while|were|was)\b)[\w'’\-]+\s*){1,5})", after, re.I)
                if wm and not _SPEAKERS_AFTER.match(after):
                    outcome = prev.outcome
                    who = wm.group(1)
                    rule = "coordinated"
                    coordinated = True
                    if prev.role == "total" and not prev.coordinated and re.fullmatch(r"\s*(?::|--?|[—–])\s*", between):
                        # "put the toll at 11: eight policemen and three civilians": the breakdown of that toll
                        rule, coordinated = "part-of-total", False
        if outcome is None and out and (
            _PART_CUE.search(sentence[out[-1].end:c.start] or before[-90:])
            or (out[-1].role == "part" and re.fullmatch(r"[\s,;“”\"]*(?:and\s+)?[\s“\"]*", sentence[out[-1].end:c.start]))
        ):
            prev = out[-1]
            wm = re.match(r"\s*[\"“]?((?:(?!(?:and|or|in|on|at|near|during|as|after|when|while|were|was|the\s+\w+\s+(?:said|reported))\b)[\w'’\-]+\s*){1,6})", after, re.I)
            outcome = prev.outcome
            who = wm.group(1) if wm else None
            rule = "part-of-total"
        if outcome is None and (dl := _DEAD_LISTED.search(before)) and not any(
                t.outcome == ("injured" if dl.group("hurt") else "killed") and t.role == "total" for t in out):
            # "The dead included three soldiers and two police officers": shares of a toll the
            # sentence does not give; summed where the report gives no total (assemble._figure)
            # ("among those hurt in the city were six journalists": of the wounded)
            outcome, rule = "injured" if dl.group("hurt") else "killed", "listed"
            wm = re.match(r"\s*((?:(?!(?:and|or|in|on|at|near|during|as|after|when|while|were|was)\b)[\w'’\-]+\s*){1,5})", after, re.I)
            who = wm.group(1) if wm else None
        if outcome is None and out and (prev_t := next((t for t in reversed(out) if t.role == "total"), None)) is not None:
            between = sentence[prev_t.end:c.start]
            if _AND_ANOTHER.fullmatch(between) and (_ANOTHER_WORD.search(between) or _MORE_AFTER.match(after) or _PLACE_AFTER.match(after)):
                # "found 30 bodies in Bule and another 12 in Drodro", "killed nine worshippers at a
                # church and 14 other people in a market": more dead of the same toll, added up
                outcome, rule, coordinated = prev_t.outcome, "coordinated", True
                wm = re.match(r"\s*((?:(?!(?:and|or|in|on|at|near|during|as|after|when|while|were|was)\b)[\w'’\-]+\s*){0,3})", after, re.I)
                who = (wm.group(1) if wm else None) or prev_t.who
            elif _VOICE_SAID.search(before) and re.match(r"\s*(?:[.;,)]|$)", after):
                # "Police put the toll at 22; state officials said 40", "... the government said 18":
                # another voice's figure of the same toll
                outcome, rule, who = prev_t.outcome, "outcome-then-count:voice", prev_t.who
        if outcome is None:
            pending.append(c)  # "Twenty children| and two teachers were killed": told by the next figure
            continue
        if outcome == "casualties":
            continue  # "casualties" alone mixes dead and wounded: not a toll of either
        role = "total"
        if rule in ("part-of-total", "listed"):
            role = "part"
        elif _AMONG_THE_BEFORE.search(before):
            role, rule = "part", "part-of-total:among-the"  # "the leader was among the three militants killed": told already
        elif outcome == "killed" and _DEAD_INCLUDED_BEFORE.search(before) and not _ATTACKERS_NEXT.match(after) and not any(t.role == "total" for t in out):
            # "X said the dead included 316 children, and that 222 medics had been killed": a breakdown
            # of a toll told before, not a toll of its own ("..., and that 150 were wounded" is the wounded's toll)
            role, rule = "part", "part-of-total:dead-included"
        elif out and _PART_CUE.search(sentence[out[-1].end:c.start]) and out[-1].role in ("total", "part") and not (
                rule.startswith("count-then-outcome") and outcome != out[-1].outcome):
            role = "part"
        elif out and outcome == out[-1].outcome and (
                out[-1].role == "part" and re.fullmatch(r"[^,;.\d]{0,80}?\band\s+", sentence[out[-1].end:c.start])
                # "nine villagers, mostly women who had gone to the river and a girl, were killed": the aside's last member
                or out[-1].role == "total" and re.fullmatch(r"\s*,\s*(?:including|among\s+them|among\s+whom|mostly|mainly|most\s+of\s+them)\b"
                                                             r"[^,;.\d]{0,120}?\band\s+", sentence[out[-1].end:c.start])):
            role = "part"  # "including a senior commander of the group and a girl, were killed": the list's next member
        if coordinated and out and out[-1].role == "part":
            role = "part"
        if role == "part" and out:
            # a part inherits the outcome of what it is a part of
            outcome = next((t.outcome for t in reversed(out) if t.role == "total"), outcome)
            whole = next((t for t in reversed(out) if t.role in ("total", "cumulative")), None)
            if whole is not None and whole.role == "cumulative":
                role = "cumulative"  # "1,000 killed since March, including 745 civilians": a share of a tally
        raised = _RAISED_TO.search(before)
        if raised and raised.group("added") and cumulative and _cumulative_here(sentence, c):
            raised = None  # "the latest deaths brought to 39 the number killed since the coup": a tally
        if raised and role == "total" and outcome is not None:
            rule += "|latest:rise"  # "an initial toll of 14, before raising it to 20": 20 stands
            if raised.group("added"):
                rule += "|latest:added"  # "a fourth man died, bringing to four the number killed": the dead counted up
        elif _history_before(before) or _HISTORY_AFTER.match(after) or (
                rule == "history-cue" and out and re.search(r"\b(?:lower|revis|cut|reduc|down)", out[-1].rule)):
            role = "history"  # "lowered the toll to 19 from 23": 23 is the earlier, higher figure
        elif cumulative and role == "total" and _cumulative_here(sentence, c):
            role = "cumulative"
        elif role == "total" and _EARLIER_ONE_BEFORE.search(before):
            role = "cumulative"  # "anger at Tuesday's port blast that killed 158": an earlier event's toll
        elif role == "total" and _EARLIER_YEAR_BEFORE.search(before):
            role = "cumulative"  # "a 1996 shelling there that killed more than 100": an earlier year's event
        elif role == "total" and _SINCE_WHEN_BEFORE.search(before):
            role = "cumulative"  # "the first to kill an American since December, when a US contractor died": the last one before
        elif role == "total" and (_WAR_HAS_KILLED.search(sentence) or _KILLED_IN_CAMPAIGN.search(sentence) or (
                (hab := _HABITUAL.search(sentence))
                # (not in a clause of its own after the toll: "has risen to 28, ..., as rescuers continued to search")
                and not _ASIDE_AFTER.search(sentence, c.end, hab.start()))) and not _RECENT_SPAN.search(sentence):
            role = "cumulative"  # "the violence has killed at least 540 people": a war's tally, not "since Sunday"
        elif role == "total" and c.best >= 100 and _ACCUSED_OF.search(before):
            role = "cumulative"  # "the ADF is accused of killing thousands of civilians": a record, not this event
        elif role == "total" and c.best >= 1000 and (_PRESENT_PERFECT.search(sentence) or _WAR_TOLL.search(before)):
            role = "cumulative"  # "Israel says it has killed more than 17,000 militants": a war's tally
        elif role == "total" and c.best >= 100_000:
            role = "cumulative"  # "a civil war that left about one million people dead": no single event's toll
        if role == "total" and not raised:
            if rule.startswith("outcome-then-count:") and _RISE.search(rule):
                rule += "|latest:rise"  # "the toll has risen to 17": smaller figures are earlier ones
            elif _UPDATED.search(before[-120:]):
                rule += "|latest:update"  # "in an updated statement, ... 93 bodies": the latest toll
        if c.rule == "single" and ((who and _AND_RELATIVE.search(who)) or (
                # (not past the outcome: "a soldier was killed and his commander wounded")
                (am := re.match(r"\s+(?:(?!(?:was|were|is|are|has|had|been|killed|wounded|injured|hurt|died|shot)\b)[\w'’-]+\s+){0,3}?(?=and\s)", after))
                and _AND_RELATIVE.match(after, am.end()))):
            c = CountExpr(c.start, c.end, 2, 2, 2, c.text, "exact", value=2)  # "a woman and her daughter"
        if rule.startswith("count-then-outcome") and role == "total" and c.rule != "single" and (tm := _THE_ONE_AND.search(before)):
            # "The spokesman and two of his bodyguards were wounded": the spokesman is one more
            k0 = c.start - len(before) + tm.end() - len(tm.group(0).lstrip(".;:\"“ "))
            one = CountExpr(k0, c.start, 1, 1, 1, sentence[k0:c.start], "single", value=1)
            out.append(RawToll(outcome, one, k0, c.start, "count-then-and", role=role))
            coordinated = True
        end = c.end
        if who:
            k = sentence.find(who, c.end)
            if k != -1 and k - c.end < 8:
                end = k + len(who)
        who = _clean_who(who)
        if (role == "total" and not coordinated and rule.startswith("count-then-outcome") and out and out[-1].role == "total"
                and out[-1].outcome == outcome and out[-1].rule.startswith("count-then-outcome") and out[-1].who and who
                and out[-1].who.lower() != who.lower() and _CLAUSE_AND.fullmatch(sentence, out[-1].end, c.start)):
            coordinated = True  # "a policeman was killed and three gunmen died": two groups of dead, added up
        if (role == "total" and not coordinated and outcome == "killed" and rule.startswith("count-then-outcome") and out
                and out[-1].role == "total" and out[-1].outcome == "killed" and _SCENE_AND.fullmatch(sentence, out[-1].end, c.start)
                and _DIED_LATER.match(after)):
            coordinated = True  # "five were pronounced dead at the scene and two died later in hospital": seven
        if (role == "total" and not coordinated and outcome == "killed" and out and who
                and (prev_k := next((t for t in reversed(out) if t.outcome == "killed" and t.role == "total"), None)) is not None
                and "outcome-then-count:lost" in rule + prev_k.rule):
            coordinated = True  # "killed 12 soldiers and lost three of its fighters": both sides' dead, added up
        if (role == "total" and not coordinated and outcome is not None and who and _OTHER_WHO.match(who)
                and any(t.outcome == outcome and t.role == "total" for t in out)):
            coordinated = True  # "two soldiers died of their wounds ... in which five other soldiers were killed": 7
        if (role == "total" and not coordinated and outcome == "killed" and rule.startswith("outcome-then-count") and who
                and _OWN_FORCES_KILLED.search(before) and not _PERPETRATOR_WHO.search(who) and any(
                    t.outcome == "killed" and t.role == "total" and t.who and t.who.lower() != who.lower() for t in out)):
            coordinated = True  # "two soldiers were killed, the army said, adding that its troops had killed 12 fighters": 14
        if role == "total" and outcome == "killed" and (
                (rule.startswith("outcome-then-count") and _SPEAKER_SIDE_KILLED.search(before))
                or (rule.startswith("count-then-outcome") and _BY_SPEAKER_SIDE.match(after))):
            rule += "|own-side"  # the speaker's side did the killing: a party's claim (assemble._tier)
        perpetrator = outcome == "killed" and not paired and bool(
            (who and (_PERPETRATOR_WHO.search(who) or _OWN_FIGHTERS.match(who)) and not _CIVILIAN.search(who)
             and not _STATE_PAIR_WHO.search(who)) or _PERPETRATOR_BEFORE.search(before))
        if who and outcome == "killed" and not perpetrator and (
                sides := _both_sides_after(who).match(sentence, c.end)):
            who = sides.group(0).strip()  # "killed 17 rebels and soldiers", "31 fighters on both sides": both sides' dead
        out.append(RawToll(
            outcome=outcome, count=c, start=c.start, end=end, rule=rule, role=role, who=who,
            civilian=bool(who and _CIVILIAN.search(who)), coordinated=coordinated, perpetrator=perpetrator,
        ))
    _coordinated_before(sentence, out, pending)
    for m3 in _NOT_INCLUDING_ATTACKERS.finditer(sentence):
        # "a toll that does not include the two attackers": they died too, on top of it
        n = _WORD_NUMBER.get((m3.group("n") or "").lower(), 1 if not m3.group("plural") else 0)
        if n:
            cnt = CountExpr(m3.start(), m3.end(), n, n, n, m3.group(0), "exact", value=n)
            out.append(RawToll("killed", cnt, m3.start(), m3.end(), "not-included:attackers", perpetrator=True))
    for m5 in _ORDINAL_DIED.finditer(sentence):
        n = _ORDINALS[m5.group("n").lower()]
        cnt = CountExpr(m5.start(), m5.end(), n, n, n, m5.group(0), "exact", value=n)
        if any(t.outcome == "killed" and t.role == "total" and t.start < m5.start() for t in out):
            out.append(RawToll("killed", cnt, m5.start(), m5.end(), "count-then-outcome:ordinal", role="total"))
        elif not any(t.outcome == "killed" for t in out) and m5.group(0).lower().startswith("a ") and not _CUMULATIVE.search(sentence):
            # "Officials later said a seventh person had died in hospital": the toll, told again, has risen to seven
            out.append(RawToll("killed", cnt, m5.start(), m5.end(), "count-then-outcome:ordinal|latest:rise", role="total"))
    for m6 in _ORDINAL_HURT.finditer(sentence):
        earlier = [t for t in out if t.start < m6.start()]
        if earlier and earlier[-1].outcome == "killed" and earlier[-1].role == "total" and not any(t.outcome == "injured" for t in out):
            one = CountExpr(m6.start(), m6.end(), 1, 1, 1, m6.group(0), "single", value=1)
            out.append(RawToll("injured", one, m6.start(), m6.end(), "count-then-outcome:ordinal-hurt", role="total"))
    if not any(t.outcome == "killed" and t.role == "total" for t in out) and (mn := _NAME_WAS_KILLED.search(sentence)) and not _REPORTS_THAT.search(
            sentence, 0, mn.start()) and not _EARLIER_KILLING.search(sentence, 0, mn.start()) and not _NO_ONE_NAMED_BEFORE.search(sentence, 0, mn.start()):
        named = _named_toll("killed", mn, "n" if mn.group("n") else "d", 2 if mn.group("kin") else 1)
        if cumulative and _cumulative_here(sentence, named.count):
            named.role = "cumulative"
        out.append(named)
    if not any(t.outcome == "injured" and t.role == "total" for t in out) and (mh := _NAME_WAS_HURT.search(sentence)) and not _REPORTS_THAT.search(
            sentence, 0, mh.start()) and not _NO_ONE_NAMED_BEFORE.search(sentence, 0, mh.start()):
        named = _named_toll("injured", mh, "n")
        # (the clause is the verb's: a cue in the name's apposition is the person's, not the toll's)
        if cumulative and _cumulative_here(sentence, CountExpr(mh.end() - 1, mh.end(), 1, 1, 1, mh.group("n"), "single", value=1)):
            named.role = "cumulative"
        out.append(named)
    if not any(t.outcome == "killed" and t.role == "total" for t in out) and (mo := _THE_ONE_NAMED.search(sentence)) and not (
            _EARLIER_KILLING.search(sentence, 0, mo.start()) or _EARLIER_WHEN.match(sentence, mo.end())):
        out.append(_named_toll("killed", mo, "n" if mo.group("n") else "o"))
    if wounds_told and not any(t.outcome == "killed" and t.role == "total" for t in out) and (mf := _NAME_FOUND_DEAD.search(sentence)) and not (
            _REPORTS_THAT.search(sentence, 0, mf.start()) or _EARLIER_KILLING.search(sentence, 0, mf.start())):
        # "Cherubin Okende, a former transport minister, was found dead on Thursday in his car ... The body
        # bore a gunshot wound": a killing, told by the body found
        found = _named_toll("killed", mf, "n")
        found.rule = "single:found-dead:named"
        out.append(found)
    if not any(t.outcome == "killed" and t.role == "total" for t in out) and (
            m8 := _NAMED_KILLED.search(sentence) or _role_named_killed(sentence)):
        # "forces have killed Mariano Nhongo, the leader of a dissident faction", "Nizar Banat, 43, died": one person, named
        out.append(_named_toll("killed", m8, "n"))
    for m2 in _LONE_ATTACKER_DIED.finditer(sentence):
        # "The bomber was also killed": one more dead, among the attackers
        one = CountExpr(m2.start(), m2.end(), 1, 1, 1, m2.group(0), "single", value=1)
        out.append(RawToll("killed", one, m2.start(), m2.end(), "single:attacker-died", perpetrator=True))
    if " with " in sentence:
        for c in counts:
            if c.rule != "single" and not any(t.count is c for t in out) and _WITH_HIS_AFTER.match(sentence, c.end) and (
                    mw := _KILLED_WITH_BEFORE.search(sentence, max(0, c.start - 90), c.start)):
                o = OUTCOMES.get((mw.group("o") or "killed").split()[-1].lower(), "killed")
                if any(t.count.rule == "single" and t.outcome == o and t.role == "total" and 0 <= mw.start() - t.end < 40 for t in out):
                    # "The village chief died with four other villagers": the chief is counted already
                    out.append(RawToll(o, c, c.start, c.end, "count-then-outcome:killed-with", role="total", coordinated=True))
                    continue
                both = CountExpr(c.start, c.end, c.low + 1, c.best + 1, c.high + 1, c.text, c.rule, value=c.value + 1)
                out.append(RawToll(o, both, c.start, c.end, "count-then-outcome:killed-with", role="total"))
    for t in out:
        if t.role == "total" and t.outcome in ("killed", "injured") and t.count.rule != "single" and t.count.best > 0 and not re.fullmatch(
                r"an?|(?:\w+\s+)*(?:his|her|their)\s+.*", t.count.text, re.I) and (
                pw := _POSSESSED_ONES.match(sentence, t.count.end)):
            # "three sisters and their grandmother", "six aid workers, their guide and their driver": one more each
            n = len(_POSSESSED_ONE.findall(pw.group("items")))
            c = t.count
            t.count = CountExpr(c.start, c.end, c.low + n, c.best + n, c.high + n, c.text, c.rule, c.vague, c.value + n)
    if (" was " in sentence or " being " in sentence) and not any(t.perpetrator for t in out) and (m7 := _LONE_ATTACKER_HE.search(sentence)):
        one = CountExpr(m7.start("died"), m7.end("died"), 1, 1, 1, m7.group("died"), "single", value=1)
        out.append(RawToll("killed", one, m7.start("died"), m7.end("died"), "single:attacker-died", perpetrator=True))
    for m4 in _BOTH_ATTACKERS_DIED.finditer(sentence):
        two = CountExpr(m4.start(), m4.end(), 2, 2, 2, m4.group(0), "exact", value=2)
        out.append(RawToll("killed", two, m4.start(), m4.end(), "both:attackers-died", perpetrator=True))
    _apposed_parts(sentence, out)
    for z in _ZERO.finditer(sentence):
        word = next(g for g in z.groups() if g).lower()
        # ("no injuries were reported", "without causing injuries": nobody hurt, so nobody killed)
        outcomes = ["killed", "injured"] if word.startswith(("casualties", "injuries", "losses")) or word.endswith(("hurt", "injured", "wounded", "harmed", "unscathed")) else ["killed"]
        if re.search(r"\b(?:killed|died)\b", word) and re.search(r"\b(?:hurt|injured|wounded)\b", word):
            outcomes = ["killed", "injured"]  # "no one was killed or injured"
        if re.search(r"\b(?:seriously|badly|critically|severely|gravely)\s", word):
            outcomes = ["killed"]  # "no one was seriously hurt": nobody died; lighter injuries are untold
        if _ONE_SIDE_AFTER.match(sentence, z.end()) or z.group("w7") or z.group("w8"):
            # "no losses among the government troops", "no Americans were hurt": that side lost no one; who was hurt is untold
            outcomes = ["killed"]
        for o in outcomes:
            zero = CountExpr(z.start(), z.end(), 0, 0, 0, z.group(0), "zero", value=0)
            out.append(RawToll(o, zero, z.start(), z.end(), f"zero:{word}", role="total"))
    for t in out:
        bt = _BRINGING_TOTAL.search(sentence, 0, t.start)
        if bt is not None and t.role == "total" and t.outcome == "killed" and not t.perpetrator:
            if "|latest:" not in t.rule:
                t.rule += "|latest:rise"  # "..., bringing the total number of dead to 20": the latest toll
            for pt in out:
                if pt.perpetrator and pt.role == "total" and pt.end <= bt.start() and re.fullmatch(r"[^.;]*?,\s*", sentence[pt.end:bt.start()]):
                    pt.role = "part"  # "all five attackers were also killed, bringing the number of dead to 20": inside the 20
    rise = next((t for t in out if t.role == "total" and "|latest:rise" in t.rule), None)
    if rise is not None:
        for t in out:
            if t.role == "total" and t.start > rise.start and t.outcome not in (rise.outcome, None) and "|latest:" not in t.rule \
                    and not t.perpetrator and t.count.rule == "exact":
                # "the toll had risen to 19, while 33 people were being treated": the same update's wounded are the latest
                # too (an exact figure only: "nearly 100 were injured" gives way to a later "97")
                t.rule += "|latest:update"
    if _PRESENT_PERFECT.search(sentence):
        # "says at least 261 people have been killed and more than 2,000 detained": one running
        # tally, whose large second figure is a tally, makes the first one a tally too
        for a, b in zip(out, out[1:], strict=False):
            if a.role == "total" and b.role == "cumulative" and a.outcome != b.outcome and _AND_TALLY_BETWEEN.fullmatch(sentence[a.end:b.start]):
                a.role = "cumulative"
    return out


_AND_TALLY_BETWEEN = re.compile(r"[\w\s]{0,40}?\band\s+(?:(?:more|fewer)\s+than|over|at\s+least|nearly|about|some|around|almost)?\s*", re.I)


# "killing 11 soldiers, two military sources said": the counted people are the voice, not more dead
_SPEAKERS_AFTER = re.compile(
    r"\s*(?:(?!(?:killed|dead|died|wounded|injured|hurt|and|or|were|was)\b)[\w'’\-]+\s+){1,4}"
    r"(?:said|say|says|told|added|reported|confirmed)\b", re.I)


_LEFT_OUT_BEFORE = re.compile(r"\b(?:not\s+counting|not\s+including|excluding|apart\s+from|besides)\s+(?:the\s+|its\s+|their\s+)?$", re.I)


def _named_toll(outcome: str, m: re.Match[str], group: str, n: int = 1) -> RawToll:
    """The toll a name (or a name and a kin named with it: ``n`` two) stands for: the match's ``group``."""
    cnt = CountExpr(m.start(group), m.end(group), n, n, n, m.group(group), "single" if n == 1 else "exact", value=n)
    return RawToll(outcome, cnt, m.start(group), m.end(group), "single:named", who=m.group(group))


def _coordinated_before(sentence: str, out: list[RawToll], pending: list[CountExpr]) -> None:
    """"Twenty children and two teachers were killed": the first figure shares the outcome the
    second one states, and the two add up."""
    for c in reversed(pending):
        nxt = next((t for t in out if t.start >= c.end), None)
        if nxt is None or nxt.role not in ("total", "part") or not nxt.rule.startswith(("count-then-outcome", "count-then-and")):
            continue
        m = _NOUN_AND.fullmatch(sentence, c.end, nxt.start)
        if not m and nxt.rule == "count-then-and":
            # "Twelve villagers, two soldiers and a teacher were killed": the first of a list of three
            m = _NOUN_COMMA.fullmatch(sentence, c.end, nxt.start)
        elif m and nxt.rule == "count-then-and":
            m = None
        if not m or _LEFT_OUT_BEFORE.search(sentence, max(0, c.start - 30), c.start):
            continue  # "seven dead, not counting the two bombers, and 14 wounded": no more wounded
        who = m.group("who")
        head = RawToll(nxt.outcome, c, c.start, c.end + len(m.group(0)) - len(m.group("tail")), "count-then-and", role=nxt.role,
                       who=who, civilian=bool(_CIVILIAN.search(who)))
        out.insert(out.index(nxt), head)
        nxt.coordinated = True


# the head noun of a breakdown: a kind that holds the parts' kinds ("nine fighters, six from the SNA
# and three from the SDF", "25 people, 20 civilians and five soldiers")
_GENERIC_DEAD = re.compile(r"\b(?:people|persons|others|individuals|victims|civilians|villagers|residents|fighters|combatants|members|militants|"
                           r"security\s+personnel|personnel|troops|servicemen|men)\s*$", re.I)
_FROM_SIDE = re.compile(r"\s*(?:from|of|on|in|belonging\s+to)\b", re.I)


def _apposed_parts(sentence: str, out: list[RawToll]) -> None:
    """"Nine fighters were killed, six from the SNA and three from the SDF": figures set after a
    total by a comma, that add up to it, break it down; they are its parts, not more dead."""
    i = 0
    while i < len(out):
        head = out[i]
        j = i + 1
        chain: list[RawToll] = []
        while j < len(out) and out[j].coordinated and out[j].outcome == head.outcome:
            chain.append(out[j])
            j += 1
        if (head.role == "total" and len(chain) >= 2 and re.fullmatch(r"\W*,\W*", sentence[head.end:chain[0].start])
                and sum(t.count.best for t in chain) == head.count.best
                # "killed three soldiers, two policemen and a civilian": a list of kinds, not the soldiers' breakdown
                and (_GENERIC_DEAD.search(head.who or "") or not all(t.who and not _FROM_SIDE.match(t.who) for t in chain))):
            for t in chain:
                t.role = "part"
                t.coordinated = False
                t.rule = "part-of-total:apposed"
        i = j if chain else i + 1


# a count told in a relative clause of an earlier event named by its day ("Tuesday's port
# explosion that killed 158 people", "last week's attack, which left 20 dead"), or of a battle
# the report is after ("after the fighting for Goma, which the UN says left nearly 3,000 dead")
_EARLIER_ONE_BEFORE = re.compile(
    r"(?:\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|last\s+(?:week|month|year)|yesterday)['’]s|"
    r"\b(?:after|following|since)\s+the)\s+(?:[\w-]+\s+){0,3}?(?:explosion|blast|attack|bombing|strike|massacre|shelling|raid|ambush|"
    r"fighting|battle|offensive|siege|assault)(?:\s+(?:for|of|on|in)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?,?\s+(?:that|which)\s+(?:[^.;:]|(?<=\b[A-Z])\.)*$", re.I)


# "the deadliest attack since March, when 20 villagers were killed": the event last like it, an earlier one
_SINCE_WHEN_BEFORE = re.compile(
    r"\b(?:since|than\s+(?:any\s+)?(?:since|in))\s+(?:(?:last|early|late|mid-?)\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:19|20)\d\d|(?:last\s+)?(?:year|month|week|spring|summer|autumn|winter))(?:\s+(?:19|20)\d\d)?\s*,?\s+when\s+[^.;:]{0,80}$", re.I)
# ... or named by its year ("a 1996 Israeli shelling of a U.N. compound there that killed more than 100",
# "the 2017 truck bombing, which left 587 dead", "the 2014 massacre in which 300 villagers died")
_EARLIER_YEAR_BEFORE = re.compile(
    r"\b(?:19|20)\d\d\s+(?:[\w'’-]+\s+){0,3}?(?:explosion|blast|attack|bombing|strike|massacre|shelling|raid|ambush|"
    r"fighting|battle|offensive|siege|assault|war|uprising|killings?)\b(?:[^.;:]|(?<=\b[A-Z])\.){0,80}?"
    r"(?:,\s*)?\b(?:that|which|in\s+which|when)\s+(?:[^.;:]|(?<=\b[A-Z])\.)*$", re.I)


def _cumulative_here(sentence: str, c: CountExpr) -> bool:
    """A cumulative cue in the same clause as the count makes the count cumulative, unless it
    only ranks this event ("the deadliest attack so far this year")."""
    clause_start = max(sentence.rfind(";", 0, c.start), sentence.rfind(". ", 0, c.start))
    clause_end_candidates = [i for i in (sentence.find(";", c.end), sentence.find(". ", c.end)) if i != -1]
    clause_end = min(clause_end_candidates) if clause_end_candidates else len(sentence)
    rel = _RELATIVE_AFTER.search(sentence, c.end, clause_end)
    if rel:
        clause_end = rel.start()  # "in the town of Al-Bab, which was taken in 2017": the place's past, not the toll's
    aside = _ASIDE_AFTER.search(sentence, c.end, clause_end)
    if aside:
        clause_end = aside.start()  # "killed seven people, ..., as the coalition marked four years of the war": another clause's time
    clause = sentence[clause_start + 1:clause_end]
    asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(clause) if clause_start + 1 + m.end() <= c.start]
    cue = _CUMULATIVE.search(clause)
    while cue and any(a < cue.start() < b for a, b in asides):
        cue = _CUMULATIVE.search(clause, cue.end())
    while cue and re.search(r"\b(?:verify|confirm|establish|know|determine|give)\s+(?:the\s+)?$", clause[:cue.start()], re.I):
        # "though the group could not verify the overall toll": a caveat about the figure, no tally
        cue = _CUMULATIVE.search(clause, cue.end())
    rank = (_SUPERLATIVE.search(clause[:cue.start()]) or _RANK_ORDINAL.search(clause[:cue.start()])) if cue else None
    if cue and rank and clause_start + 1 + rank.start() < c.start < clause_start + 1 + cue.start():
        return True  # "the latest in a wave of attacks that have killed 200 people since 2019": the run's tally
    if cue and rank:
        # "the deadliest attack so far this year", "the fourth such massacre since January": a rank
        # of this event; but a count after the cue ("the deadliest since a raid in 2021 that killed
        # 160") is the earlier event's
        at = clause_start + 1 + cue.end()
        return at <= c.start and not re.search(r"[,;(]", sentence[at:c.start])
    if cue and re.match(r"last\s+year['’]s", clause[cue.start():cue.end() + 2], re.I) and clause_start + 1 + cue.end() <= c.start \
            and re.search(r",\s+(?:killing|wounding|injuring|leaving)\s", sentence[clause_start + 1 + cue.end():c.start], re.I) \
            and not _CUMULATIVE.search(clause, cue.end()):
        # "a protest against the judge probing last year's port blast, killing seven": that blast is
        # named, the toll after the comma is of this day's violence
        return False
    return bool(cue)


# the words for an armed side's men, as a toll names them ("17 rebels and soldiers"); assemble adds the words
# a side's dead go by in a whole report ("members", "officers", "forces")
SIDE_WORDS = r"fighters|soldiers|troops|rebels|militants|insurgents|jihadists|militiamen|combatants|police(?:men)?|gunmen"
_SIDE_NOUN = r"(?:" + SIDE_WORDS + r")"
# words that open a count of their own after "and" ("three soldiers and two civilians": two figures, not one side pair)
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an", "several", "dozens", "scores", "hundreds")
# a revision: the figure it gives is the latest toll, the others of the report earlier ones
_BRINGING_TOTAL = re.compile(r"\b(?:bringing|raising|taking|pushing)\s+the\s+(?:total\s+|overall\s+|final\s+)?(?:death\s+)?(?:toll|number|count|tally)\b[^.;\d]{0,40}$", re.I)
_RISE = re.compile(r"\b(?:rose|risen|rising|grown|grew|climbed|jumped|increased|raising|bringing|revised|raised|updated|taking|pushing|pushed)\b", re.I)
_RAISED_TO = re.compile(r"\b(?:rais|revis|increas|lift|push|updat)\w*\s+(?:it|them|the\s+(?:death\s+)?(?:toll|figure|count|number))\s+(?:up\s+)?to\s*$"
                        r"|(?P<added>\b(?:bringing|raising|taking|pushing|brought|raised|pushed)\s+to\s*$)", re.I)  # ", bringing to six the number killed"
_UPDATED = re.compile(r"\b(?:updated|revised|latest|new)\s+(?:[\w'’-]+\s+)?(?:statement|toll|figures?|count|tally|report|update)\b[^.;]*$", re.I)
# a clause of its own after the toll's: "..., as the coalition marked four years of its intervention in the war"
# ... or an apposition that ranks it in a run: ", the latest bout of violence in a region where clashes have claimed hundreds of lives this year"
_ASIDE_AFTER = re.compile(r",\s+(?:(?:as|while|amid)\s+(?!(?:of|well|many|much|a\s+result)\b)|the\s+(?:latest|deadliest|worst|bloodiest|biggest|largest)\s)", re.I)
# a relative clause told whole before the toll: "in the town of Sudzha, which has been under Ukrainian control since August, killed four"
# (or a person's apposition: "Zakhar Prilepin, a writer and fervent supporter of the war in Ukraine, was wounded")
# (and ", the North Kivu town where the outbreak was declared in August last year,": the place's past)
# the noun an aside on a place or a time opens on, before its "where" or "when" ("the North Kivu town where")
ASIDE_NOUN = r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?"
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|where|who|whose|a|an|" + ASIDE_NOUN + r"(?:where|when))\s+[^,;:]{1,120},", re.I)
_RELATIVE_AFTER = re.compile(r",\s+(?:which|where|who|whose)\s+(?:was|were|is|are|has|had|have)\b|,\s+(?:bringing|raising|taking|pushing)\b", re.I)
_RANK_ORDINAL = re.compile(r"\bthe\s+(?:" + "|".join(_ORDINALS) + r"|latest)\s+(?:such\s+|deadly\s+|major\s+|large\s+|big\s+|[\w]+-[\w-]+\s+)*"
                           r"(?:attack|massacre|raid|strike|ambush|assault|bombing|blast|killing|incident|clash|such|"
                           # "..., the latest in a wave of attacks on activists since 2019": this event ranked in a run
                           r"in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:wave|series|string|spate|spree|run|chain|succession|surge|rash|line)\s+of\b)", re.I)
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|first(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b)|most\s+(?:deadly|intense|violent|serious))\b", re.I)

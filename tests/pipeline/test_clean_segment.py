"""Page furniture is set aside with offsets intact; sentences keep their spans."""

from sitrep.pipeline.clean import clean
from sitrep.pipeline.segment import LONGEST, segment

BODY = """KHARKIV, Ukraine (AP) — A Russian glide bomb hit a residential block on Sunday, officials said.
Also read: Zelensky visits front-line troops
The governor, Oleh Syniehubov, said Gen. Petrov's unit was not involved.
Photo: Rescuers at the site (Photo by Sergey Bobok / AFP)
Subscribe to our newsletter
Related stories
Ukraine war: what we know
Russia claims new village"""


def test_furniture_dropped():
    c = clean(BODY)
    kept = [BODY[s:e] for s, e in c.paragraphs]
    assert len(kept) == 2
    rules = {r for _s, _e, r in c.dropped}
    assert {"furniture", "related-heading", "related-list"} <= rules


def test_dateline_found_and_skipped():
    c = clean(BODY)
    assert c.dateline and c.dateline.place.startswith("KHARKIV") and c.dateline.agency == "AP"
    sents = segment(BODY, c.paragraphs, skip=c.dateline.end)
    assert sents[0].text.startswith("A Russian glide bomb")


def test_sentences_keep_offsets_and_abbreviations():
    c = clean(BODY)
    sents = segment(BODY, c.paragraphs, skip=c.dateline.end)
    assert len(sents) == 2  # "Gen." does not end a sentence
    for s in sents:
        assert BODY[s.start:s.end] == s.text


def test_source_line_is_the_carrier():
    c = clean("Clashes erupted near Idlib.\nSource: ANA-MPA")
    assert c.source_line == "ANA-MPA" and len(c.paragraphs) == 1


def test_a_box_of_links_mid_article_is_dropped_and_the_report_goes_on():
    body = ("Gunmen killed 51 people in Zike on Sunday, the governor said.\n"
            "READ MORE\n"
            "Nigeria's Plateau: Why the killings keep happening\n"
            "Gunmen kill 160 in Christmas Eve attacks in central Nigeria\n"
            "Residents blamed the attack on herders, who deny it.\n")
    c = clean(body)
    kept = [body[s:e] for s, e in c.paragraphs]
    assert kept == ["Gunmen killed 51 people in Zike on Sunday, the governor said.",
                    "Residents blamed the attack on herders, who deny it."]


def test_a_second_event_told_after_while_is_a_sentence_of_its_own():
    body = ("Gunmen killed 39 civilians in two villages of Niger's Tillaberi region on Thursday, the government "
            "said, while a separate attack on an army post near Chatoumane left 10 soldiers dead, security "
            "sources said.")
    sents = segment(body, [(0, len(body))])
    assert [s.text[:24] for s in sents] == ["Gunmen killed 39 civilia", "while a separate attack "]
    assert all(body[s.start:s.end] == s.text for s in sents)
    # another voice on the same toll, or the wounded of the same attack, stay in the sentence
    for body in ("The government raised the toll to 132, while local sources said as many as 160 had been killed.",
                 "The attack cost the lives of 34 soldiers, while 14 others were wounded, the statement said.",
                 "Israeli jets struck Gaza City, while an army spokesman said the strike killed a commander."):
        assert len(segment(body, [(0, len(body))])) == 1


def test_a_second_attack_told_after_as_is_a_sentence_of_its_own():
    body = ("A bomb on an army bus in central Damascus killed 14 people on Wednesday, state media said, as government "
            "shelling killed 13 people in the rebel-held town of Ariha.")
    sents = segment(body, [(0, len(body))])
    assert [s.text[:20] for s in sents] == ["A bomb on an army bu", "as government shelli"]
    # "as" with the same attack, or with no attack, stays in the sentence
    for body in ("Rebels captured the town on Sunday, as the shelling killed 12 people, residents said.",
                 "Fighting raged in the city on Sunday, as thousands of residents fled west."):
        assert len(segment(body, [(0, len(body))])) == 1


def test_a_run_with_no_sentence_end_is_cut_into_bounded_pieces_at_clause_breaks():
    # a feed dump or an all-lowercase transcript has no ". X" boundary: without a bound it would
    # be one sentence of any length, and readers that look back before each hit go quadratic
    clause = "militants attacked a checkpoint near bama and the army said it repelled them, "
    body = clause * 60
    sents = segment(body, [(0, len(body))])
    assert len(sents) > 1
    assert all(len(s.text) <= LONGEST for s in sents)
    assert all(body[s.start:s.end] == s.text for s in sents)
    assert all(s.text.endswith(",") for s in sents[:-1])  # cut after a comma, not mid-word
    # nothing is lost between the pieces: only the spaces at the cuts
    assert "".join(s.text for s in sents).replace(" ", "") == body.strip().replace(" ", "")


def test_a_run_with_no_clause_break_is_cut_at_a_space():
    body = "gunmen stormed the village " * 100
    sents = segment(body, [(0, len(body))])
    assert all(len(s.text) <= LONGEST for s in sents)
    assert all(not s.text.startswith(" ") and s.text.split()[0] in {"gunmen", "stormed", "the", "village"} for s in sents)


def test_wire_sentences_are_not_cut():
    s = ("The Syrian Observatory for Human Rights, a Britain-based war monitor that relies on a network "
         "of sources inside the country, said 132 people had been killed near Aleppo, among them 65 "
         "fighters of Hayat Tahrir al-Sham, 18 of allied factions and 49 members of the government "
         "forces, in the heaviest fighting the province had seen in four years, while residents "
         "reported that thousands of families had fled towards the Turkish border overnight.")
    assert 300 < len(s) < LONGEST
    assert [x.text for x in segment(s, [(0, len(s))])] == [s]


def test_a_dateline_with_the_year_after_a_slash():
    # stop 42: Addis Standard writes its datelines "Addis Abeba, January 22/2018 -"
    body = ("Addis Abeba, January 22/2018 - At least seven people were killed on Saturday in Woldia, the regional "
            "government said.")
    c = clean(body)
    assert c.dateline and c.dateline.place == "Addis Abeba" and c.dateline.date_text == "January 22/2018"
    assert body[c.dateline.end:].startswith("At least seven")

"""Bad input: each gives a ReadError with one clear line naming the file and what to do,
never a traceback; and input that is odd but readable still reads."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from sitrep.errors import ReadError, SitrepError
from sitrep.pipeline import extract
from sitrep.read import read

PNG_HEAD = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x06"
            b"\x00\x00\x00\x35\xd1\xdc\xe4")


def read_error(path, **kw) -> ReadError:
    """The single ReadError reading ``path`` gives (and no article)."""
    errors: list[SitrepError] = []
    arts = list(read([path], on_error=errors.append, **kw))
    assert arts == []
    assert len(errors) == 1, errors
    e = errors[0]
    assert isinstance(e, ReadError)
    assert e.exit_code == 3
    msg = str(e)
    assert "\n" not in msg and msg.strip() == msg and msg.endswith(".")
    assert "Traceback" not in msg
    return e


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    e = read_error(f)
    assert e.code == "empty"
    assert str(e) == f"{f}: the file is empty; nothing to extract."


def test_whitespace_only_file(tmp_path):
    f = tmp_path / "blank.txt"
    f.write_bytes(b"  \n\t\r\n   \n")
    e = read_error(f)
    assert e.code == "empty" and str(e).startswith(f"{f}:")


def test_front_matter_only_is_empty(tmp_path):
    f = tmp_path / "meta-only.txt"
    f.write_text("---\npublished: 2024-11-28\npublisher: AFP\n---\n\n", encoding="utf-8")
    e = read_error(f)
    assert e.code == "empty" and str(f) in str(e)


@pytest.mark.parametrize("name", ["photo.txt", "photo.html"])
def test_binary_file(tmp_path, name):
    f = tmp_path / name
    f.write_bytes(PNG_HEAD + random.Random(7).randbytes(4096))
    e = read_error(f)
    assert e.code == "binary"
    msg = str(e)
    assert msg.startswith(f"{f}: ")
    assert "binary" in msg and "give a .txt, .html, feed or .jsonl file" in msg


def test_image_file_is_an_unknown_format(tmp_path):
    f = tmp_path / "photo.png"
    f.write_bytes(PNG_HEAD + random.Random(7).randbytes(4096))
    e = read_error(f)
    assert e.code == "unknown_format" and str(e).startswith(f"{f}: ") and ".png" in str(e)


def test_too_large_file_is_refused_by_size_without_loading_it(tmp_path, monkeypatch):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:  # sparse: 21 MB on paper, a few bytes on disk
        fh.write(b"Shelling hit Kherson overnight. ")
        fh.truncate(21 * 1024 * 1024)
    assert f.stat().st_size > 20 * 1024 * 1024

    def no_loading(self, *a, **k):
        raise AssertionError(f"{self} was loaded although it is over the limit")

    monkeypatch.setattr(Path, "read_bytes", no_loading)
    monkeypatch.setattr(Path, "read_text", no_loading)
    e = read_error(f)
    assert e.code == "too_large"
    msg = str(e)
    assert msg.startswith(f"{f}: 21 MB")
    assert "20" in msg and "split it or raise --max-mb" in msg


def test_max_mb_is_honoured(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text("Clashes continued in Khartoum on Monday. " * 30_000, encoding="utf-8")  # ~1.2 MB
    assert read_error(f, max_mb=1).code == "too_large"
    assert len(list(read([f], max_mb=2))) == 1


def test_invalid_utf8(tmp_path):
    f = tmp_path / "cafe.txt"
    f.write_bytes(b"caf\xe9 \xff\xfe attack")
    e = read_error(f)
    assert e.code == "decode"
    assert str(e) == f"{f}: not valid UTF-8 and no other encoding fits; re-save it as UTF-8."


def test_utf16_with_bom_is_decoded(tmp_path):
    text = "Gunmen killed nine worshippers at a mosque in Niger's Tillaberi region on Friday."
    f = tmp_path / "utf16.txt"
    f.write_bytes(text.encode("utf-16"))  # with its BOM
    [a] = list(read([f]))
    assert a.body == text


def test_directory_with_no_reports(tmp_path):
    d = tmp_path / "pictures"
    d.mkdir()
    (d / "checkpoint.png").write_bytes(PNG_HEAD)
    e = read_error(d)
    assert e.code == "no_reports"
    msg = str(e)
    assert msg.startswith(f"{d}: no reports found")
    assert ".txt" in msg and ".jsonl" in msg and ".html" in msg


def test_empty_directory(tmp_path):
    d = tmp_path / "nothing"
    d.mkdir()
    assert read_error(d).code == "no_reports"


def test_path_that_does_not_exist(tmp_path):
    f = tmp_path / "no" / "such" / "report.txt"
    e = read_error(f)
    assert e.code == "not_found"
    assert str(e) == f"{f}: no such file or directory."


def test_default_on_error_raises(tmp_path):
    with pytest.raises(ReadError) as ei:
        list(read([tmp_path / "missing.txt"]))
    assert ei.value.code == "not_found"


def test_a_bad_path_does_not_stop_the_next_one(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Protesters blocked roads in Dhaka, Bangladesh, on Monday.", encoding="utf-8")
    errors: list[SitrepError] = []
    arts = list(read([tmp_path / "missing.txt", good], on_error=errors.append))
    assert [a.origin for a in arts] == [str(good)]
    assert [e.code for e in errors] == ["not_found"]


# --------------------------------------------------------------------------------------------
# feeds

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sahel Wire</title>
<item><title>Jihadists attack army post in Burkina Faso</title>
<link>https://sahelwire.example/2024/08/barsalogho</link>
<pubDate>Sun, 25 Aug 2024 10:00:00 GMT</pubDate>
<description>Jihadist fighters attacked residents digging trenches around the town of Barsalogho in central Burkina Faso on Saturday, killing dozens, security sources said.</description>
</item>
<item><title>Curfew in Niamey</title>
<link>https://sahelwire.example/2024/08/niamey-curfew</link>
<description>Authorities in Niger imposed a night curfew in the capital Niamey after a string of robberies, state television reported.</description>
</item>
</channel></rss>
"""


def test_feed_truncated_before_any_entry(tmp_path):
    f = tmp_path / "cut.xml"
    f.write_text(FEED[:FEED.index("<item>") - 8], encoding="utf-8")  # inside the channel title
    e = read_error(f)
    assert e.code == "bad_feed"
    msg = str(e)
    assert msg.startswith(f"{f}: not a readable RSS/Atom feed (")


def test_not_xml_at_all_with_a_feed_suffix(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text("this is not xml << at all", encoding="utf-8")
    e = read_error(f)
    assert e.code == "bad_feed" and str(e).startswith(f"{f}: not a readable RSS/Atom feed")


def test_feed_truncated_after_a_whole_entry_keeps_that_entry(tmp_path):
    f = tmp_path / "cut.rss"
    f.write_text(FEED[:FEED.index("<description>Authorities") + 30], encoding="utf-8")
    errors: list[SitrepError] = []
    arts = list(read([f], on_error=errors.append))
    assert [a.url for a in arts] == ["https://sahelwire.example/2024/08/barsalogho"]
    assert arts[0].published == dt.date(2024, 8, 25)
    assert "Barsalogho" in arts[0].body


def test_feed_truncated_inside_its_only_entry_says_the_feed_is_broken(tmp_path):
    f = tmp_path / "cut.rss"
    f.write_text(FEED[:FEED.index("<description>")], encoding="utf-8")
    e = read_error(f)
    assert e.code == "bad_feed"
    assert "empty" not in str(e)


# --------------------------------------------------------------------------------------------
# HTML that is broken but readable

BROKEN_HTML = """<html><head><title>Shelling kills two in Kharkiv region</title>
<body><div class="content"><h1>Shelling kills two in Kharkiv region
<p>Russian shelling killed two people in the town of Kupiansk in Ukraine's Kharkiv region on Tuesday, the regional governor said.
<p>Emergency crews worked through the night to put out fires in several houses <b>hit by the strikes.
<div><p>The governor said a third person was wounded and taken to hospital in Kharkiv city. <i>Kupiansk has been shelled almost daily since Russian forces pushed towards the Oskil river.
<p>Residents were urged to use shelters when air raid sirens sound
"""


def test_malformed_html_with_real_text_still_reads(tmp_path, resources):
    f = tmp_path / "kupiansk.html"
    f.write_text(BROKEN_HTML, encoding="utf-8")
    [a] = list(read([f], published=dt.date(2024, 6, 4), publisher="Ukrinform"))
    body = " ".join(a.body.split())
    assert "Russian shelling killed two people in the town of Kupiansk" in body
    assert "a third person was wounded" in body
    assert "<p>" not in a.body and "<b>" not in a.body
    events = extract(a, resources=resources)
    assert events, "the shelling is an event"
    r = events[0].to_record()
    assert r["event_type"] == "Explosions/Remote violence"
    assert r["country"] == "Ukraine" and r["fatalities"]["best"] == 2


def test_html_with_no_text_is_empty(tmp_path):
    f = tmp_path / "shell.html"
    f.write_text("<html><head><title></title></head><body><div id='app'></div>"
                 "<script>var story = loadStory();</script></body></html>", encoding="utf-8")
    e = read_error(f)
    assert e.code == "empty" and str(e).startswith(f"{f}:")


# --------------------------------------------------------------------------------------------
# readable, but not English or not about an event

FRENCH = (
    "Au moins huit soldats maliens ont été tués lundi dans une embuscade tendue par des "
    "jihadistes près de Boulkessi, dans le centre du Mali, a-t-on appris de sources "
    "sécuritaires. L'armée a affirmé avoir « neutralisé » une vingtaine d'assaillants lors de "
    "la riposte."
)
ARABIC = (
    "قُتل خمسة مدنيين على الأقل يوم الثلاثاء في قصف مدفعي استهدف سوقاً شعبية في مدينة الفاشر "
    "بولاية شمال دارفور، وفق ما أفادت مصادر طبية محلية."
)


@pytest.mark.parametrize("name,text", [("mali-fr.txt", FRENCH), ("fasher-ar.txt", ARABIC)])
def test_non_english_report_reads_and_extracts_without_error(tmp_path, resources, name, text):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    [a] = list(read([f], published=dt.date(2024, 6, 4), publisher="Wire"))
    assert a.body == text
    events = extract(a, resources=resources)  # must not raise; events may be empty
    assert isinstance(events, list)
    for ev in events:
        assert ev.to_record()["event_id"].startswith("SR")


SPORT = (
    "Real Madrid beat Borussia Dortmund 2-0 at Wembley on Saturday to win the Champions League "
    "for a record 15th time, with Dani Carvajal and Vinicius Junior scoring late in the second "
    "half. Dortmund had dominated the first half but failed to convert several clear chances."
)
WEATHER = (
    "Heavy rain is expected across southern England on Thursday, the Met Office said, with up to "
    "40 millimetres forecast in parts of Devon and Cornwall. Temperatures will stay below the "
    "seasonal average into the weekend before a drier spell arrives on Monday."
)


@pytest.mark.parametrize("text", [SPORT, WEATHER], ids=["sport", "weather"])
def test_report_with_no_event_extracts_nothing(tmp_path, resources, text):
    f = tmp_path / "story.txt"
    f.write_text(text, encoding="utf-8")
    [a] = list(read([f], published=dt.date(2024, 6, 2), publisher="PA"))
    assert extract(a, resources=resources) == []


# --------------------------------------------------------------------------------------------
# metadata errors


def test_bad_front_matter_date_names_the_file(tmp_path):
    f = tmp_path / "dated.txt"
    f.write_text("---\npublished: 28 Nov\n---\nClashes near Aleppo killed 12 fighters on Wednesday.",
                 encoding="utf-8")
    e = read_error(f)
    assert e.code == "bad_meta_date"
    assert str(f) in str(e)


def test_unknown_format_is_named(tmp_path):
    f = tmp_path / "report.pdf"
    f.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")
    e = read_error(f)
    assert e.code == "unknown_format" and str(f) in str(e) and ".pdf" in str(e)


def test_a_file_without_suffix_is_read_as_text(tmp_path):
    from sitrep.read import read

    f = tmp_path / "REPORT"
    f.write_text("Clashes near Aleppo killed 12 fighters on Wednesday, a war monitor said.", encoding="utf-8")
    (art,) = list(read([f]))
    assert art.body.startswith("Clashes near Aleppo")


# --------------------------------------------------------------------------------------------
# enormous


def test_a_compilation_too_long_for_one_report_is_skipped_with_one_line(tmp_path, resources):
    from sitrep.pipeline import LONGEST_REPORT

    story = ("Gunmen killed five villagers in an attack on a market near Bama on Tuesday, police said. "
             "The army said it had repelled the attackers.\n\n")
    f = tmp_path / "digest.txt"
    f.write_text(story * (LONGEST_REPORT // len(story) + 1), encoding="utf-8")
    [a] = list(read([f], published=dt.date(2024, 6, 4)))
    with pytest.raises(ReadError) as ei:
        extract(a, resources=resources)
    e = ei.value
    assert e.code == "too_long" and str(f) in str(e) and "\n" not in str(e)
    assert f"{LONGEST_REPORT:,}" in str(e)
    # one report of ordinary length is read as before
    g = tmp_path / "one.txt"
    g.write_text(story, encoding="utf-8")
    [b] = list(read([g], published=dt.date(2024, 6, 4)))
    assert [ev.to_record()["fatalities"]["best"] for ev in extract(b, resources=resources)] == [5]

"""Readers: text with front matter, stdin, HTML pages, RSS/Atom feeds, JSON Lines, directories.

Every fixture text below is a wire-style report written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from sitrep.errors import ReadError, SitrepError
from sitrep.pipeline import extract
from sitrep.read import make_article, parse_date, read

# --------------------------------------------------------------------------------------------
# report texts

AVDIIVKA = (
    "Ukraine's army said on Saturday it had withdrawn its troops from the eastern town of "
    "Avdiivka in Donetsk region after months of fierce fighting with Russian forces.\n"
    "The commander of the army said the pull-back was ordered to avoid encirclement and to "
    "save the lives of soldiers."
)

RAFAH = (
    "Israeli strikes killed 20 people in Rafah in the southern Gaza Strip on Sunday, "
    "health officials said.\n"
    "Residents said the strikes hit two houses sheltering displaced families."
)

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Drone strike kills 11 at market in Sudan's El Fasher | Sahel Wire</title>
<meta property="og:site_name" content="Sahel Wire">
<meta property="og:title" content="Drone strike kills 11 at market in Sudan's El Fasher">
<meta property="og:url" content="https://sahelwire.example/news/2024/06/el-fasher-market-strike">
<meta property="article:published_time" content="2024-06-09T08:30:00Z">
<link rel="canonical" href="https://sahelwire.example/news/2024/06/el-fasher-market-strike">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
By continuing you accept our cookie policy. <button>Accept all cookies</button></div>
<header>
<nav class="main-nav"><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/africa">Africa</a></li>
<li><a href="/business">Business markets</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/subscribe">Subscribe today</a></li>
</ul></nav>
</header>
<main>
<article>
<h1>Drone strike kills 11 at market in Sudan's El Fasher</h1>
<p class="byline">By Staff reporter, 9 June 2024</p>
<p>A drone strike on a crowded market in El Fasher, the capital of Sudan's North Darfur state,
killed 11 civilians and wounded at least 30 others on Saturday, a local medical source said.</p>
<p>The attack hit the Souq al-Kabir area shortly before noon, when traders and families were
buying food, according to the resistance committee in the city, which blamed the paramilitary
Rapid Support Forces.</p>
<p>The RSF, which has besieged El Fasher for weeks, did not respond to a request for comment.
The army-aligned governor of Darfur condemned the strike and called for the protection of
civilians.</p>
<p>Fighting between the army and the RSF has displaced more than 130,000 people from the city
and surrounding camps since May, according to the International Organization for Migration.</p>
</article>
<aside class="related">
<h3>Related stories</h3>
<ul>
<li><a href="/news/1">Floods sweep through Khartoum suburbs</a></li>
<li><a href="/news/2">Football: Al-Hilal wins league title</a></li>
</ul>
</aside>
</main>
<footer><p>&copy; 2024 Sahel Wire. All rights reserved. Privacy policy | Terms of use</p></footer>
</body>
</html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Levant Wire</title>
<link>https://levantwire.example/</link>
<description>Breaking news from the region</description>
<item>
<title>Airstrike kills six in Idlib countryside</title>
<link>https://levantwire.example/2024/11/26/idlib-airstrike</link>
<pubDate>Tue, 26 Nov 2024 09:15:00 GMT</pubDate>
<description><![CDATA[<p>An airstrike on the town of Ariha in Syria's Idlib province killed six civilians,
including two children, on Monday, the Syrian Civil Defence said.</p><p>Rescuers were still
searching the rubble &amp; clearing the road.</p>]]></description>
</item>
<item>
<title>Protesters rally in Sweida</title>
<link>https://levantwire.example/2024/11/27/sweida-protest</link>
<pubDate>Wed, 27 Nov 2024 14:40:00 GMT</pubDate>
<description>Hundreds of protesters gathered in the southern Syrian city of Sweida on Wednesday to
demand the release of detainees, local media reported.</description>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Horn Monitor</title>
<id>urn:uuid:5b1f0d3a-0f1e-4a43-9c3e-2d6a1b8e7c10</id>
<updated>2024-03-15T18:00:00Z</updated>
<entry>
<title>Al-Shabaab attack on Mogadishu hotel</title>
<id>urn:uuid:5b1f0d3a-0001</id>
<link href="https://hornmonitor.example/2024/03/15/mogadishu-hotel"/>
<published>2024-03-15T07:00:00Z</published>
<updated>2024-03-15T09:00:00Z</updated>
<content type="html">&lt;p&gt;Al-Shabaab militants stormed the SYL hotel near the presidential
palace in Mogadishu, Somalia, on Thursday night, killing at least three people, police
said.&lt;/p&gt;</content>
</entry>
<entry>
<title>Clashes near Las Anod</title>
<id>urn:uuid:5b1f0d3a-0002</id>
<link href="https://hornmonitor.example/2024/03/11/las-anod"/>
<updated>2024-03-11T12:00:00Z</updated>
<summary>Fighting between Somaliland forces and clan militias near Las Anod killed four
fighters on Sunday, elders said.</summary>
</entry>
</feed>
"""


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# plain text and front matter


def test_front_matter_metadata_is_picked_up_and_stripped(tmp_path):
    f = _write(tmp_path / "avdiivka.txt",
               "---\npublished: 2024-02-17\npublisher: Reuters\n"
               "url: https://reuters.example/world/europe/avdiivka\n"
               "title: Ukraine withdraws troops from Avdiivka\n---\n" + AVDIIVKA + "\n")
    [a] = list(read([f]))
    assert a.published == dt.date(2024, 2, 17)
    assert a.publisher == "Reuters"
    assert a.url == "https://reuters.example/world/europe/avdiivka"
    assert a.title == "Ukraine withdraws troops from Avdiivka"
    assert a.body == AVDIIVKA  # the front matter is not part of the report
    assert "---" not in a.body and "publisher:" not in a.body
    assert a.origin == str(f)


def test_front_matter_beats_command_line_defaults(tmp_path):
    f = _write(tmp_path / "avdiivka.txt",
               "---\npublished: 2024-02-17\npublisher: Reuters\n---\n" + AVDIIVKA)
    [a] = list(read([f], published=dt.date(2024, 3, 1), publisher="AFP", url="https://afp.example/x"))
    assert a.published == dt.date(2024, 2, 17)
    assert a.publisher == "Reuters"
    assert a.url == "https://afp.example/x"  # the file carries no url: the default fills it in


def test_defaults_fill_in_when_the_file_has_no_front_matter(tmp_path):
    f = _write(tmp_path / "rafah.txt", RAFAH)
    [a] = list(read([f], published=dt.date(2024, 5, 26), publisher="AP"))
    assert (a.published, a.publisher, a.title) == (dt.date(2024, 5, 26), "AP", None)
    assert a.body == RAFAH


def test_front_matter_timestamp_keeps_its_date(tmp_path):
    f = _write(tmp_path / "t.txt", "---\npublished: 2024-02-17T06:45:00Z\n---\n" + AVDIIVKA)
    [a] = list(read([f]))
    assert a.published == dt.date(2024, 2, 17)


def test_a_horizontal_rule_that_is_not_yaml_is_kept_as_text(tmp_path):
    # a dashed line in the middle of a report is not front matter
    text = "Shelling hit Kherson overnight.\n---\nTwo people were wounded, officials said."
    f = _write(tmp_path / "k.txt", text)
    [a] = list(read([f]))
    assert a.body == text


def test_parse_date_accepts_iso_dates_and_timestamps():
    assert parse_date("2024-11-28") == dt.date(2024, 11, 28)
    assert parse_date("2024-11-28T07:10:00+02:00") == dt.date(2024, 11, 28)
    assert parse_date(dt.datetime(2024, 11, 28, 23, 59)) == dt.date(2024, 11, 28)
    assert parse_date(None) is None and parse_date("") is None
    with pytest.raises(ReadError) as ei:
        parse_date("28/11/2024")
    assert ei.value.code == "bad_date" and "YYYY-MM-DD" in str(ei.value)


# --------------------------------------------------------------------------------------------
# standard input


def test_stdin_is_read_with_the_given_metadata():
    [a] = list(read(["-"], stdin_text=lambda: RAFAH.encode() + b"\n", publisher="AP",
                    published=dt.date(2024, 5, 26)))
    assert a.body == RAFAH
    assert a.origin == "<stdin>"
    assert (a.publisher, a.published) == ("AP", dt.date(2024, 5, 26))


def test_stdin_front_matter_and_bom():
    data = "\ufeff---\npublisher: Anadolu\npublished: 2024-05-26\n---\n".encode() + RAFAH.encode()
    [a] = list(read(["-"], stdin_text=lambda: data))
    assert a.publisher == "Anadolu" and a.published == dt.date(2024, 5, 26)
    assert a.body == RAFAH


def test_empty_stdin_is_a_read_error_not_a_crash():
    errors: list[SitrepError] = []
    assert list(read(["-"], stdin_text=lambda: b"  \n", on_error=errors.append)) == []
    assert [e.code for e in errors] == ["empty"]
    assert "<stdin>" in str(errors[0])


# --------------------------------------------------------------------------------------------
# HTML


def test_html_page_keeps_the_body_and_drops_the_furniture(tmp_path):
    f = _write(tmp_path / "el-fasher.html", NEWS_PAGE)
    [a] = list(read([f]))
    assert "killed 11 civilians and wounded at least 30 others" in " ".join(a.body.split())
    assert "Rapid Support Forces" in a.body
    assert "International Organization for Migration" in a.body
    for furniture in ("Subscribe today", "Business markets", "cookie", "Accept all",
                      "All rights reserved", "Privacy policy"):
        assert furniture not in a.body, furniture
    assert "<p>" not in a.body and "&copy;" not in a.body


def test_html_metadata_is_read(tmp_path):
    f = _write(tmp_path / "el-fasher.html", NEWS_PAGE)
    [a] = list(read([f]))
    assert a.published == dt.date(2024, 6, 9)
    assert a.publisher == "Sahel Wire"
    assert a.url == "https://sahelwire.example/news/2024/06/el-fasher-market-strike"
    assert a.title and "El Fasher" in a.title
    assert a.origin == str(f)


def test_html_report_extracts_the_strike(tmp_path, resources):
    f = _write(tmp_path / "el-fasher.html", NEWS_PAGE)
    [a] = list(read([f]))
    events = [e.to_record() for e in extract(a, resources=resources)]
    assert len(events) == 1
    r = events[0]
    assert r["event_type"] == "Explosions/Remote violence"
    assert r["location"] == "El Fasher" and r["country"] == "Sudan"
    assert r["fatalities"]["best"] == 11
    assert r["start_date"] == "2024-06-08"  # "on Saturday", published Sunday 9 June


def test_html_page_date_beats_the_command_line_default(tmp_path):
    f = _write(tmp_path / "el-fasher.html", NEWS_PAGE)
    [a] = list(read([f], published=dt.date(2024, 6, 20)))
    assert a.published == dt.date(2024, 6, 9)


KUPIANSK_PAGE = """<html><head><title>Shelling kills two in Kharkiv region | Ukraine Daily</title></head>
<body><nav><a href="/">Home</a> <a href="/war">War</a></nav>
<article><h1>Shelling kills two in Kharkiv region</h1>
<p>Russian shelling killed two people in the town of Kupiansk in Ukraine's Kharkiv region on Tuesday,
the regional governor said.</p>
<p>Emergency crews worked through the night to put out fires in several houses hit by the strikes.</p>
<p>The governor said a third person was wounded and taken to hospital in Kharkiv city.</p>
</article></body></html>
"""


def test_html_headline_does_not_become_a_second_event(tmp_path, resources):
    f = _write(tmp_path / "kupiansk.html", KUPIANSK_PAGE)
    [a] = list(read([f], published=dt.date(2024, 6, 4)))
    events = [e.to_record() for e in extract(a, resources=resources)]
    assert len(events) == 1
    assert sum(e["fatalities"]["best"] for e in events) == 2


# --------------------------------------------------------------------------------------------
# feeds


def test_rss_feed_gives_one_article_per_item(tmp_path):
    f = _write(tmp_path / "levant.rss", RSS)
    arts = list(read([f]))
    assert len(arts) == 2
    a, b = arts
    assert a.published == dt.date(2024, 11, 26) and b.published == dt.date(2024, 11, 27)
    assert a.url == "https://levantwire.example/2024/11/26/idlib-airstrike"
    assert b.url == "https://levantwire.example/2024/11/27/sweida-protest"
    assert a.title == "Airstrike kills six in Idlib countryside"
    assert a.publisher == b.publisher == "Levant Wire"  # the channel title
    assert a.body.startswith("An airstrike on the town of Ariha")
    assert "<p>" not in a.body and "&amp;" not in a.body and "rubble & clearing" in a.body
    assert a.origin == f"{f}#entry1" and b.origin == f"{f}#entry2"
    assert a.id != b.id


def test_atom_feed_content_or_summary_with_dates_and_links(tmp_path):
    f = _write(tmp_path / "horn.atom", ATOM)
    a, b = list(read([f]))
    assert a.published == dt.date(2024, 3, 15)  # <published>
    assert b.published == dt.date(2024, 3, 11)  # no <published>: <updated>
    assert a.url == "https://hornmonitor.example/2024/03/15/mogadishu-hotel"
    assert b.url == "https://hornmonitor.example/2024/03/11/las-anod"
    assert "stormed the SYL hotel" in a.body and "<p>" not in a.body
    assert "Las Anod killed four" in " ".join(b.body.split())
    assert a.publisher == "Horn Monitor"


def test_feed_with_xml_suffix_is_read_as_feed(tmp_path):
    f = _write(tmp_path / "feed.xml", RSS)
    assert [a.title for a in read([f])] == ["Airstrike kills six in Idlib countryside",
                                            "Protesters rally in Sweida"]


def test_feed_entry_dates_beat_the_default(tmp_path):
    f = _write(tmp_path / "levant.rss", RSS)
    arts = list(read([f], published=dt.date(2024, 12, 1)))
    assert [a.published for a in arts] == [dt.date(2024, 11, 26), dt.date(2024, 11, 27)]


# --------------------------------------------------------------------------------------------
# JSON Lines


def test_jsonl_good_lines_are_read_and_bad_lines_reported_with_file_and_line(tmp_path):
    lines = [
        json.dumps({"text": "Gunmen killed 12 villagers in Zamfara state, Nigeria, on Sunday, police said.",
                    "published": "2024-05-20", "publisher": "AFP", "url": "https://afp.example/zamfara",
                    "title": "Gunmen kill 12 in Zamfara"}),
        '{"text": "Police fired tear gas at protesters in Nairobi", "published": ',  # cut off: not JSON
        json.dumps({"title": "Kenya protests", "published": "2024-06-25"}),  # no text
        "",
        json.dumps({"text": "Police fired tear gas at protesters outside parliament in Nairobi, Kenya, "
                            "on Tuesday.", "published": "2024-06-25T10:00:00Z"}),
    ]
    f = _write(tmp_path / "reports.jsonl", "\n".join(lines) + "\n")
    errors: list[SitrepError] = []
    arts = list(read([f], publisher="Wire default", on_error=errors.append))
    assert len(arts) == 2
    assert arts[0].publisher == "AFP" and arts[0].published == dt.date(2024, 5, 20)
    assert arts[0].url == "https://afp.example/zamfara" and arts[0].title == "Gunmen kill 12 in Zamfara"
    assert arts[0].origin == f"{f}:1"
    assert arts[1].publisher == "Wire default"  # the line has none: the default fills in
    assert arts[1].published == dt.date(2024, 6, 25) and arts[1].origin == f"{f}:5"
    assert [e.code for e in errors] == ["bad_jsonl", "bad_jsonl"]
    bad_json, no_text = (str(e) for e in errors)
    assert bad_json.startswith(f"{f}:2:") and "JSON" in bad_json
    assert no_text.startswith(f"{f}:3:") and "'text'" in no_text
    assert all("\n" not in str(e) for e in errors)


def test_jsonl_bad_date_and_non_object_lines_are_reported(tmp_path):
    f = _write(tmp_path / "r.jsonl", "\n".join([
        json.dumps(["a list", "not an object"]),
        json.dumps({"text": "Clashes in Goma killed three.", "published": "yesterday"}),
        json.dumps({"body": "Clashes near Goma, DR Congo, killed three soldiers on Monday, the army said.",
                    "published": "2024-02-12"}),
    ]))
    errors: list[SitrepError] = []
    arts = list(read([f], on_error=errors.append))
    assert [a.published for a in arts] == [dt.date(2024, 2, 12)]  # "body" is accepted for "text"
    assert [str(e).split(":")[1] for e in errors] == ["1", "2"]
    assert "not an object" in str(errors[0])
    assert "'yesterday' is not a date" in str(errors[1])


def test_jsonl_without_on_error_raises_the_first_bad_line(tmp_path):
    f = _write(tmp_path / "r.jsonl", "not json\n")
    with pytest.raises(ReadError) as ei:
        list(read([f]))
    assert ei.value.code == "bad_jsonl" and ei.value.context["line"] == 1


# --------------------------------------------------------------------------------------------
# directories


def test_directory_walk_reads_every_report_kind_in_order_and_skips_others(tmp_path):
    d = tmp_path / "reports"
    _write(d / "a_avdiivka.txt", AVDIIVKA)
    _write(d / "b_page.html", NEWS_PAGE)
    _write(d / "nested" / "z_more" / "f_feed.rss", RSS)
    _write(d / "nested" / "d_lines.jsonl", json.dumps({"text": RAFAH, "published": "2024-05-26"}) + "\n")
    _write(d / "nested" / "e_notes.md", "# Notes\n\nShelling hit Kherson overnight, wounding two people.")
    _write(d / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _write(d / "story.docx", b"PK\x03\x04 not a report")
    arts = list(read([d]))
    origins = [Path(a.origin.split("#")[0].rsplit(":", 1)[0]).name for a in arts]
    # sorted by path, subdirectories included; .png and .docx are not reports
    assert origins == ["a_avdiivka.txt", "b_page.html", "d_lines.jsonl", "e_notes.md", "f_feed.rss",
                       "f_feed.rss"]
    assert arts[0].body == AVDIIVKA
    assert arts[2].body == RAFAH and arts[2].published == dt.date(2024, 5, 26)
    assert arts[3].body.startswith("# Notes")
    assert arts[5].title == "Protesters rally in Sweida"


def test_a_bad_file_in_a_directory_does_not_stop_the_walk(tmp_path):
    d = tmp_path / "reports"
    _write(d / "1_empty.txt", "")
    _write(d / "2_good.txt", RAFAH)
    errors: list[SitrepError] = []
    arts = list(read([d], on_error=errors.append))
    assert [a.body for a in arts] == [RAFAH]
    assert [e.code for e in errors] == ["empty"] and "1_empty.txt" in str(errors[0])


def test_several_paths_keep_their_order(tmp_path):
    a = _write(tmp_path / "z.txt", RAFAH)
    b = _write(tmp_path / "a.txt", AVDIIVKA)
    assert [x.body for x in read([a, str(b)])] == [RAFAH, AVDIIVKA]


# --------------------------------------------------------------------------------------------
# ids and normalisation


def test_ids_are_stable_content_hashes():
    one = make_article(RAFAH, publisher="AP", url="https://ap.example/rafah")
    two = make_article(RAFAH, publisher="AP", url="https://ap.example/rafah")
    assert one.id == two.id and one.content_hash == two.content_hash
    assert len(one.id) == 16 and int(one.id, 16) >= 0


def test_same_text_from_two_publishers_is_two_articles_with_one_content_hash():
    ap = make_article(RAFAH, publisher="AP")
    afp = make_article(RAFAH, publisher="AFP")
    assert ap.id != afp.id
    assert ap.content_hash == afp.content_hash
    other_url = make_article(RAFAH, publisher="AP", url="https://ap.example/rafah-2")
    assert other_url.id != ap.id


def test_content_hash_ignores_whitespace_but_not_words():
    a = make_article("Israeli strikes killed 20 people in Rafah.\n\nHealth officials said.")
    b = make_article("Israeli  strikes killed 20 people in Rafah. Health officials said.")
    c = make_article("Israeli strikes killed 21 people in Rafah. Health officials said.")
    assert a.content_hash == b.content_hash
    assert a.content_hash != c.content_hash


def test_ids_survive_a_round_trip_through_a_file(tmp_path):
    f = _write(tmp_path / "r.txt", RAFAH)
    [a] = list(read([f], publisher="AP"))
    [b] = list(read([f], publisher="AP"))
    assert a.id == b.id == make_article(RAFAH, publisher="AP").id


def test_crlf_and_lone_cr_become_newlines(tmp_path):
    f = _write(tmp_path / "crlf.txt", (AVDIIVKA.replace("\n", "\r\n") + "\r\n").encode())
    [a] = list(read([f]))
    assert "\r" not in a.body
    assert a.body == AVDIIVKA
    assert make_article("Shelling hit Kherson.\rTwo were wounded.").body == "Shelling hit Kherson.\nTwo were wounded."


def test_crlf_front_matter_is_recognised(tmp_path):
    text = "---\r\npublished: 2024-02-17\r\npublisher: Reuters\r\n---\r\n" + AVDIIVKA.replace("\n", "\r\n")
    f = _write(tmp_path / "crlf.txt", text.encode())
    [a] = list(read([f]))
    assert a.publisher == "Reuters" and a.published == dt.date(2024, 2, 17)
    assert a.body == AVDIIVKA


def test_unicode_is_normalised_to_nfc(tmp_path):
    nfc = ("Kurdish-led forces said Turkish drone strikes hit a checkpoint near A\u00efn Issa "
           "in northern Syria on Thursday, killing two fighters.")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    f = _write(tmp_path / "ain-issa.txt", nfd)
    [a] = list(read([f], publisher="Hawar"))
    assert a.body == nfc
    assert a.id == make_article(nfc, publisher="Hawar").id  # same id whichever form arrived

"""Actor dictionary: aliases, former names, abbreviations, generic references by country and year."""

import datetime as dt

from sitrep.pipeline import extract
from sitrep.read import make_article


def names(d, text, countries, year):
    out = []
    for h in d.find(text):
        name, _a, _r = d.resolve(h.targets, countries, year)
        out.append(name)
    return out


def test_aliases_and_former_names(actor_dict):
    assert names(actor_dict, "Hayat Tahrir al-Sham fighters", ["SY"], 2024) == ["Hayat Tahrir al-Sham"]
    assert names(actor_dict, "the Nusra Front", ["SY"], 2016) == ["Hayat Tahrir al-Sham"]
    assert names(actor_dict, "HTS", ["SY"], 2024) == ["Hayat Tahrir al-Sham"]


def test_abbreviations_are_case_sensitive(actor_dict):
    assert names(actor_dict, "the RSF shelled", ["SD"], 2024) == ["Rapid Support Forces"]
    assert "Rapid Support Forces" not in names(actor_dict, "the rsf word", ["SD"], 2024)


def test_generic_army_by_country_and_year(actor_dict):
    assert names(actor_dict, "the army", ["SY"], 2024) == ["Military Forces of Syria (2000-2024)"]
    assert names(actor_dict, "the army", ["SD"], 2024) == ["Military Forces of Sudan (2019-)"]
    assert names(actor_dict, "regime forces", ["SY"], 2020) == ["Military Forces of Syria (2000-2024)"]


def test_generic_civilians_and_gunmen(actor_dict):
    assert names(actor_dict, "civilians", ["NG"], 2024) == ["Civilians (Nigeria)"]
    assert names(actor_dict, "gunmen", ["NG"], 2024) == ["Unidentified Armed Group (Nigeria)"]


def test_jihadists_resolve_to_the_group_the_country_implies(actor_dict):
    assert names(actor_dict, "jihadists", ["SY"], 2024) == ["Hayat Tahrir al-Sham"]


def test_unknown_group_is_kept_not_dropped(resources):
    art = make_article("Fighters of the Northern Star Brigade attacked Syrian army positions near Hama on Monday, "
                       "killing four soldiers, a war monitor said.", published=dt.date(2024, 12, 3))
    (ev,) = extract(art, resources=resources)
    r = ev.to_record()
    assert r["actor1"] == "Northern Star Brigade"
    assert r["actor2"] == "Military Forces of Syria (2000-2024)"
    mention = next(a for c in ev.claims for a in c.actors if a.name == "Northern Star Brigade")
    assert mention.resolved is False and mention.rule.startswith("unknown-group")


def test_generic_words_mean_the_group_the_report_names(resources):
    art = make_article("JNIM fighters stormed an army post near Boulkessi on Sunday. The jihadists killed "
                       "at least 12 soldiers, security sources said.", published=dt.date(2024, 6, 3))
    (ev,) = extract(art, resources=resources)
    names = {a.name for c in ev.claims for a in c.actors}
    assert "JNIM: Group for Support of Islam and Muslims" in names
    assert not any(n.startswith("Unidentified") for n in names)


def test_demonym_before_means_of_attack_is_that_state(resources):
    art = make_article("A Russian missile strike on Kharkiv killed three people on Sunday, the governor said.",
                       published=dt.date(2024, 5, 27))
    r = extract(art, resources=resources)[0].to_record()
    assert r["actor1"] == "Military Forces of Russia (2000-)"
    assert r["event_type"] == "Explosions/Remote violence"

"""Shapes of real documents read wrong on the first reading of held-out set 44, each on the
smallest text that shows it: an AsciiDoc post's header under its author line and its
"Update history" sidebar, a web-log date, a byline of a weekday and a date, a changelog that
says headings were downcased, a one-word section a note says it added, and a specification's
own callouts beside its changelog."""

from __future__ import annotations

import annotate
from annotate.dates import find_dates

_ADOC = (
    "= Using actors with Groovy\nPaul King\n:revdate: 2023-07-17T23:24:56+00:00\n{updated}:keywords: groovy, actors\n\n"
    "This example uses Groovy 4.0.13 and Pekko {version}.\n\nThe end of the post.\n{history}"
)


def _adoc(updated: str = "", version: str = "1.0.0", history: str = "") -> str:
    return _ADOC.format(updated=updated, version=version, history=history)


def test_an_asciidoc_header_under_its_author_line_dates_the_post() -> None:
    c = annotate.compare(_adoc(), _adoc(updated=":updated: 2023-07-26T15:02:00+00:00\n"), fmt="text")
    assert c.original.date is not None and c.original.date.value == "2023-07-17"
    assert c.revised.updated is not None and c.revised.updated.value == "2023-07-26"
    assert not c.annotations  # (":updated: …" is the header's attribute, not an "Updated:" note)


def test_entries_of_an_asciidoc_update_history_block_are_dated_notes() -> None:
    history = "\n.Update history\n****\n*17/Jul/2023*: Initial version. +\n*26/Jul/2023*: Update to Pekko 1.0.1.\n****\n"
    c = annotate.compare(_adoc(), _adoc(version="1.0.1", history=history), fmt="text")
    assert [(a.text, a.date and a.date.value) for a in c.annotations] == [
        ("*17/Jul/2023*: Initial version. +", "2023-07-17"),
        ("*26/Jul/2023*: Update to Pekko 1.0.1.", "2023-07-26"),
    ]
    assert not [ch for ch in c.changes if ch.silent]  # (the block's title and delimiters: the entries' frame)
    old = _adoc(history=history.replace("*26/Jul/2023*: Update to Pekko 1.0.1.\n", ""))
    c = annotate.compare(old, _adoc(version="1.0.1", history=history), fmt="text")
    assert [a.text for a in c.annotations] == ["*26/Jul/2023*: Update to Pekko 1.0.1."]  # (an old block's new entry)
    assert not [ch for ch in c.changes if ch.silent]
    assert not [ch for ch in c.changes if ch.silent]  # (the version, named by the entry)


def test_a_web_log_date() -> None:
    assert [d.value for d in find_dates("17/Jul/2023 and 05-Jan-2016")] == ["2023-07-17", "2016-01-05"]


def test_a_byline_element_of_a_weekday_and_a_date_dates_the_page() -> None:
    page = '<html><body><h1>Tables</h1><span class="post-date">Thu 18 Sep 2008</span><p>Say you had a table.</p></body></html>'
    assert annotate.compare(page, page, fmt="html").original.date.value == "2008-09-18"  # type: ignore[union-attr]


_GLOSSARY = "# Glossary\n\n### API {a}\n\nThe entity that consumes an API {b}.\n\n## Changelog\n\n{log}- **2019-08-01**: Initial glossary.\n"


def test_a_changelog_saying_headings_were_downcased_discloses_each_case_change() -> None:
    old = _GLOSSARY.format(a="Consumer", b="Service", log="")
    new = _GLOSSARY.format(a="consumer", b="service", log="- **2024-12-18**: Downcase headings and terms as per dev docs style\n")
    c = annotate.compare(old, new, fmt="markdown")
    assert [a.date and a.date.value for a in c.annotations] == ["2024-12-18"]
    recased = [ch for ch in c.changes if ch.kind == "edit"]
    assert recased and all(not ch.silent and ch.disclosure == "general" for ch in recased)


def test_a_one_word_section_a_note_says_it_added_is_disclosed() -> None:
    body = "= Actors\n\nThe GPars version is shorter.\n\n== Summary\n\nThat is all.\n"
    section = "== Discussion\n\nGPars trades type safety for brevity, which suits dynamic code.\n\n"
    log = "\n.Update history\n****\n*18/Jul/2023*: Add discussion about type-safe messages.\n****\n"
    c = annotate.compare(body, body.replace("== Summary", section + "== Summary") + log, fmt="text")
    [added] = [ch for ch in c.changes if ch.kind == "addition" and "Discussion" in ch.revised.text]  # type: ignore[union-attr]
    assert not added.silent and added.disclosure == "specific"
    unnamed = annotate.compare(body, body.replace("== Summary", section + "== Summary") + log.replace("Add discussion about", "Fix"), fmt="text")
    assert [ch.silent for ch in unnamed.changes if ch.kind == "addition" and "Discussion" in ch.revised.text] == [True]  # type: ignore[union-attr]


_SPEC = "# AIP-140\n\nField names use lower snake case.\n\nThey must be in English.\n\nThey should be short.\n\n{callout}Field names should not be verbs.\n\n## Changelog\n\n{log}- **2023-04-25**: Field names must not be verbs.\n"


def test_a_specifications_own_callout_beside_its_changelog_is_content_not_a_note() -> None:
    callout = "**Important:** Field names often appear in generated client surfaces.\n\n"
    old = _SPEC.format(callout="", log="")
    new = _SPEC.format(callout=callout, log="- **2024-05-18**: Documented the effect of field names on client surfaces.\n")
    c = annotate.compare(old, new, fmt="markdown")
    assert [a.text for a in c.annotations] == ["- **2024-05-18**: Documented the effect of field names on client surfaces."]
    [added] = [ch for ch in c.changes if ch.kind == "addition"]
    assert not added.silent  # (the changelog's entry names it)
    # without a log of its own, a new callout is a note (as before)
    bare = _SPEC[: _SPEC.index("## Changelog")]
    assert [a.label for a in annotate.compare(bare.format(callout=""), bare.format(callout=callout), fmt="markdown").annotations] == ["Important"]
    # and a callout about the text itself stays a note beside the log
    about = "**Note:** This section was updated to cover verbs.\n\n"
    assert [a.label for a in annotate.compare(old, _SPEC.format(callout=about, log=""), fmt="markdown").annotations] == ["Note"]


def test_a_dated_notice_in_bold_is_a_note_wherever_it_stands() -> None:
    top = "# Data\n\n[![badge](https://img.shields.io/x.svg)](https://example.org)\n\n"
    body = "The daily figures are published at 18:00.\n\nEach region reports its own counts.\n\nThe end.\n"
    notice = "**2020-12-04: the figures of 3 December were corrected in both the regional and the national data sets**\n\n"
    c = annotate.compare(top + body, top + notice + body, fmt="markdown")
    assert [(a.label, a.date and a.date.value) for a in c.annotations] == [("2020-12-04", "2020-12-04")]
    # a lead in bold that is no date stays a title's lead-in, no note
    lead = "**Fun fact: the figures are published every evening at six by the data team.**\n\n"
    assert not annotate.compare(top + body, top + lead + body, fmt="markdown").annotations


def test_a_page_of_dated_notices_in_bold() -> None:
    page = "# Dati\n\n## Avvisi\n\n{new}<b>28/08/2020</b><br>\nLa Regione Abruzzo segnala 21 nuovi casi.\n\n<b>27/08/2020</b><br>\nLa Regione Sardegna comunica due casi.\n"
    new = "<b>29/08/2020</b><br>\nLa Regione Sicilia comunica che dei 29 positivi di oggi, 5 sono migranti.\n\n"
    c = annotate.compare(page.format(new=""), page.format(new=new), fmt="markdown")
    assert [(a.label, a.date and a.date.value) for a in c.annotations] == [("29/08/2020", "2020-08-29")]


_ERRATA = (
    "## Errata\n\n|Date|Type|Change|Location\n|----|----|----|----|\n|2017-12-01|Editorial|Made minor grammatical edits.|N/A|\n||Editorial|{word} 'Normative'|§4.2|\n"
    "||Substantive|Clarified the requirements about processing of attributes|§4.2 Bullet 4|\n"
    "||Substantive|Clarified and removed ambiguity in requirement|§4.4|\n||Substantive|Clarified requirement|§4.4.1.3|\n"
    "||Editorial|Added NISTIR 8062 as a reference|§10.1|\n{new}"
)


def test_a_new_row_group_of_an_errata_table_is_a_dated_note_and_old_rows_stay_old() -> None:
    new = "|2020-03-02|Editorial|Updated the §4.3 entry of the 2017-12-01 errata|Errata table|\n||Editorial|Removed an entry for §6|Errata table|\n"
    c = annotate.compare(_ERRATA.format(word="Confirmed", new=""), _ERRATA.format(word="Verified", new=new), fmt="markdown")
    assert [(a.label, a.date and a.date.value) for a in c.annotations] == [("2020-03-02", "2020-03-02")]
    assert c.annotations[0].text == new.rstrip("\n")
    [fix] = [ch for ch in c.changes if ch.kind != "annotation"]
    assert fix.silent  # (a row edited under an old date, which the new entry does not name)
    # a table whose first column is not dates is no log
    plain = "|Name|Change|\n|---|---|\n|alpha|one|\n{new}"
    assert not annotate.compare(plain.format(new=""), plain.format(new="|beta|two|\n"), fmt="markdown").annotations


def test_a_page_that_says_it_is_obsolete_or_unmaintained() -> None:
    body = "# Charter\n\nThe group works in the open.\n\nMembers are invited.\n\nThe end.\n"
    for line in ("This charter is obsolete. It was written in 2004 and no longer represents how the group works.",
                 "This resource is not maintained. It is kept as a historical record."):
        c = annotate.compare(body, body.replace("# Charter\n\n", "# Charter\n\n" + line + "\n\n"), fmt="markdown")
        assert [a.kind for a in c.annotations] == ["bracketed"], line


def test_a_banner_ruled_off_in_a_plain_text_and_an_as_of_date() -> None:
    rule = "=" * 60
    body = "as of dec 2008\n\nwhatwg and w3c:\n - whatwg is working on html5\n\nthe end\n"
    banner = f"{rule}\nDISCLAIMER 2017-01: this resource is not maintained. It is kept as historical record.\n{rule}\n\n\n"
    c = annotate.compare(body, banner + body, fmt="text")
    assert c.original.date is not None and (c.original.date.value, c.original.date.precision) == ("2008-12", "month")
    assert [(a.label, a.date and a.date.value, a.text) for a in c.annotations] == [("DISCLAIMER", "2017-01", banner.strip())]


def test_a_day_written_either_way_on_an_italian_page_is_day_first() -> None:
    top = "# Dati COVID-19 Italia\n\nI dati sono pubblicati ogni giorno alle 18 per le regioni e le province.\n\n"
    body = "Il 31 gennaio 2020 il Consiglio dei Ministri dichiara lo stato di emergenza.\n\nLa fine.\n"
    notice = "**04/12/2020: i dati relativi al giorno 03/12/2020 sono dati corretti sia per le regioni che per il paese**\n\n"
    c = annotate.compare(top + body, top + notice + body, fmt="markdown")
    assert [a.date and a.date.value for a in c.annotations] == ["2020-12-04"]
    english = "# Data\n\nThe data are published every day at six for the regions and the provinces.\n\n"
    c = annotate.compare(english + body, english + notice.replace("i dati relativi", "the data of") + body, fmt="markdown")
    assert [a.date and a.date.value for a in c.annotations] == ["2020"]  # (English says nothing of the order: its year)

"""What the review of the twelfth session's rules found them doing wrong (/work/review12 at the
time), each on the smallest text that showed it: a data table read as a log, a warning dropped
beside a changelog, "This manual is part of …" read as a notice, a diary's and a company
history's dated paragraphs, French reviews under "## Avis", an old log entry reworded."""

from __future__ import annotations

import pytest

import annotate

_SPORTS = "# 2023 season\n\n| Date | Opponent | Result | Details |\n|---|---|---|---|\n| 2023-09-02 | Rovers | W 2-1 | Home |\n| 2023-09-09 | United | {r} | Away |\n{new}"


def test_a_data_table_with_dates_is_no_log() -> None:
    c = annotate.compare(_SPORTS.format(r="L 0-3", new=""), _SPORTS.format(r="D 1-1", new="| 2023-09-16 | City | W 4-0 | Home |\n"), fmt="markdown")
    assert not c.annotations
    assert any(ch.silent and "L 0-3" in (ch.original.text if ch.original else "") for ch in c.changes)  # the result changed silently


def test_an_errata_tables_old_rows_edited_stay_old() -> None:
    t = "# Errata\n\n| Date | Type | Change | Status |\n|---|---|---|---|\n| 2017-12-01 | Editorial | Made minor grammatical edits in section 2 | {s} |\n| 2018-01-15 | Technical | Corrected the formula for the rate | {s} |\n"
    c = annotate.compare(t.format(s="Open"), t.format(s="Closed"), fmt="markdown")
    assert not c.annotations
    assert [ch.silent for ch in c.changes] == [True, True]


_README = "# fooclient\n\n{top}A client for the Foo API.\n\n## Usage\n\nRun `fooclient sync`.\n\n## Changelog\n\n- 2023-01-05: v1.0 released.\n- 2023-04-02: v1.1 adds retries.\n"


@pytest.mark.parametrize(
    "callout",
    [
        "> **Warning:** This project is no longer maintained. Use barclient instead.",
        "**Note:** Since this was written, we have moved back to plain VMs; see our follow-up post.",
    ],
)
def test_a_notice_beside_a_changelog_is_still_a_note(callout: str) -> None:
    c = annotate.compare(_README.format(top=""), _README.format(top=callout + "\n\n"), fmt="markdown")
    assert [a.text for a in c.annotations] == [callout]


@pytest.mark.parametrize(
    "line",
    [
        "This manual is part of the GNU documentation project.",
        "This list is part of the Awesome lists collection.",
        "This policy is historical context for our 2019 audit; the current policy is linked below.",
    ],
)
def test_what_a_page_belongs_to_is_no_notice(line: str) -> None:
    body = "# Foo\n\nFoo is a tool for frobnicating files.\n\n## Installation\n\nRun make.\n"
    c = annotate.compare(body, body.replace("# Foo\n\n", "# Foo\n\n" + line + "\n\n"), fmt="markdown")
    assert not c.annotations


def test_a_diarys_dated_paragraphs_are_content() -> None:
    d = "# Hiking the Camino\n\nWe left Saint-Jean early and the weather was kind.\n\n**12/05/2019: Roncesvalles to Zubiri, long descent, sore knees.**\n\nLots of pilgrims on the road.\n"
    c = annotate.compare(d, d + "\n**13/05/2019: Zubiri to Pamplona, rain all day and a great dinner.**\n", fmt="markdown")
    assert not c.annotations


@pytest.mark.parametrize(
    ("page", "new"),
    [
        ("# About us\n\n## History\n\n**June 2015** — We opened our first store in Leeds.\n\n**May 2018** — We launched the online shop.\n",
         "\n**March 2023** — We opened our second store in York.\n"),
        ("# Cafetière\n\nUne cafetière italienne classique.\n\n## Avis\n\n**12/03/2023** — Très bon produit, café excellent.\n\n**02/04/2023** — Poignée fragile.\n",
         "\n**15/05/2023** — Livraison rapide, je recommande.\n"),  # French "avis": reviews as often as notices
        ("# Tax guide 2023\n\n## Changes\n\n**1 January 2023** — The personal allowance rises to £12,570.\n",
         "\n**6 April 2023** — The dividend allowance falls to £1,000.\n"),  # a law's changes
    ],
)
def test_dated_paragraphs_of_a_story_reviews_or_a_laws_changes_are_content(page: str, new: str) -> None:
    assert not annotate.compare(page, page + new, fmt="markdown").annotations


def test_an_asciidoc_history_block_of_a_town_is_no_log() -> None:
    town = "= Springfield\n\n.History\n====\n*March 1850*: town founded\n*June 1901*: railway arrives\n{new}====\n\nA small town.\n"
    assert not annotate.compare(town.format(new=""), town.format(new="*May 1950*: new school opens\n"), fmt="text").annotations


def test_an_old_log_entry_reworded_is_an_edit() -> None:
    post = "= Pekko\nPaul King\n\nBody.\n\n.Update history\n****\n*17/Jul/2023*: Initial version. +\n*26/Jul/2023*: Update to Pekko {v}.\n****\n"
    c = annotate.compare(post.format(v="1.0.0"), post.format(v="1.0.1"), fmt="text")
    assert not c.annotations and [ch.kind for ch in c.changes] == ["edit"]


def test_an_advisorys_start_field_keeps_its_date_field() -> None:
    adv = "# Security advisory FOO-2024-01\n\n| Field | Value |\n|---|---|\n| Date | 31 March 2026 |\n| Severity | High |\n| Start | immediately |\n\nA bug allows remote code execution.\n"
    assert annotate.compare(adv, adv, fmt="markdown").original.date.value == "2026-03-31"  # type: ignore[union-attr]


def test_a_note_about_capitalization_rules_discloses_no_case_change() -> None:
    o = "# Naming things\n\nPolish sausages are great. We bought some in Warsaw.\n"
    r = o.replace("Polish", "polish") + "\nUpdate: readers asked about capitalization rules in German nouns; see our other post.\n"
    assert [ch.silent for ch in annotate.compare(o, r, fmt="markdown").changes if ch.kind == "edit"] == [True]


def test_a_note_about_upper_case_filenames_discloses_no_case_change() -> None:
    o = "# Trip\n\nWe flew to Turkey in May and ate well. The US embassy was helpful.\n"
    r = o.replace("Turkey", "turkey").replace("US", "us") + "\nUpdate: the bug with upper-case filenames was fixed in version 2.1.\n"
    assert [ch.silent for ch in annotate.compare(o, r, fmt="markdown").changes if ch.kind == "edit"] == [True, True]


def test_an_asciidoc_page_updated_key_beats_revdate_as_the_update_date() -> None:
    o = "= Post\nPaul King\n:revdate: 2023-07-17T23:24:56+00:00\n:page-updated: 2023-07-20\n\nBody.\n"
    c = annotate.compare(o, o.replace("07-20", "07-25"), fmt="text")
    assert c.original.date is not None and c.original.date.value == "2023-07-17"
    assert c.revised.updated is not None and c.revised.updated.value == "2023-07-25"
    assert [(m.key, m.revised) for m in c.metadata_changes] == [("page-updated", "2023-07-25")]


def test_a_new_errata_row_of_a_day_already_in_the_table_is_a_note() -> None:
    t = "# Errata\n\n| Date | Type | Change | Location |\n|---|---|---|---|\n| 2017-12-01 | Editorial | Made minor grammatical edits | N/A |\n"
    new = "| 2017-12-01 | Technical | Corrected the rate formula in section 3 | p. 4 |"
    assert [a.text for a in annotate.compare(t, t + new + "\n", fmt="markdown").annotations] == [new]


def test_a_second_entry_of_the_same_day_in_a_log_block_is_a_note() -> None:
    post = "= Post\n\nBody.\n\n.Update history\n****\n*17/Jul/2023*: Fixed typos in section 2. +\n{new}****\n"
    new = "*17/Jul/2023*: Fixed typos in section 3.\n"
    c = annotate.compare(post.format(new=""), post.format(new=new), fmt="text")
    assert [a.text for a in c.annotations] == [new.strip()]


def test_a_changelog_entry_given_a_continuation_line_is_no_silent_deletion() -> None:
    spec = "# Spec\n\nBody text of the specification.\n\n## Changelog\n\n- 2021-03-04: Fixed typos in the introduction section.{more}\n- 2021-02-01: First published.\n"
    c = annotate.compare(spec.format(more=""), spec.format(more="\n  Also clarified limits in the body text."), fmt="markdown")
    assert not [ch for ch in c.changes if ch.kind == "deletion" and ch.silent]


def test_an_event_meta_line_is_no_page_date() -> None:
    page = '<html><body><h1>Concert</h1><div class="event-meta">Sat 12 Oct 2024</div><p>Doors at seven.</p></body></html>'
    assert annotate.compare(page, page, fmt="html").original.date is None

"""The fifteenth session's second review (dates in the text, publication dates, addresses, calendar
versions): each severe and medium problem it found, on its own example (the reviewer's cases,
cut down; /work/review17)."""

from __future__ import annotations

import pytest

import annotate
from annotate.dates import find_dates

_NEWS = "# Council budget\n\nThe board will meet on 4 December 2025 to vote on the budget.\n\nAll members are welcome.\n\nThe agenda is online.\n"


def _silent(c: annotate.Comparison) -> list[str]:
    return [ch.revised.text if ch.revised else "" for ch in c.changes if ch.silent]


@pytest.mark.parametrize(
    "note",
    [
        "**Update:** the board meeting has been postponed.",
        "*Correction: An earlier version of this article gave the wrong date for the budget vote.*",
        "**Update:** the meeting moved to 30 January.",
    ],
)
def test_a_date_in_the_text_moved_as_a_note_says_is_disclosed(note: str) -> None:
    b = _NEWS.replace("4 December 2025", "30 January 2026").replace("The agenda", f"{note}\n\nThe agenda")
    assert not _silent(annotate.compare(_NEWS, b, fmt="markdown"))


def test_a_correction_writing_the_day_discloses_a_date_cell() -> None:
    a = "# Timeline\n\n| Event | Day |\n| --- | --- |\n| Pandemic declared | 12 March 2020 |\n\nMore below.\n"
    note = "*Correction: the WHO declared the pandemic on 11 March 2020, not 12 March.*"
    b = a.replace("12 March 2020", "11 March 2020").replace("More below.", f"{note}\n\nMore below.")
    assert not _silent(annotate.compare(a, b, fmt="markdown"))


def test_a_from_day_notice_is_refused_only_before_the_originals_date() -> None:
    a = "Last updated: 1 March 2022\n\n# Fees\n\nFees are $10.\n\nPay at the desk.\n"
    b = a.replace("1 March 2022", "2 June 2022").replace("Fees are $10.", "From 1 May 2022, fees are $12.\n\nFees are $12.")
    c = annotate.compare(a, b, fmt="markdown")
    assert [n.date.value if n.date else None for n in c.annotations] == ["2022-05-01"] and not _silent(c)


_EVENT = "# Spring fair\n\n16 April 2026\n\nStalls open at ten.\n\nTickets cost $5.\n\nBring the children.\n"


def test_a_publication_date_moved_on_is_disclosed_only_by_update_notes() -> None:
    moved = _EVENT.replace("16 April", "23 April")
    advice = moved.replace("Bring the children.", "> **Note:** bring a photo ID.\n\nBring the children.")
    assert _silent(annotate.compare(_EVENT, advice, fmt="markdown"))
    update = moved.replace("Bring the children.", "**Update:** the fair moved a week to 23 April.\n\nBring the children.")
    assert not _silent(annotate.compare(_EVENT, update, fmt="markdown"))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("https://github.com/tokio-rs/tokio/blob/master/CONTRIBUTING.md", "https://github.com/tokio-rs/hyper/blob/master/CONTRIBUTING.md"),
        ("https://www.usa.gov/agencies/fda/contact", "https://www.usa.gov/agencies/cdc/contact"),
        ("https://www.example.com/us/mortgage-rates/", "https://www.example.com/uk/mortgage-rates/"),
    ],
)
def test_a_bare_address_to_another_page_is_an_edit(old: str, new: str) -> None:
    a = f"# Links\n\nSee {old} for details.\n\nThanks.\n"
    assert _silent(annotate.compare(a, a.replace(old, new), fmt="markdown"))


def test_a_link_to_another_countrys_page_is_an_edit() -> None:
    a = "# Rates\n\nSee [mortgage rates](https://www.example.com/us/mortgage-rates/) today.\n\nThanks.\n"
    assert _silent(annotate.compare(a, a.replace("/us/", "/uk/"), fmt="markdown"))


@pytest.mark.parametrize("note", ["", "**Update:** we added a section on pricing.\n\n", "> **Note:** you need admin rights.\n\n"])
def test_a_front_matter_date_moved_back_is_silent_unless_a_note_names_the_date(note: str) -> None:
    a = "---\ntitle: Post\ndate: 2021-03-03\n---\n\nBody of the post.\n\nMore body.\n"
    b = a.replace("2021-03-03", "2021-02-10").replace("More body.", f"{note}More body.")
    assert [(m.key, m.silent) for m in annotate.compare(a, b, fmt="markdown").metadata_changes] == [("date", True)]
    named = a.replace("2021-03-03", "2021-02-10").replace("More body.", "**Correction:** we corrected the publication date.\n\nMore body.")
    assert [(m.key, m.silent) for m in annotate.compare(a, named, fmt="markdown").metadata_changes] == [("date", False)]


def test_front_matter_dates_written_in_words_and_moved_two_ways() -> None:
    a = "---\ntitle: Post\ndate: March 3, 2021\n---\n\nBody.\n"
    assert [m.silent for m in annotate.compare(a, a.replace("March 3", "January 20"), fmt="markdown").metadata_changes] == [True]
    two = "---\ntitle: Post\ndate: 2021-03-03\npublished: 2021-03-03\n---\n\nBody.\n"
    b = two.replace("date: 2021-03-03", "date: 2021-06-01").replace("published: 2021-03-03", "published: 2021-01-01")
    assert [(m.key, m.silent) for m in annotate.compare(two, b, fmt="markdown").metadata_changes] == [("date", True), ("published", True)]


def test_a_date_filling_a_list_item_is_content() -> None:
    a = "# Deadlines\n\n- 14 May 2026\n- 1 June 2026\n\nSend your entries by then.\n"
    assert _silent(annotate.compare(a, a.replace("14 May 2026", "21 July 2026"), fmt="markdown"))


def test_site_stamps_moving_on_are_no_edits() -> None:
    for line, old, new in (
        ("Generated on Fri Mar 12 2021 10:00:00 for Foo by doxygen 1.9.1", "Fri Mar 12 2021 10:00", "Thu Apr 15 2021 08:30"),
        ("Next review due: 12 March 2024", "12 March 2024", "20 May 2025"),
    ):
        a = f"# Page\n\nBody.\n\nMore.\n\n{line}\n"
        assert not _silent(annotate.compare(a, a.replace(old, new), fmt="markdown")), line


def test_a_calendar_version_is_no_date() -> None:
    assert not find_dates("2023.7.1") and not find_dates("2023.12.1")
    assert [f.value for f in find_dates("2023.7.30")] == ["2023-07-30"]
    a = "# Guide\n\nThe guide for this release.\n\nMore.\n"
    c = annotate.compare(a, a.replace("More.", "This page has been superseded by the guide for 2023.7.1.\n\nMore."), fmt="markdown")
    assert [n.date for n in c.annotations] == [None]


def test_a_pages_only_heading_of_its_level_over_most_of_it_is_no_section_a_note_names() -> None:
    # (a charter's page: its h2 title under the site's h1; "This charter is obsolete" names no place)
    body = "".join(f"<h3>Part {n}</h3><p>Part {n} of the charter says what the group does, {n}.</p>" for n in range(4))
    page = "<html><body><header><h1>The Working Group</h1></header><article><h2>Charter (Historical)</h2>{note}" + body + "<p>Queries should be directed to the list.</p></article></body></html>"
    note = "<p>This charter is obsolete and historical: it no longer represents how the group operates.</p>"
    c = annotate.compare(page.format(note=""), page.format(note=note).replace("should be directed to", "can be sent to"), fmt="html")
    assert len(c.annotations) == 1 and _silent(c)


def test_a_notice_of_a_state_reports_no_change_of_the_text() -> None:
    from annotate.notices import REPORTS_CHANGE

    # ("… the usual policy will apply: files not accessed in 28 days being automatically deleted")
    assert not REPORTS_CHANGE.search("files being automatically deleted") and not REPORTS_CHANGE.search("files will be deleted")
    assert REPORTS_CHANGE.search("Removed the table.") and REPORTS_CHANGE.search("The section has been removed.")

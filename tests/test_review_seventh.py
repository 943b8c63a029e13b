"""Ordinary text the seventh session's rules first misread (found by a review of the change):
each rule holds only where its evidence is, and a false disclosure stays a silent edit."""

from __future__ import annotations

import annotate
from annotate.dates import resolve_year
from annotate.notices import general_notice
from annotate.openings import label_at
from annotate.read import read_document

_FRONT = "---\ntitle: Post\ndate: 2024-03-01\n---\n\n"


def _silent(original: str, revised: str) -> list[tuple[str, bool]]:
    c = annotate.compare(_FRONT + original, _FRONT + revised, fmt="markdown")
    return [(ch.kind, ch.silent) for ch in c.changes if ch.kind not in ("annotation", "frame")]


def test_visible_attributes_and_attributes_shown_as_code_stay_silent() -> None:
    note = "\n\n*Update, May 5 2025: a new section.*\n"
    assert _silent('<p>Old text.</p>\n\nEnd.\n', '<p style="display: none">Old text.</p>\n\nEnd.\n' + note) == [("addition", True)]
    assert _silent('Use `<div>` here.\n\nEnd.\n', 'Use `<div id="main">` here.\n\nEnd.\n' + note) == [("addition", True)]


def test_a_console_name_is_no_label() -> None:
    assert label_at("PS5: available in November for $499.", 0, 36) is None
    assert label_at("NB 2: x", 0, 7) is None


def test_a_quoted_word_names_no_longer_change_holding_it() -> None:
    original = "A reply came.\n\nThanks for reading!\n"
    revised = 'A reply came.\n\n**Update, May 5 2025:** A spokesperson replied: "Thanks".\n'
    assert ("deletion", True) in _silent(original, revised)


def test_a_link_to_a_sites_home_names_nothing() -> None:
    original = "I talked about pricing.\n\nThe end.\n"
    revised = (
        "I talked about pricing.\n\nI also consult on pricing; see [my site](https://example.com).\n\nThe end.\n\n"
        "**Update:** I moved the slides to [my site](https://example.com).\n"
    )
    assert ("addition", True) in _silent(original, revised)


def test_notices_about_one_thing_are_not_general() -> None:
    assert not general_notice("The default timeout is 30 seconds; I changed it accordingly.")
    assert not general_notice("A reader pointed this out, so I updated the post to incorporate that.")
    original = "Revenue was 5 million.\n\nSee the search page.\n"
    revised = "Revenue was 2 million.\n\nSee the search page.\n\n**Update:** I added a link to the search results page.\n"
    assert ("edit", True) in _silent(original, revised)


def test_a_stale_foot_stamp_dates_nothing() -> None:
    body = "One.\n\nTwo.\n\nThree.\n\nFour.\n\n*Last updated 2023-01-10.*\n"
    doc = read_document(_FRONT + body, fmt="markdown")
    assert doc.updated is None


def test_a_figures_date_either_way_takes_the_reading_before_the_revised_date() -> None:
    assert resolve_year("XXMD-02-03", "2024-03-01", "2025-02-10") == "2025-02-03"
    assert resolve_year("XXMD-02-03", "2024-03-01", None) == "2024-03-02"


def test_an_old_line_under_a_new_note_is_neither_the_notes_nor_a_change() -> None:
    original = "Intro.\n\nMiddle.\n\nSee the docs for more.\n"
    revised = "Intro.\n\nMiddle.\n\nUpdate 2025-05-05: the docs moved to a new site.\nSee the docs for more.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["Update 2025-05-05: the docs moved to a new site."]
    assert [ch.kind for ch in c.changes] == ["annotation"]
    # a line deleted elsewhere does not cut a note that ends with the same words
    original = "See the docs for more.\n\nIntro.\n\nMiddle.\n"
    revised = "Intro.\n\nMiddle.\n\nUpdate 2025-05-05: the docs moved.\nSee the docs for more.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["Update 2025-05-05: the docs moved.\nSee the docs for more."]


def test_a_callout_word_with_a_date_heads_no_body() -> None:
    original = "# Meetup\n\nWelcome.\n"
    revised = "# Meetup\n\n**Important: March 5, 2024**\n\nDoors open at six.\n\nWelcome.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["**Important: March 5, 2024**"]

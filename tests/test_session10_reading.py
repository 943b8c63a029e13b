"""Rules of the tenth session, each on a small text written like the real documents that
taught it (held-out sets 39 and 40: a public-sector report, a Czech data portal, an open
science community site, a project blog)."""

from __future__ import annotations

import annotate
from annotate.dates import find_dates

_TOP = "---\ntitle: A post\ndate: 2025-04-29\n---\n\nIntro paragraph of the page with enough words in it.\n\n"
_FOOT = "\n\nClosing paragraph of the page that says nothing new at all.\n"


def _notes(original: str, revised: str) -> list[tuple[str, str | None]]:
    c = annotate.compare(original, revised, fmt="markdown")
    return [(a.text, a.date.value if a.date else None) for a in c.annotations]


def test_a_bold_update_title_with_words_after_its_label_takes_its_body() -> None:
    # "**UPDATE 2025-05-19: Application period extension**" over its paragraph: a heading in bold
    body = "We have extended the timeline by one week. Please apply by the end of May."
    revised = _TOP + f"**UPDATE 2025-05-19: Application period extension**\n\n{body}\n\nThe call." + _FOOT
    assert _notes(_TOP + "The call." + _FOOT, revised) == [
        (f"**UPDATE 2025-05-19: Application period extension**\n\n{body}", "2025-05-19")
    ]


def test_a_bold_update_sentence_does_not_take_the_paragraph_under_it() -> None:
    # a sentence in bold is a note of its own: the new paragraph under it is not its body
    revised = _TOP + "**Update 2025-05-19: the deadline is now May 26.**\n\nA new paragraph about the venue.\n\nThe call." + _FOOT
    c = annotate.compare(_TOP + "The call." + _FOOT, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["**Update 2025-05-19: the deadline is now May 26.**"]
    assert [ch.revised.text for ch in c.changes if ch.silent and ch.revised] == ["A new paragraph about the venue."]


def test_note_comma_then_a_disclosure_sentence_is_a_note() -> None:
    original = _TOP + "- one\n- two" + _FOOT
    revised = _TOP + "- Note, this post has been updated in May 2025.\n- one\n- two" + _FOOT
    assert _notes(original, revised) == [("- Note, this post has been updated in May 2025.", "2025-05")]


def test_a_month_in_emphasis_before_the_label_dates_the_note() -> None:
    revised = _TOP + "_May 2025_ Update: Since this post was first written the plan changed." + _FOOT
    assert _notes(_TOP.rstrip() + _FOOT, revised) == [
        ("_May 2025_ Update: Since this post was first written the plan changed.", "2025-05")
    ]


def test_a_label_dated_after_a_preposition_of_another_language() -> None:
    for said in ("Update k 9.7.2025: Harvestace byla plně obnovena.", "Update vom 9.7.2025: Der Dienst läuft wieder."):
        assert _notes(_TOP.rstrip() + _FOOT, _TOP + said + _FOOT) == [(said, "2025-07-09")]


def test_a_dotted_date_is_day_first() -> None:
    assert [d.value for d in find_dates("Stand: 01.03.2024, then 9.7.2025")] == ["2024-03-01", "2025-07-09"]
    assert find_dates("version 1.13.2024") == []  # (no 13th month)
    assert [d.value for d in find_dates("07/25/2017")] == ["2017-07-25"]  # (slashes: as before, when one way only)


def test_a_legend_for_marked_values_is_a_note_that_discloses_them() -> None:
    # "47*" in a table and a new "*denotes updated totals …" line under it: the legend is a
    # note, and each value it marks is disclosed by it, even where it does not name the old value
    table = "| measure | count |\n| --- | --- |\n| public pages | {a} |\n| intranet | {b} |\n"
    original = _TOP + table.format(a="48", b="42") + _FOOT
    legend = "*denotes updated totals due to a data transcription error."
    revised = _TOP + table.format(a="47*", b="40*") + "\n" + legend + _FOOT
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [legend]
    edits = [ch for ch in c.changes if ch.kind == "edit"]
    assert len(edits) == 2 and not any(ch.silent for ch in edits)
    assert all(ch.disclosed_by == (c.annotations[0].id,) for ch in edits)


def test_a_legend_glued_under_an_html_table_is_a_passage_of_its_own() -> None:
    # CommonMark runs an HTML block on to the next blank line; the reader sees the line
    # under "</table>" as text of its own
    table = "<table>\n  <tr><td>{a}</td></tr>\n</table>\n"
    original = _TOP + table.format(a="48") + "\nMore text after the table." + _FOOT
    legend = "*denotes updated totals due to a data transcription error."
    revised = _TOP + table.format(a="47*") + legend + "\n\nMore text after the table." + _FOOT
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [legend]
    assert not [ch for ch in c.changes if ch.silent]


def test_italics_and_list_markers_are_no_legend() -> None:
    # a sentence in italics closes its mark; a list item's marker stands apart from its word
    original = _TOP + "The call." + _FOOT
    for line in ("*Updated totals are below.*", "* updated the totals below"):
        c = annotate.compare(original, _TOP + line + "\n\nThe call." + _FOOT, fmt="markdown")
        assert not c.annotations, line

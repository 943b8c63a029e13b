"""The republished version read alone: notes, framing, dates, and the rebuilt original."""

from __future__ import annotations

import annotate
from annotate.read import read_document

BODY = (
    "The river authority opened the new weir in March, three months late.\n\n"
    "Anglers say the fish ladder works; canoeists are less sure.\n\n"
    "The next phase, a footbridge, is due in the autumn."
)


def repost(intro: str, marker: str, body: str = BODY) -> str:
    return f"{intro}\n\n{marker}\n\n{body}"


def test_inferred_date_needs_an_exact_interval_for_day_precision() -> None:
    exact = annotate.find_annotations(repost(
        "A year on, I look back at a piece I wrote exactly a year ago.",
        "This article was first published by The Courier on 5 July 2016",
        BODY + "\n\n(Since then the footbridge opened.)",
    ))
    assert exact.original_date is not None and exact.original_date.value == "2016-07-05"
    assert exact.date is not None and (exact.date.value, exact.date.precision, exact.date.basis) == ("2017-07-05", "day", "inferred")
    [note] = exact.annotations
    assert note.date is not None and (note.date.value, note.date.basis) == ("2017-07-05", "inferred")
    assert "exactly a year ago" in note.date.evidence

    rough = annotate.find_annotations(repost(
        "I wrote this article about two years ago and it still holds.",
        "This piece was originally published on 5 July 2016 in The Courier.",
    ))
    assert rough.date is not None and (rough.date.value, rough.date.precision) == ("2018", "year")

    months = annotate.find_annotations(repost(
        "Six months ago I published this post.",
        "It first appeared in The Courier on 5 July 2016.",
    ))
    assert months.date is not None and (months.date.value, months.date.precision) == ("2017-01", "month")


def test_relative_phrase_about_something_else_is_ignored() -> None:
    notes = annotate.find_annotations(repost(
        "The weir flooded exactly a year ago.",
        "This article was first published by The Courier on 5 July 2016",
    ))
    assert notes.date is None


def test_document_date_beats_inference() -> None:
    doc = read_document(repost("I wrote this exactly a year ago.", "First published on 5 July 2016."), date="2017-08-01")
    notes = annotate.find_annotations(doc)
    assert notes.date is not None and (notes.date.value, notes.date.basis) == ("2017-08-01", "option")


def test_no_marker_no_frame_and_no_date() -> None:
    notes = annotate.find_annotations(BODY + "\n\n(Update: the footbridge opened.)")
    assert notes.frames == ()
    assert [a.date for a in notes.annotations] == [None]
    assert notes.annotations[0].label == "Update"


def test_strip_removes_notes_frames_and_inline_notes() -> None:
    revised = repost(
        "New introduction.",
        "This article was first published by The Courier on 5 July 2016",
        BODY.replace("late.", "late [Editor's note: four months, in fact].") + "\n\n(Since then, more.\n\nMuch more.)",
    )
    rebuilt = annotate.strip_annotations(revised)
    assert rebuilt == BODY + "\n"


def test_strip_leaves_no_space_where_a_note_opened_a_paragraph() -> None:
    rebuilt = annotate.strip_annotations("Body one.\n\n[Update: x] The vote passed later.\n\nEnd [Editor's note: y] here.")
    assert rebuilt == "Body one.\n\nThe vote passed later.\n\nEnd here.\n"


def test_a_short_note_is_dated_by_what_it_says_happened_on_a_date() -> None:
    """"_Edit: It was merged on the morning of May 28!_" in a post of 27 May 2024 was added on
    28 May 2024; a date in a link's address or an event's name is not the note's."""
    body = "---\ndate: 2024-05-27\n---\n\nThe patch is waiting for review.\n\nMore text."
    edit = "_Edit: It was merged on the morning of May 28!_"
    c = annotate.compare(body, body.replace("review.", "review.\n\n" + edit), fmt="markdown")
    assert [(a.text, a.date and a.date.value) for a in c.annotations] == [(edit, "2024-05-28")]
    event = "**Note:** The June 20, 2024 meeting has been cancelled, see [the post](/blog/2024/06/01/x)."
    c = annotate.compare(body, body.replace("review.", "review.\n\n" + event), fmt="markdown")
    assert [a.date for a in c.annotations] == [None]

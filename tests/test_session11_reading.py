"""Rules of the eleventh session, each on a small text written like the real documents that
taught it (a conference site's sponsor page with its updates stacked above the article)."""

from __future__ import annotations

import annotate

_TOP = "---\ntitle: Sponsors wanted\n---\n\n"
_BODY = "The conference will be held in Tokyo in November, for the sixth time.\n\nSponsors may choose one of three plans."


def test_updates_stacked_under_bracketed_headings_take_their_own_dates_and_stop_at_the_break() -> None:
    updates = (
        "## [UPDATED] 2018-10-01\n\nSponsorship is now closed.\n\n"
        "## [UPDATED] 2018-08-22\n\nSponsorship closes on 2018-10-01.\n\n"
        "## [UPDATED] 2018-06-15\n\nSponsorship is open. Apply with the form below.\n\n<https://forms.example/x>\n\n---\n\n"
    )
    c = annotate.compare(_TOP + _BODY + "\n", _TOP + updates + _BODY + "\n", fmt="markdown")
    assert [(a.text.split("\n")[0], a.date.value if a.date else None) for a in c.annotations] == [
        ("## [UPDATED] 2018-10-01", "2018-10-01"),
        ("## [UPDATED] 2018-08-22", "2018-08-22"),
        ("## [UPDATED] 2018-06-15", "2018-06-15"),
    ]
    assert c.annotations[-1].text.endswith("<https://forms.example/x>")  # (the break parts the updates from the article)
    assert not [ch for ch in c.changes if ch.silent]


def test_a_thematic_break_inside_a_new_section_ends_the_note() -> None:
    revised = _TOP + "## Update\n\nThe venue moved to Osaka.\n\n---\n\nA new paragraph after the break.\n\n" + _BODY + "\n"
    c = annotate.compare(_TOP + _BODY + "\n", revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["## Update\n\nThe venue moved to Osaka."]
    [silent] = [ch.revised.text for ch in c.changes if ch.silent and ch.revised]
    assert silent.endswith("A new paragraph after the break.")

"""Held-out sets 27 and 28 (science blogs, security advisories, game and hobby sites, language
communities, company blogs): the rules their misses taught, each on a small text written like
the real one."""

from __future__ import annotations

import annotate
from annotate.notices import general_notice
from annotate.openings import label_at


def test_a_colon_box_opener_does_not_close_itself() -> None:
    original = "Intro.\n\nZephyr 4.1 is here.\n"
    note = (
        ":::note\n\nThe following changes have been made since this blog post was originally published:\n\n"
        "- The move to `zmk` variants by default was documented.\n\n:::"
    )
    revised = original.replace("Zephyr", note + "\n\nZephyr")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [note]


def test_please_note_and_ps_are_labels() -> None:
    assert label_at("_**Please note**: As mentioned above, this is old.", 0, 50) == ("Please note", None, 17)
    assert label_at("PS: we made a mistake in the Windows release.", 0, 45) == ("PS", None, 3)
    assert label_at("Please note that the venue moved.", 0, 33) is None  # (an ordinary sentence)
    assert label_at("PS I love you", 0, 13) is None


def test_a_note_saying_the_paragraph_below_was_corrected() -> None:
    original = "## Results\n\nThe share was 56%, and the p-value 0.0006.\n\n## Next\n\nMore.\n"
    revised = original.replace(
        "The share", "*Update: a reader found an error. The paragraph below is corrected accordingly.*\n\nThe share"
    ).replace("56%", "73%").replace("0.0006", "10^-8^")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [ch.silent for ch in c.changes if ch.kind == "edit"] == [False, False]


def test_a_headings_date_line_after_a_blank_line() -> None:
    original = "# DEF CON\n\nWe showed an attack.\n"
    revised = original + "\n## Addendum\n\n_Updated 8/18/2025_\n\nThe attack was overstated; we apologise.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2025-08-18"]


def test_a_title_naming_a_release_a_note_names() -> None:
    original = "---\ntitle: OpenTTD 13.2\n---\n\nOpenTTD 13.2 is out.\n"
    revised = original.replace("title: OpenTTD 13.2", "title: OpenTTD 13.2 (and 13.2.1)").replace(
        "is out.", "is out.\n\nPS: we made a mistake in the Windows release; a 13.2.1 was pushed to address this issue."
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(m.key, m.silent) for m in c.metadata_changes] == [("title", False)]


def test_updated_to_incorporate_changes_is_a_general_notice() -> None:
    assert general_notice("**Updated 2020-10-09 to incorporate language changes.**")

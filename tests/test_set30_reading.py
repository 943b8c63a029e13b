"""Held-out set 30 (civic and open-data blogs, data tools, operating-system news): the rules its
misses taught, each on a small text written like the real one."""

from __future__ import annotations

from reading_checks import note_texts

import annotate
from annotate.openings import label_at


def test_a_quarto_callout_is_a_box() -> None:
    original = "## Results\n\nThe runs took long.\n"
    box = "::: {.callout-warning}\n## The Polars run durations were highly variable\n\nI could not make them consistent.\n:::"
    revised = original.replace("The runs", box + "\n\nThe runs")
    assert note_texts(original, revised) == [box]
    assert label_at("::: {.callout-tip}\nUse x.\n:::", 0, 24) is None  # (a tip is advice, not a note)


def test_two_label_words_joined_are_one_label() -> None:
    found = label_at("UPDATE / NOTE: M2 machines are now fully supported.", 0, 51)
    assert found is not None and found[0] == "UPDATE" and found[2] == 14
    assert label_at("Note / see below", 0, 16) is None


def test_a_pointer_to_an_updated_version_is_a_note() -> None:
    original = "# Matching\n\nThis tutorial shows the API.\n"
    note = "**An updated version of [this tutorial is located here](/docs/api/matching/).**"
    assert note_texts(original, original.replace("This tutorial", note + "\n\nThis tutorial")) == [note]
    # an updated version of something else is news, not a note
    assert label_at("An updated version of the API was released.", 0, 43) is None
    assert label_at("This post is outdated. See the new one.", 0, 39) is not None


def test_a_full_date_in_figures_either_way_round_takes_the_reading_the_documents_dates_allow() -> None:
    found = label_at("**Update 2/11/2020:** We removed the column.", 0, 44)
    assert found is not None and found[1] is not None and found[1].value == "XXMD-02-11-2020"
    original = "---\ndate: 2020-01-15\n---\n\nThe dataset has a LOCATION column.\n"
    revised = original + "\n**Update 2/11/2020:** We decided not to change the LOCATION column.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2020-02-11"]
    # no date of the document to decide by: only the year is sure
    c = annotate.compare("Intro.\n", "Intro.\n\n**Update 09-07-2021:** A newer article exists.\n", fmt="markdown")
    assert [(a.date.value, a.date.precision) if a.date else None for a in c.annotations] == [("2021", "year")]

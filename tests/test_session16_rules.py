"""The sixteenth session's rules, each on its own example: a lowered word is not named by a note
writing it as prose does, the old year written in a new year's first weeks, and a rewrite the
alignment cut in two keeps its disclosure on both halves."""

from __future__ import annotations

import annotate


def _silent(c: annotate.Comparison) -> list[str]:
    return [(ch.original.text if ch.original else "") + " -> " + (ch.revised.text if ch.revised else "") for ch in c.changes if ch.silent]


_LIST = (
    "---\ntitle: Tidy data\ndate: 2018-03-04\n---\n\nSome advice on code.\n\n"
    "* With data that is equal in length, store it in a data frame.\n* Change `T` to `TRUE` everywhere.\n\nThe end.\n"
)


def test_a_list_item_lowered_is_silent_though_a_note_writes_the_word() -> None:
    b = _LIST.replace("* With", "* with").replace("The end.", "## Addendum\n\nAfter posting, I was told about a shooting with more data.\n\nThe end.")
    silent = _silent(annotate.compare(_LIST, b, fmt="markdown"))
    assert "With -> with" in silent


def test_a_note_writing_a_word_in_its_new_capitals_still_discloses_it() -> None:
    a = "# Tools\n\nWe host the code on Github these days.\n\nMore soon.\n"
    b = a.replace("Github", "GitHub").replace("More soon.", "**Update:** spelled GitHub properly.\n\nMore soon.")
    assert not _silent(annotate.compare(a, b, fmt="markdown"))


_POST = "---\ntitle: Box office\ndate: 2022-12-20\n---\n\nThe film opened last week.\n\nIt may pass the record.\n"


def test_a_january_note_written_with_the_old_year_is_dated_a_year_on() -> None:
    b = _POST.replace("It may", "Update 30 Jan 2022: Well, it did.\n\nIt may")
    (note,) = annotate.compare(_POST, b, fmt="markdown").annotations
    assert note.date is not None and note.date.value == "2023-01-30"


def test_a_note_dated_before_the_original_in_another_month_is_left_as_written() -> None:
    b = _POST.replace("It may", "Update 30 Jun 2022: it did not.\n\nIt may")
    (note,) = annotate.compare(_POST, b, fmt="markdown").annotations
    assert note.date is not None and note.date.value == "2022-06-30"


_RESULTS = (
    "# Suppressed data\n\nWe tried four methods.\n\n"
    "* substituting 3 worked fine.\n"
    "* imputation with Poisson probabilities beat uniform sampling. Sampling the suppressed values from a uniform "
    "distribution gives particularly bad coefficients for the suppressed cells.\n\nThat is all.\n"
)


def test_a_sentence_moved_into_a_disclosed_rewrite_takes_its_disclosure() -> None:
    b = _RESULTS.replace(
        " Sampling the suppressed values from a uniform distribution gives particularly bad coefficients for the suppressed cells.",
        "\n* the left-censored survival method performed ok.\n* Sampling the suppressed values from a uniform distribution, and the "
        "left-censored survival method, both give particularly bad coefficients for the suppressed cells.",
    ).replace("We tried", "*Updated 9 November 2018 with corrected use of the left-censored survival model*\n\nWe tried")
    assert not [s for s in _silent(annotate.compare(_RESULTS, b, fmt="markdown")) if "Sampling" in s]


def test_a_deletion_sharing_only_a_topic_with_a_disclosed_addition_stays_silent() -> None:
    b = _RESULTS.replace(
        " Sampling the suppressed values from a uniform distribution gives particularly bad coefficients for the suppressed cells.",
        "\n* the left-censored survival method performed ok on the suppressed cells.",
    ).replace("We tried", "*Updated 9 November 2018 with corrected use of the left-censored survival model*\n\nWe tried")
    assert [s for s in _silent(annotate.compare(_RESULTS, b, fmt="markdown")) if "Sampling" in s]

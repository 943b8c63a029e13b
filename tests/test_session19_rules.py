"""The nineteenth session's rules, each on its own example with a guard beside it: note forms
found by probing (a journal's "Note added in proof:", a dated "Heads-up (March 2021):", "Later
that week:", "Shortly after publishing this, …", a status notice about the page's information or
section, a Jekyll include of a note partial) and the misses of set 56."""

from __future__ import annotations

import pytest
from test_session17_rules import _silent

import annotate

_BASE = [
    "# A post about bridges",
    "The bridge will close on Monday for repairs lasting two weeks, the council said.",
    "Officials said traffic would be diverted through the town centre during the works.",
    "Residents have complained about the noise from the site for months now.",
]


def _with(paragraph: str) -> annotate.Comparison:
    """The base post, and the same with ``paragraph`` added after its third paragraph."""
    a = "\n\n".join(_BASE) + "\n"
    b = "\n\n".join([*_BASE[:3], paragraph, *_BASE[3:]]) + "\n"
    return annotate.compare(a, b, fmt="markdown")


@pytest.mark.parametrize(
    ("paragraph", "label", "date"),
    [
        ("Note added in proof: the works last three weeks, not two.", "Note added in proof", None),
        ("Note added after publication: the works last three weeks.", "Note added after publication", None),
        ("**Heads-up (March 2021):** the bridge has since reopened.", "Heads-up", "2021-03"),
        ("Later that week: the bridge has since reopened.", "Later that week", None),
        ("Later the same day: the bridge reopened.", "Later the same day", None),
        ("A few days after publishing this, the bridge reopened.", "A few days after publishing this", None),
        ("Shortly after I posted this, the council changed its plans.", "Shortly after I posted this", None),
        ("**This information is out of date.** The bridge has since reopened.", None, None),
        ("> This section is no longer accurate: the bridge reopened in April.", None, None),
        ('{% include warning.html content="The bridge has since reopened, and the works ended a week early." %}', "warning", None),
        ('{% include callout.html content="The bridge has since reopened, a week early." type="info" %}', "callout", None),
    ],
)
def test_a_form_found_by_probing_is_a_note(paragraph: str, label: str | None, date: str | None) -> None:
    c = _with(paragraph)
    (note,) = c.annotations
    assert note.text == paragraph and note.label == label
    assert (note.date.value if note.date else None) == date
    assert not _silent(c)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Later that week the council met again to discuss the closure and its costs.",  # a story's "later", no colon
        "A few days after the closure, traders said business had fallen by half.",  # after an event, not the post
        "Note added to the minutes: the meeting closed at nine.",  # not a note of the text's change
        '{% include image.html file="bridge.jpg" alt="The bridge" %}',  # a partial that is no callout
        "This section describes how traffic will be diverted during the works.",  # a section told, not its status
    ],
)
def test_prose_and_partials_that_look_alike_are_content(paragraph: str) -> None:
    c = _with(paragraph)
    assert not c.annotations

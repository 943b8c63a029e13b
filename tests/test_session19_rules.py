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


_GUIDE = (
    "# How to install Foo\n\n{note}Foo is a tool for building sites. It runs on Linux and macOS.\n\n"
    "Install it with `pip install foo==1.2`. See the [install guide](https://foo.dev/install) for more.\n\n"
    "Then run `foo init` in an empty folder. It takes about 30 seconds.\n\nThat is all you need.\n"
)


def _guide(note: str, *edits: tuple[str, str]) -> annotate.Comparison:
    """The guide, and the same with ``note`` on its top and ``edits`` made."""
    b = _GUIDE.format(note=note + "\n\n" if note else "")
    for old, new in edits:
        assert old in b
        b = b.replace(old, new)
    return annotate.compare(_GUIDE.format(note=""), b, fmt="markdown")


def test_a_notice_of_fixed_links_covers_an_edit_inside_an_address() -> None:
    c = _guide("**Update:** fixed the broken link to the install guide.", ("https://foo.dev/install", "https://foo.dev/docs/install"))
    assert not _silent(c)
    # guard: without the notice, the link moved to another page is an edit of its own
    assert _silent(_guide("**Update:** Foo 1.3 is out.", ("https://foo.dev/install", "https://foo.dev/docs/install"))) == [" -> docs/"]


def test_an_update_writing_the_word_an_edit_brings_in_discloses_it() -> None:
    c = _guide("**Update:** the install step now uses pipx.", ("pip install", "pipx install"))
    assert not _silent(c)


def test_an_update_writing_a_word_the_page_already_has_does_not() -> None:
    # guard: "sites" is on the page before the edit; the note writing it names no edit bringing it
    c = _guide("**Update:** Foo now builds sites faster.", ("in an empty folder", "in an empty folder with your sites"))
    assert _silent(c) == [" -> with your sites"]


def test_a_whole_figure_with_its_unit_written_by_a_note_is_disclosed() -> None:
    c = _guide("**Update:** The timing was wrong; it is closer to 2 minutes.", ("about 30 seconds", "about 2 minutes"))
    assert not _silent(c)
    # guard: a note about something else names no such edit
    assert _silent(_guide("**Update:** Foo 1.3 is out.", ("about 30 seconds", "about 2 minutes"))) == ["30 seconds -> 2 minutes"]


@pytest.mark.parametrize("note", ["*Updated to Foo 2.0.*", "*Updated for Foo 2.*", "_Revised for Python 3.12._"])
def test_updated_for_a_new_release_is_a_general_notice(note: str) -> None:
    c = _guide(note, ("foo==1.2", "foo==2.0"))
    assert len(c.annotations) == 1 and not _silent(c)


_PAGE = (
    "<html><head><title>Bridge</title></head><body><article><h1>A post about bridges</h1>"
    "<p>The bridge will close on Monday for repairs lasting two weeks, the council said.</p>"
    "<p>Officials said traffic would be diverted through the town centre during the works.</p>{}</article></body></html>"
)


@pytest.mark.parametrize(
    "section",
    [
        "<h2>Update</h2><p>The bridge has since reopened.</p>",
        "<h2>Correction</h2><p>It turns out the works last three weeks, not two.</p>",
        "<h3>Update</h3><p>The council no longer plans to close the bridge.</p>",
    ],
)
def test_an_html_update_heading_alone_over_later_news_on_an_undated_page_is_a_note(section: str) -> None:
    c = annotate.compare(_PAGE.format(""), _PAGE.format(section), fmt="html")
    (note,) = c.annotations
    assert note.text.startswith(("Update\n\n", "Correction\n\n")) and not _silent(c)


def test_an_html_update_heading_over_how_to_update_is_content() -> None:
    # guard: "Update" over instructions is a section on updating
    c = annotate.compare(_PAGE.format(""), _PAGE.format("<h2>Update</h2><p>To update the app, run the installer again.</p>"), fmt="html")
    assert not c.annotations

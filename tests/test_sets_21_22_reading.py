"""Dates and labels of held-out sets 21 and 22 (Go's articles, Bitcoin's BIPs, Dart's site, Xe Iaso,
NSHipster, ocaml.org): a date line under a title, a header set as preformatted text, the
``written`` key, MediaWiki emphasis, "Updated with …", HTML comments, asides before a colon."""

from __future__ import annotations

import pytest

import annotate
from annotate.read import read_document

BODY = "Intro text here.\n\nBody text.\n\nEnd text."


def _inserted(passage: str) -> list[tuple[str | None, str]]:
    """The notes found when ``passage`` is inserted before the body's second paragraph."""
    revised = BODY.replace("\n\nBody", f"\n\n{passage}\n\nBody")
    return [(a.label, a.text) for a in annotate.compare(BODY, revised, fmt="markdown").annotations]


@pytest.mark.parametrize(
    ("text", "fmt", "date"),
    [
        ("Gobs of data\n24 Mar 2011\nTags: gob, json\n\nRob Pike\n\nBody text.", "text", "2011-03-24"),
        ("<pre>\n  BIP: 38\n  Title: Keys\n  Authors: A. B.\n           C. D.\n  Created: 2012-11-20\n</pre>\n\n==Abstract==\nText.",
         "text", "2012-11-20"),
        ("---\ntitle: Why types\nwritten: 2011-12-01\n---\n\nBody text.", "markdown", "2011-12-01"),
    ],
)
def test_document_dates(text: str, fmt: str, date: str) -> None:
    doc = read_document(text, fmt=fmt)
    assert doc.date is not None and doc.date.value == date


def test_a_date_line_below_the_title_must_be_a_date_alone() -> None:
    doc = read_document("Gobs of data\nWe met on 24 Mar 2011 to talk.\nTags: gob\n\nBody text.", fmt="text")
    assert doc.date is None


@pytest.mark.parametrize(
    "note", ["* ''Note:'' The characters should be NFC normalized.", "'''NOTE''': Although SHA1 was supported, it is deprecated."]
)
def test_mediawiki_emphasis_around_a_label(note: str) -> None:
    original = "Intro text here.\n\n* Passphrase: x\n\nEnd text."
    revised = original.replace("\n\nEnd", f"\n{note}\n\nEnd") if note.startswith("*") else original.replace("\n\nEnd", f"\n\n{note}\n\nEnd")
    assert [a.text for a in annotate.compare(original, revised, fmt="text").annotations] == [note]


def test_an_apostrophe_after_a_label_word_is_still_no_label() -> None:
    c = annotate.compare("Intro.\n\nEnd.", "Intro.\n\nNote's value is high.\n\nEnd.", fmt="text")
    assert c.annotations == ()


def test_a_change_inside_an_html_comment_of_markdown_is_not_silent() -> None:
    original = "Intro.\n\nNote: this does not work on Windows yet.\n\nEnd."
    revised = "Intro.\n\n<!-- https://github.com/ocaml/ocaml.org/pull/2249 -->\n\nEnd with more words."
    c = annotate.compare(original, revised, fmt="markdown")
    silent = [(ch.kind, ch.revised.text if ch.revised else None) for ch in c.changes if ch.silent]
    assert ("addition", "<!-- https://github.com/ocaml/ocaml.org/pull/2249 -->") not in silent
    assert any(ch.original is not None and "Windows" in ch.original.text for ch in c.changes if ch.silent)
    # inside an old comment, an edit is unseen too; in a plain text, "<!--" is text a reader reads
    original = "Intro.\n\n<!-- draft: check the 2019 figures -->\n\nEnd."
    revised = original.replace("2019", "2020")
    assert [ch.silent for ch in annotate.compare(original, revised, fmt="markdown").changes] == [False]
    assert [ch.silent for ch in annotate.compare(original, revised, fmt="text").changes] == [True]


@pytest.mark.parametrize(
    ("note", "label"),
    [
        ("EDIT(00:37 M11 19 2021): A prior version of this post made an incorrect assertion.", "EDIT"),
        ("Update (v2.1): the API changed.", "Update"),
        ("Note (Windows only): use the command prompt.", "Note"),
        ("{% error do %}\nAs of 2016, Xcode Plugins are no longer supported.\n{% enderror %}", "error"),
        ("!!! danger\n    Do not run this in production.", "danger"),
    ],
)
def test_an_aside_before_a_label_colon_and_danger_and_error_boxes(note: str, label: str) -> None:
    assert _inserted(note) == [(label, note)]


def test_a_bracketed_aside_without_a_colon_is_no_label() -> None:
    original = "Intro text here.\n\nEnd text."
    revised = "Intro text here.\n\nUpdates (see below) are coming soon.\n\nEnd text."
    assert annotate.compare(original, revised, fmt="markdown").annotations == ()


@pytest.mark.parametrize(
    ("note", "label"),
    [
        ("_Note_: IFort does not offer a free community edition.", "Note"),
        ("Scala 3 note : This explanation does not apply to Scala 3.", "Scala 3 note"),
        ("Side note: the project has moved.", "Side note"),
        ("**Security note:** rotate the keys.", "Security note"),
    ],
)
def test_underscore_emphasis_closing_a_label_and_notes_named_by_their_subject(note: str, label: str) -> None:
    assert _inserted(note) == [(label, note)]


@pytest.mark.parametrize("text", ["NOTE_TYPE: 3 is the default.", "Release notes: see the page.", "Keynote: a talk.", "The note: it is long."])
def test_identifiers_plurals_and_compounds_are_no_labels(text: str) -> None:
    assert _inserted(text) == []

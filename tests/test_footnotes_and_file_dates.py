"""Footnotes named as notes, dates in file paths, dated labels with a title, corrections naming
a word in another form (held-out set 18: Armin Ronacher's blog, Andrej Karpathy's blog, Fluentd,
Rust and Polars docs)."""

from __future__ import annotations

import pytest

import annotate
from annotate.read import read_document


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("2011/2/6/automatic-semicolon-insertion.rst", "2011-02-06"),  # folders named by the date
        ("content/blog/20230829_schedule-for-td-agent-4-eol.md", "2023-08-29"),  # a compact date
        ("_posts/2016-01-26-segwit-benefits.md", "2016-01-26"),
        ("x/12345678_notes.md", None),
        ("2019/13/45/post.md", None),
    ],
)
def test_a_file_named_or_filed_by_its_date(name: str, date: str | None) -> None:
    doc = read_document("Some text of the post.", fmt="markdown", name=name)
    assert (doc.date.value if doc.date else None) == date


@pytest.mark.parametrize(
    ("note", "label", "date"),
    [
        # a footnote named by a label word, in reST and in Markdown
        (".. [#update] This example was incorrect earlier.  I since fixed it.", "update", None),
        # a bold label's date, then the note's title after a dash
        ("**Update: December 9, 2016 - alternative view**. I wrote a follow-up.", "Update", "2016-12-09"),
        # a date and the word "updates" after the label
        ("<b>Note:</b> 2024/12/17 UPDATES: the lifecycle of v5 was updated.", "Note", "2024-12-17"),
    ],
)
def test_footnotes_and_dated_labels(note: str, label: str, date: str | None) -> None:
    orig = "Title\n=====\n\nThe first paragraph.\n\nThe last paragraph."
    c = annotate.compare(orig, orig + "\n\n" + note, fmt="text" if note.startswith("..") else "markdown")
    assert [(x.label, x.date.value if x.date else None) for x in c.annotations] == [(label, date)]


def test_a_markdown_footnote_named_update_is_a_note_and_a_numbered_one_is_not() -> None:
    orig = "The first paragraph.\n\nThe last paragraph."
    c = annotate.compare(orig, orig + "\n\n[^update]: This post was revised after review.", fmt="markdown")
    assert [x.label for x in c.annotations] == ["update"]
    c = annotate.compare(orig, orig + "\n\n[^1]: See the original paper for details.", fmt="markdown")
    assert c.annotations == ()


def test_a_correction_names_the_words_it_fixed_in_another_form() -> None:
    orig = "The number of cubelets per layer grows exponentially from the core.\n\nThe end."
    rev = orig.replace("exponentially", "quadratically") + (
        "\n\n*Update 15/11/2012*: corrected the incorrect mention of exponential growth when this is in fact quadratic."
    )
    [edit] = [ch for ch in annotate.compare(orig, rev, fmt="markdown").changes if ch.kind == "edit"]
    assert (edit.silent, edit.disclosed_by) == (False, ("n1",))


def test_an_rfc_s_header_list_dates_it_and_is_no_passage() -> None:
    text = "- Start Date: 2014-10-30\n- RFC PR #: https://github.com/rust-lang/rfcs/pull/401\n- Rust Issue #: #18469\n\n# Summary\n\nText."
    doc = read_document(text, fmt="markdown")
    assert doc.date is not None and doc.date.value == "2014-10-30"
    assert [doc.text[p.start : p.end] for p in doc.passages] == ["# Summary", "Text."]


@pytest.mark.parametrize(
    ("section", "label"),
    [
        ("# Updates since being accepted\n\nSince it was accepted, the RFC has been updated as follows:", "Updates since being accepted"),
        ("# Amendments\n\n* Updated by #1558, which allows closures to coerce to `fn`.", "Amendments"),
        # a Starlight/Docusaurus box with its title in brackets
        (":::caution[Modifying headers after streaming]\nOnce streaming begins, headers cannot change.\n:::", "caution"),
    ],
)
def test_sections_and_boxes_of_documentation_updates(section: str, label: str) -> None:
    orig = "# Summary\n\nThe first paragraph.\n\n# Design\n\nThe last paragraph."
    c = annotate.compare(orig, orig + "\n\n" + section, fmt="markdown")
    assert [(x.label, x.text) for x in c.annotations] == [(label, section)]

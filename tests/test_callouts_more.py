"""More callout and box styles, dates said in a note's words, Lektor's content files
(held-out set 17: Creative Commons, htmx, Alpine Linux, Scala docs).
"""

from __future__ import annotations

import pytest

import annotate
from annotate.read import read_document

BODY = "Install the plugin first.\n\nThen configure the server and start it."


def _notes(revised: str, original: str = BODY) -> list[tuple[str | None, str, str | None]]:
    c = annotate.compare(original, revised, fmt="markdown")
    return [(x.label, x.text, x.date.value if x.date else None) for x in c.annotations]


@pytest.mark.parametrize(
    ("note", "label", "date"),
    [
        # a bold callout word closed before a sentence ("**Note** The role of …")
        ("**Note** The role of Project Member was deprecated in July 2020.", "Note", "2020-07"),
        # a label in <small> tags
        ("<small>\nEDIT: release date of fixed releases was added\n</small>", "EDIT", None),
        # an emoji label with a date and its colon after it
        ("> \u2139\ufe0f **2023-08-31:** This project was archived.", "note", "2023-08-31"),
        # a box drawn by its own style around a labelled note
        ('<div style="border: 1px solid whitesmoke; padding: 8px">\n\n**Note:** In 2.0 these features move to extensions.\n\n</div>',
         "Note", None),
    ],
)
def test_more_callout_styles(note: str, label: str, date: str | None) -> None:
    rev = BODY.replace("\n\nThen", f"\n\n{note}\n\nThen")
    assert _notes(rev) == [(label, note, date)]


def test_a_weak_word_in_bold_before_lower_case_prose_is_no_label() -> None:
    assert _notes(BODY.replace("\n\nThen", "\n\n**Important** changes were made to the plugin.\n\nThen")) == []


def test_a_written_date_is_not_the_note_s_date() -> None:
    note = "Note: This post was written in March 2019 and predates the new plugin."
    assert _notes(BODY.replace("\n\nThen", f"\n\n{note}\n\nThen")) == [("Note", note, None)]


def test_a_section_whose_heading_a_note_names_is_disclosed_when_removed() -> None:
    duties = "Members triage issues, label pull requests, answer questions in the forum, welcome newcomers and keep documentation current."
    roles = f"## Project Collaborator\n\nCollaborators review issues.\n\n## Project Member\n\n{duties}"
    orig = f"# Roles\n\nIntro.\n\n{roles}\n\n## Maintainer\n\nMaintainers merge."
    note = "**Note:** The role of Project Member was deprecated in July 2020."
    rev = orig.replace(f"\n\n## Project Member\n\n{duties}", "").replace("Intro.", f"Intro.\n\n{note}")
    [gone] = [ch for ch in annotate.compare(orig, rev, fmt="markdown").changes if ch.kind == "deletion"]
    assert (gone.silent, gone.disclosed_by) == (False, ("n1",))
    # a note naming one word of the heading only does not
    rev2 = rev.replace(note, "**Note:** Membership rules changed in July 2020.")
    [gone2] = [ch for ch in annotate.compare(orig, rev2, fmt="markdown").changes if ch.kind == "deletion"]
    assert gone2.silent


def test_lektor_content_files_are_read_with_their_fields() -> None:
    text = "title: Visualize CC Catalog data\n---\nauthor: soccerdroid\n---\npub_date: 2019-06-17\n---\nbody:\n\nThe landscape is wide."
    doc = read_document(text, fmt="markdown")
    assert (doc.title, doc.date and doc.date.value) == ("Visualize CC Catalog data", "2019-06-17")
    assert [doc.text[p.start : p.end] for p in doc.passages] == ["The landscape is wide."]


def test_a_new_alert_after_an_old_one_is_a_quote_of_its_own() -> None:
    """(SvelteKit: "> [!NOTE] Prior to SvelteKit 3, …" added under an existing "> [!NOTE]":
    a blank line without ">" ends a quote, so the old alert does not take the new one.)"""
    old = "> [!NOTE] Matchers run both on the server and in the browser."
    orig = f"Intro.\n\n{old}\n\n## Sorting\n\nText."
    new = "> [!NOTE] Prior to SvelteKit 3, you had to define each matcher in a separate file."
    assert _notes(orig.replace(old, f"{old}\n\n{new}"), orig) == [("NOTE", new, None)]


@pytest.mark.parametrize(
    ("note", "label", "date"),
    [
        # MyST directive boxes (Sphinx documentation: pip, many Python projects)
        ("```{note}\nVersions of pip prior to v24.2 did not use system certificates.\n```", "note", None),
        (":::{warning}\nThe following snippet merely describes the fallback.\n:::", "warning", None),
        # an ISO month in a label, a label in an HTML heading
        ('<p>Update 2024-08: <a href="end_of_home.html">You can\'t go home again</a>...</p>', "Update", "2024-08"),
        ("<h1>WARNING: this page is out of date: the file has moved to Git.</h1>", "WARNING", None),
        # "late" beside a participle's date, a reference after it
        ("Updated late 10 Jul 2022, see pydantic#4226", "Updated", "2022-07-10"),
    ],
)
def test_sphinx_boxes_iso_months_html_headings(note: str, label: str, date: str | None) -> None:
    assert _notes(BODY.replace("\n\nThen", f"\n\n{note}\n\nThen")) == [(label, note, date)]


def test_a_code_fence_of_another_kind_is_still_code() -> None:
    fence = "```{code-block} python\nprint('Note: not a note')\n```"
    assert _notes(BODY.replace("\n\nThen", f"\n\n{fence}\n\nThen")) == []

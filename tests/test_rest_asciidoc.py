"""Notes in reStructuredText and AsciiDoc sources read as plain text (held-out set 14:
pypy.org's reST pages, Apache Kudu's AsciiDoc docs).

Both are common for documentation kept in git and are read as text: their markup must not
hide a note ("+" list continuations, a directive above the note) nor make a change of
markup look like an undisclosed edit (a hyperlink target for the note's link).
"""

from __future__ import annotations

from reading_checks import note_texts

import annotate
from annotate.read import read_document

STEPS = "* Wait until the cluster is healthy.\n* Then restart the masters in sequence.\n"
ASCIIDOC_NOTE = (
    "NOTE: From version 1.16.0 onwards, the `unregister` tool has been\n"
    "added that removes a dead server from the cluster."
)



def test_an_asciidoc_note_after_a_list_continuation_is_a_note_of_its_own() -> None:
    rev = STEPS + "+\n" + ASCIIDOC_NOTE + "\n+\n* Check the cluster again.\n"
    orig = STEPS + "* Check the cluster again.\n"
    assert note_texts(orig, rev, fmt="text") == [ASCIIDOC_NOTE]
    doc = read_document(rev, fmt="text")
    assert all(doc.text[p.start : p.end] != "+" for p in doc.passages)


def test_asciidoc_link_text_glued_to_its_address_is_not_an_editorial_note() -> None:
    orig = "Install the tools.\n\nBuild the docs."
    rev = "Install the tools from https://example.org/install[built from source manually].\n\nBuild the docs."
    c = annotate.compare(orig, rev, fmt="text")
    assert c.annotations == () and [ch.kind for ch in c.changes] == ["addition"]


def test_a_rest_directive_above_a_labelled_note_is_part_of_the_note() -> None:
    orig = "Call for donations\n==================\n\nWe ask for donations.\n\nThe plan follows."
    note = ".. class:: download_menu\n\n   **UPDATE (April 2014): this is the old call**, kept for history."
    rev = orig.replace("We ask", note + "\n\nWe ask")
    [x] = annotate.compare(orig, rev, fmt="text").annotations
    assert (x.text, x.date and x.date.value) == (note, "2014-04")


def test_a_rest_admonition_with_its_body_below_a_blank_line_is_a_note() -> None:
    orig = "Title\n=====\n\nThe first paragraph.\n\nThe second paragraph."
    rev = orig.replace("\n\nThe second", "\n\n.. note::\n\n   Since version 2 this works differently.\n\nThe second")
    assert note_texts(orig, rev, fmt="text") == [".. note::\n\n   Since version 2 this works differently."]
    image = orig.replace("\n\nThe second", "\n\n.. image:: chart.png\n\nThe second")
    c = annotate.compare(orig, image, fmt="text")
    assert c.annotations == () and [(ch.kind, ch.silent) for ch in c.changes] == [("addition", True)]


def test_a_rest_hyperlink_target_added_for_a_note_is_no_silent_edit() -> None:
    orig = "Donations\n=========\n\nWe ask for donations.\n\nThe plan follows."
    rev = orig.replace(
        "\n\nThe plan", "\n\n**UPDATE (April 2014):** a `new call`__ is available.\n\n.. __: tmdonate2.html\n\nThe plan"
    )
    c = annotate.compare(orig, rev, fmt="text")
    assert len(c.annotations) == 1
    assert [ch for ch in c.changes if ch.silent] == []


def test_nikola_metadata_of_a_rest_page_read_as_text_dates_it() -> None:
    text = ".. title: Contact\n.. slug: contact\n.. date: 2019-12-28 16:14:02 UTC\n.. tags: \n\n* irc: #pypy"
    doc = read_document(text, fmt="text")
    assert (doc.title, doc.date and doc.date.value) == ("Contact", "2019-12-28")
    assert doc.text[doc.passages[0].start : doc.passages[0].end] == "* irc: #pypy"

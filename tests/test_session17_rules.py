"""The seventeenth session's rules, each on its own example with a guard beside it: an HTML
page's note box named by its class, text a page shows struck through or inserted (``<del>``,
``<s>``, ``<ins>``), a byline's name written out, and label forms ("Afterword:", "Update after
…:", "A month later: …")."""

from __future__ import annotations

import pytest

import annotate
from annotate.read.html_marks import box_kind, unmark


def _silent(c: annotate.Comparison) -> list[str]:
    return [(ch.original.text if ch.original else "") + " -> " + (ch.revised.text if ch.revised else "") for ch in c.changes if ch.silent]


_PAGE = (
    "<html><head><title>Bridge</title></head><body><article><h1>Bridge closes</h1>"
    "<p>The bridge will close on Monday for repairs lasting two weeks.</p>"
    "<p>Officials said traffic would be diverted through the town centre.</p>{}</article></body></html>"
)


def test_an_html_update_box_named_by_its_class_is_one_note_of_its_blocks() -> None:
    a = _PAGE.format("")
    b = _PAGE.format(
        '<div class="article-update"><p>The council has since said the repairs will take three weeks.</p>'
        "<p>Residents can find diversions on its site.</p></div><p>Traffic is light.</p>"
    )
    c = annotate.compare(a, b, fmt="html")
    (note,) = c.annotations
    assert note.label == "update" and "three weeks" in note.text and "diversions" in note.text and "Traffic" not in note.text
    assert _silent(c) == [" -> Traffic is light."]


def test_an_aside_a_class_names_a_correction_is_read_and_is_a_note() -> None:
    c = annotate.compare(_PAGE.format(""), _PAGE.format('<aside class="correction">An earlier map showed the wrong diversion.</aside>'), fmt="html")
    assert [(n.label, n.text) for n in c.annotations] == [("correction", "An earlier map showed the wrong diversion.")]


def test_other_classes_make_no_box() -> None:
    c = annotate.compare(_PAGE.format(""), _PAGE.format('<div class="entry-updated byline"><p>Posted by the desk.</p></div>'), fmt="html")
    assert not c.annotations and _silent(c) == [" -> Posted by the desk."]


def test_box_kind_reads_class_words() -> None:
    from lxml import html

    def kind(source: str) -> str | None:
        el = html.fragment_fromstring(source)
        return box_kind(el, el.tag)

    assert kind('<div class="alert alert-warning">x</div>') == "callout"  # (a callout: no note by its class, one box)
    assert kind('<p class="editor-note">x</p>') == "editor's note"
    assert kind('<span class="update">x</span>') is None  # (inline: a byline's stamp)
    assert kind('<div class="edit-link">x</div>') is None


def test_a_struck_through_correction_on_an_html_page_is_shown_not_silent() -> None:
    a = _PAGE.format("<p>The repairs cost four million pounds.</p>")
    b = _PAGE.format("<p>The repairs cost <del>four</del> <ins>five</ins> million pounds.</p>")
    c = annotate.compare(a, b, fmt="html")
    assert not _silent(c)
    assert any(ch.disclosure == "visible" for ch in c.changes)
    assert "The repairs cost four five million pounds." in c.revised.text  # (a reader sees both words)


def test_an_unmarked_change_on_an_html_page_stays_silent() -> None:
    a = _PAGE.format("<p>The repairs cost four million pounds.</p>")
    b = _PAGE.format("<p>The repairs cost <em>five</em> million pounds.</p>")
    assert _silent(annotate.compare(a, b, fmt="html")) == ["four -> five"]


def test_an_ins_element_in_markdown_shows_its_addition() -> None:
    a = "# Boats\n\nThe sails are old.\n\nThe end.\n"
    b = a.replace("old.", 'old. <ins datetime="2021-03-01">They were replaced in 2020.</ins>')
    c = annotate.compare(a, b, fmt="markdown")
    assert not _silent(c) and any(ch.disclosure == "visible" for ch in c.changes)


def test_unmark_collapses_the_spaces_a_mark_left_and_keeps_code() -> None:
    assert unmark("a \ufdd0 b\ufdd1 c", 0)[0] == "a b c"
    text, spans = unmark("x \ufdd2 y\ufdd3", 5, code=True)
    assert text == "x  y" and spans[0].kind == "inserted"


def test_a_byline_written_out_is_no_silent_edit_but_a_new_name_is() -> None:
    a = "---\ntitle: Hello\nauthor: Jane\n---\n\nBody text here.\n"
    out = annotate.compare(a, a.replace("Jane", "Jane Doe"), fmt="markdown").metadata_changes
    assert [m.silent for m in out] == [False]
    out = annotate.compare(a, a.replace("Jane", "John"), fmt="markdown").metadata_changes
    assert [m.silent for m in out] == [True]
    out = annotate.compare(a, a.replace("Jane", "Jane, Bob Roe"), fmt="markdown").metadata_changes
    assert [m.silent for m in out] == [True]


_TEXT = "Intro paragraph one about the boat and things.\n\nSecond paragraph here.\n"


@pytest.mark.parametrize(
    "added",
    [
        "Afterword: I never did finish the boat.",
        "**Afterword:** I never did finish the boat.",
        "Update after talking to the vendor: they fixed it in 2.1.",
        "A month later: the fix shipped in 2.1.",
        "**Two weeks later:** the fix shipped.",
    ],
)
def test_label_forms_are_notes(added: str) -> None:
    c = annotate.compare(_TEXT, _TEXT + "\n" + added + "\n", fmt="markdown")
    assert [n.text for n in c.annotations] == [added] and not _silent(c)


@pytest.mark.parametrize(
    "added",
    [
        "A year later, we moved to Berlin and started over.",
        "Update the config after install: set the path.",
        "The afterword of the book was long.",
    ],
)
def test_prose_like_them_stays_text(added: str) -> None:
    c = annotate.compare(_TEXT, _TEXT + "\n" + added + "\n", fmt="markdown")
    assert not c.annotations and _silent(c)


def test_a_new_sic_is_an_editors_mark_but_a_new_reference_is_not() -> None:
    a = 'Intro.\n\nHe said it was "definately" fine, and left [1].\n\nEnd.\n'
    c = annotate.compare(a, a.replace('" fine', '" [sic] fine'), fmt="markdown")
    assert [n.text for n in c.annotations] == ["[sic]"] and not _silent(c)
    c = annotate.compare(a, a.replace("[1]", "[1] [2]"), fmt="markdown")
    assert not c.annotations


_ORG = (
    "#+TITLE: Security advisory\n#+DATE: 2022-10-17\n#+KEYWORDS: GnuPG, Version 2.4.8\n\n** Overflow in the parser\n\n"
    "A severe bug has been found in the parser.\n\n*** How to fix\n\nInstall version 1.6.2 or newer.\n"
)


def test_an_org_heading_with_its_date_is_a_note_over_its_section() -> None:
    b = _ORG + "\n*** Update on 2022-12-19\n\nIt turned out that a related bug exists in the CRL code.\n"
    (note,) = annotate.compare(_ORG, b, fmt="text").annotations
    assert note.text.startswith("*** Update on 2022-12-19") and "CRL code" in note.text
    assert note.date is not None and note.date.value == "2022-12-19"


def test_an_org_changelog_added_is_one_note_and_discloses_what_it_names() -> None:
    b = _ORG.replace("1.6.2", "1.6.3") + "\n*** Changelog\n\n- December 20, 2022: Raised the fixed version to 1.6.3.\n"
    c = annotate.compare(_ORG, b, fmt="text")
    (note,) = c.annotations
    assert note.text.startswith("*** Changelog") and not _silent(c)


def test_an_org_setting_line_is_never_shown_but_a_stars_line_elsewhere_is_text() -> None:
    c = annotate.compare(_ORG, _ORG.replace("GnuPG, Version 2.4.8", "GnuPG"), fmt="text")
    assert not _silent(c)
    plain = "Intro.\n\n*** Update on 2022-12-19\n\nMore.\n"
    assert not annotate.compare(plain, plain, fmt="text").annotations


def test_a_new_row_of_a_documents_version_table_is_a_dated_note() -> None:
    a = (
        "Version 0.8\n\n# Pseudonyms\n\n## Versioning\n\n| Version | Date | Description |\n|---|---|---|\n"
        "| `0.7` | 03.04.2025 | Initial version. |\n| `0.8` | 26.09.2025 | Restructuring. |\n\nThe text of the paper.\n"
    )
    b = a.replace("| Restructuring. |\n", "| Restructuring. |\n| `0.9` | 25.10.2025 | Optional WebAuthn. |\n")
    (note,) = annotate.compare(a, b, fmt="markdown").annotations
    assert "Optional WebAuthn" in note.text and note.date is not None and note.date.value == "2025-10-25"


def test_a_releases_table_deep_in_a_page_is_no_log() -> None:
    a = "# Tool\n\n" + "".join(f"Paragraph {i} about the tool.\n\n" for i in range(12)) + (
        "| Version | Date | Description |\n|---|---|---|\n| 1.0 | 03.04.2025 | First. |\n| 1.1 | 26.09.2025 | Fixes. |\n"
    )
    b = a.replace("| Fixes. |\n", "| Fixes. |\n| 1.2 | 25.10.2025 | More fixes. |\n")
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_an_unlabelled_bracketed_note_is_dated_by_its_update() -> None:
    a = "# Logs\n\nThe wallet keeps logs.\n\nMore text.\n"
    b = a.replace("The wallet", "*(Version 1.0, updated 9 July 2025)*\n\nThe wallet")
    (note,) = annotate.compare(a, b, fmt="markdown").annotations
    assert note.date is not None and note.date.value == "2025-07-09"


@pytest.mark.parametrize(
    "added",
    [".. deprecated:: 3.0\n   Use the search service instead.", ".. versionchanged:: 2.3\n   Rebuilt hourly.", ":Update: 3 March 2021 -- rebuilt hourly now."],
)
def test_rest_change_directives_and_update_fields_are_notes(added: str) -> None:
    a = "Building the index\n==================\n\nThe index is rebuilt every night.\n\nRun ``make index``.\n"
    c = annotate.compare(a, a.replace("Run ``", added + "\n\nRun ``"), fmt="text")
    assert len(c.annotations) == 1 and not _silent(c)


def test_rest_advice_directives_stay_text() -> None:
    a = "Building the index\n==================\n\nThe index is rebuilt every night.\n\nRun ``make index``.\n"
    c = annotate.compare(a, a.replace("Run ``", ".. seealso::\n   The search guide.\n\nRun ``"), fmt="text")
    assert not c.annotations


def test_a_page_topic_phrase_alone_does_not_disclose_an_addition() -> None:
    a = (
        "ROS Rolling Ridley\n==================\n\nRolling Ridley is the rolling release.\n\n"
        "Rolling Ridley gets new packages often.\n\nSupport for Rolling Ridley is best effort.\n"
    )
    b = a.replace("Support for", ".. warning::\n\n  Rolling Ridley is continuously updated with breaking changes.\n\nSupport for") + (
        "\nInstall Rolling Ridley from the packages page.\n"
    )
    silent = _silent(annotate.compare(a, b, fmt="text"))
    assert silent == [" -> Install Rolling Ridley from the packages page."]


def test_a_topic_phrase_with_another_phrase_still_discloses() -> None:
    a = "Source distributions\n====================\n\nA source distribution holds files.\n\nEach source distribution is a tarball.\n\nA source distribution has metadata.\n"
    b = a.replace("has metadata.", "has metadata.\n\nUpdate (December 2024): License files in a source distribution were standardized.") + (
        "\nThe source distribution must contain license files.\n"
    )
    assert not _silent(annotate.compare(a, b, fmt="text"))


def test_two_line_breaks_on_an_html_page_end_a_paragraph() -> None:
    a = _PAGE.format("<p>Shipping firms expect delays.</p>")
    b = _PAGE.format("<p>Shipping firms expect delays.<br><br><strong>UPDATE:</strong> The port is closed again.</p>")
    c = annotate.compare(a, b, fmt="html")
    assert [n.text for n in c.annotations] == ["UPDATE: The port is closed again."] and not _silent(c)


def test_a_link_showing_its_address_changes_once() -> None:
    a = "# Data\n\nCite it as [https://doi.org/10.5281/zenodo.17532670](https://doi.org/10.5281/zenodo.17532670).\n"
    b = a.replace("17532670", "18243610")
    assert len(_silent(annotate.compare(a, b, fmt="markdown"))) == 1


def test_a_copyright_year_range_added_in_the_footer_is_no_edit() -> None:
    a = "# Post\n\nSome text here.\n\nMore text here.\n\n© 2019 John Doe, CC BY\n"
    assert not _silent(annotate.compare(a, a.replace("2019", "2019-2021"), fmt="markdown"))


_POST = "---\ntitle: Port\ndate: 2021-02-10\n---\n\nThe port will reopen on Monday after repairs.\n\nShipping firms expect delays.\n\nThe end.\n"


@pytest.mark.parametrize(
    "added",
    ["**2021-03-03:** The port is closed again.", "Note from the editor: the port is closed again.", "We have corrected this article: it said two weeks."],
)
def test_more_forms_of_notes(added: str) -> None:
    c = annotate.compare(_POST, _POST.replace("The end.", added + "\n\nThe end."), fmt="markdown")
    assert [n.text for n in c.annotations] == [added]


def test_a_timeline_of_emphasised_dates_is_text() -> None:
    days = "".join(f"**2021-03-0{d}:** Day {d} of the works went by as planned.\n\n" for d in range(1, 3))
    c = annotate.compare(_POST, _POST.replace("The end.", days + "The end."), fmt="markdown")
    assert not c.annotations


def test_a_sentence_saying_we_did_something_else_is_text() -> None:
    c = annotate.compare(_POST, _POST.replace("The end.", "We have updated the map and moved the quay.\n\nThe end."), fmt="markdown")
    assert not c.annotations


@pytest.mark.parametrize(
    ("added", "day"),
    [("**[Update 11/28]**: The port closed.", "2021-11-28"), ("[Update 2021-03-03]: The port closed.", "2021-03-03"), ("[EDIT]: The port closed.", None)],
)
def test_a_bracketed_label_closed_before_its_colon(added: str, day: str | None) -> None:
    c = annotate.compare(_POST, _POST.replace("The end.", added + "\n\nThe end."), fmt="markdown")
    (note,) = c.annotations
    assert note.text == added and (note.date.value if note.date else None) == day


@pytest.mark.parametrize(
    "added",
    [
        '<div class="deprecated"><p><span class="versionmodified deprecated">Deprecated since version 3.0: </span>Use the new installer.</p></div>',
        '<div class="versionchanged"><p><span class="versionmodified changed">Changed in version 2.3: </span>The installer is signed.</p></div>',
    ],
)
def test_sphinx_change_notes_on_a_rendered_page_are_notes(added: str) -> None:
    c = annotate.compare(_PAGE.format(""), _PAGE.format(added), fmt="html")
    assert len(c.annotations) == 1 and not _silent(c)


def test_changed_in_prose_is_text() -> None:
    c = annotate.compare(_PAGE.format(""), _PAGE.format("<p>Changed in version 2.3 of the plan, the route now runs north.</p>"), fmt="html")
    assert not c.annotations


_HOWTO = "HOWTO: build the index\n\nWritten 10 February 2021.\n\nThe index is rebuilt every night.\nIt takes two hours.\n\nRun make index.\n"


@pytest.mark.parametrize(
    ("added", "day"),
    [
        ("-- Update --\nThe index is rebuilt hourly.", None),
        ("=== Update 2021-03-03 ===\nThe index is rebuilt hourly.", "2021-03-03"),
        ("[2021-03-03] Update: the index is rebuilt hourly.", "2021-03-03"),
        ("UPDATE 2021-03-03\n  The index is rebuilt hourly.", "2021-03-03"),
        ("2021-03-03: the index is now rebuilt hourly.", "2021-03-03"),
    ],
)
def test_plain_text_forms_of_notes(added: str, day: str | None) -> None:
    c = annotate.compare(_HOWTO, _HOWTO.replace("Run make", added + "\n\nRun make"), fmt="text")
    (note,) = c.annotations
    assert note.text == added and (note.date.value if note.date else None) == day


@pytest.mark.parametrize("added", ["-- John Smith --\nThanks for reading.", "2021-03-03: first day.\n\n2021-03-04: second day."])
def test_plain_text_lines_like_them_are_text(added: str) -> None:
    c = annotate.compare(_HOWTO, _HOWTO.replace("Run make", added + "\n\nRun make"), fmt="text")
    assert not c.annotations


_DOC = "Intro paragraph one about the tool.\n\nSecond paragraph here.\n"


@pytest.mark.parametrize(
    ("added", "label"),
    [
        ("~> **This provider is deprecated.** We now recommend another approach.", "warning"),
        ("!> The old API is gone.", "danger"),
        ('<div class="announcement">August 16, 2025 — The blog has been updated to the alpha.1 release!</div>', "The blog has been updated"),
        ("> Previously, it was necessary to include a constructor, but now it is not.", "Previously"),
        ("## Deprecation\n\nThe template provider is deprecated.", "Deprecation"),
    ],
)
def test_notes_of_docs_and_project_blogs(added: str, label: str) -> None:
    c = annotate.compare(_DOC, _DOC.replace("Second", added + "\n\nSecond"), fmt="markdown")
    assert [n.label for n in c.annotations] == [label] and not _silent(c)


@pytest.mark.parametrize("added", ["Previously, we looked at loops.", "August 16, 2025 — The team went hiking.", "- a list item", "## Deprecations in 2.0\n\nThe X option."])
def test_prose_beside_those_forms_is_text(added: str) -> None:
    assert not annotate.compare(_DOC, _DOC.replace("Second", added + "\n\nSecond"), fmt="markdown").annotations


def test_an_asciidoc_section_note_takes_its_section() -> None:
    a = "= Benchmarks\n\nIntro text.\n\n== Results\n\nSome results.\n"
    b = a + "\n== Update (18-JUN-2015): Java 8 build 0 versus build 45\n\nI ran it again.\n\nMore body here.\n"
    (note,) = annotate.compare(a, b, fmt="text").annotations
    assert note.text.endswith("More body here.") and note.date is not None and note.date.value == "2015-06-18"


def test_asciidoc_monospace_figures_are_markup() -> None:
    a = "= Benchmarks\n\nJava 8 is +20%+ faster than Java 7.\n"
    assert not _silent(annotate.compare(a, a.replace("+20%+", "`20%`"), fmt="text"))
    s = "= Results\n\nThe change was +20% on the year.\n"
    assert _silent(annotate.compare(s, s.replace("+20%", "20%"), fmt="text"))


def test_updated_with_corrections_is_a_general_notice() -> None:
    a = "= Benchmarks\n\nThe score is 10.05 on JDK 15.\n\nIn conclusion, it is fast.\n"
    b = a.replace("10.05", "11.03") + "\nUpdated with minor corrections on April 15 2021.\n"
    c = annotate.compare(a, b, fmt="text")
    (note,) = c.annotations
    assert note.date is not None and note.date.value == "2021-04-15" and not _silent(c)


def test_a_page_holding_the_readers_own_mark_characters_keeps_its_text() -> None:
    # (icon fonts and hostile pages may hold any character: the text is read as written)
    odd = _PAGE.format("<p>Icons \ufdd0 and \ufdd4 here, <del>old</del> <ins>new</ins>.<br><br>UPDATE: more.</p>")
    doc = annotate.read_document(odd, fmt="html")
    assert "Icons \ufdd0 and \ufdd4 here, old new." in doc.text and not doc.inline
    assert "\ue000" not in annotate.read_document(_PAGE.format("<p>A <del>b</del>.</p>"), fmt="html").text

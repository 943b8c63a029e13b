"""The second review of the fourteenth session's rules (/work/review15 on that machine: 171 cases
run against 034b926 and 37832fa), each on the smallest text that shows it; every test here
but the live update's (a guard for the rule that mended its case) failed on the reviewed commit."""

from __future__ import annotations

import pytest

import annotate

_VUE = "<html><body><main><h1>Guide</h1><p>Read this first.</p>{h2}<p>The installer runs on Windows.</p></main></body></html>"


def test_a_heading_inside_its_own_anchor_link_is_read() -> None:
    # (VuePress 2, markdown-it-anchor's headerLink: the whole heading is the link)
    old = _VUE.format(h2='<h2 id="setup"><a class="header-anchor" href="#setup">Setup</a></h2>')
    new = _VUE.format(h2='<h2 id="setup"><a class="header-anchor" href="#setup">Update (12 May 2024)</a></h2>')
    assert "Setup" in annotate.compare(old, old, fmt="html").revised.text
    c = annotate.compare(old, new, fmt="html")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2024-05-12"]
    # a wrapper whose class only begins like one is no anchor
    wrapped = _VUE.format(h2='<div class="headerlink-wrapper"><p>Prices rise by 5%.</p></div>')
    assert "Prices rise" in annotate.compare(wrapped, wrapped, fmt="html").revised.text


def test_a_newsletter_sidebar_is_still_no_text() -> None:
    page = _VUE.format(h2='<aside class="newsletter alert"><p>Subscribe: 10 issues a year.</p></aside>')
    assert "Subscribe" not in annotate.compare(page, page, fmt="html").revised.text


def test_a_notice_of_the_day_rewritten_is_an_edit() -> None:
    base = "# Garden waste\n\n{n}\n\nBins go out by 7am.\n"
    c = annotate.compare(
        base.format(n="From 1 April 2025, garden waste is collected every two weeks."),
        base.format(n="From 1 April 2026, garden waste is collected every four weeks and costs £45 a year."),
        fmt="markdown",
    )
    assert not c.annotations and any(ch.silent for ch in c.changes)


def test_a_span_of_time_is_no_notice() -> None:
    base = "# About me\n\nI study glaciers.\n\nMy papers are below.\n"
    c = annotate.compare(base, base.replace("glaciers.\n", "glaciers.\n\nFrom March 2019 to June 2021, I was a postdoc at ETH Zurich.\n"), fmt="markdown")
    assert not c.annotations


def test_a_live_updates_time_stamp_mid_article_is_no_page_stamp() -> None:
    body = "".join(f"Paragraph {n} of the story.\n\n" for n in range(12))
    base = f"# Car park closes\n\n{body}The end.\n"
    new = base.replace("Paragraph 9 of", "**Updated: 4 March 2021 10:30** The council says 25 spaces will be replaced.\n\nParagraph 9 of")
    c = annotate.compare(base, new, fmt="markdown")
    assert c.annotations or any(ch.silent for ch in c.changes)  # (never hidden as the page's date)
    assert c.revised_date is None or c.revised_date.value != "2021-03-04"


def test_a_sections_last_updated_line_is_a_note_not_the_pages_stamp() -> None:
    base = "# Queues\n\nThe cluster's queues.\n\n{box}Jobs may use 20 nodes.\n"
    c = annotate.compare(base.format(box=""), base.format(box="!!! info\n    This section was last updated on 2 March 2026\n\n").replace("20 nodes", "10 nodes"), fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2026-03-02"]


@pytest.mark.parametrize(
    "note",
    [
        "Denne artikkelen ble sist oppdatert 15.04.2021 med nye tall.",
        "Este artículo fue actualizado por última vez el 15/04/2021 para incluir la nueva cuantía.",
    ],
)
def test_a_last_updated_sentence_saying_what_was_done_is_a_note(note: str) -> None:
    base = "# Støtte\n\nThe first paragraph.\n\nThe amount is 80.\n"
    c = annotate.compare(base, base.replace("# Støtte\n\n", f"# Støtte\n\n{note}\n\n"), fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-04-15"]


@pytest.mark.parametrize(
    "item",
    ["- **Edit:** the screen issue was fixed by a firmware update in June.", "- **Correction:** the port was wrongly given as 8000 in an earlier version."],
)
def test_a_note_in_a_list_of_bold_terms_is_still_a_note(item: str) -> None:
    base = "# Review\n\nThe phone is good.\n\n- **Pros:** camera\n- **Cons:** battery\n\nBuy it.\n"
    c = annotate.compare(base, base.replace("- **Cons:** battery", f"- **Cons:** battery\n{item}"), fmt="markdown")
    assert [a.text for a in c.annotations] == [item]


@pytest.mark.parametrize(
    "intro",
    [
        "The council said the following changes were made to the plans:",
        "La ministra explicó los siguientes cambios:",
        "Mit der neuen Satzung wurden folgende Änderungen vorgenommen:",
        "Changes in the latest Slurm release:",
        "Changes in 2025:",
    ],
)
def test_a_list_of_changes_of_the_subject_is_content(intro: str) -> None:
    base = "# Plans\n\nThe plans were published.\n\nMore text.\n"
    c = annotate.compare(base, base.replace("published.\n", f"published.\n\n{intro}\n\n- A 20mph limit.\n- New crossings.\n"), fmt="markdown")
    assert not c.annotations and any(ch.silent for ch in c.changes)

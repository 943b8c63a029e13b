"""Rules of the tenth session, each on a small text written like the real documents that
taught it (held-out sets 39 and 40: a public-sector report, a Czech data portal, an open
science community site, a project blog)."""

from __future__ import annotations

import annotate
from annotate.dates import find_dates

_TOP = "---\ntitle: A post\ndate: 2025-04-29\n---\n\nIntro paragraph of the page with enough words in it.\n\n"
_FOOT = "\n\nClosing paragraph of the page that says nothing new at all.\n"


def _notes(original: str, revised: str) -> list[tuple[str, str | None]]:
    c = annotate.compare(original, revised, fmt="markdown")
    return [(a.text, a.date.value if a.date else None) for a in c.annotations]


def test_a_bold_update_title_with_words_after_its_label_takes_its_body() -> None:
    # "**UPDATE 2025-05-19: Application period extension**" over its paragraph: a heading in bold
    body = "We have extended the timeline by one week. Please apply by the end of May."
    revised = _TOP + f"**UPDATE 2025-05-19: Application period extension**\n\n{body}\n\nThe call." + _FOOT
    assert _notes(_TOP + "The call." + _FOOT, revised) == [
        (f"**UPDATE 2025-05-19: Application period extension**\n\n{body}", "2025-05-19")
    ]


def test_a_bold_update_sentence_does_not_take_the_paragraph_under_it() -> None:
    # a sentence in bold is a note of its own: the new paragraph under it is not its body
    revised = _TOP + "**Update 2025-05-19: the deadline is now May 26.**\n\nA new paragraph about the venue.\n\nThe call." + _FOOT
    c = annotate.compare(_TOP + "The call." + _FOOT, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["**Update 2025-05-19: the deadline is now May 26.**"]
    assert [ch.revised.text for ch in c.changes if ch.silent and ch.revised] == ["A new paragraph about the venue."]


def test_note_comma_then_a_disclosure_sentence_is_a_note() -> None:
    original = _TOP + "- one\n- two" + _FOOT
    revised = _TOP + "- Note, this post has been updated in May 2025.\n- one\n- two" + _FOOT
    assert _notes(original, revised) == [("- Note, this post has been updated in May 2025.", "2025-05")]


def test_a_month_in_emphasis_before_the_label_dates_the_note() -> None:
    revised = _TOP + "_May 2025_ Update: Since this post was first written the plan changed." + _FOOT
    assert _notes(_TOP.rstrip() + _FOOT, revised) == [
        ("_May 2025_ Update: Since this post was first written the plan changed.", "2025-05")
    ]


def test_a_label_dated_after_a_preposition_of_another_language() -> None:
    for said in ("Update k 9.7.2025: Harvestace byla plně obnovena.", "Update vom 9.7.2025: Der Dienst läuft wieder."):
        assert _notes(_TOP.rstrip() + _FOOT, _TOP + said + _FOOT) == [(said, "2025-07-09")]


def test_a_dotted_date_is_day_first() -> None:
    assert [d.value for d in find_dates("Stand: 01.03.2024, then 9.7.2025")] == ["2024-03-01", "2025-07-09"]
    assert find_dates("version 1.13.2024") == []  # (no 13th month)
    assert [d.value for d in find_dates("07/25/2017")] == ["2017-07-25"]  # (slashes: as before, when one way only)


def test_a_legend_for_marked_values_is_a_note_that_discloses_them() -> None:
    # "47*" in a table and a new "*denotes updated totals …" line under it: the legend is a
    # note, and each value it marks is disclosed by it, even where it does not name the old value
    table = "| measure | count |\n| --- | --- |\n| public pages | {a} |\n| intranet | {b} |\n"
    original = _TOP + table.format(a="48", b="42") + _FOOT
    legend = "*denotes updated totals due to a data transcription error."
    revised = _TOP + table.format(a="47*", b="40*") + "\n" + legend + _FOOT
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [legend]
    edits = [ch for ch in c.changes if ch.kind == "edit"]
    assert len(edits) == 2 and not any(ch.silent for ch in edits)
    assert all(ch.disclosed_by == (c.annotations[0].id,) for ch in edits)


def test_a_legend_glued_under_an_html_table_is_a_passage_of_its_own() -> None:
    # CommonMark runs an HTML block on to the next blank line; the reader sees the line
    # under "</table>" as text of its own
    table = "<table>\n  <tr><td>{a}</td></tr>\n</table>\n"
    original = _TOP + table.format(a="48") + "\nMore text after the table." + _FOOT
    legend = "*denotes updated totals due to a data transcription error."
    revised = _TOP + table.format(a="47*") + legend + "\n\nMore text after the table." + _FOOT
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [legend]
    assert not [ch for ch in c.changes if ch.silent]


def test_italics_and_list_markers_are_no_legend() -> None:
    # a sentence in italics closes its mark; a list item's marker stands apart from its word
    original = _TOP + "The call." + _FOOT
    for line in ("*Updated totals are below.*", "* updated the totals below"):
        c = annotate.compare(original, _TOP + line + "\n\nThe call." + _FOOT, fmt="markdown")
        assert not c.annotations, line


def test_an_html_box_titled_by_a_label_word_is_a_note() -> None:
    # Asciidoctor's sidebar as a release post pastes it: the title element says "NOTE"
    box = (
        '<div class="sidebarblock">\n  <div class="content">\n    <div class="title">NOTE</div>\n'
        '    <div class="paragraph">\n      As of 21:02 GMT, we have updated the release tarballs.\n    </div>\n'
        "  </div>\n</div>"
    )
    original = _TOP + "# Installing\n\nRun the installer." + _FOOT
    c = annotate.compare(original, original.replace("# Installing\n\n", "# Installing\n\n" + box + "\n\n"), fmt="markdown")
    assert [(a.label, a.text) for a in c.annotations] == [("NOTE", box)]
    assert not [ch for ch in c.changes if ch.silent]
    # a titled box without text under its title is no note
    empty = '<div class="sidebarblock">\n<div class="title">Note</div>\n</div>'
    assert not annotate.compare(original, original + "\n" + empty + "\n", fmt="markdown").annotations


def test_a_plain_text_reference_cited_by_the_note_is_the_notes() -> None:
    # an advisory's note cites "[0]" and its address follows it; the release list it says
    # "has also been updated" is disclosed by it
    head = "Affected releases\n-----------------\n\nThe fix is in these releases:\n\n"
    original = head + "Stein: cinder 14.0.5\n\nTrain: cinder 15.1.1\n"
    note = (
        "NOTE (added 2020-06-18): The original patch contained a flaw [0] that\nbroke the connector. "
        "The list of available releases has also been updated.\n\n[0] https://bugs.launchpad.net/os-brick/+bug/1883654"
    )
    revised = head + note + "\n\nStein: cinder 14.2.0\n\nTrain: cinder 15.3.0\n"
    c = annotate.compare(original, revised, fmt="text")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, "2020-06-18")]
    assert not [ch for ch in c.changes if ch.silent]


def test_an_original_post_heading_under_an_update_is_framing() -> None:
    original = _TOP + "Applications are open until 19 May." + _FOOT
    revised = (
        _TOP + "**UPDATE 2025-05-19: Deadline extended**\n\nApply by 26 May.\n\n## Original post:\n\n"
        + "Applications are open until 19 May." + _FOOT
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [ch.kind for ch in c.changes if ch.kind != "annotation"] == ["frame"]
    assert not [ch for ch in c.changes if ch.silent]


def test_an_admonition_titled_in_quotes_is_a_dated_note() -> None:
    original = _TOP + "Configure it:\n\n    $ ./configure --prefix=/usr\n\nThen build." + _FOOT
    note = '!!! "Update (2022-08)" Since macOS 10.11, it is not possible to\ninstall in `/usr`. This document has been updated.'
    revised = original.replace("--prefix=/usr\n", "--prefix=/usr/local\n").replace("Then build.", note + "\n\nThen build.")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(a.label, a.text, a.date.value if a.date else None) for a in c.annotations] == [("Update", note, "2022-08")]
    assert not [ch for ch in c.changes if ch.silent]


def test_a_box_of_dated_updates_gives_a_note_for_each() -> None:
    first = "**Update 2018-10-25**: The landscape has changed since this post was written."
    second = "**Update 2015-03-17**: The sites have moved to a new address."
    box = f'<div style="border: 1px solid #ccc;" markdown="1">\n\n{first}\n\n{second}\n\n</div>\n\n'
    c = annotate.compare(_TOP + "The post." + _FOOT, _TOP + box + "The post." + _FOOT, fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [
        (first, "2018-10-25"), (second, "2015-03-17")
    ]
    assert not [ch for ch in c.changes if ch.silent]  # (the box's own tags are no edit)


def test_a_notice_of_link_fixes_discloses_link_changes_and_https_is_no_edit() -> None:
    original = _TOP + "Read [the guide](http://example.org/guide) and [the old report](http://example.org/r).\n\nIt (C) us." + _FOOT
    revised = (
        _TOP + "**Update 2015-03-17**: This post has been updated to remove failing links.\n\n"
        + "Read [the guide](https://example.org/guide) and the old report.\n\nIt © us." + _FOOT
    )
    c = annotate.compare(original, revised, fmt="markdown")
    silent = [(ch.original.text if ch.original else "", ch.revised.text if ch.revised else "") for ch in c.changes if ch.silent]
    assert silent == [("(C)", "©")]  # (the link removed is disclosed; the typography is not)
    assert not [ch for ch in c.changes if ch.original and ch.original.text == "http" and ch.disclosure is None and ch.silent]


def test_a_note_introducing_a_command_takes_the_output_it_shows() -> None:
    note = (
        "**Edit (Feb 2014):** I gave the benchmark another go:\n\nCommand: `siege -c 20 -b example.org`\n\n"
        "\tTransactions:\t3600 hits\n\tAvailability:\t100.00 %"
    )
    original = _TOP + "The old numbers.\n\n---\n\nFooter line of the post with several words." + _FOOT
    revised = original.replace("The old numbers.\n\n", "The old numbers.\n\n" + note + "\n\n")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [note]  # (not the old break under it)


def test_a_date_signing_a_notes_end_dates_it() -> None:
    top = _TOP.replace("2025-04-29", "2023-01-10")
    note = "Edited to add: the demo app now runs on a different server. (March 15, 2023)"
    assert _notes(top + "The post." + _FOOT, top + "The post.\n\n" + note + _FOOT) == [(note, "2023-03-15")]
    # a date inside the note, not closing it, is what it talks about; one before the post is no date of the note
    other = "Edited to add: the server of March 15, 2023 was moved since."
    assert _notes(top + "The post." + _FOOT, top + "The post.\n\n" + other + _FOOT) == [(other, None)]
    early = "Edited to add: see the earlier post. (March 15, 2022)"
    assert _notes(top + "The post." + _FOOT, top + "The post.\n\n" + early + _FOOT) == [(early, None)]


def test_dublin_core_meta_dates_an_html_page() -> None:
    page = '<html><head><meta name="dcterms.date" content="2023-01-10"></head><body><p>Text of the page.</p></body></html>'
    from annotate.read import read_document

    doc = read_document(page, fmt="html")
    assert doc.date is not None and doc.date.value == "2023-01-10"


def test_footnotes_renumbered_in_an_html_page_are_no_edit() -> None:
    # a footnote removed (Quarto's markup): the numbers after it move down; only the removal is silent
    def page(refs: list[tuple[str, int]]) -> str:
        body = "".join(
            f'<p>{words}<a href="#fn{n}" class="footnote-ref" id="fnref{n}" role="doc-noteref"><sup>{n}</sup></a> goes on here.</p>'
            for words, n in refs
        )
        return f"<html><body><main>{body}</main></body></html>"

    original = page([("The first claim", 1), ("A second claim that was cut", 2), ("The third claim", 3), ("The fourth", 4)])
    revised = page([("The first claim", 1), ("The third claim", 2), ("The fourth", 3)])
    c = annotate.compare(original, revised, fmt="html")
    assert "claim\u00b9 goes on" in c.revised.text  # (read raised, as a reader sees it)
    silent = [ch for ch in c.changes if ch.silent]
    assert [ch.kind for ch in silent] == ["deletion"]
    assert silent[0].original is not None and "second claim" in silent[0].original.text
    # a raised number that is no footnote's stays as written, and its change is an edit
    c = annotate.compare("<p>The area is 10<sup>2</sup> m.</p>", "<p>The area is 10<sup>3</sup> m.</p>", fmt="html")
    assert c.original.text == "The area is 102 m." and [ch.kind for ch in c.changes if ch.silent] == ["edit"]


def test_a_section_marked_as_added_is_a_note_that_names_no_other_change() -> None:
    # "## Bonus 2 …" over "[*Section added on 2020-08-27*.] It's time …": the section is the note;
    # its words (code like the post's own) disclose no edit elsewhere
    body = "[*Section added on 2020-08-27*.] It's time for a test run.\n\n```r\nqq_line <- function(sample) sample\n```"
    original = _TOP + "## Method\n\nThe qq_line function takes a sample and more.\n\n## End\n\nBye." + _FOOT
    revised = original.replace("takes a sample and more", "takes a sample and less").replace(
        "## End", "## Bonus 2: A test run\n\n" + body + "\n\n## End"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [
        ("## Bonus 2: A test run\n\n" + body, "2020-08-27")
    ]
    assert [ch.revised.text for ch in c.changes if ch.silent and ch.revised] == ["less"]


def test_a_link_moved_within_its_site_or_an_image_moved_is_no_accusation() -> None:
    original = _TOP + "See [the spec](/docs/reference/k8s) and ![flow](/img/post/flow.png) and [x](https://a.example/p)." + _FOOT
    revised = _TOP + "See [the spec](/docs/specs/k8s) and ![flow](flow.png) and [x](https://b.example/p)." + _FOOT
    c = annotate.compare(original, revised, fmt="markdown")
    assert [ch.revised.text for ch in c.changes if ch.silent and ch.revised] == ["b"]  # (another site: another source)
    renamed = annotate.compare(original, original.replace("flow.png", "chart.png"), fmt="markdown")
    assert [ch.silent for ch in renamed.changes] == [True]  # (another picture)


def test_a_case_change_is_not_disclosed_by_a_note_mentioning_the_word() -> None:
    original = _TOP + "We set up an account on BountySource for the project." + _FOOT
    revised = _TOP + "*UPDATE:* We have moved from BountySource to OpenCollective.\n\nWe set up an account on Bountysource for the project." + _FOOT
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(ch.original.text, ch.revised.text) for ch in c.changes if ch.silent and ch.original and ch.revised] == [
        ("BountySource", "Bountysource")
    ]


def test_a_text_written_one_sentence_per_line_keeps_its_paragraphs() -> None:
    # AsciiDoc's "semantic line breaks": a blank-line paragraph of sentences, one per line
    text = (
        "= Funding\n\nWe've come a long way.\nWe have even bigger plans for the future.\n\n"
        "*UPDATE:* We have migrated the funding platform to OpenCollective.\nIf you wish to help, please visit it.\n\n"
        "In order to ensure the success of the project, we have set up an account.\n"
    )
    doc = __import__("annotate.read", fromlist=["read_document"]).read_document(text, fmt="text")
    assert [doc.text[p.start : p.end] for p in doc.passages][2] == (
        "*UPDATE:* We have migrated the funding platform to OpenCollective.\nIf you wish to help, please visit it."
    )


def test_a_signature_date_in_emphasis_over_a_kramdown_class_line() -> None:
    top = _TOP.replace("2025-04-29", "2020-08-26")
    note = "**Update: Q-Q plots avant la lettre.** A reader sent an article about Henri. [*Sept. 4, 2020*]\n{: .notice--info}"
    c = annotate.compare(top + "The post." + _FOOT, top + "The post.\n\n" + note + _FOOT, fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, "2020-09-04")]


def test_a_headline_never_shows_an_iframes_fallback_text() -> None:
    # (found by the fuzz test's HTML reader property: an <h1> outside the article, its text
    # inside an <iframe> no browser shows)
    from annotate.read import read_document

    doc = read_document("<aside><h1><iframe>SECRETXYZ x</iframe> Title</h1></aside><p>Body text.</p>", fmt="html")
    assert "SECRETXYZ" not in doc.text and "Body text." in doc.text


def test_a_correction_writing_the_new_case_discloses_it() -> None:
    original = _TOP + "We love the iphone a lot." + _FOOT
    revised = _TOP + "Correction: we wrote iphone; it is iPhone.\n\nWe love the iPhone a lot." + _FOOT
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(ch.silent, ch.disclosure) for ch in c.changes if ch.kind == "edit"] == [(False, "specific")]

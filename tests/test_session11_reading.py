"""Rules of the eleventh session, each on a small text written like the real documents that
taught it (a conference site's sponsor page with its updates stacked above the article)."""

from __future__ import annotations

import annotate

_TOP = "---\ntitle: Sponsors wanted\n---\n\n"
_BODY = "The conference will be held in Tokyo in November, for the sixth time.\n\nSponsors may choose one of three plans."


def test_updates_stacked_under_bracketed_headings_take_their_own_dates_and_stop_at_the_break() -> None:
    updates = (
        "## [UPDATED] 2018-10-01\n\nSponsorship is now closed.\n\n"
        "## [UPDATED] 2018-08-22\n\nSponsorship closes on 2018-10-01.\n\n"
        "## [UPDATED] 2018-06-15\n\nSponsorship is open. Apply with the form below.\n\n<https://forms.example/x>\n\n---\n\n"
    )
    c = annotate.compare(_TOP + _BODY + "\n", _TOP + updates + _BODY + "\n", fmt="markdown")
    assert [(a.text.split("\n")[0], a.date.value if a.date else None) for a in c.annotations] == [
        ("## [UPDATED] 2018-10-01", "2018-10-01"),
        ("## [UPDATED] 2018-08-22", "2018-08-22"),
        ("## [UPDATED] 2018-06-15", "2018-06-15"),
    ]
    assert c.annotations[-1].text.endswith("<https://forms.example/x>")  # (the break parts the updates from the article)
    assert not [ch for ch in c.changes if ch.silent]


def test_a_thematic_break_inside_a_new_section_ends_the_note() -> None:
    revised = _TOP + "## Update\n\nThe venue moved to Osaka.\n\n---\n\nA new paragraph after the break.\n\n" + _BODY + "\n"
    c = annotate.compare(_TOP + _BODY + "\n", revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["## Update\n\nThe venue moved to Osaka."]
    [silent] = [ch.revised.text for ch in c.changes if ch.silent and ch.revised]
    assert silent.endswith("A new paragraph after the break.")


_POST = "---\ntitle: My setup\ndate: 2024-05-01\n---\n\nIntro paragraph about the tools I use every day.\n\n"
_TAIL = "\n\nThe last paragraph, which says nothing new.\n"


def _notes(original: str, revised: str) -> list[tuple[str, str | None]]:
    c = annotate.compare(original, revised, fmt="markdown")
    return [(a.text, a.date.value if a.date else None) for a in c.annotations]


def test_a_label_with_an_exclamation_mark_heads_a_note() -> None:
    # "# Update! Second Age maps scaled to Real World distances!" over its section
    section = "# Update! Maps scaled to real distances!\n\nJust kidding: scaling them is easy. We do it here."
    assert _notes(_POST + "Body." + _TAIL, _POST + "Body.\n\n" + section + _TAIL) == [(section, None)]
    assert _notes(_POST + "Body." + _TAIL, _POST + "Body.\n\n**UPDATE!** The fix works now." + _TAIL) == [
        ("**UPDATE!** The fix works now.", None)
    ]


def test_words_in_emphasis_beside_struck_words_are_their_correction() -> None:
    # "~~However, it fails …~~ **This now works …!** ([See this for …](…))": the writer struck
    # what no longer holds and wrote the news beside it, with an aside
    original = _POST + "The extension is at Open VSX. However, it fails when connecting to a server." + _TAIL
    note = "**This now works and there's no need to install anything!** ([See this for the old workaround.](https://example.org/i/1))"
    revised = _POST + "The extension is at Open VSX. ~~However, it fails when connecting to a server.~~ " + note + _TAIL
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [note]
    assert not [ch for ch in c.changes if ch.silent]
    # new words in bold with nothing struck beside them are the author's emphasis, no note
    plain = _POST + "The extension is at Open VSX. **It works well with every server I tried.**" + _TAIL
    assert _notes(_POST + "The extension is at Open VSX." + _TAIL, plain) == []


def test_a_callout_box_titled_by_a_dated_heading_takes_its_date() -> None:
    box = "::: {.callout-important}\n### August 2024 update!\n\n[As of August 2024](https://example.org/pr/1), the tool bundles it.\n:::"
    assert _notes(_POST + "Body." + _TAIL, _POST + "Body.\n\n" + box + _TAIL) == [(box, "2024-08")]
    heading = "### August 2024 update!\n\nThe tool bundles it now."
    assert _notes(_POST + "Body." + _TAIL, _POST + "Body.\n\n" + heading + _TAIL) == [(heading, "2024-08")]


def test_the_same_words_laid_out_anew_are_no_edit() -> None:
    # a release page's paragraph of "- item" runs, rendered as a list in the revised page: the
    # words are the same, in the same place
    def page(body: str) -> str:
        return f"<html><body><article><h1>Release 0.13</h1><p>Intro paragraph of the release notes.</p>{body}<p>The end.</p></article></body></html>"

    items = ["Deduplicated serialized metadata reducing memory overhead", "Switched from JSON to protobuf for partition values",
             "Removed the file stream in favor of built-in parallelization", "Reduced metadata serialization points", "Added schema caching"]
    original = page("<p><strong>Performance work</strong>:\n" + "\n".join(f"- {x}" for x in items) + "</p>")
    revised = page("<p><strong>Performance work</strong>:</p>\n<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>")
    assert not [ch for ch in annotate.compare(original, revised, fmt="html").changes if ch.silent]
    # other words are an edit
    revised = revised.replace("JSON to protobuf", "JSON to Avro")
    assert [ch for ch in annotate.compare(original, revised, fmt="html").changes if ch.silent]


def test_an_html_pages_byline_element_dates_it_when_no_metadata_does() -> None:
    from annotate.read import read_document

    page = (
        '<html><head><title>T</title></head><body><header><h1>HashMap</h1><span class="meta">Posted by '
        '<a href="/me">Yuji</a> on January 21, 2018</span></header><article><p>Body text of the post, '
        "long enough to be read as the article.</p></article></body></html>"
    )
    assert read_document(page, fmt="html").date is not None
    assert read_document(page, fmt="html").date.value == "2018-01-21"  # type: ignore[union-attr]
    # a dated line without a byline's class or cue ("Event: June 5, 2030") dates nothing
    other = page.replace('class="meta"', 'class="event"')
    assert read_document(other, fmt="html").date is None


def test_a_field_of_the_pages_date_dates_it() -> None:
    from annotate.read import read_document

    advisory = (
        "# Risk of insufficient protection (CVE pending)\n\n**Title** | Risk of insufficient protection\n"
        "--------- | ---------\n**CVE** | Pending\n**Date** | 31 March 2026\n**Severity** | LOW\n\n## Vulnerability\n\nText.\n"
    )
    assert read_document(advisory, fmt="markdown").date.value == "2026-03-31"  # type: ignore[union-attr]
    fields = "# Statutes\n\nAuthor: the board\nPublished: 2019-03-20\n\nArticle 1. The association …\n"
    assert read_document(fields, fmt="markdown").date.value == "2019-03-20"  # type: ignore[union-attr]


def test_a_deprecation_notice_under_an_old_heading_marked_deprecated() -> None:
    # a standard's endpoint marked "(DEPRECATED)" in its old heading, with a new "DEPRECATION
    # NOTICE" section under it: two notes, the bracket and the section
    head = "#### `api.getCollateral(params)`\n\nErrors: APIError.\n\n##### Description\n\nReturns collateral inputs."
    original = "# CIP-30\n\nIntro paragraph of the standard.\n\n" + head + "\n\n## Next\n\nThe end.\n"
    notice = "##### DEPRECATION NOTICE\n\nSince collateral return is supported, wallets need not offer this endpoint."
    revised = original.replace("#### `api", "#### (DEPRECATED) `api").replace("Errors: APIError.", "Errors: APIError.\n\n" + notice)
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["(DEPRECATED)", notice]
    assert not [ch for ch in c.changes if ch.silent]
    # prose opening with the word is no note
    prose = original.replace("Returns collateral inputs.", "Returns collateral inputs.\n\nDeprecated endpoints are listed below.")
    assert [ch.revised.text for ch in annotate.compare(original, prose, fmt="markdown").changes if ch.silent and ch.revised] == [
        "Deprecated endpoints are listed below."
    ]


def test_a_bracketed_label_in_emphasis_heads_its_paragraph_and_a_month_over_a_slash_dates_it() -> None:
    # "**[Update 11/8]**: Changed the blog post to use the new docker-compose solution …" over a
    # tutorial rewritten for it: the whole paragraph is the note, and it discloses the rewrite
    top = _POST.replace("2024-05-01", "2019-10-20")  # ("11/8": 8 November, the one reading after the post's date)
    original = top + "Run `docker run grimoirelab/full` to start.\n\nThen open the dashboard." + _TAIL
    note = "**[Update 11/8]**: Changed the blog post to use the new docker-compose solution that is now part of the project."
    revised = top + note + "\n\nRun `docker-compose up -d` to start.\n\nThen open the dashboard." + _TAIL
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, "2019-11-08")]
    assert not [ch for ch in c.changes if ch.silent]
    dated = "**[UPDATE 09/2023]**: A new member joined the board."
    assert _notes(_POST + "Body." + _TAIL, _POST + "Body.\n\n" + dated + _TAIL) == [(dated, "2023-09")]


def test_a_setext_heading_ends_an_atx_headings_section() -> None:
    # "### Edit:" over its paragraphs, then '"Reject and resubmit"\n----' (a level-2 heading)
    original = "# Reviews\n\nIntro paragraph about reviewing software papers.\n\nReject\n------\n\nWhy I would reject a paper.\n"
    note = "### Edit:\n\nThe comments from other reviewers have been fantastic, thank you all."
    revised = original.replace("Reject\n------", note + "\n\n\nReject\n------")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [note]


def test_new_dated_entries_of_a_plain_text_history_are_notes() -> None:
    # a reStructuredText specification's "History" list, one passage: each new dated entry is a
    # note; an entry dated by its year alone, or a list under another title, is not
    head = "Binary distribution format\n==========================\n\nThe format of a wheel file.\n\n"
    history = "History\n=======\n\n- February 2013: This specification was approved through :pep:`427`.\n"
    entry = "- December 2024: Clarified that the ``scripts`` folder should only contain\n  regular files."
    original = head + history
    c = annotate.compare(original, head + history + entry + "\n", fmt="text")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(entry, "2024-12")]
    town = head.replace("Binary distribution format\n==========================", "Our town\n========") + history.replace("February 2013", "1850")
    c = annotate.compare(town, town + "- 2024: A new mayor was elected.\n", fmt="text")
    assert not c.annotations


def test_citations_rewritten_from_html_to_markdown_are_no_edit() -> None:
    # a post whose citation output changed from HTML ("&ldquo;", "<EM>", "<a href=…>") to
    # Markdown: the same words and marks a reader reads
    old = 'Boettiger C (2012). &ldquo;Early warning signals.&rdquo;\n<EM>Ecology Letters</EM>, <B>9</B>.\n<a href="http://doi.org/x">http://doi.org/x</a>.'
    new = "Boettiger C (2012). “Early warning signals.” *Ecology Letters*, **9**.\n[http://doi.org/x](http://doi.org/x)."
    c = annotate.compare(_POST + old + _TAIL, _POST + new + _TAIL, fmt="markdown")
    assert not [ch for ch in c.changes if ch.silent], [(ch.original, ch.revised) for ch in c.changes if ch.silent]
    other = new.replace("Early warning", "Late warning")
    assert [ch for ch in annotate.compare(_POST + old + _TAIL, _POST + other + _TAIL, fmt="markdown").changes if ch.silent]

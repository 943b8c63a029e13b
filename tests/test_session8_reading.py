"""Held-out sets 28 and 30, read again in the eighth session (Raku's POD design documents,
NetBSD's CVS-era port pages): the rules their misses taught, each on a small text written
like the real one."""

from __future__ import annotations

import annotate

_POD = (
    "=head1 TITLE\n\nApocalypse 3: Operators\n\n=head1 AUTHOR\n\nLarry Wall <larry@wall.org>\n\n"
    "=head1 VERSION\n\n  Maintainer: Allison Randal <al@shadowed.net>\n  Date: 2 Oct 2001\n"
    "  Last Modified: unknown\n  Number: 3\n  Version: 1\n\n"
    "To me, one of the most agonizing aspects of language design is the operators.\n\n"
    "Lists are flattened in list context.\n"
)


def test_a_pod_version_block_under_short_lines_is_the_documents_header() -> None:
    revised = (
        "=encoding utf-8\n\n"
        + _POD.replace("Allison Randal <al@shadowed.net>", "Larry Wall <larry@wall.org>")
        .replace("Last Modified: unknown", "Last Modified: 24 Sep 2004").replace("Version: 1", "Version: 2")
        + "\n[Update: Turns out that all lists are lazy by default.]\n"
    )
    c = annotate.compare(_POD, revised, fmt="text")
    assert c.original_date is not None and c.original_date.value == "2001-10-02"
    [note] = c.annotations
    assert note.date is not None and note.date.value == "2004-09-24"  # the document's "Last Modified"
    # the maintainer is shown on the page: changed with no note, it is silent; the version
    # and the date moving on are the header's own; "=encoding" is never shown
    assert [(m.key, m.silent) for m in c.metadata_changes if m.silent] == [("maintainer", True)]
    assert not [ch for ch in c.changes if ch.silent]


def test_a_header_block_below_prose_is_text() -> None:
    text = "A long first paragraph of prose that runs on well past a title's length, " * 3
    body = f"Title\n\n{text}\n\nMore.\n\nYet more.\n\n  Date: 2 Oct 2001\n  Version: 1\n  Number: 3\n\nEnd.\n"
    assert annotate.read_document(body, fmt="text").date is None


def test_a_version_control_keyword_rewritten_at_commit_is_not_an_edit() -> None:
    original = "<p>The port is maintained.</p>\n<p>$NetBSD: news.html,v 1.50 2001/07/11 19:54:31 dent Exp $</p>\n"
    revised = original.replace("1.50 2001/07/11 19:54:31", "1.51 2001/07/12 21:41:58")
    c = annotate.compare(original, revised, fmt="html")
    assert c.changes and not [ch for ch in c.changes if ch.silent]
    # the same figures changed outside a keyword are an edit
    plain = annotate.compare("<p>Version 1.50 is out.</p>", "<p>Version 1.51 is out.</p>", fmt="html")
    assert [ch.silent for ch in plain.changes] == [True]


def test_a_labelled_note_that_replaced_a_paragraphs_stale_end_is_a_note() -> None:
    original = (
        "<dl><dt>2001-07-11: NetBSD 1.5.1 released</dt><dd>NetBSD 1.5.1 released with support for 21 "
        "architectures, see the announcement.  (<em>NetBSD/mac68k release binaries are not done yet.</em>)</dd></dl>"
    )
    revised = original.replace(
        "(<em>NetBSD/mac68k release binaries are not done yet.</em>)",
        "<b>Update 07/12:</b> NetBSD/mac68k 1.5.1 release binaries are now available.",
    )
    c = annotate.compare(original, revised, fmt="html")
    [note] = c.annotations
    assert note.text == "Update 07/12: NetBSD/mac68k 1.5.1 release binaries are now available."
    assert note.date is not None and note.date.value == "2001-07-12"
    [gone] = [ch for ch in c.changes if ch.kind == "deletion"]
    assert not gone.silent and gone.disclosed_by == (note.id,)
    # a replaced sentence that does not open with a label stays an edit
    other = annotate.compare(original, original.replace("(<em>NetBSD/mac68k release binaries are not done yet.</em>)", "Binaries ship later."), fmt="html")
    assert not other.annotations


def test_the_video_a_note_introduces_is_the_notes_own() -> None:
    original = "# Scraping\n\nFirst, fetch the page.\n\nThen parse it.\n"
    note = "__Update:__ There is now a video edition of this post. Check it out!"
    video = '<iframe width="560" height="315" src="https://www.youtube.com/embed/VIe7ES7N6Xk"></iframe>'
    revised = original.replace("First,", f"{note}\n\n{video}\n\n---\n\nFirst,")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [f"{note}\n\n{video}\n\n---"]
    assert not [ch for ch in c.changes if ch.silent]
    # a break above a note is not the note's: it starts at its label
    foot = "**Update (9/15):** Added the second deadline."
    c = annotate.compare(original, original + f"\n---\n\n{foot}\n", fmt="markdown")
    assert [a.text for a in c.annotations] == [foot]
    # new prose under a note stays the article's
    c = annotate.compare(original, original.replace("Then", f"{note}\n\nA new paragraph of prose.\n\nThen"), fmt="markdown")
    assert [a.text for a in c.annotations] == [note]


def test_a_line_break_tag_added_before_a_tag_is_markup() -> None:
    original = '<p class="c"><img src="/a.jpg" alt="Speakers" />\n\n<small>\n<em>The series</em>\n</small>\n\nWe meet on Tuesday.\n'
    c = annotate.compare(original, original.replace("<small>", "<br /><small>"), fmt="markdown")
    assert c.changes and not [ch for ch in c.changes if ch.silent]


def test_an_afterthought_in_brackets_goes_on_with_the_note_above_it() -> None:
    original = "# Masks\n\nI mask the low bits off.\n\nThen the loop.\n"
    first = "(**UPDATE**: A reader points out that I don't need the mask at all.)"
    also = "(Also, it occurs to me that I could avoid the loop entirely... but that might be over the top.)"
    revised = original.replace("Then", f"{first}\n\n{also}\n\nThen")
    assert [a.text for a in annotate.compare(original, revised, fmt="markdown").annotations] == [f"{first}\n\n{also}"]


def test_a_date_written_without_the_space_after_its_comma_is_read() -> None:
    from annotate.dates import find_dates

    assert [d.value for d in find_dates("_Last Updated February 2,2023_")] == ["2023-02-02"]
    assert find_dates("In March 3,200 people came.") == []  # (a count, not a year)



def test_a_note_linking_to_a_sections_anchor_names_that_section() -> None:
    original = "# Effects\n\nResumable exceptions are rare.\n\n## Learn more\n\nRead the papers.\n"
    note = ">Edit: LISP languages [do offer something similar](#learn-more)."
    added = "Many people also pointed out the Common Lisp condition system."
    revised = original.replace("rare.\n", f"rare.\n\n{note}\n").replace("Read the papers.\n", f"Read the papers.\n\n{added}\n")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [note]
    [change] = [ch for ch in c.changes if ch.kind == "addition"]
    assert not change.silent and change.disclosed_by == ("n1",)
    # without the link the addition is silent: the note names nothing of it
    c = annotate.compare(original, revised.replace("](#learn-more)", "](https://example.org)"), fmt="markdown")
    assert [ch.silent for ch in c.changes if ch.kind == "addition"] == [True]


def test_a_label_written_date_first_is_a_dated_label() -> None:
    from annotate.openings import label_at

    for text, word, value in [
        ("(**3/30/2020 Edit**: See the related post.)", "Edit", "2020-03-30"),
        ("2020-03-30 Update: See the related post.", "Update", "2020-03-30"),
        ("[12 July 2017 update] The bridge reopened.", "update", "2017-07-12"),
    ]:
        found = label_at(text, 0, len(text))
        assert found is not None and found[0] == word and found[1] is not None and found[1].value == value
    for text in ("2020-03-30 update of the table was slow.", "2021-06-15: Freenode closed.", "2019-03-05 Note: the list"):
        assert label_at(text, 0, len(text)) is None  # a dated line, not a label
    original = "# Dev\n\nWe moved the build to CI.\n"
    revised = original.replace("CI.", "CI. (**3/30/2020 Edit**: See the related post.)")
    [note] = annotate.compare(original, revised, fmt="markdown").annotations
    assert note.text == "(**3/30/2020 Edit**: See the related post.)" and note.date is not None and note.date.value == "2020-03-30"


def test_set_32_forms_of_notes() -> None:
    """"Notes:" over a list, kramdown's attributes above a note, "Migration Note:" heading a
    section, an MDX box closed on its last paragraph's last line."""
    from annotate.openings import label_at

    for text, word in [
        ("Notes:\n- Building from source is not recommended.", "Notes"),
        ("{:.site-note}\n**Note:** Some guidance sections are under review.", "Note"),
        ("## Migration Note: autowire default change (7.2.0)", "Migration Note"),
    ]:
        found = label_at(text, 0, len(text))
        assert found is not None and found[0] == word
    assert label_at("## Notes\n\n1. See the paper.", 0, 26) is None  # a document's endnotes
    original = (
        "# Install\n\n<Highlight type=\"warning\">\n\nRemove any old PostgreSQL first.\n\n"
        "To keep it, [install from source][src].\n</Highlight>\n\n### Prerequisites\n\n* OpenSSL\n\n## Configure\n\nThis section.\n"
    )
    box = '<Highlight type="warning">\n\nIf you are blocked by an error like `could not load library`, check the dependencies.\n\n</Highlight>'
    revised = original.replace("## Configure", f"{box}\n\n## Configure")
    assert [a.text for a in annotate.compare(original, revised, fmt="markdown").annotations] == [box]


def test_a_link_definition_dropped_with_its_link_is_no_edit_of_its_own() -> None:
    original = "# Pkg\n\nSee the [documentation][doc] for more.\n\nThe end.\n\n[doc]: http://docs.example.org/pkg?#%28tech._multi%29\n"
    revised = original.replace(" See the [documentation][doc] for more.", "").replace("[doc]: http://docs.example.org/pkg?#%28tech._multi%29\n", "")
    revised = revised.replace("# Pkg\n\n", "# Pkg\n\nA new first line.\n\n")
    c = annotate.compare(original, revised, fmt="markdown")
    assert not [ch for ch in c.changes if ch.silent and "docs.example.org" in (ch.original.text if ch.original else "")]


def test_a_release_date_is_a_news_posts_date() -> None:
    doc = annotate.read_document("---\ntitle: Artemis is a TLP\nrelease_date: 2025-11-19\n---\n\nText.\n", fmt="markdown")
    assert doc.date is not None and doc.date.value == "2025-11-19"


def test_a_notice_of_edits_to_the_text_above_discloses_the_changes_above_it() -> None:
    original = "# MuSig2\n\nThe wallet allows pre-sharing nonces.\n\nIt signs in one round.\n\n## Other news\n\nA release.\n"
    revised = original.replace("allows", "can allow").replace("one round", "two rounds")
    note = "**Edit:** some of the text above about MuSig2 was updated to clarify that extra care is required."
    revised = revised.replace("## Other news", f"{note}\n\n## Other news").replace("A release.", "A new release.")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == [note]
    assert [(ch.kind, ch.silent) for ch in c.changes if ch.kind != "annotation"] == [("edit", False), ("edit", False), ("addition", True)]


def test_set_33_forms_of_notes() -> None:
    from annotate.openings import label_at

    for text in ("_This item was corrected after publication._", "**Another Update:** This is crude.", "**One More Update:** x"):
        assert label_at(text, 0, len(text)) is not None
    assert label_at("Another update to the API was pushed.", 0, 37) is None
    # a one-column table headed by a label is a box ("| :warning: DISCLAIMER: |"); a table with a
    # "Note" column is a table
    boxed = "| :warning: DISCLAIMER: |\n|:---|\n| Project Eris is made by a third party. |"
    assert label_at(boxed, 0, len(boxed)) is not None
    assert label_at("| Note | Description |\n|---|---|\n| a | b |", 0, 40) is None
    # an emphasised label on a new line after a line break, with the rest of its line
    line = "**EDIT(2018-11-20):** The installers were deleted. New installers will follow."
    original = f"# News\n\n{line}\n"
    note = "**EDIT(2018-11-22):** The crash issue has been resolved. The installers are available now."
    [found] = annotate.compare(original, original.replace(line, f"{line}<br>\n{note}"), fmt="markdown").annotations
    assert found.text == note and found.date is not None and found.date.value == "2018-11-22"
    # a note ending with a colon takes the new passage it introduces
    original = "# Fast\n\nMy version runs in 5 s.\n\nThe end.\n"
    intro = "Update: with the SSE4.1 instruction removed, I get:"
    revised = original.replace("The end.", f"{intro}\n\ncfg'd: 0m4,640s Real, 0m18,324s User\n\nThe end.")
    assert [a.text for a in annotate.compare(original, revised, fmt="markdown").annotations] == [f"{intro}\n\ncfg'd: 0m4,640s Real, 0m18,324s User"]
    # an escaped bracket and the paragraph's full stop are the note's
    original = "# Kindle\n\nThe book is on the Kindle.\n"
    note = "\\[editor's note: since this post was published, the book has been free online]."
    assert [a.text for a in annotate.compare(original, original + f"\n{note}\n", fmt="markdown").annotations] == [note]


def test_template_logic_is_no_edit_a_reader_sees() -> None:
    original = "Text here.\n\n{% assign soon = page.date | plus: 3 %}\n\nMore text.\n"
    revised = original.replace("soon = page.date | plus: 3", "four_days = page.date | plus: 345600")
    assert not [ch for ch in annotate.compare(original, revised, fmt="markdown").changes if ch.silent]
    shown = original.replace("More text.", "More text.\n\n{% if soon %}New words.{% endif %}")
    assert [ch.silent for ch in annotate.compare(original, shown, fmt="markdown").changes] == [True]


def _show(original: str, revised: str, fmt: str = "markdown") -> tuple[list[str], list[tuple[str, bool]]]:
    c = annotate.compare(original, revised, fmt=fmt)
    return [a.text for a in c.annotations], [(ch.kind, ch.silent) for ch in c.changes if ch.kind != "annotation"]


def test_the_reviews_misreadings_stay_mended() -> None:
    """Ordinary prose the session's first rules misread (found by a review of the change)."""
    releases = "# Releases\n\n- Version 1709.\n"
    # a product named by month and year is no dated label
    assert _show(releases, releases + "- April 2018 Update: version 1803.\n") == ([], [("addition", True)])
    # a replaced sentence end is a note only at a sentence's start
    assert _show("Open the menu and choose File.\n", "Open the menu and choose Edit: Preferences.\n") == ([], [("edit", True)])
    # a capitalised "Note" in a name
    labels = "# Labels\n\nJazz labels.\n"
    assert _show(labels, labels + "\nBlue Note: founded in 1939 by Alfred Lion.\n") == ([], [("addition", True)])
    # an advice note's link to a section names no change there
    tool = "# Tool\n\nIntro.\n\n## Setup\n\nYou need 4 GB of memory.\n"
    revised = tool.replace("Intro.", "Intro.\n\nSide note: before running, see [Setup](#setup).").replace("4 GB", "16 GB")
    assert _show(tool, revised)[1] == [("edit", True)]
    # a note ending with a colon does not take the heading under it (HTML has no structure)
    page = "<p>Intro.</p><p>End.</p>"
    revised = "<p>Intro.</p><p>Update: The old steps were:</p><h2>Troubleshooting</h2><p>Try again.</p><p>End.</p>"
    assert _show(page, revised, "html")[0] == ["Update: The old steps were:"]
    # "the text above about the bridge" covers the sections about the bridge, not the budget
    budget = "# Budget\n\nThe budget rose 2 percent, passed unanimously.\n\n## Roads\n\nThe bridge opens in May.\n"
    note = "**Update (May 3):** Some of the text above about the bridge was updated to clarify its opening day."
    revised = budget.replace("2 percent", "9 percent").replace("opens in May.", f"opens in June.\n\n{note}")
    assert _show(budget, revised)[1] == [("edit", True), ("edit", False)]
    from annotate.notices import notice_scope

    assert "above" not in notice_scope("None of the text above was changed; only the code sample below was updated.")


def test_the_reviews_misread_headers_and_tags_stay_mended() -> None:
    recipe = "Recipe\n\nPrep time: 10 minutes\nCook time: 20 minutes\nServes four: yes\n\nMix.\n"
    assert _show(recipe, recipe.replace("20 minutes", "45 minutes"), "text")[1] == [("edit", True)]
    mail = "Writing mail headers\n\nA header looks like this:\n\n  From: a@b.c\n  To: d@e.f\n  Date: 2 Oct 2001\n\nThat is all.\n"
    assert annotate.read_document(mail, fmt="text").date is None
    shown = "Text.\n\nMore.\n"
    include = '{% include warning.html content="Do not use v1: it leaks tokens." %}'
    assert _show(shown, shown.replace("More.", "More.\n\nWe now say: " + include))[1] == [("addition", True)]


def test_set_34_forms_of_notes() -> None:
    # an import put above another, cut mid-line by the word diff, is still an MDX import
    page = "import Emph from 'components/Emph'\n\n# Async\n\nText.\n"
    revised = page.replace("import Emph", "import Aside from 'components/Aside'\nimport Emph")
    assert not [ch for ch in annotate.compare(page, revised, fmt="markdown").changes if ch.silent]
    # a disclosure sentence added after another's full stop
    original = "# Elixir\n\nThis tutorial was updated in January 2019 to cover Phoenix 1.4.\n\nIt requires Elixir 1.5.\n"
    added = " It was updated in July 2019 to cover changes in Elixir 1.9."
    revised = original.replace("Phoenix 1.4.", "Phoenix 1.4." + added).replace("Elixir 1.5", "Elixir 1.9")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(added.strip(), "2019-07")]
    assert not [ch for ch in c.changes if ch.silent]
    # a paragraph going on with a new labelled note ("Also, …") is the note's
    original = "# Infra\n\nHomu will merge pull requests.\n"
    note = "*Update 2015-03-19*: Homu and Highfive have been deployed."
    also = "Also, Manish points out that the bots were written in Python."
    [found] = annotate.compare(original, original + f"\n{note}\n\n{also}\n", fmt="markdown").annotations
    assert found.text == f"{note}\n\n{also}"

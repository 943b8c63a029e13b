"""``annotate.classify``: what is a change, and when a change is silent.

A change is silent unless a note discloses it: by naming its numbers or a phrase of
two content words from it, by saying where it changed ("this section was added"), by
a general notice, or by showing it struck through. Markup-only and dates-only changes
are never silent edits of content. A move is disclosed only by a note that says so.
"""

from __future__ import annotations

import annotate
from annotate.classify import Piece, classify, pieces
from annotate.model import Block, Opcode

BODY = ["The council met on Tuesday.", "It approved a budget of 40 million.", "The mayor spoke first.", "Voting ended late."]
ORIG = "\n\n".join(BODY)


def _changes(revised: str, fmt: str | None = None) -> list[tuple[str, bool, str | None]]:
    c = annotate.compare(ORIG, revised, fmt=fmt)
    return [(ch.kind, ch.silent, ch.disclosure) for ch in c.changes]


def test_an_edit_no_note_names_is_silent() -> None:
    rev = ORIG.replace("40 million", "45 million")
    assert _changes(rev) == [("edit", True, None)]


def test_a_note_naming_the_new_number_discloses_the_edit() -> None:
    rev = ORIG.replace("40 million", "45 million") + "\n\n(Correction: the budget is 45 million.)"
    c = annotate.compare(ORIG, rev)
    [edit] = [ch for ch in c.changes if ch.kind == "edit"]
    assert (edit.silent, edit.disclosed_by, edit.disclosure) == (False, ("n1",), "specific")


def test_a_shared_topic_word_is_not_disclosure() -> None:
    rev = ORIG.replace("spoke first", "spoke last") + "\n\n(Update: the council met again on Friday.)"
    kinds = _changes(rev)
    assert ("edit", True, None) in kinds


def test_a_general_notice_covers_edits_and_moves() -> None:
    edited = ORIG.replace("spoke first", "spoke last")
    rev = edited + "\n\n*This article has been updated.*"
    assert ("edit", False, "general") in _changes(rev)
    # (a move too, since the twenty-third session: no held-out judge listed one under such a notice as silent)
    moved = "\n\n".join([BODY[0], BODY[2], BODY[3], BODY[1]]) + "\n\n*This article has been updated.*"
    assert [k for k in _changes(moved) if k[0] == "move"] == [("move", False, "general")]


def test_a_move_is_disclosed_by_a_note_that_says_moved() -> None:
    moved = "\n\n".join([BODY[0], BODY[2], BODY[3], BODY[1], "(Update: the budget paragraph was moved to the end.)"])
    assert [k for k in _changes(moved) if k[0] == "move"] == [("move", False, "specific")]


def test_strike_through_shows_the_change() -> None:
    rev = ORIG.replace("40 million", "~~40~~ 45 million")
    assert all(not silent and how == "visible" for _, silent, how in _changes(rev, fmt="markdown"))


def test_punctuation_and_dates_alone_are_not_silent_edits() -> None:
    assert _changes(ORIG.replace("Voting ended late.", "Voting ended late!")) == [("edit", False, None)]
    dated = "Posted 5 July 2016\n\n" + ORIG
    # a publication date moved is an edit unless an update note comes with it (the page republished:
    # the fifteenth session), a "last updated" stamp's never
    c = annotate.compare(dated, dated.replace("5 July 2016", "18 August 2017") + "\n\nUpdate: the budget passed.")
    assert c.changes and not any(ch.silent for ch in c.changes)
    c = annotate.compare(dated, dated.replace("5 July 2016", "18 August 2017"))
    assert c.changes and all(ch.silent for ch in c.changes)
    stamped = "Last updated 5 July 2016\n\n" + ORIG
    c = annotate.compare(stamped, stamped.replace("5 July 2016", "18 August 2017"))
    assert c.changes and not any(ch.silent for ch in c.changes)


def test_text_inside_a_note_is_the_note_never_a_change() -> None:
    rev = ORIG + "\n\n(Update, 6 July 2017: the budget passed.)"
    assert _changes(rev) == [("annotation", False, None)]


def test_pieces_follow_blocks_and_word_operations() -> None:
    a = annotate.read_document("one two\n\ngone")
    b = annotate.read_document("one three\n\nnew")
    blocks = [
        Block("changed", (0, 7), (0, 9), (0, 1), (0, 1),
              (Opcode("equal", 0, 4, 0, 4), Opcode("replace", 4, 7, 4, 9)), None, 0.5),
        Block("delete", (9, 13), None, (1, 2), (1, 1), (), None, 0.0),
        Block("insert", None, (11, 14), (2, 2), (1, 2), (), None, 0.0),
    ]
    assert pieces(blocks, b) == [
        Piece("edit", (4, 7), (4, 9), None, 4),
        Piece("deletion", (9, 13), None, None, 11),
        Piece("addition", None, (11, 14), None, 11),
    ]
    changes = classify(a, b, pieces(blocks, b), (), ())
    assert [(ch.kind, ch.original.text if ch.original else None, ch.revised.text if ch.revised else None)
            for ch in changes] == [("edit", "two", "three"), ("addition", None, "new"), ("deletion", "gone", None)]
    assert all(ch.silent for ch in changes)


def test_switching_emphasis_markers_is_not_a_silent_edit() -> None:
    orig = "Some *emphasis* here and **strong** words.\n\nThe link [goes](https://a.example) there."
    rev = "Some _emphasis_ here and __strong__ words.\n\nThe link [goes](https://b.example) there."
    c = annotate.compare(orig, rev, fmt="markdown")
    silent = [ch.revised.text for ch in c.changes if ch.silent and ch.revised]
    assert silent == ["b"]  # a changed link target is a change; emphasis markers are not


def test_a_byline_date_moving_on_is_not_a_silent_edit_but_a_date_in_the_body_is() -> None:
    orig = "*By Ann Lee \u2014 6 March 2023, updated 7 March 2023*\n\n" + ORIG + "\n\nThe vote was on 7 March 2023."
    c = annotate.compare(orig, orig.replace("updated 7 March", "updated 8 March"))
    assert [(ch.kind, ch.silent) for ch in c.changes] == [("edit", False)]
    c = annotate.compare(orig, orig.replace("vote was on 7 March", "vote was on 8 March"))
    assert [(ch.kind, ch.silent) for ch in c.changes] == [("edit", True)]


def test_a_note_reporting_a_change_where_it_stands_discloses_it() -> None:
    """A note written in place of what it reports ("… so I no longer offer them here" where the
    download list was) discloses that change when it names one of its words; the same note
    elsewhere, or a note that reports nothing, does not."""
    body = ["Here is my compressor.", "Stripped binaries for Windows to download: xz.exe 5.0.0, md5 1a2b.", "It works well."]
    note = "Update August 2011: official Windows binaries are now provided, so I no longer offer them here."
    c = annotate.compare("\n\n".join(body), "\n\n".join([body[0], note, body[2]]))
    [deletion] = [ch for ch in c.changes if ch.kind == "deletion"]
    assert (deletion.silent, deletion.disclosure) == (False, "specific")
    far = "\n\n".join([body[0], body[2], "More text.", "And more.", note])
    c = annotate.compare("\n\n".join(body), far)
    assert [ch.silent for ch in c.changes if ch.kind == "deletion"] == [True]
    plain = "Update August 2011: Windows users liked it."
    c = annotate.compare("\n\n".join(body), "\n\n".join([body[0], plain, body[2]]))
    assert [ch.silent for ch in c.changes if ch.kind == "deletion"] == [True]


def test_a_passage_added_beside_a_reporting_note_needs_two_of_its_words() -> None:
    """A passage added next to a note that reports another change is not disclosed by one
    shared word, and never by a word of a link's address ("github" in https://github.com/…):
    "Developer documentation was previously available in the Wiki" names no "available
    issues" added under it (eighth held-out set, kyverno)."""
    body = ["# Contributing", "Join the chat.", "Thanks."]
    note = "**NOTE:** Developer documentation was previously available in the [Wiki](https://github.com/x/y/wiki) but is no longer maintained there."
    added = "To start, take a look at available issues in the [Good First Issues](https://github.com/orgs/x/projects/10) project."
    c = annotate.compare("\n\n".join(body), "\n\n".join([body[0], body[1], note, added, body[2]]), fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes if ch.kind != "annotation"] == [("addition", True)]
    named = "To start, read the developer documentation in the new handbook."
    c = annotate.compare("\n\n".join(body), "\n\n".join([body[0], body[1], note, named, body[2]]), fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes if ch.kind != "annotation"] == [("addition", False)]


def test_a_note_reporting_a_change_and_naming_the_section_heading_discloses_changes_there() -> None:
    """"We've updated the changelog" over a "Changelog" section says where the change is: an
    addition in that section is disclosed. A note that names the heading without reporting a
    change, a reporting note that names another section, and the document's title do not."""
    orig = "\n\n".join([
        "# Release 2.0", "## Features", "Faster start-up.", "## Changelog", "* Fixed the parser.", "## Thanks",
        "To all contributors.",
    ])
    added = orig.replace("* Fixed the parser.", "* Fixed the parser.\n* Dropped support for the old config format.")

    def silent(note: str) -> list[bool]:
        c = annotate.compare(orig, added.replace("# Release 2.0", "# Release 2.0\n\n" + note), fmt="markdown")
        return [ch.silent for ch in c.changes if ch.kind == "addition"]

    assert silent("**Update:** We missed a breaking change and have updated the changelog.") == [False]
    assert silent("**Update:** The changelog is long this time.") == [True]
    assert silent("**Update:** We've updated the features.") == [True]
    assert silent("**Update:** We've updated the release notes.") == [True]


def test_two_content_words_near_each_other_in_both_are_a_phrase_the_note_names() -> None:
    """"[The patch](url) to the specification was merged" names "the patch is supposed to be
    merged" (patch … merged, a few words apart in both; the link's address is no words); the
    same two words far apart in the note name nothing."""
    body = ["We sped up await.", "It needs a spec change as well; the patch is supposed to be merged soon.", "Done."]
    orig = "\n\n".join(body)
    rev = "\n\n".join([body[0], "It needs a spec change as well.", body[2]])
    note = "**Update:** [The patch](https://github.com/tc39/ecma262/pull/1250) to the specification was merged."
    c = annotate.compare(orig, rev + "\n\n" + note, fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes if ch.kind == "deletion"] == [("deletion", False)]
    far = "**Update:** The patch for older browsers, tablets, phones and television sets was merged."
    c = annotate.compare(orig, rev + "\n\n" + far, fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes if ch.kind == "deletion"] == [("deletion", True)]


def test_code_a_note_quotes_names_the_change_that_holds_it() -> None:
    """A note quoting an expression of two words or more (`a1 == a2`) names a change holding it
    exactly; a one-word code span (`null`) is a topic word, not a name."""
    body = ["Union nodes are merged.", "We add a special rule:\n\n```elixir\n{a1, C1} when a1 == a2 and C2 == nil\n```", "Done."]
    orig = "\n\n".join(body)
    rev = "\n\n".join([body[0], body[2]])
    note = "> Note: the shortcut for `a1 == a2` slowed the compiler, so we took it out."
    c = annotate.compare(orig, rev + "\n\n" + note, fmt="markdown")
    assert [ch.silent for ch in c.changes if ch.kind == "deletion"] == [False]
    other = "> Note: the compiler now returns `nil` in fewer places."
    c = annotate.compare(orig, rev + "\n\n" + other, fmt="markdown")
    assert [ch.silent for ch in c.changes if ch.kind == "deletion"] == [True]


def test_a_stamps_time_and_weekday_moving_on_is_not_a_silent_edit() -> None:
    orig = ORIG + "\n\n*This notice last updated: Mon, 12 Aug 2013 18:48:07 UTC*"
    rev = orig.replace("Mon, 12 Aug 2013 18:48:07", "Tue, 13 Aug 2013 13:51:00")
    assert [(ch.kind, ch.silent) for ch in annotate.compare(orig, rev).changes] == [("edit", False), ("edit", False)]
    body = ORIG.replace("Tuesday", "Monday")
    assert [(ch.kind, ch.silent) for ch in annotate.compare(ORIG, body).changes] == [("edit", True)]


def test_a_fix_inside_code_the_note_quotes_is_named_by_it() -> None:
    orig = "Run Chrome with the flag `--test-third-party-cookies-phaseout` to try it.\n\nMore text."
    rev = orig.replace("cookies-phaseout", "cookie-phaseout") + (
        "\n\nThis article was updated on 30 August 2023 to correct a typing mistake in the flag"
        " `--test-third-party-cookie-phaseout`."
    )
    c = annotate.compare(orig, rev, fmt="markdown")
    assert [(ch.kind, ch.silent, ch.disclosure) for ch in c.changes if ch.kind == "edit"] == [("edit", False, "specific")]


def test_a_correction_saying_what_an_earlier_version_said_names_a_long_removal() -> None:
    section = (
        "## Fenced frames improvements\n\nA fenced frame is an HTML element for embedded content, similar to an iframe, "
        "that restricts communication with its embedding context and gains a new format option for ad size macros, "
        "automatic beacons sent to every registered destination, and reporting of event data in worklets."
    )
    orig = "\n\n".join([BODY[0], section, *BODY[1:]])
    note = "_Correction: A previous version of this article referred to improvements for Fenced Frames._"
    c = annotate.compare(orig, "\n\n".join([BODY[0], note, *BODY[1:]]), fmt="markdown")
    assert [ch.silent for ch in c.changes if ch.kind == "deletion"] == [False]
    plain = "_Update: Fenced Frames ship later._"
    c = annotate.compare(orig, "\n\n".join([BODY[0], plain, *BODY[1:]]), fmt="markdown")
    assert [ch.silent for ch in c.changes if ch.kind == "deletion"] == [True]


def test_a_note_saying_the_numbers_were_revised_names_every_revised_number() -> None:
    orig = "\n\n".join(
        ["Intro.", "## Income", "| Source | Amount |\n| --- | --- |\n| Donations | $197,345.27 |", "More.", "## Sponsors", "Thanks."]
    )
    rev = orig.replace("$197,345.27", "$211,656.13").replace("Intro.", (
        "Intro.\n\n**Updated (2024-02-29):** We revised how our financials were reported to bring the numbers in line."
    ))
    c = annotate.compare(orig, rev, fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes if ch.kind == "edit"] == [("edit", False)]
    added = rev.replace("Thanks.", "Thanks.\n\nOur top sponsor gave $20,000.")
    c = annotate.compare(orig, added, fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes if ch.kind == "addition"] == [("addition", True)]


def test_a_correction_standing_by_the_change_names_it_in_another_form() -> None:
    """A correction reports a change by what it is; beside the change it names it by a word in
    another form ("preload scanner" for "visible to preloaders"). Elsewhere it does not."""
    para = "This tells the browser the page needs 1.js and 2.js, and is visible to preloaders."
    orig = "\n\n".join([BODY[0], para, *BODY[1:]])
    note = "Correction: I originally stated these were picked up by the preload scanner; they're not."
    rev = "\n\n".join([BODY[0], para.replace(", and is visible to preloaders", ""), note, *BODY[1:]])
    assert [ch.silent for ch in annotate.compare(orig, rev).changes if ch.kind == "deletion"] == [False]
    far = "\n\n".join([BODY[0], para.replace(", and is visible to preloaders", ""), *BODY[1:], "More.", "Text.", note])
    assert [ch.silent for ch in annotate.compare(orig, far).changes if ch.kind == "deletion"] == [True]


def test_a_note_saying_what_moved_by_its_time_discloses_the_move_and_the_time() -> None:
    items = ["- 11:55: OCI talk", "- 13:00: keynote", "- 15:00: workshop", "- 16:55: panel", "- 17:30: drinks"]
    orig = "\n".join(items) + "\n\nSee you there."
    moved = [items[0], items[1], "- 14:55: panel", items[2], items[4]]
    note = "**Update:** previously the time for the panel was 16:55, it has been moved to 14:55."
    c = annotate.compare(orig, "\n".join(moved) + "\n\nSee you there.\n\n" + note, fmt="markdown")
    assert [ch.silent for ch in c.changes if ch.kind in ("move", "edit")] == [False] * len(
        [ch for ch in c.changes if ch.kind in ("move", "edit")]
    ) and any(ch.kind in ("move", "edit") for ch in c.changes)


def test_a_reporting_note_naming_two_words_of_a_heading_discloses_its_section() -> None:
    orig = "\n\n".join(["# Flux at KubeCon", "## Talks", "Many talks.", "## Flux Project Meeting", "Have a chat, see what people want.", "## After", "Bye."])
    rev = orig.replace("Have a chat, see what people want.", "Have a chat.").replace(
        "Many talks.", "Many talks.\n\n**Update:** 2022-05-16: We updated the details of the project meeting."
    )
    assert [ch.silent for ch in annotate.compare(orig, rev, fmt="markdown").changes if ch.kind == "deletion"] == [False]


def test_words_a_note_quotes_name_a_change_inside_them() -> None:
    orig = "\n\n".join(["The Core Developer leads the project.", *BODY])
    rev = "\n\n".join(["The Developer leads the project.", *BODY, "More.", 'Update: the "Core Developer" role is gone.'])
    assert [ch.silent for ch in annotate.compare(orig, rev).changes if ch.kind == "deletion"] == [False]
    rev = "\n\n".join(["The Developer leads the project.", *BODY, "More.", "Update: the Core Developer role is gone."])
    assert [ch.silent for ch in annotate.compare(orig, rev).changes if ch.kind == "deletion"] == [True]


def test_a_reporting_note_naming_fields_discloses_changes_on_their_lines() -> None:
    """"We are lowering the severity to Low, and updating the description" names the lines
    "Severity: …" and "Description:" (and the paragraph under a field's line of its own);
    a field it does not name ("Vendor:") stays silent."""
    orig = "\n\n".join([
        "Intro.", "Severity: High", "Vendor: The Apache Software Foundation", "Description:",
        "Whitelist rules are not applied to redirects.", "Thanks.",
    ])
    rev = orig.replace("Severity: High", "Severity: Low").replace("Vendor: The Apache Software Foundation", "Vendor: Apache").replace(
        "not applied to redirects", "not applied to network redirects"
    ).replace("Intro.", "Intro.\n\n*Updated 02/20/2016*: We are lowering the severity to Low and updating the description.")
    c = annotate.compare(orig, rev)
    got = [(ch.kind, ch.silent, ch.revised.text if ch.revised else None) for ch in c.changes if ch.kind != "annotation"]
    assert got == [("edit", False, "Low"), ("edit", True, "Apache"), ("addition", False, "network")]


def test_a_title_or_author_changed_in_front_matter_with_no_note_is_a_silent_edit() -> None:
    """A quietly rewritten headline or an added author is a silent edit; a note naming the new
    words, naming the field, or a general notice discloses it; other fields stay metadata."""
    orig = "---\ntitle: Servo gains floats, :has() and more\nauthor: Ann\ntags: [a]\n---\n\nBody text here.\n"
    rev = orig.replace(":has() and more", "try job labels and more").replace("tags: [a]", "tags: [a, b]")
    c = annotate.compare(orig, rev, fmt="markdown")
    assert [(m.key, m.silent) for m in c.metadata_changes] == [("title", True), ("tags", False)]
    assert c.summary.silent_edits == c.summary.silent_metadata == 1
    from annotate.render import render

    assert "SILENT metadata title: Servo gains floats, :has() and more \u2192 Servo gains floats, try job labels" in render(
        c, "text", color=False, width=200, limit=None
    )
    assert "Silent edit \u2014 Front matter title:" in render(c, "html", view="side", context=2)
    noted = rev.replace("Body text here.", "**Correction:** we dropped :has() and added try job labels.\n\nBody text here.")
    c = annotate.compare(orig, noted, fmt="markdown")
    m = c.metadata_changes[0]
    assert (m.key, m.silent, m.disclosed_by) == ("title", False, ("n1",))
    byline = orig.replace("author: Ann", "author: Ann, Bo Lee")
    assert [m.silent for m in annotate.compare(orig, byline, fmt="markdown").metadata_changes] == [True]
    general = byline.replace("Body text here.", "*This post has been updated.*\n\nBody text here.")
    assert [m.silent for m in annotate.compare(orig, general, fmt="markdown").metadata_changes] == [False]


def test_formatting_tags_alone_are_not_silent_edits() -> None:
    orig = "# T\n\nFirst paragraph here.\n\nSecond paragraph here."
    c = annotate.compare(orig, orig.replace("here.\n\nSecond", "here.\n\n<br/>\n\nSecond"), fmt="markdown")
    assert [ch.silent for ch in c.changes] == [False]
    c = annotate.compare(orig, orig.replace("here.\n\nSecond", 'here.\n\n<img src="x.png">\n\nSecond'), fmt="markdown")
    assert c.changes and all(ch.silent for ch in c.changes)


def test_the_date_a_note_s_label_writes_names_no_number_of_the_text() -> None:
    """A new "UPDATE (April 2014)" does not disclose the removal of an old "UPDATE (February
    2014): …" block: the label's year is the note's date, not a number it names."""
    orig = ORIG.replace("The mayor", "UPDATE (February 2014): we have raised 52% so far.\n\nThe mayor")
    rev = ORIG.replace("The mayor", "UPDATE (April 2014): this is the old call, kept for history.\n\nThe mayor")
    [gone] = [ch for ch in annotate.compare(orig, rev).changes if ch.kind == "deletion"]
    assert gone.silent


def test_a_one_word_change_named_by_the_note_beside_it_is_disclosed() -> None:
    """("doxygen" dropped from an install command, "NOTE: Doxygen 1.8.19 or later is required
    … built from source" under it); a note elsewhere naming the word does not disclose it."""
    orig = "Install the tools:\n\n    sudo yum install doxygen gem graphviz\n\nThen build."
    note = "NOTE: Doxygen 1.8.19 or later is required and has to be built from source."
    rev = orig.replace("doxygen gem", "gem").replace("\n\nThen build.", f"\n\n{note}\n\nThen build.")
    assert [(ch.kind, ch.silent) for ch in annotate.compare(orig, rev, fmt="markdown").changes if ch.kind != "annotation"] == [
        ("deletion", False)
    ]
    far = "Intro.\n\n" + "\n\n".join(f"Paragraph {w} stands here." for w in ("one", "two", "three", "four"))
    rev_far = orig.replace("doxygen gem", "gem") + "\n\n" + far + f"\n\n{note}"
    assert [(ch.kind, ch.silent) for ch in annotate.compare(orig + "\n\n" + far, rev_far, fmt="markdown").changes if ch.kind == "deletion"] == [
        ("deletion", True)
    ]


def test_a_version_s_trailing_zero_parts_name_the_same_release() -> None:
    orig = "| Supported in | version `>=0.4.0` |\n\nThe text format is simple."
    rev = orig.replace("`>=0.4.0` |", "`>=0.4.0`, `<2.0.0` |") + "\n\nNOTE: Prometheus 2.0 removed support for the protocol-buffer format."
    [add] = [ch for ch in annotate.compare(orig, rev, fmt="markdown").changes if ch.kind != "annotation"]
    assert (add.silent, add.disclosed_by) == (False, ("n1",))


def test_a_space_put_inside_a_word_is_an_edit_a_reader_sees() -> None:
    rev = ORIG.replace("approved", "appro ved")
    assert _changes(rev) == [("edit", True, None)]


def test_a_name_a_reporting_note_writes_discloses_its_removal_anywhere() -> None:
    """("[Updated on 2018-12-20: Remove YOLO here. …]" over "and YOLO" dropped from a list far
    below.) A word the note writes in lower case is a topic, not a name: its removal stays silent."""
    far = "\n\n".join(f"Paragraph {w} says something else entirely." for w in ("one", "two", "three", "four"))
    orig = f"Intro.\n\n{far}\n\nWe compare R-CNN, Fast R-CNN and YOLO for fast recognition."
    note = "[Updated on 2018-12-20: Remove YOLO here. Part 4 will cover fast detection models.]"
    rev = f"Intro.\n\n{note}\n\n{far}\n\nWe compare R-CNN, Fast R-CNN for fast recognition."
    [gone] = [ch for ch in annotate.compare(orig, rev, fmt="markdown").changes if ch.kind == "deletion"]
    assert (gone.silent, gone.disclosed_by) == (False, ("n1",))
    orig2 = f"Intro.\n\n{far}\n\nThe working group met and the group voted."
    note2 = "[Updated on 2018-12-20: Removed the working group's old minutes.]"
    rev2 = f"Intro.\n\n{note2}\n\n{far}\n\nThe working group met and voted."
    [gone2] = [ch for ch in annotate.compare(orig2, rev2, fmt="markdown").changes if ch.kind == "deletion"]
    assert gone2.silent

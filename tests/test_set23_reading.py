"""Held-out set 23 (eev.ee, Pony, Haxe): Pelican's metadata lines opening a Markdown file, a
label alone in bold mid-paragraph with its colon after it, a note saying a link was removed,
and a status in brackets ("(This position has been filled)")."""

from __future__ import annotations

import annotate
from annotate.read import read_document


def test_pelican_metadata_lines_are_the_documents_dates_not_text() -> None:
    original = "title: The clone\ndate: 2016-03-03 18:47\ncategory: blog\n\nSomeone made an account.\n\nThe end."
    revised = original.replace("category", "modified: 2016-03-19 19:11\ncategory").replace(
        "\n\nSomeone", "\n\n**update:** I believe the account is run by a real human being.\n\nSomeone"
    )
    doc = read_document(revised, fmt="markdown")
    assert doc.date is not None and doc.date.value == "2016-03-03"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [
        ("**update:** I believe the account is run by a real human being.", "2016-03-19")
    ]
    assert [ch.kind for ch in c.changes if ch.kind != "annotation"] == []
    # two lines without a title or a date are text
    assert read_document("Key: value\nother: thing\n\nBody.", fmt="markdown").passages[0].end == len("Key: value\nother: thing")


def test_a_bold_label_alone_mid_paragraph_heads_a_note_to_its_sentences_end() -> None:
    original = "- Sean published a post on Wallaroo: [why](https://blog.example.com/why-pony/). If you doubt, read it.\n"
    revised = "- Sean published a post on Wallaroo: **edit**: the link has gone invalid and has been removed. If you doubt, read it.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["**edit**: the link has gone invalid and has been removed."]
    # the removed link is what the note says was removed
    assert [(ch.kind, ch.silent, ch.disclosed_by) for ch in c.changes if ch.kind == "deletion"] == [("deletion", False, ("n1",))]


def test_a_bold_word_that_is_no_label_heads_nothing() -> None:
    original = "We use **Pony**: it is fast. The end.\n"
    revised = "We use **Pony**: it is fast and safe. The end.\n"
    assert annotate.compare(original, revised, fmt="markdown").annotations == ()


def test_a_status_in_brackets_is_a_note() -> None:
    original = "# Jobs\n\n## Marketing Evangelist\n\nWe are hiring.\n"
    revised = "# Jobs\n\n## ~~Marketing Evangelist~~ (This position has been filled)\n\nWe are hiring.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["(This position has been filled)"]
    assert not any(ch.silent for ch in c.changes)


def test_a_review_date_is_the_originals_date_when_it_has_no_other() -> None:
    original = "---\ntitle: Go style guide\nlast_reviewed_on: 2023-04-17\n---\n\nUse gofmt.\n\nThe end."
    revised = original.replace("Use gofmt.", "> Note: Go is no longer a core language.\n\nUse gofmt.")
    c = annotate.compare(original, revised, fmt="markdown")
    assert c.original_date is not None and (c.original_date.value, c.original_date.basis) == ("2023-04-17", "metadata")
    # the revised page repeats that review date: no note is dated by it (the note came later)
    assert [(a.text, a.date) for a in c.annotations] == [("> Note: Go is no longer a core language.", None)]


def test_a_last_update_line_under_a_centred_title() -> None:
    text = "        SPOE\n      Version 1.2\n      Last update: 2020-06-13\n   Author : C. F.\n\nSUMMARY\n\nBody."
    doc = read_document(text, fmt="text")
    assert doc.date is not None and doc.date.value == "2020-06-13"  # (the only date: the document's)


def test_an_emoji_inside_the_emphasis_of_a_label() -> None:
    original = "Intro text.\n\nBody text.\n\nEnd."
    note = "**\u26a0 Warning**: The details of the syntax are currently unsettled."
    c = annotate.compare(original, original.replace("\n\nBody", f"\n\n{note}\n\nBody"), fmt="markdown")
    assert [(a.label, a.text) for a in c.annotations] == [("Warning", note)]


def test_a_new_rule_and_empty_anchor_before_a_note_are_markup() -> None:
    original = "Intro text.\n\nBody text.\n\nEnd."
    revised = original.replace("\n\nEnd.", '\n\n-----\n<a name="update-2019-04-04"></a>\n\n# Update (2019-04-04):\n\nThe talk moved.\n\nEnd.')
    c = annotate.compare(original, revised, fmt="markdown")
    assert not any(ch.silent for ch in c.changes)
    # an anchor around words is a link a reader sees
    revised = original.replace("Body text.", 'Body text <a href="https://example.org">and more</a>.')
    assert any(ch.silent for ch in annotate.compare(original, revised, fmt="markdown").changes)


def test_a_fields_new_value_named_by_a_reporting_note() -> None:
    original = "# Record & Tuple\n\n**Stage:** 2\n\nAuthors: R. B.\n\nThe proposal adds deeply immutable structures."
    note = "> [!IMPORTANT]\n> This proposal has been withdrawn [#394](https://github.com/tc39/proposal-record-tuple/issues/394)"
    revised = original.replace("# Record & Tuple\n\n", f"# Record & Tuple\n\n{note}\n\n").replace("**Stage:** 2", "**Stage:** Withdrawn")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(ch.kind, ch.silent, ch.disclosed_by) for ch in c.changes if ch.kind == "edit"] == [("edit", False, ("n1",))]
    # a value the note does not name stays silent
    c = annotate.compare(original, revised.replace("Withdrawn", "Inactive"), fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes if ch.kind == "edit"] == [("edit", True)]


def test_a_labelled_note_written_as_a_links_text_takes_its_address() -> None:
    original = "Intro text here.\n\nBody text.\n\nEnd text."
    note = "[Correction(2021-08-16 16:54): A previous version said that Alicia was _the_ Spellblade.](conversation://Cadey/coffee)"
    c = annotate.compare(original, original.replace("\n\nBody", f"\n\n{note}\n\nBody"), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, "2021-08-16")]
    assert not any(ch.silent for ch in c.changes)
    # a link whose text is no label is no note
    link = "[JVN#59779918 (Japanese)](https://jvn.jp/jp/JVN59779918/)"
    assert annotate.compare(original, original.replace("\n\nBody", f"\n\n{link}\n\nBody"), fmt="markdown").annotations == ()


def test_a_strike_mark_after_an_inserted_note_opens_the_struck_sentence() -> None:
    original = "We are hiring.\nTo respond, send your application to hiring@example.org.\n\nThe end."
    revised = original.replace(
        "\nTo respond, send your application to hiring@example.org.",
        "\n**Update:** we will not be looking for further applicants.\n~To respond, send your application to hiring@example.org.~",
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["**Update:** we will not be looking for further applicants."]


def test_a_colon_container_closed_on_its_last_paragraphs_last_line_is_one_note() -> None:
    original = "Intro text here.\n\nBody text.\n\nEnd text."
    note = (
        "::: warning Worker recycling is expensive in `vmThreads`\nRestarting a worker thread is not free.\n\n"
        "The `vmForks` pool recycles workers by letting the child process exit.\n:::"
    )
    c = annotate.compare(original, original.replace("\n\nBody", f"\n\n{note}\n\nBody"), fmt="markdown")
    assert [a.text for a in c.annotations] == [note]


def test_an_article_before_a_label_dated_on_its_line() -> None:
    original = "Intro text here.\n\nBody text.\n\nEnd text."
    note = "> An Update from August, 2019\n>\n> You can find an update to this roadmap in the release post."
    c = annotate.compare(original, original.replace("\n\nBody", f"\n\n{note}\n\nBody"), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, "2019-08")]
    for text in ("An update to the system was pushed.", "An update on Monday fixed the bug."):
        assert annotate.compare(original, original.replace("\n\nBody", f"\n\n{text}\n\nBody"), fmt="markdown").annotations == ()


def test_a_changelog_section_added_with_a_mediawiki_or_setext_heading() -> None:
    original = "== Motivation ==\n\nText here.\n\n== Acknowledgments ==\n\nWe thank everyone."
    section = "== Changelog ==\n\n* 2026-06-18:\n** Updated to Closed after the proposal made no progress."
    c = annotate.compare(original, original.replace("== Acknowledgments ==", f"{section}\n\n== Acknowledgments =="), fmt="text")
    assert [(a.label, a.text, a.date.value if a.date else None) for a in c.annotations] == [("Changelog", section, "2026-06-18")]
    original = "# QSB 071\n\nThe flaw.\n\nMore text."
    section = "Changelog\n----------\n\n2021-09-09: Original QSB published\n2021-09-17: Updated impact section"
    c = annotate.compare(original, f"{original}\n\n{section}", fmt="markdown")
    assert [a.label for a in c.annotations] == ["Changelog"]
    # a section of another name is text
    c = annotate.compare(original, f"{original}\n\n== Acknowledgments ==\n\nWe thank everyone.", fmt="text")
    assert c.annotations == ()


def test_a_new_inline_note_inside_an_old_paragraph_that_opens_with_a_label() -> None:
    original = "Intro.\n\nHistorical note: to beta-test is to test a pre-release version.\n\nEnd."
    revised = original.replace("version.", "version. (Editor's note, 27 June 2021: the term is older.)")
    c = annotate.compare(original, revised, fmt="text")
    assert [(a.label, a.text) for a in c.annotations] == [("Editor's note", "(Editor's note, 27 June 2021: the term is older.)")]


def test_review_findings_of_the_sixth_session() -> None:
    # an event's details are text, not Pelican metadata (no date that reads as one)
    original = "Date: Saturday, June 3\nTime: 7pm\nPlace: The Town Hall\n\nAll welcome."
    revised = original.replace("7pm", "8pm").replace("The Town Hall", "The Library")
    assert sum(ch.silent for ch in annotate.compare(original, revised, fmt="markdown").changes) == 2
    # interface instructions in bold are no labels
    for text in ("Then click **Edit**: a form opens with your details.", "Choose __Update__: the list refreshes."):
        assert annotate.compare("Intro.\n\nEnd.", f"Intro.\n\n{text}\n\nEnd.", fmt="markdown").annotations == ()
    # "<!--" shown in code is text a reader reads
    original = "Intro.\n\nIn HTML, type `<!--` to open a comment.\n\nEnd."
    revised = original.replace("to open a comment", "to begin a comment")
    assert [ch.silent for ch in annotate.compare(original, revised, fmt="markdown").changes] == [True]
    # a bracket closing the text after a status cue
    c = annotate.compare("http/x", "/(http(has been filled)/x)", fmt="markdown")
    assert c.revised.text.endswith(")")


def test_unclosed_comment_openers_and_many_bold_labels() -> None:
    # (both were quadratic in this session's first version: bench/ times them, not this test)
    original = "Intro.\n\nSome text.\n"
    c = annotate.compare(original, "Intro.\n\nSome text. " + "<!--x " * 8000 + "\n", fmt="markdown")
    assert [ch.silent for ch in c.changes] == [True]  # unclosed, "<!--" is text a reader reads
    c = annotate.compare(original, "Intro.\n\n" + "go. **Note**: x. " * 4000 + "\n", fmt="markdown")
    assert len(c.annotations) == 4000

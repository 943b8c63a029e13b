"""How far a note reaches: the quote, code or embedded post a note introduces, the comment
after it, a label alone over such a body, emphasis around an inline note (held-out sets 4,
9-13, 18, 20: Karpathy, matklad, BurntSushi, Manish, Steve Klabnik, tidyverse, Redox)."""

from __future__ import annotations

import annotate

BODY = "Install the plugin first.\n\nThen configure the server and start it.\n\nThe end."


def _notes(revised: str, original: str = BODY) -> list[str]:
    return [x.text for x in annotate.compare(original, revised, fmt="markdown").annotations]


def _insert(note: str) -> str:
    return BODY.replace("\n\nThen", f"\n\n{note}\n\nThen")


def test_a_note_that_introduces_a_quote_takes_it_and_the_comment_after_it() -> None:
    note = (
        "EDIT: I just got a tweet from someone I trust. He says:\n\n"
        "> The server is buggy. Use the fork instead.\n\nSo, take that for what it's worth."
    )
    assert _notes(_insert(note)) == [note]


def test_a_note_that_introduces_an_embedded_post_takes_it() -> None:
    note = 'EDIT: a reader chimed in. I knew I had done this before:\n\n<blockquote class="tweet"><p>Useful in tests.</p></blockquote>'
    assert _notes(_insert(note)) == [note]


def test_a_note_showing_code_takes_the_paragraphs_that_comment_on_it() -> None:
    note = (
        "UPDATE(2023-12-18): since writing this post, the library gained a const block:\n\n"
        "```rust\nstatic COUNTER: u32 = const { 0 };\n```\n\nThis removes the overhead measured in this article."
    )
    assert _notes(_insert(note)) == [note]


def test_the_comment_after_shown_code_ends_at_old_text_a_heading_or_another_note() -> None:
    # old text: only the new passages belong to the note
    note = "Update: the command is now:\n\n```\nplugin install --now\n```"
    assert _notes(_insert(note)) == [note]
    # a heading after it opens a section of its own
    rev = _insert(note + "\n\n## Setup\n\nA new section.")
    assert _notes(rev) == [note]
    # another label after it is a note of its own
    second = "Note: the server must be restarted."
    assert _notes(_insert(note + "\n\n" + second)) == [note, second]


def test_a_label_alone_over_a_body_that_introduces_a_quote() -> None:
    note = (
        "UPDATE2 (14 Feb 2015):\n\nSeveral results now surpass mine. Keep in mind the following:\n\n"
        "> Human accuracy is not a point.\n\nWe trade off effort and error."
    )
    c = annotate.compare(BODY, _insert(note), fmt="markdown")
    assert [(x.text, x.date.value if x.date else None) for x in c.annotations] == [(note, "2015-02-14")]


def test_an_old_note_showing_code_does_not_swallow_a_new_note_after_it() -> None:
    original = "Intro.\n\nNote: run this:\n\n```\nmake\n```\n\nThe end."
    revised = original.replace("```\n\nThe end.", "```\n\n**Note: This does not work on 4.1**.\n\nThe end.")
    assert _notes(revised, original) == ["**Note: This does not work on 4.1**."]


def test_emphasis_wrapping_an_inline_bracketed_note_is_its_own() -> None:
    original = "I am using QEMU 6.0.0 as the base.\n\nThe end."
    revised = "I am using ~~QEMU 6.0.0~~ **(UPDATE1: QEMU 7.0.0)** as the base.\n\nThe end."
    assert _notes(revised, original) == ["**(UPDATE1: QEMU 7.0.0)**"]
    # emphasis that goes on past the bracket is the sentence's, not the note's
    revised = "I am using QEMU **(UPDATE1: QEMU 7.0.0) now** as the base.\n\nThe end."
    assert _notes(revised, original) == ["(UPDATE1: QEMU 7.0.0)"]


def test_a_colons_list_after_a_link_definition_with_its_indented_quote() -> None:
    original = "Intro.\n\nThe end."
    note = (
        "**Update, evening of 2021/08/27:** two bits from colleagues after I shared this [on LinkedIn][li]:\n\n"
        "[li]: https://example.org/post\n\n- Caitlin pointed out that PageRank is general.\n\n"
        "- Adam reminded me of Mahalo and this dictum:\n\n    > All curation grows until it requires search."
    )
    revised = original.replace("The end.", note + "\n\nThe end.")
    assert _notes(revised, original) == [note]

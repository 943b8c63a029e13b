"""Notices of one kind of change ("Examples were converted to `?`", "some text was added"), and
code blocks written as a site generator's tags ("{{< highlight go >}}", "{% highlight %}"),
from BurntSushi's blog (held-out set 13)."""

from __future__ import annotations

import pytest

import annotate
from annotate.notices import notice_scope
from annotate.read import read_document

ORIGINAL = (
    "# Errors\n\nUse the macro:\n\n```rust\nlet n = try!(parse(x));\n```\n\nIt returns early.\n\n"
    "```rust\nlet m = try!(open(p));\n```\n\nThe end."
)


def _silent(revised: str) -> list[tuple[str, str, str]]:
    c = annotate.compare(ORIGINAL, revised, fmt="markdown")
    return [(ch.kind, ch.original.text if ch.original else "", ch.revised.text if ch.revised else "") for ch in c.changes if ch.silent]


@pytest.mark.parametrize(
    ("note", "scope"),
    [
        ("Examples were converted to `?`.", {"code"}),
        ("The code samples have been updated for version 2.", {"code"}),
        ("Updated the code examples.", {"code"}),
        ("Some text was added to give historical context.", {"addition"}),
        ("Added a few paragraphs on the history.", {"addition"}),
        ("The example in the first section was wrong.", set()),
        ("A new section on errors.", set()),
    ],
)
def test_notice_scope(note: str, scope: set[str]) -> None:
    assert notice_scope(note) == scope


def test_a_notice_of_converted_examples_discloses_code_changes_only() -> None:
    def revised(note: str) -> str:
        text = ORIGINAL.replace("# Errors\n\n", f"# Errors\n\n{note}\n\n").replace("try!(parse(x))", "parse_str(x)?")
        return text.replace("try!(open(p))", "open_path(p)?").replace("It returns early.", "It returns at once.")

    assert _silent(revised("**Update (2018/04/14)**: Examples were converted to `?`.")) == [("edit", "early", "at once")]
    # the same edits under a note that names no kind of change: the code edits are silent too
    assert len(_silent(revised("**Update (2018/04/14)**: Thanks to a reader."))) > 1


def test_a_notice_of_added_text_discloses_additions_not_edits() -> None:
    note = "**Update**: some text was added to give historical context."
    revised = ORIGINAL.replace("# Errors\n\n", f"# Errors\n\n{note}\n\n").replace(
        "It returns early.", "It returns at once.\n\nIn older versions the macro was the only way."
    )
    assert _silent(revised) == [("edit", "early", "at once")]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("{{< highlight go >}}", "{{< /highlight >}}"),
        ('{{< code-rust "io-basic" >}}', "{{< /code-rust >}}"),
        ('{{< high "rust" >}}', "{{< /high >}}"),
        ("{% highlight ruby %}", "{% endhighlight %}"),
    ],
)
def test_template_code_blocks_are_code(opening: str, closing: str) -> None:
    text = f"Intro.\n\n{opening}\n// Note: not a note\n\nfn main() {{}}\n{closing}\n\nThe end."
    doc = read_document(text, fmt="markdown")
    assert [(s.kind, doc.text[p.start : p.end]) for p, s in zip(doc.passages, doc.structure or (), strict=True)] == [
        ("paragraph", "Intro."),
        ("code", f"{opening}\n// Note: not a note\n\nfn main() {{}}\n{closing}"),
        ("paragraph", "The end."),
    ]
    original = text.replace("// Note: not a note\n\n", "")
    assert annotate.compare(original, text, fmt="markdown").annotations == ()


def test_an_unclosed_template_tag_is_no_code_block() -> None:
    doc = read_document("Intro.\n\n{{< highlight go >}}\n\nNote: text.", fmt="markdown")
    assert [s.kind for s in doc.structure or ()] == ["paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("note", "general"),
    [
        ("Updated late 10 Jul 2022, see [pydantic#4226](https://github.com/samuelcolvin/pydantic/pull/4226).", True),
        ("*Updated on March 5, 2019*", True),
        ("[Revised on Dec. 2, 2024](https://lists.example.org/thread/1)", True),
        ("Last updated: 2021-03-04 3pm UTC", True),
        ("Updated 2022: the API is new.", False),
        ("Updated for clarity on March 5", True),  # (already general: "updated … for")
        ("Updated March 5: the fee is now 10 dollars.", False),
        # what a note was updated with, or where it was read, is no stamp: it says what changed
        ("Update: Updated with a statement from Acme.", False),
        ("_Updated on 5 Jan 2021 via Reuters: the CEO resigned in December._", False),
        ("Updated 2019. See the new section below for the figures.", False),
        ("UPDATE1: this link hasn't fully updated with all the purported info", False),
    ],
)
def test_update_stamps_are_general_notices_and_what_an_update_brought_is_not(note: str, general: bool) -> None:
    from annotate.notices import general_notice

    assert general_notice(note) is general


def test_an_update_stamp_discloses_the_edits_generally() -> None:
    original = "Plan\n\nWe will ship 25 features.\n\nThe end."
    revised = "Plan\n\nUpdated late 10 Jul 2022, see [#4226](https://example.org/pull/4226).\n\nWe will ship 16 features.\n\nThe end."
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(ch.kind, ch.silent, ch.disclosure) for ch in c.changes if ch.kind != "annotation"] == [("edit", False, "general")]


TABLE = (
    "# States\n\nThe sum is kept.\n\n"
    "| t | state | sum | sum_increase | sum_decrease |\n| --- | ---: | ---: | ---: | ---: |\n"
    "| 13:00 | 1000 | 0 | 0 | 0 |\n| 14:00 | 1010 | 10 | 10 | 0 |\n\nThe end."
)


def test_a_note_naming_a_removed_column_in_another_form_discloses_its_cells() -> None:
    revised = TABLE.replace(" sum_increase | sum_decrease |", "").replace(" ---: | ---: |\n", "\n", 1)
    revised = revised.replace("| 0 | 0 | 0 |", "| 0 |").replace("| 10 | 10 | 0 |", "| 10 |")
    note = "Note: This post was edited to remove references to total accumulated increases and decreases."
    c = annotate.compare(TABLE, revised.replace("# States\n\n", f"# States\n\n{note}\n\n"), fmt="markdown")
    deleted = [ch for ch in c.changes if ch.kind == "deletion"]
    assert deleted and not any(ch.silent for ch in deleted)
    cells = [ch for ch in deleted if ch.original is not None and any(d.isdigit() for d in ch.original.text)]
    assert len(cells) == 2 and all(ch.disclosed_by == ("n1",) for ch in cells)
    # without the note, the same deletions are silent (but the alignment row's, markup alone)
    assert [ch.silent for ch in annotate.compare(TABLE, revised, fmt="markdown").changes] == [True, False, True, True]

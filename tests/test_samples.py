"""The project's own sample pairs (samples/, see samples/README.md): exact expected results."""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import annotate
from annotate import Annotation, Change, Comparison, Summary
from annotate.cli import main

PAIRS = {
    "parenthetical": ("original.txt", "republished.txt"),
    "updates": ("original.md", "revised.md"),
    "html": ("original.html", "revised.html"),
    "migrated": ("original.txt", "revised.txt"),
}

SUMMARIES = {
    "parenthetical": Summary(annotations=4, silent_edits=2, additions=0, deletions=0, edits=1, moves=1, frames=2,
                             silent_moves=1),
    "updates": Summary(annotations=4, silent_edits=2, additions=1, deletions=0, edits=2, moves=1, frames=0,
                       silent_moves=1, disclosed=1, cosmetic=1),
    "html": Summary(annotations=2, silent_edits=2, additions=1, deletions=0, edits=1, moves=1, frames=0,
                    silent_moves=1, cosmetic=1),
    "migrated": Summary(annotations=2, silent_edits=0, additions=0, deletions=0, edits=0, moves=0, frames=0),
}


def paths(samples: Path, name: str) -> tuple[Path, Path]:
    a, b = PAIRS[name]
    return samples / name / a, samples / name / b


def run(samples: Path, name: str) -> Comparison:
    return annotate.compare(*paths(samples, name))


def body_changes(c: Comparison) -> list[Change]:
    """Changes other than the annotations and the framing, in revised order."""
    return [ch for ch in c.changes if ch.kind not in ("annotation", "frame")]


def squash(text: str) -> str:
    return " ".join(text.split())


def note_facts(notes: tuple[Annotation, ...]) -> list[tuple[str, str, str | None, int, int, str]]:
    return [(a.id, a.kind, a.label, a.start, a.end, a.text) for a in notes]


def check_consistency(c: Comparison) -> None:
    """Invariants every sample must keep: texts are slices, moves pair up, ids run n1, n2…"""
    assert [a.id for a in c.annotations] == [f"n{i}" for i in range(1, len(c.annotations) + 1)]
    for a in c.annotations:
        assert c.revised.text[a.start : a.end] == a.text
        assert all(c.revised.passages[k].start < a.end and a.start < c.revised.passages[k].end for k in a.paragraphs)
    for ch in c.changes:
        if ch.original is not None:
            assert c.original.text[ch.original.start : ch.original.end] == ch.original.text
        if ch.revised is not None:
            assert c.revised.text[ch.revised.start : ch.revised.end] == ch.revised.text
    for ch in c.changes:
        if ch.kind == "move":
            kinds = {b.kind for b in c.blocks if b.move == ch.move}
            assert kinds == {"move_from", "move_to"}
    ops = c.opcodes()
    assert "".join(c.original.text[o.a_start : o.a_end] for o in ops) == c.original.text
    assert "".join(c.revised.text[o.b_start : o.b_end] for o in ops) == c.revised.text


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_summary_and_invariants(samples: Path, name: str) -> None:
    c = run(samples, name)
    assert c.summary == SUMMARIES[name]
    assert c.limits == ()
    check_consistency(c)


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_sample_lengths(samples: Path, name: str) -> None:
    """Each text holds 600-2500 words of article (HTML: of extracted article text)."""
    for path in paths(samples, name):
        words = len(annotate.read_document(path).text.split())
        assert 600 <= words <= 2500, (path, words)


# --- parenthetical: repost with an introduction, a marker and bracketed notes -----------------------------------

MARKER = "This article was first published by The Civic Ledger on 12th March 2019"


def test_parenthetical_dates(samples: Path) -> None:
    c = run(samples, "parenthetical")
    assert c.original_date is not None and c.revised_date is not None
    assert (c.original_date.value, c.original_date.precision, c.original_date.basis) == ("2019-03-12", "day", "marker")
    assert c.original_date.evidence == MARKER
    assert (c.revised_date.value, c.revised_date.precision, c.revised_date.basis) == ("2020-03-12", "day", "inferred")
    assert "exactly a year ago" in c.revised_date.evidence


def test_parenthetical_annotations(samples: Path) -> None:
    c = run(samples, "parenthetical")
    notes = c.annotations
    assert [(a.kind, a.label, a.paragraphs) for a in notes] == [
        ("bracketed", None, (8,)),
        ("bracketed", None, (13, 14)),
        ("bracketed", None, (19, 20, 21)),
        ("bracketed", None, (24,)),
    ]
    for a in notes:
        assert a.date is not None
        assert (a.date.value, a.date.precision, a.date.basis) == ("2020-03-12", "day", "inferred")
    assert notes[0].text.startswith("(Passenger numbers fell again in 2019")
    assert notes[0].text.endswith("for a year or two at most.)")
    assert notes[1].text.startswith("(The council has since begun to change this.")
    assert notes[1].text.endswith("stops short of the market.)")
    assert notes[1].text.count("\n\n") == 1
    assert notes[2].text.startswith("(In November the western operator, Westline Coaches")
    assert notes[2].text.endswith("the cost of the project will rise accordingly).")
    quote = notes[2].text.split("\n\n")
    assert len(quote) == 3 and quote[1].startswith("“The council is attempting") and quote[1].endswith("”")
    assert notes[3].text.startswith("(The handover of the eastern routes took place as planned on 6 January.")
    assert notes[3].text.endswith("as she had always said she would).")
    # The original's own mid-paragraph aside is old text, not a note.
    assert all("(when the old municipal bus department" not in a.text for a in notes)


def test_parenthetical_frames(samples: Path) -> None:
    c = run(samples, "parenthetical")
    assert [f.marker for f in c.frames] == [False, True]
    intro, marker = (c.revised.text[f.start : f.end] for f in c.frames)
    assert intro.startswith("Marlow Bay’s buses, a year on\n\nThe first buses painted")
    assert intro.endswith("with notes in brackets where things have moved on.")
    assert marker == MARKER
    assert [ch.kind for ch in c.changes[:2]] == ["frame", "frame"]
    assert all(not ch.silent for ch in c.changes if ch.kind in ("frame", "annotation"))


def test_parenthetical_silent_edit_and_move(samples: Path) -> None:
    c = run(samples, "parenthetical")
    move, edit = body_changes(c)
    assert (move.kind, move.silent) == ("move", True)
    assert move.original is not None and move.revised is not None
    assert move.original.text.startswith("The drivers’ union, for its part, has welcomed the plan cautiously.")
    assert move.original.text == move.revised.text
    # It now follows the paragraph on the plan ("… on their existing terms.").
    before = c.revised.text[: move.revised.start].rstrip()
    assert before.endswith("who now work for the private firms, on their existing terms.")
    assert (edit.kind, edit.silent) == ("edit", True)
    assert edit.original is not None and edit.revised is not None
    assert (edit.original.text, edit.revised.text) == ("two", "three")
    assert c.original.text[edit.original.start - 9 : edit.original.end + 5] == "at least two have"
    assert c.revised.text[edit.revised.start - 9 : edit.revised.end + 5] == "at least three have"


def test_parenthetical_notes_alone(samples: Path) -> None:
    original, republished = paths(samples, "parenthetical")
    c = annotate.compare(original, republished)
    n = annotate.find_annotations(republished)
    assert note_facts(n.annotations) == note_facts(c.annotations)
    assert [a.date for a in n.annotations] == [a.date for a in c.annotations]
    assert n.date == c.revised_date
    assert n.original_date == c.original_date
    assert [(f.start, f.end, f.marker) for f in n.frames] == [(f.start, f.end, f.marker) for f in c.frames]


def test_parenthetical_strip(samples: Path) -> None:
    """Stripping the notes and framing gives the original, with the silent edit and the move applied."""
    original, republished = paths(samples, "parenthetical")
    paras = original.read_text(encoding="utf-8").strip().split("\n\n")
    assert len(paras) == 16
    paras[14] = paras[14].replace("at least two have", "at least three have")
    paras.insert(8, paras.pop(13))
    assert squash(annotate.strip_annotations(republished)) == squash("\n\n".join(paras))


# --- updates: a Markdown news story with dated labelled notes and a correction -------------------------------------


def test_updates_annotations(samples: Path) -> None:
    c = run(samples, "updates")
    assert c.revised.format == "markdown"
    assert c.original.title == c.revised.title == (
        "Alder Street bridge closed indefinitely after inspectors find corroded bearings"
    )
    notes = c.annotations
    assert [(a.kind, a.label, a.paragraphs) for a in notes] == [
        ("labelled", "UPDATE 2", (2,)),
        ("labelled", "Update", (3,)),
        ("inline", "Editor’s note", (13,)),
        ("labelled", "Correction", (19,)),
    ]
    assert notes[0].text.startswith("UPDATE 2 (July 15, 2021): Speaking at a packed public meeting")
    assert notes[1].text.startswith("Update (14 July 2021): Wexline said on Wednesday")
    assert notes[2].text == (
        "[Editor’s note: Ms Whitlock’s husband is a director of Hallam Civil Engineering, "
        "one of the firms on the council’s framework for bridge repairs]"
    )
    assert c.revised.text[: notes[2].start].endswith("who chairs the council’s transport committee ")
    assert c.revised.text[notes[2].end :].startswith(", said the closure showed")
    assert notes[3].text == (
        "Correction: An earlier version of this article said the Alder Street bridge was built in 1968; "
        "it was built in 1962."
    )
    dates = [(a.date.value, a.date.precision, a.date.basis) if a.date else None for a in notes[:2]]
    assert dates == [("2021-07-15", "day", "explicit"), ("2021-07-14", "day", "explicit")]
    assert c.original_date is not None
    assert (c.original_date.value, c.original_date.basis) == ("2021-07-13", "dateline")


def test_updates_revised_date(samples: Path) -> None:
    c = run(samples, "updates")
    assert c.revised_date is not None
    assert (c.revised_date.value, c.revised_date.basis) == ("2021-07-15", "dateline")
    for a in c.annotations[2:]:
        assert a.date is not None
        assert (a.date.value, a.date.basis) == ("2021-07-15", "document")


def test_updates_changes(samples: Path) -> None:
    c = run(samples, "updates")
    facts = [
        (ch.kind, ch.silent, ch.original.text if ch.original else None, ch.revised.text if ch.revised else None)
        for ch in body_changes(c)
        if ch.kind != "move"
    ]
    byline = facts[0]
    assert byline[:3] == ("addition", False, None)  # the UPDATE 2 note beside it names the date
    addition = body_changes(c)[0].revised
    assert addition is not None and "updated 15 July" in addition.text
    line = c.revised.passages[1]
    assert line.start <= addition.start < addition.end <= line.end
    rebuilt = c.revised.text[line.start : addition.start] + c.revised.text[addition.end : line.end]
    assert squash(rebuilt) == "*By Mara Quinn, Transport Correspondent — 13 July 2021*"
    assert facts[1:] == [
        ("edit", True, "lucky", "prepared"),  # a quotation changed without a word
        ("edit", False, "1968", "1962"),  # disclosed by the correction
    ]
    edit = body_changes(c)[1]
    assert edit.revised is not None
    assert c.revised.text[edit.revised.start - 9 : edit.revised.end + 2] == "“We were prepared,”"
    (move,) = [ch for ch in c.changes if ch.kind == "move"]
    assert move.silent and move.original is not None and move.revised is not None
    assert move.original.text == move.revised.text
    assert move.original.text.startswith("Traders on Alder Street, many of whom rely on passing trade")
    assert c.revised.text[move.revised.end :].lstrip().startswith("## A history of repairs")


def test_updates_notes_alone(samples: Path) -> None:
    original, revised = paths(samples, "updates")
    c = annotate.compare(original, revised)
    n = annotate.find_annotations(revised)
    assert note_facts(n.annotations) == note_facts(c.annotations)
    assert [a.date for a in n.annotations[:2]] == [a.date for a in c.annotations[:2]]
    assert n.frames == ()


# --- html: a news page with boilerplate ------------------------------------------------------------------------

BOILERPLATE = (
    "cookies", "Accept all", "Manage", "Puzzles", "Property", "Subscribe", "Sign in", "Read more",
    "Most read", "Council offers loan", "Kelham lido has busiest season", "Eastbrook Town", "Bin collections",
    "Registered in England", "Northmoor", "Report an error", "corrections policy", "dataLayer", "Topics:",
)


def test_html_boilerplate_is_dropped(samples: Path) -> None:
    c = run(samples, "html")
    for doc in (c.original, c.revised):
        assert doc.format == "html"
        assert doc.title == "Kelham Park lido will not reopen this summer, trust confirms"
        for word in BOILERPLATE:
            assert word not in doc.text, word
        # The article's own header is compared: kicker, headline, standfirst, byline.
        assert doc.text.startswith(
            "Kelham\n\nKelham Park lido will not reopen this summer, trust confirms\n\nCharity says a cracked pool tank"
        )
        assert "By Owen Talbot, local democracy reporter" in doc.text


@pytest.mark.parametrize("swap", ["boilerplate", "article"])
def test_html_boilerplate_makes_no_change(samples: Path, tmp_path: Path, swap: str) -> None:
    """A page with the revised boilerplate around the original article differs in nothing."""
    original, revised = paths(samples, "html")
    a, b = original.read_text(encoding="utf-8"), revised.read_text(encoding="utf-8")
    body = re.compile(r'<div class="story-body".*?\n      </div>\n', re.DOTALL)
    (a_body,), (b_body,) = body.findall(a), body.findall(b)
    mixed = tmp_path / "mixed.html"
    if swap == "boilerplate":  # revised page, original article text
        mixed.write_text(b.replace(b_body, a_body), encoding="utf-8")
        c = annotate.compare(original, mixed)
        # Only the byline's new date: shown, and not an undisclosed edit.
        assert [(ch.kind, ch.silent, ch.revised.text if ch.revised else None) for ch in c.changes] == [
            ("addition", False, "· Last modified on Wed 4 May 2022 09.10 BST")
        ]
        assert c.annotations == ()
    else:  # original page, revised article text: the same result as the real revised page
        mixed.write_text(a.replace(a_body, b_body), encoding="utf-8")
        c = annotate.compare(original, mixed)
        full = annotate.compare(original, revised)
        # no byline date here (it was a change of dates alone)
        assert c.summary == replace(full.summary, additions=full.summary.additions - 1, cosmetic=full.summary.cosmetic - 1)
        assert [(a.kind, a.label, a.text) for a in c.annotations] == [(a.kind, a.label, a.text) for a in full.annotations]
        assert [(ch.kind, ch.silent, ch.original and ch.original.text, ch.revised and ch.revised.text) for ch in c.changes] == [
            (ch.kind, ch.silent, ch.original and ch.original.text, ch.revised and ch.revised.text)
            for ch in full.changes if not (ch.revised and "Last modified" in ch.revised.text)
        ]


def test_html_annotations(samples: Path) -> None:
    c = run(samples, "html")
    n1, n2 = c.annotations
    assert (n1.kind, n1.label, n1.paragraphs) == ("labelled", "Updated", (5,))
    assert n1.text.startswith("Updated 3 May 2022: After meeting the trust on Tuesday, the borough council")
    assert n1.text.endswith("by December.")
    assert n1.date is not None
    assert (n1.date.value, n1.date.precision, n1.date.basis) == ("2022-05-03", "day", "explicit")
    assert (n2.kind, n2.label, n2.paragraphs) == ("labelled", "Clarification", (10,))
    assert n2.text.startswith("[Clarification: The £2.3 million estimate covers relining")
    assert n2.text.endswith("is not the trust’s responsibility.]")
    assert c.original_date is not None
    assert (c.original_date.value, c.original_date.basis) == ("2022-05-02", "metadata")
    assert c.original_date.evidence.startswith("article:published_time=")


def test_html_revised_date(samples: Path) -> None:
    c = run(samples, "html")
    assert c.revised_date is not None
    assert (c.revised_date.value, c.revised_date.basis) == ("2022-05-04", "metadata")
    n2 = c.annotations[1]
    assert n2.date is not None
    assert (n2.date.value, n2.date.basis) == ("2022-05-04", "document")


def test_html_silent_edit_and_move(samples: Path) -> None:
    c = run(samples, "html")
    dateline, edit, move = body_changes(c)
    assert (dateline.kind, dateline.silent) == ("addition", False)  # the byline's "Last modified on …"
    assert (edit.kind, edit.silent) == ("edit", True)
    assert edit.original is not None and edit.revised is not None
    assert (edit.original.text, edit.revised.text) == ("chair", "chief executive")
    assert c.revised.text[: edit.revised.end].endswith("said Helen Marsh, the trust’s chief executive")
    assert (move.kind, move.silent) == ("move", True)
    assert move.original is not None and move.revised is not None
    assert move.original.text == move.revised.text
    assert move.original.text.startswith("The lido opened in June 1934")
    assert c.revised.text[move.revised.end :].lstrip().startswith("The trust said it would use the closed season")


def test_html_notes_alone(samples: Path) -> None:
    original, revised = paths(samples, "html")
    c = annotate.compare(original, revised)
    n = annotate.find_annotations(revised)
    assert note_facts(n.annotations) == note_facts(c.annotations)
    assert n.annotations[0].date == c.annotations[0].date


# --- migrated: cp1252/CRLF hard-wrapped original, UTF-8 revised with inline updates ----------------------------


def test_migrated_encoding_and_wrapping_make_no_change(samples: Path) -> None:
    original, revised = paths(samples, "migrated")
    raw = original.read_bytes()
    assert b"\r\n" in raw and b"\x92" in raw  # CRLF and a cp1252 apostrophe
    c = annotate.compare(original, revised)
    assert c.original.encoding == "cp1252"
    assert c.original.warnings == ("not valid UTF-8: decoded as cp1252",)
    assert c.revised.encoding == "utf-8" and c.revised.warnings == ()
    assert "\r" not in c.original.text and "café" in c.original.text
    assert body_changes(c) == []
    assert c.original_date is None and c.revised_date is None


def test_migrated_inline_updates(samples: Path) -> None:
    c = run(samples, "migrated")
    n1, n2 = c.annotations
    assert (n1.kind, n1.label, n1.paragraphs, n1.date) == ("inline", "Update", (6,), None)
    assert n1.text == "(Update: it has since paid for a second one, and for a compost bay)"
    assert c.revised.text[: n1.start].endswith("agreed to pay for a water butt ")
    assert c.revised.text[n1.end : n1.end + 2] == ". "
    assert (n2.kind, n2.label, n2.paragraphs) == ("inline", "Update", (8,))
    assert n2.text == "(Update, June 2023: the food bank now collects a share of every harvest)"
    assert n2.date is not None
    assert (n2.date.value, n2.date.precision, n2.date.basis) == ("2023-06", "month", "explicit")
    # The whole-paragraph aside "(A confession: …)" is in both versions: not a note.
    assert all("A confession" not in a.text for a in c.annotations)
    # Read alone, the revised text cannot tell that aside from a note; the two updates are found either way.
    alone = annotate.find_annotations(paths(samples, "migrated")[1])
    assert {a.text for a in alone.annotations} >= {n1.text, n2.text}


# --- CLI ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_cli_json(samples: Path, name: str) -> None:
    a, b = paths(samples, name)
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["format"] == "annotate.comparison"
    assert data["version"] == 1
    assert data["summary"] == dataclasses.asdict(SUMMARIES[name])
    c = run(samples, name)
    assert [x["text"] for x in data["annotations"]] == [x.text for x in c.annotations]
    assert [x["date"] for x in data["annotations"]] == [x.date.value if x.date else None for x in c.annotations]
    assert [(x["kind"], x["silent"]) for x in data["changes"]] == [(x.kind, x.silent) for x in c.changes]
    assert data["limits"] == []


def test_cli_exit_code(samples: Path) -> None:
    a, b = paths(samples, "parenthetical")
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "--exit-code"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[2] == (
        "4 annotations, 1 silent edit, 0 additions, 0 deletions, 1 edit, 1 move (1 silent), 2 framing"
    )


# --- engine gap found while writing the samples ----------------------------------------------------------------


def test_markdown_bold_label() -> None:
    original = "# T\n\nThe bridge is shut.\n\nBuses are diverted.\n"
    revised = "# T\n\n**Update (14 July 2021):** it will reopen in October.\n\nThe bridge is shut.\n\nBuses are diverted.\n"
    c = annotate.compare(original.encode(), revised.encode(), fmt="markdown")
    assert [(a.kind, a.label) for a in c.annotations] == [("labelled", "Update")]
    assert c.annotations[0].date is not None and c.annotations[0].date.value == "2021-07-14"
    assert c.summary.silent_edits == 0


def test_html_headline_change_is_a_change(samples: Path, tmp_path: Path) -> None:
    """Changing only the <h1> gives exactly one change (the headline); --exit-code exits 1."""
    original, _ = paths(samples, "html")
    page = original.read_text(encoding="utf-8")
    changed = tmp_path / "headline.html"
    changed.write_text(
        page.replace(">Kelham Park lido will not reopen this summer, trust confirms</h1>", ">Kelham Park lido to stay shut all summer</h1>"),
        encoding="utf-8",
    )
    c = annotate.compare(original, changed)
    assert [(ch.kind, ch.silent, ch.revised.text if ch.revised else None) for ch in c.changes] == [
        ("edit", True, "to stay shut all summer")
    ]
    result = CliRunner().invoke(main, ["compare", str(original), str(changed), "--exit-code"])
    assert result.exit_code == 1, result.output


def test_html_headline_outside_the_article_is_compared(tmp_path: Path) -> None:
    page = "<html><body><h1>{}</h1><article><p>The council met on Monday to vote.</p><p>It agreed.</p></article></body></html>"
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    a.write_text(page.format("Council backs plan"), encoding="utf-8")
    b.write_text(page.format("Council rejects plan"), encoding="utf-8")
    c = annotate.compare(a, b)
    assert [(ch.kind, ch.original.text if ch.original else None) for ch in c.changes] == [("edit", "backs")]


def test_samples_readme_is_true(samples: Path) -> None:
    """Issue 14 item 6: the "Summary" and "Dates" lines of samples/README.md are what annotate says."""
    import re

    text = (samples / "README.md").read_text(encoding="utf-8")
    sections = re.split(r"^## `(\w+)/`", text, flags=re.M)[1:]
    checked = set()
    for name, body in zip(sections[0::2], sections[1::2], strict=True):
        if name not in PAIRS:
            continue
        c = run(samples, name)
        flat = " ".join(body.split())
        summary = re.search(r"Summary(?: \(JSON\))?: (.*?)(?:\.(?: |$)|$)", flat)
        assert summary is not None, name
        said = dict((k, int(v)) for k, v in re.findall(r"\b([a-z_]+) (\d+)", summary.group(1)))
        actual = dataclasses.asdict(c.summary)
        assert said and all(actual[k] == v for k, v in said.items() if k in actual), (name, said, actual)
        if "everything else 0" in summary.group(1):
            assert all(v == 0 for k, v in actual.items() if k not in said), (name, actual)
        dates = re.search(r"Dates: (.*?)\.(?: |$)", flat)
        assert dates is not None, name
        if dates.group(1).startswith("none"):
            assert c.original_date is None and c.revised_date is None
        else:
            found = re.findall(r"(\d{4}-\d\d-\d\d) \((?:basis )?`(\w+)`", dates.group(1))
            assert found == [(c.original_date.value, c.original_date.basis),  # type: ignore[union-attr]
                             (c.revised_date.value, c.revised_date.basis)], (name, found)  # type: ignore[union-attr]
        checked.add(name)
    assert checked == set(PAIRS)

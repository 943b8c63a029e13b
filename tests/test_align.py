"""Passage alignment: equal, edited, inserted, deleted, moved, split, merged."""

from __future__ import annotations

import re

import annotate
from annotate.align import Row, align
from annotate.read import read_document

P = [
    "Alpha paragraph talks about harbour cranes and the shipping of grain to distant ports.",
    "Beta paragraph describes the old lighthouse keeper and his collection of brass telescopes.",
    "Gamma paragraph covers the municipal budget debate over the new tram line extension.",
    "Delta paragraph is about a children's choir rehearsing for the winter festival concert.",
    "Epsilon paragraph reports on the river flood defences built after the storm of 1953.",
]


def rows(a: list[str], b: list[str]) -> list[Row]:
    da, db = read_document("\n\n".join(a)), read_document("\n\n".join(b))
    return align(da.passages, db.passages)


def kinds(a: list[str], b: list[str]) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    return [(r.kind if r.kind != "pair" else ("equal" if r.equal else "edit"), r.a, r.b) for r in rows(a, b)]


def test_identical() -> None:
    assert kinds(P, P) == [("equal", (0, 5), (0, 5))]


def test_insert_and_delete() -> None:
    new = "A brand new paragraph about volcano research stations in Iceland and their staff."
    got = kinds(P, [P[0], new, P[1], P[3], P[4]])
    assert ("insert", (1, 1), (1, 2)) in got
    assert ("delete", (2, 3), (3, 3)) in got


def test_edited_paragraph_is_paired() -> None:
    edited = P[2].replace("budget debate", "heated budget row")
    got = kinds(P, [P[0], P[1], edited, P[3], P[4]])
    assert ("edit", (2, 3), (2, 3)) in got


def test_move_and_moved_and_edited() -> None:
    got = kinds(P, [P[0], P[2], P[3], P[1], P[4]])
    assert [k for k, _, _ in got].count("move_from") == 1
    assert [k for k, _, _ in got].count("move_to") == 1
    edited = P[1].replace("brass telescopes", "brass telescopes and maps")
    got = rows(P, [P[0], P[2], P[3], edited, P[4]])
    to = [r for r in got if r.kind == "move_to"]
    assert len(to) == 1 and not to[0].equal and to[0].a == (1, 2) and to[0].b == (3, 4)
    frm = [r for r in got if r.kind == "move_from"]
    assert frm[0].move == to[0].move


def test_split_and_merge() -> None:
    first, second = P[2].split(" the municipal ")
    split = [P[0], P[1], first + " the", "municipal " + second + " Residents disagreed.", P[3], P[4]]
    got = kinds(P, split)
    assert ("edit", (2, 3), (2, 4)) in got
    merged = [P[0], P[1] + " Meanwhile, " + P[2], P[3], P[4]]
    got = kinds(P, merged)
    assert ("edit", (1, 3), (1, 2)) in got


def test_pure_split_or_merge_is_a_reflow_not_a_change() -> None:
    assert kinds(P, [P[0], P[1] + " " + P[2], P[3], P[4]]) == [("equal", (0, 5), (0, 4))]


def test_repeated_paragraphs_align_in_order() -> None:
    a = ["* * *", P[0], "* * *", P[1], "* * *", P[2]]
    b = ["* * *", P[0], "* * *", P[1] + " Extra words here.", "* * *", P[2]]
    got = kinds(a, b)
    assert not any(k.startswith("move") for k, _, _ in got)


def test_protected_passages_pair_only_when_plainly_the_same() -> None:
    da = read_document("\n\n".join(P))
    # A new note that reuses some words of the passage it replaced: not an edit of it.
    note = "(Since then the choir has toured Norway and recorded an album of carols for a charity.)"
    db = read_document("\n\n".join([P[0], P[1], P[2], note, P[4]]))
    got = align(da.passages, db.passages, protect_b=frozenset({3}))
    assert any(r.kind == "insert" and r.b == (3, 4) for r in got)
    assert any(r.kind == "delete" and r.a == (3, 4) for r in got)
    # An old parenthetical, lightly edited, is still that passage.
    edited = "(" + P[3].replace("choir", "orchestra") + ")"
    db = read_document("\n\n".join([P[0], P[1], P[2], edited, P[4]]))
    got = align(da.passages, db.passages, protect_b=frozenset({3}))
    assert any(r.kind == "pair" and r.a == (3, 4) and r.b == (3, 4) for r in got)


def test_copies_of_one_paragraph_with_small_edits_pair_by_position() -> None:
    """Issue 16: boilerplate repeated hundreds of times with a word edited here and there comes
    out as word edits — each edited copy paired with the copy it stands for — not as whole
    paragraphs added in one place and removed in another."""
    import random

    import annotate

    rng = random.Random(5)
    para = "The committee reviewed the quarterly figures and noted that spending on maintenance had risen sharply."
    original = [para] * 400
    revised = []
    edited = 0
    for k in range(400):
        words = para.split()
        if rng.random() < 0.25:
            words[rng.randrange(len(words))] = "quickly"
            edited += 1
        revised.append(" ".join(words))
        if k % 100 == 50:
            revised.append("[Update, 5 July 2017: figures corrected.]")
    c = annotate.compare("\n\n".join(original), "\n\n".join(revised))
    kinds = [ch.kind for ch in c.changes]
    assert kinds.count("annotation") == 4
    assert kinds.count("edit") == edited and set(kinds) == {"edit", "annotation"}
    assert all(len(ch.original.text.split()) == 1 for ch in c.changes if ch.kind == "edit" and ch.original)


def test_a_short_passage_does_not_pair_with_an_unrelated_long_one_holding_its_words() -> None:
    # Every word of the short sentence is somewhere in the long, unrelated paragraph (the
    # containment score alone says 0.8), but none of its word order is: no edited pair.
    short = "It was the time of the year when all of the people in the town went to the sea."
    filler = re.findall(r"\w+", """harbour cranes shipping grain distant ports lighthouse keeper brass telescopes
        municipal budget debate tram line extension children choir rehearsing winter festival concert river flood
        defences storm engineers surveyed bridge pillars railway station clock tower market square bakery orchard
        vineyard mountain pass glacier valley meadow shepherd flock wool mill loom weaver dyer tannery cobbler""")
    words = re.findall(r"\w+", "time year people town sea went all when was the of in it to")
    unrelated = " ".join(f"{w} {f}" for w, f in zip(words * 5, filler, strict=False)) + "."
    got = kinds([P[0], short, P[1], P[4]], [P[0], P[1], unrelated, P[4]])
    assert not any(k in ("edit", "move_from", "move_to") for k, _, _ in got), got
    # The same sentence grown into a long paragraph keeps its word order: still one edited passage.
    grown = short + " " + unrelated
    got = kinds([P[0], short, P[1], P[4]], [P[0], P[1], grown, P[4]])
    assert any(k in ("move_from", "move_to", "edit") for k, _, _ in got), got


def test_the_original_s_own_note_moved_and_reworded_is_no_inserted_note() -> None:
    """(Apache Kudu: "NOTE: From Kudu version 1.15.0, a new `kudu master add` command …"
    reworded and put above the warnings.) A passage of ordinary prose that a new note takes
    over is another matter: the note stays a note."""
    steps = [f"Step {w}: run the {w} command and wait for it to finish." for w in ("one", "two", "three", "four")]
    old_note = "NOTE: From version 1.15.0, a new `master add` command has been added that simplifies the migration."
    new_note = "NOTE: From version 1.15.0 onwards, the `master add` command has been added that simplifies the migration."
    orig = "\n\n".join([*steps, old_note])
    rev = "\n\n".join([new_note, *steps])
    c = annotate.compare(orig, rev, fmt="text")
    assert c.annotations == ()
    assert {ch.kind for ch in c.changes} == {"move", "edit"}
    prose = "From version 1.15.0 a `master add` command has been added that simplifies the migration."
    c = annotate.compare("\n\n".join([*steps, prose]), "\n\n".join(["NOTE: " + prose, *steps]), fmt="text")
    assert [x.label for x in c.annotations] == ["NOTE"]


def test_a_section_moved_whole_is_one_move() -> None:
    """(Pyodide's release post: "## cibuildwheel support" and its two paragraphs moved up
    unchanged, reported as three moves.) Passages that moved together, unchanged and in the
    same order, are one move."""
    section = ["## Build support", P[0], P[1]]
    orig = [P[2], P[3], *section, P[4]]
    rev = [*section, P[2], P[3], P[4]]
    moved = [k for k in kinds(orig, rev) if k[0].startswith("move")]
    # (the longer run, the section, keeps its place: the two passages before it moved, together)
    assert moved == [("move_from", (0, 2), (3, 5)), ("move_to", (0, 2), (3, 5))]
    c = annotate.compare("\n\n".join(orig), "\n\n".join(rev))
    assert [(ch.kind, ch.silent) for ch in c.changes] == [("move", True)]

"""The whole pipeline on small texts and on the real pairs in ../shared/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import annotate
from annotate.render.json import comparison_json, dumps

BODY = [
    "The council met on Tuesday to discuss the harbour plan, which would cost 12 million pounds.",
    "Residents were divided. Some welcomed the jobs; others feared the noise of night shipping.",
    "The mayor, Ann Price, said a decision would come before the summer recess.",
    "Opponents have collected 4,000 signatures against the scheme since January.",
]


def text(*paras: str) -> str:
    return "\n\n".join(paras)


def test_identical_and_reflowed_and_reencoded_have_no_changes(tmp_path: Path) -> None:
    original = text(*BODY)
    assert annotate.compare(original, original).changes == ()
    reflowed = "\n\n".join(p.replace(" ", "\n", 3).replace(", ", ",  ") for p in BODY)
    assert annotate.compare(original, reflowed).changes == ()
    curly = original.replace("'", "\u2019").replace(" - ", " \u2013 ")
    path = tmp_path / "crlf.txt"
    path.write_bytes(curly.replace("\n", "\r\n").encode("utf-16"))
    assert annotate.compare(original, path).changes == ()
    # The same text with notes and a republication marker in both: nothing was inserted, so
    # nothing is a note or a frame (the candidate scan is skipped for identical texts).
    noted = text("This article first appeared in 2016.", *BODY[:2], "[Update, 3 June 2017: the vote was held.]", *BODY[2:])
    same = annotate.compare(noted, noted)
    assert (same.changes, same.annotations, same.frames) == ((), (), ())


def test_silent_edit_and_annotation() -> None:
    revised = text(BODY[0].replace("12 million", "15 million"), *BODY[1:3], "(Update: the vote is now set for 3 June.)", BODY[3])
    c = annotate.compare(text(*BODY), revised)
    assert [(ch.kind, ch.silent) for ch in c.changes] == [("edit", True), ("annotation", False)]
    edit = c.changes[0]
    assert edit.original is not None and edit.original.text == "12"
    assert edit.revised is not None and edit.revised.text == "15"
    assert c.summary.silent_edits == 1


def test_a_parenthetical_the_original_had_is_not_an_annotation() -> None:
    note = "(The plan was first proposed in 2009.)"
    original = text(BODY[0], note, *BODY[1:])
    revised = text(BODY[0], note, *BODY[1:], "Correction: the mayor is Ann Pryce.")
    c = annotate.compare(original, revised)
    assert [a.text for a in c.annotations] == ["Correction: the mayor is Ann Pryce."]


def test_a_correction_discloses_the_edit_it_names() -> None:
    revised = text(
        BODY[0], BODY[1], BODY[2].replace("Ann Price", "Ann Pryce"), BODY[3],
        "Correction: an earlier version of this article misspelled the mayor's name as Price; it is Pryce.",
    )
    c = annotate.compare(text(*BODY), revised)
    edit = next(ch for ch in c.changes if ch.kind == "edit")
    assert not edit.silent
    assert c.summary.silent_edits == 0


def test_inline_note_found_by_the_comparison() -> None:
    """A new square-bracketed phrase inside a sentence is an editorial note; so is a new
    round-bracketed one that tells of later events ("now", "since")."""
    for inserted in ("[about 300 of them, the council says]", "(now about 300 of them, the council says)"):
        revised = text(BODY[0], BODY[1].replace("jobs;", f"jobs {inserted};"), *BODY[2:])
        c = annotate.compare(text(*BODY), revised)
        assert [(a.kind, a.text) for a in c.annotations] == [("inline", inserted)]
        assert [ch.kind for ch in c.changes] == ["annotation"]


def test_a_new_round_bracket_aside_without_an_update_cue_is_an_addition() -> None:
    """An author's new aside ("(for instance, rabbits and ferrets kept in hutches)" in
    Darwin's 1872 edition) is an addition, not a note."""
    revised = text(BODY[0], BODY[1].replace("jobs;", "jobs (about 300 of them, the council says);"), *BODY[2:])
    c = annotate.compare(text(*BODY), revised)
    assert c.annotations == ()
    assert [(ch.kind, ch.revised.text if ch.revised else None) for ch in c.changes] == [
        ("addition", "(about 300 of them, the council says)")
    ]


def test_an_editorial_bracket_replacing_words_is_a_note_and_the_words_a_deletion() -> None:
    orig = text("The plan was backed by Ann Lee, who chairs the transport committee, and by the mayor.", *BODY[1:])
    rev = text("The plan was backed by Ann Lee [who has since resigned from the committee] and by the mayor.", *BODY[1:])
    c = annotate.compare(orig, rev)
    assert [a.text for a in c.annotations] == ["[who has since resigned from the committee]"]
    assert any(ch.silent and ch.original is not None and "chairs" in ch.original.text for ch in c.changes)


def test_moved_paragraph_is_a_silent_move() -> None:
    c = annotate.compare(text(*BODY), text(BODY[0], BODY[2], BODY[3], BODY[1]))
    assert [(ch.kind, ch.silent) for ch in c.changes] == [("move", True)]
    assert c.summary.moves == 1


def test_deterministic_bytes() -> None:
    revised = text(BODY[3], BODY[0].replace("Tuesday", "Monday"), "[Editor's note: updated.]", *BODY[1:3])
    outs = {dumps(comparison_json(annotate.compare(text(*BODY), revised))) for _ in range(3)}
    assert len(outs) == 1


def test_explicit_and_document_dates() -> None:
    revised = text(*BODY, "UPDATE 2 (July 14, 2017): the vote passed.", "Update: more to follow.")
    c = annotate.compare(text(*BODY), revised, revised_date="2017-07-20")
    dates = [(a.date.value, a.date.basis) if a.date else None for a in c.annotations]
    assert dates == [("2017-07-14", "explicit"), ("2017-07-20", "document")]


def test_no_date_is_null_not_a_guess() -> None:
    c = annotate.compare(text(*BODY), text(*BODY, "(Since then, the plan was shelved.)"))
    assert [a.date for a in c.annotations] == [None]


# ---- the real pairs in ../shared/ ---------------------------------------------------------


def _flat(s: str) -> str:
    return " ".join(s.split())


def test_seed_pair(shared: Path) -> None:
    seed = shared / "seed"
    truth = json.loads((seed / "annotations.json").read_text())
    c = annotate.compare(seed / "original-2016-reconstructed.txt", seed / "republished-2017.txt")
    assert [a.text for a in c.annotations] == [t["text"] for t in truth["annotations"]]
    assert [(a.start, a.end) for a in c.annotations] == [(t["start"], t["end"]) for t in truth["annotations"]]
    assert sum(1 for a in c.annotations if len(a.paragraphs) > 1) == 3
    for a in c.annotations:
        assert a.date is not None
        assert re.fullmatch(r"2017-07(-05)?", a.date.value)
        assert a.date.basis in ("inferred", "document")
    assert c.original_date is not None and c.original_date.value == "2016-07-05"
    assert c.summary.silent_edits == 0
    frames = [ch for ch in c.changes if ch.kind == "frame"]
    assert frames and frames[0].revised is not None and frames[0].revised.start == 0
    assert "exactly a year ago" in frames[0].revised.text
    assert {ch.kind for ch in c.changes} == {"frame", "annotation"}


def test_seed_notes_and_strip_alone(shared: Path) -> None:
    seed = shared / "seed"
    truth = json.loads((seed / "annotations.json").read_text())
    notes = annotate.find_annotations(seed / "republished-2017.txt")
    assert [a.text for a in notes.annotations] == [t["text"] for t in truth["annotations"]]
    rebuilt = annotate.strip_annotations(seed / "republished-2017.txt")
    assert _flat(rebuilt) == _flat((seed / "original-2016-reconstructed.txt").read_text())


def test_frankenstein_every_ground_truth_edit_is_covered(shared: Path) -> None:
    base = shared / "corpus" / "frankenstein_variorum"
    for truth_file in sorted(base.glob("GROUND_TRUTH_*.json")):
        truth = json.loads(truth_file.read_text())
        original, revised = truth["pair"]
        c = annotate.compare(base / original, base / revised)

        def covered(side: str, start: int, end: int, text: str, c: annotate.Comparison = c) -> bool:
            for ch in c.changes:
                r = ch.revised if side == "revised" else ch.original
                if r is None:
                    continue
                if r.start < end and start < r.end:
                    return True
                # A lone punctuation mark the diff matched with its neighbour's counterpart
                # ("night at Evian, and …" -> "at Evian.") touches the change instead.
                if not any(ch.isalnum() for ch in text) and (r.end == start or r.start == end or r.end + 1 == start):
                    return True
            return False

        def share(side: str, start: int, end: int, text: str, c: annotate.Comparison = c) -> float:
            """Share of the visible characters of ``text`` inside changes (issue 16: >= 0.9)."""
            spans = [r for r in ((ch.revised if side == "revised" else ch.original) for ch in c.changes) if r]
            visible = [k for k in range(start, end) if not text[k - start].isspace()]
            return sum(any(r.start <= k < r.end for r in spans) for k in visible) / max(1, len(visible))

        for ins in truth["insertions_in_reading_text"]:
            assert covered("revised", ins["start"], ins["end"], ins["text"]), (truth_file.name, ins["text"])
            if any(ch.isalnum() for ch in ins["text"]):
                assert share("revised", ins["start"], ins["end"], ins["text"]) >= 0.9, (truth_file.name, ins["text"])
        for dele in truth["deletions_in_1818_text"]:
            assert covered("original", dele["start"], dele["end"], dele["text"]), (truth_file.name, dele["text"])
            if any(ch.isalnum() for ch in dele["text"]):
                assert share("original", dele["start"], dele["end"], dele["text"]) >= 0.9, (truth_file.name, dele["text"])


def test_darwin_paragraph_alignment(shared: Path) -> None:
    base = shared / "corpus" / "darwin_origin_ch1_collatex"
    truth = json.loads((base / "GROUND_TRUTH_paragraph_alignment.json").read_text())
    per = truth["paragraph_index_per_edition"]
    for first, second in [("1859", "1872"), ("1859", "1860"), ("1866", "1869"), ("1861", "1866")]:
        c = annotate.compare(base / f"darwin_origin_ch1_{first}.txt", base / f"darwin_origin_ch1_{second}.txt")
        group_of = {int(i): int(g) for g, i in per[first].items()}
        index_in_second = {int(g): int(i) for g, i in per[second].items()}
        aligned: dict[int, set[int]] = {}
        for blk in c.blocks:
            if blk.kind in ("equal", "changed", "move_to"):
                for i in range(*blk.a_passages):
                    aligned[i] = set(range(*blk.b_passages))
        agree = 0
        for i in range(len(c.original.passages)):
            expected = index_in_second.get(group_of[i])
            got = aligned.get(i, set())
            agree += (expected in got) if expected is not None else not got
        assert agree / len(c.original.passages) >= 0.95, (first, second, agree)


def test_wikinews_edits_are_covered(shared: Path) -> None:
    base = shared / "corpus" / "wikinews_iterater_r3"
    for truth_file in sorted(base.glob("GROUND_TRUTH_*.json")):
        doc_id = truth_file.stem.split("_")[-1]
        truth = json.loads(truth_file.read_text())
        c = annotate.compare(base / f"wikinews_{doc_id}_v0_before.txt", base / f"wikinews_{doc_id}_v1_after.txt")
        for edit in truth["edits"]:
            if edit["after_text"] and edit["after_text"].strip():
                s, e = edit["after_start"], edit["after_end"]
                assert any(ch.revised and ch.revised.start < e and s < ch.revised.end for ch in c.changes), edit
            if edit["before_text"] and edit["before_text"].strip():
                s, e = edit["before_start"], edit["before_end"]
                assert any(ch.original and ch.original.start < e and s < ch.original.end for ch in c.changes), edit


def test_words_replaced_by_a_bracketed_phrase_are_an_edit() -> None:
    c = annotate.compare(text(*BODY), text(BODY[0].replace("harbour", "[bold]"), *BODY[1:]))
    assert c.annotations == ()
    assert [(ch.kind, ch.original.text if ch.original else None, ch.revised.text if ch.revised else None) for ch in c.changes] == [
        ("edit", "harbour", "[bold]")
    ]


# ---- regressions from review -------------------------------------------------------------


def kinds(c: annotate.Comparison) -> list[tuple[str, bool, str | None]]:
    return [(ch.kind, ch.silent, ch.revised.text if ch.revised else ch.original.text if ch.original else None) for ch in c.changes]


def test_a_note_next_to_an_end_marker_is_an_annotation() -> None:
    c = annotate.compare(
        text(*BODY),
        text(*BODY, "This article was first published by The Times on 5 July 2016.", "[Update, 6 July 2017: the harbour closed.]"),
    )
    assert [a.text for a in c.annotations] == ["[Update, 6 July 2017: the harbour closed.]"]
    assert [ch.kind for ch in c.changes] == ["frame", "annotation"]


def test_a_marker_sentence_the_original_had_is_no_marker() -> None:
    body = [BODY[0], "The report was first published in March 2012 by the ministry.", *BODY[1:]]
    c = annotate.compare(text(*body), text(body[0], "[Update, 6 July 2017: the harbour closed.]", *body[1:]))
    assert c.original_date is None
    assert [ch.kind for ch in c.changes] == ["annotation"]


def test_a_year_the_label_talks_about_is_not_its_date() -> None:
    for note in ("[Update on the 2016 election results: recounted.]", "Correction to the 2015 figures: it is 15 million."):
        c = annotate.compare(text(*BODY), text(*BODY, note), revised_date="2017-07-05")
        [a] = c.annotations
        assert a.date is not None and (a.date.value, a.date.basis) == ("2017-07-05", "document"), note


def test_the_originals_byline_date_does_not_date_the_notes() -> None:
    orig = text("By Jane Doe \u2014 5 July 2016", *BODY)
    c = annotate.compare(orig, orig + "\n\n[Update: the vote passed.]")
    assert [a.date for a in c.annotations] == [None]
    c = annotate.compare(text("It began on 3 March 2015.", *BODY), text("It began on 3 March 2015.", *BODY))
    assert c.original_date is None


def test_before_or_earlier_is_not_a_date_shift() -> None:
    notes = annotate.find_annotations(
        "This piece was first published on 5 July 2016, two weeks before the election.\n\n"
        + text(*BODY) + "\n\n[Update: the vote passed.]"
    )
    assert notes.date is None and [a.date for a in notes.annotations] == [None]


def test_a_note_paragraph_inside_an_old_paragraph_changes_nothing_else() -> None:
    first, second = BODY[1].split("; ")
    c = annotate.compare(text(*BODY), text(BODY[0], first + ";", "[Update, 6 July 2017: the mayor resigned.]", second, *BODY[2:]))
    assert kinds(c) == [("annotation", False, "[Update, 6 July 2017: the mayor resigned.]")]


def test_an_edit_inside_an_old_parenthetical_is_an_edit() -> None:
    note = "(This story was reported by our Moscow bureau with help from local journalists in 2016.)"
    c = annotate.compare(text(BODY[0], note, *BODY[1:]), text(BODY[0], note.replace("Moscow", "Beijing"), *BODY[1:]))
    assert c.annotations == ()
    assert kinds(c) == [("edit", True, "Beijing")]


def test_a_label_put_before_an_old_paragraph() -> None:
    c = annotate.compare(text(*BODY), text("Update (6 July 2017): the vote passed. " + BODY[0], *BODY[1:]))
    assert [(a.kind, a.text) for a in c.annotations] == [("labelled", "Update (6 July 2017): the vote passed.")]
    assert [ch.kind for ch in c.changes] == ["annotation"]


def test_a_note_in_place_of_a_deleted_paragraph_discloses_it() -> None:
    c = annotate.compare(
        text(*BODY),
        text(BODY[0], "[Editor's note: a paragraph about residents and the noise of night shipping was removed.]", *BODY[2:]),
    )
    deletion = next(ch for ch in c.changes if ch.kind == "deletion")
    assert not deletion.silent


def test_a_note_inside_a_new_parenthetical_is_counted_once() -> None:
    revised = BODY[2].replace("summer recess.", "summer recess (as she put it, [Update: she later resigned] before the holidays).")
    c = annotate.compare(text(*BODY), text(*BODY[:2], revised, BODY[3]))
    assert len(c.annotations) == 1
    assert c.annotations[0].text.startswith("(as she put it")


def test_a_bracketed_label_heads_its_paragraph() -> None:
    c = annotate.compare(text(*BODY), text(*BODY, "[UPDATE 5 July 2017] The council voted again."))
    [a] = c.annotations
    assert (a.text, a.date.value if a.date else None) == ("[UPDATE 5 July 2017] The council voted again.", "2017-07-05")
    assert [ch.kind for ch in c.changes] == ["annotation"]


def test_inline_notes_in_repetitive_text_leave_no_false_silent_edit() -> None:
    """Notes inside text with repeated words: the words present in both versions are equal."""
    c = annotate.compare(
        "taxes taxes harbour vote spring trams taxes vote trams tides residents mayor.",
        "taxes [Update: x] taxes harbour vote [Update: x] spring trams taxes [Update: x] vote trams tides "
        "[Update: x] residents mayor.",
    )
    assert [ch.kind for ch in c.changes] == ["annotation"] * 4
    assert c.summary.silent_edits == 0

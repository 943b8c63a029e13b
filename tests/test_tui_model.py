"""The TUI's display model: sections, wrapping in step, labels, search, folding (no widgets involved)."""

from __future__ import annotations

import pytest
import tui_fixture
from rich.cells import cell_len

import annotate
from tui.model import build_model, build_notes_model
from tui.roles import DEL_WORD, INS_WORD, NOTE, SILENT_INS
from tui.wrap import wrap

ORIGINAL, REVISED = tui_fixture.ORIGINAL, tui_fixture.REVISED
_FILLER = "\n\n".join(f"Filler paragraph {k}: the council discussed the harbour and the budget." for k in range(30))
LONG_ORIGINAL = _FILLER + "\n\n" + ORIGINAL + "\n\n" + _FILLER.replace("Filler", "Closing")
LONG_REVISED = _FILLER + "\n\n" + REVISED + "\n\n" + _FILLER.replace("Filler", "Closing")


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    return build_model(annotate.compare(ORIGINAL, REVISED))


def test_wrap_keeps_words_and_hard_breaks() -> None:
    text = "alpha beta gamma delta epsilon\nzeta"
    lines = [text[s:e] for s, e in wrap(text, 11)]
    assert lines == ["alpha beta", "gamma delta", "epsilon", "zeta"]
    word = "abcdefghij"
    assert [word[s:e] for s, e in wrap(word, 4)] == ["abcd", "efgh", "ij"]
    assert wrap("", 10) == [(0, 0)]


def test_wrap_counts_wide_characters() -> None:
    text = "日本語の文章です 日本語の文章です"
    for s, e in wrap(text, 10):
        assert cell_len(text[s:e]) <= 10


def test_entries_cover_every_change(model) -> None:  # type: ignore[no-untyped-def]
    kinds = [(e.kind, e.silent) for e in model.entries]
    assert kinds == [("edit", True), ("annotation", False), ("deletion", True), ("move", True), ("addition", True)]
    note = model.entries[1]
    assert note.date is not None and note.date.value == "2017-07-05"
    move = model.entries[3]
    assert move.other_section is not None and model.sections[move.other_section].kind == "move_from"


def test_rows_have_the_exact_width_and_sides_stay_in_step(model) -> None:  # type: ignore[no-untyped-def]
    for width in (41, 80, 133):
        for mode in ("side", "inline"):
            rows = model.layout(width, mode, fold=False)
            for y in range(rows.total):
                assert sum(cell_len(t) for t, _ in rows.line(y)) == rows.width, (width, mode, y)
    rows = model.layout(60, "side", fold=False)
    divider = rows.left_width
    for y in range(rows.total):
        line = "".join(t for t, _ in rows.line(y))
        sec = model.sections[rows.section_at(y)]
        if y - rows.section_row(rows.section_at(y)) >= len(sec.labels):
            assert line[divider] == "\u2502"


def test_word_highlights_and_labels(model) -> None:  # type: ignore[no-untyped-def]
    rows = model.layout(120, "side", fold=False)
    text = [rows.plain(y) for y in range(rows.total)]
    assert any("!! SILENT: 1 undisclosed change (edit)" in t for t in text)
    assert any("* annotation n1 \u00b7 added 2017-07-05 (explicit)" in t for t in text)
    assert any("moved from here to republished" in t for t in text)
    assert any("moved here from original" in t for t in text)
    edit = model.sections[model.entries[0].section]
    assert edit.left is not None and edit.right is not None
    left_roles = {r for s, e, r in edit.left.runs(0, len(edit.left.text)) if edit.left.text[s:e] == "40"}
    right_roles = {r for s, e, r in edit.right.runs(0, len(edit.right.text)) if edit.right.text[s:e] == "75"}
    assert left_roles == {"silent_del"} and right_roles == {SILENT_INS}
    inline = edit.inline
    roles = [r for _, _, r in inline.runs(0, len(inline.text))]
    assert "silent_del" in roles and SILENT_INS in roles
    assert DEL_WORD not in roles and INS_WORD not in roles  # silent wins over a plain edit


def test_markup_and_escapes_are_literal(model) -> None:  # type: ignore[no-untyped-def]
    rows = model.layout(200, "side", fold=False)
    text = "\n".join(rows.plain(y) for y in range(rows.total))
    assert "[bold]" in text and "[/]" in text and "[@click=app.quit]" in text and "[Update, 5 July 2017:" in text
    assert "\\x1b[31mferry\\x1b[0m" in text
    assert "\x1b" not in text
    note = next(s for s in model.sections if s.right is not None and "[Update" in s.right.text)
    assert note.right is not None
    assert {r for _, _, r in note.right.runs(0, len(note.right.text))} == {NOTE}


def test_inserted_passage_faces_a_blank(model) -> None:  # type: ignore[no-untyped-def]
    rows = model.layout(100, "side", fold=False)
    added = model.entries[4]
    y = rows.entry_row(added)
    line = rows.plain(y)
    left, right = line[: rows.left_width], line[rows.left_width + 1 :]
    assert "(not in the original)" in left
    assert right.startswith("! An unmarked new paragraph")


def test_gutter_marks_do_not_rely_on_colour(model) -> None:  # type: ignore[no-untyped-def]
    rows = model.layout(100, "inline", fold=False)
    text = [rows.plain(y) for y in range(rows.total)]
    assert any(t.startswith("* [Update") for t in text)
    assert any(t.startswith("! The mayor") for t in text)
    clean = build_model(annotate.compare("One two three.\n\nFour.", "One two 3.\n\nFour.\n\n[Note, 2017: x.]"))
    rows = clean.layout(60, "inline", fold=False)
    assert any(rows.plain(y).startswith(("! ", "\u00b1 ")) for y in range(rows.total))


def test_fold_hides_unchanged_passages(model) -> None:  # type: ignore[no-untyped-def]
    full = model.layout(100, "side", fold=False)
    folded = model.layout(100, "side", fold=True)
    assert folded.total < full.total
    text = [folded.plain(y) for y in range(folded.total)]
    assert any("unchanged passage" in t for t in text)
    for e in model.entries:  # every change is still shown
        y = folded.entry_row(e)
        assert "unchanged passage" not in folded.plain(y)


def test_search_is_literal_and_case_insensitive(model) -> None:  # type: ignore[no-untyped-def]
    found = model.search("[BOLD]", "side")
    assert len(found.hits) == 1
    sec, key, start, end = found.hits[0]
    side = model.sections[sec].side(key)
    assert side is not None and side.text[start:end] == "[bold]"
    rows = model.layout(120, "side", fold=False)
    y = rows.row_of(sec, key, start)
    roles = [r for _, r in rows.line(y, search=found, search_current=0)]
    assert "match_current" in roles
    assert model.search("", "side").hits == []
    assert model.search("harbour", "inline").hits


def test_resize_keeps_the_anchor(model) -> None:  # type: ignore[no-untyped-def]
    wide = model.layout(160, "side", fold=False)
    narrow = model.layout(50, "side", fold=False)
    y = wide.entry_row(model.entries[3])
    anchor = wide.anchor(y)
    assert narrow.section_at(narrow.row_for_anchor(anchor)) == wide.section_at(y)


def test_republished_alone() -> None:
    notes = annotate.find_annotations(REVISED)
    m = build_notes_model(notes)
    assert m.single
    assert [e.kind for e in m.entries] == ["annotation"]
    rows = m.layout(100, "side", fold=False)
    assert rows.mode == "inline"
    text = [rows.plain(y) for y in range(rows.total)]
    assert any("added 2017-07-05" in t for t in text)
    folded = m.layout(100, "inline", fold=True)
    assert folded.total < rows.total


def test_panel_entry_names_the_note_that_discloses_a_change() -> None:
    from pathlib import Path

    import annotate
    from tui.model import build_model
    from tui.panel import entry_lines

    samples = Path(__file__).resolve().parent.parent / "samples" / "updates"
    model = build_model(annotate.compare(samples / "original.md", samples / "revised.md"))
    heads = [entry_lines(e, width=80)[0].plain for e in model.entries if e.disclosed_by]
    assert any(h.endswith("by note 4") for h in heads), heads


def test_sections_are_the_rows_of_the_shared_layout() -> None:
    """The TUI reads the layout's rows one at a time (``plan_rows``, ``row_steps``): the same rows
    and steps as ``build_layout(c, steps=True)``, for every kind of row."""
    from annotate.render.layout import build_layout, plan_rows, row_steps

    for c in (annotate.compare(ORIGINAL, REVISED), annotate.compare(LONG_ORIGINAL, LONG_REVISED)):
        layout = build_layout(c, steps=True)
        plans = plan_rows(c)
        assert [(p.row, p.kind, p.move) for p in plans] == [(r.index, r.kind, r.move) for r in layout.rows]
        for p, r in zip(plans, layout.rows, strict=True):
            assert list(range(*p.a)) == [para.passage for para in r.a]
            assert list(range(*p.b)) == [para.passage for para in r.b]
            assert row_steps(c, p) == (r.a_steps, r.b_steps)
        assert {r.kind for r in layout.rows} >= {"equal", "changed", "insert", "delete", "move_from", "move_to"}


def test_first_screen_is_laid_out_alone_and_the_same() -> None:
    """With ``until``, only the sections of the first rows are built and wrapped; those rows are the
    full layout's, later heights are estimated (and drawn when asked), then the full layout is exact."""
    c = annotate.compare(LONG_ORIGINAL, LONG_REVISED)
    for mode, fold in (("side", False), ("inline", False), ("side", True)):
        lazy = build_model(c)
        first = lazy.layout(70, mode, fold=fold, until=12)  # type: ignore[arg-type]
        assert not first.complete and first.laid is not None
        built = [i for i, s in enumerate(lazy.sections) if s._sides is not None]
        assert built and max(built) < len(lazy.sections) // 2  # the rest is not built yet
        full = build_model(c).layout(70, mode, fold=fold)  # type: ignore[arg-type]
        assert full.complete and abs(first.total - full.total) < full.total // 4
        for y in range(12):
            assert first.line(y) == full.line(y), (mode, fold, y)
        for y in range(first.total):  # the estimated rows draw too, at the exact width
            assert sum(cell_len(t) for t, _ in first.line(y)) == first.width
        again = lazy.layout(70, mode, fold=fold)  # type: ignore[arg-type]
        assert again.complete and [again.line(y) for y in range(again.total)] == [
            full.line(y) for y in range(full.total)
        ]
    small = build_model(c)
    assert small.first_layout(70, "side", fold=False, height=5).complete  # small: in full at once


def test_section_text_is_built_when_first_shown(model) -> None:  # type: ignore[no-untyped-def]
    m = build_model(annotate.compare(ORIGINAL, REVISED))
    assert all(s._sides is None for s in m.sections)
    assert [s.kind for s in m.sections if s.has("a")] == [s.kind for s in model.sections if s.left is not None]
    assert [s.kind for s in m.sections if s.has("b")] == [s.kind for s in model.sections if s.right is not None]
    sec = m.sections[0]
    assert sec.left is sec.left and sec._sides is not None


def test_the_summary_names_front_matter_fields_changed_silently() -> None:
    """A silent title change is counted among the silent edits and, having no row in the
    text, named in the summary line (as text, never as markup)."""
    from rich.style import Style

    from tui.header import summary_text

    orig = "---\ntitle: Bridge [b]open[/b]\n---\n\nThe bridge is open.\n"
    c = annotate.compare(orig, orig.replace("[b]open[/b]", "[b]closed[/b]"), fmt="markdown")
    model = build_model(c)
    line = summary_text(model, True, None, Style(bold=True), 200).plain
    assert "! 1 silent edit (front matter: title)" in line

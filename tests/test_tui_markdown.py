"""Markdown in the TUI: syntax dimmed, styles applied, the text and the diff roles untouched."""

from __future__ import annotations

from pathlib import Path

import tui_fixture
from rich.segment import Segment
from rich.style import Style
from test_tui_app import ready, sync

import annotate
from annotate.compare import compare_documents
from tui.app import AnnotateApp
from tui.model import build_model, build_notes_model
from tui.view import DiffView

ORIGINAL_MD = "# Port news\n\nThe council met on Tuesday.\n\nSee the [report](https://example.org/r) now.\n"
REVISED_MD = (
    "# Port news\n\nThe council met on **Monday** and `budget[1]` passed.\n\n"
    "See the [report](https://example.org/r) now, ~~not~~ later.\n"
)


def _md_model(original: str = ORIGINAL_MD, revised: str = REVISED_MD):  # type: ignore[no-untyped-def]
    a = annotate.read_document(original, fmt="markdown")
    b = annotate.read_document(revised, fmt="markdown")
    return build_model(compare_documents(a, b))


def _spans(model, width: int = 160, mode: str = "side") -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    rows = model.layout(width, mode, fold=False)
    return [span for y in range(rows.total) for span in rows.line(y)]


def _segments(view: DiffView) -> list[Segment]:
    height = view.scrollable_content_region.height
    return [seg for y in range(height) for seg in view.render_line(y)]


def _style_of(segments: list[Segment], text: str) -> Style:
    found = [seg.style for seg in segments if seg.text == text and seg.style is not None]
    assert found, f"no segment {text!r}: {[s.text for s in segments if s.text.strip()][:60]}"
    return found[0]


def test_the_text_is_unchanged_and_markdown_roles_are_laid_over_it() -> None:
    m = _md_model()
    for sec in m.sections:  # nothing removed: every side shows its source characters
        if sec.left is not None and sec.a is not None:
            assert sec.left.text == m.comparison.original.text[sec.a[0]:sec.a[1]]
        if sec.right is not None and sec.b is not None:
            assert sec.right.text == m.comparison.revised.text[sec.b[0]:sec.b[1]]
    spans = _spans(m)
    roles = {text: role for text, role in spans}
    assert roles["# "] == "text+md_heading+md_markup"
    assert roles["Port news"] == "text+md_heading"
    assert roles["report"] == "text+md_link"
    assert roles["](https://example.org/r)"] == "text+md_markup"
    # Changed words keep their diff role (a silent edit here, an addition there); the
    # Markdown style combines with it.
    changed = [(t, r) for t, r in spans if r.startswith(("ins_word", "silent_ins"))]
    assert ("**", "silent_ins+md_markup") in changed
    assert ("Monday", "silent_ins+md_strong") in changed
    assert ("budget[1]", "silent_ins+md_code") in changed
    assert ("~~", "ins_word+md_markup") in changed and ("not", "ins_word+md_strike") in changed
    # Search runs on the unchanged text, syntax included.
    assert m.search("**Monday**", "side").hits and m.search("](https", "inline").hits


def test_gutter_marks_ignore_markdown_styles() -> None:
    rows = _md_model().layout(120, "side", fold=False)
    lines = [rows.line(y) for y in range(rows.total)]
    body = [line for line in lines if any("Monday" in t for t, _ in line)]
    assert body and ("! ", "g_silent") in body[0]
    later = [line for line in lines if any("later" in t for t, _ in line)]
    assert later and ("+ ", "g_ins") in later[0]


def test_plain_text_has_no_markdown_roles() -> None:
    m = build_model(annotate.compare(tui_fixture.ORIGINAL, tui_fixture.REVISED))
    assert all("+" not in role for _, role in _spans(m))
    assert all("+" not in role for _, role in _spans(m, 100, "inline"))
    # Markdown-looking text read as plain text stays plain.
    plain = build_model(annotate.compare(ORIGINAL_MD, REVISED_MD))
    assert all("+" not in role for _, role in _spans(plain))


def test_notes_model_and_inline_view_style_markdown() -> None:
    doc = annotate.read_document("# Title\n\n*By a writer*\n\n[Update: **new** facts.]\n", fmt="markdown")
    m = build_notes_model(annotate.find_annotations(doc))
    roles = dict(_spans(m, 80, "inline"))
    assert roles["# "].endswith("md_heading+md_markup") and roles["By a writer"].endswith("md_emphasis")
    assert roles["new"] == "note+md_strong"  # the note keeps its role
    inline = dict(_spans(_md_model(), 100, "inline"))
    assert inline["Monday"] == "silent_ins+md_strong" and inline["# "] == "text+md_heading+md_markup"


@sync
async def test_samples_updates_heading_markup_is_faint_and_byline_italic(samples: Path) -> None:
    pair = samples / "updates"
    app = AnnotateApp.for_paths(str(pair / "original.md"), str(pair / "revised.md"))
    async with app.run_test(size=(160, 45)) as pilot:
        await ready(app, pilot)
        view = app.view
        segments = _segments(view)
        hash_style = _style_of(segments, "# ")
        assert hash_style.dim and hash_style.bold
        assert _style_of(segments, "find corroded bearings").bold
        star = _style_of(segments, "*")
        assert star.dim and not star.italic
        byline = _style_of(segments, "By Mara Quinn, Transport Correspondent \u2014 13 July 2021")
        assert byline.italic and not byline.dim
        # The inserted words of the byline keep the inserted role's colours and gain the italic.
        ins = view.role_style("ins_word")
        added = [s.style for s in segments if s.text == "updated 15 July 2021" and s.style is not None]
        assert added and added[0].italic and added[0].underline and added[0].bgcolor == ins.bgcolor
        # The screen text is the source, syntax included.
        assert any("*By Mara Quinn" in "".join(t for t, _ in app.view.rows.line(y))  # type: ignore[union-attr]
                   for y in range(30))


@sync
async def test_markup_inside_a_changed_word_keeps_its_background_in_both_themes() -> None:
    a = annotate.read_document(ORIGINAL_MD, fmt="markdown")
    b = annotate.read_document(REVISED_MD, fmt="markdown")
    app = AnnotateApp(a, b, dark=True)
    async with app.run_test(size=(160, 30)) as pilot:
        await ready(app, pilot)
        for theme in ("dark", "light"):
            view = app.view
            segments = _segments(view)
            silent, ins = view.role_style("silent_ins"), view.role_style("ins_word")
            stars = _style_of(segments, "**")
            assert stars.dim and stars.bgcolor == silent.bgcolor and stars.color == silent.color, theme
            monday = _style_of(segments, "Monday")
            assert monday.bold and monday.underline and monday.bgcolor == silent.bgcolor
            code = _style_of(segments, "budget[1]")
            assert code.bgcolor == silent.bgcolor and code.color == silent.color  # the diff role's colours win
            tildes = _style_of(segments, "~~")
            assert tildes.dim and tildes.bgcolor == ins.bgcolor and tildes.underline
            struck = _style_of(segments, "not")
            assert struck.strike and struck.bgcolor == ins.bgcolor
            link = _style_of(segments, "report")
            assert link.underline and not link.dim
            assert _style_of(segments, "](https://example.org/r)").dim
            code_colour = view.role_style("md_code").color
            assert code_colour is not None
            if theme == "dark":
                await pilot.press("t")
                await pilot.pause()


@sync
async def test_inline_code_in_unchanged_text_has_the_code_colour() -> None:
    text = "Call `run()` first.\n\nThen stop.\n"
    a = annotate.read_document(text, fmt="markdown")
    b = annotate.read_document(text + "\nMore.\n", fmt="markdown")
    app = AnnotateApp(a, b, dark=False)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        segments = _segments(app.view)
        assert _style_of(segments, "run()").color == app.view.role_style("md_code").color
        assert _style_of(segments, "`").dim


@sync
async def test_an_html_pages_struck_and_inserted_words_are_drawn_so() -> None:
    page = "<html><body><article><h1>Bridge</h1><p>The repairs cost {} million pounds.</p><p>Traffic is light.</p></article></body></html>"
    a = annotate.read_document(page.format("four"), fmt="html")
    b = annotate.read_document(page.format("<del>four</del> <ins>five</ins>"), fmt="html")
    roles = dict(_spans(build_model(compare_documents(a, b))))
    assert roles["four"].endswith("md_strike") and roles["five"].endswith("md_inserted")
    app = AnnotateApp(a, b, dark=True)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        assert _style_of(_segments(app.view), "five").underline

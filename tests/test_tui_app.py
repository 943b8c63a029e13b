"""The TUI driven with Textual's Pilot: every key, the side panel, the command palette, errors."""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import subprocess
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
import tui_fixture
from click.testing import CliRunner
from rich.cells import cell_len
from textual import events
from textual.binding import Binding
from textual.widgets import Input, Select, Static
from textual.widgets._footer import FooterKey

import annotate
from annotate.cli import main
from tui.app import AnnotateApp
from tui.help import HelpScreen
from tui.panel import EntryList
from tui.view import DiffView

ORIGINAL, REVISED = tui_fixture.ORIGINAL, tui_fixture.REVISED
# Long enough that the changes do not all fit on one screen.
FILLER = "\n\n".join(
    f"Filler paragraph {k}: the council discussed the harbour, the budget and the timetable again." for k in range(30)
)
LONG_ORIGINAL = FILLER + "\n\n" + ORIGINAL + "\n\n" + FILLER.replace("Filler", "Closing")
LONG_REVISED = FILLER + "\n\n" + REVISED + "\n\n" + FILLER.replace("Filler", "Closing")


def make_app(original: str | None = LONG_ORIGINAL, revised: str = LONG_REVISED, **kwargs: object) -> AnnotateApp:
    a = annotate.read_document(original) if original is not None else None
    return AnnotateApp(a, annotate.read_document(revised), **kwargs)  # type: ignore[arg-type]


async def ready(app: AnnotateApp, pilot: object) -> None:
    for _ in range(1000):
        if app.ready:
            break
        await asyncio.sleep(0.01)
    assert app.ready
    await pilot.pause()  # type: ignore[attr-defined]


def sync(fn: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test with ``asyncio.run`` (no asyncio plugin for pytest is installed)."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(fn(*args, **kwargs))

    return run


def kinds(app: AnnotateApp) -> tuple[str, bool] | None:
    e = app.current_entry
    return None if e is None else (e.kind, e.silent)


@sync
async def test_opens_side_by_side_with_both_documents() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        assert app.view.mode == "side"
        assert app.panel.display
        assert app.panel.entry_list.count == 5
        assert app.focused is app.view
        head = str(app.query_one("#header").render())
        assert "1 annotation" in head and "3 silent edits" in head and "1 move (1 silent)" in head  # each change once


@sync
async def test_narrow_terminal_starts_inline_and_resize_rewraps() -> None:
    app = make_app()
    async with app.run_test(size=(90, 30)) as pilot:
        await ready(app, pilot)
        assert app.view.mode == "inline"
        width = app.view.rows.width if app.view.rows else 0
        await pilot.resize_terminal(70, 30)
        await pilot.pause()
        await pilot.pause()
        assert app.view.rows is not None and app.view.rows.width != width
        assert app.view.rows.width == app.view.content_width()


@sync
async def test_n_and_p_walk_the_changes_in_order() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        seen = []
        for _ in range(5):
            await pilot.press("n")
            seen.append(kinds(app))
        assert seen == [("edit", True), ("annotation", False), ("deletion", True), ("move", True), ("addition", True)]
        assert app.view.row_visible(app.view.rows.entry_row(app.current_entry))  # type: ignore[union-attr, arg-type]
        await pilot.press("n")  # wraps around
        assert kinds(app) == ("edit", True)
        await pilot.press("p")
        assert kinds(app) == ("addition", True)
        await pilot.press("p")
        assert kinds(app) == ("move", True)


@sync
async def test_a_and_s_jump_to_annotations_and_silent_edits() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("a")
        assert kinds(app) == ("annotation", False)
        assert app.current_entry is not None and app.current_entry.date is not None
        await pilot.press("A")
        assert kinds(app) == ("annotation", False)
        await pilot.press("s")
        assert app.current_entry is not None and app.current_entry.silent
        first = app.current_entry.index
        await pilot.press("s")
        assert app.current_entry.silent and app.current_entry.index != first
        await pilot.press("S")
        assert app.current_entry.index == first


@sync
async def test_view_keys_scroll() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.view
        assert view.scroll_y == 0
        await pilot.press("j")
        await pilot.pause()
        assert view.scroll_y == 1
        await pilot.press("k")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert view.scroll_y > 10
        await pilot.press("pageup")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("end")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("home")
        await pilot.pause()
        assert view.scroll_y == 0


@sync
async def test_mouse_wheel_and_click() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.view
        view.post_message(events.MouseScrollDown(view, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert view.scroll_y > 0
        view.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        entry = app.model.entries[1] if app.model else None
        assert entry is not None
        row = view.rows.entry_row(entry) if view.rows else 0
        view.scroll_to(y=row - 3, animate=False, immediate=True)
        await pilot.pause()
        await pilot.click(DiffView, offset=(80, 3))
        await pilot.pause()
        assert app.current_entry is not None and app.current_entry.section == entry.section


@sync
async def test_search_highlights_and_steps_through_matches() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash")
        box = app.query_one("#search", Input)
        assert box.has_focus
        await pilot.press(*"[bold]")
        await pilot.pause()
        view = app.view
        assert view.search is not None and len(view.search.hits) == 1
        assert box.value == "[bold]"  # the keys went to the box, not to the app
        assert app.current_entry is None
        await pilot.press("enter")
        assert not box.has_class("-visible") and view.has_focus
        await pilot.press("slash")
        box.value = "harbour"
        await pilot.press("enter")
        await pilot.pause()
        hits = len(view.search.hits)
        assert hits > 3
        first = view.search_current
        await pilot.press("right_square_bracket")
        assert view.search_current == (first + 1) % hits  # type: ignore[operator]
        await pilot.press("left_square_bracket")
        assert view.search_current == first
        row = view.rows.row_of(*view.search.hits[first][:3])  # type: ignore[union-attr, index]
        assert view.row_visible(row)
        await pilot.press("escape")
        assert view.search is None


@sync
async def test_i_toggles_inline_and_f_folds() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.view
        assert view.rows is not None
        side_total = view.rows.total
        await pilot.press("n")
        await pilot.press("i")
        assert view.mode == "inline" and view.rows.mode == "inline"
        assert view.row_visible(view.rows.entry_row(app.current_entry))  # type: ignore[arg-type]
        await pilot.press("i")
        assert view.mode == "side"
        await pilot.press("f")
        assert view.fold and view.rows.total < side_total
        await pilot.press("f")
        assert not view.fold and view.rows.total == side_total


@sync
async def test_e_exports_the_html_report(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    app = make_app(export_path=str(target))
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        for _ in range(500):
            if target.exists():
                break
            await asyncio.sleep(0.01)
        if importlib.util.find_spec("annotate.render.html") is None:
            assert not target.exists()
        else:
            page = target.read_text(encoding="utf-8")
            assert page.startswith("<!DOCTYPE html>")
            assert "[@click=app.quit]" in page


@sync
async def test_panel_lists_filters_and_scrolls_to_a_change() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        panel = app.panel
        ol = panel.entry_list
        assert ol.count == 5
        prompt = ol.prompt(1)
        assert "note n1" in prompt and "2017-07-05" in prompt and "[Update, 5 July" in prompt
        assert "SILENT" in ol.prompt(0)
        await pilot.press("c")  # annotations
        assert panel.kind == "annotation" and ol.count == 1
        await pilot.press("c")  # silent edits
        assert panel.kind == "silent" and ol.count == 4
        panel.query_one(Select).value = "move"
        await pilot.pause()
        assert panel.kind == "move" and ol.count == 1
        panel.query_one(Select).value = "all"
        await pilot.pause()
        assert ol.count == 5
        ol.focus()
        await pilot.pause()
        await pilot.press("end")  # highlight the last entry: the view follows
        await pilot.pause()
        assert kinds(app) == ("addition", True)
        assert app.view.row_visible(app.view.rows.entry_row(app.current_entry))  # type: ignore[union-attr, arg-type]
        await pilot.press("k", "enter")
        await pilot.pause()
        assert kinds(app) == ("move", True)
        await pilot.press("n")  # the panel follows the keys
        await pilot.pause()
        assert ol.highlighted == 4
        await pilot.click(EntryList, offset=(3, 1))
        await pilot.pause()
        assert kinds(app) == ("edit", True)
        await pilot.press("l")
        assert not panel.display
        await pilot.press("l")
        assert panel.display


@sync
async def test_help_theme_and_quit() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        dark = app.current_theme.dark
        await pilot.press("t")
        assert app.current_theme.dark != dark
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@sync
async def test_command_palette_has_every_action() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for title in (
            "Next change", "Previous change", "Next annotation", "Previous annotation", "Next silent edit",
            "Search", "Next match", "Toggle inline / side by side", "Fold / unfold unchanged passages",
            "Export HTML report", "Show / hide the changes panel", "Help", "Panel: Silent changes",
        ):
            assert title in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Next silent edit")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_entry is not None and app.current_entry.silent


@sync
async def test_republished_alone_shows_annotations() -> None:
    app = make_app(None, REVISED)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        assert app.view.mode == "inline"
        await pilot.press("a")
        assert kinds(app) == ("annotation", False)
        await pilot.press("i")  # nothing to toggle: stays inline
        assert app.view.mode == "inline"
        await pilot.press("s")
        assert app.current_entry is not None and app.current_entry.kind == "annotation"


@sync
async def test_failure_in_the_worker_exits_with_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise annotate.LimitError("too big to compare")

    monkeypatch.setattr(sys.modules["annotate.compare"], "compare_documents", boom)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(300):
            if app.failure is not None:
                break
            await asyncio.sleep(0.01)
        await pilot.pause()
    assert app.failure == ("too big to compare", 4)
    assert app.return_code == 4


def test_cli_missing_file_is_one_line(tmp_path: Path) -> None:
    existing = tmp_path / "a.txt"
    existing.write_text("Some text.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["tui", str(existing), str(tmp_path / "missing.txt")])
    assert result.exit_code == 3
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annotate: error:") and "no such file" in lines[0]
    assert "Traceback" not in result.output


def test_cli_usage_errors(tmp_path: Path) -> None:
    existing = tmp_path / "a.txt"
    existing.write_text("Some text.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["tui", "a", "b", "c"]).exit_code == 2
    assert runner.invoke(main, ["tui", "-"]).exit_code == 2
    result = runner.invoke(main, ["tui", str(existing)])  # CliRunner is not a terminal
    assert result.exit_code == 2 and "needs a terminal" in result.output


def test_library_does_not_import_textual() -> None:
    code = (
        "import sys, annotate, annotate.cli, annotate.cli.tui; "
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith(('textual.', 'tui'))]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@sync
async def test_big_documents_rewrap_in_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tui.view.BIG_MODEL", 0)
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.view
        await pilot.press("n", "n")
        await pilot.press("i")
        for _ in range(500):
            if view.rows is not None and view.rows.mode == "inline":
                break
            await asyncio.sleep(0.01)
        assert view.rows is not None and view.rows.mode == "inline"
        await pilot.resize_terminal(110, 30)
        for _ in range(500):
            if view.rows.width == view.content_width():
                break
            await asyncio.sleep(0.01)
        await pilot.pause()
        assert view.rows.width == view.content_width()


@sync
async def test_a_large_pair_shows_its_first_screen_before_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over ``LAZY_MODEL`` characters only the first screens are wrapped before the comparison is shown;
    the rest is laid out in a worker thread once it is drawn, and then every row is the same as when
    all is laid out at once. A change chosen meanwhile (its row estimated) is in view once it is done."""
    eager = make_app()
    async with eager.run_test(size=(140, 30)) as pilot:
        await ready(eager, pilot)
        assert eager.view.rows is not None and eager.view.rows.complete
        expected = [eager.view.rows.plain(y) for y in range(eager.view.rows.total)]
    monkeypatch.setattr("tui.model.LAZY_MODEL", 0)
    complete = DiffView._complete
    monkeypatch.setattr(DiffView, "_complete", lambda self: None)  # held back until called below
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.view
        assert view.rows is not None and not view.rows.complete
        assert [view.rows.plain(y) for y in range(30)] == expected[:30]
        await pilot.press("n", "n", "n")
        target = app.current_entry
        assert target is not None and view.rows.laid is not None
        assert view.rows.item_of_section[target.section] >= view.rows.laid  # placed by an estimate
        await _completed(view, pilot, complete)
        assert view.rows.complete and app.current_entry is target
        assert [view.rows.plain(y) for y in range(view.rows.total)] == expected
        assert view.row_visible(view.rows.entry_row(target))
        # A place asked for while the rows are estimated is looked up again in the exact rows
        # (here a different row, to tell), unless the reader scrolls meanwhile.
        for scrolled in (False, True):
            view._install(app.model.layout(view.content_width(), "side", fold=False, until=30), None)
            assert not view.rows.complete
            view.scroll_to_target(lambda rows: 40 if not rows.complete else rows.total - 1)
            assert view.row_visible(40)
            if scrolled:
                view.scroll_to(y=0, animate=False, immediate=True)
            await _completed(view, pilot, complete)
            assert view.row_visible(view.rows.total - 1) is not scrolled


async def _completed(view: Any, pilot: Any, complete: Any) -> None:
    """Let the held-back full layout run, and wait (5 s at most) until it is in place."""
    complete(view)
    for _ in range(500):
        if view.rows.complete:
            break
        await asyncio.sleep(0.01)
    await pilot.pause()


@sync
async def test_view_follows_the_width_until_i_is_pressed() -> None:
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        view = app.view
        assert view.mode == "side"
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        await pilot.pause()
        assert view.mode == "inline" and view.rows is not None and view.rows.mode == "inline"
        await pilot.resize_terminal(140, 30)
        await pilot.pause()
        await pilot.pause()
        assert view.mode == "side" and view.rows.mode == "side"
        await pilot.press("i")
        await pilot.resize_terminal(150, 30)
        await pilot.pause()
        assert view.mode == "inline"  # the user's choice sticks


@sync
async def test_palette_with_a_markup_like_file_name_and_export_beside_the_input(tmp_path: Path) -> None:
    """A file named like markup ("rev[a=b=c].txt", "[reverse blink red]") opens the command
    palette without error and shows literally; `e` writes next to the revised input, never
    over it; the broken "Screenshot" command is gone."""
    original = tmp_path / "a.txt"
    revised = tmp_path / "rev[reverse blink red on yellow]X[a=b=c].txt"
    original.write_text(LONG_ORIGINAL, encoding="utf-8")
    revised.write_text(LONG_REVISED, encoding="utf-8")
    app = AnnotateApp.for_paths(str(original), str(revised))
    assert app.export_target() == str(tmp_path / "rev[reverse blink red on yellow]X[a=b=c].annotate.html")
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles and "Export HTML report" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press("e", "x", "p", "o", "r", "t")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("e")
        target = Path(app.export_target())
        for _ in range(500):
            if any(tmp_path.glob("*.annotate*.html")):
                break
            await asyncio.sleep(0.01)
    written = sorted(p.name for p in tmp_path.glob("*.html"))
    if importlib.util.find_spec("annotate.render.html") is not None:
        assert written == ["rev[reverse blink red on yellow]X[a=b=c].annotate.html"]
    assert revised.read_text(encoding="utf-8") == LONG_REVISED
    assert not target.name.endswith(".txt")


@sync
async def test_help_lists_every_key_from_the_bindings() -> None:
    """The help screen is generated from BINDINGS: every described key is there, with its line."""
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text", Static).render())
    lines = text.splitlines()
    for keys, what in (
        ("n / p", "next / previous change"), ("a / A", "next / previous annotation"),
        ("s / S", "next / previous silent (undisclosed) edit"),
        ("/", "search (Enter: keep the matches highlighted, Esc: clear)"), ("] / [", "next / previous search match"),
        ("i", "inline view / side-by-side columns"), ("f", "fold / unfold unchanged passages"),
        ("e", "export the HTML report"),
        ("c", "cycle the changes panel filter (all, annotations, silent edits, \u2026)"),
        ("l", "show / hide the changes panel"), ("Tab / Shift+Tab", "the text \u2192 the list of changes \u2192 its filter (Enter: its menu)"),
        ("j / k, \u2193 / \u2191", "scroll one line"), ("PgDn / PgUp, Space / b", "scroll one page"),
        ("Home / End", "go to the top / bottom"), ("t", "light / dark theme"),
        ("Ctrl+P", "command palette (every action by name)"), ("? / F1", "this help"), ("q", "quit"),
    ):
        assert f"  {keys:<24}{what}" in lines, keys
    described = [b for b in AnnotateApp.BINDINGS if isinstance(b, Binding) and b.action != "clear_search"]
    assert all(b.tooltip for b in described)  # a new key needs its help line


@sync
async def test_role_colours_follow_the_theme() -> None:
    """The role colours come from tui/roles.tcss (:dark / :light) and change with the theme."""
    app = make_app(dark=True)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        dark = app.view.role_style("del_word")
        assert dark.bgcolor is not None and dark.bgcolor.triplet is not None
        assert dark.bgcolor.triplet.hex == "#6b1f24" and dark.strike
        await pilot.press("t")
        await pilot.pause()
        light = app.view.role_style("del_word")
        assert light.bgcolor is not None and light.bgcolor.triplet is not None
        assert light.bgcolor.triplet.hex == "#ffd0d0" and light.strike
        strip = app.view.render_line(0)
        assert strip.cell_length == app.view.scrollable_content_region.width


# ----------------------------------------------------------------- narrow terminals, focus, the palette


def _plain(app: AnnotateApp, selector: str) -> str:
    return str(app.query_one(selector, Static).render())


def _footer_keys(app: AnnotateApp) -> dict[str, FooterKey]:
    return {k.action: k for k in app.query(FooterKey)}


@pytest.mark.parametrize("size", [(80, 24), (160, 45), (60, 20)])
@sync
async def test_titles_and_summary_never_cut_dates_or_roles(samples: Path, size: tuple[int, int]) -> None:
    """Item 7 of issue 14: file names and titles are shortened (with …) before a date or a role;
    the summary keeps its counts and the position on one line; the footer keeps ? Help."""
    pair = samples / "updates"
    app = AnnotateApp.for_paths(str(pair / "original.md"), str(pair / "revised.md"))
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        for mode in ("first", "toggled"):
            head = _plain(app, "#colhead")
            assert len(head.splitlines()) <= 4, (mode, head)
            for line in head.splitlines():
                assert cell_len(line) <= app.view.content_width(), (mode, line)
            for must in ("ORIGINAL", "REPUBLISHED", "2021-07-13 (dateline)", "2021-07-15 (dateline)"):
                assert must in head, (mode, must, head)
            await pilot.press("i")
            await pilot.pause()
            await pilot.pause()
        summary = _plain(app, "#header")
        assert cell_len(summary) <= size[0] and "\n" not in summary, summary
        assert "[1/8]" in summary and "1 silent" in summary and "(1 silent)" in summary
        keys = _footer_keys(app)
        assert "help" in keys and keys["help"].region.right <= keys["command_palette"].region.x
        assert keys["help"].region.width > 0
        if size[0] < 100:
            assert not app.panel.display  # the text keeps the width
        else:
            assert app.panel.display
            assert app.panel.region.x >= 120 - 38 or app.view.mode == "inline"


@sync
async def test_side_by_side_hides_the_panel_until_it_fits() -> None:
    app = make_app()
    async with app.run_test(size=(110, 30)) as pilot:
        await ready(app, pilot)
        assert app.view.mode == "side" and not app.panel.display  # two columns of 54, not of 39
        await pilot.press("i")
        await pilot.pause()
        assert app.view.mode == "inline" and app.panel.display
        await pilot.press("i", "l")  # the user's choice sticks
        await pilot.pause()
        assert app.view.mode == "side" and app.panel.display
        await pilot.resize_terminal(150, 30)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.panel.display


@sync
async def test_tab_goes_text_list_filter_and_focus_shows() -> None:
    """Item 8 of issue 14: Tab visits the text, the list of changes, then its filter; the focused
    part is marked; Enter on the filter opens its menu (announced), a choice returns to the list."""
    app = make_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        colhead = app.query_one("#colhead")
        select = app.panel.query_one(Select)
        current = select.query_one("SelectCurrent")
        blurred = current.styles.background
        assert app.focused is app.view
        focused_head = colhead.styles.background
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.panel.entry_list
        assert colhead.styles.background != focused_head  # the title of the text is no longer marked
        assert app.panel.styles.border_left[0] == "thick"
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is select
        assert "Enter: choose" in _plain(app, "#panel-title")
        assert current.styles.background != blurred  # the filter stands out (accent) while focused
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.view and colhead.styles.background == focused_head
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is select
        await pilot.press("shift+tab", "shift+tab")
        await pilot.pause()
        assert app.focused is app.view
        await pilot.press("tab", "tab", "enter")  # the filter's menu
        await pilot.pause()
        assert select.expanded
        await pilot.press("down", "down", "enter")  # "Silent changes"
        await pilot.pause()
        assert app.panel.kind == "silent" and app.focused is app.panel.entry_list
        await pilot.press("enter")  # goes to the first silent edit
        await pilot.pause()
        assert kinds(app) is not None and kinds(app)[1]  # type: ignore[index]


@sync
async def test_tab_with_the_panel_hidden_says_how_to_show_it() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert not app.panel.display
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.view
        assert any("l shows" in str(n.message) for n in app._notifications)


@sync
async def test_every_palette_command_runs(tmp_path: Path) -> None:
    """Every command the palette offers (Textual's and the app's) runs without an error."""
    app = make_app(export_path=str(tmp_path / "report.html"))
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        commands = list(app.get_system_commands(app.screen))
        titles = [c.title for c in commands]
        assert len(titles) == len(set(titles)) and not any("screenshot" in t.lower() for t in titles)
        for command in commands:
            if command.title.startswith("Quit"):  # ("Quit the application" in older Textual)
                continue
            base = len(app.screen_stack)
            result = command.callback()  # what the palette calls when the command is chosen
            if asyncio.iscoroutine(result):
                await result
            await pilot.pause()
            assert app.is_running, command.title
            assert not [n for n in app._notifications if n.severity == "error"], command.title
            while len(app.screen_stack) > base:
                await pilot.press("escape")
                await pilot.pause()
            if app.query_one("#search", Input).has_class("-visible"):
                await pilot.press("escape")
            app.screen.minimize()
        if importlib.util.find_spec("annotate.render.html") is not None:
            for _ in range(500):
                if (tmp_path / "report.html").exists():
                    break
                await asyncio.sleep(0.01)
            assert (tmp_path / "report.html").exists()
        quit_ = next(c for c in commands if c.title.startswith("Quit"))
        result = quit_.callback()
        if asyncio.iscoroutine(result):
            await result
        await pilot.pause()
    assert app.return_code == 0


@sync
async def test_header_counts_each_change_once(samples: Path) -> None:
    """The summary counts like the text and HTML reports: a silent move is a move; a change of a
    date alone is not called disclosed."""
    pair = samples / "updates"
    app = AnnotateApp.for_paths(str(pair / "original.md"), str(pair / "revised.md"))
    async with app.run_test(size=(200, 40)) as pilot:
        await ready(app, pilot)
        head = _plain(app, "#header")
        assert "! 1 silent edit \u00b7" in head and "1 move (1 silent)" in head
        assert app.model is not None
        text = "\n".join(label.text for sec in app.model.sections for label in sec.labels)
        assert "1 change of dates, punctuation or markup only (addition)" in text
        assert "disclosed change (addition)" not in text

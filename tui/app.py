"""The Textual app behind ``annotate tui``: review a republished article against its original.

The app renders the library's ``Comparison`` (or, for a republished version
alone, its ``Notes``); it never diffs. Reading the files happens before the app
starts (so a missing file is a one-line error); the comparison itself runs in a
worker thread while the first screen shows the names and a loading indicator.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, LoadingIndicator, Select, Static

from annotate.compare import Options
from annotate.errors import exit_status
from annotate.model import Document
from annotate.render.text import visible
from tui.commands import export_target, html_renderer, palette_commands, write_report
from tui.entries import Entry
from tui.footer import KeyFooter
from tui.header import colhead_text, name, summary_text
from tui.help import HelpScreen
from tui.model import DocModel, build_model, build_notes_model, kept
from tui.navigate import NavigateActions
from tui.panel import FILTER_NAMES, ChangePanel
from tui.roles import Mode
from tui.rows import Rows
from tui.view import DiffView

NARROW = 100
"""Terminals narrower than this start in the inline view."""
PANEL_MIN = 100
"""Narrower terminals hide the changes panel (until ``l``), so the text keeps 60 cells or more."""
PANEL_SIDE = 120
"""Side by side, narrower terminals hide the panel, so each column keeps 40 cells or more."""


def panel_fits(width: int, mode: Mode) -> bool:
    """Whether the changes panel shows by itself in a terminal ``width`` cells wide in ``mode``."""
    return width >= (PANEL_SIDE if mode == "side" else PANEL_MIN)


class AnnotateApp(NavigateActions):
    """Review two versions side by side; jump between annotations and silent edits."""

    CSS_PATH: ClassVar[list[str | PurePath]] = ["app.tcss", "roles.tcss"]
    TITLE = "annotate"
    ENABLE_COMMAND_PALETTE = True
    AUTO_FOCUS = "#view"

    BINDINGS: ClassVar[list[BindingType]] = [
        # The tooltip is the line of the help screen (bindings with the same tooltip share one).
        Binding("q", "quit", "Quit", tooltip="quit"),
        Binding("n", "next_change", "Next", tooltip="next / previous change"),
        Binding("p", "previous_change", "Prev", tooltip="next / previous change"),
        Binding("a", "next_annotation", "Note", tooltip="next / previous annotation"),
        Binding("A", "previous_annotation", "Prev note", show=False, tooltip="next / previous annotation"),
        Binding("s", "next_silent", "Silent", tooltip="next / previous silent (undisclosed) edit"),
        Binding("S", "previous_silent", "Prev silent", show=False, tooltip="next / previous silent (undisclosed) edit"),
        Binding("slash", "search", "Search", tooltip="search (Enter: keep the matches highlighted, Esc: clear)"),
        Binding("right_square_bracket", "next_match", "Next match", show=False, tooltip="next / previous search match"),
        Binding("left_square_bracket", "previous_match", "Prev match", show=False,
                tooltip="next / previous search match"),
        Binding("escape", "clear_search", "Clear search", show=False),
        Binding("i", "toggle_inline", "Inline", tooltip="inline view / side-by-side columns"),
        Binding("f", "toggle_fold", "Fold", tooltip="fold / unfold unchanged passages"),
        Binding("e", "export", "Export", tooltip="export the HTML report"),
        Binding("c", "cycle_filter", "Filter", show=False,
                tooltip="cycle the changes panel filter (all, annotations, silent edits, \u2026)"),
        Binding("l", "toggle_panel", "Panel", show=False, tooltip="show / hide the changes panel"),
        Binding("t", "toggle_theme", "Theme", show=False, tooltip="light / dark theme"),
        Binding("question_mark,f1", "help", "Help", tooltip="this help"),
    ]

    def __init__(
        self,
        original: Document | None,
        revised: Document,
        *,
        options: Options | None = None,
        mode: Mode | None = None,
        fold: bool = False,
        dark: bool | None = None,
        export_path: str | None = None,
        paths: tuple[str | None, str] | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        """The input files as given (original or ``None``, revised): the export never
        replaces them, and goes next to the revised one."""
        self.original = original
        self.revised = revised
        self.options = options or Options()
        self.start_mode = mode
        self.auto_mode = mode is None
        """True while the view follows the terminal width (until ``i`` or ``--inline/--side``)."""
        self.start_fold = fold
        self.auto_panel = True
        """True while the panel shows or hides with the width (until ``l``, ``c`` or a filter)."""
        self.export_path = export_path
        self.model: DocModel | None = None
        self.current_entry: Entry | None = None
        self.ready = False
        """True once the comparison is on screen."""
        self.failure: tuple[str, int] | None = None
        """``(message, exit code)`` when the comparison failed."""
        if dark is not None:
            self.theme = "textual-dark" if dark else "textual-light"

    @classmethod
    def for_paths(cls, original: str | None, revised: str, **kwargs: object) -> AnnotateApp:
        """An app for two files (or one); raises ``AnnotateError`` when a file cannot be read."""
        from annotate.read import read_document

        a = read_document(Path(original)) if original is not None else None
        b = read_document(Path(revised))
        return cls(a, b, paths=(original, revised), **kwargs)  # type: ignore[arg-type]

    # ----------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        yield Static(self._summary_text(), id="header")
        with Horizontal(id="body"):
            with Vertical(id="doc"):
                yield Static("", id="colhead")
                yield LoadingIndicator(id="loading")
                yield DiffView(id="view")
            yield ChangePanel(id="panel")
        yield Input(placeholder="search (Enter: done, Esc: clear)", id="search")
        yield KeyFooter()

    def on_mount(self) -> None:
        width = self.size.width
        view = self.view
        view.mode = self.start_mode or ("inline" if width < NARROW or self.original is None else "side")
        if self.original is None:
            view.mode = "inline"
        view.fold = self.start_fold
        self.panel.display = panel_fits(width, view.mode)
        view.focus()
        self.watch(self.screen, "focused", self._focus_moved)
        self._update_colhead()
        self.call_after_refresh(self._start)

    def _start(self) -> None:
        self._compute(self.view.mode, self.view.fold)

    @work(thread=True, exclusive=True, group="compare")
    def _compute(self, mode: Mode, fold: bool) -> None:
        """Compare (or read the notes) and lay out the first screen, off the event loop."""
        gc.freeze()  # the app and the documents, kept while it runs (see ``tui.model.kept``)
        try:
            if self.original is None:
                from annotate import find_annotations

                notes = find_annotations(self.revised)
                with kept():
                    model = build_notes_model(notes)
            else:
                from annotate.compare import compare_documents

                comparison = compare_documents(self.original, self.revised, self.options)
                with kept():
                    model = build_model(comparison)
            width = self.view.content_width()  # known by now, unless the comparison was instant
            with kept():
                rows = model.first_layout(width, mode, fold=fold, height=self.size.height) if width > 1 else None
        except Exception as exc:  # one line and annotate's exit code, never a traceback
            code, message = exit_status(exc)
            self.call_from_thread(self._fail, message, code)
            return
        self.call_from_thread(self._loaded, model, rows)

    def on_unmount(self) -> None:
        gc.unfreeze()  # what the app kept while it ran is collectable again (``tui.model.kept``)

    def _fail(self, message: str, code: int) -> None:
        self.failure = (visible(" ".join(message.split())), code)
        self.exit(return_code=code)

    def _loaded(self, model: DocModel, rows: Rows | None) -> None:
        self.model = model
        view = self.view
        self.query_one("#loading", LoadingIndicator).remove()
        view.set_model(model, rows)
        view.focus()
        self.panel.set_entries(model.entries)
        self.refresh_header()
        self._update_colhead()
        c = model.comparison
        for msg in c.limits if c is not None else ():
            self.notify(visible(msg), title="limit reached", severity="warning", timeout=10, markup=False)
        docs = [d for d in (self.original, self.revised) if d is not None]
        for doc in docs:
            for w in doc.warnings:
                self.notify(f"{name(doc)}: {visible(w)}", severity="warning", timeout=8, markup=False)
        self.ready = True

    # ----------------------------------------------------------------- header

    def _summary_text(self) -> Text:
        silent = self.view.role_style("label_silent") if self.model is not None else Style()
        return summary_text(self.model, self.original is not None, self.current_entry, silent, self.size.width)

    def refresh_header(self) -> None:
        """Show the summary line again (counts, current change), fitted to the width."""
        self.query_one("#header", Static).update(self._summary_text())

    def _update_colhead(self) -> None:
        view = self.view
        text = colhead_text(self.model, self.original, self.revised, view.mode, max(1, view.content_width()))
        self.query_one("#colhead", Static).update(text)

    @on(DiffView.Relaid)
    def _relaid(self) -> None:
        self._update_colhead()

    def on_resize(self, event: Resize) -> None:
        self.panel.set_width(38 if event.size.width >= 130 else 30)
        if self.auto_mode and self.original is not None and self.ready:
            wanted: Mode = "inline" if event.size.width < NARROW else "side"
            if self.view.mode != wanted:
                self.view.mode = wanted
                self.call_after_refresh(self.view.relayout_if_stale)
        self._fit_panel()
        self.refresh_header()
        self.call_after_refresh(self._update_colhead)

    def _fit_panel(self) -> None:
        """Show or hide the panel as the width and the view want, unless the user chose."""
        if self.auto_panel:
            self._show_panel(panel_fits(self.size.width, self.view.mode))

    def _show_panel(self, show: bool) -> None:
        panel = self.panel
        if panel.display != show:
            panel.display = show
        if not show and panel.has_focus_within:
            self.view.focus()

    # ----------------------------------------------------------------- focus

    def _focus_ring(self) -> list[Widget]:
        """What Tab visits, in order: the text, the list of changes, its filter, the search box."""
        ring: list[Widget] = [self.view]
        if self.panel.display:
            ring += [self.panel.entry_list, self.query_one("#filter", Select)]
        box = self.query_one("#search", Input)
        if box.has_class("-visible"):
            ring.append(box)
        return ring

    def _cycle_focus(self, step: int) -> None:
        ring = self._focus_ring()
        if self.screen is not self.view.screen or self.focused not in ring:
            (self.screen.focus_next if step > 0 else self.screen.focus_previous)()
            return
        if len(ring) == 1:
            self.notify("The changes panel is hidden at this width: l shows it.", timeout=3)
        ring[(ring.index(self.focused) + step) % len(ring)].focus()

    def _focus_moved(self, focused: Widget | None) -> None:
        """Mark the part that has the focus (its title is coloured: see ``app.tcss``)."""
        self.query_one("#doc").set_class(focused is self.view, "-focused")
        self.panel.set_class(focused is not None and self.panel in focused.ancestors, "-focused")

    def action_focus_next(self) -> None:
        """Tab: the text, then the list of changes, then its filter."""
        self._cycle_focus(1)

    def action_focus_previous(self) -> None:
        """Shift+Tab: the other way round."""
        self._cycle_focus(-1)

    # ----------------------------------------------------------------- views

    def action_toggle_inline(self) -> None:
        """Switch between the inline view and side-by-side columns."""
        view = self.view
        if self.original is None:
            self.notify("Only one document: the view is inline.", timeout=3)
            return
        self.auto_mode = False
        view.configure(mode="side" if view.mode == "inline" else "inline")
        self._fit_panel()
        self._after_view_change()

    def action_toggle_fold(self) -> None:
        """Fold or unfold the unchanged passages."""
        view = self.view
        view.configure(fold=not view.fold)
        self._after_view_change()

    def _after_view_change(self) -> None:
        self._update_colhead()
        cur = self.current_entry
        if cur is not None:
            self.view.scroll_to_target(lambda rows: rows.entry_row(cur))

    def action_toggle_panel(self) -> None:
        """Show or hide the changes panel."""
        self.auto_panel = False
        self._show_panel(not self.panel.display)

    def action_cycle_filter(self) -> None:
        """Show the next kind of change in the panel."""
        self.auto_panel = False
        self._show_panel(True)
        kind = self.panel.cycle_filter()
        self.notify(f"Panel: {FILTER_NAMES[kind or 'all']}", timeout=2)

    def set_filter(self, kind: str | None) -> None:
        """Filter the panel by ``kind`` (one of ``tui.model.KINDS``, or ``None`` for all)."""
        self.auto_panel = False
        self._show_panel(True)
        self.panel.set_filter(kind)

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        """Show the keys and marks."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # ----------------------------------------------------------------- export and palette

    def export_target(self) -> str:
        """Where ``e`` writes the HTML report."""
        return export_target(self.export_path, self.paths)

    def action_export(self) -> None:
        """Write the HTML report of the comparison."""
        if self.model is None or self.model.comparison is None:
            self.notify("The HTML report needs both versions: run annotate tui ORIGINAL REVISED.", timeout=4)
            return
        render = html_renderer()
        if render is None:
            self.notify("HTML export is not available in this version of annotate.", severity="warning")
            return
        self._export(render, self.view.mode, self.export_target())

    @work(thread=True, exclusive=True, group="export")
    def _export(self, render: Callable[..., str], mode: Mode, target: str) -> None:
        assert self.model is not None and self.model.comparison is not None
        inputs = tuple(p for p in self.paths if p is not None) if self.paths else tuple(
            d.source for d in (self.original, self.revised) if d is not None
        )
        message, ok = write_report(render, self.model.comparison, mode, target, inputs)
        if ok:
            self.call_from_thread(self.notify, message, timeout=5, markup=False)
        else:
            self.call_from_thread(self.notify, message, severity="error", markup=False)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # Textual's own commands, less "Screenshot" (it saves to a folder that may not exist
        # and failed here; the HTML export is this app's way to keep what is on screen).
        yield from (c for c in super().get_system_commands(screen) if "screenshot" not in c.title.lower())
        yield from palette_commands(self)

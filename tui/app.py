"""The Textual app behind ``annotate tui``: review a republished article against its original.

The app renders the library's ``Comparison`` (or, for a republished version
alone, its ``Notes``); it never diffs. Reading the files happens before the app
starts (so a missing file is a one-line error); the comparison itself runs in a
worker thread while the first screen shows the names and a loading indicator.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.markup import escape as markup_escape
from textual.screen import Screen
from textual.widgets import Footer, Input, LoadingIndicator, Static

from annotate.compare import Options
from annotate.errors import AnnotateError
from annotate.model import DateInfo, Document
from annotate.render_text import visible
from tui.help import HelpScreen
from tui.model import KINDS, DocModel, Entry, Layout, Mode, build_model, build_notes_model
from tui.panel import FILTER_NAMES, ChangePanel
from tui.view import DiffView, palette

NARROW = 100
"""Terminals narrower than this start in the inline view."""
PANEL_MIN = 80
"""Terminals narrower than this start with the changes panel hidden."""


def _name(doc: Document) -> str:
    name = os.path.basename(doc.source) or doc.source
    return visible(name)


def _date(d: DateInfo | None) -> str:
    return "date unknown" if d is None else f"{d.value} ({d.basis})"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


class AnnotateApp(App[None]):
    """Review two versions side by side; jump between annotations and silent edits."""

    CSS_PATH = "app.tcss"
    TITLE = "annotate"
    ENABLE_COMMAND_PALETTE = True
    AUTO_FOCUS = "#view"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("n", "next_change", "Next"),
        Binding("p", "previous_change", "Prev"),
        Binding("a", "next_annotation", "Note"),
        Binding("A", "previous_annotation", "Prev note", show=False),
        Binding("s", "next_silent", "Silent"),
        Binding("S", "previous_silent", "Prev silent", show=False),
        Binding("slash", "search", "Search"),
        Binding("right_square_bracket", "next_match", "Next match", show=False),
        Binding("left_square_bracket", "previous_match", "Prev match", show=False),
        Binding("escape", "clear_search", "Clear search", show=False),
        Binding("i", "toggle_inline", "Inline"),
        Binding("f", "toggle_fold", "Fold"),
        Binding("e", "export", "Export"),
        Binding("c", "cycle_filter", "Filter", show=False),
        Binding("l", "toggle_panel", "Panel", show=False),
        Binding("t", "toggle_theme", "Theme", show=False),
        Binding("question_mark,f1", "help", "Help"),
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
        yield Footer()

    @property
    def view(self) -> DiffView:
        """The comparison pane."""
        return self.query_one(DiffView)

    @property
    def panel(self) -> ChangePanel:
        """The changes panel."""
        return self.query_one(ChangePanel)

    def on_mount(self) -> None:
        width = self.size.width
        view = self.view
        view.mode = self.start_mode or ("inline" if width < NARROW or self.original is None else "side")
        if self.original is None:
            view.mode = "inline"
        view.fold = self.start_fold
        if width < PANEL_MIN:
            self.panel.display = False
        view.focus()
        self._update_colhead()
        self.call_after_refresh(self._start)

    def _start(self) -> None:
        self._compute(self.view.mode, self.view.fold)

    @work(thread=True, exclusive=True, group="compare")
    def _compute(self, mode: Mode, fold: bool) -> None:
        """Compare (or read the notes) and lay out the first screen, off the event loop."""
        try:
            if self.original is None:
                from annotate import find_annotations

                model = build_notes_model(find_annotations(self.revised))
            else:
                from annotate.compare import compare_documents

                model = build_model(compare_documents(self.original, self.revised, self.options))
            width = self.view.content_width()  # known by now, unless the comparison was instant
            rows = model.layout(width, mode, fold=fold) if width > 1 else None
        except AnnotateError as exc:
            self.call_from_thread(self._fail, str(exc), exc.exit_code)
            return
        except Exception as exc:  # shown as one line, never a traceback
            self.call_from_thread(self._fail, f"internal error: {type(exc).__name__}: {exc}", 5)
            return
        self.call_from_thread(self._loaded, model, rows)

    def _fail(self, message: str, code: int) -> None:
        self.failure = (visible(" ".join(message.split())), code)
        self.exit(return_code=code)

    def _loaded(self, model: DocModel, rows: Layout | None) -> None:
        self.model = model
        view = self.view
        self.query_one("#loading", LoadingIndicator).remove()
        view.set_model(model, rows)
        view.focus()
        self.panel.set_entries(model.entries)
        self.query_one("#header", Static).update(self._summary_text())
        self._update_colhead()
        c = model.comparison
        for msg in c.limits if c is not None else ():
            self.notify(visible(msg), title="limit reached", severity="warning", timeout=10, markup=False)
        docs = [d for d in (self.original, self.revised) if d is not None]
        for doc in docs:
            for w in doc.warnings:
                self.notify(f"{_name(doc)}: {visible(w)}", severity="warning", timeout=8, markup=False)
        self.ready = True

    # ----------------------------------------------------------------- header

    def _summary_text(self) -> Text:
        t = Text()
        t.append(" annotate ", style="bold reverse")
        t.append(" ")
        model = self.model
        styles = palette(dark=True)
        if model is None:
            t.append("comparing\u2026" if self.original is not None else "reading the notes\u2026", style="italic")
            return t
        if model.comparison is not None:
            s = model.comparison.summary
            t.append(_plural(s.annotations, "annotation"), style="bold")
            t.append(" \u00b7 ")
            t.append(f"! {_plural(s.silent_edits, 'silent edit')}", style=styles["label_silent"] if s.silent_edits else "")
            parts = [
                _plural(s.additions, "addition"), _plural(s.deletions, "deletion"), _plural(s.edits, "edit"),
                _plural(s.moves, "move"), f"{s.frames} framing",
            ]
            t.append(" \u00b7 " + " \u00b7 ".join(parts))
            if model.comparison.limits:
                t.append(f" \u00b7 {_plural(len(model.comparison.limits), 'limit')} reached", style="bold yellow")
        elif model.notes is not None:
            n = model.notes
            t.append(_plural(len(n.annotations), "annotation"), style="bold")
            t.append(f" \u00b7 {len(n.frames)} framing \u00b7 republished version alone (no original to compare)")
        cur = self.current_entry
        if cur is not None:
            t.append(f"   [{cur.index + 1}/{len(model.entries)}]", style="bold")
        return t

    def _update_colhead(self) -> None:
        view = self.view
        width = max(1, view.content_width())
        a, b = self.original, self.revised
        t = Text()
        rev_date = self.model.comparison.revised_date if self.model and self.model.comparison else b.date
        orig_date = self.model.comparison.original_date if self.model and self.model.comparison else (
            a.date if a is not None else None
        )
        if self.model is not None and self.model.notes is not None:
            rev_date = self.model.notes.date
            orig_date = self.model.notes.original_date

        def doc_part(label: str, doc: Document, date: DateInfo | None) -> Text:
            part = Text()
            part.append(f"{label} ", style="bold reverse")
            part.append(f" {_name(doc)}", style="bold")
            if doc.title:
                part.append(f" \u2014 {visible(doc.title)}")
            part.append(f" \u00b7 {_date(date)}", style="italic")
            return part

        if a is None:
            t.append_text(doc_part("REPUBLISHED", b, rev_date))
            if orig_date is not None:
                t.append(f" \u00b7 first published {_date(orig_date)}", style="italic")
        elif view.mode == "side":
            left_w = (width - 1) // 2
            left = doc_part("ORIGINAL", a, orig_date)
            left.truncate(left_w, overflow="ellipsis", pad=True)
            t.append_text(left)
            t.append("\u2502")
            right = doc_part("REPUBLISHED", b, rev_date)
            right.truncate(max(1, width - left_w - 1), overflow="ellipsis")
            t.append_text(right)
        else:
            t.append_text(doc_part("ORIGINAL", a, orig_date))
            t.append("  \u2192  ")
            t.append_text(doc_part("REPUBLISHED", b, rev_date))
            t.append("  (inline: -deleted +inserted)", style="dim")
        self.query_one("#colhead", Static).update(t)

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
        self.call_after_refresh(self._update_colhead)

    # ----------------------------------------------------------------- moving between changes

    def _rows(self) -> Layout | None:
        return self.view.rows if self.ready else None

    def go_to_entry(self, entry: Entry, *, scroll: bool = True) -> None:
        """Make ``entry`` current and scroll both columns to it."""
        rows = self._rows()
        if rows is None:
            return
        self.current_entry = entry
        view = self.view
        view.current = entry.section
        if scroll:
            view.scroll_to_row(rows.entry_row(entry))
        view.invalidate()
        self.panel.show_entry(entry.index)
        self.query_one("#header", Static).update(self._summary_text())

    def _step(self, keep: Callable[[Entry], bool], forward: bool, what: str) -> None:
        rows = self._rows()
        if rows is None or self.model is None:
            return
        candidates = [e for e in self.model.entries if keep(e)]
        if not candidates:
            self.notify(f"No {what}.", timeout=3)
            return
        keyed = sorted(((rows.entry_row(e), e.index), e) for e in candidates)
        view = self.view
        cur = self.current_entry
        if cur is not None and view.row_visible(rows.entry_row(cur)):
            here = (rows.entry_row(cur), cur.index)
            after = [e for k, e in keyed if k > here]
            before = [e for k, e in keyed if k < here]
        else:
            top = view.top_row()
            after = [e for k, e in keyed if k[0] >= top]
            before = [e for k, e in keyed if k[0] < top]
        if forward:
            target = after[0] if after else keyed[0][1]
            if not after:
                self.notify(f"Wrapped to the first {what.rstrip('s')}.", timeout=2)
        else:
            target = before[-1] if before else keyed[-1][1]
            if not before:
                self.notify(f"Wrapped to the last {what.rstrip('s')}.", timeout=2)
        self.go_to_entry(target)

    def action_next_change(self) -> None:
        """Go to the next change."""
        self._step(lambda e: True, True, "changes")

    def action_previous_change(self) -> None:
        """Go to the previous change."""
        self._step(lambda e: True, False, "changes")

    def action_next_annotation(self) -> None:
        """Go to the next annotation."""
        self._step(lambda e: e.kind == "annotation", True, "annotations")

    def action_previous_annotation(self) -> None:
        """Go to the previous annotation."""
        self._step(lambda e: e.kind == "annotation", False, "annotations")

    def action_next_silent(self) -> None:
        """Go to the next silent (undisclosed) edit."""
        if self.model is not None and self.model.single:
            self.notify("Silent edits need the original: run annotate tui ORIGINAL REVISED.", timeout=4)
            return
        self._step(lambda e: e.silent, True, "silent edits")

    def action_previous_silent(self) -> None:
        """Go to the previous silent edit."""
        if self.model is not None and self.model.single:
            self.notify("Silent edits need the original: run annotate tui ORIGINAL REVISED.", timeout=4)
            return
        self._step(lambda e: e.silent, False, "silent edits")

    @on(ChangePanel.Chosen)
    def _chosen(self, event: ChangePanel.Chosen) -> None:
        if self.model is None or not 0 <= event.entry < len(self.model.entries):
            return
        self.go_to_entry(self.model.entries[event.entry])

    @on(DiffView.Clicked)
    def _clicked(self, event: DiffView.Clicked) -> None:
        if self.model is None or event.section is None:
            return
        sec = self.model.sections[event.section]
        if sec.entries:
            self.go_to_entry(self.model.entries[sec.entries[0]], scroll=False)

    # ----------------------------------------------------------------- search

    def action_search(self) -> None:
        """Open the search box."""
        if not self.ready:
            return
        box = self.query_one("#search", Input)
        box.add_class("-visible")
        box.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self._run_search(event.value)

    def _run_search(self, query: str) -> None:
        view = self.view
        if self.model is None or view.rows is None:
            return
        if not query:
            view.search = None
            view.search_current = None
            view.invalidate()
            return
        found = self.model.search(query, view.rows.mode)
        view.search = found
        view.search_current = None
        top = view.top_row()
        rows = view.rows
        for k, (sec, key, start, _) in enumerate(found.hits):
            if rows.row_of(sec, key, start) >= top:
                self._show_match(k)
                break
        else:
            if found.hits:
                self._show_match(0)
            else:
                view.invalidate()

    def _show_match(self, k: int) -> None:
        view = self.view
        rows = view.rows
        if view.search is None or rows is None or not view.search.hits:
            return
        k %= len(view.search.hits)
        sec, key, start, _ = view.search.hits[k]
        if rows.fold and rows.folded[rows.item_of_section[sec]]:
            view.configure(fold=False)
            rows = view.rows
            assert rows is not None
        view.search_current = k
        view.scroll_to_row(rows.row_of(sec, key, start))
        view.invalidate()

    @on(Input.Submitted, "#search")
    def _search_done(self, event: Input.Submitted) -> None:
        box = self.query_one("#search", Input)
        box.remove_class("-visible")
        self.view.focus()
        found = self.view.search
        if found is None:
            return
        n = len(found.hits)
        more = "+" if found.truncated else ""
        self.notify(
            f"{n}{more} match{'es' * (n != 1)} for \u201c{visible(found.query)}\u201d  (] next, [ previous, Esc clears)",
            timeout=4, markup=False,
        )

    def action_next_match(self) -> None:
        """Go to the next search match."""
        self._match_step(1)

    def action_previous_match(self) -> None:
        """Go to the previous search match."""
        self._match_step(-1)

    def _match_step(self, step: int) -> None:
        view = self.view
        if view.search is None or not view.search.hits:
            self.notify("No search: press / to search.", timeout=2)
            return
        cur = view.search_current
        self._show_match((cur + step) if cur is not None else 0)

    def action_clear_search(self) -> None:
        """Close the search box and remove the match highlighting."""
        box = self.query_one("#search", Input)
        if box.has_class("-visible"):
            box.remove_class("-visible")
            box.value = ""
            self.view.focus()
        view = self.view
        if view.search is not None:
            view.search = None
            view.search_current = None
            view.invalidate()

    # ----------------------------------------------------------------- views

    def action_toggle_inline(self) -> None:
        """Switch between the inline view and side-by-side columns."""
        view = self.view
        if self.original is None:
            self.notify("Only one document: the view is inline.", timeout=3)
            return
        self.auto_mode = False
        view.configure(mode="side" if view.mode == "inline" else "inline")
        self._after_view_change()

    def action_toggle_fold(self) -> None:
        """Fold or unfold the unchanged passages."""
        view = self.view
        view.configure(fold=not view.fold)
        self._after_view_change()

    def _after_view_change(self) -> None:
        self._update_colhead()
        cur = self.current_entry
        rows = self.view.rows
        if cur is not None and rows is not None:
            self.view.scroll_to_row(rows.entry_row(cur))

    def action_toggle_panel(self) -> None:
        """Show or hide the changes panel."""
        panel = self.panel
        panel.display = not panel.display
        if not panel.display and panel.has_focus_within:
            self.view.focus()

    def action_cycle_filter(self) -> None:
        """Show the next kind of change in the panel."""
        panel = self.panel
        if not panel.display:
            panel.display = True
        kind = panel.cycle_filter()
        self.notify(f"Panel: {FILTER_NAMES[kind or 'all']}", timeout=2)

    def set_filter(self, kind: str | None) -> None:
        """Filter the panel by ``kind`` (one of ``tui.model.KINDS``, or ``None`` for all)."""
        self.panel.display = True
        self.panel.set_filter(kind)

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        """Show the keys and marks."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # ----------------------------------------------------------------- export

    def export_target(self) -> str:
        """Where ``e`` writes the HTML report."""
        if self.export_path:
            return self.export_path
        from annotate.output import report_beside

        return report_beside(self.paths[1] if self.paths else None)

    def action_export(self) -> None:
        """Write the HTML report of the comparison."""
        if self.model is None or self.model.comparison is None:
            self.notify("The HTML report needs both versions: run annotate tui ORIGINAL REVISED.", timeout=4)
            return
        try:
            from annotate import render_html as module
        except ImportError:
            self.notify("HTML export is not available in this version of annotate.", severity="warning")
            return
        render = getattr(module, "render_html", None)
        if render is None:
            self.notify("HTML export is not available in this version of annotate.", severity="warning")
            return
        self._export(render, self.view.mode, self.export_target())

    @work(thread=True, exclusive=True, group="export")
    def _export(self, render: Callable[..., str], mode: Mode, target: str) -> None:
        from annotate.output import write_output

        assert self.model is not None and self.model.comparison is not None
        inputs = tuple(p for p in self.paths if p is not None) if self.paths else tuple(
            d.source for d in (self.original, self.revised) if d is not None
        )
        try:
            page = render(self.model.comparison, view=mode)
            write_output(target, page, inputs=inputs)
        except (AnnotateError, OSError) as exc:
            self.call_from_thread(self.notify, visible(f"export failed: {exc}"), severity="error", markup=False)
            return
        self.call_from_thread(self.notify, f"HTML report written to {visible(target)}", timeout=5, markup=False)

    # ----------------------------------------------------------------- command palette

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # Textual's own commands, less "Screenshot" (it saves to a folder that may not exist
        # and failed here; the HTML export is this app's way to keep what is on screen).
        yield from (c for c in super().get_system_commands(screen) if c.title != "Screenshot")
        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("Next change", "Go to the next change (n)", self.action_next_change),
            ("Previous change", "Go to the previous change (p)", self.action_previous_change),
            ("Next annotation", "Go to the next annotation (a)", self.action_next_annotation),
            ("Previous annotation", "Go to the previous annotation (A)", self.action_previous_annotation),
            ("Next silent edit", "Go to the next undisclosed change (s)", self.action_next_silent),
            ("Previous silent edit", "Go to the previous undisclosed change (S)", self.action_previous_silent),
            ("Search", "Search the text (/)", self.action_search),
            ("Next match", "Go to the next search match (])", self.action_next_match),
            ("Previous match", "Go to the previous search match ([)", self.action_previous_match),
            ("Clear search", "Remove the search highlighting (Esc)", self.action_clear_search),
            ("Toggle inline / side by side", "Switch the view (i)", self.action_toggle_inline),
            ("Fold / unfold unchanged passages", "Hide the passages that did not change (f)", self.action_toggle_fold),
            ("Export HTML report", f"Write {markup_escape(self.export_target())} (e)", self.action_export),
            ("Show / hide the changes panel", "The list of changes (l)", self.action_toggle_panel),
            ("Cycle the panel filter", "All, annotations, silent edits, \u2026 (c)", self.action_cycle_filter),
            ("Toggle light / dark theme", "(t)", self.action_toggle_theme),
            ("Help", "Keys and marks (?)", self.action_help),
        ]
        for title, help_text, callback in commands:
            yield SystemCommand(title, help_text, callback)
        for kind in (None, *KINDS):
            name = FILTER_NAMES[kind or "all"]
            yield SystemCommand(f"Panel: {name}", f"List only {name.lower()}", _bind_filter(self, kind))


def _bind_filter(app: AnnotateApp, kind: str | None) -> Callable[[], None]:
    def apply() -> None:
        app.set_filter(kind)

    return apply

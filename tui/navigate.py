"""Moving between changes: ``n``/``p``, ``a``/``A``, ``s``/``S``, a click in the text or the panel.

A mixin of the app, like ``tui.search``: the keys are the app's bindings, the
state (the current entry) is the app's; the order is that of the display rows,
so "next" means the next change further down the screen, in either view.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on

from tui.entries import Entry
from tui.model import DocModel
from tui.panel import ChangePanel
from tui.rows import Rows
from tui.search import SearchActions
from tui.view import DiffView


class NavigateActions(SearchActions):
    """The keys that move between changes (their bindings are the app's)."""

    model: DocModel | None
    current_entry: Entry | None
    ready: bool

    @property
    def panel(self) -> ChangePanel:
        """The changes panel."""
        return self.query_one(ChangePanel)

    def refresh_header(self) -> None:
        """Show the summary line again (the app's: it knows the width and the styles)."""


    def _rows(self) -> Rows | None:
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
            view.scroll_to_target(lambda rows: rows.entry_row(entry))
        view.invalidate()
        self.panel.show_entry(entry.index)
        self.refresh_header()

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


"""Search in the shown text: the ``/`` box, ``]``/``[`` between matches, Esc to clear.

A mixin of the app, kept apart because search has its own state (the matches
live on the ``DiffView``, which draws them) and its own widget (the ``#search``
input). Matching itself is ``DocModel.search``: literal and case-insensitive,
in the text of the current view mode.
"""

from __future__ import annotations

from textual import on
from textual.app import App
from textual.widgets import Input

from annotate.render.text import visible
from tui.model import DocModel
from tui.view import DiffView


class SearchActions(App[None]):
    """The search keys of ``AnnotateApp`` (their bindings are the app's)."""

    model: DocModel | None
    ready: bool

    @property
    def view(self) -> DiffView:
        """The comparison pane."""
        return self.query_one(DiffView)

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
        view.scroll_to_target(lambda rows: rows.row_of(sec, key, start))
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

"""The comparison pane: a Line API widget that draws both columns of a row together.

Only the visible rows are rendered (``render_line``); the rows come from
``tui.model.Layout`` and every span is a plain string with an explicit style, so
article text is never parsed as markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.model import ROLES, DocModel, Layout, Mode, Search

BIG_MODEL = 1_500_000
"""Above this many characters of text, re-wrapping runs in a worker thread."""

_DARK: dict[str, Style] = {
    "del_word": Style(color="#ffc4c4", bgcolor="#6b1f24", strike=True),
    "ins_word": Style(color="#d2ffd2", bgcolor="#1e5428", underline=True),
    "del_block": Style(color="#f09090"),
    "ins_block": Style(color="#96e096"),
    "silent_del": Style(color="#ffc2d6", bgcolor="#5e0026", bold=True, strike=True),
    "silent_ins": Style(color="#ffffff", bgcolor="#b0004e", bold=True, underline=True),
    "note": Style(color="#a8dcff", bgcolor="#173650", italic=True),
    "frame": Style(color="#d9c27e", italic=True),
    "marker": Style(color="#f2d36b", bold=True, italic=True),
    "moved": Style(color="#c3aef0"),
    "match": Style(color="#000000", bgcolor="#e6c84a"),
    "match_current": Style(color="#000000", bgcolor="#ff8f1f", bold=True, underline=True),
    "void": Style(bgcolor="#1b1b22"),
    "hint": Style(color="#8a8a9a", italic=True),
    "divider": Style(color="#5a5a6a"),
    "fold": Style(color="#9a9aaa", italic=True),
    "gutter": Style(color="#6a6a7a"),
    "cursor": Style(color="#000000", bgcolor="#ffd75f", bold=True),
    "label_note": Style(color="#a8dcff", bold=True),
    "label_silent": Style(color="#ffffff", bgcolor="#c0003c", bold=True),
    "label_change": Style(color="#e8e8e8", bold=True),
    "label_move": Style(color="#c3aef0", bold=True),
    "label_frame": Style(color="#d9c27e", bold=True),
    "g_del": Style(color="#ff7b7b", bold=True),
    "g_ins": Style(color="#7bdc7b", bold=True),
    "g_mix": Style(color="#ffd75f", bold=True),
    "g_silent": Style(color="#ffffff", bgcolor="#c0003c", bold=True),
    "g_note": Style(color="#a8dcff", bold=True),
    "g_frame": Style(color="#d9c27e", bold=True),
    "g_move": Style(color="#c3aef0", bold=True),
}

_LIGHT: dict[str, Style] = {
    "del_word": Style(color="#6b0000", bgcolor="#ffd0d0", strike=True),
    "ins_word": Style(color="#004d00", bgcolor="#c8f5c8", underline=True),
    "del_block": Style(color="#a31515"),
    "ins_block": Style(color="#1a6e1a"),
    "silent_del": Style(color="#7a0030", bgcolor="#ffb3cf", bold=True, strike=True),
    "silent_ins": Style(color="#ffffff", bgcolor="#b0004e", bold=True, underline=True),
    "note": Style(color="#00315c", bgcolor="#d6ecff", italic=True),
    "frame": Style(color="#6e5600", italic=True),
    "marker": Style(color="#6e5600", bold=True, italic=True),
    "moved": Style(color="#5b2d9e"),
    "match": Style(color="#000000", bgcolor="#ffe066"),
    "match_current": Style(color="#000000", bgcolor="#ff9f43", bold=True, underline=True),
    "void": Style(bgcolor="#ececf2"),
    "hint": Style(color="#6a6a7a", italic=True),
    "divider": Style(color="#9a9aaa"),
    "fold": Style(color="#5a5a6a", italic=True),
    "gutter": Style(color="#8a8a9a"),
    "cursor": Style(color="#000000", bgcolor="#ffc800", bold=True),
    "label_note": Style(color="#00509e", bold=True),
    "label_silent": Style(color="#ffffff", bgcolor="#c0003c", bold=True),
    "label_change": Style(color="#202020", bold=True),
    "label_move": Style(color="#5b2d9e", bold=True),
    "label_frame": Style(color="#6e5600", bold=True),
    "g_del": Style(color="#c00000", bold=True),
    "g_ins": Style(color="#007000", bold=True),
    "g_mix": Style(color="#9a6a00", bold=True),
    "g_silent": Style(color="#ffffff", bgcolor="#c0003c", bold=True),
    "g_note": Style(color="#00509e", bold=True),
    "g_frame": Style(color="#6e5600", bold=True),
    "g_move": Style(color="#5b2d9e", bold=True),
}


def palette(dark: bool) -> dict[str, Style]:
    """Role styles for a dark or a light background (every role has one)."""
    table = _DARK if dark else _LIGHT
    return {role: table.get(role, Style()) for role in ROLES}


class DiffView(ScrollView, can_focus=True):
    """Both columns of the comparison (or the inline view), wrapped to the pane and drawn row by row."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("space", "page_down", "Page down", show=False),
        Binding("b", "page_up", "Page up", show=False),
    ]

    DEFAULT_CSS = """
    DiffView {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
    }
    """

    class Clicked(Message):
        """A row was clicked: the section under the pointer."""

        def __init__(self, section: int | None) -> None:
            super().__init__()
            self.section = section

    class Relaid(Message):
        """The rows were wrapped again (new width, mode or folding)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.model: DocModel | None = None
        self.rows: Layout | None = None
        self.mode: Mode = "side"
        self.fold = False
        self.current: int | None = None
        self.search: Search | None = None
        self.search_current: int | None = None
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(2048)
        self._version = 0
        self._styles: dict[str, Style] = {}
        self._dark: bool | None = None
        self._pending: tuple[int, Mode, bool] | None = None
        self._text_chars = 0

    # ----------------------------------------------------------------- state

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.invalidate())

    def invalidate(self) -> None:
        """Forget rendered rows (after a change of current entry, search or theme)."""
        self._version += 1
        self._cache.clear()
        self.refresh()

    def content_width(self) -> int:
        """Cells available for the rows."""
        return max(1, self.scrollable_content_region.width)

    def set_model(self, model: DocModel, rows: Layout | None = None) -> None:
        """Show ``model`` (with ``rows`` already wrapped, when the caller did it off the event loop)."""
        self.model = model
        self._text_chars = sum(len(s.inline.text) for s in model.sections)
        if model.single:
            self.mode = "inline"
        self.current = None
        self.search = None
        if rows is not None and rows.width == self.content_width() and rows.mode == self.mode and rows.fold == self.fold:
            self._install(rows, None)
        else:
            self.relayout(keep=False)

    def configure(self, *, mode: Mode | None = None, fold: bool | None = None) -> None:
        """Change the view mode or the folding, keeping the reading position."""
        if mode is not None:
            self.mode = "inline" if self.model is not None and self.model.single else mode
        if fold is not None:
            self.fold = fold
        self.relayout()

    def relayout(self, *, keep: bool = True) -> None:
        """Wrap the model again for the current width, mode and folding."""
        if self.model is None:
            return
        width = self.content_width()
        if width <= 1:  # not laid out yet: on_resize will do it
            return
        anchor = self.rows.anchor(round(self.scroll_y)) if keep and self.rows is not None else None
        if self._text_chars > BIG_MODEL and self.rows is not None:
            self._pending = (width, self.mode, self.fold)
            model, mode, fold = self.model, self.mode, self.fold

            def work() -> None:
                rows = model.layout(width, mode, fold=fold)
                self.app.call_from_thread(self._install_if_current, rows, anchor)

            self.run_worker(work, thread=True, exclusive=True, group="layout")
            return
        self._install(self.model.layout(width, self.mode, fold=self.fold), anchor)

    def _install_if_current(self, rows: Layout, anchor: tuple[int, float] | None) -> None:
        if self._pending == (rows.width, rows.mode, rows.fold) or self._pending is None:
            self._pending = None
            self._install(rows, anchor)

    def _install(self, rows: Layout, anchor: tuple[int, float] | None) -> None:
        self.rows = rows
        if self.search is not None and self.search.mode != rows.mode and self.model is not None:
            self.search = self.model.search(self.search.query, rows.mode)
            self.search_current = None
        self.virtual_size = Size(rows.width, rows.total)
        if anchor is not None:
            self.scroll_to(y=rows.row_for_anchor(anchor), animate=False, immediate=True)
        self.invalidate()
        self.post_message(self.Relaid())

    def on_resize(self, event: events.Resize) -> None:
        self.relayout_if_stale()

    def relayout_if_stale(self) -> None:
        """Wrap again when the width or the mode changed since the last layout."""
        rows = self.rows
        if self.model is not None and (rows is None or rows.width != self.content_width() or rows.mode != self.mode):
            self.relayout()

    # ----------------------------------------------------------------- moving

    def scroll_to_row(self, row: int, *, animate: bool = False) -> None:
        """Bring ``row`` into view with a few rows of context above it."""
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if top + 2 <= row < top + height - 2:
            return
        self.scroll_to(y=max(0, row - max(2, height // 4)), animate=animate, immediate=not animate)

    def top_row(self) -> int:
        """First visible row."""
        return round(self.scroll_y)

    def row_visible(self, row: int) -> bool:
        """True when ``row`` is on screen."""
        top = self.top_row()
        return top <= row < top + self.scrollable_content_region.height

    def on_click(self, event: events.Click) -> None:
        if self.rows is None:
            return
        self.post_message(self.Clicked(self.rows.section_at(event.y + self.top_row())))

    # ----------------------------------------------------------------- drawing

    def _palette(self) -> dict[str, Style]:
        dark = self.app.current_theme.dark
        if dark != self._dark or not self._styles:
            self._dark = dark
            base = self.rich_style
            self._styles = {role: base + style for role, style in palette(dark).items()}
            self._styles["text"] = base
            self._cache.clear()
        return self._styles

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        styles = self._palette()
        row = y + self.top_row()
        if self.rows is None:
            return Strip.blank(width, self.rich_style)
        key = (row, self._version)
        cached = self._cache.get(key)
        if cached is not None and cached.cell_length == width:
            return cached
        spans = self.rows.line(row, current=self.current, search=self.search, search_current=self.search_current)
        strip = Strip([Segment(text, styles.get(role, styles["text"])) for text, role in spans])
        strip = strip.adjust_cell_length(width, self.rich_style)
        self._cache[key] = strip
        return strip

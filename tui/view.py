"""The comparison pane: a Line API widget that draws both columns of a row together.

Only the visible rows are rendered (``render_line``); the rows come from
``tui.model.Rows`` and every span is a plain string with an explicit style, so
article text is never parsed as markup. The first rows of a large model come
before the rest (``Rows.complete`` false): once they are drawn, the view lays the
whole model out in a worker thread and puts it in place, the reading position and
a change chosen meanwhile kept.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
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

from tui.markdown import MD_ROLES, split
from tui.model import DocModel, kept
from tui.roles import ROLES, Mode
from tui.rows import Rows
from tui.sections import Search

BIG_MODEL = 1_500_000
"""Above this many characters (of the longer document), re-wrapping runs in a worker thread."""

def role_class(role: str) -> str:
    """The component class that styles ``role`` (its colours are in ``tui/roles.tcss``)."""
    return "role--" + role.replace("_", "-")


class DiffView(ScrollView, can_focus=True):
    """Both columns of the comparison (or the inline view), wrapped to the pane and drawn row by row."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # The tooltip is the line of the help screen; the arrows, PgDn/PgUp and Home/End
        # are the ones ScrollView binds already, repeated here to be described.
        Binding("j", "scroll_down", "Down", show=False, tooltip="scroll one line"),
        Binding("k", "scroll_up", "Up", show=False, tooltip="scroll one line"),
        Binding("down", "scroll_down", "Scroll Down", show=False, tooltip="scroll one line"),
        Binding("up", "scroll_up", "Scroll Up", show=False, tooltip="scroll one line"),
        Binding("pagedown", "page_down", "Page Down", show=False, tooltip="scroll one page"),
        Binding("pageup", "page_up", "Page Up", show=False, tooltip="scroll one page"),
        Binding("space", "page_down", "Page down", show=False, tooltip="scroll one page"),
        Binding("b", "page_up", "Page up", show=False, tooltip="scroll one page"),
        Binding("home", "scroll_home", "Scroll Home", show=False, tooltip="go to the top / bottom"),
        Binding("end", "scroll_end", "Scroll End", show=False, tooltip="go to the top / bottom"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {role_class(role) for role in ROLES + MD_ROLES}

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
        self.rows: Rows | None = None
        self.mode: Mode = "side"
        self.fold = False
        self.current: int | None = None
        self.search: Search | None = None
        self.search_current: int | None = None
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(2048)
        self._version = 0
        self._styles: dict[str, Style] = {}
        self._generation = 0
        """Counts the layouts asked for: a worker's rows are installed only if none was asked since."""
        self._follow: tuple[Callable[[Rows], int], int] | None = None
        """A row to bring into view again once the rows are complete, and the top row then."""
        self._waiting = False
        """True while a worker thread wraps the model."""

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

    def set_model(self, model: DocModel, rows: Rows | None = None) -> None:
        """Show ``model`` (with ``rows`` already wrapped, when the caller did it off the event loop)."""
        self.model = model
        self._generation += 1
        self._follow = None
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

    def relayout(self, *, keep: bool = True, background: bool = False) -> None:
        """Wrap the model again for the current width, mode and folding (in a worker thread for a
        large model, or with ``background``)."""
        if self.model is None:
            return
        width = self.content_width()
        if width <= 1:  # not laid out yet: on_resize will do it
            return
        self._generation += 1
        if (background or self.model.chars > BIG_MODEL) and self.rows is not None:
            model, mode, fold, generation = self.model, self.mode, self.fold, self._generation

            def work() -> None:
                # Completing a first screen builds the text of every section, kept while shown.
                with kept() if background else nullcontext():
                    rows = model.layout(width, mode, fold=fold)
                self.app.call_from_thread(self._install_if_current, rows, generation, keep)

            self._waiting = True
            self.run_worker(work, thread=True, exclusive=True, group="layout")
            return
        anchor = self.rows.anchor(self.top_row()) if keep and self.rows is not None else None
        self._install(self.model.layout(width, self.mode, fold=self.fold), anchor)

    def _install_if_current(self, rows: Rows, generation: int, keep: bool) -> None:
        if generation == self._generation and rows.model is self.model:
            self._install(rows, self.rows.anchor(self.top_row()) if keep and self.rows is not None else None)

    def _install(self, rows: Rows, anchor: tuple[int, float] | None) -> None:
        follow, self._follow = self._follow, None
        self._waiting = False
        moved = follow is not None and follow[1] != self.top_row()  # scrolled since: the reader's place wins
        self.rows = rows
        if self.search is not None and self.search.mode != rows.mode and self.model is not None:
            self.search = self.model.search(self.search.query, rows.mode)
            self.search_current = None
        self.virtual_size = Size(rows.width, rows.total)
        if anchor is not None:
            self.scroll_to(y=rows.row_for_anchor(anchor), animate=False, immediate=True)
        if follow is not None and not moved and rows.complete:
            self.scroll_to_row(follow[0](rows))
        self.invalidate()
        self.post_message(self.Relaid())
        if not rows.complete:  # the first screen of a large model: the rest once it is drawn
            self.call_after_refresh(self._complete)

    def _complete(self) -> None:
        if self.rows is not None and not self.rows.complete:
            self.relayout(background=True)

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

    def scroll_to_target(self, where: Callable[[Rows], int]) -> None:
        """Bring row ``where(rows)`` into view; while the rows are not complete (their later heights
        estimated) or a worker thread wraps them again, once more when they come, unless the reader
        scrolled in between."""
        if self.rows is None:
            return
        self.scroll_to_row(where(self.rows))
        self._follow = (where, self.top_row()) if self._waiting or not self.rows.complete else None

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

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}  # the theme (or the CSS) changed: read the role styles again
        self._cache.clear()

    def role_style(self, role: str) -> Style:
        """The style of ``role`` in the current theme (without the widget's own colours)."""
        return self.get_component_rich_style(role_class(role), partial=True)

    def _palette(self) -> dict[str, Style]:
        if not self._styles:
            base = self.rich_style
            self._styles = {role: base + self.role_style(role) for role in ROLES}
            self._styles["text"] = base
            self._cache.clear()
        return self._styles

    def _style(self, styles: dict[str, Style], role: str) -> Style:
        """The style of ``role``; a role with Markdown styles (``ins_word+md_markup``) is the
        Markdown style under the diff role's colours, with the Markdown attributes kept."""
        style = styles.get(role)
        if style is None:
            base, md = split(role)
            if not md:
                return styles["text"]
            md_style = Style.combine(self.role_style(r) for r in md)
            diff = self.role_style(base) if base in styles and base != "text" else Style()
            style = styles[role] = self.rich_style + md_style + diff + md_style.without_color
        return style

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
        strip = Strip([Segment(text, self._style(styles, role)) for text, role in spans])
        strip = strip.adjust_cell_length(width, self.rich_style)
        self._cache[key] = strip
        return strip

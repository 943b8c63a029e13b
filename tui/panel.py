"""The side panel: every change with its kind and date, filterable by kind.

The list is a Line API widget (two rows per entry, drawn only when visible), so
a comparison with thousands of changes opens as fast as one with ten.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Select, Static

from tui.entries import Entry
from tui.roles import KINDS

FILTER_NAMES: dict[str, str] = {
    "all": "All changes",
    "annotation": "Annotations",
    "silent": "Silent changes",  # every undisclosed change, silent moves included
    "addition": "Additions",
    "deletion": "Deletions",
    "edit": "Edits",
    "move": "Moves",
    "frame": "Framing",
}

_MARK = {"annotation": "*", "addition": "+", "deletion": "-", "edit": "\u00b1", "move": "\u2194", "frame": "~"}
_STYLE = {
    "annotation": "bold #2f7fd0", "addition": "bold green", "deletion": "bold red", "edit": "bold yellow",
    "move": "bold #af87ff", "frame": "bold #d7af5f",
}
ROWS_PER_ENTRY = 2


def _clip(text: str, width: int) -> str:
    return text if cell_len(text) <= width else set_cell_size(text, max(0, width - 1)) + "\u2026"


def entry_lines(e: Entry, width: int = 34) -> tuple[Text, Text]:
    """The two rows of ``e`` (each at most ``width`` cells): mark, kind, SILENT or date, paragraph; a snippet.

    Built with explicit styles: the snippet is article text and is never markup.
    """
    head = Text()
    if e.silent:
        head.append("!", style="bold white on #c0003c")
    else:
        head.append(_MARK.get(e.kind, "?"), style=_STYLE.get(e.kind, ""))
    head.append(f" {e.title.replace('annotation ', 'note ')}", style="bold")
    if e.silent:
        head.append(" SILENT", style="bold white on #c0003c")
    if e.date is not None:
        head.append(f" {e.date.value}", style="bold #2f7fd0")
    elif e.kind == "annotation":
        head.append(" no date", style="dim")
    if e.paragraph is not None:
        head.append(f" \u00b6{e.paragraph}", style="dim")
    if e.disclosed_by:  # the change -> note half of the link ("by note 4")
        head.append(" by " + ",".join(x.replace("n", "note ", 1) for x in e.disclosed_by), style="dim italic")
    head.truncate(width, overflow="ellipsis")
    body = Text("  ")
    body.append(_clip(e.snippet, width - 2), style="italic")
    return head, body


def entry_prompt(e: Entry, width: int = 34) -> Text:
    """Both rows of ``e`` as one ``Text``."""
    head, body = entry_lines(e, width)
    return Text("\n").join([head, body])


class EntryList(ScrollView, can_focus=True):
    """The list of changes, two rows each; the cursor follows the keys and the mouse."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("pagedown", "cursor_page_down", "Page down", show=False),
        Binding("pageup", "cursor_page_up", "Page up", show=False),
        Binding("home", "cursor_first", "First", show=False),
        Binding("end", "cursor_last", "Last", show=False),
        Binding("enter", "select", "Go", show=False),
    ]

    DEFAULT_CSS = """
    EntryList {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
    }
    EntryList > .entry-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    EntryList:blur > .entry-list--cursor {
        background: $block-cursor-blurred-background;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"entry-list--cursor"}

    class Highlighted(Message):
        """The cursor moved to entry ``entry`` (an index into the model's entries)."""

        def __init__(self, entry: int) -> None:
            super().__init__()
            self.entry = entry

    class Selected(Message):
        """Entry ``entry`` was chosen (Enter or a click)."""

        def __init__(self, entry: int) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []
        self.highlighted: int | None = None
        self._cache: LRUCache[tuple[int, int, bool, int], Strip] = LRUCache(512)
        self._version = 0

    @property
    def count(self) -> int:
        """Number of entries listed."""
        return len(self.entries)

    def set_entries(self, entries: list[Entry]) -> None:
        """List ``entries`` (the cursor goes back to none)."""
        self.entries = entries
        self.highlighted = None
        self._version += 1
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, ROWS_PER_ENTRY * len(entries))
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def position_of(self, entry: int) -> int | None:
        """Position in the list of model entry ``entry`` (``None`` when filtered out)."""
        for k, e in enumerate(self.entries):
            if e.index == entry:
                return k
        return None

    def prompt(self, position: int) -> str:
        """Plain text of the entry at ``position`` (for tests)."""
        head, body = entry_lines(self.entries[position], max(8, self.scrollable_content_region.width))
        return f"{head.plain}\n{body.plain}"

    def move_to(self, position: int | None, *, announce: bool = True) -> None:
        """Put the cursor on ``position`` and bring it into view."""
        if position is not None:
            position = max(0, min(position, len(self.entries) - 1)) if self.entries else None
        if position == self.highlighted:
            return
        self.highlighted = position
        self._version += 1
        self.refresh()
        if position is None:
            return
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        row = ROWS_PER_ENTRY * position
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row + ROWS_PER_ENTRY > top + height:
            self.scroll_to(y=row + ROWS_PER_ENTRY - height, animate=False, immediate=True)
        if announce:
            self.post_message(self.Highlighted(self.entries[position].index))

    def action_cursor_down(self) -> None:
        self.move_to(0 if self.highlighted is None else self.highlighted + 1)

    def action_cursor_up(self) -> None:
        self.move_to(0 if self.highlighted is None else self.highlighted - 1)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROWS_PER_ENTRY)

    def action_cursor_page_down(self) -> None:
        self.move_to((self.highlighted or 0) + self._page())

    def action_cursor_page_up(self) -> None:
        self.move_to((self.highlighted or 0) - self._page())

    def action_cursor_first(self) -> None:
        self.move_to(0)

    def action_cursor_last(self) -> None:
        self.move_to(len(self.entries) - 1)

    def action_select(self) -> None:
        if not self.entries:
            return
        if self.highlighted is None:  # Enter before any cursor move: the first change
            self.move_to(0, announce=False)
        assert self.highlighted is not None
        self.post_message(self.Selected(self.entries[self.highlighted].index))

    def on_click(self, event: events.Click) -> None:
        position = (event.y + round(self.scroll_y)) // ROWS_PER_ENTRY
        if 0 <= position < len(self.entries):
            self.move_to(position, announce=False)
            self.post_message(self.Selected(self.entries[position].index))

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, ROWS_PER_ENTRY * len(self.entries))
        self._cache.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y + round(self.scroll_y)
        position, part = divmod(row, ROWS_PER_ENTRY)
        base = self.rich_style
        if not 0 <= position < len(self.entries):
            return Strip.blank(width, base)
        current = position == self.highlighted
        key = (row, width, current, self._version)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if current:
            base = base + self.get_component_rich_style("entry-list--cursor")
        text = entry_lines(self.entries[position], width)[part]
        segments = [
            Segment(seg.text, base + seg.style if seg.style else base)
            for seg in text.render(self.app.console)
            if seg.text
        ]
        strip = Strip(segments).adjust_cell_length(width, base)
        self._cache[key] = strip
        return strip


class ChangePanel(Vertical):
    """Filter and list of changes; highlighting or choosing an entry posts ``Chosen``."""

    DEFAULT_CSS = """
    ChangePanel {
        width: 38;
        border-left: solid $primary-darken-2;
    }
    ChangePanel > #panel-title {
        height: 1;
        padding: 0 1;
        text-style: bold;
        background: $boost;
    }
    ChangePanel > Select {
        margin: 0;
    }
    ChangePanel > EntryList {
        height: 1fr;
    }
    """

    class Chosen(Message):
        """The user highlighted (``select=False``) or chose (``select=True``) entry ``entry``."""

        def __init__(self, entry: int, select: bool) -> None:
            super().__init__()
            self.entry = entry
            self.select = select

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []
        self.kind: str | None = None
        self._values: set[str] = {"all"}

    def compose(self) -> ComposeResult:
        yield Static("Changes", id="panel-title")
        yield Select(
            [(name, key) for key, name in FILTER_NAMES.items()], value="all", allow_blank=False, compact=True,
            id="filter",
        )
        yield EntryList(id="entries")

    @property
    def entry_list(self) -> EntryList:
        """The list widget."""
        return self.query_one(EntryList)

    def set_entries(self, entries: list[Entry]) -> None:
        """Show ``entries`` (and the count per kind in the filter)."""
        self.entries = entries
        counts = {k: sum(1 for e in entries if e.matches(k)) for k in KINDS}
        select: Select[str] = self.query_one(Select)
        options = [(f"{FILTER_NAMES['all']} ({len(entries)})", "all")] + [
            (f"{FILTER_NAMES[k]} ({counts[k]})", k) for k in KINDS
        ]
        self._values = {v for _, v in options}
        with self.prevent(Select.Changed):
            select.set_options(options)
            select.value = self.kind or "all"
        self._fill()

    def _fill(self) -> None:
        shown = [e for e in self.entries if e.matches(self.kind)]
        self.entry_list.set_entries(shown)
        self._title()

    def _title(self) -> None:
        """The panel's title: the filter and its count; the filter's keys while it has focus."""
        name = FILTER_NAMES[self.kind or "all"]
        title = Text(f"{name}: {self.entry_list.count}", style="bold")
        if self.query_one(Select).has_focus:
            title.append("  Enter: choose", style="italic")
        self.query_one("#panel-title", Static).update(title)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._title()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        self._title()

    def set_width(self, width: int) -> None:
        """Make the panel ``width`` cells wide."""
        self.styles.width = width

    def set_filter(self, kind: str | None) -> None:
        """Show only entries of ``kind`` (``silent`` for silent edits, ``None`` for all)."""
        if kind not in (None, *KINDS):
            raise ValueError(kind)
        self.kind = kind
        select: Select[str] = self.query_one(Select)
        with self.prevent(Select.Changed):
            select.value = kind if kind in self._values else "all"
        self._fill()

    def cycle_filter(self) -> str | None:
        """Move to the next filter that has entries; returns it."""
        order: list[str | None] = [None, *KINDS]
        k = order.index(self.kind)
        for step in range(1, len(order) + 1):
            cand = order[(k + step) % len(order)]
            if cand is None or any(e.matches(cand) for e in self.entries):
                self.set_filter(cand)
                return cand
        return None  # pragma: no cover

    def show_entry(self, index: int) -> None:
        """Put the cursor on model entry ``index`` without posting ``Chosen`` (no-op when filtered out)."""
        lst = self.entry_list
        pos = lst.position_of(index)
        if pos is not None:
            lst.move_to(pos, announce=False)

    @on(Select.Changed, "#filter")
    def _filter_changed(self, event: Select.Changed) -> None:
        value = event.value
        self.kind = None if value == "all" or not isinstance(value, str) else value
        self._fill()
        if event.select.has_focus_within:  # chosen from its menu: the list is what one reads next
            self.call_after_refresh(self.entry_list.focus)

    @on(EntryList.Highlighted)
    def _highlighted(self, event: EntryList.Highlighted) -> None:
        self.post_message(self.Chosen(event.entry, select=False))

    @on(EntryList.Selected)
    def _selected(self, event: EntryList.Selected) -> None:
        self.post_message(self.Chosen(event.entry, select=True))

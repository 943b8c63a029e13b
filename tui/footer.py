"""The footer, fitted to the terminal: the keys that fit, and ``? Help`` always among them.

Textual's ``Footer`` shows every binding with ``show=True`` and lets the last
ones fall off the right edge, so at 80 columns ``? Help`` (the last binding,
the way to every other key) was the first to go. ``KeyFooter`` leaves out the
keys a newcomer needs least until the rest fits; the keys left out still work
and are on the help screen and in the command palette.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

PALETTE_CELLS = 14
"""Cells taken by the command palette key on the right (``▏^p palette``)."""


def key_cells(key: FooterKey) -> int:
    """Cells ``key`` takes in the (non-compact) footer: `` k `` and ``description ``."""
    return cell_len(key.key_display) + 2 + (cell_len(key.description) + 1 if key.description else 0)


class KeyFooter(Footer):
    """A ``Footer`` that drops its least needed keys first when the terminal is narrow."""

    DROP_ORDER: ClassVar[tuple[str, ...]] = (
        "open_origin", "next_step", "export", "toggle_fold", "toggle_inline", "previous_change", "search", "next_silent",
        "next_annotation", "next_change", "previous_step", "quit",
    )
    """Actions left out of the footer, first to last, until the rest fits (``help`` never is)."""

    def __init__(self) -> None:
        super().__init__()
        self._width = 0

    def compose(self) -> ComposeResult:
        shown: list[Widget] = list(super().compose())
        width = self.size.width or self.app.size.width
        self._width = width
        keys = [w for w in shown if isinstance(w, FooterKey) and not w.has_class("-command-palette")]
        room = width - (PALETTE_CELLS if len(keys) < len(shown) else 0)
        used = sum(key_cells(k) for k in keys)
        for action in self.DROP_ORDER:
            if used <= room:
                break
            for k in [k for k in keys if k.action == action]:
                keys.remove(k)
                shown.remove(k)
                used -= key_cells(k)
        yield from shown

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.call_after_refresh(self.recompose)

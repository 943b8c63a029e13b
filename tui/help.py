"""The help screen: every key, and what the marks and colours mean.

The key list is generated from the ``BINDINGS`` of the app and of the text pane
(the help line of a binding is its ``tooltip``; bindings sharing one are listed
on one line, ``n / p``), so a key cannot be added without its help. Only the
keys Textual itself provides (Tab, the command palette) and the mouse are
described here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.view import DiffView

_KEY_NAMES = {
    "slash": "/", "right_square_bracket": "]", "left_square_bracket": "[", "question_mark": "?",
    "space": "Space", "down": "\u2193", "up": "\u2191", "pagedown": "PgDn", "pageup": "PgUp",
    "home": "Home", "end": "End", "escape": "Esc", "tab": "Tab", "less_than_sign": "<", "greater_than_sign": ">",
}

TEXTUAL_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab / Shift+Tab", "the text \u2192 the list of changes \u2192 its filter (Enter: its menu)"),
    ("mouse", "wheel scrolls; a click picks the change under the pointer or in the panel"),
    ("Ctrl+P", "command palette (every action by name)"),
)
"""Keys that Textual binds (and the mouse): not in this project's ``BINDINGS``."""

MARKS: tuple[tuple[str, str, str], ...] = (
    ("!", "label_silent", "silent edit: a change no annotation discloses"),
    ("*", "label_note", "annotation inserted by the republisher, with the date it was added"),
    ("~", "label_frame", "framing: new introduction or the republication marker"),
    ("-", "g_del", "text only in the original (struck through)"),
    ("+", "g_ins", "text only in the republished version (underlined)"),
    ("\u00b1", "g_mix", "inline view: a line with both deleted and inserted words"),
    ("\u2192 \u2190", "g_move", "a moved passage: where it was (\u2192) and where it went (\u2190)"),
)


def _key_name(key: str) -> str:
    return _KEY_NAMES.get(key, key.upper() if key.startswith("f") and key[1:].isdigit() else key)


def key_lines(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """``(keys, help)`` lines of ``bindings`` that have a tooltip, keys of one tooltip together.

    >>> key_lines([Binding("j", "down", tooltip="scroll"), Binding("k", "up", tooltip="scroll"),
    ...            Binding("down", "down", tooltip="scroll"), Binding("up", "up", tooltip="scroll"),
    ...            Binding("question_mark,f1", "help", tooltip="help"), Binding("x", "x")])
    [('j / k, ↓ / ↑', 'scroll'), ('? / F1', 'help')]
    """
    keys: dict[str, list[str]] = {}
    for b in bindings:
        if isinstance(b, Binding) and b.tooltip:
            keys.setdefault(b.tooltip, []).extend(_key_name(k.strip()) for k in b.key.split(","))
    return [
        (", ".join(" / ".join(ks[i : i + 2]) for i in range(0, len(ks), 2)), what) for what, ks in keys.items()
    ]


def help_text(app: App[object], view: DiffView) -> Text:
    """The help of ``app`` as a ``Text`` built with explicit styles (no markup); marks styled as ``view`` shows them."""
    out = Text()
    out.append("annotate \u2014 review a republished article\n\n", style="bold")
    out.append("Keys\n", style="bold underline")
    lines = key_lines(type(app).BINDINGS) + key_lines(DiffView.BINDINGS) + list(TEXTUAL_KEYS)
    for keys, what in lines:
        out.append(f"  {keys:<24}", style="bold")
        out.append(f"{what}\n")
    out.append("\nMarks in the gutter (colour is never the only signal)\n", style="bold underline")
    for mark, role, what in MARKS:
        out.append("  ")
        out.append(f" {mark:^3} ", style=view.role_style(role))
        out.append(f"  {what}\n")
    out.append(
        "\nThe left column is the original, the right one the republished version; rows are kept in step,\n"
        "and a passage that exists on one side only faces a blank. Labels above a passage name the change\n"
        "and, for annotations, the date it was added.\n"
    )
    note: str = getattr(app, "HELP_NOTE", "")
    if note:
        out.append(f"\n{note}\n")
    out.append("\nEsc, q or ? closes this screen.", style="italic")
    return out


class HelpScreen(ModalScreen[None]):
    """A modal list of keys and marks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close"),
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > VerticalScroll {
        width: 90%;
        max-width: 110;
        height: 90%;
        border: thick $primary;
        background: $surface;
        padding: 1 2;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(help_text(self.app, self.app.query_one(DiffView)), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)

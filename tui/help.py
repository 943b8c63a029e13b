"""The help screen: every key, and what the marks and colours mean."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, str], ...] = (
    ("n / p", "next / previous change"),
    ("a / A", "next / previous annotation"),
    ("s / S", "next / previous silent (undisclosed) edit"),
    ("/", "search (Enter: keep the matches highlighted, Esc: clear)"),
    ("] / [", "next / previous search match"),
    ("i", "inline view / side-by-side columns"),
    ("f", "fold / unfold unchanged passages"),
    ("e", "export the HTML report"),
    ("c", "cycle the changes panel filter (all, annotations, silent edits, …)"),
    ("l", "show / hide the changes panel"),
    ("Tab", "move between the text and the changes panel"),
    ("j / k, \u2193 / \u2191", "scroll one line"),
    ("PgDn / PgUp, Space / b", "scroll one page"),
    ("Home / End", "go to the top / bottom"),
    ("mouse", "wheel scrolls; a click picks the change under the pointer or in the panel"),
    ("t", "light / dark theme"),
    ("Ctrl+P", "command palette (every action by name)"),
    ("? / F1", "this help"),
    ("q", "quit"),
)

MARKS: tuple[tuple[str, str, str], ...] = (
    ("!", "label_silent", "silent edit: a change no annotation discloses"),
    ("*", "label_note", "annotation inserted by the republisher, with the date it was added"),
    ("~", "label_frame", "framing: new introduction or the republication marker"),
    ("-", "g_del", "text only in the original (struck through)"),
    ("+", "g_ins", "text only in the republished version (underlined)"),
    ("\u00b1", "g_mix", "inline view: a line with both deleted and inserted words"),
    ("\u2192 \u2190", "g_move", "a moved passage: where it was (\u2192) and where it went (\u2190)"),
)


def help_text() -> Text:
    """The help as a ``Text`` built with explicit styles (no markup)."""
    out = Text()
    out.append("annotate \u2014 review a republished article\n\n", style="bold")
    out.append("Keys\n", style="bold underline")
    for keys, what in KEYS:
        out.append(f"  {keys:<24}", style="bold")
        out.append(f"{what}\n")
    out.append("\nMarks in the gutter (colour is never the only signal)\n", style="bold underline")
    from tui.view import palette

    styles = palette(dark=True)
    for mark, role, what in MARKS:
        out.append("  ")
        out.append(f" {mark:^3} ", style=styles[role])
        out.append(f"  {what}\n")
    out.append(
        "\nThe left column is the original, the right one the republished version; rows are kept in step,\n"
        "and a passage that exists on one side only faces a blank. Labels above a passage name the change\n"
        "and, for annotations, the date it was added.\n"
    )
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
            yield Static(help_text(), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)

"""What the app offers besides keys: the command palette's entries and the HTML export.

The palette lists every action by name (with its key), and one "Panel: …"
command per filter; the export writes ``annotate.render.html``'s report next to
the revised input (never over an input), in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.markup import escape as markup_escape

from annotate.errors import AnnotateError
from annotate.model import Comparison
from annotate.render.text import visible
from tui.panel import FILTER_NAMES
from tui.roles import KINDS, Mode

if TYPE_CHECKING:
    from tui.app import AnnotateApp


def export_target(export_path: str | None, paths: tuple[str | None, str] | None) -> str:
    """Where ``e`` writes the HTML report: ``export_path``, else a new name next to the revised input."""
    if export_path:
        return export_path
    from annotate.output import report_beside

    return report_beside(paths[1] if paths else None)


def html_renderer() -> Callable[..., str] | None:
    """``annotate.render.html.render_html``, or ``None`` when this version of annotate has none."""
    try:
        from annotate.render import html as module
    except ImportError:
        return None
    render: Callable[..., str] | None = getattr(module, "render_html", None)
    return render


def write_report(
    render: Callable[..., str], c: Comparison, mode: Mode, target: str, inputs: tuple[str, ...]
) -> tuple[str, bool]:
    """Write the report of ``c`` to ``target`` (never over one of ``inputs``): the message to show, and success."""
    from annotate.output import write_output

    try:
        page = render(c, view=mode)
        write_output(target, page, inputs=inputs)
    except (AnnotateError, OSError) as exc:
        return visible(f"export failed: {exc}"), False
    return f"HTML report written to {visible(target)}", True


def palette_commands(app: AnnotateApp) -> Iterator[SystemCommand]:
    """The app's own commands in the command palette, each naming its key."""
    commands: list[tuple[str, str, Callable[[], object]]] = [
        ("Next change", "Go to the next change (n)", app.action_next_change),
        ("Previous change", "Go to the previous change (p)", app.action_previous_change),
        ("Next annotation", "Go to the next annotation (a)", app.action_next_annotation),
        ("Previous annotation", "Go to the previous annotation (A)", app.action_previous_annotation),
        ("Next silent edit", "Go to the next undisclosed change (s)", app.action_next_silent),
        ("Previous silent edit", "Go to the previous undisclosed change (S)", app.action_previous_silent),
        ("Search", "Search the text (/)", app.action_search),
        ("Next match", "Go to the next search match (])", app.action_next_match),
        ("Previous match", "Go to the previous search match ([)", app.action_previous_match),
        ("Clear search", "Remove the search highlighting (Esc)", app.action_clear_search),
        ("Toggle inline / side by side", "Switch the view (i)", app.action_toggle_inline),
        ("Fold / unfold unchanged passages", "Hide the passages that did not change (f)", app.action_toggle_fold),
        ("Export HTML report", f"Write {markup_escape(app.export_target())} (e)", app.action_export),
        ("Show / hide the changes panel", "The list of changes (l)", app.action_toggle_panel),
        ("Cycle the panel filter", "All, annotations, silent edits, \u2026 (c)", app.action_cycle_filter),
        ("Toggle light / dark theme", "(t)", app.action_toggle_theme),
        ("Help", "Keys and marks (?)", app.action_help),
    ]
    for title, help_text, callback in commands:
        yield SystemCommand(title, help_text, callback)
    for kind in (None, *KINDS):
        name = FILTER_NAMES[kind or "all"]
        yield SystemCommand(f"Panel: {name}", f"List only {name.lower()}", _bind_filter(app, kind))


def _bind_filter(app: AnnotateApp, kind: str | None) -> Callable[[], None]:
    def apply() -> None:
        app.set_filter(kind)

    return apply

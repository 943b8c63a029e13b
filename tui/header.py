"""The two lines above the text: the summary of the comparison and the titles of the columns.

Both are rebuilt from the model whenever it, the current change, the view mode
or the width changes; they are ``Text`` with explicit styles, since file names
and titles are input and must never be read as markup.
"""

from __future__ import annotations

import os

from rich.style import Style
from rich.text import Text

from annotate.model import DateInfo, Document
from annotate.render.text import visible
from tui.entries import Entry
from tui.model import DocModel
from tui.roles import Mode


def name(doc: Document) -> str:
    """The file name of ``doc`` as shown (control characters made visible)."""
    return visible(os.path.basename(doc.source) or doc.source)


def _date(d: DateInfo | None) -> str:
    return "date unknown" if d is None else f"{d.value} ({d.basis})"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def summary_text(model: DocModel | None, comparing: bool, current: Entry | None, silent: Style) -> Text:
    """The summary line: counts of each kind of change and the position of ``current``.

    ``comparing``: two documents (not one read alone); ``silent``: the style of the silent-edit count.
    """
    t = Text()
    t.append(" annotate ", style="bold reverse")
    t.append(" ")
    if model is None:
        t.append("comparing\u2026" if comparing else "reading the notes\u2026", style="italic")
        return t
    if model.comparison is not None:
        s = model.comparison.summary
        t.append(_plural(s.annotations, "annotation"), style="bold")
        t.append(" \u00b7 ")
        t.append(f"! {_plural(s.silent_edits, 'silent edit')}", style=silent if s.silent_edits else "")
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
    if current is not None:
        t.append(f"   [{current.index + 1}/{len(model.entries)}]", style="bold")
    return t


def _doc_part(label: str, doc: Document, date: DateInfo | None) -> Text:
    part = Text()
    part.append(f"{label} ", style="bold reverse")
    part.append(f" {name(doc)}", style="bold")
    if doc.title:
        part.append(f" \u2014 {visible(doc.title)}")
    part.append(f" \u00b7 {_date(date)}", style="italic")
    return part


def colhead_text(model: DocModel | None, a: Document | None, b: Document, mode: Mode, width: int) -> Text:
    """The titles above the text: each document's name, title and date, over its column in ``side`` mode."""
    t = Text()
    rev_date = model.comparison.revised_date if model and model.comparison else b.date
    orig_date = model.comparison.original_date if model and model.comparison else (a.date if a is not None else None)
    if model is not None and model.notes is not None:
        rev_date = model.notes.date
        orig_date = model.notes.original_date
    if a is None:
        t.append_text(_doc_part("REPUBLISHED", b, rev_date))
        if orig_date is not None:
            t.append(f" \u00b7 first published {_date(orig_date)}", style="italic")
    elif mode == "side":
        left_w = (width - 1) // 2
        left = _doc_part("ORIGINAL", a, orig_date)
        left.truncate(left_w, overflow="ellipsis", pad=True)
        t.append_text(left)
        t.append("\u2502")
        right = _doc_part("REPUBLISHED", b, rev_date)
        right.truncate(max(1, width - left_w - 1), overflow="ellipsis")
        t.append_text(right)
    else:
        t.append_text(_doc_part("ORIGINAL", a, orig_date))
        t.append("  \u2192  ")
        t.append_text(_doc_part("REPUBLISHED", b, rev_date))
        t.append("  (inline: -deleted +inserted)", style="dim")
    return t

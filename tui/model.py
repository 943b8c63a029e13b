"""The display model of the TUI: a ``Comparison`` (or ``Notes``) as sections and entries, apart from any widget.

The model only *reads* an ``annotate`` ``Comparison`` (or ``Notes`` for a
republished version alone); it never diffs. ``build_model`` turns the
comparison's shared layout (``annotate.render.layout``, the rows of the other
reports) into ``Section`` values (``tui.sections``: one aligned row of passages,
both sides plus the inline view) and ``Entry`` values
(``tui.entries``: one per change, with the labels above sections), then
``DocModel.layout`` wraps every section to a pane width and keeps both sides in
step, giving ``Rows`` (``tui.rows``) of numbered display rows.
``Rows.line(y)`` returns the styled spans of one row, so the widget only draws
what is visible.

Styles are *roles* (``tui.roles``: ``"ins_word"``, ``"note"``…); the view maps
roles to colours, so the same model serves the light and the dark theme. Article
text goes through ``annotate.render.text.visible`` (control characters shown as
escapes) and is never interpreted as markup.

>>> from annotate import compare
>>> m = build_model(compare("The sky is blue.\\n\\nIt rained.", "The sky is green.\\n\\nIt rained.\\n\\n[Update: dry.]"))
>>> lay = m.layout(60, "side", fold=False)
>>> for y in range(3):
...     print(lay.plain(y))
  !! SILENT: 1 undisclosed change (edit)
! The sky is blue.           │! The sky is green.
                             │
"""

from __future__ import annotations

from annotate.model import Comparison, Notes
from annotate.render.layout import build_layout
from tui.entries import Entry, attach_labels, comparison_entries, notes_entries
from tui.roles import FRAME, MARKER, NOTE, SILENT_DEL, SILENT_INS, Mode, layer
from tui.rows import Rows
from tui.sections import Builder, Search, Section, search


class DocModel:
    """Sections and entries of a comparison (or of one document), ready to lay out."""

    def __init__(
        self, sections: list[Section], entries: list[Entry], *, single: bool,
        comparison: Comparison | None, notes: Notes | None,
    ) -> None:
        self.sections = sections
        self.entries = entries
        self.single = single
        self.comparison = comparison
        self.notes = notes

    def layout(self, width: int, mode: Mode, *, fold: bool) -> Rows:
        """Rows of the model wrapped to ``width`` cells."""
        return Rows(self, width, "inline" if self.single else mode, fold)

    def search(self, query: str, mode: Mode) -> Search:
        """Case-insensitive matches of ``query`` in the text shown in ``mode``."""
        return search(self.sections, query, "inline" if self.single else mode)

    def foldable(self, i: int) -> bool:
        """True when section ``i`` holds nothing to review (hidden when folding)."""
        s = self.sections[i]
        return s.kind == "equal" or (s.kind == "passage" and not s.entries)


def build_model(c: Comparison) -> DocModel:
    """The display model of comparison ``c``."""
    silent_a = [(ch.original.start, ch.original.end) for ch in c.changes if ch.silent and ch.original]
    silent_b = [(ch.revised.start, ch.revised.end) for ch in c.changes if ch.silent and ch.revised]
    frames = [(f.start, f.end) for f in c.frames if not f.marker]
    markers = [(f.start, f.end) for f in c.frames if f.marker]
    notes = [(n.start, n.end) for n in c.annotations]
    bld = Builder(
        c.original, c.revised,
        [layer(silent_a, SILENT_DEL)],
        [layer(silent_b, SILENT_INS), layer(frames, FRAME), layer(markers, MARKER), layer(notes, NOTE)],
    )
    bld.rows(build_layout(c, steps=True))
    entries = comparison_entries(c, bld.sections, markers)
    attach_labels(bld.sections, entries)
    return DocModel(bld.sections, entries, single=False, comparison=c, notes=None)


def build_notes_model(n: Notes) -> DocModel:
    """The display model of a republished version read alone."""
    frames = [(f.start, f.end) for f in n.frames if not f.marker]
    markers = [(f.start, f.end) for f in n.frames if f.marker]
    notes = [(x.start, x.end) for x in n.annotations]
    bld = Builder(None, n.document, [], [layer(frames, FRAME), layer(markers, MARKER), layer(notes, NOTE)])
    bld.passages()
    entries = notes_entries(n, bld.sections)
    attach_labels(bld.sections, entries)
    return DocModel(bld.sections, entries, single=True, comparison=None, notes=n)

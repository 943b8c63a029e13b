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

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from annotate.model import Comparison, Notes
from tui.entries import Entry, attach_labels, comparison_entries, notes_entries
from tui.roles import FRAME, MARKER, NOTE, SILENT_DEL, SILENT_INS, Mode, layer
from tui.rows import Rows
from tui.sections import Builder, Search, Section, search

LAZY_MODEL = 300_000
"""Above this many characters, the first screen is shown before the whole model is wrapped."""


@contextmanager
def kept() -> Iterator[None]:
    """Build what the app keeps while it shows it (a model, its rows) without collecting garbage
    meanwhile, then freeze it (``gc.freeze``) with all that lives then: the app unfreezes when it ends.

    A large pair is millions of references, kept as long as the app runs; each full collection
    walks all that is not frozen again (0.05 to 0.2 s on a 5 MB pair, every few hundred thousand
    allocations: several while the model and its rows are built), and building them makes no
    garbage for it to find."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


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
        docs = (notes.document,) if notes is not None else (comparison.original, comparison.revised) if comparison else ()
        self.chars = max((len(d.text) for d in docs), default=0)
        """Characters of the longer document: what wrapping the model costs."""

    def layout(self, width: int, mode: Mode, *, fold: bool, until: int | None = None) -> Rows:
        """Rows of the model wrapped to ``width`` cells (with ``until``, only the sections that fill
        the first ``until`` rows: see ``Rows``)."""
        return Rows(self, width, "inline" if self.single else mode, fold, until)

    def first_layout(self, width: int, mode: Mode, *, fold: bool, height: int) -> Rows:
        """Rows for a first screen ``height`` rows high: in full for a small model; for a large one
        (over ``LAZY_MODEL`` characters) the sections of the first screens only (``Rows.complete``
        false: the view lays the rest out in a worker thread once the screen is shown)."""
        until = 2 * max(height, 1) if self.chars > LAZY_MODEL else None
        return self.layout(width, mode, fold=fold, until=until)

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
    sections = bld.rows(c)
    entries = comparison_entries(c, sections, markers)
    attach_labels(sections, entries)
    return DocModel(sections, entries, single=False, comparison=c, notes=None)


def build_notes_model(n: Notes) -> DocModel:
    """The display model of a republished version read alone."""
    frames = [(f.start, f.end) for f in n.frames if not f.marker]
    markers = [(f.start, f.end) for f in n.frames if f.marker]
    notes = [(x.start, x.end) for x in n.annotations]
    bld = Builder(None, n.document, [], [layer(frames, FRAME), layer(markers, MARKER), layer(notes, NOTE)])
    sections = bld.passages()
    entries = notes_entries(n, sections)
    attach_labels(sections, entries)
    return DocModel(sections, entries, single=True, comparison=None, notes=n)

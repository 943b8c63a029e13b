"""Sections: the rows of the shared layout as display text with role runs, one per aligned row.

A ``Section`` is what the TUI scrolls through: one row of ``annotate.render.layout``
(the rows the HTML, CriticMarkup and TEI reports show) with its left (original),
right (republished) and inline text, each a ``Side`` that keeps the displayed text
(control characters made visible, tabs expanded), its role runs, and the map back
to source offsets (for jumping to a change). An inserted or deleted row becomes
one section per passage.

Sections are the layout's rows (``plan_rows``) and read each row's *steps* (``row_steps``,
what ``build_layout(c, steps=True)`` gives): each side's whole span, the text between
passages included, one segment per step of the word diff, with the removed text
(``ghost``) where it was removed, from which the inline form is read (with a gap
between a removed and an inserted word: "lucky prepared"). A section's text is built
the first time it is asked for, so the first screen of a large document only builds
the sections it shows. The overlays the terminal paints on top (a silent
change over its whole range, moves included; notes, frames) are ``tui.roles``
layers. See ``docs/tui.md``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from annotate.model import Comparison, Document
from annotate.render.layout import RowPlan, Seg, plan_rows, row_steps
from annotate.render.text import visible
from tui.markdown import combine, markdown_styles
from tui.roles import (
    DEL_BLOCK,
    DEL_WORD,
    INS_BLOCK,
    INS_WORD,
    MOVED,
    TEXT,
    Doc,
    Key,
    Layer,
    Mode,
    paint,
)

SEARCH_LIMIT = 20_000


@dataclass
class Side:
    """The display text of one column of a section, with its role runs.

    ``text`` is what is shown (control characters made visible, tabs expanded);
    ``starts``/``roles`` give the role of each run; ``pieces`` map source
    offsets (``doc``, ``src_start``, ``src_end``) to display offsets; ``md_starts``/
    ``md_styles`` give the Markdown style of each run (none before the first).
    """

    text: str = ""
    starts: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    pieces: list[tuple[Doc, int, int, int, bool]] = field(default_factory=list)
    md_starts: list[int] = field(default_factory=list)
    md_styles: list[str] = field(default_factory=list)

    def add(self, doc: Doc, src_start: int, src_end: int, shown: str, role: str, md: str = "") -> None:
        """Append ``shown`` (the display form of ``doc[src_start:src_end]``) with ``role``
        and Markdown style ``md``."""
        if not shown:
            return
        at = len(self.text)
        self.pieces.append((doc, src_start, src_end, at, len(shown) == src_end - src_start))
        if not self.roles or self.roles[-1] != role:
            self.starts.append(at)
            self.roles.append(role)
        self._style(at, md)
        self.text += shown

    def add_styled(self, doc: Doc, src_start: int, src_end: int, shown: str, role: str,
                   styles: list[tuple[int, int, str]]) -> None:
        """Append ``shown``, the same length as ``doc[src_start:src_end]``, with ``role`` and
        the Markdown ``styles`` of its source runs."""
        at = len(self.text) - src_start
        self.add(doc, src_start, src_end, shown, role, styles[0][2] if styles else "")
        for x, _, md in styles[1:]:
            self._style(at + x, md)

    def _style(self, at: int, md: str) -> None:
        if (self.md_styles[-1] if self.md_styles else "") != md:
            self.md_starts.append(at)
            self.md_styles.append(md)

    def display_offset(self, doc: Doc, offset: int) -> int | None:
        """Display offset of source ``offset`` of ``doc``, or ``None`` when not shown here."""
        best: int | None = None
        for d, s, e, at, same in self.pieces:
            if d != doc:
                continue
            if s <= offset < e or (offset == e and best is None):
                return at + (offset - s if same else 0)
            if s > offset and best is None:
                best = at
        return best

    def runs(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Role runs clipped to display range ``[lo, hi)``."""
        out: list[tuple[int, int, str]] = []
        if lo >= hi:
            return out
        k = max(0, bisect.bisect_right(self.starts, lo) - 1)
        while k < len(self.starts) and self.starts[k] < hi:
            s = max(lo, self.starts[k])
            e = min(hi, self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text))
            if s < e:
                out.append((s, e, self.roles[k]))
            k += 1
        return out

    def styled(self, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``runs`` cut where the Markdown style changes, each role combined with its style."""
        if not self.md_starts:
            return runs
        out: list[tuple[int, int, str]] = []
        for s, e, r in runs:
            k = bisect.bisect_right(self.md_starts, s) - 1
            while s < e:
                end = min(e, self.md_starts[k + 1]) if k + 1 < len(self.md_starts) else e
                out.append((s, end, combine(r, self.md_styles[k]) if k >= 0 else r))
                s = end
                k += 1
        return out


@dataclass(frozen=True)
class Label:
    """A line shown above a section: what changed there, with dates."""

    text: str
    role: str
    entry: int | None


Sides = tuple[Side | None, Side | None, Side]
"""A section's left (original), right (republished) and inline columns."""

LEFT_KINDS = frozenset({"equal", "changed", "delete", "move_from"})
"""The kinds of section that have a left (original) column."""
RIGHT_KINDS = frozenset({"equal", "changed", "insert", "move_to"})
"""The kinds of section that have a right (republished) column."""


@dataclass(eq=False, slots=True)
class Section:
    """One aligned row of passages (or one passage of a single document).

    Its columns (``left``, ``right``, ``inline``) are built by ``make`` the first time one
    is asked for: a screen only builds the sections it shows (``has`` says which columns
    exist without building them)."""

    kind: str
    """A block kind (``equal``, ``changed``, ``insert``, ``delete``, ``move_from``, ``move_to``) or ``passage``."""
    a: tuple[int, int] | None
    b: tuple[int, int] | None
    a_para: int | None
    """First original passage index, if any."""
    b_para: int | None
    """First revised passage index, if any."""
    make: Callable[[], Sides] = field(repr=False)
    """Builds the columns (called once; its result is kept)."""
    labels: list[Label] = field(default_factory=list)
    entries: list[int] = field(default_factory=list)
    hint_left: str = ""
    hint_right: str = ""
    move: int | None = None
    """For ``move_from``/``move_to``: the move id."""
    _sides: Sides | None = field(default=None, init=False, repr=False)

    def sides(self) -> Sides:
        """The three columns, built on the first call (from any thread: a second build is the same)."""
        sides = self._sides
        if sides is None:
            sides = self._sides = self.make()
        return sides

    @property
    def left(self) -> Side | None:
        """The original's column (``None`` for a section with none)."""
        return self.sides()[0]

    @property
    def right(self) -> Side | None:
        """The republished version's column (``None`` for a section with none)."""
        return self.sides()[1]

    @property
    def inline(self) -> Side:
        """The one column of the inline view."""
        return self.sides()[2]

    def has(self, key: Key) -> bool:
        """True when the section shows side ``key`` (without building it)."""
        return key == "i" or self.kind in (LEFT_KINDS if key == "a" else RIGHT_KINDS)

    def side(self, key: Key) -> Side | None:
        """The side shown for ``key`` (``a`` left, ``b`` right, ``i`` inline)."""
        if not self.has(key):
            return None
        return self.left if key == "a" else self.right if key == "b" else self.inline


@dataclass(frozen=True)
class Search:
    """Matches of a search in the display text, in reading order."""

    query: str
    mode: Mode
    hits: list[tuple[int, Key, int, int]]
    by_side: dict[tuple[int, Key], list[tuple[int, int]]]
    truncated: bool = False


def search(sections: list[Section], query: str, mode: Mode) -> Search:
    """Case-insensitive, literal matches of ``query`` in the text ``sections`` show in ``mode``."""
    hits: list[tuple[int, Key, int, int]] = []
    by_side: dict[tuple[int, Key], list[tuple[int, int]]] = {}
    truncated = False
    if query:
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        keys: tuple[Key, ...] = ("i",) if mode == "inline" else ("a", "b")
        for i, sec in enumerate(sections):
            for key in keys:
                side = sec.side(key)
                if side is None:
                    continue
                for m in pattern.finditer(side.text):
                    if m.end() == m.start():
                        continue
                    hits.append((i, key, m.start(), m.end()))
                    by_side.setdefault((i, key), []).append((m.start(), m.end()))
                    if len(hits) >= SEARCH_LIMIT:
                        truncated = True
                        break
                if truncated:
                    break
            if truncated:
                break
    return Search(query, mode, hits, by_side, truncated)


# --------------------------------------------------------------------------- building


def _shown(text: str) -> str:
    if text.isascii() and text.isprintable():  # the common case, checked fast: nothing to show otherwise
        return text
    return visible(text.replace("\t", "    ") if "\t" in text else text)


class Builder:
    """Builds sections from the documents, with the overlay layers of each (silent edits, notes, frames)."""

    def __init__(self, a: Document | None, b: Document, layers_a: list[Layer], layers_b: list[Layer]) -> None:
        self.a = a
        self.b = b
        self.layers = {"a": layers_a, "b": layers_b}
        self.md = {"a": markdown_styles(a), "b": markdown_styles(b)}

    def text(self, doc: Doc) -> str:
        d = self.a if doc == "a" else self.b
        assert d is not None
        return d.text

    def fill(self, side: Side, doc: Doc, lo: int, hi: int, role: str) -> None:
        """``doc[lo:hi]`` with ``role``, under the overlays of ``doc``."""
        text = self.text(doc)
        md = self.md[doc]
        for s, e, r in paint(lo, hi, role, self.layers[doc]):
            if md is None:
                side.add(doc, s, e, _shown(text[s:e]), r)
                continue
            shown = _shown(text[s:e])
            if len(shown) == e - s:  # shown character for character: one piece, styled in runs
                side.add_styled(doc, s, e, shown, r, md.cut(s, e))
                continue
            for x, y, style in md.cut(s, e):
                side.add(doc, x, y, _shown(text[x:y]), r, style)

    def steps(self, side: Side, doc: Doc, steps: tuple[Seg, ...], roles: dict[str, str]) -> None:
        """The layout ``steps`` of ``doc`` (ghosts left out), each with its role in ``roles``."""
        for st in steps:
            if st.role != "ghost":
                self.fill(side, doc, st.start, st.end, roles[st.role])

    def inline(self, side: Side, steps: tuple[Seg, ...], same: str) -> None:
        """The inline form of a row's revised steps: removed words (its ghosts) then inserted ones, in reading order."""
        for k, st in enumerate(steps):
            if st.role == "ghost":
                self.fill(side, "a", st.start, st.end, DEL_WORD)
                nxt = steps[k + 1] if k + 1 < len(steps) else None
                if nxt is not None and nxt.role == "new" and not (
                    self.text("a")[st.end - 1].isspace() or self.text("b")[nxt.start].isspace()
                ):
                    # A visible gap between the removed and the inserted words
                    # ("lucky prepared", not "luckyprepared").
                    side.add("a", st.end, st.end, " ", same)
            else:
                self.fill(side, "b", st.start, st.end, same if st.role == "same" else INS_WORD)

    def _span(self, doc: Document, passages: tuple[int, int]) -> tuple[int, int]:
        return doc.passages[passages[0]].start, doc.passages[passages[1] - 1].end

    def rows(self, c: Comparison) -> list[Section]:
        """The sections of every row of ``c``'s layout (``plan_rows``): one per row, one per passage
        of an inserted or deleted row; their columns are built from the row's steps when first shown
        (by the builder, which keeps no list of them: no reference cycle, freed when dropped)."""
        a, b = self.a, self.b
        assert a is not None
        plans = plan_rows(c)
        to_rows = {r.move: r for r in plans if r.kind == "move_to"}
        from_rows = {r.move: r for r in plans if r.kind == "move_from"}
        sections: list[Section] = []
        pa, pb, add, pair = a.passages, b.passages, sections.append, self._pair
        for row in plans:
            if row.kind in ("equal", "changed"):  # most rows: kept short
                (a0, a1), (b0, b1) = row.a, row.b
                add(Section(row.kind, (pa[a0].start, pa[a1 - 1].end), (pb[b0].start, pb[b1 - 1].end), a0, b0,
                            partial(pair, c, row)))
            elif row.kind == "insert":
                for k in range(*row.b):
                    p = b.passages[k]
                    add(Section("insert", None, (p.start, p.end), None, p.index,
                                partial(self._block, "b", p.start, p.end, INS_BLOCK),
                                hint_left="(not in the original)" if k == row.b[0] else ""))
            elif row.kind == "delete":
                for k in range(*row.a):
                    p = a.passages[k]
                    add(Section("delete", (p.start, p.end), None, p.index, None,
                                partial(self._block, "a", p.start, p.end, DEL_BLOCK),
                                hint_right="(not in the republished version)" if k == row.a[0] else ""))
            elif row.kind == "move_from":
                to = to_rows[row.move]
                add(Section("move_from", self._span(a, row.a), None, row.a[0], None,
                            partial(self._move_from, c, row, to),
                            hint_right=f"(moved: see republished \u00b6 {to.b[0] + 1})", move=row.move))
            elif row.kind == "move_to":
                came = from_rows[row.move].a  # where the passage was (this row shows the original only if edited)
                add(Section("move_to", self._span(a, came), self._span(b, row.b), came[0], row.b[0],
                            partial(self._move_to, c, row),
                            hint_left=f"(moved here from original \u00b6 {came[0] + 1})", move=row.move))
        return sections

    def _pair(self, c: Comparison, row: RowPlan) -> Sides:
        a_steps, b_steps = row_steps(c, row)
        left, right, inline = Side(), Side(), Side()
        self.steps(left, "a", a_steps, {"same": TEXT, "old": DEL_WORD})
        self.steps(right, "b", b_steps, {"same": TEXT, "new": INS_WORD})
        self.inline(inline, b_steps, TEXT)
        return left, right, inline

    def _block(self, doc: Doc, start: int, end: int, role: str) -> Sides:
        side, inline = Side(), Side()
        self.fill(side, doc, start, end, role)
        self.fill(inline, doc, start, end, role)
        return (side, None, inline) if doc == "a" else (None, side, inline)

    def _move_from(self, c: Comparison, row: RowPlan, to: RowPlan) -> Sides:
        # The words changed on the way are struck here too: the steps of the other end's original side.
        steps = row_steps(c, to)[0] or row_steps(c, row)[0]
        left, inline = Side(), Side()
        self.steps(left, "a", steps, {"same": MOVED, "old": DEL_WORD})
        self.steps(inline, "a", steps, {"same": MOVED, "old": DEL_WORD})
        return left, None, inline

    def _move_to(self, c: Comparison, row: RowPlan) -> Sides:
        b_steps = row_steps(c, row)[1]
        right, inline = Side(), Side()
        self.steps(right, "b", b_steps, {"same": MOVED, "new": INS_WORD})
        self.inline(inline, b_steps, MOVED)
        return None, right, inline

    def passages(self) -> list[Section]:
        """One section per passage of the document read alone."""
        return [Section("passage", None, (p.start, p.end), None, p.index, partial(self._passage, p.start, p.end))
                for p in self.b.passages]

    def _passage(self, start: int, end: int) -> Sides:
        inline = Side()
        self.fill(inline, "b", start, end, TEXT)
        return None, None, inline

"""The comparison laid out as rows of paragraphs and marked segments, for the renderers and the TUI.

This is a *view* of a ``Comparison``, never a second diff: each alignment block
becomes one row (an ``equal`` block one row per passage pair), each side of a
row a list of paragraphs (one per passage), and each paragraph a list of
segments. A segment is a slice of one document's text with a role and the
change, annotation or frame that covers it, all read from the ``Comparison``:

* ``same``: text both versions share; ``new``: text only the revised version has;
* ``old``: text only the original has (on the original side);
* ``ghost``: that removed text again, at the place in the revised text where it
  was removed, so one column can show a redline (offsets are the original's).

A terminal shows a row's text end to end, the text *between* its passages
included, and paints its own overlays over it: ``build_layout(c, steps=True)``
also gives each row its *steps* (``Row.a_steps``, ``Row.b_steps``), one unmarked
segment per step of the word diff over the side's whole span, with the ghosts
in reading order. The renderers do not ask for them, so their rows are the same.
``plan_rows(c)`` gives the same rows before anything is cut (kind, passages, move:
cheap), and ``row_steps(c, plan)`` one row's steps when they are wanted, so the TUI
can show its first screen without laying out the whole document.

>>> from annotate.compare import compare
>>> layout = build_layout(compare("The sky is blue.", "The sky is green."), steps=True)
>>> [(s.role, s.start, s.end) for s in layout.rows[0].b[0].segs]
[('same', 0, 11), ('ghost', 11, 15), ('new', 11, 16), ('same', 16, 17)]
>>> [(s.role, s.start, s.end) for s in layout.rows[0].b_steps]
[('same', 0, 11), ('ghost', 11, 15), ('new', 11, 16), ('same', 16, 17)]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal, NamedTuple

from annotate.model import Block, BlockKind, Comparison, Document

Role = Literal["same", "new", "old", "ghost"]
Run = tuple[int, int, Role]
Ghost = tuple[int, int, int]
"""``(revised position, original start, original end)`` of removed text."""


class Seg(NamedTuple):
    """A marked slice of one document's text (a NamedTuple: a 20 MB page lays out ~400,000 of them)."""

    start: int
    """Start offset (in the original for ``old`` and ``ghost``, else in the revised text)."""
    end: int
    """End offset."""
    role: Role
    """``same``, ``new``, ``old`` or ``ghost``."""
    change: int | None = None
    """Index into ``Comparison.changes`` of the edit, addition or deletion covering it."""
    note: int | None = None
    """Index into ``Comparison.annotations`` of the annotation covering it."""
    frame: int | None = None
    """Index into ``Comparison.frames`` of the framing text covering it."""
    anchor: bool = False
    """True on the first segment shown for ``change``: the place navigation jumps to."""


class Para(NamedTuple):
    """One passage of one side, cut into segments."""

    passage: int
    """Passage index in its document."""
    segs: tuple[Seg, ...]
    """Segments in reading order."""
    note: int | None = None
    """The annotation covering the whole passage (a block note), if any."""
    frame: int | None = None
    """The frame covering the whole passage, if any."""


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the side-by-side view."""

    index: int
    """Position of the row, from 0."""
    kind: BlockKind
    """The kind of the alignment block the row comes from."""
    a: tuple[Para, ...]
    """Original paragraphs (empty for insertions)."""
    b: tuple[Para, ...]
    """Revised paragraphs, with ``ghost`` segments where text was removed (empty for deletions)."""
    move: int | None
    """Move id for ``move_from``/``move_to`` rows."""
    changes: tuple[int, ...]
    """Indices of the changes shown in the row, in order."""
    silent: bool
    """True when one of those changes is silent."""
    a_steps: tuple[Seg, ...] = ()
    """Only with ``build_layout(c, steps=True)``: the original side's whole span (first passage's
    start to last passage's end, the text between passages included), one segment per step of the
    word diff (``same`` or ``old``; no change, note or frame marked); empty when ``a`` is."""
    b_steps: tuple[Seg, ...] = ()
    """The same for the revised side (``same`` or ``new``), with a ``ghost`` segment for each step's
    removed text just before the text that replaced it (or that follows it)."""


@dataclass(frozen=True)
class Layout:
    """All rows, and where each change is anchored."""

    rows: tuple[Row, ...]
    """Rows in reading order."""
    change_rows: tuple[int | None, ...]
    """For each change, the index of the row showing it (``None`` when no row does)."""
    move_rows: dict[int, tuple[int | None, int | None]]
    """For each move id: the rows of its ``move_from`` and ``move_to`` ends."""


class RowPlan(NamedTuple):
    """Where one row of the layout comes from, known before its text is cut (``plan_rows``)."""

    row: int
    """Position of the row, from 0 (``Row.index``)."""
    kind: BlockKind
    """``Row.kind``."""
    block: int
    """Index into ``Comparison.blocks`` of the block the row comes from."""
    a: tuple[int, int]
    """Half-open range of the original passages the row shows (``Row.a``; empty: none)."""
    b: tuple[int, int]
    """Half-open range of the revised passages the row shows (``Row.b``; empty: none)."""
    move: int | None
    """``Row.move``."""


_Runs = tuple[list[Run], list[Run], list[Ghost]]
"""A block's original runs, revised runs and ghosts."""


class _Spans:
    """Sorted, non-overlapping ``(start, end, key)`` intervals with lookups by position."""

    def __init__(self, spans: Sequence[tuple[int, int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _, _ in self.spans]
        self.points = sorted({p for s, e, _ in self.spans for p in (s, e)})

    def at(self, pos: int) -> int | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return self.spans[i][2]
        return None

    def whole(self, start: int, end: int) -> int | None:
        """The key of the interval covering all of ``[start, end)``, if one does."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][1] >= end:
            return self.spans[i][2]
        return None

    def cuts(self, lo: int, hi: int) -> list[int]:
        return self.points[bisect_right(self.points, lo) : bisect_left(self.points, hi)]


@dataclass(frozen=True)
class _Overlay:
    notes: _Spans
    frames: _Spans
    changes: _Spans


def _overlays(c: Comparison) -> tuple[_Overlay, _Overlay]:
    b_changes = [
        (ch.revised.start, ch.revised.end, i) for i, ch in enumerate(c.changes)
        if ch.revised is not None and ch.kind not in ("annotation", "frame", "move")
    ]
    a_changes = [
        (ch.original.start, ch.original.end, i) for i, ch in enumerate(c.changes)
        if ch.original is not None and ch.kind != "move"
    ]
    notes = _Spans([(x.start, x.end, k) for k, x in enumerate(c.annotations)])
    frames = _Spans([(f.start, f.end, k) for k, f in enumerate(c.frames)])
    empty = _Spans([])
    return _Overlay(empty, empty, _Spans(a_changes)), _Overlay(notes, frames, _Spans(b_changes))


class _Builder:
    def __init__(self, c: Comparison) -> None:
        self.c = c
        self.a_over, self.b_over = _overlays(c)
        self.claimed: set[int] = set()
        self.b_starts = [p.start for p in c.revised.passages]

    def side(
        self, doc: Document, span: tuple[int, int], runs: list[Run], ghosts: list[Ghost], over: _Overlay,
        run_starts: list[int],
    ) -> tuple[Para, ...]:
        """The paragraphs of passages ``span`` of one side of a row (``run_starts``: the runs'
        starts, listed once for all the rows of a block)."""
        lo, hi = span
        if lo >= hi:
            return ()
        by_passage: dict[int, list[Ghost]] = {}
        for g in ghosts:
            k = min(max(bisect_right(self.b_starts, g[0]) - 1, lo), hi - 1)
            by_passage.setdefault(k, []).append(g)
        paras: list[Para] = []
        notes, frames, changes = over.notes, over.frames, over.changes
        n_runs = len(runs)
        for k in range(lo, hi):
            p = doc.passages[k]
            ps, pe = p.start, p.end
            points = {ps, pe}
            i = max(0, bisect_right(run_starts, ps) - 1)
            while i < n_runs and (run := runs[i])[0] < pe:
                if ps < run[0] < pe:
                    points.add(run[0])
                if ps < run[1] < pe:
                    points.add(run[1])
                i += 1
            points.update(notes.cuts(ps, pe), frames.cuts(ps, pe), changes.cuts(ps, pe))
            cuts = sorted(points)
            pending = sorted(by_passage[k]) if k in by_passage else []
            gi = 0
            segs: list[Seg] = []
            for x, y in pairwise(cuts):
                while gi < len(pending) and pending[gi][0] <= x:
                    self._ghost(segs, pending[gi])
                    gi += 1
                j = bisect_right(run_starts, x) - 1
                role: Role = runs[j][2] if j >= 0 and x < runs[j][1] else "same"
                self._add(segs, Seg(x, y, role, changes.at(x), notes.at(x), frames.at(x)))
            for ghost in pending[gi:]:
                self._ghost(segs, ghost)
            paras.append(Para(k, tuple(segs), notes.whole(ps, pe), frames.whole(ps, pe)))
        return tuple(paras)

    def _ghost(self, segs: list[Seg], g: Ghost) -> None:
        pos, s, e = g
        change = self.a_over.changes.at(s)
        if change is None:
            # The removed text may start with whitespace that the change leaves out.
            cut = self.a_over.changes.cuts(s, e)
            change = self.a_over.changes.at(cut[0]) if cut else None
        self._add(segs, Seg(s, e, "ghost", change, self.b_over.notes.at(pos), self.b_over.frames.at(pos)))

    def _add(self, segs: list[Seg], seg: Seg) -> None:
        if seg.role == "same":
            seg = Seg(seg.start, seg.end, "same", None, seg.note, seg.frame)
        prev = segs[-1] if segs else None
        if (
            prev is not None and prev.end == seg.start and prev.role == seg.role
            and (prev.change, prev.note, prev.frame) == (seg.change, seg.note, seg.frame)
        ):
            segs[-1] = Seg(prev.start, seg.end, prev.role, prev.change, prev.note, prev.frame, prev.anchor)
            return
        # A replacement is anchored on its new text, which follows its ghost.
        replaced = seg.role == "ghost" and seg.change is not None and self.c.changes[seg.change].revised is not None
        if seg.change is not None and seg.change not in self.claimed and not replaced:
            self.claimed.add(seg.change)
            seg = Seg(seg.start, seg.end, seg.role, seg.change, seg.note, seg.frame, True)
        segs.append(seg)


def _span_steps(doc: Document, span: tuple[int, int], runs: list[Run], ghosts: list[Ghost]) -> tuple[Seg, ...]:
    """Passages ``span`` of ``doc`` end to end, cut only between ``runs`` (a step each; text no run
    covers is ``same``), each of the ``ghosts`` before the first step at or after its position."""
    if span[0] >= span[1]:
        return ()
    lo, hi = doc.passages[span[0]].start, doc.passages[span[1] - 1].end
    pending = sorted(ghosts)
    out: list[Seg] = []
    pos, gi = lo, 0

    def step(x: int, y: int, role: Role) -> None:
        nonlocal gi
        while gi < len(pending) and pending[gi][0] <= x:
            out.append(Seg(pending[gi][1], pending[gi][2], "ghost"))
            gi += 1
        out.append(Seg(x, y, role))

    for s, e, role in runs:
        s, e = max(s, pos), min(e, hi)
        if s >= e:
            continue
        if s > pos:
            step(pos, s, "same")
        step(s, e, role)
        pos = e
    if pos < hi:
        step(pos, hi, "same")
    out += [Seg(s, e, "ghost") for _, s, e in pending[gi:]]
    return tuple(out)


def _block_runs(blk: Block) -> _Runs:
    """The word diff of ``blk`` as original runs, revised runs and ghosts (none for an ``equal`` block)."""
    a_runs: list[Run] = []
    b_runs: list[Run] = []
    ghosts: list[Ghost] = []
    if blk.kind == "equal":
        pass
    elif blk.ops:
        for op in blk.ops:
            if op.tag == "equal":
                a_runs.append((op.a_start, op.a_end, "same"))
                b_runs.append((op.b_start, op.b_end, "same"))
                continue
            if op.a_end > op.a_start:
                a_runs.append((op.a_start, op.a_end, "old"))
                ghosts.append((op.b_start, op.a_start, op.a_end))
            if op.b_end > op.b_start:
                b_runs.append((op.b_start, op.b_end, "new"))
    elif blk.kind == "insert" and blk.b:
        b_runs.append((blk.b[0], blk.b[1], "new"))
    elif blk.kind == "delete" and blk.a:
        a_runs.append((blk.a[0], blk.a[1], "old"))
    return a_runs, b_runs, ghosts


def plan_rows(c: Comparison) -> tuple[RowPlan, ...]:
    """The rows of ``build_layout(c)``, in the same order, before their text is cut: an ``equal`` block
    of as many passages on each side is one row per passage pair, any other block one row."""
    plans: list[RowPlan] = []
    for k, blk in enumerate(c.blocks):
        (a0, a1), (b0, b1) = blk.a_passages, blk.b_passages
        if blk.kind == "equal" and a1 - a0 == b1 - b0:
            for d in range(a1 - a0):
                plans.append(RowPlan(len(plans), blk.kind, k, (a0 + d, a0 + d + 1), (b0 + d, b0 + d + 1), blk.move))
            continue
        # The original side of a move's new place is shown only when the passage was edited on the way.
        show_a = blk.a is not None and (blk.kind != "move_to" or bool(blk.ops))
        a = (a0, a1) if show_a else (a0, a0)
        b = (b0, b1) if blk.b else (b0, b0)
        plans.append(RowPlan(len(plans), blk.kind, k, a, b, blk.move))
    return tuple(plans)


def _steps(c: Comparison, plan: RowPlan, runs: _Runs) -> tuple[tuple[Seg, ...], tuple[Seg, ...]]:
    a_runs, b_runs, ghosts = runs
    return _span_steps(c.original, plan.a, a_runs, []), _span_steps(c.revised, plan.b, b_runs, ghosts)


def row_steps(c: Comparison, plan: RowPlan) -> tuple[tuple[Seg, ...], tuple[Seg, ...]]:
    """``(Row.a_steps, Row.b_steps)`` of the row of ``plan``, as ``build_layout(c, steps=True)`` gives them."""
    return _steps(c, plan, _block_runs(c.blocks[plan.block]))


def _row_changes(paras: Sequence[Para]) -> list[int]:
    return [s.change for p in paras for s in p.segs if s.change is not None]


def build_layout(c: Comparison, *, steps: bool = False) -> Layout:
    """Rows for every block of ``c``, with each change anchored once (and, with ``steps``, their steps)."""
    builder = _Builder(c)
    move_change = {ch.move: i for i, ch in enumerate(c.changes) if ch.kind == "move" and ch.move is not None}
    note_change = {ch.annotation: i for i, ch in enumerate(c.changes) if ch.kind == "annotation"}
    frame_change = {
        (ch.revised.start, ch.revised.end): i for i, ch in enumerate(c.changes) if ch.kind == "frame" and ch.revised
    }
    rows: list[Row] = []
    change_rows: list[int | None] = [None] * len(c.changes)
    move_rows: dict[int, tuple[int | None, int | None]] = {}
    runs: _Runs = ([], [], [])
    starts: tuple[list[int], list[int]] = ([], [])
    block = -1
    for plan in plan_rows(c):
        blk = c.blocks[plan.block]
        if plan.block != block:
            block, runs = plan.block, _block_runs(blk)
            starts = ([r[0] for r in runs[0]], [r[0] for r in runs[1]])  # (once per block, not per row)
        b = builder.side(c.revised, plan.b, runs[1], runs[2], builder.b_over, starts[1])
        a = builder.side(c.original, plan.a, runs[0], [], builder.a_over, starts[0])
        a_steps, b_steps = _steps(c, plan, runs) if steps else ((), ())
        n = len(rows)
        found = _row_changes(b) + _row_changes(a)
        for p in b:
            for s in p.segs:
                if s.note is not None:
                    found.append(note_change.get(c.annotations[s.note].id, -1))
                if s.frame is not None:
                    f = c.frames[s.frame]
                    found.append(frame_change.get((f.start, f.end), -1))
        if blk.move is not None:
            old = move_rows.get(blk.move, (None, None))
            move_rows[blk.move] = (n, old[1]) if blk.kind == "move_from" else (old[0], n)
            if blk.kind == "move_to" and blk.move in move_change:
                found.insert(0, move_change[blk.move])
        ordered = tuple(dict.fromkeys(i for i in found if i >= 0))
        for i in ordered:
            if change_rows[i] is None:
                change_rows[i] = n
        silent = any(c.changes[i].silent for i in ordered)
        rows.append(Row(n, blk.kind, a, b, blk.move, ordered, silent, a_steps, b_steps))
    return Layout(tuple(rows), tuple(change_rows), move_rows)

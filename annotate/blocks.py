"""Alignment rows → word-diffed ``Block`` values, and the word-diff jobs behind them.

Why this exists: the passage-pair word diffs are independent of each other and are
most of the work on large documents. Each is described as a ``Job`` (plain offsets
into both texts) and handed to a ``WordDiffRunner``: ``Serial`` runs them here, one
after the other; ``annotate._parallel`` may share them with a second process. Every
runner returns exactly what ``Serial`` returns, so the blocks never depend on it.
"""

from __future__ import annotations

import bisect
from typing import Protocol

from annotate.align import Row
from annotate.diff import DiffResult, diff_words
from annotate.model import Block, Document, Opcode, Passage

Job = tuple[int, int, int, int, tuple[tuple[int, int], ...]]
"""One word diff to run: original range, revised range, candidate note spans inside it."""


def job(ar: tuple[int, int], br: tuple[int, int], notes: list[tuple[int, int]]) -> Job:
    """The word diff of ranges ``ar`` and ``br``, with the (sorted) candidate notes inside ``br``.

    >>> job((0, 10), (5, 30), [(0, 4), (8, 12), (25, 31)])
    (0, 10, 5, 30, ((8, 12),))
    """
    k = bisect.bisect_left(notes, (br[0], br[0]))
    inside = []
    while k < len(notes) and notes[k][0] < br[1]:
        if notes[k][1] <= br[1]:
            inside.append(notes[k])
        k += 1
    return (ar[0], ar[1], br[0], br[1], tuple(inside))


def run_jobs(a_text: str, b_text: str, jobs: list[Job], timeout: float) -> list[DiffResult]:
    """The jobs' word diffs, here, in order."""
    return [
        diff_words(a_text, a0, a1, b_text, b0, b1, timeout=timeout, opaque_b=inside)
        for a0, a1, b0, b1, inside in jobs
    ]


class WordDiffRunner(Protocol):
    """Runs the word diffs of one comparison of two texts."""

    def early(self, a: tuple[Passage, ...], b: tuple[Passage, ...], notes: list[tuple[int, int]],
              pairs: dict[int, int]) -> None:
        """Told the passage pairs the alignment's cheap stages found, before the rest of
        the alignment runs (a runner may start on them)."""

    def run(self, jobs: list[Job]) -> list[DiffResult]:
        """Every job's word diff, in order."""
        ...


class Serial:
    """The word diffs of ``a_text`` against ``b_text``, run here one after the other."""

    def __init__(self, a_text: str, b_text: str, *, timeout: float) -> None:
        self.a_text, self.b_text, self.timeout = a_text, b_text, timeout

    def early(self, a: tuple[Passage, ...], b: tuple[Passage, ...], notes: list[tuple[int, int]],
              pairs: dict[int, int]) -> None:
        """Nothing to start early: everything runs in ``run``."""

    def run(self, jobs: list[Job]) -> list[DiffResult]:
        """Every job's word diff, in order."""
        return run_jobs(self.a_text, self.b_text, jobs, self.timeout)


def _span(doc: Document, lo: int, hi: int) -> tuple[int, int]:
    return doc.passages[lo].start, doc.passages[hi - 1].end


def make_blocks(
    a: Document, b: Document, rows: list[Row], notes: list[tuple[int, int]], diffs: WordDiffRunner, timeout: float,
) -> tuple[list[Block], list[str]]:
    """Alignment rows as blocks, word-diffed, and a message for each diff that reached its
    time limit. ``notes`` (sorted candidate spans in the revised text) never match
    original words, so a new note stays whole."""
    spans: list[tuple[tuple[int, int] | None, tuple[int, int] | None]] = []
    jobs: dict[int, Job] = {}
    for n, row in enumerate(rows):
        ar = _span(a, *row.a) if row.a[1] > row.a[0] else None
        br = _span(b, *row.b) if row.b[1] > row.b[0] else None
        spans.append((ar, br))
        if row.kind in ("pair", "move_to") and not row.equal and ar and br:
            jobs[n] = job(ar, br, notes)
    results = diffs.run(list(jobs.values()))
    found = dict(zip(jobs, results, strict=True))
    blocks: list[Block] = []
    limits: list[str] = []
    for n, row in enumerate(rows):
        ar, br = spans[n]
        ops: tuple[Opcode, ...] = ()
        result = found.get(n)
        if result is not None:
            ops = result.ops
            if result.timed_out:
                limits.append(
                    f"word diff of original passages {row.a[0] + 1}-{row.a[1]} and revised passages "
                    f"{row.b[0] + 1}-{row.b[1]} stopped at the {timeout:g}s limit: it is coarse there"
                )
        similarity = _similarity(ops) if ops else row.similarity
        if row.kind == "pair":
            blocks.append(Block("equal" if row.equal else "changed", ar, br, row.a, row.b, ops, None, similarity))
        elif row.kind == "delete":
            blocks.append(Block("delete", ar, None, row.a, row.b, (), None, 0.0))
        elif row.kind == "insert":
            blocks.append(Block("insert", None, br, row.a, row.b, (), None, 0.0))
        elif row.kind == "move_from":
            blocks.append(Block("move_from", ar, None, row.a, row.b, (), row.move, row.similarity))
        else:
            blocks.append(Block("move_to", ar, br, row.a, row.b, ops, row.move, similarity))
    return blocks, limits


def _similarity(ops: tuple[Opcode, ...]) -> float:
    """Share of the two ranges that the word diff found equal (by length)."""
    equal = total = 0
    for tag, a0, a1, b0, b1 in ops:
        size = a1 - a0 + b1 - b0
        total += size
        if tag == "equal":
            equal += size
    return round(equal / total, 4) if total else 1.0


def inserted_spans(blocks: list[Block]) -> list[tuple[int, int]]:
    """Revised-text ranges that the comparison shows as new."""
    spans: list[tuple[int, int]] = []
    for blk in blocks:
        if blk.kind == "insert" and blk.b is not None:
            spans.append(blk.b)
        elif blk.kind in ("changed", "move_to"):
            spans.extend((op.b_start, op.b_end) for op in blk.ops if op.tag in ("insert", "replace"))
    return spans

"""Following text from one version to the next through a comparison's alignment blocks.

Why this exists: ``annotate.history`` must know, for each note of a version, whether the
next version still has it and where, and, for each passage of the latest version, which
version it comes from. Both questions are answered from the ``Block`` rows of one
neighbouring comparison (equal passages, word-diffed pairs, moves), so the comparison
itself can be dropped as soon as the step is done: memory stays linear in the versions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from annotate.model import Block, Change, Document, Range

SURVIVES = 0.5
"""Share of a note's characters the next version must keep unchanged for it to be the same note."""

CORRECTION = re.compile(r"correct|errat|retract|clarif|amend", re.IGNORECASE)
"""A note label that marks a correction (``Correction``, ``Erratum``, ``Retraction``…)."""

FINAL = re.compile(
    r"\b(?:final\s+(?:version|update|edit|revision)"
    r"|(?:will|would)\s+not\s+be\s+(?:updated|changed|edited|revised|amended)"
    r"|no\s+(?:longer|more)\s+(?:being\s+)?(?:updated|maintained|edited)"
    r"|no\s+further\s+(?:updates|changes|edits|corrections)"
    r"|(?:not\s+be\s+)?(?:updated|changed|edited)\s+(?:any\s+)?(?:further|again|anymore|any\s+more)"
    r"|this\s+(?:article|story|post|page)\s+is\s+(?:now\s+)?(?:final|closed|frozen))\b",
    re.IGNORECASE,
)
"""A note that says the article is final ("will not be updated further", "Final update")."""


def is_correction(label: str | None, text: str) -> bool:
    """True for a correction-like note: by its label, or a text opening with "Correction".

    >>> is_correction("Correction", ""), is_correction(None, "[Erratum: 1962, not 1968]"), is_correction("Update", "")
    (True, True, False)
    """
    if label is not None:
        return bool(CORRECTION.search(label))
    return bool(CORRECTION.match(text.lstrip("[(*_ ")))


def carry(blocks: Sequence[Block], start: int, end: int) -> tuple[float, int, int] | None:
    """Where ``[start, end)`` of the earlier version went in the later one: ``(share of its
    characters kept unchanged, new start, new end)``, or ``None`` when nothing of it is kept.

    >>> from annotate.model import Opcode
    >>> blocks = [Block("equal", (0, 10), (0, 10), (0, 1), (0, 1)),
    ...           Block("changed", (12, 30), (12, 33), (1, 2), (1, 2),
    ...                 (Opcode("equal", 12, 20, 12, 20), Opcode("replace", 20, 25, 20, 28), Opcode("equal", 25, 30, 28, 33)))]
    >>> carry(blocks, 12, 30)
    (0.7222, 12, 33)
    >>> carry(blocks, 20, 25) is None
    True
    """
    kept = 0
    lo: int | None = None
    hi: int | None = None
    for blk in blocks:
        if blk.a is None or blk.b is None or blk.kind not in ("equal", "changed", "move_to"):
            continue
        a0, a1 = blk.a
        if a1 <= start or a0 >= end:
            continue
        b0, b1 = blk.b
        if not blk.ops:  # equal (after normalisation): map by position, within the block
            s, e = max(start, a0), min(end, a1)
            kept += e - s
            ns, ne = min(b1, b0 + (s - a0)), min(b1, b0 + (e - a0))
            lo, hi = ns if lo is None else min(lo, ns), ne if hi is None else max(hi, ne)
            continue
        for tag, oa0, oa1, ob0, ob1 in blk.ops:
            if (oa1 <= start or oa0 >= end) and not (oa0 == oa1 and start < oa0 < end):
                continue  # outside the note (an insertion strictly inside it is in it)
            s, e = max(start, oa0), min(end, oa1)
            if tag == "equal":
                kept += e - s
                ns, ne = ob0 + (s - oa0), ob0 + (e - oa0)
            else:
                ns, ne = ob0, ob1
            if ne > ns or tag == "equal":
                lo, hi = ns if lo is None else min(lo, ns), ne if hi is None else max(hi, ne)
    if kept == 0 or lo is None or hi is None:
        return None
    return round(kept / max(1, end - start), 4), lo, hi


def blame_step(
    blocks: Sequence[Block], a: Document, b: Document, first: Sequence[int], changed: Sequence[int], version: int,
) -> tuple[list[int], list[int]]:
    """For each passage of ``b`` (the later version, index ``version``): the version its text
    first appeared in and the version that last changed its words, from those of ``a``'s
    passages (``first``, ``changed``) and the blocks between them.

    A passage paired with an earlier one keeps that one's origin; a passage whose words are
    all new (inserted, or the new half of a split) starts at ``version``.
    """
    new_first = [version] * len(b.passages)
    new_changed = [version] * len(b.passages)
    for blk in blocks:
        if blk.kind not in ("equal", "changed", "move_to"):
            continue
        a_lo, a_hi = blk.a_passages
        b_lo, b_hi = blk.b_passages
        if a_hi <= a_lo or b_hi <= b_lo:
            continue
        origin = min(first[a_lo:a_hi])
        latest = max(changed[a_lo:a_hi])
        for k in range(b_lo, b_hi):
            if not blk.ops:
                one = a_lo + (k - b_lo) if a_hi - a_lo == b_hi - b_lo else None
                new_first[k] = first[one] if one is not None else origin
                new_changed[k] = changed[one] if one is not None else latest
                continue
            p = b.passages[k]
            kept = edited = False
            for tag, oa0, oa1, ob0, ob1 in blk.ops:
                if (ob0 >= p.end or ob1 <= p.start) if ob1 > ob0 else not p.start <= ob0 <= p.end:
                    continue
                if tag == "equal":
                    kept = kept or ob1 > ob0
                elif ob1 > ob0 or oa1 > oa0:
                    edited = True
            if kept:
                new_first[k] = origin
                new_changed[k] = version if edited else latest
    return new_first, new_changed


def removal(changes: Sequence[Change], start: int, end: int) -> Change | None:
    """The change that took ``[start, end)`` of the earlier version away (the one covering
    most of it), or ``None``."""
    best: Change | None = None
    best_size = 0
    for c in changes:
        r: Range | None = c.original
        if r is None or c.kind == "move" or r.end <= start or r.start >= end:
            continue
        size = min(end, r.end) - max(start, r.start)
        if size > best_size:
            best, best_size = c, size
    return best


Spans = list[tuple[int, int, int]]
"""Sorted ``(start, end, version)`` stretches of one version's text: where each word came from."""


def carry_words(blocks: Sequence[Block], spans: Spans, b: Document, version: int) -> Spans:
    """Word blame carried across one step: text of ``b`` (version ``version``) that the step
    keeps equal takes the origin of the earlier text it matches (``spans``, by offset); text
    it inserts or rewrites starts at ``version``. Moved passages keep their words' origins.

    >>> from annotate import compare
    >>> c = compare("One two three.", "One four three.")
    >>> carry_words(c.blocks, [(0, 14, 0)], c.revised, 1)
    [(0, 4, 0), (4, 8, 1), (8, 15, 0)]
    """
    starts = [s for s, _, _ in spans]
    out: Spans = []

    def put(s: int, e: int, v: int) -> None:
        if s >= e:
            return
        if out and out[-1][2] == v and out[-1][1] >= s:
            out[-1] = (out[-1][0], max(out[-1][1], e), v)
        else:
            out.append((s, e, v))

    pieces: list[tuple[int, int, int]] = []  # (b start, b end, version) in any order
    for blk in blocks:
        if blk.b is None:
            continue
        if blk.kind == "insert":
            pieces.append((blk.b[0], blk.b[1], version))
        elif not blk.ops:  # equal passages: word for word (a separator's width may differ)
            assert blk.a is not None
            pieces.extend(_mapped(blk.a[0], blk.a[1], blk.b[0], blk.b[1], spans, starts, version))
        else:
            for tag, a0, a1, b0, b1 in blk.ops:
                if tag == "equal":
                    pieces.extend(_mapped(a0, a1, b0, b1, spans, starts, version))
                elif b1 > b0:
                    pieces.append((b0, b1, version))
    for s, e, v in sorted(pieces):
        put(s, e, v)
    return out


def _mapped(a0: int, a1: int, b0: int, b1: int, spans: Spans, starts: list[int], version: int) -> Spans:
    """``[b0, b1)`` cut where the origins of ``[a0, a1)`` change (offsets matched one for one; a
    longer ``b`` side takes the last origin to its end)."""
    out: Spans = []
    shift = b0 - a0
    stop = min(a1, a0 + (b1 - b0))
    k = max(0, bisect.bisect_right(starts, a0) - 1)
    pos = a0
    while pos < stop:
        if k < len(spans) and spans[k][1] <= pos:
            k += 1
            continue
        if k < len(spans) and spans[k][0] <= pos:
            end, v = min(stop, spans[k][1]), spans[k][2]
        else:  # text no stretch covers (a separator): this step's
            end, v = (min(stop, spans[k][0]) if k < len(spans) else stop), version
        out.append((pos + shift, end + shift, v))
        pos = end
    if out:
        out[-1] = (out[-1][0], b1, out[-1][2])
    elif b1 > b0:
        out.append((b0, b1, version))
    return out

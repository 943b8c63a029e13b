"""Opcode lists: tidied (equal runs joined, changes joined across little words) and, from the
alignment blocks, a character-level edit script covering both texts.

Concatenating the ``a`` slices of ``covering_opcodes(c)`` rebuilds the original
text exactly, and the ``b`` slices the revised text: nothing is lost. Separators
between passages are ``equal`` when both sides have one (they may differ in
whitespace only); a deleted or inserted passage takes the separator before it.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from annotate.model import Opcode

if TYPE_CHECKING:
    from annotate.model import Comparison


def covering_opcodes(c: Comparison) -> list[Opcode]:
    """Opcodes covering ``c.original.text`` and ``c.revised.text`` end to end."""
    ops: list[Opcode] = []
    ap = bp = 0

    def gap(a_to: int, b_to: int) -> None:
        if a_to > ap or b_to > bp:
            ops.append(Opcode("equal", ap, a_to, bp, b_to))

    for blk in c.blocks:
        if blk.kind in ("equal", "changed") and blk.a is not None and blk.b is not None:
            gap(blk.a[0], blk.b[0])
            if blk.kind == "equal":
                ops.append(Opcode("equal", blk.a[0], blk.a[1], blk.b[0], blk.b[1]))
            else:
                ops.extend(blk.ops)
            ap, bp = blk.a[1], blk.b[1]
        elif blk.kind in ("delete", "move_from") and blk.a is not None:
            ops.append(Opcode("delete", ap, blk.a[1], bp, bp))
            ap = blk.a[1]
        elif blk.kind in ("insert", "move_to") and blk.b is not None:
            ops.append(Opcode("insert", ap, ap, bp, blk.b[1]))
            bp = blk.b[1]
    gap(len(c.original.text), len(c.revised.text))
    return ops


_GLUE = frozenset(["the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "as", "is", "it", "that", "this"])
_GLUE_WORD = re.compile(r"[^\W\d_]+|\d+")


def absorb_glue(ops: list[Opcode], a_text: str, notes: tuple[tuple[int, int], ...] = ()) -> list[Opcode]:
    """Changes joined across the little words between them: an unchanged stretch of at most
    two function words (and punctuation) between two changes becomes part of one change, so
    that "prove to me the futility of pride" → "inspire me … the core of my incurable disease"
    reads as one edit, not three with "the" and "of" kept as unchanged. Never across a
    candidate note (``notes``): a note stays apart from the edits beside it."""
    out: list[Opcode] = []
    k = 0
    while k < len(ops):
        op = ops[k]
        if (op.tag == "equal" and out and out[-1].tag != "equal" and k + 1 < len(ops) and ops[k + 1].tag != "equal"
                and op.a_end - op.a_start <= 24 and _glue(a_text[op.a_start : op.a_end])
                and not (notes and (overlaps(notes, out[-1].b_start, out[-1].b_end)
                                    or overlaps(notes, ops[k + 1].b_start, ops[k + 1].b_end)))):
            nxt = ops[k + 1]
            prev = out.pop()
            out.append(Opcode("replace", prev.a_start, nxt.a_end, prev.b_start, nxt.b_end))
            k += 2
            continue
        if op.tag != "equal" and out and out[-1].tag != "equal":
            prev = out.pop()
            op = Opcode("replace", prev.a_start, op.a_end, prev.b_start, op.b_end)
        out.append(op)
        k += 1
    return out


def _glue(text: str) -> bool:
    words = _GLUE_WORD.findall(text.lower())
    return len(words) <= 2 and all(w in _GLUE for w in words) and "\n" not in text


def overlaps(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """True when ``[start, end)`` meets one of ``spans`` (sorted, disjoint)."""
    k = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, k - 2) : k + 1])


def merge_equal(ops: list[Opcode]) -> tuple[Opcode, ...]:
    """``ops`` without empty ones, neighbouring equal runs joined."""
    out: list[Opcode] = []
    for op in ops:
        if op.a_start == op.a_end and op.b_start == op.b_end:
            continue
        if out and op.tag == "equal" and out[-1].tag == "equal":
            prev = out[-1]
            out[-1] = Opcode("equal", prev.a_start, op.a_end, prev.b_start, op.b_end)
        else:
            out.append(op)
    return tuple(out)

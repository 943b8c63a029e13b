"""A character-level edit script covering both texts, derived from the alignment blocks.

Concatenating the ``a`` slices of ``covering_opcodes(c)`` rebuilds the original
text exactly, and the ``b`` slices the revised text: nothing is lost. Separators
between passages are ``equal`` when both sides have one (they may differ in
whitespace only); a deleted or inserted passage takes the separator before it.
"""

from __future__ import annotations

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

"""Word-level diff of two aligned stretches of text, with diff-match-patch.

Each token (word, punctuation mark or whitespace run, see ``annotate.segment``)
is encoded as one character so that diff-match-patch diffs words, not
characters; its semantic cleanup then merges fragmented edits. Tokens are
compared on their normalised key, so whitespace, quote and dash variants are
equal. A fresh ``diff_match_patch`` object is made for every call.

If the diff reaches its time limit, the result says so (``DiffResult.timed_out``)
instead of silently becoming "delete everything, insert everything".

>>> r = diff_words("The cat sat on the mat.", 0, 23, "The black cat sat on a mat.", 0, 27)
>>> [(op.tag, "The cat sat on the mat."[op.a_start:op.a_end], "The black cat sat on a mat."[op.b_start:op.b_end]) for op in r.ops if op.tag != "equal"]
[('insert', '', 'black '), ('replace', 'the', 'a')]
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from annotate.model import Opcode, OpTag
from annotate.segment import Token, tokens

DEFAULT_TIMEOUT = 20.0
"""Seconds one passage-pair diff may take before it is reported as coarse."""


@dataclass(frozen=True)
class DiffResult:
    """A word-level edit script over two ranges."""

    ops: tuple[Opcode, ...]
    """Opcodes covering both ranges, ``equal`` runs included."""
    timed_out: bool
    """True when diff-match-patch hit its time limit (the script is then coarse)."""


def _encode(ta: list[Token], tb: list[Token]) -> tuple[str, str]:
    vocab: dict[str, str] = {}
    out = []
    for seq in (ta, tb):
        chars = []
        for t in seq:
            c = vocab.get(t.key)
            if c is None:
                n = len(vocab)
                # Private-use planes first (no meaning to the semantic cleanup), then beyond.
                code = 0xF0000 + n if n < 0x1FFFE else 0x10000 + (n - 0x1FFFE)
                c = chr(code)
                vocab[t.key] = c
            chars.append(c)
        out.append("".join(chars))
    return out[0], out[1]


def diff_words(
    a_text: str, a_start: int, a_end: int, b_text: str, b_start: int, b_end: int,
    *, timeout: float = DEFAULT_TIMEOUT,
) -> DiffResult:
    """Word-level opcodes turning ``a_text[a_start:a_end]`` into ``b_text[b_start:b_end]``."""
    ta = tokens(a_text, a_start, a_end)
    tb = tokens(b_text, b_start, b_end)
    ea, eb = _encode(ta, tb)
    # Common prefix and suffix first: cheap, and keeps the expensive part small.
    pre = 0
    limit = min(len(ea), len(eb))
    while pre < limit and ea[pre] == eb[pre]:
        pre += 1
    suf = 0
    while suf < limit - pre and ea[len(ea) - 1 - suf] == eb[len(eb) - 1 - suf]:
        suf += 1
    mid_a, mid_b = ea[pre : len(ea) - suf], eb[pre : len(eb) - suf]
    timed_out = False
    diffs: list[tuple[int, str]] = []
    if pre:
        diffs.append((0, ea[:pre]))
    if mid_a or mid_b:
        dmp = diff_match_patch()
        dmp.Diff_Timeout = timeout
        began = time.monotonic()
        middle = dmp.diff_main(mid_a, mid_b, False)
        timed_out = timeout > 0 and time.monotonic() - began >= timeout
        diffs.extend(middle)
    if suf:
        diffs.append((0, ea[len(ea) - suf :]))
    dmp = diff_match_patch()
    dmp.diff_cleanupSemantic(diffs)
    return DiffResult(_opcodes(diffs, ta, tb, a_start, b_start), timed_out)


def _opcodes(diffs: list[tuple[int, str]], ta: list[Token], tb: list[Token], a0: int, b0: int) -> tuple[Opcode, ...]:
    ops: list[Opcode] = []
    ia = ib = 0

    def a_pos(k: int) -> int:
        return ta[k].start if k < len(ta) else (ta[-1].end if ta else a0)

    def b_pos(k: int) -> int:
        return tb[k].start if k < len(tb) else (tb[-1].end if tb else b0)

    pending_del = pending_ins = 0
    for op, text in [*diffs, (0, "")]:
        if op == -1:
            pending_del += len(text)
            continue
        if op == 1:
            pending_ins += len(text)
            continue
        if pending_del or pending_ins:
            tag: OpTag = "replace" if pending_del and pending_ins else ("delete" if pending_del else "insert")
            ops.append(Opcode(tag, a_pos(ia), a_pos(ia + pending_del), b_pos(ib), b_pos(ib + pending_ins)))
            ia += pending_del
            ib += pending_ins
            pending_del = pending_ins = 0
        if text:
            ops.append(Opcode("equal", a_pos(ia), a_pos(ia + len(text)), b_pos(ib), b_pos(ib + len(text))))
            ia += len(text)
            ib += len(text)
    return tuple(ops)


def changed_ops(ops: tuple[Opcode, ...]) -> list[Opcode]:
    """The non-equal opcodes of ``ops``."""
    return [op for op in ops if op.tag != "equal"]

"""Brackets: which closes which, and where a bracketed note ends.

Why a module of its own: a note in brackets ("(Since then …)", "[Update: …]") ends at the
bracket that closes the one it opens with — counting depth, and never at the ")" of a smiley
written inside it. ``annotate.openings`` and ``annotate.detect`` both match brackets; the
counting lives here once. The scan is linear in the window it is given.
"""

from __future__ import annotations

import re

CLOSE = {"(": ")", "[": "]"}
"""Each opening bracket and the one that closes it."""


def match_bracket(text: str, start: int, limit: int) -> int | None:
    """Offset of the bracket closing the one at ``start``, searching up to ``limit``.

    >>> match_bracket("(a (b) c) d", 0, 11)
    8
    >>> match_bracket("((((", 0, 4) is None
    True
    """
    opener = text[start]
    closer = CLOSE[opener]
    depth = 0
    pos = start
    while True:
        o = text.find(opener, pos, limit)
        c = text.find(closer, pos, limit)
        if c < 0:
            return None
        if 0 <= o < c:
            depth += 1
            pos = o + 1
            continue
        if closer == ")" and _emoticon(text, c):
            pos = c + 1  # ":)" or ";-)" inside a note is a smiley, not its end
            continue
        depth -= 1
        if depth == 0:
            return c
        pos = c + 1


def _emoticon(text: str, c: int) -> bool:
    """True for the ``)`` of a smiley (":)", ";)", ":-)", ":^)") written after a space or
    at a line's start, with a space or the end of the text after it."""
    before = text[max(0, c - 3) : c]
    m = re.search(r"(?:^|\s)[:;8]['-^]?$", before) or (re.fullmatch(r"[:;]['-^]?", before[-2:]) and c - 2 <= 0)
    return bool(m) and (c + 1 >= len(text) or text[c + 1] in " \t\n)")

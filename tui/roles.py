"""The vocabulary shared by the TUI's model and its widgets: view modes, sides and *roles*.

A display row is a list of ``(text, role)`` spans. The model decides roles (what a
piece of text is: an inserted word, a note, the divider…), the view decides how a
role looks (``tui/app.tcss`` has one rule per role and theme), so neither knows
about the other. This module also holds the two rules that combine roles: how
overlays (silent edits, notes, frames, search matches) paint over the text's own
role, and which gutter mark a line gets, so that colour is never the only signal.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Literal

Mode = Literal["side", "inline"]
Doc = Literal["a", "b"]
Key = Literal["a", "b", "i"]
Span = tuple[str, str]
"""``(text, role)``: a piece of a display row."""

# Roles of article text.
TEXT = "text"
DEL_WORD = "del_word"
INS_WORD = "ins_word"
DEL_BLOCK = "del_block"
INS_BLOCK = "ins_block"
SILENT_DEL = "silent_del"
SILENT_INS = "silent_ins"
NOTE = "note"
FRAME = "frame"
MARKER = "marker"
MOVED = "moved"
MATCH = "match"
MATCH_CURRENT = "match_current"
# Roles of the furniture.
VOID = "void"
HINT = "hint"
DIVIDER = "divider"
FOLD = "fold"
GUTTER = "gutter"
CURSOR = "cursor"
LABEL_NOTE = "label_note"
LABEL_SILENT = "label_silent"
LABEL_CHANGE = "label_change"
LABEL_MOVE = "label_move"
LABEL_FRAME = "label_frame"

ROLES = (
    TEXT, DEL_WORD, INS_WORD, DEL_BLOCK, INS_BLOCK, SILENT_DEL, SILENT_INS, NOTE, FRAME, MARKER, MOVED,
    MATCH, MATCH_CURRENT, VOID, HINT, DIVIDER, FOLD, GUTTER, CURSOR,
    LABEL_NOTE, LABEL_SILENT, LABEL_CHANGE, LABEL_MOVE, LABEL_FRAME,
    "g_del", "g_ins", "g_mix", "g_silent", "g_note", "g_frame", "g_move",
)
"""Every role a span can carry (the view has a style for each)."""

KINDS = ("annotation", "silent", "addition", "deletion", "edit", "move", "frame")
"""Filters of the side panel (``silent`` selects by flag, the others by kind)."""


# --------------------------------------------------------------------------- overlays

Layer = tuple[list[int], list[int], str]
"""Sorted starts, ends and the role of one overlay (e.g. every note of a document)."""


def layer(spans: list[tuple[int, int]], role: str) -> Layer:
    """An overlay of ``role`` over ``spans``."""
    spans = sorted(spans)
    return [s for s, _ in spans], [e for _, e in spans], role


def paint(lo: int, hi: int, role: str, layers: list[Layer]) -> list[tuple[int, int, str]]:
    """Runs covering ``[lo, hi)``: ``role`` with the overlay ``layers`` on top (later layers win).

    >>> paint(0, 10, "text", [layer([(2, 4)], "note")])
    [(0, 2, 'text'), (2, 4, 'note'), (4, 10, 'text')]
    """
    cuts = {lo, hi}
    hit: list[Layer] = []
    for starts, ends, lrole in layers:
        k = bisect.bisect_right(ends, lo)
        found = False
        while k < len(starts) and starts[k] < hi:
            if ends[k] > lo:
                found = True
                cuts.add(max(lo, starts[k]))
                cuts.add(min(hi, ends[k]))
            k += 1
        if found:
            hit.append((starts, ends, lrole))
    if not hit:
        return [(lo, hi, role)] if lo < hi else []
    points = sorted(cuts)
    out: list[tuple[int, int, str]] = []
    for p, q in itertools.pairwise(points):
        r = role
        for starts, ends, lrole in hit:
            k = bisect.bisect_right(starts, p) - 1
            if k >= 0 and ends[k] > p:
                r = lrole
        if out and out[-1][2] == r and out[-1][1] == p:
            out[-1] = (out[-1][0], q, r)
        else:
            out.append((p, q, r))
    return out


# --------------------------------------------------------------------------- gutter marks

_GUTTER_ORDER = (
    ((SILENT_DEL, SILENT_INS), "!", "g_silent"),
    ((NOTE,), "*", "g_note"),
    ((FRAME, MARKER), "~", "g_frame"),
)


def mark(roles: set[str], key: Key, inline: bool) -> str:
    """The two-cell gutter mark of a line whose text carries ``roles``."""
    for names, char, _ in _GUTTER_ORDER:
        if roles.intersection(names):
            return char + " "
    dels = bool(roles & {DEL_WORD, DEL_BLOCK})
    ins = bool(roles & {INS_WORD, INS_BLOCK})
    if dels and ins:
        return "\u00b1 "
    if dels:
        return "- "
    if ins:
        return "+ "
    if MOVED in roles:
        return "\u2192 " if key == "a" else "\u2190 " if key == "b" else "\u2195 "
    return "  "


def gutter_role(roles: set[str]) -> str:
    """The role of that gutter mark."""
    for names, _, role in _GUTTER_ORDER:
        if roles.intersection(names):
            return role
    dels = bool(roles & {DEL_WORD, DEL_BLOCK})
    ins = bool(roles & {INS_WORD, INS_BLOCK})
    if dels and ins:
        return "g_mix"
    if dels:
        return "g_del"
    if ins:
        return "g_ins"
    if MOVED in roles:
        return "g_move"
    return GUTTER

"""Brackets: which closes which, and where a bracketed note ends.

Why a module of its own: a note in brackets ("(Since then …)", "[Update: …]") ends at the
bracket that closes the one it opens with — counting depth, and never at the ")" of a smiley
written inside it. ``annotate.openings`` and ``annotate.detect`` both match brackets; the
counting lives here once. The scan is linear in the window it is given. Also here: where
brackets open in a passage (``openings``), the inline HTML element wrapping a bracketed
note (``wrapped``), and whether a place is inside backticks (``in_backticks``).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

CLOSE = {"(": ")", "[": "]", "\u3010": "\u3011", "\uff08": "\uff09"}
"""Each opening bracket and the one that closes it (Japanese and Chinese writers' 【…】 and
full-width （…） too: "【追記】", "（追記）")."""


def match_bracket(text: str, start: int, limit: int) -> int | None:
    """Offset of the bracket closing the one at ``start``, searching up to ``limit``.

    >>> match_bracket("(a (b) c) d", 0, 11)
    8
    >>> match_bracket("((((", 0, 4) is None
    True
    """
    found, skipped = _match(text, start, limit, lists=True)
    return found if found is not None or not skipped else _match(text, start, limit, lists=False)[0]


def _match(text: str, start: int, limit: int, lists: bool) -> tuple[int | None, bool]:
    """``match_bracket``'s scan, and whether it went past an inline list's numbers ("1) …, 2) …"),
    as it does with ``lists``."""
    opener = text[start]
    closer = CLOSE[opener]
    depth = 0
    pos = start
    skipped = False
    while True:
        o = text.find(opener, pos, limit)
        c = text.find(closer, pos, limit)
        if c < 0:
            return None, skipped
        if 0 <= o < c:
            depth += 1
            pos = o + 1
            continue
        if closer == ")" and _emoticon(text, c):
            pos = c + 1  # ":)" or ";-)" inside a note is a smiley, not its end
            continue
        if lists and closer == ")" and _enumerator(text, start, c, limit):
            pos, skipped = c + 1, True  # "… models: 1) FDA errs …, or 2) FDA's just unreliable.)": a list's numbers
            continue
        depth -= 1
        if depth == 0:
            return c, skipped
        pos = c + 1


def _emoticon(text: str, c: int) -> bool:
    """True for the ``)`` of a smiley (":)", ";)", ":-)", ":^)") written after a space or
    at a line's start, with a space or the end of the text after it."""
    before = text[max(0, c - 3) : c]
    m = re.search(r"(?:^|\s)[:;8]['-^]?$", before) or (re.fullmatch(r"[:;]['-^]?", before[-2:]) and c - 2 <= 0)
    return bool(m) and (c + 1 >= len(text) or text[c + 1] in " \t\n)")


def _enumerator(text: str, start: int, c: int, limit: int) -> bool:
    """True for the ``)`` of an inline list's number or letter ("1) …, 2) …", "a) … b) …") inside a
    bracket opened at ``start``: one figure or letter after a space, a space after it; the list's
    first opening after a colon ("models: 1) …"), and the neighbour in the list ("2)" after "1)",
    "1)" before "2)") within a few lines.

    >>> _enumerator("(two models: 1) one, or 2) two.)", 0, 14, 32), _enumerator("(see note 1) and 2) x", 0, 11, 21)
    (True, False)
    """
    if c < start + 3 or not text[c - 1].isalnum() or not text[c - 2].isspace() or text[c + 1 : c + 2] not in (" ", "\t"):
        return False
    ch = text[c - 1]
    if ch in "1a":
        return _AFTER_COLON.search(text, max(start, c - 6), c - 1) is not None and _item(chr(ord(ch) + 1)).search(text, c, min(limit, c + 400)) is not None
    if ch.isdigit() or "b" <= ch <= "z":
        first = "1" if ch.isdigit() else "a"
        return _item(re.escape(chr(ord(ch) - 1))).search(text, max(start, c - 400), c) is not None and (
            re.compile(r":[ \t]{1,3}" + first + r"\) ").search(text, start, c) is not None
        )
    return False


_AFTER_COLON = re.compile(r":[ \t]{1,3}$")
"""A colon just before a list's first number ("models: 1) …")."""


def _item(mark: str) -> re.Pattern[str]:
    """An inline list's item mark ("2) ") after a space."""
    return re.compile(r"\s" + mark + r"\) ")


def spaces(text: str, pos: int, limit: int) -> int:
    """How many spaces and tabs stand at ``text[pos:limit]``'s start."""
    n = 0
    while pos + n < limit and text[pos + n] in " \t":
        n += 1
    return n


def openings(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets of every opening bracket (``CLOSE``) in ``text[start:end]``, in order (a
    ``str.find`` scan per kind, merged: far cheaper than a regular expression over a long text)."""
    heap = [(at, o) for o in CLOSE if (at := text.find(o, start, end)) >= 0]
    heapq.heapify(heap)
    while heap:
        at, o = heap[0]
        yield at
        nxt = text.find(o, at + 1, end)
        if nxt >= 0:
            heapq.heapreplace(heap, (nxt, o))
        else:
            heapq.heappop(heap)


OPEN_TAG = re.compile(r"<(span|em|i|strong|b|small|font|mark|ins)\b[^<>\n]{0,120}>$", re.IGNORECASE)
"""An inline HTML element opening right before a bracketed note."""


def wrapped(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """``(start, end)`` of a bracketed note, widened to an inline HTML element wrapping
    exactly it (``<span style="color: #286ee0;">[Updated on 2019-07-18: …]</span>``): the
    note's own markup; and to emphasis or a strike-through wrapping exactly it
    (``**(UPDATE1: QEMU 7.0.0)**``, ``~~(Edit 2022-01-28: …)~~``)."""
    if start - 2 >= lo and text[start - 2 : start] == "~~" and text.startswith("~~", end) and end + 2 <= hi:
        return start - 2, end + 2
    if start > lo and text[start - 1] in "*_":
        n = 1
        while n < 3 and start - n > lo and text[start - n - 1] == text[start - 1]:
            n += 1
        run = text[start - n : start]
        if text.startswith(run, end) and end + n <= hi and (end + n == hi or text[end + n] != run[0]) and (
            start - n == lo or not text[start - n - 1].isalnum()
        ):
            return start - n, end + n
        return start, end
    if start == lo or text[start - 1] != ">":
        return start, end
    m = OPEN_TAG.search(text, max(lo, start - 130), start)
    if m is None:
        return start, end
    close = f"</{m.group(1)}>"
    if text[end : end + len(close)].lower() != close.lower() or end + len(close) > hi:
        return start, end
    return m.start(), end + len(close)


def in_backticks(text: str, at: int) -> bool:
    """Whether offset ``at`` is inside inline code: an odd number of backticks before it on its
    line (or in the 2,000 characters before it, on a long one: a megabyte written as one line
    is not read back to its start at every place asked about)."""
    start = text.rfind("\n", max(0, at - 2000), at) + 1 or max(0, at - 2000)
    return text.count("`", start, at) % 2 == 1


def past_bracket(text: str, o: int, close: int) -> int:
    """Where to look for the next bracket after the one opening at ``o`` and closing at ``close``:
    past it, or inside it when it is a short link's text, which may hold a note ("[UnifyCR (since
    renamed as UnifyFS)](…)")."""
    return o + 1 if text[o] == "[" and text.startswith("(", close + 1) and close - o < 300 else close + 1

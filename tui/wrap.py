"""Cell geometry of display text: wrapping a passage to a pane width, fitting a row to it.

Both work in terminal *cells* (a CJK character takes two), not characters, so the
two columns of the side-by-side view stay aligned whatever the script. Wrapping
returns offsets into the text rather than copies, so a row is cut out of the
model's text only when it is drawn.
"""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size

from tui.roles import Span


def _narrow_set() -> frozenset[str]:
    ranges = (
        (0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x482), (0x2010, 0x2027), (0x2030, 0x205E),
        (0x20A0, 0x20C0), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2500, 0x25FF),
    )
    chars = (chr(c) for lo, hi in ranges for c in range(lo, hi + 1))
    return frozenset(c for c in chars if get_character_cell_size(c) == 1)


_NARROW = _narrow_set()
"""Characters known to take one cell: lines made only of these wrap by character count (fast)."""


def _wrap_narrow(line: str, base: int, width: int, out: list[tuple[int, int]]) -> None:
    n = len(line)
    pos = 0
    while n - pos > width:
        cut = line.rfind(" ", pos + 1, pos + width + 1)
        if cut <= pos:
            end = nxt = pos + width
        else:
            end, nxt = cut, cut + 1
        while nxt < n and line[nxt] == " ":
            nxt += 1
        out.append((base + pos, base + end))
        pos = nxt
    out.append((base + pos, base + n))


def _wrap_wide(line: str, base: int, width: int, out: list[tuple[int, int]]) -> None:
    n = len(line)
    pos = 0
    while pos < n:
        cells = 0
        k = pos
        last_space = -1
        while k < n:
            w = get_character_cell_size(line[k])
            if cells + w > width and k > pos:
                break
            if line[k] == " ":
                last_space = k
            cells += w
            k += 1
        if k >= n:
            out.append((base + pos, base + n))
            return
        if line[k] == " ":
            end = nxt = k
        elif last_space > pos:
            end, nxt = last_space, last_space + 1
        else:
            end = nxt = k
        while nxt < n and line[nxt] == " ":
            nxt += 1
        out.append((base + pos, base + end))
        pos = nxt
    if pos == 0 and n == 0:
        out.append((base, base))


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Display lines of ``text`` at ``width`` cells, as ``(start, end)`` offsets; ``\\n`` breaks a line.

    >>> t = "one two three four\\n\\nfive"
    >>> [t[s:e] for s, e in wrap(t, 9)]
    ['one two', 'three', 'four', '', 'five']
    """
    width = max(1, width)
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while True:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        narrow = (line.isascii() and line.isprintable()) or _NARROW.issuperset(line)
        if narrow and len(line) <= width:
            out.append((pos, end))
        elif narrow:
            _wrap_narrow(line, pos, width, out)
        else:
            _wrap_wide(line, pos, width, out)
            if not line:
                out.append((pos, pos))
        if nl < 0:
            break
        pos = nl + 1
    return out


def fit(spans: list[Span], width: int, pad_role: str) -> list[Span]:
    """``spans`` cut or padded to exactly ``width`` cells (a cut line ends with an ellipsis).

    >>> fit([("abcdef", "text")], 4, "void")
    [('abc…', 'text')]
    """
    out: list[Span] = []
    used = 0
    for text, role in spans:
        if used >= width:
            break
        w = cell_len(text)
        if used + w <= width:
            out.append((text, role))
            used += w
            continue
        room = width - used - 1
        cut = ""
        cells = 0
        for ch in text:
            cw = get_character_cell_size(ch)
            if cells + cw > room:
                break
            cut += ch
            cells += cw
        out.append((cut + "\u2026", role))
        used += cells + 1
        break
    if used < width:
        out.append((" " * (width - used), pad_role))
    return out

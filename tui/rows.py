"""Row geometry: the model wrapped to a pane width as numbered display rows, and each row drawn.

``Rows`` is rebuilt on every resize, view switch or fold, so it only keeps
offsets (which section starts at which row, where each line of a side begins);
``Rows.line(y)`` cuts the spans of one row when the widget draws it. Both
columns of a section get the same height (the shorter one is padded), which is
what keeps the two versions in step while scrolling.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.entries import Entry
from tui.roles import (
    CURSOR,
    DIVIDER,
    FOLD,
    GUTTER,
    HINT,
    MATCH,
    MATCH_CURRENT,
    TEXT,
    VOID,
    Key,
    Mode,
    Span,
    gutter_role,
    mark,
    paint,
)
from tui.sections import LEFT_KINDS, RIGHT_KINDS, Search, Section, Side
from tui.wrap import fit, wrap

if TYPE_CHECKING:
    from tui.model import DocModel

GUTTER_WIDTH = 2
MIN_TEXT_WIDTH = 8

_Lines = Sequence[tuple[int, int]]
"""``(start, end)`` display offsets of each line of a side."""
_Item = tuple[int, int, _Lines, _Lines]
"""``(first section, section count, left or inline lines, right lines)``; count > 1 or a fold: folded run."""


class Rows:
    """The model wrapped to a width: numbered display rows.

    With ``until``, only the sections that fill the first ``until`` rows are wrapped; the
    height of each later one is estimated from its length, and it is wrapped when first
    drawn (``complete`` is false: the caller lays the model out again in full, off the
    event loop, for the scroll bar and the rows below the first screen to be exact)."""

    def __init__(self, model: DocModel, width: int, mode: Mode, fold: bool, until: int | None = None) -> None:
        self.model = model
        self.width = max(width, 2 * (GUTTER_WIDTH + MIN_TEXT_WIDTH) + 1)
        self.mode: Mode = mode
        self.fold = fold
        if mode == "side":
            self.left_width = (self.width - 1) // 2
            self.right_width = self.width - 1 - self.left_width
        else:
            self.left_width = self.width
            self.right_width = 0
        self.items: list[_Item] = []
        self.folded: list[bool] = []
        self.starts: list[int] = []
        self.item_of_section: list[int] = [0] * len(model.sections)
        self.laid: int | None = None
        """The first item whose height is estimated (``None``: every height is exact)."""
        row = 0
        i = 0
        sections = model.sections
        while i < len(sections):
            if fold and model.foldable(i):
                j = i
                while j < len(sections) and model.foldable(j):
                    self.item_of_section[j] = len(self.items)
                    j += 1
                self.items.append((i, j - i, (), ()))
                self.folded.append(True)
                self.starts.append(row)
                row += 2
                i = j
                continue
            sec = sections[i]
            self.item_of_section[i] = len(self.items)
            if self.laid is None and until is not None and row >= until:
                self.laid = len(self.items)
            left: _Lines = ()
            right: _Lines = ()
            if self.laid is None:
                left, right = self._wrap(sec)
                body = max(len(left), len(right), 1)
            else:
                body = self._estimate(sec)
            self.items.append((i, 1, left, right))
            self.folded.append(False)
            self.starts.append(row)
            row += len(sec.labels) + body + 1
            i += 1
        self.total = row
        self.complete = self.laid is None
        """True when every row is where the full layout puts it."""

    def _wrap(self, sec: Section) -> tuple[_Lines, _Lines]:
        """The display lines of ``sec``: left (or inline) and right."""
        if self.mode != "side":
            return wrap(sec.inline.text, self.left_width - GUTTER_WIDTH), ()
        lw, rw = self.left_width - GUTTER_WIDTH, self.right_width - GUTTER_WIDTH
        left = wrap(sec.left.text, lw) if sec.left is not None else ()
        right = wrap(sec.right.text, rw) if sec.right is not None else ()
        return left, right

    def _estimate(self, sec: Section) -> int:
        """About as many lines as wrapping ``sec`` gives, from the length of its source text alone."""
        if self.mode != "side":
            span = sec.b if sec.b is not None else sec.a
            return max(1, _least_lines(span, self.left_width - GUTTER_WIDTH))
        left = _least_lines(sec.a, self.left_width - GUTTER_WIDTH) if sec.kind in LEFT_KINDS else 0
        right = _least_lines(sec.b, self.right_width - GUTTER_WIDTH) if sec.kind in RIGHT_KINDS else 0
        return max(left, right, 1)

    def _wrapped(self, item: int) -> _Item:
        """Item ``item``, its section wrapped now if its height was estimated."""
        found = self.items[item]
        if self.laid is not None and item >= self.laid and not self.folded[item] and not (found[2] or found[3]):
            found = (found[0], found[1], *self._wrap(self.model.sections[found[0]]))
            self.items[item] = found
        return found

    # ----------------------------------------------------------------- geometry

    def item_at(self, y: int) -> int:
        """Index of the item holding row ``y``."""
        return max(0, bisect.bisect_right(self.starts, y) - 1)

    def section_at(self, y: int) -> int | None:
        """The section shown at row ``y`` (the first of a folded run), or ``None`` past the end."""
        if not self.items or y < 0 or y >= self.total:
            return None
        return self.items[self.item_at(y)][0]

    def section_row(self, section: int) -> int:
        """First row of ``section`` (its labels), or of the folded run holding it."""
        return self.starts[self.item_of_section[section]] if self.items else 0

    def row_of(self, section: int, key: Key, offset: int) -> int:
        """Row showing display ``offset`` of side ``key`` of ``section``."""
        item = self.item_of_section[section]
        first, _, left, right = self._wrapped(item)
        row = self.starts[item]
        if self.folded[item]:
            return row
        sec = self.model.sections[first]
        lines = right if key == "b" and self.mode == "side" else left
        k = bisect.bisect_right([s for s, _ in lines], offset) - 1 if lines else 0
        end = self.starts[item + 1] if item + 1 < len(self.starts) else self.total
        return min(row + len(sec.labels) + max(0, k), end - 1)  # within the section's (estimated) rows

    def entry_row(self, entry: Entry) -> int:
        """Row where ``entry`` starts."""
        sec = self.model.sections[entry.section]
        key: Key = "i" if self.mode == "inline" else entry.doc
        side = sec.side(key)
        offset = side.display_offset(entry.doc, entry.offset) if side is not None else None
        if offset is None:
            return self.section_row(entry.section)
        return self.row_of(entry.section, key, offset)

    def anchor(self, y: int) -> tuple[int, float]:
        """A width-independent position for row ``y``: ``(section, fraction of it)``."""
        if not self.items:
            return 0, 0.0
        item = self.item_at(y)
        end = self.starts[item + 1] if item + 1 < len(self.starts) else self.total
        height = max(1, end - self.starts[item])
        return self.items[item][0], (y - self.starts[item]) / height

    def row_for_anchor(self, anchor: tuple[int, float]) -> int:
        """The row of ``anchor`` in this layout."""
        section, frac = anchor
        if not self.items or section >= len(self.item_of_section):
            return 0
        item = self.item_of_section[section]
        end = self.starts[item + 1] if item + 1 < len(self.starts) else self.total
        return self.starts[item] + int(frac * (end - self.starts[item]))

    # ----------------------------------------------------------------- drawing

    def line(self, y: int, *, current: int | None = None, search: Search | None = None,
             search_current: int | None = None) -> list[Span]:
        """The spans of row ``y`` (exactly ``width`` cells wide)."""
        if y < 0 or y >= self.total or not self.items:
            return [(" " * self.width, TEXT)]
        item = self.item_at(y)
        first, count, left, right = self._wrapped(item)
        r = y - self.starts[item]
        if self.folded[item]:
            if r > 0:
                return [(" " * self.width, TEXT)]
            n = count
            text = f"  \u22ef {n} unchanged passage{'s' * (n != 1)} folded (f: unfold) \u22ef"
            return fit([(text, FOLD)], self.width, FOLD)
        sec = self.model.sections[first]
        is_current = current == first
        if r < len(sec.labels):
            label = sec.labels[r]
            cursor = "\u25b6 " if is_current else "  "
            return fit([(cursor, CURSOR if is_current else GUTTER), (label.text, label.role)], self.width, label.role)
        k = r - len(sec.labels)
        end = self.starts[item + 1] if item + 1 < len(self.starts) else self.total
        body = min(max(len(left), len(right), 1), end - self.starts[item] - len(sec.labels) - 1)
        if k >= body:
            if self.mode == "side":
                return [(" " * self.left_width, TEXT), ("\u2502", DIVIDER), (" " * self.right_width, TEXT)]
            return [(" " * self.width, TEXT)]
        hits = search.by_side if search is not None else {}
        cur_hit = None
        if search is not None and search_current is not None and 0 <= search_current < len(search.hits):
            h = search.hits[search_current]
            if h[0] == first:
                cur_hit = (h[1], h[2], h[3])
        if self.mode == "inline":
            return self._column(sec.inline, left, k, self.width, first, "i", sec.hint_left, hits, cur_hit,
                                is_current, inline=True)
        spans = self._column(sec.left, left, k, self.left_width, first, "a", sec.hint_left, hits, cur_hit, is_current)
        spans.append(("\u2502", DIVIDER))
        spans += self._column(sec.right, right, k, self.right_width, first, "b", sec.hint_right, hits, cur_hit,
                              is_current)
        return spans

    def _column(
        self, side: Side | None, lines: _Lines, k: int, width: int, section: int, key: Key,
        hint: str, hits: dict[tuple[int, Key], list[tuple[int, int]]], cur_hit: tuple[Key, int, int] | None,
        is_current: bool, *, inline: bool = False,
    ) -> list[Span]:
        text_width = width - GUTTER_WIDTH
        gutter = CURSOR if is_current else GUTTER
        if side is None:
            if k == 0 and hint:
                return [("  ", gutter), *fit([(hint, HINT)], text_width, VOID)]
            return [("  ", gutter), (" " * text_width, VOID)]
        if k >= len(lines):
            return [("  ", gutter), (" " * text_width, TEXT)]
        lo, hi = lines[k]
        runs = side.runs(lo, hi)
        marks = {r for _, _, r in runs}
        found = hits.get((section, key))
        if found:
            runs = _overlay(runs, found, lo, hi, cur_hit if cur_hit and cur_hit[0] == key else None)
        runs = side.styled(runs)  # Markdown styles over the roles (``tui.markdown``)
        spans: list[Span] = [(mark(marks, key, inline), gutter if is_current else gutter_role(marks))]
        spans += [(side.text[s:e], r) for s, e, r in runs]
        return [spans[0], *fit(spans[1:], text_width, TEXT)]

    def plain(self, y: int) -> str:
        """Row ``y`` as plain text, trailing spaces removed (for tests and the tmux check)."""
        return "".join(t for t, _ in self.line(y)).rstrip()


def _least_lines(span: tuple[int, int] | None, width: int) -> int:
    """Lines of ``width`` cells that ``span`` of a source text fills at the least."""
    return 0 if span is None else -(-(span[1] - span[0]) // max(1, width))


def _overlay(
    runs: list[tuple[int, int, str]], hits: list[tuple[int, int]], lo: int, hi: int,
    current: tuple[Key, int, int] | None,
) -> list[tuple[int, int, str]]:
    """``runs`` with the search ``hits`` painted over them (the ``current`` one distinct)."""
    k = bisect.bisect_right([e for _, e in hits], lo)
    relevant = []
    while k < len(hits) and hits[k][0] < hi:
        relevant.append(hits[k])
        k += 1
    if not relevant:
        return runs
    starts = [s for s, _ in relevant]
    ends = [e for _, e in relevant]
    out: list[tuple[int, int, str]] = []
    for s, e, r in runs:
        for ps, pe, pr in paint(s, e, r, [(starts, ends, MATCH)]):
            if pr == MATCH and current is not None and current[1] <= ps and pe <= current[2]:
                pr = MATCH_CURRENT
            out.append((ps, pe, pr))
    return out

"""Sections: the comparison's alignment blocks as display text with role runs, one per aligned row.

A ``Section`` is what the TUI scrolls through: one aligned row of passages with
its left (original), right (republished) and inline text, each a ``Side`` that
keeps the displayed text (control characters made visible, tabs expanded), its
role runs, and the map back to source offsets (for jumping to a change).

It exists beside ``annotate.render.layout`` (the rows of the HTML and TEI
renderers) because a terminal row needs things that layout does not keep: the
text *between* passages (kept as it is, with its role), one section per inserted
or deleted passage, the silent-edit overlay over the whole range of a change
(equal words inside it included), and the inline form with a gap between a
removed and an inserted word. See ``docs/tui.md``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from annotate.model import Block, Document, Opcode
from annotate.render.text import visible
from tui.markdown import combine, markdown_styles
from tui.roles import (
    DEL_BLOCK,
    DEL_WORD,
    INS_BLOCK,
    INS_WORD,
    MOVED,
    TEXT,
    Doc,
    Key,
    Layer,
    Mode,
    paint,
)

SEARCH_LIMIT = 20_000


@dataclass
class Side:
    """The display text of one column of a section, with its role runs.

    ``text`` is what is shown (control characters made visible, tabs expanded);
    ``starts``/``roles`` give the role of each run; ``pieces`` map source
    offsets (``doc``, ``src_start``, ``src_end``) to display offsets; ``md_starts``/
    ``md_styles`` give the Markdown style of each run (none before the first).
    """

    text: str = ""
    starts: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    pieces: list[tuple[Doc, int, int, int, bool]] = field(default_factory=list)
    md_starts: list[int] = field(default_factory=list)
    md_styles: list[str] = field(default_factory=list)

    def add(self, doc: Doc, src_start: int, src_end: int, shown: str, role: str, md: str = "") -> None:
        """Append ``shown`` (the display form of ``doc[src_start:src_end]``) with ``role``
        and Markdown style ``md``."""
        if not shown:
            return
        at = len(self.text)
        self.pieces.append((doc, src_start, src_end, at, len(shown) == src_end - src_start))
        if not self.roles or self.roles[-1] != role:
            self.starts.append(at)
            self.roles.append(role)
        self._style(at, md)
        self.text += shown

    def add_styled(self, doc: Doc, src_start: int, src_end: int, shown: str, role: str,
                   styles: list[tuple[int, int, str]]) -> None:
        """Append ``shown``, the same length as ``doc[src_start:src_end]``, with ``role`` and
        the Markdown ``styles`` of its source runs."""
        at = len(self.text) - src_start
        self.add(doc, src_start, src_end, shown, role, styles[0][2] if styles else "")
        for x, _, md in styles[1:]:
            self._style(at + x, md)

    def _style(self, at: int, md: str) -> None:
        if (self.md_styles[-1] if self.md_styles else "") != md:
            self.md_starts.append(at)
            self.md_styles.append(md)

    def display_offset(self, doc: Doc, offset: int) -> int | None:
        """Display offset of source ``offset`` of ``doc``, or ``None`` when not shown here."""
        best: int | None = None
        for d, s, e, at, same in self.pieces:
            if d != doc:
                continue
            if s <= offset < e or (offset == e and best is None):
                return at + (offset - s if same else 0)
            if s > offset and best is None:
                best = at
        return best

    def runs(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Role runs clipped to display range ``[lo, hi)``."""
        out: list[tuple[int, int, str]] = []
        if lo >= hi:
            return out
        k = max(0, bisect.bisect_right(self.starts, lo) - 1)
        while k < len(self.starts) and self.starts[k] < hi:
            s = max(lo, self.starts[k])
            e = min(hi, self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text))
            if s < e:
                out.append((s, e, self.roles[k]))
            k += 1
        return out

    def styled(self, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """``runs`` cut where the Markdown style changes, each role combined with its style."""
        if not self.md_starts:
            return runs
        out: list[tuple[int, int, str]] = []
        for s, e, r in runs:
            k = bisect.bisect_right(self.md_starts, s) - 1
            while s < e:
                end = min(e, self.md_starts[k + 1]) if k + 1 < len(self.md_starts) else e
                out.append((s, end, combine(r, self.md_styles[k]) if k >= 0 else r))
                s = end
                k += 1
        return out


@dataclass(frozen=True)
class Label:
    """A line shown above a section: what changed there, with dates."""

    text: str
    role: str
    entry: int | None


@dataclass
class Section:
    """One aligned row of passages (or one passage of a single document)."""

    kind: str
    """A block kind (``equal``, ``changed``, ``insert``, ``delete``, ``move_from``, ``move_to``) or ``passage``."""
    left: Side | None
    right: Side | None
    inline: Side
    a: tuple[int, int] | None
    b: tuple[int, int] | None
    a_para: int | None
    """First original passage index, if any."""
    b_para: int | None
    """First revised passage index, if any."""
    labels: list[Label] = field(default_factory=list)
    entries: list[int] = field(default_factory=list)
    hint_left: str = ""
    hint_right: str = ""
    move: int | None = None
    """For ``move_from``/``move_to``: the move id."""

    def side(self, key: Key) -> Side | None:
        """The side shown for ``key`` (``a`` left, ``b`` right, ``i`` inline)."""
        return self.left if key == "a" else self.right if key == "b" else self.inline


@dataclass(frozen=True)
class Search:
    """Matches of a search in the display text, in reading order."""

    query: str
    mode: Mode
    hits: list[tuple[int, Key, int, int]]
    by_side: dict[tuple[int, Key], list[tuple[int, int]]]
    truncated: bool = False


def search(sections: list[Section], query: str, mode: Mode) -> Search:
    """Case-insensitive, literal matches of ``query`` in the text ``sections`` show in ``mode``."""
    hits: list[tuple[int, Key, int, int]] = []
    by_side: dict[tuple[int, Key], list[tuple[int, int]]] = {}
    truncated = False
    if query:
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        keys: tuple[Key, ...] = ("i",) if mode == "inline" else ("a", "b")
        for i, sec in enumerate(sections):
            for key in keys:
                side = sec.side(key)
                if side is None:
                    continue
                for m in pattern.finditer(side.text):
                    if m.end() == m.start():
                        continue
                    hits.append((i, key, m.start(), m.end()))
                    by_side.setdefault((i, key), []).append((m.start(), m.end()))
                    if len(hits) >= SEARCH_LIMIT:
                        truncated = True
                        break
                if truncated:
                    break
            if truncated:
                break
    return Search(query, mode, hits, by_side, truncated)


# --------------------------------------------------------------------------- building


def _shown(text: str) -> str:
    return visible(text.replace("\t", "    ") if "\t" in text else text)


class Builder:
    """Builds sections from the documents, with the overlay layers of each (silent edits, notes, frames)."""

    def __init__(self, a: Document | None, b: Document, layers_a: list[Layer], layers_b: list[Layer]) -> None:
        self.a = a
        self.b = b
        self.layers = {"a": layers_a, "b": layers_b}
        self.md = {"a": markdown_styles(a), "b": markdown_styles(b)}
        self.sections: list[Section] = []

    def text(self, doc: Doc) -> str:
        d = self.a if doc == "a" else self.b
        assert d is not None
        return d.text

    def fill(self, side: Side, doc: Doc, lo: int, hi: int, role: str) -> None:
        """``doc[lo:hi]`` with ``role``, under the overlays of ``doc``."""
        text = self.text(doc)
        md = self.md[doc]
        for s, e, r in paint(lo, hi, role, self.layers[doc]):
            if md is None:
                side.add(doc, s, e, _shown(text[s:e]), r)
                continue
            shown = _shown(text[s:e])
            if len(shown) == e - s:  # shown character for character: one piece, styled in runs
                side.add_styled(doc, s, e, shown, r, md.cut(s, e))
                continue
            for x, y, style in md.cut(s, e):
                side.add(doc, x, y, _shown(text[x:y]), r, style)

    def fill_ops(self, side: Side, doc: Doc, lo: int, hi: int, ops: tuple[Opcode, ...], same: str, diff: str) -> None:
        """``doc[lo:hi]`` with the ``ops`` that touch it: equal parts ``same``, changed ones ``diff``."""
        pos = lo
        for op in ops:
            s, e = (op.a_start, op.a_end) if doc == "a" else (op.b_start, op.b_end)
            if e <= s:
                continue
            s, e = max(s, pos), min(e, hi)
            if s >= e:
                continue
            if s > pos:
                self.fill(side, doc, pos, s, same)
            self.fill(side, doc, s, e, same if op.tag == "equal" else diff)
            pos = e
        if pos < hi:
            self.fill(side, doc, pos, hi, same)

    def fill_inline(self, side: Side, blk: Block, same: str) -> None:
        """The inline form of an edited block: deleted words, then inserted ones, in reading order."""
        assert blk.a is not None and blk.b is not None
        apos, bpos = blk.a[0], blk.b[0]
        for op in blk.ops:
            if op.tag == "equal":
                if op.b_end > op.b_start:
                    self.fill(side, "b", op.b_start, op.b_end, same)
            else:
                if op.a_end > op.a_start:
                    self.fill(side, "a", op.a_start, op.a_end, DEL_WORD)
                    if op.b_end > op.b_start and not (
                        self.text("a")[op.a_end - 1].isspace() or self.text("b")[op.b_start].isspace()
                    ):
                        # A visible gap between the removed and the inserted words
                        # ("lucky prepared", not "luckyprepared").
                        side.add("a", op.a_end, op.a_end, " ", same)
                if op.b_end > op.b_start:
                    self.fill(side, "b", op.b_start, op.b_end, INS_WORD)
            apos, bpos = max(apos, op.a_end), max(bpos, op.b_end)
        if bpos < blk.b[1]:
            self.fill(side, "b", bpos, blk.b[1], same)

    def add(self, section: Section) -> None:
        self.sections.append(section)

    def block(self, blk: Block, move_ops: dict[int | None, tuple[Opcode, ...]]) -> None:
        """The sections of alignment block ``blk`` (``move_ops``: the ops of each move's ``move_to`` block)."""
        a, b = self.a, self.b
        assert a is not None
        if blk.kind == "equal" and blk.a is not None and blk.b is not None:
            na = blk.a_passages[1] - blk.a_passages[0]
            nb = blk.b_passages[1] - blk.b_passages[0]
            spans: list[tuple[tuple[int, int], tuple[int, int], int, int]]
            if na == nb:
                spans = [
                    ((a.passages[i].start, a.passages[i].end), (b.passages[j].start, b.passages[j].end), i, j)
                    for i, j in zip(range(*blk.a_passages), range(*blk.b_passages), strict=True)
                ]
            else:
                spans = [(blk.a, blk.b, blk.a_passages[0], blk.b_passages[0])]
            for ra, rb, i, j in spans:
                left, right, inline = Side(), Side(), Side()
                self.fill(left, "a", ra[0], ra[1], TEXT)
                self.fill(right, "b", rb[0], rb[1], TEXT)
                self.fill(inline, "b", rb[0], rb[1], TEXT)
                self.add(Section("equal", left, right, inline, ra, rb, i, j))
        elif blk.kind == "changed" and blk.a is not None and blk.b is not None:
            left, right, inline = Side(), Side(), Side()
            self.fill_ops(left, "a", blk.a[0], blk.a[1], blk.ops, TEXT, DEL_WORD)
            self.fill_ops(right, "b", blk.b[0], blk.b[1], blk.ops, TEXT, INS_WORD)
            self.fill_inline(inline, blk, TEXT)
            self.add(Section("changed", left, right, inline, blk.a, blk.b, blk.a_passages[0], blk.b_passages[0]))
        elif blk.kind == "insert":
            for j in range(*blk.b_passages):
                first = j == blk.b_passages[0]
                p = b.passages[j]
                right, inline = Side(), Side()
                self.fill(right, "b", p.start, p.end, INS_BLOCK)
                self.fill(inline, "b", p.start, p.end, INS_BLOCK)
                self.add(Section("insert", None, right, inline, None, (p.start, p.end), None, j,
                                 hint_left="(not in the original)" if first else ""))
        elif blk.kind == "delete":
            for i in range(*blk.a_passages):
                first = i == blk.a_passages[0]
                p = a.passages[i]
                left, inline = Side(), Side()
                self.fill(left, "a", p.start, p.end, DEL_BLOCK)
                self.fill(inline, "a", p.start, p.end, DEL_BLOCK)
                self.add(Section("delete", left, None, inline, (p.start, p.end), None, i, None,
                                 hint_right="(not in the republished version)" if first else ""))
        elif blk.kind == "move_from" and blk.a is not None:
            left, inline = Side(), Side()
            ops = move_ops.get(blk.move, ())
            self.fill_ops(left, "a", blk.a[0], blk.a[1], ops, MOVED, DEL_WORD)
            self.fill_ops(inline, "a", blk.a[0], blk.a[1], ops, MOVED, DEL_WORD)
            to = blk.b_passages[0] + 1
            self.add(Section("move_from", left, None, inline, blk.a, None, blk.a_passages[0], None,
                             hint_right=f"(moved: see republished \u00b6 {to})", move=blk.move))
        elif blk.kind == "move_to" and blk.b is not None:
            right, inline = Side(), Side()
            self.fill_ops(right, "b", blk.b[0], blk.b[1], blk.ops, MOVED, INS_WORD)
            if blk.ops and blk.a is not None:
                self.fill_inline(inline, blk, MOVED)
            else:
                self.fill(inline, "b", blk.b[0], blk.b[1], MOVED)
            came = blk.a_passages[0] + 1
            self.add(Section("move_to", None, right, inline, blk.a, blk.b, blk.a_passages[0], blk.b_passages[0],
                             hint_left=f"(moved here from original \u00b6 {came})", move=blk.move))

    def passages(self) -> None:
        """One section per passage of the document read alone."""
        for p in self.b.passages:
            inline = Side()
            self.fill(inline, "b", p.start, p.end, TEXT)
            self.add(Section("passage", None, None, inline, None, (p.start, p.end), None, p.index))

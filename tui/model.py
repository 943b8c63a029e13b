"""The display model of the TUI: sections, wrapped rows and styled spans, apart from any widget.

The model only *reads* an ``annotate`` ``Comparison`` (or ``Notes`` for a
republished version alone); it never diffs. It turns the comparison into
``Section`` values (one aligned row of passages: both sides plus the inline
view), then ``DocModel.layout`` wraps every section to a pane width and keeps
both sides in step (the shorter side is padded with blank lines), giving a
``Layout`` of numbered display rows. ``Layout.line(y)`` returns the styled spans
of one row, so the widget only draws what is visible.

Styles are *roles* (``"ins_word"``, ``"note"``…); the view maps roles to colours,
so the same model serves the light and the dark theme. Article text goes
through ``annotate.render_text.visible`` (control characters shown as escapes)
and is never interpreted as markup.

>>> from annotate import compare
>>> m = build_model(compare("The sky is blue.\\n\\nIt rained.", "The sky is green.\\n\\nIt rained.\\n\\n[Update: dry.]"))
>>> lay = m.layout(60, "side", fold=False)
>>> for y in range(3):
...     print(lay.plain(y))
  !! SILENT: 1 undisclosed change (edit)
! The sky is blue.           │! The sky is green.
                             │
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Literal

from rich.cells import cell_len, get_character_cell_size

from annotate.model import Block, Comparison, DateInfo, Document, Notes, Opcode
from annotate.render_text import visible

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

GUTTER_WIDTH = 2
MIN_TEXT_WIDTH = 8
SEARCH_LIMIT = 20_000


# --------------------------------------------------------------------------- values


@dataclass
class Side:
    """The display text of one column of a section, with its role runs.

    ``text`` is what is shown (control characters made visible, tabs expanded);
    ``starts``/``roles`` give the role of each run; ``pieces`` map source
    offsets (``doc``, ``src_start``, ``src_end``) to display offsets.
    """

    text: str = ""
    starts: list[int] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    pieces: list[tuple[Doc, int, int, int, bool]] = field(default_factory=list)

    def add(self, doc: Doc, src_start: int, src_end: int, shown: str, role: str) -> None:
        """Append ``shown`` (the display form of ``doc[src_start:src_end]``) with ``role``."""
        if not shown:
            return
        at = len(self.text)
        self.pieces.append((doc, src_start, src_end, at, len(shown) == src_end - src_start))
        if not self.roles or self.roles[-1] != role:
            self.starts.append(at)
            self.roles.append(role)
        self.text += shown

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
class Entry:
    """One change (or, for a document alone, one annotation or frame) as the side panel lists it."""

    index: int
    kind: str
    """``annotation``, ``addition``, ``deletion``, ``edit``, ``move`` or ``frame``."""
    silent: bool
    title: str
    date: DateInfo | None
    snippet: str
    section: int
    doc: Doc
    offset: int
    other_section: int | None = None
    """For moves: the section where the passage was."""
    paragraph: int | None = None
    """1-based paragraph number in ``doc``."""
    disclosed_by: tuple[str, ...] = ()
    """Ids of the annotations that disclose this change."""

    def matches(self, kind: str | None) -> bool:
        """True when the entry passes the panel filter ``kind`` (``None``: all)."""
        if kind is None:
            return True
        if kind == "silent":
            return self.silent
        return self.kind == kind


@dataclass(frozen=True)
class Search:
    """Matches of a search in the display text, in reading order."""

    query: str
    mode: Mode
    hits: list[tuple[int, Key, int, int]]
    by_side: dict[tuple[int, Key], list[tuple[int, int]]]
    truncated: bool = False


# --------------------------------------------------------------------------- wrapping


def _narrow_set() -> frozenset[str]:
    ranges = (
        (0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x482), (0x2010, 0x2027), (0x2030, 0x205E),
        (0x20A0, 0x20C0), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2500, 0x25FF),
    )
    chars = (chr(c) for lo, hi in ranges for c in range(lo, hi + 1))
    return frozenset(c for c in chars if get_character_cell_size(c) == 1)


_NARROW = _narrow_set()


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
        if len(line) <= width and _NARROW.issuperset(line):
            out.append((pos, end))
        elif _NARROW.issuperset(line):
            _wrap_narrow(line, pos, width, out)
        else:
            _wrap_wide(line, pos, width, out)
            if not line:
                out.append((pos, pos))
        if nl < 0:
            break
        pos = nl + 1
    return out


# --------------------------------------------------------------------------- building


def _shown(text: str) -> str:
    return visible(text.replace("\t", "    ") if "\t" in text else text)


Layer = tuple[list[int], list[int], str]


def _layer(spans: list[tuple[int, int]], role: str) -> Layer:
    spans = sorted(spans)
    return [s for s, _ in spans], [e for _, e in spans], role


def _paint(lo: int, hi: int, role: str, layers: list[Layer]) -> list[tuple[int, int, str]]:
    """Runs covering ``[lo, hi)``: ``role`` with the overlay ``layers`` on top (later layers win)."""
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


class _Builder:
    """Builds sections and entries from a ``Comparison`` (or ``Notes``)."""

    def __init__(self, a: Document | None, b: Document, layers_a: list[Layer], layers_b: list[Layer]) -> None:
        self.a = a
        self.b = b
        self.layers = {"a": layers_a, "b": layers_b}
        self.sections: list[Section] = []

    def text(self, doc: Doc) -> str:
        d = self.a if doc == "a" else self.b
        assert d is not None
        return d.text

    def fill(self, side: Side, doc: Doc, lo: int, hi: int, role: str) -> None:
        text = self.text(doc)
        for s, e, r in _paint(lo, hi, role, self.layers[doc]):
            side.add(doc, s, e, _shown(text[s:e]), r)

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


def _para(doc: Document, lo: int) -> int | None:
    return lo if lo < len(doc.passages) else None


def _date_text(d: DateInfo | None) -> str:
    return "date unknown" if d is None else f"{d.value} ({d.basis})"


def _snippet(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "\u2026"
    return visible(flat)


def _locate(starts: list[int], ends: list[int], ids: list[int], pos: int) -> int | None:
    """The section holding ``pos`` (or the first one after it)."""
    if not starts:
        return None
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and ends[k] > pos:
        return ids[k]
    k = min(max(k + 1, 0), len(ids) - 1)
    return ids[k]


def _index(sections: list[Section], doc: Doc) -> tuple[list[int], list[int], list[int]]:
    rows = sorted(
        (rng[0], rng[1], i)
        for i, s in enumerate(sections)
        if (rng := (s.a if doc == "a" else s.b)) is not None and s.side(doc) is not None
    )
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def build_model(c: Comparison) -> DocModel:
    """The display model of comparison ``c``."""
    a, b = c.original, c.revised
    silent_a = [(ch.original.start, ch.original.end) for ch in c.changes if ch.silent and ch.original]
    silent_b = [(ch.revised.start, ch.revised.end) for ch in c.changes if ch.silent and ch.revised]
    frames = [(f.start, f.end) for f in c.frames if not f.marker]
    markers = [(f.start, f.end) for f in c.frames if f.marker]
    notes = [(n.start, n.end) for n in c.annotations]
    bld = _Builder(
        a, b,
        [_layer(silent_a, SILENT_DEL)],
        [_layer(silent_b, SILENT_INS), _layer(frames, FRAME), _layer(markers, MARKER), _layer(notes, NOTE)],
    )
    move_ops: dict[int | None, tuple[Opcode, ...]] = {blk.move: blk.ops for blk in c.blocks if blk.kind == "move_to" and blk.move is not None}
    for blk in c.blocks:
        _block_sections(bld, blk, a, b, move_ops)
    sections = bld.sections
    idx_a, idx_b = _index(sections, "a"), _index(sections, "b")
    move_from = {s.move: i for i, s in enumerate(sections) if s.kind == "move_from" and s.move is not None}
    notes_by_id = {n.id: n for n in c.annotations}
    entries: list[Entry] = []
    for ch in c.changes:
        if ch.revised is not None:
            doc: Doc = "b"
            offset = ch.revised.start
            sec = _locate(*idx_b, offset)
        elif ch.original is not None:
            doc, offset = "a", ch.original.start
            sec = _locate(*idx_a, offset)
        else:  # pragma: no cover - a change always has a side
            continue
        if sec is None:  # pragma: no cover
            continue
        date: DateInfo | None = None
        other: int | None = None
        if ch.kind == "annotation" and ch.annotation in notes_by_id:
            note = notes_by_id[ch.annotation]
            title = f"annotation {note.id}"
            date = note.date
        elif ch.kind == "move":
            title = f"move {ch.move}" if ch.move is not None else "move"
            other = move_from.get(ch.move) if ch.move is not None else None
        elif ch.kind == "frame":
            marker = ch.revised is not None and any(s <= ch.revised.start < e for s, e in markers)
            title = "republication marker" if marker else "framing"
        else:
            title = ch.kind
        rng = ch.revised if ch.revised is not None else ch.original
        assert rng is not None
        snippet = _snippet(rng.text)
        if ch.kind == "edit" and ch.original is not None and ch.revised is not None:
            snippet = f"{_snippet(ch.original.text, 40)} \u2192 {_snippet(ch.revised.text, 40)}"
        para = sections[sec].b_para if doc == "b" else sections[sec].a_para
        entries.append(
            Entry(len(entries), ch.kind, ch.silent, title, date, snippet, sec, doc, offset, other,
                  None if para is None else para + 1, ch.disclosed_by)
        )
    _attach_labels(sections, entries)
    return DocModel(sections, entries, single=False, comparison=c, notes=None)


def _block_sections(
    bld: _Builder, blk: Block, a: Document, b: Document, move_ops: dict[int | None, tuple[Opcode, ...]]
) -> None:
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
            bld.fill(left, "a", ra[0], ra[1], TEXT)
            bld.fill(right, "b", rb[0], rb[1], TEXT)
            bld.fill(inline, "b", rb[0], rb[1], TEXT)
            bld.add(Section("equal", left, right, inline, ra, rb, i, j))
    elif blk.kind == "changed" and blk.a is not None and blk.b is not None:
        left, right, inline = Side(), Side(), Side()
        bld.fill_ops(left, "a", blk.a[0], blk.a[1], blk.ops, TEXT, DEL_WORD)
        bld.fill_ops(right, "b", blk.b[0], blk.b[1], blk.ops, TEXT, INS_WORD)
        bld.fill_inline(inline, blk, TEXT)
        bld.add(Section("changed", left, right, inline, blk.a, blk.b, blk.a_passages[0], blk.b_passages[0]))
    elif blk.kind == "insert":
        for j in range(*blk.b_passages):
            first = j == blk.b_passages[0]
            p = b.passages[j]
            right, inline = Side(), Side()
            bld.fill(right, "b", p.start, p.end, INS_BLOCK)
            bld.fill(inline, "b", p.start, p.end, INS_BLOCK)
            bld.add(Section("insert", None, right, inline, None, (p.start, p.end), None, j,
                            hint_left="(not in the original)" if first else ""))
    elif blk.kind == "delete":
        for i in range(*blk.a_passages):
            first = i == blk.a_passages[0]
            p = a.passages[i]
            left, inline = Side(), Side()
            bld.fill(left, "a", p.start, p.end, DEL_BLOCK)
            bld.fill(inline, "a", p.start, p.end, DEL_BLOCK)
            bld.add(Section("delete", left, None, inline, (p.start, p.end), None, i, None,
                            hint_right="(not in the republished version)" if first else ""))
    elif blk.kind == "move_from" and blk.a is not None:
        left, inline = Side(), Side()
        ops = move_ops.get(blk.move, ())
        bld.fill_ops(left, "a", blk.a[0], blk.a[1], ops, MOVED, DEL_WORD)
        bld.fill_ops(inline, "a", blk.a[0], blk.a[1], ops, MOVED, DEL_WORD)
        to = blk.b_passages[0] + 1
        bld.add(Section("move_from", left, None, inline, blk.a, None, blk.a_passages[0], None,
                        hint_right=f"(moved: see republished \u00b6 {to})", move=blk.move))
    elif blk.kind == "move_to" and blk.b is not None:
        right, inline = Side(), Side()
        bld.fill_ops(right, "b", blk.b[0], blk.b[1], blk.ops, MOVED, INS_WORD)
        if blk.ops and blk.a is not None:
            bld.fill_inline(inline, blk, MOVED)
        else:
            bld.fill(inline, "b", blk.b[0], blk.b[1], MOVED)
        came = blk.a_passages[0] + 1
        bld.add(Section("move_to", None, right, inline, blk.a, blk.b, blk.a_passages[0], blk.b_passages[0],
                        hint_left=f"(moved here from original \u00b6 {came})", move=blk.move))


def _attach_labels(sections: list[Section], entries: list[Entry]) -> None:
    grouped: dict[int, list[Entry]] = {}
    for e in entries:
        grouped.setdefault(e.section, []).append(e)
        sections[e.section].entries.append(e.index)
        if e.other_section is not None:
            sections[e.other_section].entries.append(e.index)
            to = sections[e.section].b_para
            where = f"republished \u00b6 {to + 1}" if to is not None else "the republished version"
            sections[e.other_section].labels.append(
                Label(f"\u2192 {e.title}{' (SILENT)' if e.silent else ''}: moved from here to {where}", LABEL_MOVE, e.index)
            )
    for sec, group in grouped.items():
        labels = sections[sec].labels
        plain: list[Entry] = []
        for e in group:
            if e.kind == "annotation":
                date = f"added {e.date.value} ({e.date.basis})" if e.date else "date unknown"
                labels.append(Label(f"* {e.title} \u00b7 {date}", LABEL_NOTE, e.index))
            elif e.kind == "frame":
                labels.append(Label(f"~ {e.title}: new text around the reposted body", LABEL_FRAME, e.index))
            elif e.kind == "move":
                came = sections[sec].a_para
                where = f"original \u00b6 {came + 1}" if came is not None else "elsewhere"
                if e.silent:
                    labels.append(Label(f"!! SILENT {e.title}: moved here from {where}", LABEL_SILENT, e.index))
                else:
                    labels.append(Label(f"\u2190 {e.title}: moved here from {where}", LABEL_MOVE, e.index))
            else:
                plain.append(e)
        silent = [e for e in plain if e.silent]
        told = [e for e in plain if not e.silent]
        if silent:
            kinds = ", ".join(dict.fromkeys(e.kind for e in silent))
            n = len(silent)
            labels.append(Label(f"!! SILENT: {n} undisclosed change{'s' * (n != 1)} ({kinds})", LABEL_SILENT,
                                silent[0].index))
        if told:
            kinds = ", ".join(dict.fromkeys(e.kind for e in told))
            n = len(told)
            labels.append(Label(f"\u00b1 {n} disclosed change{'s' * (n != 1)} ({kinds})", LABEL_CHANGE, told[0].index))


def build_notes_model(n: Notes) -> DocModel:
    """The display model of a republished version read alone."""
    doc = n.document
    frames = [(f.start, f.end) for f in n.frames if not f.marker]
    markers = [(f.start, f.end) for f in n.frames if f.marker]
    notes = [(x.start, x.end) for x in n.annotations]
    bld = _Builder(None, doc, [], [_layer(frames, FRAME), _layer(markers, MARKER), _layer(notes, NOTE)])
    for p in doc.passages:
        inline = Side()
        bld.fill(inline, "b", p.start, p.end, TEXT)
        bld.add(Section("passage", None, None, inline, None, (p.start, p.end), None, p.index))
    sections = bld.sections
    starts = [p.start for p in doc.passages]
    ends = [p.end for p in doc.passages]
    ids = list(range(len(sections)))
    found: list[tuple[int, str, str, DateInfo | None, str]] = []
    for f in n.frames:
        found.append((f.start, "frame", "republication marker" if f.marker else "framing", None,
                      doc.text[f.start : f.end]))
    for x in n.annotations:
        found.append((x.start, "annotation", f"annotation {x.id}", x.date, x.text))
    found.sort(key=lambda t: t[0])
    entries: list[Entry] = []
    for start, kind, title, date, text in found:
        sec = _locate(starts, ends, ids, start)
        if sec is None:
            continue
        entries.append(Entry(len(entries), kind, False, title, date, _snippet(text), sec, "b", start, None, sec + 1))
    _attach_labels(sections, entries)
    return DocModel(sections, entries, single=True, comparison=None, notes=n)


# --------------------------------------------------------------------------- model and layout


class DocModel:
    """Sections and entries of a comparison (or of one document), ready to lay out."""

    def __init__(
        self, sections: list[Section], entries: list[Entry], *, single: bool,
        comparison: Comparison | None, notes: Notes | None,
    ) -> None:
        self.sections = sections
        self.entries = entries
        self.single = single
        self.comparison = comparison
        self.notes = notes

    def layout(self, width: int, mode: Mode, *, fold: bool) -> Layout:
        """Rows of the model wrapped to ``width`` cells."""
        return Layout(self, width, "inline" if self.single else mode, fold)

    def search(self, query: str, mode: Mode) -> Search:
        """Case-insensitive matches of ``query`` in the text shown in ``mode``."""
        mode = "inline" if self.single else mode
        hits: list[tuple[int, Key, int, int]] = []
        by_side: dict[tuple[int, Key], list[tuple[int, int]]] = {}
        truncated = False
        if query:
            pattern = re.compile(re.escape(query), re.IGNORECASE)
            keys: tuple[Key, ...] = ("i",) if mode == "inline" else ("a", "b")
            for i, sec in enumerate(self.sections):
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

    def foldable(self, i: int) -> bool:
        """True when section ``i`` holds nothing to review (hidden when folding)."""
        s = self.sections[i]
        return s.kind == "equal" or (s.kind == "passage" and not s.entries)


_Item = tuple[int, int, list[tuple[int, int]], list[tuple[int, int]]]
"""``(first section, section count, left or inline lines, right lines)``; count > 1 or a fold: folded run."""


class Layout:
    """The model wrapped to a width: numbered display rows."""

    def __init__(self, model: DocModel, width: int, mode: Mode, fold: bool) -> None:
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
        row = 0
        i = 0
        sections = model.sections
        lw = self.left_width - GUTTER_WIDTH
        rw = self.right_width - GUTTER_WIDTH
        while i < len(sections):
            if fold and model.foldable(i):
                j = i
                while j < len(sections) and model.foldable(j):
                    self.item_of_section[j] = len(self.items)
                    j += 1
                self.items.append((i, j - i, [], []))
                self.folded.append(True)
                self.starts.append(row)
                row += 2
                i = j
                continue
            sec = sections[i]
            self.item_of_section[i] = len(self.items)
            if mode == "side":
                left = wrap(sec.left.text, lw) if sec.left is not None else []
                right = wrap(sec.right.text, rw) if sec.right is not None else []
            else:
                left, right = wrap(sec.inline.text, lw), []
            self.items.append((i, 1, left, right))
            self.folded.append(False)
            self.starts.append(row)
            row += len(sec.labels) + max(len(left), len(right), 1) + 1
            i += 1
        self.total = row

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
        first, _, left, right = self.items[item]
        row = self.starts[item]
        if self.folded[item]:
            return row
        sec = self.model.sections[first]
        lines = right if key == "b" and self.mode == "side" else left
        k = bisect.bisect_right([s for s, _ in lines], offset) - 1 if lines else 0
        return row + len(sec.labels) + max(0, k)

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
        first, count, left, right = self.items[item]
        r = y - self.starts[item]
        if self.folded[item]:
            if r > 0:
                return [(" " * self.width, TEXT)]
            n = count
            text = f"  \u22ef {n} unchanged passage{'s' * (n != 1)} folded (f: unfold) \u22ef"
            return _fit([(text, FOLD)], self.width, FOLD)
        sec = self.model.sections[first]
        is_current = current == first
        if r < len(sec.labels):
            label = sec.labels[r]
            mark = "\u25b6 " if is_current else "  "
            return _fit([(mark, CURSOR if is_current else GUTTER), (label.text, label.role)], self.width, label.role)
        k = r - len(sec.labels)
        body = max(len(left), len(right), 1)
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
        self, side: Side | None, lines: list[tuple[int, int]], k: int, width: int, section: int, key: Key,
        hint: str, hits: dict[tuple[int, Key], list[tuple[int, int]]], cur_hit: tuple[Key, int, int] | None,
        is_current: bool, *, inline: bool = False,
    ) -> list[Span]:
        text_width = width - GUTTER_WIDTH
        gutter_role = CURSOR if is_current else GUTTER
        if side is None:
            if k == 0 and hint:
                return [("  ", gutter_role), *_fit([(hint, HINT)], text_width, VOID)]
            return [("  ", gutter_role), (" " * text_width, VOID)]
        if k >= len(lines):
            return [("  ", gutter_role), (" " * text_width, TEXT)]
        lo, hi = lines[k]
        runs = side.runs(lo, hi)
        marks = {r for _, _, r in runs}
        found = hits.get((section, key))
        if found:
            runs = _overlay(runs, found, lo, hi, cur_hit if cur_hit and cur_hit[0] == key else None)
        spans: list[Span] = [(_mark(marks, key, inline), gutter_role if is_current else _gutter_role(marks))]
        spans += [(side.text[s:e], r) for s, e, r in runs]
        return [spans[0], *_fit(spans[1:], text_width, TEXT)]

    def plain(self, y: int) -> str:
        """Row ``y`` as plain text, trailing spaces removed (for tests and the tmux check)."""
        return "".join(t for t, _ in self.line(y)).rstrip()


def _overlay(
    runs: list[tuple[int, int, str]], hits: list[tuple[int, int]], lo: int, hi: int,
    current: tuple[Key, int, int] | None,
) -> list[tuple[int, int, str]]:
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
        for ps, pe, pr in _paint(s, e, r, [(starts, ends, MATCH)]):
            if pr == MATCH and current is not None and current[1] <= ps and pe <= current[2]:
                pr = MATCH_CURRENT
            out.append((ps, pe, pr))
    return out


_GUTTER_ORDER = (
    ((SILENT_DEL, SILENT_INS), "!", "g_silent"),
    ((NOTE,), "*", "g_note"),
    ((FRAME, MARKER), "~", "g_frame"),
)


def _mark(roles: set[str], key: Key, inline: bool) -> str:
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


def _gutter_role(roles: set[str]) -> str:
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


def _fit(spans: list[Span], width: int, pad_role: str) -> list[Span]:
    """``spans`` cut or padded to exactly ``width`` cells (a cut line ends with an ellipsis)."""
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

"""The body of the HTML report: the two columns (or the inline redline) built row by row.

Why this exists: ``render_html`` (``annotate.render.html``) is the public entry; this
module lays the shared rows of ``annotate.render.layout`` out as the page's columns,
folds unchanged runs into ``<details>``, and hands out the ids that navigation uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from lxml import etree
from lxml.etree import SubElement as _sub

from annotate.model import Annotation, Change, Comparison, Document
from annotate.render import front_notes
from annotate.render.html.assets import Spool, finish_parts, page
from annotate.render.html.dom import add_text
from annotate.render.html.dom import append as _append
from annotate.render.html.dom import el as _el
from annotate.render.html.dom import flat as _flat
from annotate.render.html.dom import plural as _plural
from annotate.render.html.dom import text_el as _text_el
from annotate.render.html.markdown import MarkdownText, block_class
from annotate.render.html.summary import evidence as _evidence
from annotate.render.html.summary import header, panel
from annotate.render.html.summary import name as _name
from annotate.render.layout import Layout, Para, Row, Seg, build_layout

_Element = etree._Element
VIEWS = ("side", "inline")
DEFAULT_CONTEXT = 2
"""Unchanged paragraphs kept visible before and after each change."""
FOLD_FRAME = 2
"""Framing longer than this many paragraphs is folded behind its label."""


_CELL_A = {"class": "cell a"}
_CELL_B = {"class": "cell b"}
_NO_ATTRIB: dict[str, str] = {}


class Page:
    """One rendering: the comparison, its layout and the ids handed out so far."""

    def __init__(self, c: Comparison, view: str, context: int) -> None:
        self.c = c
        self.view = view if view in VIEWS else "side"
        self.context = max(0, context)
        self.markdown = MarkdownText()
        """Formats the slices of Markdown documents."""
        self.layout: Layout = build_layout(c)
        self.note_index = {a.id: k for k, a in enumerate(c.annotations)}
        self.frame_index = {(f.start, f.end): k for k, f in enumerate(c.frames)}
        self.started: set[tuple[str, int]] = set()
        change_rows = [r for r in self.layout.rows if r.changes]
        self.prev_next: dict[int, tuple[int | None, int | None]] = {}
        for k, r in enumerate(change_rows):
            before = change_rows[k - 1].index if k else None
            after = change_rows[k + 1].index if k + 1 < len(change_rows) else None
            self.prev_next[r.index] = (before, after)

    # ids ---------------------------------------------------------------
    def anchor(self, i: int) -> str | None:
        """The id navigation uses for change ``i`` (``None`` when it is not shown)."""
        ch = self.c.changes[i]
        if ch.kind == "annotation" and ch.annotation in self.note_index:
            return f"n{self.note_index[ch.annotation] + 1}"
        if ch.kind == "frame" and ch.revised and (ch.revised.start, ch.revised.end) in self.frame_index:
            return f"f{self.frame_index[(ch.revised.start, ch.revised.end)] + 1}"
        row = self.layout.change_rows[i]
        if row is None:
            return None
        if ch.kind == "move":
            return f"r{row + 1}"
        return f"c{i + 1}"

    # document ------------------------------------------------------------
    def render(self) -> str:
        """The page as one text."""
        return "".join(self.render_parts())

    def render_parts(self) -> Iterator[str]:
        """The page's text in pieces (``render`` joins them), each given as soon as it is made:
        the page around the main column first, then the column a few hundred rows at a time, so
        that a large report is written while it is made and never held whole."""
        html, body = page(f"annotate: {_flat(self.title(), 120)}")
        _el(body, "a", "skip", href="#main").text = "Skip to the comparison"
        for v in VIEWS:
            radio = _el(body, "input", "view-radio", type="radio", name="view", id=f"view-{v}")
            if v == self.view:
                radio.set("checked", "checked")
        header(_el(body, "header", "top", id="top"), self.c, self.title(), self.anchor)
        layout = _el(body, "div", "layout")
        panel(_el(layout, "aside", "panel", aria_label="Annotations and changes"), self.c, self.anchor)
        spool = Spool(_el(layout, "main", id="main", aria_label="Comparison"))
        foot = _el(body, "footer")
        foot.text = (
            "Made with annotate from the same comparison as 'annotate compare --format json'. "
            "Offsets, counts and dates are the library's; nothing in this page loads from the network."
        )
        before, after = finish_parts(html, body, spool.marker)
        yield before
        yield from self.main(spool)
        yield after

    def title(self) -> str:
        c = self.c
        return c.revised.title or c.original.title or f"{_name(c.original)} \u2192 {_name(c.revised)}"

    # main ----------------------------------------------------------------
    def main(self, spool: Spool) -> Iterator[str]:
        """The comparison's column(s), row by row, serialized and given as they are made."""
        c, main = self.c, spool.parent
        heads = _el(main, "div", "colheads", aria_hidden="true")
        for cls, label, date in (("h-a", "Original", c.original_date), ("h-b", "Republished", c.revised_date)):
            h = _el(heads, "div", cls)
            h.text = label
            if date is not None:
                _text_el(h, "span", date.value)
        _el(heads, "div", "h-inline").text = "Redline \u00b7 republished text with removals struck"
        if not c.changes:
            _el(main, "p", "nodiff").text = "No differences: the two versions say the same thing."
        self.front_notes(main)
        for folded, rows in self.runs():
            if not folded:
                for r in rows:
                    self.row(main, r)
                spool.flush()
                yield from spool.drain()
                continue
            details = _el(main, "details", "fold")
            n = sum(max(len(r.b), len(r.a)) for r in rows)
            first, last = rows[0], rows[-1]
            span = _para_span(first, last)
            summ = _el(_el(details, "summary"), "span")
            summ.text = f"{n} unchanged {_plural(n, 'paragraph')}{span}"
            for r in rows:
                self.row(details, r, once=True)
            spool.flush()
            yield from spool.drain()
        spool.flush(force=True)
        yield from spool.drain()

    def front_notes(self, main: _Element) -> None:
        """Notes in the front matter, before the first passage (a post's list of updates its
        site shows, ``annotate.frontlog``): no row holds them, so they stand above the rows."""
        c = self.c
        front = front_notes(c)
        if not front:
            return
        box = _el(main, "div", "front-notes")
        _el(box, "p", "front-head").text = "In the republished version's front matter (its list of updates):"
        for k in front:
            a = c.annotations[k]
            add_text(self.note_el(_el(box, "p"), k, block=True), a.text)

    def runs(self) -> list[tuple[bool, list[Row]]]:
        """Rows grouped into shown runs and folded runs of unchanged paragraphs."""
        rows = self.layout.rows
        any_change = any(r.changes for r in rows)
        out: list[tuple[bool, list[Row]]] = []
        for quiet, group in groupby(rows, key=lambda r: r.kind == "equal" and not r.changes):
            run = list(group)
            if not quiet:
                out.append((False, run))
                continue
            lead = self.context if any_change and run[0].index > 0 else 0
            tail = self.context if any_change and run[-1].index < len(rows) - 1 else 0
            if len(run) - lead - tail < 2:
                out.append((False, run))
                continue
            if lead:
                out.append((False, run[:lead]))
            out.append((True, run[lead : len(run) - tail]))
            if tail:
                out.append((False, run[len(run) - tail :]))
        return out

    def row(self, parent: _Element, r: Row, *, once: bool = False) -> None:
        """One row; ``once``: an unchanged row shown in the revised column only (folded runs, to keep pages small)."""
        c = self.c
        moved = r.move is not None and r.move in self.layout.move_rows
        row = _sub(parent, "div")  # (the hot elements made directly: a 20 MB page has ~120,000 rows)
        if r.changes or moved:
            row.set("id", f"r{r.index + 1}")
        a = _sub(row, "div", _CELL_A)
        if moved and r.move is not None:
            self.move_link(a, r, *self.layout.move_rows[r.move])
        if not once:
            self.cell(a, r.a, c.original)
        b = _sub(row, "div", _CELL_B)
        if moved and r.move is not None and r.kind == "move_to" and r.b:
            # The inline view shows only the revised column: the label goes there too.
            self.move_link(b, r, *self.layout.move_rows[r.move], inline=True)
        self.cell(b, r.b, c.revised)
        classes = [f"row k-{r.kind}"]
        classes += ["has-a"] if len(a) or a.text else []
        classes += ["has-b"] if r.b else []
        classes += ["has-changes"] if r.changes else []
        classes += ["silent"] if r.silent else []
        classes += ["eq"] if r.kind == "equal" else []
        classes += ["once"] if once else []
        classes += ["is-note"] if r.b and all(p.note is not None for p in r.b) else []
        classes += ["is-frame"] if r.b and all(p.frame is not None for p in r.b) else []
        classes += ["stop"] if r.kind == "move_to" and moved else []
        row.set("class", " ".join(classes))
        if r.changes:
            before, after = self.prev_next.get(r.index, (None, None))
            step = _el(row, "span", "step")
            if before is not None:
                _el(step, "a", href=f"#r{before + 1}", aria_label="previous change").text = "\u2191"
            if after is not None:
                _el(step, "a", href=f"#r{after + 1}", aria_label="next change").text = "\u2193"

    def move_link(self, a: _Element, r: Row, src: int | None, dst: int | None, *, inline: bool = False) -> None:
        rows = self.layout.rows
        other = dst if r.kind == "move_from" else src
        if other is None:
            return
        down = other > r.index
        arrow = "\u2193" if down else "\u2191"
        if r.kind == "move_from":
            where = rows[other].b[0].passage + 1 if rows[other].b else 0
            text = f"moved {'down' if down else 'up'} to paragraph {where} {arrow}"
        else:
            where = rows[other].a[0].passage + 1 if rows[other].a else 0
            text = f"moved here from paragraph {where} {arrow}"
        _el(a, "a", "move-link in-b" if inline else "move-link", href=f"#r{other + 1}").text = text

    # cells ---------------------------------------------------------------
    def cell(self, cell: _Element, paras: tuple[Para, ...], doc: Document) -> None:
        for (note, frame), grouped in groupby(paras, key=lambda p: (p.note, p.frame)):
            group = list(grouped)
            box = cell
            if note is not None:
                box = self.note_el(cell, note, block=True)
            elif frame is not None:
                box = self.frame_el(cell, frame, block=True, count=len(group))
            for para in group:
                st = doc.structure[para.passage] if para.passage < len(doc.structure) else None
                cls = block_class(st)
                self.para(_sub(box, "p", {"class": cls} if cls else _NO_ATTRIB), para, doc)

    def para(self, p: _Element, para: Para, doc: Document) -> None:
        def key(s: Seg) -> tuple[int | None, int | None]:
            return (s.note if para.note is None else None, s.frame if para.frame is None and para.note is None else None)

        for (note, frame), group in groupby(para.segs, key=key):
            box = p
            if note is not None:
                box = self.note_el(p, note, block=False)
            elif frame is not None:
                box = self.frame_el(p, frame, block=False)
            inside = note is not None or frame is not None or para.note is not None or para.frame is not None
            for s in group:
                self.seg(box, s, doc, inside)

    def seg(self, parent: _Element, s: Seg, doc: Document, inside: bool) -> None:
        source = self.c.original if s.role in ("old", "ghost") else doc
        text = source.text[s.start : s.end]
        if s.role == "same" or (inside and s.role == "new"):
            self.markdown.add(parent, source, s.start, s.end)
            return
        ch: Change | None = self.c.changes[s.change] if s.change is not None else None
        if ch is None and text.isspace():
            if s.role != "ghost":
                add_text(parent, text)
            return
        classes = ["ghost"] if s.role == "ghost" else []
        if ch is not None:
            classes.append(ch.kind)
            if ch.silent:
                classes.append("silent")
        if s.anchor and s.change is not None:
            classes.append("stop")
        el = _el(parent, "ins" if s.role == "new" else "del", " ".join(classes) or None)
        if s.anchor and s.change is not None:
            el.set("id", f"c{s.change + 1}")
        self.markdown.add(el, source, s.start, s.end, changed=True)

    def note_el(self, parent: _Element, k: int, *, block: bool) -> _Element:
        a = self.c.annotations[k]
        first = ("n", k) not in self.started
        self.started.add(("n", k))
        cls = ("annotation stop" if first else "note-cont") + (" block" if block else "")
        el = _el(parent, "ins", cls)
        if first:
            el.set("id", f"n{k + 1}")
        if a.date is not None:
            el.set("datetime", a.date.value)
        if first:
            self.badge(el, k, a)
        return el

    def badge(self, el: _Element, k: int, a: Annotation) -> None:
        badge = _el(el, "span", "badge")
        _el(badge, "b").text = f"Note {k + 1}"
        if a.label:
            _text_el(badge, "span", _flat(a.label, 40))
        if a.date is None:
            _el(badge, "span").text = "date unknown"
        else:
            when = _el(badge, "span")
            when.text = "added "
            _el(when, "b").text = a.date.value
            ev = _evidence(a.date)
            if ev:
                _text_el(badge, "span", ev, "ev")
        n = len(self.c.annotations)
        if k > 0:
            _el(badge, "a", href=f"#n{k}", aria_label="previous annotation").text = "\u2039"
        if k + 1 < n:
            _el(badge, "a", href=f"#n{k + 2}", aria_label="next annotation").text = "\u203a"

    def frame_el(self, parent: _Element, k: int, *, block: bool, count: int = 1) -> _Element:
        """Framing text, quietly: a labelled box, folded when it runs over ``FOLD_FRAME`` paragraphs."""
        f = self.c.frames[k]
        first = ("f", k) not in self.started
        self.started.add(("f", k))
        fold = block and count > FOLD_FRAME
        el = _el(parent, "details" if fold else "div" if block else "span", "frame stop" if first else "frame")
        if first:
            el.set("id", f"f{k + 1}")
        label = "Republication marker" if f.marker else "Framing \u00b7 new text around the reposted article"
        if fold:
            summary = _el(el, "summary")
            _el(summary, "span", "frame-label").text = label
            _append(summary, f"{count} paragraphs, not in the original \u00b7 show")
        elif first:
            _el(el, "span", "frame-label").text = label
        return el


def _para_span(first: Row, last: Row) -> str:
    if first.b and last.b:
        lo, hi = first.b[0].passage + 1, last.b[-1].passage + 1
        return f" (\u00b6 {lo})" if lo == hi else f" (\u00b6 {lo}\u2013{hi})"
    return ""

"""The TEI rendering of a ``Comparison`` (documented in ``docs/html.md``).

Parallel segmentation (``<app>``/``<rdg>``) against two witnesses, annotations as
``<note type="update" when="…">``; built with lxml from the rows of
``annotate.render.layout`` (the comparison's own blocks and changes), never diffing again.
"""

from __future__ import annotations

from lxml import etree

from annotate.model import Comparison, DateInfo, Document
from annotate.render import XML_UNSAFE, front_notes
from annotate.render.layout import Para, Seg, build_layout
from annotate.render.text import visible

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_T = f"{{{TEI_NS}}}"
_Element = etree._Element


def _sub(parent: _Element, tag: str, **attrs: str) -> _Element:
    el = etree.SubElement(parent, _T + tag)
    for k, v in attrs.items():
        el.set(f"{{{XML_NS}}}id" if k == "xml_id" else k, v)
    return el


def _append(parent: _Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _text(parent: _Element, text: str) -> None:
    """Append untrusted ``text``; characters XML cannot hold become ``<c type="control">`` escapes."""
    pos = 0
    for m in XML_UNSAFE.finditer(text):
        _append(parent, text[pos : m.start()])
        _sub(parent, "c", type="control").text = visible(m.group()) if ord(m.group()) < 0xD800 else f"\\u{ord(m.group()):04x}"
        pos = m.end()
    _append(parent, text[pos:])


def _witness(parent: _Element, wid: str, label: str, doc: Document, date: DateInfo | None) -> None:
    wit = _sub(parent, "witness", xml_id=wid)
    bibl = _sub(wit, "bibl")
    _text(_sub(bibl, "title"), doc.title or label)
    _text(_sub(bibl, "idno", type="source"), doc.source)
    if date is not None:
        d = _sub(bibl, "date", when=date.value, type=date.basis)
        d.text = date.value


class _Tei:
    def __init__(self, c: Comparison) -> None:
        self.c = c
        self.layout = build_layout(c)
        self.started: set[int] = set()

    def app(self, parent: _Element, kind: str, silent: bool) -> _Element:
        app = _sub(parent, "app", type=kind)
        if silent:
            app.set("subtype", "undisclosed")
        return app

    def change_kind(self, s: Seg) -> tuple[str, bool]:
        if s.change is None:
            return ("whitespace", False)
        ch = self.c.changes[s.change]
        return (ch.kind, ch.silent)

    def para(self, p: _Element, para: Para, doc: Document) -> None:
        c = self.c
        segs = para.segs
        i = 0
        while i < len(segs):
            s = segs[i]
            text = (c.original.text if s.role in ("old", "ghost") else doc.text)[s.start : s.end]
            note = s.note if s.note is not None else para.note
            frame = s.frame if s.frame is not None else para.frame
            if s.change is None and s.role != "same" and text.isspace():
                _text(p, "" if s.role == "ghost" else text)
            elif note is not None and s.role == "new":
                self.note(p, note, text)
            elif frame is not None and s.role == "new":
                f = c.frames[frame]
                app = _sub(p, "app", type="framing")
                if f.marker:
                    app.set("subtype", "marker")
                _text(_sub(app, "rdg", wit="#b"), text)
            elif s.role == "same":
                _text(p, text)
            elif s.role in ("ghost", "old"):
                kind, silent = self.change_kind(s)
                app = self.app(p, kind, silent)
                _text(_sub(app, "rdg", wit="#a"), text)
                rdg = _sub(app, "rdg", wit="#b")
                nxt = segs[i + 1] if i + 1 < len(segs) else None
                if s.role == "ghost" and nxt is not None and nxt.role == "new" and nxt.change == s.change and nxt.note is None:
                    _text(rdg, doc.text[nxt.start : nxt.end])
                    i += 1
            else:
                kind, silent = self.change_kind(s)
                app = self.app(p, kind, silent)
                _sub(app, "rdg", wit="#a")
                _text(_sub(app, "rdg", wit="#b"), text)
            i += 1

    def note(self, parent: _Element, k: int, text: str) -> None:
        a = self.c.annotations[k]
        app = _sub(parent, "app", type="annotation")
        _sub(app, "rdg", wit="#a")
        note = _sub(_sub(app, "rdg", wit="#b"), "note", type="update")
        if a.date is not None:
            note.set("when", a.date.value)
            note.set("cert", "high" if a.date.basis == "explicit" else "medium")
        if k not in self.started:
            self.started.add(k)
            note.set(f"{{{XML_NS}}}id", f"n{k + 1}")
        else:
            note.set("prev", f"#n{k + 1}")
        _text(note, text)

    def body(self, body: _Element) -> None:
        c = self.c
        for k in front_notes(c):  # (the front matter's list of updates: before any passage)
            p = _sub(body, "p", type="front-matter")
            self.note(p, k, c.annotations[k].text)
            p.tail = "\n"
        for r in self.layout.rows:
            if r.b:
                for para in r.b:
                    p = _sub(body, "p", n=str(para.passage + 1))
                    target = p
                    if r.kind == "move_to":
                        app = self.app(p, "move", r.silent)
                        _sub(app, "rdg", wit="#a")
                        target = _sub(app, "rdg", wit="#b")
                    self.para(target, para, c.revised)
                    p.tail = "\n"
            else:
                for para in r.a:
                    p = _sub(body, "p")
                    kind = "move" if r.kind == "move_from" else "deletion"
                    app = self.app(p, kind, r.silent)
                    rdg = _sub(app, "rdg", wit="#a")
                    if para.segs:
                        _text(rdg, c.original.text[para.segs[0].start : para.segs[-1].end])
                    _sub(app, "rdg", wit="#b")
                    p.tail = "\n"

    def render(self) -> str:
        c = self.c
        root = etree.Element(_T + "TEI", nsmap={None: TEI_NS})  # type: ignore[dict-item]
        root.text = "\n"
        header = _sub(root, "teiHeader")
        fdesc = _sub(header, "fileDesc")
        title = _sub(_sub(fdesc, "titleStmt"), "title")
        _text(title, f"Comparison of {c.original.title or c.original.source} with {c.revised.title or c.revised.source}")
        _sub(_sub(fdesc, "publicationStmt"), "p").text = "Generated by annotate."
        wits = _sub(_sub(fdesc, "sourceDesc"), "listWit")
        _witness(wits, "a", "original", c.original, c.original_date)
        _witness(wits, "b", "republished", c.revised, c.revised_date)
        enc = _sub(header, "encodingDesc")
        _sub(enc, "variantEncoding", method="parallel-segmentation", location="internal")
        header.tail = "\n"
        body = _sub(_sub(root, "text"), "body")
        body.text = "\n"
        self.body(body)
        out = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        return out.decode("utf-8") + "\n"


def render_tei(c: Comparison) -> str:
    """TEI P5 (parallel segmentation) for ``c``, as a string with an XML declaration."""
    return _Tei(c).render()

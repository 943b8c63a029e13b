"""The CriticMarkup rendering of a ``Comparison`` (documented in ``docs/html.md``).

The republished text with ``{++ ++}`` insertions, ``{-- --}`` deletions,
``{~~old~>new~~}`` substitutions and ``{>> <<}`` comments that date each annotation
and flag undisclosed changes, moves and framing. It reads the rows of
``annotate.render.layout`` (the comparison's own blocks, word operations, changes and
annotations) and never diffs again.

>>> from annotate.compare import compare
>>> c = compare("It was 5 km.", "It was 7 km.\\n\\n[Update, 6 July 2017: corrected.]")
>>> print(render_criticmarkup(c), end="")
It was {~~5~>7~~}{>>undisclosed edit<<} km.
<BLANKLINE>
{++[Update, 6 July 2017: corrected.]++}{>>annotation 1, added 2017-07-06 (written in the note)<<}
"""

from __future__ import annotations

from collections.abc import Iterator

from annotate.model import Comparison, DateInfo, Document
from annotate.render import front_notes
from annotate.render.layout import Layout, Para, Row, build_layout
from annotate.render.text import visible


def date_text(d: DateInfo | None) -> str:
    if d is None:
        return "date unknown"
    basis = {"explicit": "written in the note", "inferred": "inferred", "document": "the republication's date"}
    return f"added {d.value} ({basis.get(d.basis, d.basis)})"


def _para_marks(c: Comparison, para: Para, doc: Document) -> str:
    out: list[str] = []
    segs = para.segs
    i = 0
    while i < len(segs):
        s = segs[i]
        text = visible((c.original.text if s.role in ("old", "ghost") else doc.text)[s.start : s.end])
        note = s.note if s.note is not None else para.note
        frame = s.frame if s.frame is not None else para.frame
        if s.change is None and s.role != "same" and text.isspace():
            out.append("" if s.role == "ghost" else text)
        elif s.role == "same" and note is None and frame is None:
            out.append(text)
        elif s.role in ("old", "ghost"):
            nxt = segs[i + 1] if i + 1 < len(segs) else None
            if s.role == "ghost" and nxt is not None and nxt.role == "new" and nxt.change == s.change and nxt.note is None:
                new = visible(doc.text[nxt.start : nxt.end])
                out.append(f"{{~~{text}~>{new}~~}}")
                i += 1
            else:
                out.append(f"{{--{text}--}}")
            out.append(_comment(c, s.change))
        else:
            out.append(f"{{++{text}++}}")
            if note is not None:
                a = c.annotations[note]
                if s.end >= a.end:
                    out.append(f"{{>>annotation {note + 1}, {date_text(a.date)}<<}}")
            elif frame is not None:
                f = c.frames[frame]
                if s.end >= f.end:
                    out.append("{>>republication marker<<}" if f.marker else "{>>framing: new text around the reposted article<<}")
            else:
                out.append(_comment(c, s.change))
        i += 1
    return "".join(out)


def _comment(c: Comparison, change: int | None) -> str:
    if change is None:
        return ""
    ch = c.changes[change]
    if ch.silent:
        return f"{{>>undisclosed {ch.kind}<<}}"
    if ch.disclosure == "visible":
        return f"{{>>{ch.kind}, shown in the text<<}}"
    if ch.disclosure is None:
        return f"{{>>{ch.kind}, not an edit of content (dates, punctuation or markup)<<}}"
    by = ", ".join(f"annotation {x.removeprefix('n')}" for x in ch.disclosed_by)
    how = "announced generally by" if ch.disclosure == "general" else "disclosed by"
    return f"{{>>{ch.kind}, {how} {by}<<}}"


def _move_note(layout: Layout, r: Row) -> str:
    if r.move is None or r.move not in layout.move_rows:
        return ""
    src, dst = layout.move_rows[r.move]
    if r.kind == "move_from" and dst is not None and layout.rows[dst].b:
        return f"{{>>moved to paragraph {layout.rows[dst].b[0].passage + 1}<<}}"
    if r.kind == "move_to" and src is not None and layout.rows[src].a:
        return f"{{>>moved here from original paragraph {layout.rows[src].a[0].passage + 1}<<}}"
    return ""


def _critic_paragraphs(c: Comparison, layout: Layout) -> Iterator[str]:
    for k in front_notes(c):  # (notes in the front matter, before any passage: its list of updates)
        a = c.annotations[k]
        yield f"{{++{visible(a.text)}++}}{{>>annotation {k + 1}, in the front matter, {date_text(a.date)}<<}}"
    for r in layout.rows:
        move = _move_note(layout, r)
        if r.b:
            for k, para in enumerate(r.b):
                prefix = move if k == 0 else ""
                silent = "{>>undisclosed move<<}" if prefix and r.silent and r.kind == "move_to" else ""
                yield prefix + silent + _para_marks(c, para, c.revised)
        else:
            for k, para in enumerate(r.a):
                body = "".join(
                    visible(c.original.text[s.start : s.end]) if s.role == "same" else
                    f"{{--{visible(c.original.text[s.start : s.end])}--}}{_comment(c, s.change)}"
                    for s in para.segs
                )
                if r.kind == "move_from":
                    body = f"{{--{visible(c.original.text[para.segs[0].start : para.segs[-1].end])}--}}" if para.segs else ""
                yield body + (move if k == len(r.a) - 1 else "")


def render_criticmarkup(c: Comparison) -> str:
    """The republished text marked up with CriticMarkup, one paragraph per passage."""
    layout = build_layout(c)
    return "\n\n".join(_critic_paragraphs(c, layout)) + "\n"

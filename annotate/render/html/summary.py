"""The HTML report's header (documents, dates, counts) and its side panel of changes.

Every string from the inputs goes through ``annotate.render.html.dom`` into a text node.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from lxml import etree

from annotate.model import Change, Comparison, DateInfo, Document, MetadataChange
from annotate.render.html.dom import append, el, flat, plural, text_el

_Element = etree._Element
Anchor = Callable[[int], str | None]
"""The id navigation uses for the change at an index, or ``None`` when it is not shown."""


BASIS = {
    "option": "given on the command line", "metadata": "from the page's metadata", "dateline": "from its dateline",
    "filename": "from its file name",
    "marker": "from the republication marker", "inferred": "inferred", "explicit": "written in the note",
    "document": "the republication's date",
}
KIND_TAG = {"addition": "added", "deletion": "removed", "edit": "edited", "move": "moved", "frame": "framing"}


def name(doc: Document) -> str:
    return os.path.basename(doc.source) or doc.source


def evidence(d: DateInfo) -> str:
    if d.basis == "explicit":
        return "written in the note"
    if d.basis == "inferred":
        snippet = d.evidence.split("; first published")[0].strip().lstrip("\u2026")
        words = snippet.split()
        short = " ".join(words[-5:])
        return f"inferred from \u201c\u2026{short}\u201d" if short else "inferred"
    return BASIS.get(d.basis, d.basis)


def excerpt(ch: Change) -> str:
    if ch.revised is not None and ch.original is not None and ch.kind == "edit":
        return f"{flat(ch.original.text, 60)} \u2192 {flat(ch.revised.text, 80)}"
    r = ch.revised or ch.original
    return flat(r.text, 140) if r is not None else ""


def header(top: _Element, c: Comparison, title: str, anchor: Anchor) -> None:
    """The summary header: documents, counts, limits, legend, view switch, jump links and keys."""
    el(top, "p", "kicker").text = "annotate \u00b7 comparison report"
    text_el(top, "h1", title)
    docs = el(top, "div", "docs")
    doc_card(docs, "Original", c.original, c.original_date, "Published")
    doc_card(docs, "Republished", c.revised, c.revised_date, "Republished")
    counts(top, c)
    for msg in c.limits:
        text_el(top, "p", f"Limit reached: {msg}", "limit")
    if c.metadata_changes:
        meta = el(top, "ul", "meta-changes", aria_label="Metadata")
        for m in c.metadata_changes:
            by = f" (disclosed by {', '.join(m.disclosed_by)})" if m.disclosed_by else ""
            silent = "Silent edit \u2014 " if m.silent else ""
            text_el(meta, "li", f"{silent}Front matter {field_change(m, 60, 120)}{by}", "s-silent" if m.silent else None)
    legend = el(top, "ul", "legend", aria_label="Legend")
    for cls, sample, meaning in (
        ("s-ins", "inserted", "new text (underlined, +)"),
        ("s-del", "removed", "removed text (struck, \u2212)"),
        ("s-note", "annotation", "dated annotation, disclosed"),
        ("s-ins s-silent", "undisclosed", "change no note discloses (!)"),
        ("s-frame frame", "framing", "new introduction or marker"),
    ):
        li = el(legend, "li")
        el(li, "span", cls).text = sample
        append(li, " " + meaning)
    li = el(legend, "li")
    li.text = "\u00b1 edited paragraph \u00b7 \u21c5 moved paragraph \u00b7 \u2038 removal point"
    bar = el(top, "div", "toolbar")
    seg = el(bar, "span", "seg", role="group", aria_label="View")
    el(seg, "label", for_="view-side").text = "Side by side"
    el(seg, "label", for_="view-inline").text = "Inline redline"
    jumps = el(bar, "span", "jumps")
    first = [(i, anchor(i)) for i in range(len(c.changes))]
    for label, pick in (
        ("First change", lambda ch: True),
        ("First annotation", lambda ch: ch.kind == "annotation"),
        ("First undisclosed edit", lambda ch: ch.silent),
    ):
        target = next((a for i, a in first if a and pick(c.changes[i])), None)
        if target:
            el(jumps, "a", href=f"#{target}").text = label
    keys = el(bar, "span", "keys")
    for k, what in (("n", " next change "), ("p", " previous "), ("a", " next annotation")):
        el(keys, "kbd").text = k
        append(keys, what)


def doc_card(parent: _Element, label: str, doc: Document, date: DateInfo | None, verb: str) -> None:
    card = el(parent, "section", "doc", aria_label=label)
    el(card, "p", "doc-label").text = label
    text_el(card, "p", doc.title or name(doc), "doc-title")
    if doc.title or doc.source != name(doc):
        text_el(card, "p", doc.source, "doc-source")
    d = el(card, "p", "doc-date")
    if date is None:
        d.text = "Date unknown"
    else:
        d.text = f"{verb} "
        text_el(d, "b", date.value)
        append(d, f" \u00b7 {BASIS.get(date.basis, date.basis)}")
    for w in doc.warnings:
        text_el(card, "p", f"Warning: {w}", "doc-warn")


def counts(top: _Element, c: Comparison) -> None:
    """The counts per kind of change, as chips."""
    s = c.summary
    dated = sum(1 for a in c.annotations if a.date is not None)
    # Each change counted once, so the chips add up to the list: moves have their own chip
    # (saying how many of them no note discloses), the other undisclosed changes theirs.
    silent_moves = s.silent_moves
    silent = s.silent_not_moves
    note_label = (
        plural(s.annotations, "dated annotation") if dated == s.annotations
        else f"{plural(s.annotations, 'annotation')} ({dated} dated)"
    )
    moved = plural(s.moves, "paragraph") + " moved" + (f" ({silent_moves} undisclosed)" if silent_moves else "")
    items = [
        ("c-note", s.annotations, note_label),
        ("c-silent", silent, plural(silent, "undisclosed edit")),
        ("c-move", s.moves, moved),
        ("c-other", s.disclosed, plural(s.disclosed, "disclosed change")),
        *((("c-minor", s.cosmetic, plural(s.cosmetic, "change") + " of dates or markup only"),) if s.cosmetic else ()),
        ("c-frame", s.frames, plural(s.frames, "framing passage")),
    ]
    ul = el(top, "ul", "counts", aria_label="Summary")
    for cls, n, label in items:
        li = el(ul, "li", f"count {cls} {'some' if n else 'none'}")
        el(li, "b").text = str(n)
        append(li, " " + label)


def panel(aside: _Element, c: Comparison, anchor: Anchor) -> None:
    """The list of annotations, undisclosed edits and other changes, each linking to its place.
    It sits in a ``<details>`` whose summary only phones show: there the index comes first,
    folded (the page's script folds it on narrow screens), instead of after the article."""
    box = el(aside, "details", "index", open="open")
    s = c.summary
    undisclosed = s.silent_not_moves
    el(box, "summary", "index-toggle").text = (
        f"Index \u00b7 {s.annotations} {plural(s.annotations, 'annotation')} \u00b7 "
        f"{undisclosed} {plural(undisclosed, 'undisclosed edit')}"
    )
    nav = el(box, "nav", aria_label="Annotations and changes")
    sec = el(nav, "section")
    el(sec, "h2").text = f"Annotations ({len(c.annotations)})"
    if c.annotations:
        ol = el(sec, "ol")
        discloses: dict[str, list[int]] = {}
        for i, ch in enumerate(c.changes):
            for note in ch.disclosed_by:
                discloses.setdefault(note, []).append(i)
        for k, a in enumerate(c.annotations):
            li = el(ol, "li")
            link = el(li, "a", href=f"#n{k + 1}")
            el(link, "span", "tag t-note").text = f"{k + 1} \u00b7 {a.date.value if a.date else 'no date'}"
            text_el(link, "span", flat(a.text, 160), "excerpt")
            disclosed = discloses.get(a.id, [])
            if disclosed:  # the note -> change half of the link (change_item has the other)
                p = el(li, "p", "discloses")
                append(p, "discloses ")
                for n, i in enumerate(disclosed):
                    if n:
                        append(p, ", ")
                    target = anchor(i)
                    if target:
                        el(p, "a", href=f"#{target}").text = f"{KIND_TAG.get(c.changes[i].kind, c.changes[i].kind)}"
                    else:
                        append(p, KIND_TAG.get(c.changes[i].kind, c.changes[i].kind))
    else:
        el(sec, "p", "empty").text = "None found."
    silent = [i for i, ch in enumerate(c.changes) if ch.silent]
    other = [i for i, ch in enumerate(c.changes) if not ch.silent and ch.kind != "annotation"]
    ids = {a.id: k for k, a in enumerate(c.annotations)}
    fields = [m for m in c.metadata_changes if m.silent]  # a title or author changed silently: no row of the text
    for title, chosen, front, empty in (
        ("Undisclosed changes", silent, fields, "None: no change goes unannounced."),
        ("Other changes", other, [], "None."),
    ):
        sec = el(nav, "section")
        el(sec, "h2").text = f"{title} ({len(chosen) + len(front)})"
        if not chosen and not front:
            el(sec, "p", "empty").text = empty
            continue
        ol = el(sec, "ol")
        for m in front:
            span = el(el(ol, "li"), "span")
            el(span, "span", "tag t-silent").text = "FRONT MATTER"
            text_el(span, "span", field_change(m, 30, 60), "excerpt")
        for i in chosen:
            change_item(el(ol, "li"), c, i, anchor, ids)


def field_change(m: MetadataChange, key_width: int, value_width: int) -> str:
    """A front matter change on one line: "title: old → new", "(new)"/"(removed)" for a side
    that is not there."""
    was = "(new)" if m.original is None else flat(m.original, value_width)
    now = "(removed)" if m.revised is None else flat(m.revised, value_width)
    return f"{flat(m.key, key_width)}: {was} \u2192 {now}"


def change_item(li: _Element, c: Comparison, i: int, anchor: Anchor, ids: dict[str, int]) -> None:
    """One entry of the panel's change lists (``ids``: each note's index, by id)."""
    ch = c.changes[i]
    target = anchor(i)
    link = el(li, "a", href=f"#{target}") if target else el(li, "span")
    tag = "t-silent" if ch.silent else f"t-{ch.kind}"
    el(link, "span", f"tag {tag}").text = KIND_TAG.get(ch.kind, ch.kind)
    text_el(link, "span", excerpt(ch), "excerpt")
    if ch.disclosure is not None:
        p = el(li, "p", "disclosed")
        if ch.disclosure == "visible":
            append(p, "shown in the text (struck through or marked)")
        else:
            append(p, "disclosed by " if ch.disclosure == "specific" else "covered by a general notice: ")
            for n, note in enumerate(ch.disclosed_by):
                if n:
                    append(p, ", ")
                if note in ids:
                    el(p, "a", href=f"#n{ids[note] + 1}").text = f"note {ids[note] + 1}"
